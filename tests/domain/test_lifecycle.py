"""The case state machine."""
from __future__ import annotations

from collections import deque
from itertools import product

import pytest

from app.domain.catalog import STATUS_LABELS, CaseStatus
from app.domain.errors import IllegalTransition, ValidationError
from app.domain.lifecycle import (
    DECLINE_REASONS,
    REASON_REQUIRED,
    REFERRAL_KINDS,
    TERMINATION_REASONS,
    TRANSITIONS,
    allowed_next,
    check_reason,
    check_transition,
    reasons_for,
)

S = CaseStatus

# The brief's table, written out independently so a typo in either place fails the test.
EXPECTED = {
    S.REGISTERED: {S.ACCEPTED, S.DECLINED},
    S.ACCEPTED: {S.INVESTIGATING, S.MEDIATING, S.TERMINATED, S.REFERRED},
    S.INVESTIGATING: {S.MEDIATING, S.TERMINATED, S.REFERRED},
    S.MEDIATING: {S.AGREED_WRITTEN, S.AGREED_ORAL, S.TERMINATED, S.REFERRED, S.INVESTIGATING},
    S.AGREED_WRITTEN: {S.CONFIRMING, S.PERFORMING, S.MEDIATING},
    S.AGREED_ORAL: {S.PERFORMING, S.MEDIATING},
    S.CONFIRMING: {S.PERFORMING, S.MEDIATING, S.REFERRED},
    S.PERFORMING: {S.FOLLOW_UP, S.MEDIATING, S.REFERRED},
    S.FOLLOW_UP: {S.CLOSED, S.MEDIATING},
    S.TERMINATED: {S.CLOSED, S.REFERRED},
    S.REFERRED: {S.CLOSED},
    S.DECLINED: {S.CLOSED},
    S.CLOSED: {S.ARCHIVED},
    S.ARCHIVED: set(),
}


def test_table_matches_specification() -> None:
    assert {k: set(v) for k, v in TRANSITIONS.items()} == EXPECTED
    assert set(TRANSITIONS) == set(CaseStatus)


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        TRANSITIONS[S.ARCHIVED] = frozenset({S.REGISTERED})  # type: ignore[index]


@pytest.mark.parametrize(("frm", "to"), list(product(CaseStatus, CaseStatus)))
def test_every_pair(frm: CaseStatus, to: CaseStatus) -> None:
    if to in EXPECTED[frm]:
        check_transition(frm, to)
        check_transition(frm.value, to.value)  # plain stored strings work too
    else:
        with pytest.raises(IllegalTransition) as info:
            check_transition(frm, to)
        err = info.value
        assert (err.from_status, err.to_status, err.field) == (frm.value, to.value, "status")
        assert err.zh == f"案件状态不能从“{STATUS_LABELS[frm]}”变为“{STATUS_LABELS[to]}”"


def test_message_example() -> None:
    with pytest.raises(IllegalTransition) as info:
        check_transition(S.REGISTERED, S.CLOSED)
    assert info.value.zh == "案件状态不能从“待受理”变为“已结案”"
    assert "registered" in info.value.en and "closed" in info.value.en


def test_unknown_statuses() -> None:
    assert allowed_next("nonsense") == frozenset()
    with pytest.raises(IllegalTransition) as info:
        check_transition("nonsense", S.ACCEPTED)
    assert info.value.zh == "案件状态不能从“nonsense”变为“已受理”"
    with pytest.raises(IllegalTransition):
        check_transition(S.REGISTERED, "nonsense")


def test_every_status_reachable_from_registered_and_reaches_archived() -> None:
    seen, queue = {S.REGISTERED}, deque([S.REGISTERED])
    while queue:
        for nxt in allowed_next(queue.popleft()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    assert seen == set(CaseStatus)
    # ... and every status can still end up archived (no dead ends except ARCHIVED itself)
    can_archive = {S.ARCHIVED}
    changed = True
    while changed:
        changed = False
        for status, nexts in TRANSITIONS.items():
            if status not in can_archive and nexts & can_archive:
                can_archive.add(status)
                changed = True
    assert can_archive == set(CaseStatus)
    assert allowed_next(S.ARCHIVED) == frozenset()


def test_no_self_loops() -> None:
    assert all(status not in nexts for status, nexts in TRANSITIONS.items())


def test_reason_tables() -> None:
    assert REASON_REQUIRED == {S.DECLINED, S.TERMINATED, S.REFERRED}
    assert TERMINATION_REASONS["party_refused"] == "一方当事人明确拒绝调解"
    assert {"party_refused", "withdrawn", "unreachable", "unwilling", "divergence",
            "period_expired", "refused_to_sign", "false_statement", "collusion",
            "other"} == set(TERMINATION_REASONS)
    assert REFERRAL_KINDS == {"arbitration": "仲裁", "online_filing": "网上立案",
                              "notarisation": "赋强公证", "payment_order": "支付令",
                              "petition": "信访事项办理", "litigation": "诉讼"}
    assert "party_refused" in DECLINE_REASONS and "other" in DECLINE_REASONS
    for table in (TERMINATION_REASONS, REFERRAL_KINDS, DECLINE_REASONS):
        assert all(code.isascii() and label for code, label in table.items())
    for status in REASON_REQUIRED:
        assert reasons_for(status)
    assert reasons_for(S.ACCEPTED) == {}


def test_check_reason() -> None:
    check_reason(S.TERMINATED, "divergence")
    check_reason(S.REFERRED, "arbitration")
    check_reason(S.DECLINED, "other", "当事人已自行离开")
    check_reason(S.ACCEPTED, None)  # no reason needed
    with pytest.raises(ValidationError) as info:
        check_reason(S.TERMINATED, None)
    assert (info.value.zh, info.value.field) == ("“调解终止”必须选择原因", "reason")
    with pytest.raises(ValidationError) as info:
        check_reason(S.REFERRED, "divergence")
    assert info.value.zh == "“已转介”的原因代码无效：divergence"
    with pytest.raises(ValidationError) as info:
        check_reason(S.TERMINATED, "other", "  ")
    assert info.value.field == "reason_detail"
