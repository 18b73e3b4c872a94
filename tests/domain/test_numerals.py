"""Chinese capital numerals for amounts (大写金额)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.numerals import AMOUNT_LIMIT, amount_to_capital, capital_to_amount


@pytest.mark.parametrize(("amount", "text"), [
    # from the brief
    (30000, "叁万元整"),
    (Decimal("10.5"), "壹拾元伍角"),
    ("1001.01", "壹仟零壹元零壹分"),
    ("0.5", "伍角"),
    (100000000, "壹亿元整"),
    # examples of 《正确填写票据和结算凭证的基本规定》
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    ("107000.53", "壹拾万柒仟元伍角叁分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    # edges
    (0, "零元整"),
    ("0.00", "零元整"),
    ("0.05", "伍分"),
    ("0.55", "伍角伍分"),
    (10, "壹拾元整"),
    (110, "壹佰壹拾元整"),
    (100010, "壹拾万零壹拾元整"),
    (10000, "壹万元整"),
    (10001, "壹万零壹元整"),
    (1010000, "壹佰零壹万元整"),
    (100000001, "壹亿零壹元整"),
    (100010000, "壹亿零壹万元整"),
    (110000000, "壹亿壹仟万元整"),
    (10**12, "壹万亿元整"),
    (10**12 + 10**8, "壹万零壹亿元整"),
    ("9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ("1,200,000.00", "壹佰贰拾万元整"),
    ("¥ 2 000", "贰仟元整"),
    ("10.500", "壹拾元伍角"),  # trailing zeros are not extra precision
    (10.5, "壹拾元伍角"),  # float via its shortest repr
])
def test_capital(amount: Decimal | int | str, text: str) -> None:
    assert amount_to_capital(amount) == text


@pytest.mark.parametrize(("amount", "zh"), [
    ("-1", "金额不能为负数"),
    (Decimal("-0.01"), "金额不能为负数"),
    ("10.001", "金额最多保留两位小数（角、分）"),
    (Decimal("0.005"), "金额最多保留两位小数（角、分）"),
    (0.1 + 0.2, "金额最多保留两位小数（角、分）"),
    ("abc", "金额无效：abc"),
    ("NaN", "金额无效：NaN"),
    (Decimal("Infinity"), "金额无效：Infinity"),
    (AMOUNT_LIMIT, "金额过大，无法转换为大写"),
    (True, "金额无效"),
])
def test_rejected(amount: object, zh: str) -> None:
    with pytest.raises(ValidationError) as info:
        amount_to_capital(amount)  # type: ignore[arg-type]
    assert (info.value.zh, info.value.field) == (zh, "amount")


@pytest.mark.parametrize(("text", "amount"), [
    ("人民币叁万元整", "30000"),
    ("叁万圆正", "30000"),
    ("拾元整", "10"),
    ("壹拾万零柒仟元伍角叁分", "107000.53"),  # the other form the bank rules allow
    ("壹仟陆佰捌拾元零叁角贰分", "1680.32"),
    ("零元伍角", "0.5"),
    ("壹仟零零壹元", "1001"),
])
def test_parse_variants(text: str, amount: str) -> None:
    assert capital_to_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", [
    "", "整", "元整", "壹壹元", "壹佰伍元",  # 壹佰伍 is colloquially 150: ambiguous
    "壹万伍元", "佰元", "壹拾佰元", "伍角伍", "叁万", "壹元零", "壹元伍分角", "壹亿亿元",
    "万元", "零万元", "ABC元", "壹元伍角零伍分",
])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValidationError):
        capital_to_amount(text)


cents = st.one_of(st.integers(0, 10**6), st.integers(0, int(AMOUNT_LIMIT) * 100 - 1))


def _amount(c: int) -> Decimal:
    return Decimal(c).scaleb(-2)


@given(cents)
def test_round_trip(c: int) -> None:
    text = amount_to_capital(_amount(c))
    assert capital_to_amount(text) == _amount(c)
    assert "零零" not in text
    assert not text.endswith("分整")


@given(cents, st.integers(1, 10**9))
def test_strictly_increasing_amounts_give_distinct_strings(c: int, step: int) -> None:
    a, b = _amount(c), _amount(min(c + step, int(AMOUNT_LIMIT) * 100 - 1))
    if a < b:
        assert amount_to_capital(a) != amount_to_capital(b)


@given(st.integers(1, int(AMOUNT_LIMIT) - 1))
def test_whole_yuan_ends_with_zheng(yuan: int) -> None:
    text = amount_to_capital(yuan)
    assert text.endswith("元整")
    assert not text.startswith(("零", "拾"))  # tens are written 壹拾 at the start
