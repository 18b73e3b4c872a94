"""The administrator's audit log viewer: filter by user, case, action and date, export CSV.
Reading the log is itself audited."""
from __future__ import annotations

import csv
import json
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import String, cast, or_, select

from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.storage import audit
from app.storage.models import AuditEvent, Case


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""             # the actor's username (exact)
    case: str = ""             # a case number or id
    action: str = ""           # e.g. note_read, login_failed
    since: date | None = None  # local dates, inclusive
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: dict


def _day(d: date) -> datetime:
    return datetime.combine(d, time.min).astimezone().astimezone(timezone.utc)


class AuditLogService(Service):
    def _query(self, s, f: AuditFilter, limit: int | None):  # noqa: ANN001, ANN202
        q = select(AuditEvent).order_by(AuditEvent.seq.desc())
        if f.user.strip():
            q = q.where(AuditEvent.actor == f.user.strip())
        if f.action.strip():
            q = q.where(AuditEvent.action == f.action.strip())
        if f.since:
            q = q.where(AuditEvent.at >= _day(f.since))
        if f.until:
            q = q.where(AuditEvent.at < _day(f.until + timedelta(days=1)))
        if f.case.strip():
            key = f.case.strip()
            case_id = s.scalars(select(Case.id).where(or_(Case.number == key, Case.id == key))).first() or key
            q = q.where(or_(AuditEvent.entity_id == case_id,
                            cast(AuditEvent.detail, String).like(f"%{case_id}%")))
        if limit:
            q = q.limit(limit)
        return [AuditRow(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, dict(r.detail))
                for r in s.scalars(q)]

    def search(self, actor: Actor, f: AuditFilter = AuditFilter(), *, limit: int = 500) -> list[AuditRow]:
        require(actor.role, Action.VIEW_AUDIT)
        with self.db.write() as s:
            rows = self._query(s, f, limit)
            audit.append(s, actor=actor.audit_name, action="audit_view",
                         detail={"filter": f.__dict__, "rows": len(rows)})
            return rows

    def export_csv(self, actor: Actor, f: AuditFilter = AuditFilter()) -> str:
        require(actor.role, Action.VIEW_AUDIT)
        with self.db.write() as s:
            rows = self._query(s, f, None)
            head = audit.head(s)
            audit.append(s, actor=actor.audit_name, action="audit_export",
                         detail={"filter": f.__dict__, "rows": len(rows)})
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["seq", "at", "actor", "action", "entity", "entity_id", "detail"])
        for r in rows:
            w.writerow([r.seq, r.at.isoformat(), r.actor, r.action, r.entity, r.entity_id,
                        json.dumps(r.detail, ensure_ascii=False, sort_keys=True)])
        if head:  # the chain's head at export time, to compare with the meta file's anchor
            w.writerow(["# audit head", head[0], head[1]])
        return out.getvalue()

    def actions(self, actor: Actor) -> list[str]:
        require(actor.role, Action.VIEW_AUDIT)
        with self.db.read() as s:
            return sorted(r[0] for r in s.execute(select(AuditEvent.action).distinct()))
