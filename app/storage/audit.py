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
    session.info["audit_head"] = (seq, row.hash)  # anchored outside the database after commit
    return row


# --- the head, anchored outside the database ---------------------------------------------------
def head(session: Session) -> tuple[int, str] | None:
    """The newest row's (seq, hash), or None for an empty log."""
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    return (int(last[0]), str(last[1])) if last else None


def head_record(db) -> dict:  # noqa: ANN001 - a Database
    """What an export or a backup carries to anchor the chain: {"seq", "hash"} of the head."""
    with db.read() as s:
        h = head(s)
    return {"seq": h[0], "hash": h[1]} if h else {"seq": 0, "hash": GENESIS}


def anchor_in_meta(datadir, seq: int, hash_: str) -> None:  # noqa: ANN001 - a DataDir
    """Keep the head in the meta file (mediation-desk.json); it only moves forward."""
    if not datadir.is_initialised():
        return
    meta = datadir.read_meta()
    if int(meta.get("audit_head", {}).get("seq", 0)) >= seq:
        return
    meta["audit_head"] = {"seq": seq, "hash": hash_}
    datadir.write_meta(meta)


@dataclass(frozen=True)
class AnchorCheck:
    ok: bool
    problem: str = ""


def check_anchor(session: Session, anchored: dict | None) -> AnchorCheck:
    """Truncation (the anchored head is newer than the log) and re-hashing (the row at the
    anchored seq has another hash)."""
    if not anchored or not anchored.get("seq"):
        return AnchorCheck(True, "no anchored head yet")
    seq, hash_ = int(anchored["seq"]), str(anchored["hash"])
    row = session.get(AuditEvent, seq)
    if row is None:
        h = head(session)
        return AnchorCheck(False, f"audit log truncated: anchored head is row {seq}, "
                                  f"the database ends at row {h[0] if h else 0}")
    if row.hash != hash_:
        return AnchorCheck(False, f"audit log re-hashed: row {seq} differs from the anchored head")
    return AnchorCheck(True, f"anchored head row {seq} matches")


APPEND_ONLY_TRIGGERS = {"sqlite": {"audit_event_no_update", "audit_event_no_delete"},
                        "postgresql": {"audit_event_append_only"}}


def missing_triggers(session: Session) -> set[str]:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        have = {r[0] for r in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_event'"))}
    else:
        have = {r[0] for r in session.execute(text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal"))}
    return APPEND_ONLY_TRIGGERS.get(dialect, set()) - have


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
