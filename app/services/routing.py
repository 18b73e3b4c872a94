"""Acceptance, routing and every later status change, through the lifecycle state machine."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import lifecycle
from app.domain.catalog import PATH_LABELS, CaseStatus, Path, Role
from app.domain.errors import NotFound, ValidationError
from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.storage import audit
from app.storage.models import Case, CaseEvent, Room, Staff


def load_case(s: Session, case_id: str) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        case = s.scalars(select(Case).where(Case.number == case_id)).first()
    if case is None:
        raise NotFound("找不到该案件。", f"no case {case_id!r}", field="case")
    return case


def _staff(s: Session, staff_id: str | None, role: Role, label: str) -> Staff | None:
    if not staff_id:
        return None
    staff = s.get(Staff, staff_id)
    if staff is None or not staff.active or staff.role != role.value:
        raise ValidationError(f"所选{label}无效或已停用。", f"bad {role.value} {staff_id!r}", field=role.value)
    return staff


class RoutingService(Service):
    def _move(self, s: Session, actor: Actor, case: Case, to: CaseStatus, reason: str,
              detail: dict | None = None) -> None:
        frm = CaseStatus(case.status)
        lifecycle.check_transition(frm, to)
        if to in lifecycle.REASON_REQUIRED and not reason.strip():
            raise ValidationError("请填写原因。", f"a reason is required to move to {to}", field="reason")
        now = self.now()
        case.status = to.value
        if to == CaseStatus.ACCEPTED:
            case.accepted_at = now
        if to in (CaseStatus.CLOSED, CaseStatus.DECLINED) and case.closed_at is None:
            case.closed_at = now
        if case.first_feedback_at is None and to != CaseStatus.REGISTERED:
            case.first_feedback_at = now  # any decision told to the party counts as feedback
        if to in lifecycle.REASON_REQUIRED:
            case.outcome_reason = reason
        s.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.user_id or None, kind="status",
                        from_status=frm.value, to_status=to.value, reason=reason, detail=detail or {}))
        audit.append(s, actor=actor.audit_name, action="case_status", entity="case", entity_id=case.id,
                     detail={"from": frm.value, "to": to.value, "reason": reason})

    def accept(self, actor: Actor, case_id: str, *, room_code: str, path: Path | str = Path.MEDIATION,
               mediator_id: str | None = None, lawyer_id: str | None = None,
               counsellor_id: str | None = None, note: str = "") -> None:
        """受理 and route in one step: room, path and the 话聊 team."""
        require(actor.role, Action.ACCEPT_ROUTE)
        with self.db.write() as s:
            case = load_case(s, case_id)
            room = s.scalars(select(Room).where(Room.code == room_code, Room.active.is_(True))).first()
            if room is None:
                raise ValidationError("请选择承办调解室。", f"bad room {room_code!r}", field="room")
            try:
                path = Path(path)
            except ValueError:
                raise ValidationError("请选择解纷途径。", f"bad path {path!r}", field="path") from None
            if not case.consent_to_mediation and path == Path.MEDIATION:
                raise ValidationError("当事人尚未同意调解，不能受理为调解案件（人民调解法第十七条）。",
                                      "no consent to mediation recorded", field="consent")
            team = {"mediator": _staff(s, mediator_id, Role.MEDIATOR, "调解员"),
                    "lawyer": _staff(s, lawyer_id, Role.LAWYER, "律师"),
                    "counsellor": _staff(s, counsellor_id, Role.COUNSELLOR, "心理咨询师")}
            self._move(s, actor, case, CaseStatus.ACCEPTED, note or "受理",
                       {"room": room.code, "path": path.value,
                        "team": {k: v.display_name for k, v in team.items() if v}})
            case.room_id = room.id
            case.path = path.value
            case.mediator_id = team["mediator"].id if team["mediator"] else None
            case.lawyer_id = team["lawyer"].id if team["lawyer"] else None
            case.counsellor_id = team["counsellor"].id if team["counsellor"] else None
            names = "、".join(v.display_name for v in team.values() if v) or "未指派"
            s.add(CaseEvent(case_id=case.id, at=self.now(), actor_id=actor.user_id or None,
                            kind="routing", reason=f"分派至{room.name}，途径：{PATH_LABELS[path]}，话聊团队：{names}",
                            detail={"room": room.code, "path": path.value}))

    def decline(self, actor: Actor, case_id: str, *, reason_code: str, reason: str = "") -> None:
        require(actor.role, Action.ACCEPT_ROUTE)
        label = lifecycle.DECLINE_REASONS.get(reason_code)
        if label is None:
            raise ValidationError("请选择不予受理的原因。", f"bad decline reason {reason_code!r}", field="reason")
        with self.db.write() as s:
            case = load_case(s, case_id)
            self._move(s, actor, case, CaseStatus.DECLINED, f"{label}。{reason}".rstrip("。") + "。",
                       {"reason_code": reason_code})

    def transition(self, actor: Actor, case_id: str, to: CaseStatus | str, *, reason: str = "",
                   detail: dict | None = None) -> None:
        require(actor.role, Action.CHANGE_STATUS)
        with self.db.write() as s:
            case = load_case(s, case_id)
            self._move(s, actor, case, CaseStatus(to), reason, detail)

    def record_feedback(self, actor: Actor, case_id: str, text: str) -> None:
        """小时级反馈: the first contact back to the party stops the feedback clock."""
        require(actor.role, Action.REGISTER_CASE)
        if not text.strip():
            raise ValidationError("请填写反馈内容。", "feedback text required", field="feedback")
        with self.db.write() as s:
            case = load_case(s, case_id)
            now = self.now()
            case.first_feedback_at = case.first_feedback_at or now
            s.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.user_id or None, kind="feedback",
                            reason=text.strip()))
            audit.append(s, actor=actor.audit_name, action="case_feedback", entity="case", entity_id=case.id)
