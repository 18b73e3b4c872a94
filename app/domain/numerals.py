"""Chinese financial capital numerals (大写金额) for agreements and receipts.

Follows 《正确填写票据和结算凭证的基本规定》 (附于《支付结算办法》):
- tens are always written with a digit: 10 → 壹拾元整, 110 → 壹佰壹拾元整 (banks write
  壹拾, never a bare 拾, so nobody can add a digit in front);
- 整 after 元 when there are no 角/分; after 角 the rule says 整 "may be omitted" and we
  omit it (10.5 → 壹拾元伍角); never 整 after 分;
- one 零 for each run of zeros between non-zero digits (1001 → 壹仟零壹); a zero that
  falls on 万/亿/元 itself is absorbed by that unit (107000 → 壹拾万柒仟);
- 元零X分 when 角 is zero but 分 is not (mandatory);
- no 元 for amounts below one yuan (0.5 → 伍角); zero is 零元整.
Amounts from 0 up to (not including) 一万亿亿 = 10^16 yuan; 万亿 is read as 壹万亿.
"""
from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal

from app.domain._text import to_halfwidth, without_whitespace
from app.domain.errors import ValidationError

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_DIGIT_VALUES = {ch: i for i, ch in enumerate(DIGITS) if i}
_GROUP_UNITS = ("", "拾", "佰", "仟")
_UNIT_VALUES = {"拾": 10, "佰": 100, "仟": 1000}
AMOUNT_LIMIT = Decimal(10) ** 16
_CENT = Decimal("0.01")


def _error(zh: str, en: str) -> ValidationError:
    return ValidationError(zh, en, field="amount")


def _to_decimal(amount: Decimal | int | str | float) -> Decimal:
    if isinstance(amount, bool):
        raise _error("金额无效", f"not an amount: {amount!r}")
    if isinstance(amount, Decimal):
        value = amount
    elif isinstance(amount, int):
        value = Decimal(amount)
    elif isinstance(amount, (str, float)):
        # str(float) is the shortest repr, so 10.5 stays 10.5 and not 10.4999...
        text = without_whitespace(to_halfwidth(str(amount))).replace(",", "").lstrip("¥￥")
        try:
            value = Decimal(text)
        except decimal.InvalidOperation:
            raise _error(f"金额无效：{amount}", f"not an amount: {amount!r}") from None
    else:
        raise TypeError(f"unsupported amount type {type(amount).__name__}")
    if not value.is_finite():
        raise _error(f"金额无效：{amount}", f"not a finite amount: {amount!r}")
    if value < 0:
        raise _error("金额不能为负数", f"amount must not be negative: {amount!r}")
    if value >= AMOUNT_LIMIT:
        raise _error("金额过大，无法转换为大写", f"amount too large: {amount!r}")
    if value != value.quantize(_CENT):
        raise _error("金额最多保留两位小数（角、分）", f"amount has more than 2 decimals: {amount!r}")
    return value


def _group(n: int) -> str:
    """1..9999 without leading zero; inner zero runs become one 零."""
    out: list[str] = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(DIGITS[digit] + _GROUP_UNITS[power])
    return "".join(out)


def _split(n: int, base: int, unit: str, lower: Callable[[int], str]) -> str:
    """Read n as <high part><unit><low part>; a gap before the low part gets one 零."""
    high, low = divmod(n, base)
    text = lower(high) + unit if high else ""
    if low:
        if high and low < base // 10:
            text += "零"
        text += lower(low)
    return text


def _below_yi(n: int) -> str:
    return _split(n, 10_000, "万", _group)


def _integer(n: int) -> str:
    return _split(n, 10**8, "亿", _below_yi)


def amount_to_capital(amount: Decimal | int | str) -> str:
    """30000 → 叁万元整; 1001.01 → 壹仟零壹元零壹分. Raises ValidationError(field="amount")."""
    cents_total = int(_to_decimal(amount) * 100)
    yuan, cents = divmod(cents_total, 100)
    jiao, fen = divmod(cents, 10)
    if cents_total == 0:
        return "零元整"
    text = _integer(yuan) + "元" if yuan else ""
    if cents == 0:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return text


# --- parsing (the inverse, used to check what was typed or printed) ------------------------

def _parse_group(text: str, whole: str) -> int:
    """Parse 壹仟零壹 style text below 10000. Strict: no doubled digits, units descending."""
    total, pending, last_unit, zero_seen = 0, None, 10_000, False
    for i, ch in enumerate(text):
        if ch == "零":
            if pending is not None:
                raise _parse_error(whole)
            zero_seen = True
        elif ch in _DIGIT_VALUES:
            if pending is not None:
                raise _parse_error(whole)
            pending = _DIGIT_VALUES[ch]
        elif ch in _UNIT_VALUES:
            unit = _UNIT_VALUES[ch]
            if unit >= last_unit:
                raise _parse_error(whole)
            if pending is None:
                if not (ch == "拾" and i == 0):  # a bare 拾 is tolerated at the very start
                    raise _parse_error(whole)
                pending = 1
            total += pending * unit
            pending, last_unit, zero_seen = None, unit, False
        else:
            raise _parse_error(whole)
    if pending is not None:
        # 壹佰伍 is colloquial for 150: ambiguous, so a trailing digit needs 拾 or a 零 before it.
        if last_unit > 10 and not zero_seen and last_unit != 10_000:
            raise _parse_error(whole)
        total += pending
    return total


def _parse_split(text: str, unit: str, base: int,
                 lower: Callable[[str, str], int], whole: str) -> int:
    if unit not in text:
        return lower(text, whole)
    high_text, low_text = text.split(unit, 1)
    high = lower(high_text, whole)
    low = lower(low_text, whole)
    # 壹万伍 is colloquial for 15000: a small low part must be introduced by 零.
    if high == 0 or (0 < low < base // 10 and not low_text.startswith("零")):
        raise _parse_error(whole)
    return high * base + low


def _parse_below_yi(text: str, whole: str) -> int:
    return _parse_split(text, "万", 10_000, _parse_group, whole)


def _parse_integer(text: str, whole: str) -> int:
    return _parse_split(text, "亿", 10**8, _parse_below_yi, whole)


def _parse_fraction(text: str, whole: str) -> int:
    """角/分 part after 元: '', 伍角, 伍角伍分, 零伍分, 伍分."""
    rest = text.removeprefix("零")
    jiao = fen = 0
    if len(rest) >= 2 and rest[1] == "角" and rest[0] in _DIGIT_VALUES:
        jiao, rest = _DIGIT_VALUES[rest[0]], rest[2:]
    if len(rest) == 2 and rest[1] == "分" and rest[0] in _DIGIT_VALUES:
        fen, rest = _DIGIT_VALUES[rest[0]], ""
    if rest or (text and not (jiao or fen)):
        raise _parse_error(whole)
    return jiao * 10 + fen


def _parse_error(text: str) -> ValidationError:
    return _error(f"无法识别的大写金额：{text}", f"cannot parse capital amount {text!r}")


def capital_to_amount(text: str) -> Decimal:
    """Inverse of amount_to_capital. Also accepts a leading 人民币, 圆 for 元, 正 for 整."""
    body = without_whitespace(text or "").removeprefix("人民币").replace("圆", "元")
    body = body.removesuffix("整").removesuffix("正")
    if not body:
        raise _parse_error(text)
    if "元" in body:
        int_text, frac_text = body.split("元", 1)
        if not int_text:
            raise _parse_error(text)
        yuan = 0 if int_text == "零" else _parse_integer(int_text, text)
    else:
        yuan, frac_text = 0, body
    cents = _parse_fraction(frac_text, text)
    return Decimal(yuan * 100 + cents).scaleb(-2)
