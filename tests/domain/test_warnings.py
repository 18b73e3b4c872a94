"""Early warning: 弱信号 / 强信息."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.catalog import WarningLevel
from app.domain.errors import ValidationError
from app.domain.warnings import (
    WarningInput,
    WarningReason,
    WarningResult,
    WarningRules,
    evaluate_warnings,
    max_level,
    stored_reason_english,
    yuan_text,
)

NONE, WEAK, STRONG = WarningLevel.NONE, WarningLevel.WEAK, WarningLevel.STRONG


DEFAULT_RULES = WarningRules()


def warn(text: str = "", parties: int = 2, repeat: int = 0, amount: Decimal | None = None,
         risk: str | None = None, rules: WarningRules = DEFAULT_RULES) -> WarningResult:
    return evaluate_warnings(WarningInput(text, parties, repeat, amount, risk), rules)


def test_quiet_case_has_no_warning() -> None:
    result = warn("邻居装修噪音扰民，希望协商解决", amount=Decimal(5000), risk="low")
    assert (result.level, result.reasons) == (NONE, ())


def test_strong_keyword() -> None:
    result = warn("他说再不给钱就去跳楼")
    assert result.level == STRONG
    assert result.reasons == (WarningReason("keyword", STRONG, "关键词“跳楼”（强信息）"),)


def test_weak_keyword_and_spaces_do_not_hide_keywords() -> None:
    result = warn("已经 上 访 两次")
    assert result.level == WEAK
    assert result.reasons[0].zh == "关键词“上访”（弱信号）"


def test_keyword_inside_stronger_keyword_counts_once() -> None:
    result = warn("工友们准备集体上访")
    assert [r.zh for r in result.reasons] == ["关键词“集体上访”（强信息）"]


def test_everyday_words_are_not_flagged() -> None:
    # "砍价", "炸鸡", "加汽油" must not look like violence
    assert warn("买菜砍价时吵起来，后来一起去吃炸鸡，又去加汽油").level == NONE


@pytest.mark.parametrize(("parties", "level", "zh"), [
    (2, NONE, None),
    (3, WEAK, "当事人3人（3人以上），涉及多方"),
    (4, WEAK, "当事人4人（3人以上），涉及多方"),
    (5, STRONG, "当事人5人（5人以上），可能引发群体性事件"),
    (40, STRONG, "当事人40人（5人以上），可能引发群体性事件"),
])
def test_party_count(parties: int, level: WarningLevel, zh: str | None) -> None:
    result = warn(parties=parties)
    assert result.level == level
    assert [r.zh for r in result.reasons] == ([zh] if zh else [])


@pytest.mark.parametrize(("repeat", "level", "zh"), [
    (0, NONE, None),
    (1, WEAK, "同一身份证号30日内第2次来访"),
    (2, STRONG, "同一身份证号30日内第3次来访"),
])
def test_repeat_visits(repeat: int, level: WarningLevel, zh: str | None) -> None:
    result = warn(repeat=repeat)
    assert result.level == level
    assert [r.zh for r in result.reasons] == ([zh] if zh else [])


@pytest.mark.parametrize(("amount", "level", "zh"), [
    (Decimal("99999.99"), NONE, None),
    (Decimal(100000), WEAK, "涉案金额10万元，达到10万元"),
    (Decimal(120000), WEAK, "涉案金额12万元，超过10万元"),
    (Decimal(1000000), STRONG, "涉案金额100万元，达到100万元"),
    (Decimal(1200000), STRONG, "涉案金额120万元，超过100万元"),
])
def test_amount(amount: Decimal, level: WarningLevel, zh: str | None) -> None:
    result = warn(amount=amount)
    assert result.level == level
    assert [r.zh for r in result.reasons] == ([zh] if zh else [])


@pytest.mark.parametrize(("risk", "level", "zh"), [
    (None, NONE, None), ("low", NONE, None),
    ("medium", WEAK, "心理风险评估：中"), ("high", STRONG, "心理风险评估：高"),
])
def test_counsellor_risk(risk: str | None, level: WarningLevel, zh: str | None) -> None:
    result = warn(risk=risk)
    assert result.level == level
    assert [r.zh for r in result.reasons] == ([zh] if zh else [])


def test_unknown_risk_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        warn(risk="extreme")
    assert info.value.field == "counsellor_risk"


def test_level_is_max_and_all_reasons_kept() -> None:
    result = warn("多次投诉无果，要去媒体曝光", parties=6, repeat=1, amount=Decimal(150000),
                  risk="medium")
    assert result.level == STRONG
    assert [r.code for r in result.reasons] == [
        "keyword", "keyword", "keyword", "party_count", "repeat", "amount", "counsellor_risk"]
    assert [r.level for r in result.reasons].count(STRONG) == 1


def test_custom_rules() -> None:
    rules = WarningRules(strong_keywords=("断水",), weak_keywords=(), group_party_threshold=10,
                         weak_party_threshold=6, repeat_window_days=7,
                         amount_weak=Decimal(5000), amount_strong=Decimal(50000))
    assert warn("物业要断水", rules=rules).level == STRONG
    assert warn("跳楼", rules=rules).level == NONE
    assert warn(parties=6, rules=rules).level == WEAK
    assert warn(repeat=1, rules=rules).reasons[0].zh == "同一身份证号7日内第2次来访"
    assert warn(amount=Decimal(6000), rules=rules).reasons[0].zh == "涉案金额6000元，超过5000元"


@pytest.mark.parametrize("kw", [
    {"weak_party_threshold": 6}, {"weak_party_threshold": 0},
    {"amount_weak": Decimal(2_000_000)}, {"repeat_window_days": 0},
    {"strong_keywords": ("跳楼", " ")},
])
def test_inconsistent_rules_are_rejected(kw: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        WarningRules(**kw)  # type: ignore[arg-type]


def test_yuan_text() -> None:
    assert yuan_text(Decimal(1200000)) == "120万元"
    assert yuan_text(Decimal("123456.78")) == "12.345678万元"
    assert yuan_text(5000) == "5000元"
    assert yuan_text(Decimal("10000.00")) == "1万元"


def test_max_level() -> None:
    assert max_level([]) == NONE
    assert max_level([WEAK, NONE]) == WEAK
    assert max_level([WEAK, STRONG, NONE]) == STRONG


@given(st.text(max_size=60), st.integers(0, 20), st.integers(0, 5),
       st.one_of(st.none(), st.decimals(min_value=0, max_value=10**8, places=2)),
       st.sampled_from([None, "low", "medium", "high"]))
def test_level_is_the_maximum_of_reasons(text: str, parties: int, repeat: int,
                                         amount: Decimal | None, risk: str | None) -> None:
    result = warn(text, parties, repeat, amount, risk)
    assert result.level == max_level(r.level for r in result.reasons)
    assert (result.level == NONE) == (result.reasons == ())
    # adding a strong keyword can only raise the level to STRONG
    assert warn(text + "同归于尽", parties, repeat, amount, risk).level == STRONG


@given(st.text(alphabet="砍人上访讨薪跳楼集体欠薪 ", max_size=30), st.integers(0, 20), st.integers(0, 5),
       st.one_of(st.none(), st.decimals(min_value=0, max_value=10**8, places=2)),
       st.sampled_from([None, "low", "medium", "high"]))
def test_every_stored_reason_reads_back_in_english(text: str, parties: int, repeat: int,
                                                   amount: Decimal | None, risk: str | None) -> None:
    """A case keeps the Chinese sentence only; the English UI must still be able to show it."""
    for reason in warn(text, parties, repeat, amount, risk).reasons:
        assert stored_reason_english(reason.zh) == reason.en


def test_an_unknown_stored_reason_has_no_english() -> None:
    assert stored_reason_english("人工标注：需关注") == ""
    assert stored_reason_english("心理筛查提示需立即进行安全评估").startswith("screening")
