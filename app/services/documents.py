"""Documents of a case: map rows onto app.documents' input dataclasses, the agreement editor
(versions, structured terms, warnings), drawn signatures, the committee seal, and the record
of every issued PDF.

A signed or sealed agreement is never edited: `revise` makes a new revision with a reason
and the old one stays readable.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents import model as m
from app.documents.fingerprint import content_fingerprint
from app.documents.kinds import KINDS
from app.documents.render import agreement_warnings as _agreement_warnings
from app.documents.render import render as _render
from app.domain.catalog import (
    CATEGORY_BY_CODE, SOURCE_LABELS, IdType, NoteTier, PartyKind, PartyRole, Source,
)
from app.domain.errors import NotFound, Notice, ValidationError
from app.domain.lifecycle import TERMINATION_REASONS
from app.domain.session import OTHER_ROUTES_TEXT, SPEAKERS
from app.domain.text import TextKind, text_errors
from app.services.common import Actor, InvalidInput, Service
from app.services.permissions import Action, require
from app.services.routing import load_case
from app.storage import audit
from app.storage.models import (
    Agreement, Case, CaseEvent, FollowUp, IssuedDocument, MediationSession, MinutesEntry, Note,
    Party, Room, SignatureMark, Staff, Station,
)

BASIC_COURT = "深圳市罗湖区人民法院"


@dataclass
class TermInput:
    kind: str = m.TermKind.PAYMENT.value
    obligor: str = ""
    obligee: str = ""
    what: str = ""
    amount: str = ""
    deadline: date | None = None
    method: str = ""
    place: str = ""
    breach: str = ""


@dataclass
class AgreementInput:
    facts: str = ""
    disputed_matters: str = ""
    responsibilities: str = ""
    terms: list[TermInput] = field(default_factory=list)
    performance_manner: str = ""
    performance_place: str = ""
    performance_deadline: str = ""
    partial: bool = False
    status_matter: bool = False
    title_matter: bool = False


@dataclass(frozen=True)
class AgreementView:
    id: str
    case_id: str
    number: str
    revision: int
    status: str
    content: AgreementInput
    warnings: list[Notice]   # .zh / .en
    signatures: list[tuple[str, str, str]]   # (slot, role label, name) already signed
    slots: list[tuple[str, str, str]]        # (slot, role label, name) to be signed
    superseded: bool
    revision_reason: str
    sha256: str | None


@dataclass(frozen=True)
class IssuedPdf:
    kind: str
    number: str
    pdf: bytes
    sha256: str
    sealed: bool


def _age(birth: date | None, on: date) -> int | None:
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _amount(text: str, index: int) -> Decimal | None:
    if not str(text).strip():
        return None
    try:
        value = Decimal(str(text).replace(",", "").strip())
    except InvalidOperation:
        raise ValidationError(f"第{index}项条款的金额应为数字。", f"term {index}: bad amount {text!r}",
                              field=f"terms[{index - 1}].amount") from None
    if value <= 0 or value != value.quantize(Decimal("0.01")):
        raise ValidationError(f"第{index}项条款的金额应为正数，最多两位小数。", f"term {index}: bad amount",
                              field=f"terms[{index - 1}].amount")
    return value


def _terms(inputs: list[TermInput]) -> tuple[m.Term, ...]:
    return tuple(m.Term(kind=m.TermKind(t.kind), obligor=t.obligor.strip(), obligee=t.obligee.strip(),
                        what=t.what.strip(), amount=_amount(t.amount, i), deadline=t.deadline,
                        method=t.method.strip(), place=t.place.strip(), breach=t.breach.strip())
                 for i, t in enumerate(inputs, 1))


def _term_inputs(stored: list[dict]) -> list[TermInput]:
    out = []
    for t in stored:
        deadline = t.get("deadline")
        out.append(TermInput(kind=t.get("kind", "payment"), obligor=t.get("obligor", ""),
                             obligee=t.get("obligee", ""), what=t.get("what", ""), amount=str(t.get("amount") or ""),
                             deadline=date.fromisoformat(deadline) if deadline else None,
                             method=t.get("method", ""), place=t.get("place", ""), breach=t.get("breach", "")))
    return out


def _stored_terms(inputs: list[TermInput]) -> list[dict]:
    return [{"kind": t.kind, "obligor": t.obligor, "obligee": t.obligee, "what": t.what, "amount": t.amount,
             "deadline": t.deadline.isoformat() if t.deadline else None, "method": t.method, "place": t.place,
             "breach": t.breach} for t in inputs]


def agreement_text_fields(c: AgreementInput) -> list[tuple[str, str, TextKind, str]]:
    """(value, label, kind, field) of the agreement editor's texts, for the text check."""
    K = TextKind
    out = [(c.facts, "纠纷主要事实", K.TEXT, "facts"), (c.disputed_matters, "争议事项", K.TEXT, "disputed_matters"),
           (c.responsibilities, "各方当事人的责任", K.TEXT, "responsibilities"),
           (c.performance_manner, "履行方式", K.LINE, "performance_manner"),
           (c.performance_place, "履行地点", K.LINE, "performance_place"),
           (c.performance_deadline, "履行期限", K.LINE, "performance_deadline")]
    for i, t in enumerate(c.terms, 1):
        f = f"terms[{i - 1}]"
        out += [(t.obligor, f"第{i}项条款的义务人", K.NAME, f"{f}.obligor"),
                (t.obligee, f"第{i}项条款的权利人", K.NAME, f"{f}.obligee"),
                (t.what, f"第{i}项条款的内容", K.LINE, f"{f}.what"),
                (t.method, f"第{i}项条款的履行方式", K.LINE, f"{f}.method"),
                (t.place, f"第{i}项条款的履行地点", K.LINE, f"{f}.place"),
                (t.breach, f"第{i}项条款的违约责任", K.LINE, f"{f}.breach")]
    return out


class DocumentService(Service):
    @staticmethod
    def prepare() -> None:
        """Load the PDF engine, fonts and signing library ahead of the first document (about a
        second); thread-safe, and touches no data."""
        from app.documents import signing  # noqa: F401 - pyHanko, imported for later seals
        from app.documents.render import prepare

        prepare()

    def seal_agreement(self, actor: Actor, agreement_id: str) -> IssuedPdf:
        return _seal_agreement(self, SealService(self.db, self.now), actor, agreement_id)

    # --- mapping rows → document input ----------------------------------------------------
    def _station(self, s: Session) -> m.Station:
        st = s.scalars(select(Station)).one()
        return m.Station(name=st.name, committee_name=st.committee_name, address=st.address, phone=st.phone,
                         seal_text=f"{st.committee_name}", basic_court=st.settings.get("basic_court", BASIC_COURT))

    def _party(self, p: Party, on: date, *, full_id: bool) -> m.Party:
        from app.domain.identity import mask_id
        agent = m.Agent(name=p.agent_name, authority=p.agent_authority, phone=p.agent_phone) if p.agent_name else None
        return m.Party(
            role=PartyRole(p.role), name=p.name, kind=PartyKind(p.kind),
            gender={"male": "男", "female": "女"}.get(p.gender or "", ""), ethnicity=p.ethnicity,
            age=_age(p.birth_date, on), occupation=p.occupation, phone=p.phone, address=p.address,
            id_type=IdType(p.id_type) if p.id_type else None,
            id_number=(p.id_number or "") if full_id else mask_id(p.id_number or "") if p.id_number else "",
            legal_rep=p.legal_rep, legal_rep_title=p.legal_rep_title, credit_code=p.credit_code or "", agent=agent)

    def _case(self, s: Session, c: Case, on: date, *, full_id: bool = False) -> m.Case:
        staff = {x.id: x.display_name for x in s.scalars(select(Staff))}
        room = s.get(Room, c.room_id) if c.room_id else None
        mediator = staff.get(c.mediator_id or "", "")
        return m.Case(
            number=c.number, category=CATEGORY_BY_CODE[c.category_code].label if c.category_code in CATEGORY_BY_CODE else "",
            source=SOURCE_LABELS.get(Source(c.source), c.source) if c.source in Source.__members__.values() else c.source,
            summary=c.summary, parties=tuple(self._party(p, on, full_id=full_id) for p in c.parties),
            registered_on=c.registered_at.astimezone().date(), category_code=c.category_code, source_code=c.source,
            claims=tuple(c.claims), amount=c.amount,
            accepted_on=c.accepted_at.astimezone().date() if c.accepted_at else None,
            room=room.name if room else "", mediators=(mediator,) if mediator else (),
            recorder=staff.get(c.registered_by_id or "", "") or mediator,
            inviting_court=BASIC_COURT if c.source == Source.COURT.value else "")

    def _agreement_doc(self, s: Session, c: Case, a: Agreement, *, drawn: bool = True) -> m.Agreement:
        on = (a.effective_on or a.created_at.astimezone().date())
        case = self._case(s, c, on, full_id=True)
        signatures = self._signature_slots(s, c, a, case, with_png=drawn)
        return m.Agreement(
            station=self._station(s), case=case, number=self._agreement_number(a),
            signatures=signatures, facts=a.facts, disputed_matters=a.disputed_matters,
            responsibilities=a.responsibilities, terms=_terms(_term_inputs(a.terms)),
            performance_manner=a.performance, performance_place=a.performance_place,
            performance_deadline=a.performance_deadline, concluded_on=a.created_at.astimezone().date(),
            effective_on=a.effective_on, partial=a.partial, status_matter=a.status_matter,
            title_matter=a.title_matter)

    @staticmethod
    def _agreement_number(a: Agreement) -> str:
        return a.number if a.revision == 1 else f"{a.number}（第{a.revision}版）"

    def _slots(self, c: Case) -> list[tuple[str, str, str]]:
        from app.domain.catalog import PARTY_ROLE_LABELS
        slots = [(f"party:{p.id}", PARTY_ROLE_LABELS[PartyRole(p.role)], p.name) for p in c.parties]
        return slots + [("mediator", "人民调解员", ""), ("recorder", "记录人", "")]

    def _signature_slots(self, s: Session, c: Case, a: Agreement, case: m.Case, *,
                         with_png: bool) -> tuple[m.Signature, ...]:
        marks = {x.slot: x for x in s.scalars(select(SignatureMark).where(SignatureMark.agreement_id == a.id))}
        out = []
        for slot, role, name in self._slots(c):
            mark = marks.get(slot)
            is_party = slot.startswith("party:")
            if not name:
                name = (case.mediators[0] if case.mediators else "") if slot == "mediator" else case.recorder
            out.append(m.Signature(role=role, name=mark.name if mark else name,
                                   drawn_png=mark.png if (mark and with_png) else None,
                                   fingerprint=is_party, signed_on=mark.signed_at.astimezone().date() if mark else None))
        return tuple(out)

    def build(self, actor: Actor, kind: str, case_id: str, *, on: date | None = None,
              investigation_id: str | None = None) -> m.DocumentBase:
        """The document input for `kind`, from the case's current rows."""
        require(actor.role, Action.ISSUE_DOCUMENTS)
        if kind not in KINDS:
            raise ValidationError(f"未知的文书类型：{kind}", f"unknown document kind {kind!r}", field="kind")
        with self.db.read() as s:
            doc = self._build(s, kind, load_case(s, case_id), on or self.now().astimezone().date(),
                               investigation_id)
        full = _full_id_parties(doc)
        if full:  # a full ID number left the database in a document: audited like an unmasking
            with self.db.write() as s:
                audit.append(s, actor=actor.audit_name, action="document_full_id", entity="case", entity_id=case_id,
                             detail={"kind": kind, "parties": sorted(full)})
        return doc

    def _follow_up_doc(self, s: Session, c: Case, case: m.Case, base: dict) -> m.FollowUp:
        """回访记录 of the latest visit made: the agreement named by its own number; what the
        visit did not ask (court, escalation) stays blank."""
        from app.domain import follow_up as fu_rules
        fu = s.scalars(select(FollowUp).where(FollowUp.case_id == c.id, FollowUp.done_at.is_not(None))
                       .order_by(FollowUp.done_at.desc())).first()
        if fu is None:
            raise ValidationError("本案尚无已进行的回访，不能出具回访记录；请先在“回访”页记录回访。",
                                  "no visit made yet", field="kind")
        a = s.get(Agreement, fu.agreement_id) if fu.agreement_id else None
        if a is None:
            a = s.scalars(select(Agreement).where(Agreement.case_id == c.id, Agreement.status != "draft")
                          .order_by(Agreement.revision.desc())).first()
        if a is None:
            raise ValidationError("本案没有已签署的调解协议，回访记录无法写明协议编号。", "no agreement to name",
                                  field="kind")
        staff = s.get(Staff, fu.visitor_id) if fu.visitor_id else None
        yes_no = {True: "是", False: "否", None: ""}
        return m.FollowUp(case=case, visited_at=fu.done_at.astimezone(), visited=fu.party_name,
                          agreement_number=a.number,
                          matter=fu_rules.REASON_LABELS.get(fu.reason, "回访调解协议履行情况"),
                          method=fu_rules.METHODS.get(fu.method, ""),
                          performance=fu_rules.PERFORMANCE.get(fu.performance, ""),
                          satisfaction=fu.satisfaction, later_lawsuit=yes_no[fu.went_to_court],
                          risks={True: "有", False: "无", None: ""}[fu.escalated],
                          measures="；".join(x for x in (fu.measures, fu.notes) if x),
                          visitors=(staff.display_name,) if staff else ("回访人",), **base)

    def _build(self, s: Session, kind: str, c: Case, on: date, investigation_id: str | None = None
               ) -> m.DocumentBase:
        station = self._station(s)
        base = {"station": station, "number": c.number}
        if kind == "application":
            return m.Application(case=self._case(s, c, on, full_id=True), applied_on=c.registered_at.astimezone().date(), **base)
        case = self._case(s, c, on)
        if kind == "registration":
            return m.Registration(case=case, registrar=case.recorder or "登记人",
                                  accepted_on=(c.accepted_at or c.registered_at).astimezone().date(), **base)
        if kind == "notice":
            return m.RightsNotice(case=case, notified_on=(c.accepted_at or c.registered_at).astimezone().date(), **base)
        if kind == "investigation":
            from app.services.investigations import investigation_documents
            first, *more = investigation_documents(s, c, case, station, c.number, investigation_id)
            return replace(first, further=tuple(more))
        if kind == "record":
            ms = s.scalars(select(MediationSession).where(MediationSession.case_id == c.id)
                           .order_by(MediationSession.seq.desc())).first()
            if ms is None:
                raise ValidationError("本案尚无调解记录（话聊）。", "no session yet", field="kind")
            rows = list(s.scalars(select(MinutesEntry).where(MinutesEntry.session_id == ms.id).order_by(MinutesEntry.seq)))
            seq_of = {e.id: e.seq for e in rows}
            entries = [m.MinutesEntry(at=e.at.astimezone(), speaker=e.speaker_name or SPEAKERS.get(e.speaker, e.speaker),
                                      text=e.text + (f"（更正第{seq_of.get(e.corrects_id, '?')}条：{e.correction_reason}）"
                                                     if e.corrects_id else ""))
                       for e in rows]
            helpers = tuple(ms.state.get("participants", {}).get("helpers", []))
            from app.domain.session import OUTCOME_LABELS, Outcome
            return m.MediationRecord(case=case, started_at=ms.started_at.astimezone(),
                                     ended_at=ms.ended_at.astimezone() if ms.ended_at else None,
                                     place=case.room or station.name, matter=f"{case.category}（{c.summary[:30]}）",
                                     participants=helpers, entries=tuple(entries),
                                     outcome=OUTCOME_LABELS[Outcome(ms.outcome)] if ms.outcome else "", **base)
        if kind in ("agreement", "judicial-confirmation"):
            a = self._current_agreement(s, c.id, form="written")
            doc = self._agreement_doc(s, c, a)
            if kind == "agreement":
                return doc
            return m.JudicialConfirmation(case=doc.case, agreement=doc, applied_on=on, **base)
        if kind == "oral-agreement":
            a = self._current_agreement(s, c.id, form="oral")
            terms = _term_inputs(a.terms)
            return m.OralAgreement(case=case, agreed_on=a.effective_on or a.created_at.astimezone().date(),
                                   content="；".join(t.what for t in terms), performance=a.performance,
                                   registrar=case.mediators[0] if case.mediators else case.recorder, **base)
        if kind == "follow-up":
            return self._follow_up_doc(s, c, case, base)
        if kind == "termination":
            ev = s.scalars(select(CaseEvent).where(CaseEvent.case_id == c.id, CaseEvent.to_status == "terminated")
                           .order_by(CaseEvent.at.desc())).first()
            if ev is None:
                raise ValidationError("本案未终止调解，不能出具终止通知书。", "case not terminated", field="kind")
            code = (ev.detail or {}).get("reason_code", "")
            return m.Termination(case=case, terminated_on=ev.at.astimezone().date(),
                                 reason=TERMINATION_REASONS.get(code, ev.reason), reason_detail="" if code else "", **base)
        # case-file: everything the case has, in archive order (the renderer sorts)
        docs: list[m.DocumentBase] = []
        for sub in ("application", "registration", "notice", "record", "agreement", "oral-agreement",
                    "follow-up", "termination"):
            try:
                docs.append(self._build(s, sub, c, on))
            except (ValidationError, NotFound):
                continue  # the case has no such document
        from app.services.investigations import investigation_documents
        try:
            docs += investigation_documents(s, c, case, station, c.number)  # one part per investigation
        except ValidationError:
            pass  # none recorded
        dates = [e.at.astimezone().date() for e in c.events]
        first = c.parties[0].name if c.parties else ""
        other = c.parties[1].name if len(c.parties) > 1 else ""
        return m.CaseFile(case=case, title=f"{first}与{other}{case.category}" if other else f"{first}{case.category}",
                          mediation_from=min(dates) if dates else on, mediation_to=max(dates) if dates else on,
                          filed_by=case.recorder or "立卷人", filed_on=on, documents=tuple(docs),
                          paper_items=("当事人身份证明",), **base)

    # --- issuing --------------------------------------------------------------------------
    def render(self, actor: Actor, kind: str, case_id: str, *, for_wet_signature: bool = False,
               issued: bool = True, investigation_id: str | None = None) -> IssuedPdf:
        """Render (and record) a document. The agreement is sealed through `seal_agreement`.
        `investigation_id` prints that one investigation instead of all of the case's."""
        doc = self.build(actor, kind, case_id, investigation_id=investigation_id)
        pdf = _render(kind, doc, issued=issued, for_wet_signature=for_wet_signature)
        digest = hashlib.sha256(pdf).hexdigest()
        with self.db.write() as s:
            c = load_case(s, case_id)
            s.add(IssuedDocument(case_id=c.id, kind=kind, number=doc.number, sealed=False,
                                 for_wet_signature=for_wet_signature, sha256=digest,
                                 content_fingerprint=content_fingerprint(doc), pdf=pdf, issued_at=self.now(),
                                 issued_by_id=actor.user_id or None))
            audit.append(s, actor=actor.audit_name, action="document_issue", entity="case", entity_id=c.id,
                         detail={"kind": kind, "sha256": digest, "wet": for_wet_signature})
        return IssuedPdf(kind, doc.number, pdf, digest, False)

    def issued(self, actor: Actor, case_id: str) -> list[tuple[str, str, str, datetime, bool]]:
        """(id, kind, number, issued_at, sealed) of every PDF issued for the case."""
        require(actor.role, Action.VIEW_CASES)
        with self.db.read() as s:
            c = load_case(s, case_id)
            return [(d.id, d.kind, d.number, d.issued_at, d.sealed) for d in s.scalars(
                select(IssuedDocument).where(IssuedDocument.case_id == c.id).order_by(IssuedDocument.issued_at))]

    def issued_pdf(self, actor: Actor, document_id: str) -> IssuedPdf:
        """The stored bytes of an issued PDF (to preview, print or save again)."""
        require(actor.role, Action.ISSUE_DOCUMENTS)
        with self.db.read() as s:
            d = s.get(IssuedDocument, document_id)
            if d is None:
                raise NotFound("找不到该文书。", f"no issued document {document_id!r}")
            return IssuedPdf(d.kind, d.number, bytes(d.pdf), d.sha256, d.sealed)

    def find_issued(self, sha256: str) -> tuple[str, str, str] | None:
        """(case number, kind, document number) of an issued file with this SHA-256."""
        with self.db.read() as s:
            d = s.scalars(select(IssuedDocument).where(IssuedDocument.sha256 == sha256)).first()
            if d is None:
                return None
            c = s.get(Case, d.case_id)
            return (c.number if c else "", d.kind, d.number)

    # --- the agreement editor -------------------------------------------------------------
    def _current_agreement(self, s: Session, case_id: str, *, form: str) -> Agreement:
        a = s.scalars(select(Agreement).where(Agreement.case_id == case_id, Agreement.form == form)
                      .order_by(Agreement.revision.desc())).first()
        if a is None:
            raise ValidationError("本案尚无" + ("书面" if form == "written" else "口头") + "调解协议。",
                                  f"no {form} agreement", field="kind")
        return a

    def open_agreement(self, actor: Actor, case_id: str) -> AgreementView:
        """The case's current written agreement; made from the case and the session when new."""
        require(actor.role, Action.ISSUE_DOCUMENTS)
        with self.db.write() as s:
            c = load_case(s, case_id)
            a = s.scalars(select(Agreement).where(Agreement.case_id == c.id, Agreement.form == "written")
                          .order_by(Agreement.revision.desc())).first()
            if a is None:
                a = Agreement(case_id=c.id, number=c.number, form="written", terms=[], status="draft",
                              created_at=self.now(), created_by_id=actor.user_id or None)
                s.add(a)
            if not a.facts and a.status == "draft":
                self._prefill(s, c, a)
            s.flush()
            return self._view(s, c, a)

    def _prefill(self, s: Session, c: Case, a: Agreement) -> None:
        notes = {n.field: n.body for n in s.scalars(select(Note).where(
            Note.case_id == c.id, Note.tier == NoteTier.TEAM.value, Note.caucus_party_id.is_(None)))}
        a.facts = notes.get("agreed_facts") or c.summary
        a.disputed_matters = notes.get("disputed_points") or "；".join(c.claims)
        if not a.terms and c.amount and len(c.parties) >= 2:
            a.terms = _stored_terms([TermInput(obligor=c.parties[1].name, obligee=c.parties[0].name,
                                               what="款项", amount=str(c.amount))])

    def _view(self, s: Session, c: Case, a: Agreement) -> AgreementView:
        content = AgreementInput(facts=a.facts, disputed_matters=a.disputed_matters,
                                 responsibilities=a.responsibilities, terms=_term_inputs(a.terms),
                                 performance_manner=a.performance, performance_place=a.performance_place,
                                 performance_deadline=a.performance_deadline, partial=a.partial,
                                 status_matter=a.status_matter, title_matter=a.title_matter)
        try:
            warnings = _agreement_warnings(self._agreement_doc(s, c, a, drawn=False))
        except ValidationError as e:
            warnings = [Notice(e.zh, e.en)]
        marks = list(s.scalars(select(SignatureMark).where(SignatureMark.agreement_id == a.id)))
        newer = s.scalars(select(Agreement.id).where(Agreement.supersedes_id == a.id)).first()
        return AgreementView(a.id, c.id, self._agreement_number(a), a.revision, a.status, content, warnings,
                             [(x.slot, x.role_label, x.name) for x in marks], self._slots(c), newer is not None,
                             a.revision_reason, a.file_sha256)

    def agreement(self, actor: Actor, agreement_id: str) -> AgreementView:
        require(actor.role, Action.VIEW_CASES)
        with self.db.read() as s:
            a = s.get(Agreement, agreement_id)
            if a is None:
                raise NotFound("找不到该协议。", f"no agreement {agreement_id!r}")
            return self._view(s, s.get(Case, a.case_id), a)  # type: ignore[arg-type]

    def agreement_history(self, actor: Actor, case_id: str) -> list[AgreementView]:
        require(actor.role, Action.VIEW_CASES)
        with self.db.read() as s:
            c = load_case(s, case_id)
            return [self._view(s, c, a) for a in s.scalars(select(Agreement).where(
                Agreement.case_id == c.id, Agreement.form == "written").order_by(Agreement.revision))]

    def save_agreement(self, actor: Actor, agreement_id: str, content: AgreementInput) -> AgreementView:
        require(actor.role, Action.ISSUE_DOCUMENTS)
        _terms(content.terms)  # validates amounts before anything is written
        errors = text_errors(agreement_text_fields(content))
        if errors:
            raise InvalidInput(errors)
        with self.db.write() as s:
            a = s.get(Agreement, agreement_id)
            if a is None:
                raise NotFound("找不到该协议。", f"no agreement {agreement_id!r}")
            if a.status != "draft":
                raise ValidationError("协议已有人签署，不能修改；如需更正，请新建版本并说明原因。",
                                      "signed agreements are never edited", field="agreement")
            a.facts, a.disputed_matters, a.responsibilities = content.facts, content.disputed_matters, content.responsibilities
            a.terms = _stored_terms(content.terms)
            a.performance, a.performance_place = content.performance_manner, content.performance_place
            a.performance_deadline, a.partial = content.performance_deadline, content.partial
            a.status_matter, a.title_matter = content.status_matter, content.title_matter
            audit.append(s, actor=actor.audit_name, action="agreement_edit", entity="agreement", entity_id=a.id)
            return self._view(s, s.get(Case, a.case_id), a)  # type: ignore[arg-type]

    def revise(self, actor: Actor, agreement_id: str, reason: str) -> AgreementView:
        """A correction of a signed agreement: a new draft revision; the old one stays as it was."""
        require(actor.role, Action.ISSUE_DOCUMENTS)
        if not reason.strip():
            raise ValidationError("请填写更正原因。", "revision reason required", field="reason")
        with self.db.write() as s:
            old = s.get(Agreement, agreement_id)
            if old is None:
                raise NotFound("找不到该协议。", f"no agreement {agreement_id!r}")
            if old.status == "draft":
                raise ValidationError("草稿可直接修改，无需新建版本。", "draft needs no revision", field="agreement")
            new = Agreement(case_id=old.case_id, number=old.number, revision=old.revision + 1, supersedes_id=old.id,
                            revision_reason=reason.strip(), form=old.form, partial=old.partial, facts=old.facts,
                            disputed_matters=old.disputed_matters, responsibilities=old.responsibilities,
                            terms=list(old.terms), performance=old.performance,
                            performance_place=old.performance_place, performance_deadline=old.performance_deadline,
                            status_matter=old.status_matter, title_matter=old.title_matter, status="draft",
                            created_at=self.now(), created_by_id=actor.user_id or None)
            s.add(new)
            s.flush()
            audit.append(s, actor=actor.audit_name, action="agreement_revise", entity="agreement", entity_id=new.id,
                         detail={"supersedes": old.id, "reason": reason.strip()})
            return self._view(s, s.get(Case, new.case_id), new)  # type: ignore[arg-type]

    # --- signatures and the seal ----------------------------------------------------------
    def add_signature(self, actor: Actor, agreement_id: str, slot: str, strokes: list[list[list[float]]],
                      *, name: str = "") -> None:
        """A signature drawn on screen: keep the stroke points (x, y, t_ms, pressure) and an image."""
        require(actor.role, Action.ISSUE_DOCUMENTS)
        if not strokes or sum(len(st) for st in strokes) < 2:
            raise ValidationError("签名为空，请重新签写。", "empty signature", field="signature")
        with self.db.write() as s:
            a = s.get(Agreement, agreement_id)
            if a is None:
                raise NotFound("找不到该协议。", f"no agreement {agreement_id!r}")
            if a.status == "sealed":
                raise ValidationError("协议已加盖印章，不能再签名。", "agreement already sealed", field="signature")
            c = s.get(Case, a.case_id)
            slots = {k: (role, n) for k, role, n in self._slots(c)}  # type: ignore[arg-type]
            if slot not in slots:
                raise ValidationError("未知的签名栏。", f"unknown slot {slot!r}", field="signature")
            role, default_name = slots[slot]
            if not default_name:  # the mediator's and recorder's names come from the case team
                team = self._case(s, c, self.now().date())  # type: ignore[arg-type]
                default_name = (team.mediators[0] if team.mediators else "") if slot == "mediator" else team.recorder
            for old in s.scalars(select(SignatureMark).where(SignatureMark.agreement_id == a.id,
                                                             SignatureMark.slot == slot)):
                s.delete(old)
            s.add(SignatureMark(case_id=a.case_id, agreement_id=a.id, slot=slot, role_label=role,
                                name=name or default_name or role, strokes=strokes, png=strokes_to_png(strokes),
                                signed_at=self.now(), captured_by_id=actor.user_id or None))
            a.status = "signing"  # content is frozen once anyone has signed it
            audit.append(s, actor=actor.audit_name, action="signature_add", entity="agreement", entity_id=a.id,
                         detail={"slot": slot, "points": sum(len(st) for st in strokes)})


def strokes_to_png(strokes: list[list[list[float]]], *, width: int = 600, height: int = 200) -> bytes:
    """Draw the strokes (x, y in widget pixels; pressure 0..1) into a transparent PNG."""
    from PIL import Image, ImageDraw
    xs = [p[0] for st in strokes for p in st]
    ys = [p[1] for st in strokes for p in st]
    min_x, min_y = min(xs), min(ys)
    span = max(max(xs) - min_x, (max(ys) - min_y) * 3, 1.0)
    scale = (width - 20) / span
    img = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    for st in strokes:
        pts = [(10 + (p[0] - min_x) * scale, 10 + (p[1] - min_y) * scale) for p in st]
        pressure = [p[3] if len(p) > 3 and p[3] else 0.5 for p in st]
        for (a, b), pr in zip(zip(pts, pts[1:], strict=False), pressure[1:], strict=False):
            draw.line([a, b], fill=(20, 20, 60, 255), width=max(2, int(2 + 5 * pr)))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()



# --- the station's seal certificate and trust list -----------------------------------------------
SEAL_KEYRING_PREFIX = "seal-"


class SealService(Service):
    """The committee's signing certificate: a PKCS#12 whose passphrase lives in the OS keychain
    (or, on a machine without one, inside the encrypted database), and the trust list."""

    @staticmethod
    def forget_keys() -> None:
        """Drop the opened station key kept between seals (the screen locked, the user left)."""
        import sys

        signing = sys.modules.get("app.documents.signing")  # nothing to forget if never loaded
        if signing is not None:
            signing.forget_signers()

    def _settings(self, s: Session) -> tuple[Station, dict]:
        st = s.scalars(select(Station)).one()
        return st, dict(st.settings or {})

    def create_certificate(self, *, p12: bytes | None = None, passphrase: bytes | None = None) -> str:
        """Make a self-signed station certificate (or install an imported CA-issued PKCS#12).

        Returns the certificate's SHA-256 fingerprint."""
        import base64
        import secrets

        from app.documents import signing
        from app.storage import keys
        with self.db.write() as s:
            st, settings = self._settings(s)
            if p12 is None:
                passphrase = secrets.token_urlsafe(24).encode()
                from app.services.exchange import ExchangeService
                p12 = signing.create_station_certificate(st.committee_name, st.name, passphrase,
                                                         serial_number=ExchangeService.station_code_of(st))
            elif passphrase is None:
                raise ValidationError("请提供证书口令。", "PKCS#12 passphrase required", field="passphrase")
            signing.load_station_signer(p12, passphrase)  # refuse an unusable file before storing it
            seal = {"p12": base64.b64encode(p12).decode()}
            if keys.keychain_status().usable:
                account = SEAL_KEYRING_PREFIX + st.id
                import keyring
                keyring.set_password(keys.SERVICE, account, passphrase.decode("latin-1"))
                seal["passphrase_in"] = "keyring"
                seal["account"] = account
            else:  # the database is itself encrypted with the station key
                seal["passphrase_in"] = "database"
                seal["passphrase"] = passphrase.decode("latin-1")
            own = signing.certificate_der(p12, passphrase)
            trusted = [t for t in settings.get("trusted_certs", []) if t != base64.b64encode(own).decode()]
            settings["seal"] = seal
            settings["trusted_certs"] = [base64.b64encode(own).decode(), *trusted]
            st.settings = settings
            fingerprint = signing.certificate_fingerprint(own)
            audit.append(s, actor="init" if p12 is None else "admin", action="seal_certificate",
                         entity="station", entity_id=st.id, detail={"sha256": fingerprint})
            return fingerprint

    def signer_material(self) -> tuple[bytes, bytes, str]:
        """(PKCS#12, passphrase, seal text) for sealing."""
        import base64

        import keyring

        from app.storage import keys
        with self.db.read() as s:
            st, settings = self._settings(s)
            seal = settings.get("seal")
            if not seal:
                raise ValidationError("尚未配置调解委员会印章证书。", "no station certificate", field="seal")
            if seal["passphrase_in"] == "keyring":
                if not keys.keychain_status().usable:
                    raise ValidationError("系统钥匙串不可用，无法读取印章证书口令。", "keychain unavailable", field="seal")
                pw = keyring.get_password(keys.SERVICE, seal["account"])
                if pw is None:
                    raise ValidationError("钥匙串中找不到印章证书口令。", "seal passphrase missing", field="seal")
            else:
                pw = seal["passphrase"]
            return base64.b64decode(seal["p12"]), pw.encode("latin-1"), st.committee_name

    def trusted_certificates(self) -> list[bytes]:
        import base64
        with self.db.read() as s:
            _, settings = self._settings(s)
            return [base64.b64decode(t) for t in settings.get("trusted_certs", [])]

    def trust(self, actor: Actor, cert: bytes) -> str:
        """Trust another station's certificate (DER or PEM) for `verify`."""
        import base64

        from app.documents import signing
        require(actor.role, Action.MANAGE_STATION)
        der = signing.certificate_der(cert)
        with self.db.write() as s:
            st, settings = self._settings(s)
            entry = base64.b64encode(der).decode()
            if entry not in settings.get("trusted_certs", []):
                settings["trusted_certs"] = [*settings.get("trusted_certs", []), entry]
                st.settings = settings
            audit.append(s, actor=actor.audit_name, action="trust_certificate", entity="station", entity_id=st.id,
                         detail={"sha256": signing.certificate_fingerprint(der)})
        return signing.certificate_fingerprint(der)

    def verify(self, pdf: bytes, extra_trusted: list[bytes] | None = None):  # noqa: ANN201 - VerifyResult
        from app.documents.signing import verify_pdf
        return verify_pdf(pdf, self.trusted_certificates() + list(extra_trusted or []))


def _seal_agreement(svc: DocumentService, seal: SealService, actor: Actor, agreement_id: str) -> IssuedPdf:
    """Render the agreement with every human mark, then one committee seal over the whole file."""
    from app.documents.signing import seal_pdf
    require(actor.role, Action.ISSUE_DOCUMENTS)
    p12, passphrase, seal_text = seal.signer_material()
    with svc.db.read() as s:
        a = s.get(Agreement, agreement_id)
        if a is None:
            raise NotFound("找不到该协议。", f"no agreement {agreement_id!r}")
        if a.status == "sealed":
            raise ValidationError("该协议已盖章。", "already sealed", field="agreement")
        c = s.get(Case, a.case_id)
        marks = {x.slot for x in s.scalars(select(SignatureMark).where(SignatureMark.agreement_id == a.id))}
        missing = [role + (name and f"（{name}）") for slot, role, name in svc._slots(c) if slot not in marks]  # type: ignore[arg-type]
        if missing:
            raise ValidationError("以下签名尚未完成，不能盖章：" + "、".join(missing) + "。",
                                  f"missing signatures: {missing}", field="signature")
        today = svc.now().astimezone().date()
        a.effective_on = today  # detached copy for rendering; stored below
        doc = svc._agreement_doc(s, c, a)  # type: ignore[arg-type]
        warnings = _agreement_warnings(doc)
    pdf = seal_pdf(_render("agreement", doc), p12, passphrase, seal_text=seal_text,
                   location=doc.station.address or doc.station.name)
    digest = hashlib.sha256(pdf).hexdigest()
    with svc.db.write() as s:
        a = s.get(Agreement, agreement_id)
        c = s.get(Case, a.case_id)  # type: ignore[union-attr]
        a.status, a.effective_on, a.file_sha256, a.pdf = "sealed", today, digest, pdf  # type: ignore[union-attr]
        c.agreement_effective_on = today  # type: ignore[union-attr]
        s.add(IssuedDocument(case_id=c.id, kind="agreement", number=doc.number, agreement_id=a.id, sealed=True,  # type: ignore[union-attr]
                             sha256=digest, content_fingerprint=content_fingerprint(doc), pdf=pdf,
                             issued_at=svc.now(), issued_by_id=actor.user_id or None))
        s.add(CaseEvent(case_id=c.id, at=svc.now(), actor_id=actor.user_id or None, kind="document",  # type: ignore[union-attr]
                        reason=f"人民调解协议书（{doc.number}）已签署并加盖调解委员会印章，自{today:%Y年%m月%d日}起生效",
                        detail={"sha256": digest, "warnings": [w.zh for w in warnings]}))
        audit.append(s, actor=actor.audit_name, action="agreement_seal", entity="agreement", entity_id=a.id,  # type: ignore[union-attr]
                     detail={"sha256": digest})
    return IssuedPdf("agreement", doc.number, pdf, digest, True)


def _full_id_parties(doc: object, seen: set[int] | None = None) -> set[str]:
    """Names of the parties whose full (unmasked) ID number a built document carries."""
    import dataclasses

    seen = seen if seen is not None else set()
    if id(doc) in seen:
        return set()
    seen.add(id(doc))
    out: set[str] = set()
    if isinstance(doc, m.Party):
        if doc.id_number and "*" not in doc.id_number:
            out.add(doc.name)
        return out
    if dataclasses.is_dataclass(doc):
        for f in dataclasses.fields(doc):
            out |= _full_id_parties(getattr(doc, f.name), seen)
    elif isinstance(doc, (list, tuple)):
        for x in doc:
            out |= _full_id_parties(x, seen)
    return out
