"""The content fingerprint: SHA-256 of the canonical JSON of the input data."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

from app.documents.fingerprint import canonical_json, content_fingerprint, qr_payload
from tests.documents import samples


def test_fingerprint_is_sha256_of_the_canonical_json() -> None:
    doc = samples.agreement()
    assert content_fingerprint(doc) == hashlib.sha256(canonical_json(doc)).hexdigest()
    payload = json.loads(canonical_json(doc))
    assert payload["kind"] == "agreement" and payload["schema"] == 1
    assert payload["data"]["terms"][0]["amount"] == "30000.00"
    assert payload["data"]["concluded_on"] == "2026-03-02"
    assert payload["data"]["case"]["parties"][0]["role"] == "applicant"
    assert payload["data"]["case"]["parties"][0]["name"] == "王𠮷"


def test_canonical_json_is_compact_sorted_utf8() -> None:
    raw = canonical_json(samples.agreement()).decode("utf-8")
    assert "王𠮷" in raw and "\\u" not in raw
    assert ", " not in raw and ": " not in raw
    assert raw == json.dumps(
        json.loads(raw), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def test_same_data_same_fingerprint_any_change_changes_it() -> None:
    doc = samples.agreement()
    assert content_fingerprint(doc) == content_fingerprint(samples.agreement())
    term = replace(doc.terms[0], amount=doc.terms[0].amount + 1)  # type: ignore[operator]
    assert content_fingerprint(doc) != content_fingerprint(
        replace(doc, terms=(term, *doc.terms[1:]))
    )
    assert content_fingerprint(doc) != content_fingerprint(replace(doc, number="另一编号"))


def test_signature_images_enter_as_their_hash() -> None:
    doc = samples.agreement(signed=True)
    sig = json.loads(canonical_json(doc))["data"]["signatures"][0]
    assert (
        sig["drawn_png"]
        == "sha256:" + hashlib.sha256(doc.signatures[0].drawn_png or b"").hexdigest()
    )


def test_qr_payload_format() -> None:
    doc = samples.agreement()
    assert qr_payload(doc) == f"MDOC1|agreement|{samples.NUMBER}|sha256:{content_fingerprint(doc)}"
