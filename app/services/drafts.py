"""Unsaved input kept for crash recovery (intake form, session fields).

Callers save a draft within a second of the last keystroke; the next start lists what can
be resumed. Each save is its own small write transaction (synchronous=FULL)."""
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


class DraftService(Service):
    def save(self, actor: Actor, key: str, payload: dict) -> None:
        with self.db.write() as s:
            row = s.get(Draft, key)
            if row is None:
                s.add(Draft(key=key, owner_id=actor.user_id, payload=payload, updated_at=self.now()))
            else:
                row.payload = payload
                row.owner_id = actor.user_id
                row.updated_at = self.now()

    def load(self, actor: Actor, key: str) -> DraftInfo | None:
        with self.db.read() as s:
            row = s.get(Draft, key)
            if row is None or row.owner_id != actor.user_id:
                return None
            return DraftInfo(row.key, dict(row.payload), row.updated_at)

    def pending(self, actor: Actor, prefix: str = "") -> list[DraftInfo]:
        with self.db.read() as s:
            q = select(Draft).where(Draft.owner_id == actor.user_id).order_by(Draft.updated_at.desc())
            if prefix:
                q = q.where(Draft.key.startswith(prefix))
            return [DraftInfo(d.key, dict(d.payload), d.updated_at) for d in s.scalars(q)]

    def discard(self, actor: Actor, key: str) -> None:
        with self.db.write() as s:
            s.execute(delete(Draft).where(Draft.key == key, Draft.owner_id == actor.user_id))
