"""Every figure against a hand-counted fixture of ten cases (one outside the period)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app.domain import statistics as st
from app.domain.clocks import CHINA_TZ
from app.domain.errors import ValidationError

H = timedelta(hours=1)
M = timedelta(minutes=1)


def at(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=CHINA_TZ)


def facts(case_id: str, registered: datetime, status: str, *, category: str = "01", national: str | None = None,
          **kw) -> st.CaseFacts:
    base = dict(case_id=case_id, number=f"N-{case_id}", station_code="S1", street="东门", category_code=category,
                national_category_code=national or category, source="walk_in", room_code=None, path="mediation",
                status=status, demand_class="class_1", registered_at=registered)
    base.update(kw)
    return st.CaseFacts(**base)


FIXTURE = [
    facts("c1", at(3, 2), "follow_up", accepted_at=at(3, 2) + 10 * M, first_feedback_at=at(3, 2) + H,
          agreement_form="written", agreement_effective_on=date(2026, 3, 2), amount=Decimal(5000), room_code="R2",
          mediator_id="m1", follow_up_results=("full",), party_count=2, party_pseudonyms=("pA", "pB"),
          warning_level="strong", warning_reason_codes=("keyword:砍人:strong",)),
    facts("c2", at(3, 3), "closed", category="L02", national="05", source="court", accepted_at=at(3, 3) + 45 * M,
          first_feedback_at=at(3, 3) + 5 * H, agreement_form="oral", agreement_effective_on=date(2026, 3, 5),
          closed_at=at(3, 30), amount=Decimal(20000), room_code="R2", mediator_id="m2",
          follow_up_results=("full", "partial"), party_count=6, party_pseudonyms=("pA", "pC"),
          warning_level="strong", warning_reason_codes=("party_count:group",)),
    facts("c3", at(3, 10), "terminated", category="10", accepted_at=at(3, 10) + 5 * M,
          first_feedback_at=at(3, 10) + 2 * H, closed_at=at(3, 12), outcome_reason="withdrawn",
          amount=Decimal(3000), room_code="R4", mediator_id="m1", party_count=2),
    facts("c4", at(4, 1), "terminated", category="10", accepted_at=at(4, 1) + 10 * M,
          first_feedback_at=at(4, 1) + H, closed_at=at(4, 20), outcome_reason="party_refused",
          amount=Decimal(1000), party_count=2),
    facts("c5", at(4, 10), "mediating", category="04", source="hotline_12345", accepted_at=at(4, 10) + 10 * M,
          first_feedback_at=at(4, 10) + H, party_count=2),
    facts("c6", at(4, 28), "registered", category="06", path=None, party_count=2),
    facts("c7", at(4, 2), "declined", category="15", path=None, first_feedback_at=at(4, 2) + 20 * M,
          closed_at=at(4, 2) + 20 * M, party_count=1),
    facts("c8", at(3, 20), "referred", category="14", accepted_at=at(3, 20) + 10 * M,
          first_feedback_at=at(3, 20) + 10 * M, closed_at=at(3, 21), outcome_reason="arbitration", party_count=2),
    facts("c9", at(5, 2), "follow_up", agreement_form="written", agreement_effective_on=date(2026, 5, 2),
          accepted_at=at(5, 2) + M, party_count=2, party_pseudonyms=("pA",)),
    facts("c10", at(3, 15), "archived", accepted_at=at(3, 15) + 10 * M, first_feedback_at=at(3, 15) + H,
          agreement_form="written", agreement_effective_on=date(2026, 3, 25), closed_at=at(4, 30),
          follow_up_results=("none",), party_count=2, party_pseudonyms=("pB", "pD")),
]
PERIOD = st.StatsFilter(date(2026, 3, 1), date(2026, 4, 30))
NOW = at(5, 15)
ROOMS = [("R2", "人民调解室"), ("R4", "劳动者权益保障室")]


@pytest.fixture(scope="module")
def fig() -> st.Figures:
    return st.compute(FIXTURE, PERIOD, NOW, rooms=ROOMS)


def ids(*names: str) -> set[str]:
    return set(names)


def test_counts_and_the_rates_with_their_denominators(fig):
    assert (fig.total.cases, fig.accepted.cases, fig.declined.cases) == (9, 7, 1)
    assert set(fig.in_progress.case_ids) == ids("c5")
    assert set(fig.concluded.case_ids) == ids("c1", "c2", "c3", "c4", "c8", "c10")
    r = fig.resolution_rate
    assert (r.numerator, r.denominator) == (4, 6)
    assert set(r.case_ids) == ids("c1", "c2", "c3", "c10")       # c3: self-settled counts as 化解
    assert set(r.excluded_ids) == ids("c5")
    assert "办理中" in r.definition and r.percent_text() == "66.7%"
    s = fig.success_rate
    assert (s.numerator, s.denominator, set(s.case_ids)) == (3, 6, ids("c1", "c2", "c10"))


def test_service_promises_and_the_mediation_period(fig):
    accept = fig.rate("accept")
    assert (accept.numerator, accept.denominator) == (6, 8)       # c2 late, c6 overdue, c7 declined: not counted
    assert "c7" not in accept.denominator_ids
    feedback = fig.rate("feedback")
    assert (feedback.numerator, feedback.denominator) == (7, 9)   # c2 late (5 h), c6 overdue
    same_day = fig.rate("same_day")
    assert (same_day.numerator, same_day.denominator, same_day.case_ids) == (1, 4, ("c1",))
    period = fig.rate("mediation_period")
    assert (period.numerator, period.denominator) == (5, 7)       # c4 labour 15 days: late; c5 overdue
    assert set(period.denominator_ids) - set(period.case_ids) == ids("c4", "c5")


def test_tables_by_category_source_room_path_month(fig):
    cat = fig.table("category")
    assert cat.row("01").count == 2 and cat.row("L02").count == 1 and cat.row("10").count == 2
    assert "05" in cat.row("L02").note
    nat = fig.table("national_category")
    assert len(nat.rows) == 15 and nat.row("05").case_ids == ("c2",) and nat.total() == 9
    assert fig.table("source").row("court").count == 1 and fig.table("source").row("walk_in").count == 7
    room = fig.table("room")
    assert room.row("R2").case_ids == ("c1", "c2") and room.row("R4").count == 1 and room.row("").count == 6
    assert fig.table("path").row("mediation").count == 7 and fig.table("path").row("").count == 2
    month = fig.table("month")
    assert [(r.key, r.count) for r in month.rows] == [("2026-03", 5), ("2026-04", 4)]
    assert month.denominator == 9


def test_forms_follow_up_amounts_prevention_duration_repeat(fig):
    form = fig.table("agreement_form")
    assert (form.row("written").count, form.row("oral").count, form.denominator) == (2, 1, 3)
    follow = fig.table("follow_up")
    assert [follow.row(k).case_ids for k in ("full", "partial", "none", "")] == [("c1",), ("c2",), ("c10",), ()]
    assert fig.amount_total == Decimal(29000) and fig.amount_resolved == Decimal(28000)
    assert (fig.prevent_criminal.cases, fig.prevent_criminal.persons, fig.prevent_criminal.case_ids) == (1, 2, ("c1",))
    assert (fig.prevent_mass.cases, fig.prevent_mass.persons, fig.prevent_mass.case_ids) == (1, 6, ("c2",))
    # c1 0 d (agreed before the minute it was accepted); c2 1 d 14 h 15 min; c3 1 d 23 h 55 min;
    # c10 9 d 14 h 50 min
    expected = (0 + (1 + 14.25 / 24) + (1 + (23 * 60 + 55) / 1440) + (9 + (14 * 60 + 50) / 1440)) / 4
    assert fig.average_days == pytest.approx(expected)
    assert set(fig.duration_ids) == ids("c1", "c2", "c3", "c10")
    assert {(r.key, r.case_ids) for r in fig.repeat_visitors} == {("pA", ("c1", "c2")), ("pB", ("c1", "c10"))}


def test_filters_narrow_every_figure():
    fig = st.compute(FIXTURE, st.StatsFilter(date(2026, 3, 1), date(2026, 4, 30), category_code="05"), NOW)
    assert fig.total.case_ids == ("c2",)        # the national code takes its local category
    fig = st.compute(FIXTURE, st.StatsFilter(date(2026, 3, 1), date(2026, 4, 30), mediator_id="m1"), NOW)
    assert set(fig.total.case_ids) == ids("c1", "c3") and fig.resolution_rate.denominator == 2
    fig = st.compute(FIXTURE, st.StatsFilter(date(2026, 3, 1), date(2026, 4, 30), room_code="R2", source="court"),
                     NOW)
    assert fig.total.case_ids == ("c2",)
    with pytest.raises(ValidationError) as e:
        st.StatsFilter(date(2026, 4, 30), date(2026, 3, 1))
    assert "结束日期" in e.value.zh


def test_json_form_is_plain_and_stable(fig):
    import json
    data = json.loads(json.dumps(fig.to_dict(), ensure_ascii=False))
    assert data["resolution_rate"]["rate"] == 0.6667 and data["amount_total"] == "29000.00"
    assert data["filter"]["date_from"] == "2026-03-01"


def test_reason_codes_read_what_the_warning_rules_store():
    from app.domain.warnings import WarningInput, evaluate_warnings
    result = evaluate_warnings(WarningInput(text="对方扬言持刀报复，还要集体上访", party_count=6, repeat_count=1,
                                            counsellor_risk="high"))
    codes = st.reason_codes(r.zh for r in result.reasons)
    assert "keyword:持刀:strong" in codes and "keyword:集体上访:strong" in codes
    assert {"party_count:group", "repeat", "counsellor_risk:high"} <= set(codes)


def test_pseudonyms_are_stable_and_do_not_carry_the_number():
    a = st.party_pseudonym("11010519491231002X")
    assert a == st.party_pseudonym(" 11010519491231002x ") and "1101" not in a and len(a) == 32
    assert st.party_pseudonym("11010519491231002X", b"district-key") != a


def test_service_promise_figures_follow_the_case_clocks():
    """The fast path of the SLA figures gives each case the state clocks.evaluate_clocks gives."""
    from app.domain.clocks import CaseTimes, evaluate_clocks
    fig = st.compute(FIXTURE, PERIOD, NOW)
    for f in FIXTURE[:8] + FIXTURE[9:]:
        clocks = {c.key: c for c in evaluate_clocks(CaseTimes(
            registered_at=f.registered_at, category_code=f.category_code, source=f.source, accepted_at=f.accepted_at,
            first_feedback_at=f.first_feedback_at, agreement_effective_on=f.agreement_effective_on,
            closed_at=f.closed_at), NOW)}
        for key, rate_key in (("accept", "accept"), ("feedback", "feedback"), ("mediation", "mediation_period")):
            rate = fig.rate(rate_key)
            if key not in clocks or (key == "accept" and f.status == "declined"):
                continue
            state = clocks[key].state
            assert (f.case_id in rate.case_ids) == (state == "met"), (f.case_id, key)
            assert (f.case_id in rate.excluded_ids) == (state == "running"), (f.case_id, key)
