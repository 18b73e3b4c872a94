"""The exchange between a station and the district, shared by both halves (Qt-free).

- `pki`: the district CA, station key pairs, certificate requests and certificates;
- `cms`: CMS SignedData / EnvelopedData (cryptography) and their verification (pyHanko);
- `records`: the allowlist that turns station rows into exported records (PIPL);
- `schema`: the JSON Schemas of the bundle and every record type (docs/exchange/);
- `bundle`: the bundle document, sealing and opening;
- `enrolment`, `receipt`: the district's answers to a station.
"""
