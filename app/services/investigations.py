"""Investigation records (调查记录) of a case: when and where, who was questioned, by whom,
who recorded it and who else was present, the questions and answers in order, and the
attachments (evidence) they refer to.

The 人民调解调查记录 is printed only from these records (services.documents); a case with
none is refused. Legal specialists, mediators and lawyers record investigations; everyone
who views cases reads them, except those marked sensitive (minors, health, …), which only
the case team reads. Every addition and change is audited and appears in the case history.
"""
from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.catalog import CaseStatus, Role
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.text import TextKind, text_errors
from app.services.common import Actor, InvalidInput, Service
from app.services.permissions import SENSITIVE_INVESTIGATION_READERS, Action, require
from app.services.routing import load_case
from app.storage import audit
from app.storage.models import Attachment, Case, CaseEvent, Investigation, Party, Staff

MAX_QA = 200
# Investigations belong to a case in mediation: accepted and not yet closed.
CLOSED = frozenset({CaseStatus.REGISTERED, CaseStatus.DECLINED, CaseStatus.CLOSED, CaseStatus.ARCHIVED})
# A record may be entered a little ahead of the PC's clock (another watch), not for a later day.
FUTURE_SLACK = timedelta(minutes=10)


@dataclass
class QAInput:
    question: str = ""
    answer: str = ""


@dataclass
class InvestigationInput:
    started_at: datetime | None = None
    ended_at: datetime | None = None
    place: str = ""
    subject_name: str = ""                  # 被调查人
    subject_party_id: str | None = None     # when the person questioned is a party
    subject_details: str = ""               # 性别、年龄、单位或住址、联系方式
    investigator_ids: list[str] = field(default_factory=list)
    recorder_id: str | None = None
    present: list[str] = field(default_factory=list)
    qa: list[QAInput] = field(default_factory=list)
    findings: str = ""
    attachment_ids: list[str] = field(default_factory=list)
    sensitive: bool = False


@dataclass(frozen=True)
class InvestigationView:
    id: str
    case_id: str
    started_at: datetime
    ended_at: datetime | None
    place: str
    subject_name: str
    subject_party_id: str | None
    subject_details: str
    investigator_ids: tuple[str, ...]
    investigators: tuple[str, ...]          # display names, in the order given
    recorder_id: str | None
    recorder: str
    present: tuple[str, ...]
    qa: tuple[tuple[str, str], ...]         # (question, answer)
    findings: str
    attachment_ids: tuple[str, ...]
    attachments: tuple[str, ...]            # file names
    sensitive: bool
    version: int

    def as_input(self) -> InvestigationInput:
        return InvestigationInput(
            started_at=self.started_at, ended_at=self.ended_at, place=self.place, subject_name=self.subject_name,
            subject_party_id=self.subject_party_id, subject_details=self.subject_details,
            investigator_ids=list(self.investigator_ids), recorder_id=self.recorder_id, present=list(self.present),
            qa=[QAInput(q, a) for q, a in self.qa], findings=self.findings,
            attachment_ids=list(self.attachment_ids), sensitive=self.sensitive)


@dataclass(frozen=True)
class InvestigationChoices:
    """What the investigation form offers: staff, the case's parties and attachments."""

    staff: tuple[tuple[str, str, str], ...]        # (id, display name, role label)
    parties: tuple[tuple[str, str, str], ...]      # (id, "申请人 张三", details for the record)
    attachments: tuple[tuple[str, str], ...]       # (id, file name)


def can_read(role: Role | str, sensitive: bool) -> bool:
    return not sensitive or Role(role) in SENSITIVE_INVESTIGATION_READERS


def _clean(inp: InvestigationInput) -> InvestigationInput:
    return InvestigationInput(
        started_at=inp.started_at, ended_at=inp.ended_at, place=inp.place.strip(),
        subject_name=inp.subject_name.strip(), subject_party_id=inp.subject_party_id or None,
        subject_details=inp.subject_details.strip(),
        investigator_ids=list(dict.fromkeys(x for x in inp.investigator_ids if x)),
        recorder_id=inp.recorder_id or None, present=[p.strip() for p in inp.present if p.strip()],
        qa=[QAInput(q.question.strip(), q.answer.strip()) for q in inp.qa if q.question.strip() or q.answer.strip()],
        findings=inp.findings.strip(), attachment_ids=list(dict.fromkeys(x for x in inp.attachment_ids if x)),
        sensitive=bool(inp.sensitive))


class InvestigationService(Service):
    # --- validation -----------------------------------------------------------------------
    def _validate(self, s: Session, c: Case, inp: InvestigationInput) -> None:
        errors: list[ValidationError] = []
        now = self.now()
        if inp.started_at is None:
            errors.append(ValidationError("请填写调查开始时间。", "start time required", field="started_at"))
        elif inp.started_at.tzinfo is None:
            errors.append(ValidationError("调查时间缺少时区。", "naive start time", field="started_at"))
        elif inp.started_at > now + FUTURE_SLACK:
            errors.append(ValidationError("调查开始时间不能晚于现在：调查记录只登记已经进行的调查。",
                                          "start time in the future", field="started_at"))
        elif inp.started_at < c.registered_at - timedelta(days=1):
            errors.append(ValidationError("调查开始时间早于本案登记时间，请核对。", "start before registration",
                                          field="started_at"))
        if inp.ended_at is not None and inp.started_at is not None and inp.started_at.tzinfo is not None:
            if inp.ended_at.tzinfo is None or inp.ended_at < inp.started_at:
                errors.append(ValidationError("调查结束时间不能早于开始时间。", "end before start", field="ended_at"))
            elif inp.ended_at > now + FUTURE_SLACK:
                errors.append(ValidationError("调查结束时间不能晚于现在。", "end in the future", field="ended_at"))
        if not inp.place:
            errors.append(ValidationError("请填写调查地点。", "place required", field="place"))
        if not inp.subject_name:
            errors.append(ValidationError("请填写被调查人。", "person investigated required", field="subject_name"))
        if inp.subject_party_id and inp.subject_party_id not in {p.id for p in c.parties}:
            errors.append(ValidationError("被调查人不是本案当事人。", "subject party not in case",
                                          field="subject_party_id"))
        staff = {x.id: x for x in s.scalars(select(Staff))}
        if not inp.investigator_ids:
            errors.append(ValidationError("请至少选择一名调查人。", "investigator required", field="investigators"))
        elif any(x not in staff for x in inp.investigator_ids):
            errors.append(ValidationError("调查人不是本站工作人员。", "unknown investigator", field="investigators"))
        if not inp.recorder_id:
            errors.append(ValidationError("请选择记录人。", "recorder required", field="recorder"))
        elif inp.recorder_id not in staff:
            errors.append(ValidationError("记录人不是本站工作人员。", "unknown recorder", field="recorder"))
        if not inp.qa:
            errors.append(ValidationError("请至少记录一组问答（问：/答：）。", "no questions and answers", field="qa"))
        elif len(inp.qa) > MAX_QA:
            errors.append(ValidationError(f"问答最多{MAX_QA}组。", "too many questions", field="qa"))
        for i, qa in enumerate(inp.qa, 1):
            if not qa.question or not qa.answer:
                errors.append(ValidationError(f"第{i}组问答的{'问' if not qa.question else '答'}为空。",
                                              f"question/answer {i} incomplete", field=f"qa[{i - 1}]"))
        if inp.attachment_ids:
            own = set(s.scalars(select(Attachment.id).where(Attachment.case_id == c.id)))
            if not set(inp.attachment_ids) <= own:
                errors.append(ValidationError("所选附件不属于本案。", "attachment not in case", field="attachments"))
        K = TextKind
        errors += text_errors(
            [(inp.place, "调查地点", K.ADDRESS, "place"), (inp.subject_name, "被调查人", K.NAME, "subject_name"),
             (inp.subject_details, "被调查人情况", K.ADDRESS, "subject_details"),
             (inp.findings, "调查情况", K.TEXT, "findings")]
            + [(p, f"参加人{i}", K.SHORT, f"present[{i - 1}]") for i, p in enumerate(inp.present, 1)]
            + [x for i, qa in enumerate(inp.qa, 1)
               for x in ((qa.question, f"第{i}问", K.TEXT, f"qa[{i - 1}].question"),
                         (qa.answer, f"第{i}答", K.TEXT, f"qa[{i - 1}].answer"))])
        if errors:
            raise InvalidInput(errors)

    @staticmethod
    def _check_case(c: Case) -> None:
        if CaseStatus(c.status) in CLOSED:
            label = "尚未受理" if c.status == CaseStatus.REGISTERED else "不在调解中"
            raise ValidationError(f"本案{label}，不能登记调查记录。", f"case status {c.status}: no investigation",
                                  field="case")

    @staticmethod
    def _apply(row: Investigation, inp: InvestigationInput) -> None:
        row.started_at, row.ended_at, row.place = inp.started_at, inp.ended_at, inp.place  # type: ignore[assignment]
        row.subject_name, row.subject_party_id = inp.subject_name, inp.subject_party_id
        row.subject_details, row.investigator_ids = inp.subject_details, list(inp.investigator_ids)
        row.recorder_id, row.present = inp.recorder_id, list(inp.present)
        row.qa = [{"q": q.question, "a": q.answer} for q in inp.qa]
        row.findings, row.attachment_ids, row.sensitive = inp.findings, list(inp.attachment_ids), inp.sensitive

    # --- use cases ------------------------------------------------------------------------
    def add(self, actor: Actor, case_id: str, inp: InvestigationInput) -> InvestigationView:
        require(actor.role, Action.RECORD_INVESTIGATION)
        inp = _clean(inp)
        with self.db.write() as s:
            c = load_case(s, case_id)
            self._check_case(c)
            self._validate(s, c, inp)
            now = self.now()
            row = Investigation(case_id=c.id, created_by_id=actor.user_id or None, created_at=now)
            self._apply(row, inp)
            s.add(row)
            s.flush()
            if c.status == CaseStatus.ACCEPTED.value:
                s.add(CaseEvent(case_id=c.id, at=now, actor_id=actor.user_id or None, kind="status",
                                from_status=c.status, to_status=CaseStatus.INVESTIGATING.value,
                                reason="开始调查"))
                c.status = CaseStatus.INVESTIGATING.value
            s.add(CaseEvent(case_id=c.id, at=now, actor_id=actor.user_id or None, kind="investigation",
                            reason=f"登记调查记录：被调查人{inp.subject_name}，{len(inp.qa)}组问答",
                            detail={"investigation_id": row.id}))
            audit.append(s, actor=actor.audit_name, action="investigation_add", entity="investigation",
                         entity_id=row.id, detail={"case_id": c.id, "qa": len(inp.qa),
                                                   "attachments": len(inp.attachment_ids),
                                                   "sensitive": inp.sensitive})
            return self._view(s, row)

    def update(self, actor: Actor, investigation_id: str, inp: InvestigationInput) -> InvestigationView:
        require(actor.role, Action.RECORD_INVESTIGATION)
        inp = _clean(inp)
        with self.db.write() as s:
            row = s.get(Investigation, investigation_id)
            if row is None:
                raise NotFound("找不到该调查记录。", f"no investigation {investigation_id!r}")
            c = load_case(s, row.case_id)
            if CaseStatus(c.status) in (CaseStatus.CLOSED, CaseStatus.ARCHIVED):
                raise ValidationError("本案已结案，调查记录不能再修改。", "case closed", field="case")
            self._validate(s, c, inp)
            self._apply(row, inp)
            s.flush()
            s.add(CaseEvent(case_id=c.id, at=self.now(), actor_id=actor.user_id or None, kind="investigation",
                            reason=f"修改调查记录：被调查人{inp.subject_name}",
                            detail={"investigation_id": row.id}))
            audit.append(s, actor=actor.audit_name, action="investigation_edit", entity="investigation",
                         entity_id=row.id, detail={"case_id": c.id, "qa": len(inp.qa), "version": row.version})
            return self._view(s, row)

    def list(self, actor: Actor, case_id: str) -> builtins.list[InvestigationView]:
        """The case's investigations the actor may read, in the order they took place."""
        require(actor.role, Action.VIEW_CASES)
        with self.db.read() as s:
            c = load_case(s, case_id)
            return [self._view(s, r) for r in rows_of(s, c.id) if can_read(actor.role, r.sensitive)]

    def get(self, actor: Actor, investigation_id: str) -> InvestigationView:
        require(actor.role, Action.VIEW_CASES)
        with self.db.read() as s:
            row = s.get(Investigation, investigation_id)
            if row is None:
                raise NotFound("找不到该调查记录。", f"no investigation {investigation_id!r}")
            if not can_read(actor.role, row.sensitive):
                raise PermissionDenied("该调查记录涉及敏感信息，仅办案人员可以查看。",
                                       f"role {actor.role} may not read a sensitive investigation")
            return self._view(s, row)

    def choices(self, actor: Actor, case_id: str) -> InvestigationChoices:
        require(actor.role, Action.RECORD_INVESTIGATION)
        from app.domain.catalog import PARTY_ROLE_LABELS, ROLE_LABELS, PartyRole
        with self.db.read() as s:
            c = load_case(s, case_id)
            staff = tuple((x.id, x.display_name, ROLE_LABELS.get(Role(x.role), x.role)) for x in s.scalars(
                select(Staff).where(Staff.active.is_(True), Staff.role != Role.ADMIN.value)
                .order_by(Staff.role, Staff.display_name)))
            parties = []
            for p in c.parties:
                details = "，".join(x for x in ({"male": "男", "female": "女"}.get(p.gender or "", ""),
                                               p.occupation, p.address, p.phone and f"联系电话{p.phone}") if x)
                parties.append((p.id, f"{PARTY_ROLE_LABELS[PartyRole(p.role)]} {p.name}", details))
            files = tuple((a.id, a.filename) for a in s.execute(
                select(Attachment.id, Attachment.filename).where(Attachment.case_id == c.id)
                .order_by(Attachment.added_at)))
            return InvestigationChoices(staff, tuple(parties), files)

    @staticmethod
    def _view(s: Session, r: Investigation) -> InvestigationView:
        names = staff_names(s)
        files = _file_names(s, r)
        return InvestigationView(
            r.id, r.case_id, r.started_at, r.ended_at, r.place, r.subject_name, r.subject_party_id,
            r.subject_details, tuple(r.investigator_ids), tuple(names.get(x, "") for x in r.investigator_ids),
            r.recorder_id, names.get(r.recorder_id or "", ""), tuple(r.present),
            tuple((x.get("q", ""), x.get("a", "")) for x in r.qa), r.findings, tuple(r.attachment_ids),
            tuple(files[x] for x in r.attachment_ids if x in files), r.sensitive, r.version)


def _file_names(s: Session, r: Investigation) -> dict[str, str]:
    if not r.attachment_ids:
        return {}
    q = select(Attachment.id, Attachment.filename).where(Attachment.id.in_(r.attachment_ids))
    return {row[0]: row[1] for row in s.execute(q)}


def staff_names(s: Session) -> dict[str, str]:
    return {x.id: x.display_name for x in s.scalars(select(Staff))}


def rows_of(s: Session, case_id: str) -> builtins.list[Investigation]:
    return builtins.list(s.scalars(select(Investigation).where(Investigation.case_id == case_id)
                                   .order_by(Investigation.started_at, Investigation.created_at)))


def subject_party(s: Session, r: Investigation) -> Party | None:
    return s.get(Party, r.subject_party_id) if r.subject_party_id else None


NO_INVESTIGATION_ZH = "本案尚无调查记录，不能出具人民调解调查记录。请先在案件页登记调查。"


def investigation_documents(s: Session, c: Case, case, station, number: str,  # noqa: ANN001 - m.Case, m.Station
                            investigation_id: str | None = None) -> builtins.list:
    """The 人民调解调查记录 input of each recorded investigation (or only the one named), in
    the order they took place. None recorded: a ValidationError saying what is missing."""
    from app.documents import model as m

    rows = rows_of(s, c.id)
    if investigation_id is not None:
        rows = [r for r in rows if r.id == investigation_id]
        if not rows:
            raise NotFound("找不到该调查记录。", f"no investigation {investigation_id!r} in case {c.number}",
                           field="investigation")
    if not rows:
        raise ValidationError(NO_INVESTIGATION_ZH, f"case {c.number} has no investigation record: "
                              "an investigation record is printed only from recorded investigations", field="kind")
    names = staff_names(s)
    out = []
    for r in rows:
        files = _file_names(s, r)
        out.append(m.Investigation(
            station=station, case=case, number=number, started_at=r.started_at.astimezone(),
            ended_at=r.ended_at.astimezone() if r.ended_at else None, place=r.place, subject=r.subject_name,
            subject_details=r.subject_details,
            investigators=tuple(names.get(x, "") for x in r.investigator_ids if names.get(x)),
            participants=tuple(r.present), recorder=names.get(r.recorder_id or "", ""),
            qa=tuple(m.QA(question=x.get("q", ""), answer=x.get("a", "")) for x in r.qa), findings=r.findings,
            attachments=tuple(files[x] for x in r.attachment_ids if x in files)))
    return out
