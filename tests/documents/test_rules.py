"""Agreement warnings (民诉法解释 arts 355, 358) and the judicial-confirmation court."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.documents import model as m
from app.documents.rules import agreement_warnings, choose_court, confirmation_court
from app.documents.terms import cn_count, term_sentence
from tests.documents import samples


def _with_terms(*terms: m.Term, **changes: object) -> m.Agreement:
    return replace(samples.agreement(), terms=terms, **changes)


def test_a_complete_agreement_has_no_warnings() -> None:
    assert agreement_warnings(samples.agreement()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"amount": None}, "未写明金额"),
        ({"deadline": None}, "未写明履行期限"),
        ({"obligee": ""}, "未写明收款人"),
    ],
)
def test_unclear_payment_terms_warn_with_art_358(change: dict[str, object], expected: str) -> None:
    warnings = agreement_warnings(_with_terms(replace(samples.TERMS[0], **change)))
    assert len(warnings) == 1
    assert expected in warnings[0].zh
    assert "内容不明确" in warnings[0].zh and "第三百五十八条" in warnings[0].zh
    assert warnings[0].zh.startswith("第1项")
    assert warnings[0].en.startswith("Term 1") and "art. 358" in warnings[0].en   # the English UI


def test_every_notice_has_its_english() -> None:
    """The English UI shows `.en`: English words, with only the quoted names left in Chinese."""
    act = m.Term(kind=m.TermKind.ACT, obligor="某人", what="")
    warnings = agreement_warnings(_with_terms(act, replace(samples.TERMS[0], amount=None, obligee=""),
                                              performance_manner="", status_matter=True, title_matter=True))
    assert len(warnings) >= 6
    for w in warnings:
        assert w.en and not re.search(r"[\u4e00-\u9fff]", re.sub(r"“[^”]*”", "", w.en)), w.en


def test_act_without_deadline_and_unknown_obligor_warn() -> None:
    act = m.Term(kind=m.TermKind.ACT, obligor="某人", what="交还店铺钥匙")
    warnings = agreement_warnings(_with_terms(act))
    assert any("未写明履行期限" in w.zh for w in warnings)
    assert any("“某人”不是本案当事人" in w.zh for w in warnings)


def test_no_terms_and_no_performance_warn() -> None:
    warnings = agreement_warnings(_with_terms(performance_manner="", performance_deadline=""))
    assert any("未列明任何协议内容" in w.zh for w in warnings)
    assert any("第二十九条" in w.zh for w in warnings)


@pytest.mark.parametrize(
    "changes",
    [
        {"status_matter": True},
        {"title_matter": True},
    ],
)
def test_status_or_title_matters_cannot_be_confirmed(changes: dict[str, bool]) -> None:
    warnings = agreement_warnings(replace(samples.agreement(), **changes))
    assert len(warnings) == 1 and "第三百五十五条" in warnings[0].zh
    assert ("身份关系" if "status_matter" in changes else "确权") in warnings[0].zh


def test_status_words_in_terms_are_caught() -> None:
    divorce = m.Term(kind=m.TermKind.STATEMENT, what="双方自愿离婚")
    house = m.Term(kind=m.TermKind.STATEMENT, what="涉案房屋所有权归王𠮷")
    warnings = agreement_warnings(_with_terms(*samples.TERMS, divorce, house))
    assert sum("第三百五十五条" in w.zh for w in warnings) == 2


def test_payment_sentence_names_everything() -> None:
    text = term_sentence(samples.TERMS[0], samples.CASE.parties)
    assert text.startswith(
        "被申请人深圳市喆堃贸易有限公司于2026年3月31日前向申请人王𠮷支付拖欠的货款"
    )
    assert "人民币30,000.00元（大写：叁万元整）" in text
    assert "履行方式：银行转账" in text and "履行地点：深圳市罗湖区" in text
    assert "逾期未履行或者未全部履行的，应按未付金额每日万分之五" in text
    assert text.endswith("。")


def test_small_chinese_counts() -> None:
    assert [cn_count(n) for n in (1, 3, 10, 12, 20, 35)] == [
        "一",
        "三",
        "十",
        "十二",
        "二十",
        "三十五",
    ]


def test_inviting_court_wins_over_everything() -> None:
    choice = choose_court(
        committee_court="罗湖法院",
        inviting_court="深圳中院",
        party_domicile_court="福田法院",
        preferred=m.CourtBasis.PARTY_DOMICILE,
    )
    assert (choice.court, choice.basis) == ("深圳中院", m.CourtBasis.INVITING_COURT)


def test_parties_may_choose_domicile_or_subject_court() -> None:
    choice = choose_court(
        committee_court="罗湖法院",
        party_domicile_court="福田法院",
        subject_location_court="南山法院",
        preferred=m.CourtBasis.SUBJECT_LOCATION,
    )
    assert choice.court == "南山法院"
    assert choice.basis_label == "标的物所在地基层人民法院"


def test_committee_court_is_the_default() -> None:
    assert choose_court(committee_court="罗湖法院").court == "罗湖法院"
    # a preference without a court named falls back too
    assert (
        choose_court(committee_court="罗湖法院", preferred=m.CourtBasis.PARTY_DOMICILE).basis
        == m.CourtBasis.COMMITTEE_LOCATION
    )


def test_confirmation_deadline_is_thirty_days_after_taking_effect() -> None:
    doc = samples.all_documents()["judicial-confirmation"]
    assert isinstance(doc, m.JudicialConfirmation)
    assert doc.deadline == date(2026, 4, 1)
    assert confirmation_court(doc).court == samples.STATION.basic_court
    later = replace(doc, agreement=replace(doc.agreement, effective_on=date(2026, 12, 15)))
    assert later.deadline == date(2027, 1, 14)


def test_copies_are_parties_plus_one() -> None:
    assert samples.agreement().copies == 3
    assert Decimal("30000.00") == samples.TERMS[0].amount
