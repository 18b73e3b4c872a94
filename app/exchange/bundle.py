"""The bundle: one JSON document of record changes, signed by the station (CMS SignedData)
and enveloped to the district (CMS EnvelopedData, AES-256), written atomically.

File name: `<station code>-<sequence, 6 digits>.p7m`. Opening verifies before parsing:
decrypt → verify the signature against the district root → only then JSON → schema.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509

from app.domain.errors import DomainError
from app.exchange import cms, pki
from app.exchange.schema import SCHEMA_VERSION

FORMAT = "mediation-desk-bundle"
SUFFIX = ".p7m"
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,40}-\d{6,}\.p7m$")


class BundleError(DomainError):
    def __init__(self, zh: str, en: str, code: str) -> None:
        super().__init__(zh, en)
        self.code = code


def file_name(station_code: str, sequence: int) -> str:
    return f"{station_code}-{sequence:06d}{SUFFIX}"


def valid_file_name(name: str) -> bool:
    return bool(_NAME.match(name))


def document(*, bundle_id: str, station_code: str, sequence: int, previous_bundle_id: str | None,
             base: dict | None, created_at: str, audit_head: dict, records: list[dict],
             tombstones: list[dict]) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for r in records:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    counts["tombstone"] = len(tombstones)
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "bundle_id": bundle_id,
            "station_code": station_code, "sequence": sequence, "previous_bundle_id": previous_bundle_id,
            "base": base, "created_at": created_at, "audit_head": audit_head, "counts": counts,
            "records": records, "tombstones": tombstones}


def encode(doc: dict[str, Any]) -> bytes:
    """UTF-8 JSON, compact, no NaN; what is signed."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def seal(payload: bytes, station_cert: x509.Certificate, station_key, chain: list[x509.Certificate],  # noqa: ANN001
         recipient: x509.Certificate) -> bytes:
    return cms.envelope(cms.sign(payload, station_cert, station_key, chain), recipient)


def write_atomically(path: Path, data: bytes) -> None:
    """temp file in the same folder, fsync, rename, fsync the folder: whole file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; the rename is durable enough there
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@dataclass(frozen=True)
class Opened:
    document: dict[str, Any]
    payload: bytes
    signer: x509.Certificate
    station_code: str


def open_bundle(data: bytes, recipient_cert: x509.Certificate, recipient_key,  # noqa: ANN001
                roots: list[x509.Certificate], *, validate: bool = True) -> Opened:
    """Decrypt, verify (signer chains to a root and names a station code), then parse."""
    signed = cms.decrypt(data, recipient_cert, recipient_key)
    verified = cms.verify(signed, roots)
    code = pki.station_code_of(verified.signer.subject)
    if not code:
        raise BundleError("签名证书不是站点证书。", "the signer certificate names no station", "not_a_station")
    try:
        doc = json.loads(verified.content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError("数据包内容不是有效的 JSON。", f"bundle is not JSON: {exc}", "malformed_json") from exc
    if validate:
        from app.exchange.schema import validator
        error = next(iter(validator().iter_errors(doc)), None)
        if error is not None:
            raise BundleError("数据包不符合交换格式。", f"schema: {error.message[:200]} at {list(error.path)[:6]}",
                              "schema")
    if isinstance(doc, dict) and doc.get("station_code") != code:
        raise BundleError("数据包的站点编码与签名证书不符。", "station code differs from the signer's", "station_mismatch")
    return Opened(doc, verified.content, verified.signer, code)
