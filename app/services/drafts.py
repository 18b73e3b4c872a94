"""Unsaved input kept for crash recovery (intake form, session fields).

Callers save a draft within a second of the last keystroke; the next start lists what can
be resumed. Each save is its own small write transaction (synchronous=FULL).

Drafts are keyed per user: the stored key is "<owner id>:<form key>", so two users editing
the same form keep two drafts, and each sees only their own."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from app.services.common import Actor, Service
from app.storage.models import Draft


@dataclass(frozen=True)
class DraftInfo:
    key: str
    payload: dict
    updated_at: datetime


def _stored(actor: Actor, key: str) -> str:
    return f"{actor.user_id}:{key}"


def _info(actor: Actor, row: Draft) -> DraftInfo:
    return DraftInfo(row.key[len(actor.user_id) + 1:], dict(row.payload), row.updated_at)


class DraftService(Service):
    def save(self, actor: Actor, key: str, payload: dict) -> None:
        with self.db.write() as s:
            row = s.get(Draft, _stored(actor, key))
            if row is None:
                s.add(Draft(key=_stored(actor, key), owner_id=actor.user_id, payload=payload,
                            updated_at=self.now()))
            else:
                row.payload = payload
                row.updated_at = self.now()

    def load(self, actor: Actor, key: str) -> DraftInfo | None:
        with self.db.read() as s:
            row = s.get(Draft, _stored(actor, key))
            if row is None or row.owner_id != actor.user_id:
                return None
            return _info(actor, row)

    def pending(self, actor: Actor, prefix: str = "") -> list[DraftInfo]:
        with self.db.read() as s:
            q = select(Draft).where(Draft.owner_id == actor.user_id,
                                    Draft.key.startswith(_stored(actor, prefix), autoescape=True))
            return [_info(actor, d) for d in s.scalars(q.order_by(Draft.updated_at.desc()))]

    def discard(self, actor: Actor, key: str) -> None:
        with self.db.write() as s:
            s.execute(delete(Draft).where(Draft.key == _stored(actor, key), Draft.owner_id == actor.user_id))
