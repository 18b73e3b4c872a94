"""Registering a demand (登记): validation, repeat visits, early warning, gap-free numbers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain import casenumber, identity, phone, warnings
from app.domain.catalog import (
    CATEGORY_BY_CODE, STATUS_LABELS, CaseStatus, DemandClass, IdType, PartyKind, PartyRole, Source,
)
from app.domain.errors import Notice, ValidationError
from app.domain.text import TextKind, text_errors
from app.services.common import Actor, InvalidInput, Service
from app.services.permissions import Action, can, require
from app.storage import audit, search
from app.storage.models import Case, CaseCounter, CaseEvent, Party, Station

MAX_SUMMARY = 5000


@dataclass
class PartyInput:
    role: str = PartyRole.APPLICANT
    kind: str = PartyKind.PERSON
    name: str = ""
    id_type: str = IdType.RESIDENT
    id_number: str = ""
    credit_code: str = ""
    gender: str = ""                 # "male"/"female"; derived from a resident ID when given
    birth_date: date | None = None
    ethnicity: str = ""
    occupation: str = ""
    phone: str = ""
    address: str = ""
    legal_rep: str = ""
    legal_rep_title: str = ""
    agent_name: str = ""
    agent_phone: str = ""
    agent_authority: str = ""
    power_of_attorney: bool = False


@dataclass
class IntakeInput:
    source: str = Source.WALK_IN
    category_code: str = "15"
    demand_class: str = DemandClass.CLASS_1
    summary: str = ""
    claims: list[str] = field(default_factory=list)
    amount: str | Decimal | None = None
    parties: list[PartyInput] = field(default_factory=list)
    consent_to_mediation: bool = False


@dataclass(frozen=True)
class PartyCheck:
    """Live validation of one party as typed: errors block saving, warnings inform."""

    errors: tuple[ValidationError, ...]
    warnings: tuple[Notice, ...]
    gender: str | None = None
    birth_date: date | None = None
    id_number: str | None = None
    credit_code: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class RepeatVisit:
    case_id: str
    number: str
    registered_at: datetime
    status_label: str
    party_name: str


@dataclass(frozen=True)
class Registered:
    case_id: str
    number: str
    warning: warnings.WarningResult
    repeat_visits: tuple[RepeatVisit, ...]
    party_warnings: tuple[Notice, ...]


def _prefixed(index: int, err: ValidationError) -> ValidationError:
    return ValidationError(f"当事人{index + 1}：{err.zh}", f"party {index + 1}: {err.en}",
                           field=f"parties[{index}].{err.field}")


def party_text_fields(p: PartyInput) -> list[tuple[str, str, TextKind, str]]:
    """(value, label, kind, field) of a party's free-text fields, for the text check."""
    K = TextKind
    return [(p.name, "姓名或名称", K.NAME, "name"), (p.id_number, "证件号码", K.SHORT, "id_number"),
            (p.ethnicity, "民族", K.SHORT, "ethnicity"), (p.occupation, "职业或职务", K.SHORT, "occupation"),
            (p.address, "住址或住所", K.ADDRESS, "address"), (p.legal_rep, "法定代表人", K.NAME, "legal_rep"),
            (p.legal_rep_title, "法定代表人职务", K.SHORT, "legal_rep_title"),
            (p.agent_name, "代理人", K.NAME, "agent_name"), (p.agent_authority, "代理权限", K.SHORT, "agent_authority")]


def check_party(p: PartyInput, *, today: date | None = None) -> PartyCheck:
    errors: list[ValidationError] = []
    notes: list[Notice] = []
    gender = birth = number = credit = tel = None
    if not p.name.strip():
        errors.append(ValidationError("请填写姓名或名称。", "name required", field="name"))
    errors.extend(text_errors(party_text_fields(p)))
    if p.kind == PartyKind.PERSON:
        if p.id_number.strip() and p.id_type == IdType.RESIDENT:
            try:
                chk = identity.validate_resident_id(p.id_number, today=today)
            except ValidationError as e:
                errors.append(e)
            else:
                number, gender, birth = chk.number, chk.gender, chk.birth_date
                notes.extend(chk.warnings)
                if p.gender and p.gender != gender:
                    errors.append(ValidationError(
                        "性别与身份证号不符（身份证号显示为{}）。".format("男" if gender == "male" else "女"),
                        "gender does not match the ID number", field="gender"))
                if p.birth_date and p.birth_date != birth:
                    errors.append(ValidationError(
                        f"出生日期与身份证号不符（身份证号显示为{birth:%Y年%m月%d日}）。",
                        "birth date does not match the ID number", field="birth_date"))
        elif p.id_number.strip():
            number = p.id_number.strip()
    elif p.kind == PartyKind.ORGANISATION:
        if p.credit_code.strip():
            try:
                credit = identity.validate_credit_code(p.credit_code)
            except ValidationError as e:
                errors.append(e)
        else:
            notes.append(Notice("未填写统一社会信用代码（个体工商户等可能没有）。",
                                "no unified social credit code (a sole trader may not have one)"))
    else:
        errors.append(ValidationError("当事人类型无效。", f"bad party kind {p.kind!r}", field="kind"))
    if p.phone.strip():
        try:
            tel = phone.validate_phone(p.phone).number
        except ValidationError as e:
            errors.append(e)
    if p.agent_phone.strip():
        try:
            phone.validate_phone(p.agent_phone)
        except ValidationError as e:
            errors.append(ValidationError("代理人" + e.zh, "agent " + e.en, field="agent_phone"))
    if p.agent_name.strip() and not p.power_of_attorney:
        notes.append(Notice("代理人需提交授权委托书。", "the agent must hand in a power of attorney"))
    return PartyCheck(tuple(errors), tuple(notes), gender, birth, number, credit, tel)


def parse_amount(value: str | Decimal | None) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        raise ValidationError("涉案金额应为数字，例如 30000 或 30000.50。", f"bad amount {value!r}",
                              field="amount") from None
    if amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError("涉案金额不能为负数，最多两位小数。", f"bad amount {value!r}", field="amount")
    if amount >= Decimal("1e14"):
        raise ValidationError("涉案金额过大，请核对。", f"amount too large {value!r}", field="amount")
    return amount


def next_case_number(session: Session, year: int) -> int:
    """Allocate the next number of the year inside the caller's (IMMEDIATE) transaction.

    The counter row is updated, not read-then-written, so concurrent writers serialise on
    the row lock and a rolled-back registration gives its number back: no gaps, no twins.
    """
    row = session.execute(update(CaseCounter).where(CaseCounter.year == year)
                          .values(last_n=CaseCounter.last_n + 1).returning(CaseCounter.last_n)).first()
    if row is not None:
        return int(row[0])
    session.add(CaseCounter(year=year, last_n=1))
    session.flush()
    return 1


class IntakeService(Service):
    def validate(self, inp: IntakeInput) -> tuple[list[ValidationError], list[PartyCheck], Decimal | None]:
        errors: list[ValidationError] = []
        if inp.source not in Source.__members__.values():
            errors.append(ValidationError("请选择来源渠道。", f"bad source {inp.source!r}", field="source"))
        if inp.category_code not in CATEGORY_BY_CODE:
            errors.append(ValidationError("请选择纠纷类型。", f"bad category {inp.category_code!r}",
                                          field="category_code"))
        if inp.demand_class not in DemandClass.__members__.values():
            errors.append(ValidationError("请选择诉求类别。", "bad demand class", field="demand_class"))
        if not inp.summary.strip():
            errors.append(ValidationError("请填写纠纷简要情况。", "summary required", field="summary"))
        errors.extend(text_errors([(inp.summary, "纠纷简要情况", TextKind.TEXT, "summary")]
                                  + [(c, f"请求事项{i + 1}", TextKind.LINE, f"claims[{i}]")
                                     for i, c in enumerate(inp.claims)]))
        amount = None
        try:
            amount = parse_amount(inp.amount)
        except ValidationError as e:
            errors.append(e)
        if not any(p.role == PartyRole.APPLICANT for p in inp.parties) and inp.source != Source.INITIATIVE:
            errors.append(ValidationError("至少需要一名申请人。", "at least one applicant", field="parties"))
        checks = [check_party(p, today=self.now().date()) for p in inp.parties]
        for i, chk in enumerate(checks):
            errors.extend(_prefixed(i, e) for e in chk.errors)
        return errors, checks, amount

    def repeat_visits(self, actor: Actor, id_numbers: list[str], *, exclude_case: str | None = None
                      ) -> list[RepeatVisit]:
        """Earlier cases of the same full ID numbers: only for the roles that register cases."""
        require(actor.role, Action.REGISTER_CASE)
        ids = [n.strip().upper() for n in id_numbers if n and n.strip()]
        if not ids:
            return []
        with self.db.read() as s:
            q = (select(Case.id, Case.number, Case.registered_at, Case.status, Party.name)
                 .join(Party, Party.case_id == Case.id).where(Party.id_number.in_(ids))
                 .order_by(Case.registered_at.desc()).limit(50))
            if exclude_case:
                q = q.where(Case.id != exclude_case)
            return [RepeatVisit(r[0], r[1], r[2], STATUS_LABELS[CaseStatus(r[3])], r[4]) for r in s.execute(q)]

    def preview_warning(self, actor: Actor, inp: IntakeInput) -> warnings.WarningResult:
        """What the early-warning rules say about the form as typed (shown live)."""
        ids = [p.id_number for p in inp.parties if p.id_number] if can(actor.role, Action.REGISTER_CASE) else []
        recent = [v for v in (self.repeat_visits(actor, ids) if ids else [])
                  if v.registered_at >= self.now() - timedelta(days=warnings.WarningRules().repeat_window_days)]
        try:
            amount = parse_amount(inp.amount)
        except ValidationError:
            amount = None
        return warnings.evaluate_warnings(warnings.WarningInput(
            text=" ".join([inp.summary, *inp.claims]), party_count=len(inp.parties),
            repeat_count=len(recent), amount=amount, counsellor_risk=None))

    def register(self, actor: Actor, inp: IntakeInput) -> Registered:
        require(actor.role, Action.REGISTER_CASE)
        errors, checks, amount = self.validate(inp)
        if errors:
            raise InvalidInput(errors)
        now = self.now()
        visits = self.repeat_visits(actor, [c.id_number or "" for c in checks])
        warn = self.preview_warning(actor, inp)
        with self.db.write() as s:
            station = s.scalars(select(Station)).one()
            year = now.astimezone().year
            n = next_case_number(s, year)
            number = casenumber.format_case_number(
                station.case_number_pattern, year=year, n=n, street=station.street,
                district=station.district, community=station.community, committee=station.committee_name)
            case = Case(station_id=station.id, number=number, year=year, seq=n, source=inp.source,
                        category_code=inp.category_code, demand_class=inp.demand_class,
                        summary=inp.summary.strip(), claims=[c.strip() for c in inp.claims if c.strip()],
                        amount=amount, status=CaseStatus.REGISTERED.value,
                        warning_level=warn.level.value, warning_reasons=[r.zh for r in warn.reasons],
                        consent_to_mediation=inp.consent_to_mediation, registered_by_id=actor.user_id or None,
                        registered_at=now)
            for i, (p, chk) in enumerate(zip(inp.parties, checks, strict=True)):
                case.parties.append(Party(
                    position=i, role=p.role, kind=p.kind, name=p.name.strip(),
                    id_type=p.id_type if p.kind == PartyKind.PERSON else None,
                    id_number=chk.id_number, credit_code=chk.credit_code,
                    gender=chk.gender or (p.gender or None), birth_date=chk.birth_date or p.birth_date,
                    ethnicity=p.ethnicity.strip(), occupation=p.occupation.strip(),
                    phone=chk.phone or "", address=p.address.strip(), legal_rep=p.legal_rep.strip(),
                    legal_rep_title=p.legal_rep_title.strip(), agent_name=p.agent_name.strip(),
                    agent_phone=p.agent_phone.strip(), agent_authority=p.agent_authority.strip(),
                    power_of_attorney=p.power_of_attorney))
            case.events.append(CaseEvent(at=now, actor_id=actor.user_id or None, kind="status",
                                         from_status=None, to_status=CaseStatus.REGISTERED.value,
                                         reason="登记诉求", detail={"warning": warn.level.value}))
            s.add(case)
            s.flush()
            search.index_case(s, case.id, search.document_text(
                number, case.summary, case.claims, [p.name for p in case.parties]))
            audit.append(s, actor=actor.audit_name, action="case_register", entity="case",
                         entity_id=case.id, detail={"number": number, "parties": len(case.parties)})
            party_notes = tuple(w.prefixed(f"当事人{i + 1}：", f"party {i + 1}: ")
                                for i, c in enumerate(checks) for w in c.warnings)
            return Registered(case.id, number, warn, tuple(visits), party_notes)

    def count_cases(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Case)) or 0)
