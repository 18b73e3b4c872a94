"""The content fingerprint printed (and QR-encoded) on every issued document.

Definition: SHA-256, in lowercase hex, of the canonical JSON of the document's input data:

    {"kind": <kind>, "schema": 1, "data": <the input dataclass as a JSON object>}

serialised with sorted keys, no insignificant whitespace, UTF-8 without escaping non-ASCII
(json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False)). Values map as:
dataclass → object of all its fields; tuple/list → array; str/int/bool/None as JSON;
Decimal → string in plain notation ("30000.00" stays "30000.00"); date/datetime → ISO 8601
string; enum → its value; bytes (drawn-signature PNGs) → "sha256:<hex of the bytes>".
The same data always gives the same fingerprint, whatever the render options.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from app.documents.model import DocumentBase

SCHEMA_VERSION = 1


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if value is None or isinstance(value, (str, int, bool)):
        return value
    raise TypeError(f"cannot fingerprint a {type(value).__name__}")


def canonical_json(document: DocumentBase) -> bytes:
    payload = {"kind": document.KIND, "schema": SCHEMA_VERSION, "data": _plain(document)}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def content_fingerprint(document: DocumentBase) -> str:
    return hashlib.sha256(canonical_json(document)).hexdigest()


def qr_payload(document: DocumentBase, fingerprint: str | None = None) -> str:
    """What the QR code carries: a tag, the document number and the fingerprint
    (`fingerprint`, when the caller has already computed `content_fingerprint(document)`)."""
    fingerprint = fingerprint or content_fingerprint(document)
    return f"MDOC1|{document.KIND}|{document.number}|sha256:{fingerprint}"
