"""Deadlines a case runs against (PRODUCT.md §2), evaluated at a given moment.

Short promises (分钟级受理, 小时级反馈) are plain durations. Statutory periods counted in
days follow 民法典 art 201/203: the starting day is not counted and the period ends at
24:00 (China time) on its last day; due_at is the last instant of that day. Holidays are
not moved over (no holiday calendar yet), so a deadline that falls on a public holiday is
shown one or more days early.

All datetimes are timezone-aware; results are in UTC.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from app.domain.catalog import LABOUR_CATEGORY_CODES, Source
from app.domain.errors import ValidationError

# China has used UTC+8 all year since 1991; a fixed offset avoids needing tzdata on Windows.
CHINA_TZ = timezone(timedelta(hours=8), "UTC+08:00")

MEDIATION_DAYS = 30           # 深圳条例 art 25; 在线调解规则 art 24
LABOUR_MEDIATION_DAYS = 15    # 劳动争议调解仲裁法 art 14
CONFIRMATION_DAYS = 30        # 民事诉讼法 art 205
PETITION_ROUTING_DAYS = 15    # 信访工作条例 art 22
PETITION_CONCLUSION_DAYS = 60  # 信访工作条例 art 34
PETITION_MAX_EXTENSION_DAYS = 30

RUNNING, MET, OVERDUE, LATE = "running", "met", "overdue", "late"
_LAST_INSTANT = timedelta(microseconds=1)


@dataclass(frozen=True)
class ServicePromises:
    """The station's own promises; configurable in settings."""

    accept_minutes: int = 30
    feedback_hours: int = 4

    def __post_init__(self) -> None:
        for name in ("accept_minutes", "feedback_hours"):
            if getattr(self, name) <= 0:
                raise ValidationError("服务承诺时限必须大于0", f"{name} must be positive",
                                      field=name)


@dataclass(frozen=True)
class CaseTimes:
    """The moments of a case that the clocks need (all aware datetimes)."""

    registered_at: datetime
    category_code: str
    source: str
    accepted_at: datetime | None = None
    first_feedback_at: datetime | None = None
    agreement_effective_on: date | None = None
    closed_at: datetime | None = None
    mediation_extended_days: int = 0
    # Added beyond the original brief: stop the confirmation and petition clocks.
    confirmation_applied_at: datetime | None = None
    petition_extended_days: int = 0

    def __post_init__(self) -> None:
        for name in ("registered_at", "accepted_at", "first_feedback_at", "closed_at",
                     "confirmation_applied_at"):
            _require_aware(name, getattr(self, name))
        if self.mediation_extended_days < 0:
            raise ValidationError("延长天数不能为负数", "mediation_extended_days < 0",
                                  field="mediation_extended_days")
        if not 0 <= self.petition_extended_days <= PETITION_MAX_EXTENSION_DAYS:
            raise ValidationError("信访办理期限最多延长30日", "petition extension must be 0-30 days",
                                  field="petition_extended_days")


@dataclass(frozen=True)
class Clock:
    key: str
    label: str
    due_at: datetime
    done_at: datetime | None
    state: str  # "running", "met", "overdue", "late"

    def remaining(self, now: datetime) -> timedelta:
        """Time left before due_at; negative when overdue.

        A stopped clock (done_at set) returns the margin it stopped with, so "met with
        12 minutes to spare" and "late by 2 hours" stay readable after the fact.
        """
        return self.due_at - (self.done_at or now)


def _require_aware(name: str, value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


def mediation_period_days(category_code: str) -> int:
    """15 days for labour disputes (national code 10 and its local children), else 30."""
    return LABOUR_MEDIATION_DAYS if category_code in LABOUR_CATEGORY_CODES else MEDIATION_DAYS


def china_date(moment: datetime) -> date:
    """The calendar day in China on which an aware moment falls."""
    return moment.astimezone(CHINA_TZ).date()


@functools.lru_cache(maxsize=8192)
def period_end(start: date, days: int) -> datetime:
    """The last instant (23:59:59.999999 China time) of a `days`-day period whose day 1 is
    the day after `start`. Using the last instant rather than the next midnight keeps
    "done_at <= due_at" true for anything done on the last day, agreements included."""
    next_midnight = datetime.combine(start + timedelta(days=days + 1), time(), tzinfo=CHINA_TZ)
    return (next_midnight - _LAST_INSTANT).astimezone(UTC)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=CHINA_TZ).astimezone(UTC)


day_start = _day_start  # public: the first instant of a China day, in UTC


def clock_state(due_at: datetime, done_at: datetime | None, now: datetime) -> str:
    """running / met / overdue / late: the one rule every clock (and the statistics) uses."""
    return _state(due_at, done_at, now)


def _state(due_at: datetime, done_at: datetime | None, now: datetime) -> str:
    if done_at is not None:
        return MET if done_at <= due_at else LATE
    return RUNNING if now <= due_at else OVERDUE


def _clock(key: str, label: str, due_at: datetime, done_at: datetime | None,
           now: datetime) -> Clock:
    done = done_at.astimezone(UTC) if done_at else None
    return Clock(key, label, due_at.astimezone(UTC), done, _state(due_at, done, now))


def stopped_at(closed_at: datetime | None, agreement_effective_on: date | None) -> datetime | None:
    """When mediation stopped running: an agreement (from the start of its day) or closure."""
    candidates = [closed_at] if closed_at is not None else []
    if agreement_effective_on is not None:
        candidates.append(_day_start(agreement_effective_on))
    return min(candidates) if candidates else None


def _resolved_at(times: CaseTimes) -> datetime | None:
    return stopped_at(times.closed_at, times.agreement_effective_on)


def mediation_due_at(accepted_at: datetime, category_code: str, extended_days: int = 0) -> datetime:
    """The end of the mediation period (30 days, labour 15) counted from acceptance, extended."""
    return period_end(china_date(accepted_at), mediation_period_days(category_code) + extended_days)


def _extended(label: str, days: int) -> str:
    return f"{label}，已延长{days}日" if days else label


def _mediation_clock(times: CaseTimes, accepted_at: datetime, now: datetime) -> Clock:
    days = mediation_period_days(times.category_code)
    base = "劳动争议调解期限" if days == LABOUR_MEDIATION_DAYS else "调解期限"
    due = mediation_due_at(accepted_at, times.category_code, times.mediation_extended_days)
    label = _extended(f"{base}（{days}日）", times.mediation_extended_days)
    return _clock("mediation", label, due, _resolved_at(times), now)


def _petition_clocks(times: CaseTimes, now: datetime) -> list[Clock]:
    routing_due = period_end(china_date(times.registered_at), PETITION_ROUTING_DAYS)
    clocks = [_clock("petition_routing", "信访事项转送（15日）", routing_due,
                     times.accepted_at, now)]
    if times.accepted_at is not None:
        extra = times.petition_extended_days
        due = period_end(china_date(times.accepted_at), PETITION_CONCLUSION_DAYS + extra)
        clocks.append(_clock("petition_conclusion", _extended("信访办理期限（60日）", extra),
                             due, _resolved_at(times), now))
    return clocks


def evaluate_clocks(times: CaseTimes, now: datetime,
                    promises: ServicePromises = ServicePromises()) -> list[Clock]:
    """All clocks that apply to the case, in a stable order.

    accept and feedback always apply; mediation once accepted; judicial confirmation once an
    agreement has taken effect; petition routing/conclusion for cases from the petition office.
    """
    _require_aware("now", now)
    start = times.registered_at
    clocks = [
        _clock("accept", "分钟级受理", start + timedelta(minutes=promises.accept_minutes),
               times.accepted_at, now),
        _clock("feedback", "小时级反馈", start + timedelta(hours=promises.feedback_hours),
               times.first_feedback_at, now),
    ]
    if times.accepted_at is not None:
        clocks.append(_mediation_clock(times, times.accepted_at, now))
    if times.agreement_effective_on is not None:
        due = period_end(times.agreement_effective_on, CONFIRMATION_DAYS)
        clocks.append(_clock("judicial_confirmation", "司法确认申请期限（30日）", due,
                             times.confirmation_applied_at, now))
    if times.source == Source.PETITION:
        clocks.extend(_petition_clocks(times, now))
    return clocks
