"""回访: follow-ups due, visits recorded, 督促履行, 履行凭证, then 结案 and 立卷归档 with their checks.

Visits are scheduled from each effective agreement (app.domain.follow_up: the station's rule,
Station.settings["follow_up_days"], default 15 days, and the day after each performance
deadline of its terms) the first time the list is read after the agreement takes effect.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.domain import follow_up as rules
from app.domain import lifecycle
from app.domain.catalog import CaseStatus
from app.domain.clocks import china_date
from app.domain.errors import NotFound, ValidationError
from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.services.routing import load_case
from app.storage import audit
from app.storage.models import Agreement, Case, CaseEvent, FollowUp, Party, Staff, Station

SCHEDULABLE = (CaseStatus.AGREED_WRITTEN.value, CaseStatus.AGREED_ORAL.value, CaseStatus.CONFIRMING.value,
               CaseStatus.PERFORMING.value, CaseStatus.FOLLOW_UP.value)


@dataclass(frozen=True)
class FollowUpItem:
    id: str
    case_id: str
    case_number: str
    summary: str
    due_on: date
    reason: str
    reason_label: str
    overdue: bool
    done: bool
    waived_reason: str
    mediator: str
    mine: bool
    performance: str          # found at this visit ("" when not yet made)
    needs_reminder: bool
    reminded_at: datetime | None
    parties: str


class FollowUpService(Service):
    # ------------------------------------------------------------------ scheduling
    def _rule_days(self, s: Session) -> int:
        settings = s.execute(select(Station.settings)).scalar() or {}
        try:
            return int(settings.get("follow_up_days", rules.DEFAULT_RULE_DAYS))
        except (TypeError, ValueError):
            return rules.DEFAULT_RULE_DAYS

    def _current_agreement(self, s: Session, case_id: str) -> Agreement | None:
        return s.scalars(select(Agreement).where(Agreement.case_id == case_id, Agreement.status != "draft")
                         .order_by(Agreement.revision.desc(), Agreement.created_at.desc())).first()

    def _schedule(self, s: Session, c: Case, rule_days: int) -> int:
        if c.agreement_effective_on is None:
            return 0
        a = self._current_agreement(s, c.id)
        deadlines = rules.term_deadlines(a.terms if a else [])
        visits = rules.due_visits(c.agreement_effective_on, deadlines, rule_days)
        for v in visits:
            s.add(FollowUp(case_id=c.id, due_on=v.due_on, agreement_id=a.id if a else None, reason=v.reason,
                           visitor_id=c.mediator_id))
        return len(visits)

    def schedule_due(self) -> int:
        """Create the visits of every effective agreement that has none yet."""
        with self.db.write() as s:
            rule_days = self._rule_days(s)
            missing = s.scalars(select(Case).where(
                Case.agreement_effective_on.is_not(None), Case.status.in_(SCHEDULABLE),
                ~exists().where(FollowUp.case_id == Case.id))).all()
            return sum(self._schedule(s, c, rule_days) for c in missing)

    # ------------------------------------------------------------------ reading
    def due(self, actor: Actor, *, mine: bool = False, include_done: bool = False,
            case_id: str | None = None) -> list[FollowUpItem]:
        """Open visits (or all with include_done), overdue first, then by due date."""
        require(actor.role, Action.VIEW_CASES)
        self.schedule_due()
        today = china_date(self.now())
        with self.db.read() as s:
            q = (select(FollowUp, Case.number, Case.summary, Case.mediator_id, Staff.display_name)
                 .join(Case, Case.id == FollowUp.case_id).outerjoin(Staff, Staff.id == Case.mediator_id))
            if not include_done:
                q = q.where(FollowUp.done_at.is_(None), FollowUp.waived_reason == "")
            if case_id:
                q = q.where(FollowUp.case_id == case_id)
            if mine:
                q = q.where((Case.mediator_id == actor.user_id) | (FollowUp.visitor_id == actor.user_id))
            rows = s.execute(q.order_by(FollowUp.due_on).limit(2000)).all()
            names: dict[str, list[str]] = {}
            for cid, name in s.execute(select(Party.case_id, Party.name).where(
                    Party.case_id.in_({r[0].case_id for r in rows})).order_by(Party.position)):
                names.setdefault(cid, []).append(name)
            items = [FollowUpItem(
                id=fu.id, case_id=fu.case_id, case_number=number, summary=summary, due_on=fu.due_on, reason=fu.reason,
                reason_label=rules.REASON_LABELS.get(fu.reason, fu.reason),
                overdue=rules.is_overdue(fu.due_on, today, fu.done_at is not None, bool(fu.waived_reason)),
                done=fu.done_at is not None, waived_reason=fu.waived_reason, mediator=mediator or "",
                mine=bool(actor.user_id) and actor.user_id in (mediator_id, fu.visitor_id),
                performance=fu.performance, needs_reminder=rules.needs_reminder(fu.performance),
                reminded_at=fu.reminded_at, parties="、".join(names.get(fu.case_id, [])))
                for fu, number, summary, mediator_id, mediator in rows]
        items.sort(key=lambda i: (not i.overdue, i.done, i.due_on))
        return items

    def _load(self, s: Session, follow_up_id: str) -> FollowUp:
        fu = s.get(FollowUp, follow_up_id)
        if fu is None:
            raise NotFound("找不到该回访。", f"no follow-up {follow_up_id!r}", field="follow_up")
        return fu

    def _event(self, s: Session, actor: Actor, case: Case, kind: str, reason: str, detail: dict) -> None:
        s.add(CaseEvent(case_id=case.id, at=self.now(), actor_id=actor.user_id or None, kind=kind,
                        reason=reason, detail=detail))
        audit.append(s, actor=actor.audit_name, action=kind, entity="case", entity_id=case.id, detail=detail)

    def _move(self, s: Session, actor: Actor, case: Case, to: CaseStatus, reason: str) -> None:
        frm = case.status
        lifecycle.check_transition(frm, to)
        case.status = to.value
        if to == CaseStatus.CLOSED and case.closed_at is None:
            case.closed_at = self.now()
        s.add(CaseEvent(case_id=case.id, at=self.now(), actor_id=actor.user_id or None, kind="status",
                        from_status=frm, to_status=to.value, reason=reason, detail={}))
        audit.append(s, actor=actor.audit_name, action="case_status", entity="case", entity_id=case.id,
                     detail={"from": frm, "to": to.value, "reason": reason})

    # ------------------------------------------------------------------ writing
    def record_visit(self, actor: Actor, follow_up_id: str, visit: rules.Visit) -> FollowUpItem:
        require(actor.role, Action.CHANGE_STATUS)
        rules.check_visit(visit, self.now())
        with self.db.write() as s:
            fu = self._load(s, follow_up_id)
            if fu.done_at is not None:
                raise ValidationError("这次回访已经记录过了。", "visit already recorded", field="follow_up")
            if fu.waived_reason:
                raise ValidationError("这次回访已免予回访，不能再记录。", "visit waived", field="follow_up")
            case = s.get(Case, fu.case_id)
            fu.done_at = visit.visited_at
            fu.recorded_at = self.now()
            fu.method = visit.method
            fu.party_name = visit.whom.strip()
            fu.performance = visit.performance
            fu.satisfaction = visit.satisfaction
            fu.went_to_court = visit.went_to_court
            fu.escalated = visit.escalated
            fu.measures = visit.measures.strip()
            fu.notes = visit.notes.strip()
            fu.visitor_id = actor.user_id or fu.visitor_id
            if case.status == CaseStatus.PERFORMING.value:
                self._move(s, actor, case, CaseStatus.FOLLOW_UP, "已回访")
            self._event(s, actor, case, "follow_up", f"回访：{rules.PERFORMANCE[visit.performance]}",
                        {"follow_up": fu.id, "method": visit.method, "performance": visit.performance})
            fid = fu.id
        return next(i for i in self.due(actor, include_done=True, case_id=case.id) if i.id == fid)

    def waive(self, actor: Actor, follow_up_id: str, reason: str) -> None:
        require(actor.role, Action.CHANGE_STATUS)
        if not reason.strip():
            raise ValidationError("免予回访必须写明原因。", "waiver needs a reason", field="reason")
        with self.db.write() as s:
            fu = self._load(s, follow_up_id)
            if fu.done_at is not None:
                raise ValidationError("这次回访已经完成，不能免予回访。", "visit already made", field="follow_up")
            fu.waived_reason = reason.strip()
            self._event(s, actor, s.get(Case, fu.case_id), "follow_up_waived", reason.strip(), {"follow_up": fu.id})

    def remind(self, actor: Actor, follow_up_id: str, note: str = "") -> bytes:
        """督促履行: a case event and the printed 督促履行通知书 (PDF bytes)."""
        require(actor.role, Action.CHANGE_STATUS)
        with self.db.write() as s:
            fu = self._load(s, follow_up_id)
            if fu.done_at is None:
                raise ValidationError("请先记录回访，确认履行情况后再督促履行。", "no visit recorded yet",
                                      field="follow_up")
            if not rules.needs_reminder(fu.performance):
                raise ValidationError("回访确认协议已全部履行，无需督促履行。", "agreement performed in full",
                                      field="follow_up")
            case = s.get(Case, fu.case_id)
            a = s.get(Agreement, fu.agreement_id) if fu.agreement_id else self._current_agreement(s, case.id)
            fu.reminded_at = self.now()
            self._event(s, actor, case, "performance_reminder", note.strip() or "督促履行",
                        {"follow_up": fu.id, "performance": fu.performance})
            station = s.scalars(select(Station)).first()
            parties = [(p.role, p.name) for p in case.parties]
            facts = dict(station=station.committee_name if station else "", case_number=case.number,
                         agreement_number=a.number if a else "", effective_on=case.agreement_effective_on,
                         performance=rules.PERFORMANCE[fu.performance], deadline=a.performance_deadline if a else "",
                         parties=parties, note=note.strip(), on=china_date(self.now()))
        from app.documents.reminder import render_reminder
        return render_reminder(**facts)

    # ------------------------------------------------------------------ closing
    def closing_problems(self, s: Session, case: Case) -> list[str]:
        problems = []
        for a in s.scalars(select(Agreement).where(Agreement.case_id == case.id, Agreement.status == "draft")):
            problems.append(f"调解协议{a.number}尚未签署")
        open_visits = s.scalars(select(FollowUp).where(FollowUp.case_id == case.id, FollowUp.done_at.is_(None),
                                                       FollowUp.waived_reason == "")
                                .order_by(FollowUp.due_on)).all()
        for fu in open_visits:
            problems.append(f"{fu.due_on:%Y年%m月%d日}的回访尚未完成，也未注明免予回访的原因")
        if case.agreement_effective_on is not None and not s.scalar(
                select(exists().where(FollowUp.case_id == case.id))):
            problems.append("本案协议尚未安排回访")
        return problems

    def close(self, actor: Actor, case_id: str) -> None:
        """结案: refused with the reasons while an agreement is unsigned or a visit is open."""
        require(actor.role, Action.CHANGE_STATUS)
        self.schedule_due()
        with self.db.write() as s:
            case = load_case(s, case_id)
            if CaseStatus.CLOSED not in lifecycle.allowed_next(case.status):
                raise ValidationError(f"本案当前状态不能结案（需先完成回访）。", f"cannot close from {case.status}",
                                      field="status")
            problems = self.closing_problems(s, case)
            if problems:
                raise ValidationError("不能结案：" + "；".join(problems) + "。", "closing checks failed: "
                                      + str(len(problems)), field="status")
            self._move(s, actor, case, CaseStatus.CLOSED, "结案")

    def archive(self, actor: Actor, case_id: str) -> None:
        """立卷归档: only a closed case whose checks still hold; the 卷宗 is printed from 文书."""
        require(actor.role, Action.CHANGE_STATUS)
        with self.db.write() as s:
            case = load_case(s, case_id)
            if case.status != CaseStatus.CLOSED.value:
                raise ValidationError("只有已结案的案件才能立卷归档。", f"cannot archive from {case.status}",
                                      field="status")
            problems = self.closing_problems(s, case)
            if problems:
                raise ValidationError("不能归档：" + "；".join(problems) + "。", "archive checks failed", field="status")
            self._move(s, actor, case, CaseStatus.ARCHIVED, "立卷归档")
