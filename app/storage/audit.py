"""Append-only, hash-chained audit log.

Each row's hash covers its sequence number, its content and the previous row's hash, so an
edited, deleted or reordered row breaks the chain at that point. The database refuses UPDATE
and DELETE on the table (triggers in the first migration).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.storage.models import AuditEvent

GENESIS = "0" * 64


def _digest(prev_hash: str, seq: int, at: datetime, actor: str, action: str, entity: str,
            entity_id: str, detail: dict) -> str:
    payload = json.dumps(
        {"seq": seq, "at": at.astimezone(timezone.utc).isoformat(timespec="microseconds"),
         "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
         "detail": detail},
        ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{prev_hash}|{payload}".encode()).hexdigest()


def append(session: Session, *, actor: str, action: str, entity: str = "", entity_id: str = "",
           detail: dict | None = None, at: datetime | None = None) -> AuditEvent:
    """Add one audit row inside the caller's transaction (it commits with the change)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))  # serialise the chain
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = at or datetime.now(timezone.utc)
    detail = json.loads(json.dumps(detail or {}, ensure_ascii=False, default=str))
    row = AuditEvent(seq=seq, at=at, actor=actor, action=action, entity=entity,
                     entity_id=entity_id, detail=detail, prev_hash=prev,
                     hash=_digest(prev, seq, at, actor, action, entity, entity_id, detail))
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    rows: int
    bad_seq: int | None = None
    problem: str = ""


def verify_chain(session: Session) -> ChainCheck:
    """Walk the log in order and recompute every hash."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for row in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        count += 1
        if row.seq != expected_seq:
            return ChainCheck(False, count, row.seq, f"missing row(s) before seq {row.seq}")
        if row.prev_hash != prev:
            return ChainCheck(False, count, row.seq, f"row {row.seq} does not follow its predecessor")
        if _digest(prev, row.seq, row.at, row.actor, row.action, row.entity, row.entity_id,
                   row.detail) != row.hash:
            return ChainCheck(False, count, row.seq, f"row {row.seq} was altered")
        prev = row.hash
        expected_seq += 1
    return ChainCheck(True, count)
