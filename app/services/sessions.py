"""The 话聊 session: start with participants and recusal, stages and checklists, the three
panels with their confidentiality, minutes, caucus, screening, outcomes and resume.

Panel writes take the *panel actor*: the professional who unlocked that panel with their
own PIN on the shared room PC (AuthService.unlock_panel), not whoever is logged in.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import lifecycle
from app.domain import session as rules
from app.domain.catalog import CaseStatus, NoteTier, Role, WarningLevel
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.text import TextKind, check_text
from app.domain.warnings import SAFETY_ALERT
from app.services import counselling
from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.services.routing import load_case
from app.storage import audit
from app.storage.models import (
    Agreement, Case, CaseEvent, MediationSession, MinutesEntry, Note, Party, Room, Staff, new_id,
)

# Which professional writes which panel.
PANEL_ROLES: dict[str, frozenset[Role]] = {
    "emotion": frozenset({Role.COUNSELLOR}),
    "reason": frozenset({Role.MEDIATOR, Role.LEGAL_SPECIALIST}),
    "law": frozenset({Role.LAWYER}),
}
STARTABLE = frozenset({CaseStatus.ACCEPTED, CaseStatus.INVESTIGATING, CaseStatus.MEDIATING})


@dataclass
class Participants:
    party_ids: list[str] = field(default_factory=list)        # parties present
    agents: list[str] = field(default_factory=list)           # agents present (names)
    helpers: list[str] = field(default_factory=list)          # invited helpers, "姓名（关系）"
    mediator_id: str | None = None
    lawyer_id: str | None = None
    counsellor_id: str | None = None
    room_code: str | None = None
    public: bool = False                                      # a party's right (人民调解法 art 23)
    # Professionals related to a party: (staff_id, party_id, relation). Needs replacement or waiver.
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    waiver_recorded: bool = False


@dataclass(frozen=True)
class MinutesLine:
    id: str
    seq: int
    at: datetime
    speaker: str
    speaker_label: str
    text: str
    corrects_seq: int | None
    correction_reason: str


@dataclass(frozen=True)
class SessionState:
    id: str
    case_id: str
    case_number: str
    seq: int
    stage: rules.Stage
    checks: dict[str, bool]
    gate_missing: list[str]
    fields: dict[str, str]               # "dimension.key" → text, only what the viewer may read
    minutes: list[MinutesLine]
    minutes_closed: bool
    started_at: datetime
    ended_at: datetime | None
    outcome: str | None
    stage_seconds: dict[str, float]
    participants: dict
    caucus: list[tuple[str, str, str]]   # (party name, dimension label, text) — team only
    counsellor_present: bool
    # "dimension.party_id" → text of the caucus (背靠背) note, so an editor can reload it.
    caucus_fields: dict[str, str] = field(default_factory=dict)
    risk_level: str = ""                 # the counsellor's rating (low/medium/high), "" if none
    # "dimension.key" → [(author name, text)] of the other authors' versions of that field:
    # a colleague's change is a version beside the author's, never an overwrite.
    versions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    sealed_locked: bool = False          # counsellor notes exist but this viewer holds no key
    safety_alert: bool = False           # a screening calls for a safety assessment now


@dataclass(frozen=True)
class StartOptions:
    """What the start-of-session form defaults to: the case's assigned team and room."""
    case_id: str
    case_number: str
    status: str
    source: str
    mediator_id: str | None
    lawyer_id: str | None
    counsellor_id: str | None
    room_code: str | None


def _load(s: Session, session_id: str) -> MediationSession:
    ms = s.get(MediationSession, session_id)
    if ms is None:
        raise NotFound("找不到该调解会话。", f"no session {session_id!r}")
    return ms


def _note_aad(note: Note) -> bytes:
    """A sealed note's identity: its bytes open only in this row of this case and field."""
    return counselling.record_aad("note", note.id, note.case_id, f"{note.dimension}.{note.field}")


def check_panel_actor(panel_actor: Actor, dimension: str) -> None:
    """Raise PermissionDenied unless `panel_actor`'s role writes the `dimension` panel."""
    _check_panel_actor(panel_actor, dimension)


def _check_panel_actor(panel_actor: Actor, dimension: str) -> None:
    if dimension not in PANEL_ROLES:
        raise ValidationError("未知的记录面板。", f"unknown panel {dimension!r}", field="panel")
    if panel_actor.role not in PANEL_ROLES[dimension]:
        raise PermissionDenied(f"该面板只能由{rules.PANEL_LABELS[dimension].split(' · ')[1]}解锁填写。",
                               f"role {panel_actor.role} may not write panel {dimension}")


# Who may fill each host slot of a session (issue 10 item 6): a reception clerk cannot host.
HOST_ROLES: dict[str, tuple[frozenset[Role], str]] = {
    "mediator": (frozenset({Role.MEDIATOR, Role.LEGAL_SPECIALIST}), "主持调解员"),
    "lawyer": (frozenset({Role.LAWYER}), "律师"),
    "counsellor": (frozenset({Role.COUNSELLOR}), "心理咨询师"),
}


def _check_hosts(s: Session, p: Participants) -> None:
    for slot, (roles, label) in HOST_ROLES.items():
        staff_id = getattr(p, f"{slot}_id")
        if not staff_id:
            continue
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active or Role(staff.role) not in roles:
            raise ValidationError(f"所选{label}的账号角色不符或已停用。",
                                  f"{slot} slot needs an active {'/'.join(sorted(roles))} account", field=slot)


class SessionService(Service):
    # --- start and resume -----------------------------------------------------------------
    def start(self, actor: Actor, case_id: str, p: Participants) -> str:
        require(actor.role, Action.RUN_SESSION)
        with self.db.write() as s:
            case = load_case(s, case_id)
            if CaseStatus(case.status) not in STARTABLE:
                raise ValidationError("只有已受理或调解中的案件才能开始话聊。",
                                      f"case status {case.status} cannot start a session", field="case")
            if not p.party_ids:
                raise ValidationError("请选择到场的当事人。", "no party present", field="parties")
            known = {x.id for x in case.parties}
            if not set(p.party_ids) <= known:
                raise ValidationError("到场当事人不属于本案。", "party not in case", field="parties")
            chosen = {p.mediator_id, p.lawyer_id, p.counsellor_id} - {None}
            related = [c for c in p.conflicts if c[0] in chosen]
            if related and not p.waiver_recorded:
                names = "、".join(s.get(Staff, c[0]).display_name for c in related)  # type: ignore[union-attr]
                raise ValidationError(
                    f"{names}与当事人存在利害关系，应当回避：请更换人员，或记录当事人对回避的书面放弃。",
                    "a professional related to a party was chosen without a waiver", field="recusal")
            if not p.mediator_id:
                raise ValidationError("请指定主持调解员。", "mediator required", field="mediator")
            _check_hosts(s, p)
            seq = int(s.scalar(select(func.count()).select_from(MediationSession)
                               .where(MediationSession.case_id == case.id)) or 0) + 1
            now = self.now()
            ms = MediationSession(
                case_id=case.id, seq=seq, public=p.public, stage=rules.Stage.PREPARE.value, started_at=now,
                state={"participants": {**p.__dict__, "conflicts": [list(c) for c in p.conflicts]},
                       "checks": {}, "timings": {rules.Stage.PREPARE.value: 0.0},
                       "stage_entered_at": now.isoformat()})
            s.add(ms)
            s.flush()
            if case.status != CaseStatus.MEDIATING.value:
                lifecycle.check_transition(case.status, CaseStatus.MEDIATING)
                s.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.user_id or None, kind="status",
                                from_status=case.status, to_status=CaseStatus.MEDIATING.value,
                                reason=f"开始第{seq}次话聊调解"))
                case.status = CaseStatus.MEDIATING.value
            s.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.user_id or None, kind="session",
                            reason=f"第{seq}次话聊开始（{'公开' if p.public else '不公开'}调解）",
                            detail={"session_id": ms.id}))
            audit.append(s, actor=actor.audit_name, action="session_start", entity="session", entity_id=ms.id,
                         detail={"case_id": case.id, "waiver": p.waiver_recorded})
            return ms.id

    def start_options(self, actor: Actor, case_id: str) -> StartOptions:
        """Defaults for the start form: the team and room assigned when the case was routed."""
        require(actor.role, Action.RUN_SESSION)
        with self.db.read() as s:
            case = load_case(s, case_id)
            room = s.get(Room, case.room_id) if case.room_id else None
            return StartOptions(case.id, case.number, case.status, case.source, case.mediator_id,
                                case.lawyer_id, case.counsellor_id, room.code if room else None)

    def open_sessions(self, actor: Actor) -> list[tuple[str, str, str, datetime, str]]:
        """Sessions not finished (after a crash, offer to resume):
        (id, case number, stage, started, the case's summary)."""
        require(actor.role, Action.RUN_SESSION)
        with self.db.read() as s:
            q = (select(MediationSession.id, Case.number, MediationSession.stage, MediationSession.started_at,
                        Case.summary)
                 .join(Case, Case.id == MediationSession.case_id).where(MediationSession.ended_at.is_(None))
                 .order_by(MediationSession.started_at.desc()))
            return [(r[0], r[1], r[2], r[3], r[4]) for r in s.execute(q)]

    def state(self, actor: Actor, session_id: str) -> SessionState:
        require(actor.role, Action.RUN_SESSION)
        with self.db.read() as s:
            ms = _load(s, session_id)
            case = s.get(Case, ms.case_id)
            private_ok = actor.role == Role.COUNSELLOR
            key = counselling.held(actor.user_id) if private_ok else None
            fields: dict[str, str] = {}
            authors: dict[str, str] = {}
            versions: dict[str, list[tuple[str, str]]] = {}
            caucus: list[tuple[str, str, str]] = []
            caucus_fields: dict[str, str] = {}
            sealed_locked = False
            read_ids: list[str] = []
            party_names = {p.id: p.name for p in s.scalars(select(Party).where(Party.case_id == ms.case_id))}
            names = {r[0]: r[1] for r in s.execute(select(Staff.id, Staff.display_name))}
            for n in s.scalars(select(Note).where(Note.session_id == ms.id).order_by(Note.created_at)):
                body = n.body
                if n.tier == NoteTier.COUNSELLOR_PRIVATE.value:
                    if not private_ok:
                        continue
                    if key is None:
                        sealed_locked = True
                        continue
                    body = counselling.open_text(key, n.body, _note_aad(n))
                read_ids.append(n.id)
                if n.caucus_party_id:
                    caucus.append((party_names.get(n.caucus_party_id, ""), n.dimension, body))
                    caucus_fields[f"{n.dimension}.{n.caucus_party_id}"] = body
                    continue
                slot = f"{n.dimension}.{n.field}"
                if slot in fields and authors[slot] == actor.user_id and n.author_id != actor.user_id:
                    versions.setdefault(slot, []).append((names.get(n.author_id, ""), body))
                    continue
                if slot in fields:  # the viewer's own version, else the newest, leads
                    versions.setdefault(slot, []).append((names.get(authors[slot], ""), fields[slot]))
                fields[slot], authors[slot] = body, n.author_id
            st = dict(ms.state)
            checks = dict(st.get("checks", {}))
            counsellor = bool(st.get("participants", {}).get("counsellor_id"))
            result = SessionState(
                id=ms.id, case_id=ms.case_id, case_number=case.number if case else "", seq=ms.seq,
                stage=rules.Stage(ms.stage), checks=checks,
                gate_missing=rules.gate_problems(checks, counsellor_present=counsellor), fields=fields,
                minutes=self._minutes(s, ms.id), minutes_closed=ms.minutes_closed_at is not None,
                started_at=ms.started_at, ended_at=ms.ended_at, outcome=ms.outcome,
                stage_seconds=self._timings(ms), participants=st.get("participants", {}), caucus=caucus,
                counsellor_present=counsellor, caucus_fields=caucus_fields,
                risk_level=str(st.get("risk_level", "")), versions=versions, sealed_locked=sealed_locked,
                safety_alert=bool(st.get("safety_alert")) and private_ok)
        if read_ids:  # every read of note content is audited
            self._audit_read(actor, result.id, result.case_id, read_ids)
        return result

    def _audit_read(self, actor: Actor, session_id: str, case_id: str, note_ids: list[str]) -> None:
        with self.db.write() as s:
            audit.append(s, actor=actor.audit_name, action="note_read", entity="session", entity_id=session_id,
                         detail={"case_id": case_id, "notes": note_ids})

    def _timings(self, ms: MediationSession) -> dict[str, float]:
        timings = dict(ms.state.get("timings", {}))
        if ms.ended_at is None and ms.state.get("stage_entered_at"):
            entered = datetime.fromisoformat(ms.state["stage_entered_at"])
            timings[ms.stage] = timings.get(ms.stage, 0.0) + (self.now() - entered).total_seconds()
        return timings

    # --- stages and checklists ------------------------------------------------------------
    def _writable(self, ms: MediationSession) -> None:
        if ms.ended_at is not None:
            raise ValidationError("本次调解已结束，不能再修改。", "session already finished", field="session")

    def set_check(self, actor: Actor, session_id: str, stage: rules.Stage | str, item: str, value: bool) -> None:
        require(actor.role, Action.RUN_SESSION)
        stage = rules.Stage(stage)
        if item not in dict(rules.CHECKLISTS[stage]):
            raise ValidationError("未知的核对事项。", f"unknown checklist item {item!r}", field=item)
        with self.db.write() as s:
            ms = _load(s, session_id)
            self._writable(ms)
            state = dict(ms.state)
            state["checks"] = {**state.get("checks", {}), item: bool(value)}
            ms.state = state
            if stage == rules.Stage.OPENING and value:
                audit.append(s, actor=actor.audit_name, action="session_notice", entity="session",
                             entity_id=ms.id, detail={"item": item})

    def enter_stage(self, actor: Actor, session_id: str, stage: rules.Stage | str) -> None:
        require(actor.role, Action.RUN_SESSION)
        stage = rules.Stage(stage)
        with self.db.write() as s:
            ms = _load(s, session_id)
            self._writable(ms)
            state = dict(ms.state)
            rules.check_can_enter(stage, state.get("checks", {}),
                                  counsellor_present=bool(state.get("participants", {}).get("counsellor_id")))
            now = self.now()
            state["timings"] = self._timings(ms)
            state["stage_entered_at"] = now.isoformat()
            ms.state = state
            ms.stage = stage.value

    # --- panels ---------------------------------------------------------------------------
    def save_field(self, panel_actor: Actor, session_id: str, dimension: str, key: str, text: str,
                   *, caucus_party_id: str | None = None) -> None:
        """Store one panel field (called within a second of the last keystroke)."""
        _check_panel_actor(panel_actor, dimension)
        spec = rules.panel_field(dimension, key) if caucus_party_id is None else rules.PanelField(key, "背靠背")
        tier = NoteTier.COUNSELLOR_PRIVATE if spec.private else NoteTier.TEAM
        check_text(text, spec.label, TextKind.NOTE, field=f"{dimension}.{key}")
        with self.db.write() as s:
            ms = _load(s, session_id)
            self._writable(ms)
            # Panel notes are substantive work: only after the notice and consents are recorded.
            rules.check_can_enter(rules.Stage.REASON, ms.state.get("checks", {}),
                                  counsellor_present=bool(ms.state.get("participants", {}).get("counsellor_id")))
            # Each author owns their own version of a field; a colleague's change is a new one.
            q = select(Note).where(Note.session_id == ms.id, Note.dimension == dimension, Note.field == key,
                                   Note.author_id == panel_actor.user_id)
            q = q.where(Note.caucus_party_id == caucus_party_id) if caucus_party_id else q.where(
                Note.caucus_party_id.is_(None))
            note = s.scalars(q).first()
            sealed_key = counselling.require_key(panel_actor.user_id) if tier == NoteTier.COUNSELLOR_PRIVATE else None
            action = ""
            if note is None:
                note = Note(id=new_id(), case_id=ms.case_id, session_id=ms.id, author_id=panel_actor.user_id,
                            dimension=dimension, tier=tier.value, field=key, caucus_party_id=caucus_party_id,
                            body="", created_at=self.now())
                s.add(note)
                action = "note_save"
            current = (counselling.open_text(sealed_key, note.body, _note_aad(note)) if sealed_key and note.body
                       else note.body)
            if current != text or (sealed_key and not counselling.is_sealed(note.body)):
                note.body = counselling.seal_text(sealed_key, text, _note_aad(note)) if sealed_key else text
                action = action or "note_change"
            if action:
                s.flush()
                audit.append(s, actor=panel_actor.audit_name, action=action, entity="note", entity_id=note.id,
                             detail={"case_id": ms.case_id, "session_id": ms.id, "field": f"{dimension}.{key}",
                                     "tier": tier.value})
            if key == "team_summary" and text.strip():
                state = dict(ms.state)
                state["checks"] = {**state.get("checks", {}), "summary_published": True}
                ms.state = state

    def set_risk_level(self, panel_actor: Actor, session_id: str, level: str) -> None:
        """The counsellor's risk rating; high raises a strong early warning on the case."""
        _check_panel_actor(panel_actor, "emotion")
        if level not in rules.RISK_LEVELS:
            raise ValidationError("风险等级应为低、中或高。", f"bad risk level {level!r}", field="risk_level")
        with self.db.write() as s:
            ms = _load(s, session_id)
            state = dict(ms.state)
            state["risk_level"] = level
            ms.state = state
            case = s.get(Case, ms.case_id)
            if level in ("medium", "high") and case is not None:
                self._raise_warning(s, panel_actor, case, WarningLevel.STRONG if level == "high" else WarningLevel.WEAK,
                                    f"心理风险评估：{rules.RISK_LEVELS[level]}")

    def screen(self, panel_actor: Actor, session_id: str, scale: str, answers: list[int]) -> rules.ScreeningResult:
        _check_panel_actor(panel_actor, "emotion")
        result = rules.score_phq9(answers) if scale == "phq9" else rules.score_gad7(answers)
        key = counselling.require_key(panel_actor.user_id)
        with self.db.write() as s:
            ms = _load(s, session_id)
            note = Note(id=new_id(), case_id=ms.case_id, session_id=ms.id, author_id=panel_actor.user_id,
                        dimension="emotion", tier=NoteTier.COUNSELLOR_PRIVATE.value, field=scale, body="",
                        created_at=self.now())
            note.body = counselling.seal_text(key, f"{result.message}（各项：{','.join(map(str, answers))}）",
                                              _note_aad(note))
            s.add(note)
            s.flush()
            audit.append(s, actor=panel_actor.audit_name, action="note_save", entity="note", entity_id=note.id,
                         detail={"case_id": ms.case_id, "session_id": ms.id, "field": f"emotion.{scale}",
                                 "tier": NoteTier.COUNSELLOR_PRIVATE.value})
            if result.alert:
                # The case and its team learn that a safety assessment is needed now, never the
                # answers; reception and administrators see only that the case needs attention.
                state = dict(ms.state)
                state["safety_alert"] = True
                ms.state = state
                case = s.get(Case, ms.case_id)
                if case is not None:
                    self._raise_warning(s, panel_actor, case, WarningLevel.STRONG, SAFETY_ALERT)
        return result

    def _raise_warning(self, s: Session, actor: Actor, case: Case, level: WarningLevel, reason: str) -> None:
        order = {WarningLevel.NONE.value: 0, WarningLevel.WEAK.value: 1, WarningLevel.STRONG.value: 2}
        if order[level.value] > order[case.warning_level]:
            case.warning_level = level.value
        if reason not in case.warning_reasons:
            case.warning_reasons = [*case.warning_reasons, reason]
        s.add(CaseEvent(case_id=case.id, at=self.now(), actor_id=actor.user_id or None, kind="warning",
                        reason=reason, detail={"level": level.value}))
        audit.append(s, actor=actor.audit_name, action="warning_raised", entity="case", entity_id=case.id,
                     detail={"level": level.value})

    # --- minutes --------------------------------------------------------------------------
    def _minutes(self, s: Session, session_id: str) -> list[MinutesLine]:
        rows = list(s.scalars(select(MinutesEntry).where(MinutesEntry.session_id == session_id)
                              .order_by(MinutesEntry.seq)))
        seq_of = {r.id: r.seq for r in rows}
        return [MinutesLine(r.id, r.seq, r.at, r.speaker, r.speaker_name or rules.SPEAKERS.get(r.speaker, r.speaker),
                            r.text, seq_of.get(r.corrects_id or ""), r.correction_reason) for r in rows]

    def add_minutes(self, actor: Actor, session_id: str, speaker: str, text: str, *, speaker_name: str = "") -> str:
        require(actor.role, Action.RUN_SESSION)
        if speaker not in rules.SPEAKERS:
            raise ValidationError("请选择发言人。", f"unknown speaker {speaker!r}", field="speaker")
        check_text(text, "笔录内容", TextKind.NOTE, field="text")
        check_text(speaker_name, "发言人姓名", TextKind.NAME, field="speaker_name")
        with self.db.write() as s:
            ms = _load(s, session_id)
            self._writable(ms)
            if ms.minutes_closed_at is not None:
                raise ValidationError("笔录已宣读确认并关闭；如需更正，请添加更正记录并说明原因。",
                                      "minutes closed", field="minutes")
            seq = int(s.scalar(select(func.max(MinutesEntry.seq)).where(MinutesEntry.session_id == ms.id)) or 0) + 1
            e = MinutesEntry(session_id=ms.id, seq=seq, at=self.now(), speaker=speaker, speaker_name=speaker_name,
                             text=text, author_id=actor.user_id or None)
            s.add(e)
            s.flush()
            audit.append(s, actor=actor.audit_name, action="minutes_add", entity="minutes", entity_id=e.id,
                         detail={"session_id": ms.id, "case_id": ms.case_id, "seq": seq})
            return e.id

    def edit_minutes(self, actor: Actor, entry_id: str, text: str) -> None:
        require(actor.role, Action.RUN_SESSION)
        check_text(text, "笔录内容", TextKind.NOTE, field="text")
        with self.db.write() as s:
            e = s.get(MinutesEntry, entry_id)
            if e is None:
                raise NotFound("找不到该笔录条目。", f"no minutes entry {entry_id!r}")
            ms = _load(s, e.session_id)
            if ms.minutes_closed_at is not None:
                raise ValidationError("笔录已关闭，不能直接修改；请添加更正记录并说明原因。",
                                      "minutes closed", field="minutes")
            if e.text != text:
                e.text = text
                audit.append(s, actor=actor.audit_name, action="minutes_edit", entity="minutes", entity_id=e.id,
                             detail={"session_id": ms.id, "case_id": ms.case_id, "seq": e.seq})

    def correct_minutes(self, actor: Actor, entry_id: str, text: str, reason: str) -> str:
        """After closing, a change is a new entry that names the one it corrects and why."""
        require(actor.role, Action.RUN_SESSION)
        if not reason.strip():
            raise ValidationError("请填写更正原因。", "correction reason required", field="reason")
        check_text(text, "笔录内容", TextKind.NOTE, field="text")
        check_text(reason, "更正原因", TextKind.LINE, field="reason")
        with self.db.write() as s:
            old = s.get(MinutesEntry, entry_id)
            if old is None:
                raise NotFound("找不到该笔录条目。", f"no minutes entry {entry_id!r}")
            seq = int(s.scalar(select(func.max(MinutesEntry.seq)).where(MinutesEntry.session_id == old.session_id)) or 0) + 1
            e = MinutesEntry(session_id=old.session_id, seq=seq, at=self.now(), speaker=old.speaker,
                             speaker_name=old.speaker_name, text=text, corrects_id=old.id,
                             correction_reason=reason.strip(), author_id=actor.user_id or None)
            s.add(e)
            s.flush()
            audit.append(s, actor=actor.audit_name, action="minutes_correct", entity="minutes", entity_id=e.id,
                         detail={"corrects": old.id})
            return e.id

    def close_minutes(self, actor: Actor, session_id: str, *, read_back_confirmed: bool) -> None:
        require(actor.role, Action.RUN_SESSION)
        if not read_back_confirmed:
            raise ValidationError("关闭笔录前，请向当事人宣读并确认。", "read-back not confirmed", field="minutes")
        with self.db.write() as s:
            ms = _load(s, session_id)
            if not s.scalar(select(func.count()).select_from(MinutesEntry).where(MinutesEntry.session_id == ms.id)):
                raise ValidationError("笔录为空，无法关闭。", "empty minutes", field="minutes")
            ms.minutes_closed_at = self.now()
            state = dict(ms.state)
            state["checks"] = {**state.get("checks", {}), "minutes_read_back": True}
            ms.state = state
            audit.append(s, actor=actor.audit_name, action="minutes_close", entity="session", entity_id=ms.id)

    # --- outcome --------------------------------------------------------------------------
    def finish(self, actor: Actor, session_id: str, outcome: rules.Outcome | str, *, reason_code: str = "",
               detail: str = "", next_date: date | None = None, terms: list[dict] | None = None,
               oral_content: str = "", effective_on: date | None = None, referral_kind: str = "",
               three_in_place: dict[str, str] | None = None) -> None:
        require(actor.role, Action.CHANGE_STATUS)
        outcome = rules.Outcome(outcome)
        with self.db.write() as s:
            ms = _load(s, session_id)
            self._writable(ms)
            case = s.get(Case, ms.case_id)
            assert case is not None
            now = self.now()
            info: dict = {"outcome": outcome.value}
            reason = rules.OUTCOME_LABELS[outcome]
            if outcome == rules.Outcome.ADJOURNED:
                if next_date is None or next_date < now.date():
                    raise ValidationError("请填写下次调解日期（不早于今天）。", "next date required", field="next_date")
                info["next_date"] = next_date.isoformat()
                reason += f"，下次调解：{next_date:%Y年%m月%d日}"
            elif outcome == rules.Outcome.NO_AGREEMENT:
                lifecycle.check_reason(CaseStatus.TERMINATED, reason_code, detail)
                info["reason_code"] = reason_code
                info["other_routes"] = rules.OTHER_ROUTES_TEXT
                reason = f"{lifecycle.TERMINATION_REASONS[reason_code]}。{detail}".rstrip("。") + "。已告知其他救济途径。"
            elif outcome == rules.Outcome.REFERRAL:
                if referral_kind not in lifecycle.REFERRAL_KINDS:
                    raise ValidationError("请选择转介途径。", f"bad referral {referral_kind!r}", field="referral")
                info["referral"] = referral_kind
                reason = f"转介：{lifecycle.REFERRAL_KINDS[referral_kind]}。{detail}".rstrip("。") + "。"
            elif outcome == rules.Outcome.ORAL:
                if not oral_content.strip():
                    raise ValidationError("请记录口头协议内容（人民调解法第二十八条）。", "oral content required",
                                          field="oral_content")
                eff = effective_on or now.astimezone().date()
                case.agreement_effective_on = eff
                s.add(Agreement(case_id=case.id, number=case.number, form="oral", facts=case.summary,
                                terms=[{"what": oral_content.strip()}], status="effective", effective_on=eff,
                                created_by_id=actor.user_id or None, created_at=now))
            else:  # written, full or partial: the agreed terms wait for the agreement editor
                if not terms:
                    raise ValidationError("请至少填写一项协议条款。", "terms required", field="terms")
                s.add(Agreement(case_id=case.id, number=case.number, form="written",  # facts: editor prefills
                                partial=outcome == rules.Outcome.PARTIAL, terms=terms,
                                status="draft", created_by_id=actor.user_id or None, created_at=now))
            if case.source == "petition" and outcome != rules.Outcome.ADJOURNED:
                missing = [label for key, label in rules.THREE_IN_PLACE if not (three_in_place or {}).get(key, "").strip()]
                if missing:
                    raise ValidationError("信访来源案件结案前须完成“三到位一处理”审查：" + "、".join(missing) + "。",
                                          "three-in-place review incomplete", field="three_in_place")
                info["three_in_place"] = three_in_place
            to = rules.OUTCOME_STATUS[outcome]
            if to is not None:
                lifecycle.check_transition(case.status, to)
                s.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.user_id or None, kind="status",
                                from_status=case.status, to_status=to.value, reason=reason, detail=info))
                case.status = to.value
                if to in lifecycle.REASON_REQUIRED:
                    case.outcome_reason = reason
            else:
                s.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.user_id or None, kind="session",
                                reason=reason, detail=info))
            state = dict(ms.state)
            state["timings"] = self._timings(ms)
            state["checks"] = {**state.get("checks", {}), "result_recorded": True}
            ms.state = state
            ms.stage = rules.Stage.RESULT.value
            ms.outcome = outcome.value
            ms.outcome_detail = info
            ms.ended_at = now
            audit.append(s, actor=actor.audit_name, action="session_finish", entity="session", entity_id=ms.id,
                         detail={"outcome": outcome.value})
