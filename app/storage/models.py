"""SQLAlchemy 2 typed declarative models: the one schema of the product.

Ids are UUID strings (stable across stations and the district). Rows that travel to the
district carry `version` (bumped on every update) and `updated_at`.
"""
from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData, Numeric,
    String, Text, TypeDecorator, UniqueConstraint, event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Stores UTC; returns timezone-aware UTC datetimes on every backend (SQLite drops tz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware values")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):  # noqa: ANN001
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict: JSON, list: JSON}


class Synced:
    """Mixin for rows exported to the district: a version and an update time."""

    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


@event.listens_for(Base, "before_update", propagate=True)
def _bump_version(mapper, connection, target) -> None:  # noqa: ANN001
    if isinstance(target, Synced):
        target.version = (target.version or 0) + 1


class Station(Base):
    __tablename__ = "station"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    district: Mapped[str] = mapped_column(String(100))
    street: Mapped[str] = mapped_column(String(100))
    community: Mapped[str] = mapped_column(String(100), default="")
    committee_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    case_number_pattern: Mapped[str] = mapped_column(String(200))
    accept_minutes: Mapped[int] = mapped_column(Integer, default=30)
    feedback_hours: Mapped[int] = mapped_column(Integer, default=4)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    settings: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Room(Base):
    __tablename__ = "room"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"))
    code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (UniqueConstraint("station_id", "code"),)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    licence_number: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    last_login_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CaseCounter(Base):
    """Gap-free case numbers: incremented inside the transaction that inserts the case."""

    __tablename__ = "case_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_n: Mapped[int] = mapped_column(Integer, default=0)


class Case(Synced, Base):
    __tablename__ = "case_record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"))
    number: Mapped[str] = mapped_column(String(100), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(32))
    category_code: Mapped[str] = mapped_column(String(8))
    demand_class: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    claims: Mapped[list] = mapped_column(default=list)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    status: Mapped[str] = mapped_column(String(32))
    warning_level: Mapped[str] = mapped_column(String(16), default="none")
    warning_reasons: Mapped[list] = mapped_column(default=list)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("room.id"))
    path: Mapped[str | None] = mapped_column(String(32))
    mediator_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    lawyer_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    counsellor_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    consent_to_mediation: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)
    accepted_at: Mapped[datetime | None] = mapped_column()
    first_feedback_at: Mapped[datetime | None] = mapped_column()
    mediation_extended_days: Mapped[int] = mapped_column(Integer, default=0)
    agreement_effective_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column()
    outcome_reason: Mapped[str] = mapped_column(Text, default="")

    parties: Mapped[list[Party]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Party.position")
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvent.at")

    __table_args__ = (
        # Covering indexes for the list's sort orders (column, then the case number, then id): the list reads
        # ids only, so SQLite never touches (and decrypts) the table pages for 100,000 rows.
        Index("ix_case_order_registered", "registered_at", "year", "seq", "id"),
        Index("ix_case_order_number", "year", "seq", "id"),
        Index("ix_case_order_status", "status", "year", "seq", "id"),
        Index("ix_case_order_category", "category_code", "year", "seq", "id"),
        Index("ix_case_order_amount", "amount", "year", "seq", "id"),
        Index("ix_case_order_warning", "warning_level", "year", "seq", "id"),
        # The dashboard's queues.
        Index("ix_case_accepted", "accepted_at"),
        Index("ix_case_status_accepted", "status", "accepted_at"),
        Index("ix_case_feedback", "first_feedback_at", "registered_at"),
        Index("ix_case_effective", "agreement_effective_on", "status"),
        Index("ix_case_status_cat_reg", "status", "category_code", "registered_at"),
        Index("ix_case_category_reg", "category_code", "registered_at"),
        Index("ix_case_warning", "warning_level", "registered_at"),
        UniqueConstraint("year", "seq", name="uq_case_year_seq"),
    )


class Party(Synced, Base):
    __tablename__ = "party"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    id_type: Mapped[str | None] = mapped_column(String(16))
    id_number: Mapped[str | None] = mapped_column(String(32), index=True)
    credit_code: Mapped[str | None] = mapped_column(String(18))
    gender: Mapped[str | None] = mapped_column(String(8))
    birth_date: Mapped[date | None] = mapped_column(Date)
    ethnicity: Mapped[str] = mapped_column(String(32), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    legal_rep: Mapped[str] = mapped_column(String(100), default="")
    legal_rep_title: Mapped[str] = mapped_column(String(100), default="")
    agent_name: Mapped[str] = mapped_column(String(100), default="")
    agent_phone: Mapped[str] = mapped_column(String(32), default="")
    agent_authority: Mapped[str] = mapped_column(String(200), default="")  # 代理权限 (特别授权/一般代理)
    power_of_attorney: Mapped[bool] = mapped_column(Boolean, default=False)
    case: Mapped[Case] = relationship(back_populates="parties")

    __table_args__ = (Index("ix_party_stats", "case_id", "kind", "id_number"),)  # statistics load (0009)


class CaseEvent(Base):
    """Every state change of a case: who, when, from, to, why."""

    __tablename__ = "case_event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(32))  # status, routing, assignment, note, ...
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict] = mapped_column(default=dict)
    case: Mapped[Case] = relationship(back_populates="events")

    __table_args__ = (Index("ix_case_event_at", "at", "to_status"),)


class MediationSession(Synced, Base):
    __tablename__ = "mediation_session"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=1)
    room_id: Mapped[str | None] = mapped_column(ForeignKey("room.id"))
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    stage: Mapped[str] = mapped_column(String(32), default="prepare")
    state: Mapped[dict] = mapped_column(default=dict)  # stage checklists, timings, participants
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column()
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_detail: Mapped[dict] = mapped_column(default=dict)
    minutes_closed_at: Mapped[datetime | None] = mapped_column()


class Note(Synced, Base):
    __tablename__ = "note"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("mediation_session.id", ondelete="CASCADE"))
    author_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    dimension: Mapped[str] = mapped_column(String(16))
    tier: Mapped[str] = mapped_column(String(32))
    caucus_party_id: Mapped[str | None] = mapped_column(ForeignKey("party.id"))
    field: Mapped[str] = mapped_column(String(64), default="text")
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MinutesEntry(Synced, Base):
    __tablename__ = "minutes_entry"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(ForeignKey("mediation_session.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    speaker: Mapped[str] = mapped_column(String(32))
    speaker_name: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("minutes_entry.id"))
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class Agreement(Synced, Base):
    __tablename__ = "agreement"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"))
    revision_reason: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(16), default="written")  # written / oral
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    facts: Mapped[str] = mapped_column(Text, default="")
    disputed_matters: Mapped[str] = mapped_column(Text, default="")
    responsibilities: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[list] = mapped_column(default=list)
    performance: Mapped[str] = mapped_column(Text, default="")          # 履行方式
    performance_place: Mapped[str] = mapped_column(Text, default="")
    performance_deadline: Mapped[str] = mapped_column(Text, default="")
    status_matter: Mapped[bool] = mapped_column(Boolean, default=False)  # marriage/parentage/adoption
    title_matter: Mapped[bool] = mapped_column(Boolean, default=False)   # title to property / IP
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft / signed / sealed
    effective_on: Mapped[date | None] = mapped_column(Date)
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_agreement_stats", "status", "created_at", "case_id", "form"),)  # 0009


class FollowUp(Synced, Base):
    __tablename__ = "follow_up"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column()
    visitor_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    party_name: Mapped[str] = mapped_column(String(200), default="")
    performance: Mapped[str] = mapped_column(String(32), default="")  # full / partial / none
    satisfaction: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # 0009: the visit itself (app/services/follow_ups.py)
    agreement_id: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(32), default="rule")  # rule / deadline
    method: Mapped[str] = mapped_column(String(16), default="")      # phone / visit / in_person
    went_to_court: Mapped[bool | None] = mapped_column(Boolean)
    escalated: Mapped[bool | None] = mapped_column(Boolean)
    measures: Mapped[str] = mapped_column(Text, default="")
    waived_reason: Mapped[str] = mapped_column(Text, default="")
    reminded_at: Mapped[datetime | None] = mapped_column()
    recorded_at: Mapped[datetime | None] = mapped_column()

    __table_args__ = (Index("ix_follow_up_open_due", "done_at", "due_on"),
                      Index("ix_follow_up_done", "done_at", "case_id", "performance"))  # 0009


class AuditEvent(Base):
    """Append-only, hash-chained. Triggers (in the migration) refuse UPDATE and DELETE."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ExportBatch(Base):
    __tablename__ = "export_batch"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    since: Mapped[datetime | None] = mapped_column()
    until: Mapped[datetime] = mapped_column()
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column()
    # 0008: the exchange with the district (app/services/exchange.py)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    previous_id: Mapped[str | None] = mapped_column(String(36))
    counts: Mapped[dict] = mapped_column(default=dict)
    manifest: Mapped[list] = mapped_column(default=list)   # [[type, id, version], ...] and tombstone ids
    receipt: Mapped[dict | None] = mapped_column(JSON)


class ExchangeAck(Base):
    """The version of each record the district has acknowledged (a receipt named its bundle)."""

    __tablename__ = "exchange_ack"
    record_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    bundle_seq: Mapped[int] = mapped_column(Integer)


class ExchangeTombstone(Base):
    """A deleted exported record, sent until a receipt acknowledges it."""

    __tablename__ = "exchange_tombstone"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    record_type: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36))
    deleted_at: Mapped[datetime] = mapped_column(default=utcnow)
    acked_seq: Mapped[int | None] = mapped_column(Integer, index=True)


EXCHANGED_TABLES = {"case_record": "case", "party": "party", "agreement": "agreement", "follow_up": "follow_up"}


@event.listens_for(Base, "after_delete", propagate=True)
def _tombstone(mapper, connection, target) -> None:  # noqa: ANN001
    kind = EXCHANGED_TABLES.get(getattr(target, "__tablename__", ""))
    if kind is not None:
        connection.execute(ExchangeTombstone.__table__.insert().values(
            id=new_id(), record_type=kind, record_id=target.id, deleted_at=utcnow()))


class Attachment(Base):
    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class Draft(Base):
    """Unsaved form input (intake form, session fields) kept for crash recovery."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    payload: Mapped[dict] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SignatureMark(Base):
    """A signature drawn on screen: the stroke points with their times, and its image."""

    __tablename__ = "signature_mark"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    slot: Mapped[str] = mapped_column(String(64))          # party:<id>, mediator, recorder
    role_label: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    strokes: Mapped[list] = mapped_column(default=list)    # [[[x, y, t_ms, pressure], ...], ...]
    png: Mapped[bytes] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    captured_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class IssuedDocument(Base):
    """Every PDF that left the app: what, which number, its SHA-256, sealed or not."""

    __tablename__ = "issued_document"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(100))
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreement.id"))
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)
    for_wet_signature: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class Investigation(Synced, Base):
    """One investigation (调查) of a case: who was questioned, by whom, where and when, the
    ordered questions and answers, and the attachments (evidence) it refers to."""

    __tablename__ = "investigation"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    place: Mapped[str] = mapped_column(String(200))
    subject_name: Mapped[str] = mapped_column(String(100))              # 被调查人
    subject_party_id: Mapped[str | None] = mapped_column(ForeignKey("party.id", ondelete="SET NULL"))
    subject_details: Mapped[str] = mapped_column(String(300), default="")  # 性别、单位或住址、联系方式
    investigator_ids: Mapped[list] = mapped_column(default=list)        # staff ids (调查人)
    recorder_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    present: Mapped[list] = mapped_column(default=list)                 # others present (参加人), names
    qa: Mapped[list] = mapped_column(default=list)                      # [{"q": ..., "a": ...}] in order
    findings: Mapped[str] = mapped_column(Text, default="")             # 调查情况 (optional)
    attachment_ids: Mapped[list] = mapped_column(default=list)          # Attachment ids, in order
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)     # readable by the team only
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CounsellorKey(Base):
    """A counsellor's key pairs and their grant of the station counselling key
    (app/services/counselling.py). Holds no usable secret without the counsellor's password
    or recovery code."""

    __tablename__ = "counsellor_key"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    secret_key_wrapped: Mapped[bytes | None] = mapped_column(LargeBinary)
    granted_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    recovery_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    recovery_key_wrapped: Mapped[bytes | None] = mapped_column(LargeBinary)
    recovery_grant: Mapped[bytes | None] = mapped_column(LargeBinary)
    granted_by_id: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
