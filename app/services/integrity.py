"""Tamper checks for `doctor`: the audit chain against its anchor outside the database, the
append-only triggers, and records the audit log or the case history says exist but are gone."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage import audit
from app.storage.models import AuditEvent, Case, CaseCounter, CaseEvent, MinutesEntry, Note

# audit entity → the table its entity_id names
_ENTITIES = {"note": Note, "case": Case, "minutes": MinutesEntry}


def anchor_problem(s: Session, meta: dict) -> tuple[bool, str]:
    check = audit.check_anchor(s, meta.get("audit_head"))
    return check.ok, check.problem


def trigger_problem(s: Session) -> tuple[bool, str]:
    missing = audit.missing_triggers(s)
    return (not missing, "present" if not missing else "missing: " + ", ".join(sorted(missing)))


def deleted_records(s: Session) -> list[str]:
    """What the log or the case history names but the database no longer holds."""
    problems: list[str] = []
    for entity, model in _ENTITIES.items():
        named = {r[0] for r in s.execute(select(AuditEvent.entity_id).where(AuditEvent.entity == entity).distinct())
                 if r[0]}
        if not named:
            continue
        have: set[str] = set()
        ids = list(named)
        for i in range(0, len(ids), 500):
            have |= {r[0] for r in s.execute(select(model.id).where(model.id.in_(ids[i:i + 500])))}
        gone = named - have
        if gone:
            problems.append(f"{len(gone)} {entity} record(s) named in the audit log are gone")
    # Case numbers are gap-free per year: fewer cases than the counter means cases were deleted.
    counts = dict(s.execute(select(Case.year, func.count()).group_by(Case.year)).all())
    for c in s.scalars(select(CaseCounter)):
        if counts.get(c.year, 0) < c.last_n:
            problems.append(f"{c.last_n - counts.get(c.year, 0)} case(s) of {c.year} deleted (numbers up to {c.last_n})")
    # Each case's status history is a chain ending in its current status.
    broken = 0
    last: dict[str, str | None] = {}
    ok: dict[str, bool] = {}
    for case_id, frm, to in s.execute(select(CaseEvent.case_id, CaseEvent.from_status, CaseEvent.to_status)
                                      .where(CaseEvent.kind == "status").order_by(CaseEvent.case_id, CaseEvent.at)):
        if case_id in last and frm is not None and frm != last[case_id]:
            ok[case_id] = False
        ok.setdefault(case_id, True)
        last[case_id] = to
    for case_id, status in s.execute(select(Case.id, Case.status)):
        if case_id in last and last[case_id] != status or ok.get(case_id) is False:
            broken += 1
    if broken:
        problems.append(f"{broken} case(s) with deleted status events")
    return problems
