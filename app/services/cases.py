"""Case queries: the lazy list (ids, then rows on demand), search, detail, notes, unmasking."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain import identity
from app.domain.catalog import (
    CATEGORY_BY_CODE, DIMENSION_LABELS, PARTY_ROLE_LABELS, PATH_LABELS, SOURCE_LABELS,
    STATUS_LABELS, WARNING_LABELS, CaseStatus, Dimension, NoteTier, PartyRole, Path, Source,
    WarningLevel,
)
from app.domain.clocks import CaseTimes, Clock, evaluate_clocks
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.text import TextKind, check_text
from app.domain.warnings import reasons_for_role
from app.services.common import Actor, Service
from app.services.permissions import Action, can_read_note, can_write_note, readable_tiers, require
from app.services.routing import load_case
from app.storage import audit, search
from app.storage.models import (
    Agreement, Case, CaseEvent, FollowUp, MediationSession, Note, Party, Room, Staff, Station, new_id,
)

OPEN_STATUSES = frozenset(CaseStatus) - {CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.DECLINED}


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    category_code: str | None = None
    room_code: str | None = None
    warning_level: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    overdue_only: bool = False
    text: str = ""


SORT_COLUMNS = {
    "registered_at": Case.registered_at, "number": Case.year, "status": Case.status,
    "category": Case.category_code, "amount": Case.amount, "warning": Case.warning_level,
}  # each is followed by the case number (year, seq): ix_case_order_* cover these orders


ROW_COLUMNS = (Case.id, Case.number, Case.registered_at, Case.status, Case.category_code, Case.source,
               Case.summary, Case.room_id, Case.amount, Case.warning_level)
ROW_PARTY_COLUMNS = (Party.case_id, Party.role, Party.name, Party.id_number)


@dataclass(frozen=True)
class CaseRow:
    id: str
    number: str
    registered_at: datetime
    status: str
    status_label: str
    category_label: str
    source_label: str
    summary: str
    parties: str            # "申请人 张三 / 被申请人 某公司"
    masked_ids: str
    room: str
    amount: Decimal | None
    warning_level: str
    warning_label: str
    party_roles: tuple[tuple[str, str], ...] = ()   # (role label, name): `parties` in parts


@dataclass(frozen=True)
class PartyView:
    id: str
    role_label: str
    kind: str
    name: str
    masked_id: str
    credit_code: str
    gender: str
    birth_date: date | None
    ethnicity: str
    occupation: str
    phone: str
    address: str
    legal_rep: str
    legal_rep_title: str
    agent_name: str
    agent_authority: str
    power_of_attorney: bool


@dataclass(frozen=True)
class EventView:
    at: datetime
    actor: str
    kind: str
    from_label: str
    to_label: str
    reason: str


@dataclass(frozen=True)
class NoteView:
    id: str
    at: datetime
    author: str
    dimension_label: str
    tier: str
    body: str


@dataclass(frozen=True)
class SessionView:
    id: str
    seq: int
    started_at: datetime
    ended_at: datetime | None
    outcome: str | None
    minutes: int


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    category_code: str
    source: str
    demand_class: str
    claims: list[str]
    consent_to_mediation: bool
    path_label: str
    team: dict[str, str]
    warning_reasons: list[str]
    parties: list[PartyView]
    events: list[EventView]
    notes: list[NoteView]
    sessions: list[SessionView]
    agreements: list[tuple[str, int, str]]
    follow_ups: list[tuple[date, bool, str]]
    clocks: list[Clock]
    outcome_reason: str


@dataclass(frozen=True)
class DashboardItem:
    case_id: str
    number: str
    summary: str
    due_at: datetime | None = None
    detail: str = ""
    level: str = ""
    reasons: tuple[str, ...] = ()   # warning reasons as stored (Chinese); `detail` joins them


@dataclass
class Dashboard:
    today_registered: int = 0
    today_accepted: int = 0
    today_resolved: int = 0
    open_cases: int = 0
    awaiting_acceptance: list[DashboardItem] = field(default_factory=list)
    awaiting_feedback: list[DashboardItem] = field(default_factory=list)
    due_today: list[DashboardItem] = field(default_factory=list)
    mediation_expiring: list[DashboardItem] = field(default_factory=list)
    confirmation_closing: list[DashboardItem] = field(default_factory=list)
    follow_ups_due: list[DashboardItem] = field(default_factory=list)
    warnings: list[DashboardItem] = field(default_factory=list)


def _day_start(d: date) -> datetime:
    return datetime(d.year, d.month, d.day).astimezone()


def case_times(c: Case) -> CaseTimes:
    return CaseTimes(registered_at=c.registered_at, category_code=c.category_code, source=c.source,
                     accepted_at=c.accepted_at, first_feedback_at=c.first_feedback_at,
                     agreement_effective_on=c.agreement_effective_on, closed_at=c.closed_at,
                     mediation_extended_days=c.mediation_extended_days)


class CaseService(Service):
    # --- list -----------------------------------------------------------------------------
    def _filtered(self, s: Session, f: CaseFilter) -> Select:
        q = select(Case.id)
        if f.status:
            q = q.where(Case.status == f.status)
        if f.category_code:
            q = q.where(Case.category_code == f.category_code)
        if f.warning_level:
            q = q.where(Case.warning_level == f.warning_level)
        if f.room_code:
            q = q.join(Room, Room.id == Case.room_id).where(Room.code == f.room_code)
        if f.date_from:
            q = q.where(Case.registered_at >= _day_start(f.date_from))
        if f.date_to:
            q = q.where(Case.registered_at < _day_start(f.date_to + timedelta(days=1)))
        if f.overdue_only:
            q = q.where(self._overdue_clause(s))
        return search.restrict(q, s, f.text)

    def _overdue_clause(self, s: Session):  # noqa: ANN202
        station = s.scalars(select(Station)).first()
        now = self.now()
        accept_by = now - timedelta(minutes=station.accept_minutes if station else 30)
        period_start = now - timedelta(days=30)
        return or_(
            and_(Case.status == CaseStatus.REGISTERED.value, Case.registered_at < accept_by),
            and_(Case.status.in_([CaseStatus.ACCEPTED.value, CaseStatus.INVESTIGATING.value,
                                  CaseStatus.MEDIATING.value]), Case.accepted_at < period_start),
        )

    def list_ids(self, actor: Actor, f: CaseFilter = CaseFilter(), *, sort: str = "registered_at",
                 descending: bool = True, limit: int | None = None) -> list[str]:
        """Ids only, in order: the list model loads rows for what is on screen."""
        require(actor.role, Action.VIEW_CASES)
        col = SORT_COLUMNS.get(sort, Case.registered_at)
        with self.db.read() as s:
            order = [col, Case.year, Case.seq] if col is not Case.year else [Case.year, Case.seq]
            q = self._filtered(s, f).order_by(*(c.desc() if descending else c.asc() for c in order))
            if limit:
                q = q.limit(limit)
            return list(s.scalars(q))

    def count(self, actor: Actor, f: CaseFilter = CaseFilter()) -> int:
        require(actor.role, Action.VIEW_CASES)
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(self._filtered(s, f).subquery())) or 0)

    def rows(self, actor: Actor, ids: list[str]) -> list[CaseRow]:
        """Rows for the given ids, in the given order (ids not found are skipped)."""
        require(actor.role, Action.VIEW_CASES)
        if not ids:
            return []
        with self.db.read() as s:
            # Plain column rows, not ORM objects: the list asks for a page at a time while
            # scrolling, and these are all its columns need (`_row` reads them by name).
            cases = {c.id: c for c in s.execute(select(*ROW_COLUMNS).where(Case.id.in_(ids)))}
            parties: dict[str, list] = {}
            for p in s.execute(select(*ROW_PARTY_COLUMNS).where(Party.case_id.in_(ids)).order_by(Party.position)):
                parties.setdefault(p.case_id, []).append(p)
            rooms = {r.id: r.name for r in s.scalars(select(Room))}
            return [self._row(cases[i], parties.get(i, []), rooms) for i in ids if i in cases]

    @staticmethod
    def _row(c: Case, parties: list[Party], rooms: dict[str, str]) -> CaseRow:
        """A list row from a Case (or a row of ROW_COLUMNS) and its parties (or ROW_PARTY_COLUMNS)."""
        return CaseRow(
            id=c.id, number=c.number, registered_at=c.registered_at, status=c.status,
            status_label=STATUS_LABELS[CaseStatus(c.status)],
            category_label=CATEGORY_BY_CODE[c.category_code].label if c.category_code in CATEGORY_BY_CODE else c.category_code,
            source_label=SOURCE_LABELS.get(Source(c.source), c.source) if c.source in Source.__members__.values() else c.source,
            summary=c.summary,
            parties=" / ".join(f"{PARTY_ROLE_LABELS[PartyRole(p.role)]} {p.name}" for p in parties),
            masked_ids=" ".join(identity.mask_id(p.id_number) for p in parties if p.id_number),
            room=rooms.get(c.room_id or "", ""), amount=c.amount, warning_level=c.warning_level,
            warning_label=WARNING_LABELS[WarningLevel(c.warning_level)],
            party_roles=tuple((PARTY_ROLE_LABELS[PartyRole(p.role)], p.name) for p in parties))

    # --- detail ---------------------------------------------------------------------------
    def detail(self, actor: Actor, case_id: str) -> CaseDetail:
        require(actor.role, Action.VIEW_CASES)
        with self.db.write() as s:  # write: viewing a case is audited
            c = load_case(s, case_id)
            staff = {x.id: x.display_name for x in s.scalars(select(Staff))}
            rooms = {r.id: r.name for r in s.scalars(select(Room))}
            parties = list(c.parties)
            notes = self._visible_notes(s, actor, c.id)
            sessions = []
            for ms in s.scalars(select(MediationSession).where(MediationSession.case_id == c.id)
                                .order_by(MediationSession.seq)):
                sessions.append(SessionView(ms.id, ms.seq, ms.started_at, ms.ended_at, ms.outcome,
                                            int(((ms.ended_at or self.now()) - ms.started_at).total_seconds() // 60)))
            agreements = [(a.number, a.revision, a.status) for a in s.scalars(
                select(Agreement).where(Agreement.case_id == c.id).order_by(Agreement.revision))]
            follow = [(f.due_on, f.done_at is not None, f.notes) for f in s.scalars(
                select(FollowUp).where(FollowUp.case_id == c.id).order_by(FollowUp.due_on))]
            audit.append(s, actor=actor.audit_name, action="case_view", entity="case", entity_id=c.id)
            team_view = can_read_note(actor.role, NoteTier.TEAM)
            return CaseDetail(
                row=self._row(c, parties, rooms), category_code=c.category_code, source=c.source,
                demand_class=c.demand_class, claims=list(c.claims),
                consent_to_mediation=c.consent_to_mediation,
                path_label=PATH_LABELS[Path(c.path)] if c.path else "",
                team={k: staff.get(v or "", "") for k, v in (("调解员", c.mediator_id), ("律师", c.lawyer_id),
                                                            ("心理咨询师", c.counsellor_id)) if v},
                warning_reasons=reasons_for_role(list(c.warning_reasons), team=team_view),
                parties=[PartyView(p.id, PARTY_ROLE_LABELS[PartyRole(p.role)], p.kind, p.name,
                                   identity.mask_id(p.id_number) if p.id_number else "", p.credit_code or "",
                                   {"male": "男", "female": "女"}.get(p.gender or "", ""), p.birth_date,
                                   p.ethnicity, p.occupation, p.phone, p.address, p.legal_rep,
                                   p.legal_rep_title, p.agent_name, p.agent_authority, p.power_of_attorney)
                         for p in parties],
                events=[EventView(e.at, staff.get(e.actor_id or "", "系统"), e.kind,
                                  STATUS_LABELS[CaseStatus(e.from_status)] if e.from_status else "",
                                  STATUS_LABELS[CaseStatus(e.to_status)] if e.to_status else "",
                                  e.reason if e.kind != "warning" else reasons_for_role([e.reason], team=team_view)[0])
                        for e in c.events],
                notes=notes, sessions=sessions, agreements=agreements, follow_ups=follow,
                clocks=evaluate_clocks(case_times(c), self.now()), outcome_reason=c.outcome_reason)

    def unmask_id(self, actor: Actor, party_id: str) -> str:
        """The full ID number, for roles that need it; every unmasking is audited."""
        require(actor.role, Action.UNMASK_ID)
        with self.db.write() as s:
            p = s.get(Party, party_id)
            if p is None:
                raise ValidationError("找不到该当事人。", f"no party {party_id!r}")
            audit.append(s, actor=actor.audit_name, action="id_unmask", entity="party", entity_id=p.id,
                         detail={"case_id": p.case_id})
            return p.id_number or ""

    # --- notes ----------------------------------------------------------------------------
    def _visible_notes(self, s: Session, actor: Actor, case_id: str) -> list[NoteView]:
        tiers = [t.value for t in readable_tiers(actor.role)]
        if not tiers:
            return []
        from app.services import counselling

        staff = {x.id: x.display_name for x in s.scalars(select(Staff))}
        key = counselling.held(actor.user_id)
        q = select(Note).where(Note.case_id == case_id, Note.tier.in_(tiers)).order_by(Note.created_at)
        views = []
        for n in s.scalars(q):
            body = n.body
            if n.tier == NoteTier.COUNSELLOR_PRIVATE.value:
                if key is None:  # sealed: only a counsellor holding the counselling key reads it
                    continue
                body = counselling.open_text(key, n.body, counselling.record_aad(
                    "note", n.id, n.case_id, f"{n.dimension}.{n.field}"))
            views.append(NoteView(n.id, n.created_at, staff.get(n.author_id, ""),
                                  DIMENSION_LABELS[Dimension(n.dimension)], n.tier, body))
        if views:  # every read of note content is audited
            audit.append(s, actor=actor.audit_name, action="note_read", entity="case", entity_id=case_id,
                         detail={"notes": [v.id for v in views]})
        return views

    def notes(self, actor: Actor, case_id: str) -> list[NoteView]:
        with self.db.write() as s:
            c = load_case(s, case_id)
            views = self._visible_notes(s, actor, c.id)
            if any(v.tier == NoteTier.COUNSELLOR_PRIVATE for v in views):
                audit.append(s, actor=actor.audit_name, action="private_notes_view", entity="case",
                             entity_id=c.id)
            return views

    def add_note(self, actor: Actor, case_id: str, *, body: str, dimension: Dimension | str,
                 tier: NoteTier | str = NoteTier.TEAM, session_id: str | None = None) -> str:
        require(actor.role, Action.WRITE_NOTE)
        tier = NoteTier(tier)
        if not can_write_note(actor.role, tier):
            raise PermissionDenied("当前角色不能写入此类笔记。", f"{actor.role} may not write {tier} notes")
        if not body.strip():
            raise ValidationError("笔记内容不能为空。", "empty note", field="body")
        check_text(body, "笔记内容", TextKind.NOTE, field="body")
        with self.db.write() as s:
            c = load_case(s, case_id)
            n = Note(id=new_id(), case_id=c.id, session_id=session_id, author_id=actor.user_id,
                     dimension=Dimension(dimension).value, tier=tier.value, field="text", body=body.strip(),
                     created_at=self.now())
            if tier == NoteTier.COUNSELLOR_PRIVATE:
                from app.services import counselling

                n.body = counselling.seal_text(counselling.require_key(actor.user_id), n.body,
                                               counselling.record_aad("note", n.id, n.case_id, f"{n.dimension}.{n.field}"))
            s.add(n)
            s.flush()
            audit.append(s, actor=actor.audit_name, action="note_add", entity="note", entity_id=n.id,
                         detail={"case_id": c.id, "tier": tier.value})
            return n.id

    def can_read(self, actor: Actor, tier: NoteTier) -> bool:
        return can_read_note(actor.role, tier)

    # --- dashboard ------------------------------------------------------------------------
    def dashboard(self, actor: Actor, *, limit: int = 50) -> Dashboard:
        require(actor.role, Action.VIEW_CASES)
        now = self.now()
        today = _day_start(now.astimezone().date())
        d = Dashboard()
        team_view = can_read_note(actor.role, NoteTier.TEAM)
        with self.db.read() as s:
            station = s.scalars(select(Station)).first()
            accept_min = station.accept_minutes if station else 30
            feedback_h = station.feedback_hours if station else 4

            def cnt(*where) -> int:  # noqa: ANN002
                return int(s.scalar(select(func.count()).select_from(Case).where(*where)) or 0)

            d.today_registered = cnt(Case.registered_at >= today)
            d.today_accepted = cnt(Case.accepted_at >= today)
            d.today_resolved = int(s.scalar(select(func.count()).select_from(CaseEvent).where(
                CaseEvent.at >= today, CaseEvent.to_status.in_(
                    [CaseStatus.AGREED_WRITTEN.value, CaseStatus.AGREED_ORAL.value]))) or 0)
            d.open_cases = cnt(Case.status.in_([x.value for x in OPEN_STATUSES]))

            def items(q, due, detail=lambda c: "", level=lambda c: "",  # noqa: ANN001
                      reasons=lambda c: ()) -> list[DashboardItem]:  # noqa: ANN001
                return [DashboardItem(c.id, c.number, c.summary[:60], due(c), detail(c), level(c), reasons(c))
                        for c in s.scalars(q.limit(limit))]

            d.awaiting_acceptance = items(
                select(Case).where(Case.status == CaseStatus.REGISTERED.value).order_by(Case.registered_at),
                lambda c: c.registered_at + timedelta(minutes=accept_min))
            d.awaiting_feedback = items(
                select(Case).where(Case.first_feedback_at.is_(None),
                                   Case.status.notin_([CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value]))
                .order_by(Case.registered_at),
                lambda c: c.registered_at + timedelta(hours=feedback_h))
            active = [CaseStatus.ACCEPTED.value, CaseStatus.INVESTIGATING.value, CaseStatus.MEDIATING.value]
            horizon = now - timedelta(days=30) + timedelta(days=3)
            expiring = select(Case).where(Case.status.in_(active), Case.accepted_at < horizon).order_by(Case.accepted_at)
            d.mediation_expiring = [
                i for i in items(expiring, lambda c: next((k.due_at for k in evaluate_clocks(case_times(c), now)
                                                           if k.key.startswith("mediation")), None))
                if i.due_at is not None]
            d.due_today = [i for i in d.mediation_expiring + d.awaiting_feedback
                           if i.due_at and i.due_at.astimezone().date() == now.astimezone().date()]
            window_from = (now - timedelta(days=30)).date()
            d.confirmation_closing = items(
                select(Case).where(Case.agreement_effective_on.is_not(None),
                                   Case.agreement_effective_on >= window_from,
                                   Case.agreement_effective_on <= (now - timedelta(days=23)).date(),
                                   Case.status.in_([CaseStatus.AGREED_WRITTEN.value, CaseStatus.PERFORMING.value]))
                .order_by(Case.agreement_effective_on),
                lambda c: _day_start(c.agreement_effective_on + timedelta(days=30)))
            fu = s.execute(select(FollowUp, Case).join(Case, Case.id == FollowUp.case_id).where(
                FollowUp.done_at.is_(None), FollowUp.due_on <= now.date() + timedelta(days=1))
                .order_by(FollowUp.due_on).limit(limit)).all()
            d.follow_ups_due = [DashboardItem(c.id, c.number, c.summary[:60], _day_start(f.due_on))
                                for f, c in fu]
            for level in (WarningLevel.STRONG, WarningLevel.WEAK):  # strong first, newest first
                d.warnings += items(
                    select(Case).where(Case.warning_level == level.value,
                                       Case.status.in_([x.value for x in OPEN_STATUSES]))
                    .order_by(Case.registered_at.desc()),
                    lambda c: None, lambda c: "；".join(reasons_for_role(c.warning_reasons, team=team_view)),
                    lambda c: c.warning_level, lambda c: tuple(reasons_for_role(c.warning_reasons, team=team_view)))
            d.warnings = d.warnings[:limit]
        return d
