"""Case clocks: service promises and statutory periods, with their boundaries."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.domain.clocks import (
    CHINA_TZ,
    CaseTimes,
    Clock,
    ServicePromises,
    evaluate_clocks,
    mediation_period_days,
    period_end,
)
from app.domain.errors import ValidationError

CST = timezone(timedelta(hours=8))
REG = datetime(2025, 3, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shenzhen
US = timedelta(microseconds=1)


def times(**kw: Any) -> CaseTimes:
    base = CaseTimes(registered_at=REG, category_code="02", source="walk_in")
    return replace(base, **kw)


def clocks(t: CaseTimes, now: datetime, promises: ServicePromises = ServicePromises()
           ) -> dict[str, Clock]:
    return {c.key: c for c in evaluate_clocks(t, now, promises)}


# --- promises --------------------------------------------------------------------------------

def test_new_case_has_only_promise_clocks() -> None:
    result = evaluate_clocks(times(), REG)
    assert [(c.key, c.label, c.state) for c in result] == [
        ("accept", "分钟级受理", "running"), ("feedback", "小时级反馈", "running")]
    assert result[0].due_at == REG + timedelta(minutes=30)
    assert result[1].due_at == REG + timedelta(hours=4)
    assert result[0].remaining(REG) == timedelta(minutes=30)


@pytest.mark.parametrize(("now", "state"), [
    (REG + timedelta(minutes=30), "running"),       # due exactly now: not yet overdue
    (REG + timedelta(minutes=30) + US, "overdue"),
])
def test_accept_boundary_while_waiting(now: datetime, state: str) -> None:
    assert clocks(times(), now)["accept"].state == state


@pytest.mark.parametrize(("accepted", "state"), [
    (REG + timedelta(minutes=30), "met"),           # on the minute counts as within
    (REG + timedelta(minutes=30) + US, "late"),
    (REG, "met"),
])
def test_accept_boundary_when_done(accepted: datetime, state: str) -> None:
    clock = clocks(times(accepted_at=accepted), REG + timedelta(days=2))["accept"]
    assert (clock.state, clock.done_at) == (state, accepted)
    assert clock.remaining(REG + timedelta(days=9)) == REG + timedelta(minutes=30) - accepted


def test_feedback_boundary_and_custom_promises() -> None:
    promises = ServicePromises(accept_minutes=10, feedback_hours=2)
    t = times(first_feedback_at=REG + timedelta(hours=2))
    result = clocks(t, REG + timedelta(hours=3), promises=promises)
    assert result["feedback"].state == "met"
    assert result["accept"].due_at == REG + timedelta(minutes=10)
    assert result["accept"].state == "overdue"
    assert result["accept"].remaining(REG + timedelta(hours=3)) == -timedelta(hours=2, minutes=50)
    late = clocks(replace(t, first_feedback_at=REG + timedelta(hours=2) + US), REG,
                  promises=promises)
    assert late["feedback"].state == "late"


@pytest.mark.parametrize("kw", [{"accept_minutes": 0}, {"feedback_hours": -1}])
def test_promises_must_be_positive(kw: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        ServicePromises(**kw)


# --- mediation period ---------------------------------------------------------------------------

def test_mediation_period_days() -> None:
    assert mediation_period_days("10") == 15
    assert mediation_period_days("L04") == 15  # 拖欠农民工工资 is reported as labour
    assert mediation_period_days("02") == 30
    assert mediation_period_days("L01") == 30


ACCEPTED = REG + timedelta(minutes=5)             # 2025-03-01 10:05 Shenzhen


def end_of(day: date) -> datetime:
    """The last instant of a China calendar day."""
    return datetime.combine(day, datetime.max.time(), tzinfo=CST)


DUE_30 = end_of(date(2025, 3, 31))                # day 1 is 2 March, day 30 is 31 March


def test_mediation_due_is_end_of_thirtieth_day_china_time() -> None:
    clock = clocks(times(accepted_at=ACCEPTED), ACCEPTED)["mediation"]
    assert clock.label == "调解期限（30日）"
    assert clock.due_at == DUE_30
    assert clock.due_at.tzinfo == UTC
    assert clock.state == "running"


@pytest.mark.parametrize(("now", "state"), [(DUE_30, "running"), (DUE_30 + US, "overdue")])
def test_mediation_boundary(now: datetime, state: str) -> None:
    assert clocks(times(accepted_at=ACCEPTED), now)["mediation"].state == state


def test_day_counting_uses_china_date_not_utc_date() -> None:
    # 16:30 UTC on 1 March is already 2 March in Shenzhen, so day 1 is 3 March.
    accepted = datetime(2025, 3, 1, 16, 30, tzinfo=UTC)
    clock = clocks(times(accepted_at=accepted), accepted)["mediation"]
    assert clock.due_at == end_of(date(2025, 4, 1))
    # the same instant given in another zone gives the same deadline
    other = clocks(times(accepted_at=accepted.astimezone(timezone(timedelta(hours=-5)))),
                   accepted)["mediation"]
    assert other.due_at == clock.due_at


def test_labour_period_and_extension() -> None:
    clock = clocks(times(category_code="10", accepted_at=ACCEPTED), ACCEPTED)["mediation"]
    assert (clock.label, clock.due_at) == ("劳动争议调解期限（15日）", end_of(date(2025, 3, 16)))
    extended = clocks(times(accepted_at=ACCEPTED, mediation_extended_days=10), ACCEPTED)["mediation"]
    assert extended.label == "调解期限（30日），已延长10日"
    assert extended.due_at == DUE_30 + timedelta(days=10)


@pytest.mark.parametrize(("agreed", "state"), [(date(2025, 3, 31), "met"), (date(2025, 4, 1), "late")])
def test_agreement_stops_mediation_clock(agreed: date, state: str) -> None:
    t = times(accepted_at=ACCEPTED, agreement_effective_on=agreed)
    clock = clocks(t, datetime(2025, 6, 1, tzinfo=UTC))["mediation"]
    assert clock.state == state
    assert clock.done_at == datetime.combine(agreed, datetime.min.time(), tzinfo=CST)


@pytest.mark.parametrize(("closed", "state"), [(DUE_30, "met"), (DUE_30 + US, "late")])
def test_closure_stops_mediation_clock(closed: datetime, state: str) -> None:
    clock = clocks(times(accepted_at=ACCEPTED, closed_at=closed), closed)["mediation"]
    assert clock.state == state


def test_earlier_of_agreement_and_closure_counts() -> None:
    t = times(accepted_at=ACCEPTED, closed_at=DUE_30 + timedelta(days=5),
              agreement_effective_on=date(2025, 3, 20))
    assert clocks(t, DUE_30 + timedelta(days=6))["mediation"].state == "met"


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),
                    timezones=st.just(UTC)),
       st.integers(0, 60), st.sampled_from(["02", "10"]))
@example(datetime(2025, 3, 1, 2, tzinfo=UTC), 31, "02")  # the day after the last day
@example(datetime(2025, 3, 1, 2, tzinfo=UTC), 16, "10")
def test_agreement_met_iff_within_period_days(accepted: datetime, offset: int, category: str) -> None:
    # Independent statement of 民法典 art 201: day 1 is the day after acceptance (China date).
    start = accepted.astimezone(CST).date()
    agreed = start + timedelta(days=offset)
    t = CaseTimes(registered_at=accepted, category_code=category, source="qr",
                  accepted_at=accepted, agreement_effective_on=agreed)
    clock = {c.key: c for c in evaluate_clocks(t, accepted)}["mediation"]
    assert (clock.state == "met") == (offset <= mediation_period_days(category))


# --- judicial confirmation and petition clocks ----------------------------------------------------

def test_confirmation_window_only_with_agreement() -> None:
    assert "judicial_confirmation" not in clocks(times(accepted_at=ACCEPTED), ACCEPTED)
    t = times(accepted_at=ACCEPTED, agreement_effective_on=date(2025, 3, 10))
    due = end_of(date(2025, 4, 9))
    clock = clocks(t, due)["judicial_confirmation"]
    assert (clock.label, clock.due_at, clock.state) == ("司法确认申请期限（30日）", due, "running")
    assert clocks(t, due + US)["judicial_confirmation"].state == "overdue"
    applied = clocks(replace(t, confirmation_applied_at=due), due + US)["judicial_confirmation"]
    assert applied.state == "met"


def test_petition_clocks_only_for_petition_source() -> None:
    assert not {"petition_routing", "petition_conclusion"} & set(
        clocks(times(accepted_at=ACCEPTED), ACCEPTED))
    t = times(source="petition")
    waiting = clocks(t, REG)
    assert waiting["petition_routing"].label == "信访事项转送（15日）"
    assert waiting["petition_routing"].due_at == end_of(date(2025, 3, 16))
    assert "petition_conclusion" not in waiting
    accepted = clocks(replace(t, accepted_at=ACCEPTED), ACCEPTED)
    assert accepted["petition_routing"].state == "met"
    conclusion = accepted["petition_conclusion"]
    assert (conclusion.label, conclusion.due_at) == ("信访办理期限（60日）", end_of(date(2025, 4, 30)))
    ext = clocks(replace(t, accepted_at=ACCEPTED, petition_extended_days=30), ACCEPTED)
    assert ext["petition_conclusion"].label == "信访办理期限（60日），已延长30日"
    assert ext["petition_conclusion"].due_at == end_of(date(2025, 5, 30))


def test_clock_order_is_stable() -> None:
    t = times(source="petition", accepted_at=ACCEPTED, agreement_effective_on=date(2025, 3, 2))
    assert [c.key for c in evaluate_clocks(t, ACCEPTED)] == [
        "accept", "feedback", "mediation", "judicial_confirmation", "petition_routing",
        "petition_conclusion"]


# --- input checks -----------------------------------------------------------------------------------

def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError):
        CaseTimes(registered_at=datetime(2025, 3, 1), category_code="02", source="qr")
    with pytest.raises(ValueError):
        times(accepted_at=datetime(2025, 3, 1))
    with pytest.raises(ValueError):
        evaluate_clocks(times(), datetime(2025, 3, 1))


@pytest.mark.parametrize("kw", [{"mediation_extended_days": -1}, {"petition_extended_days": 31},
                                {"petition_extended_days": -1}])
def test_bad_extensions(kw: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        times(**kw)


def test_period_end_helper() -> None:
    assert period_end(date(2025, 12, 31), 1) == end_of(date(2026, 1, 1))
    assert period_end(date(2024, 2, 28), 1).astimezone(CHINA_TZ).date() == date(2024, 2, 29)
    assert period_end(date(2024, 2, 28), 1) + timedelta(microseconds=1) == \
        datetime(2024, 3, 1, tzinfo=CHINA_TZ)
