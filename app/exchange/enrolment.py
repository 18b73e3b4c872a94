"""The district's answer to a station's certificate request (file `*.p7b`).

Container: CMS SignedData (DER) signed by the district root, carrying the root, the station
certificate and the district encryption certificate in its certificate set, and as content a
UTF-8 JSON document:

    {"format": "mediation-desk-enrolment", "version": 1, "station_code": …,
     "station_certificate": PEM, "root_certificate": PEM, "encryption_certificate": PEM,
     "pseudonym_key": base64(CMS EnvelopedData (AES-256) to the station certificate, whose
                             content is the 32-byte HMAC key), "issued_at": …}

The station checks: signed by the root it names, the station certificate issued by that root
for the station's own public key and station code; it shows the root's fingerprint so it can be
compared with the one the district publishes.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.exchange import cms, pki
from app.exchange.pki import PkiError

FORMAT = "mediation-desk-enrolment"


def make(station_cert: x509.Certificate, root: x509.Certificate, root_key, encryption: x509.Certificate,  # noqa: ANN001
         pseudonym_key: bytes) -> bytes:
    doc = {"format": FORMAT, "version": 1, "station_code": pki.station_code_of(station_cert.subject),
           "station_certificate": pki.pem(station_cert).decode(), "root_certificate": pki.pem(root).decode(),
           "encryption_certificate": pki.pem(encryption).decode(),
           "pseudonym_key": base64.b64encode(cms.envelope(pseudonym_key, station_cert)).decode(),
           "issued_at": datetime.now(UTC).isoformat(timespec="seconds")}
    payload = json.dumps(doc, ensure_ascii=False, indent=1).encode()
    return cms.sign(payload, root, root_key, [station_cert, encryption])


@dataclass(frozen=True)
class Enrolment:
    station_code: str
    station_cert: x509.Certificate
    root: x509.Certificate
    encryption: x509.Certificate
    pseudonym_key: bytes


def read(data: bytes, station_key, expected_code: str) -> Enrolment:  # noqa: ANN001
    from asn1crypto import cms as asn1_cms
    try:
        info = asn1_cms.ContentInfo.load(data, strict=True)
        doc = json.loads(bytes(info["content"]["encap_content_info"]["content"].native).decode())
        if doc.get("format") != FORMAT:
            raise ValueError("not an enrolment")
        root = pki.load_cert(doc["root_certificate"].encode())
        station = pki.load_cert(doc["station_certificate"].encode())
        encryption = pki.load_cert(doc["encryption_certificate"].encode())
        wrapped = base64.b64decode(doc["pseudonym_key"], validate=True)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise PkiError("登记文件无效。", f"not an enrolment file: {exc}") from exc
    verified = cms.verify(data, [root])  # signed by the root it carries
    if pki.fingerprint(verified.signer) != pki.fingerprint(root):
        raise PkiError("登记文件不是由区平台根证书签发的。", "enrolment not signed by its root")
    for cert in (station, encryption):
        if not pki.issued_by(cert, root):
            raise PkiError("登记文件中的证书不是由区平台根证书签发的。", "certificate not issued by the root")
    mine = station_key.public_key().public_bytes(serialization.Encoding.DER,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo)
    theirs = station.public_key().public_bytes(serialization.Encoding.DER,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    if mine != theirs:
        raise PkiError("登记文件不是为本站的证书申请签发的。", "the certificate is for another key")
    code = pki.station_code_of(station.subject)
    if code != expected_code:
        raise PkiError(f"登记文件属于站点 {code}，不是本站。", f"enrolment for station {code}, not {expected_code}")
    key = cms.decrypt(wrapped, station, station_key)
    if len(key) != 32:
        raise PkiError("登记文件中的假名密钥无效。", "pseudonym key must be 32 bytes")
    return Enrolment(code, station, root, encryption, key)
