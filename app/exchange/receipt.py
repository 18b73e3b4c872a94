"""The district's signed receipt for a bundle: CMS SignedData (DER) by the district
(today the root key; the importer may sign with a certificate the root issued), content JSON:

    {"format": "mediation-desk-receipt", "version": 1, "bundle_id", "station_code",
     "sequence", "counts", "status": "accepted", "received_at"}
"""
from __future__ import annotations

import json
from datetime import UTC, datetime

from cryptography import x509

from app.exchange import cms
from app.exchange.pki import PkiError

FORMAT = "mediation-desk-receipt"


def make(doc: dict, signer_cert: x509.Certificate, signer_key, *, status: str = "accepted") -> bytes:  # noqa: ANN001
    body = {"format": FORMAT, "version": 1, "bundle_id": doc["bundle_id"], "station_code": doc["station_code"],
            "sequence": doc["sequence"], "counts": doc["counts"], "status": status,
            "received_at": datetime.now(UTC).isoformat(timespec="seconds")}
    return cms.sign(json.dumps(body, ensure_ascii=False).encode(), signer_cert, signer_key)


def read(data: bytes, roots: list[x509.Certificate]) -> dict:
    verified = cms.verify(data, roots)
    try:
        body = json.loads(verified.content.decode("utf-8"))
        if body.get("format") != FORMAT:
            raise ValueError("not a receipt")
        body["sequence"] = int(body["sequence"])
        str(body["bundle_id"])
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError) as exc:
        raise PkiError("回执文件无效。", f"not a receipt: {exc}") from exc
    return body
