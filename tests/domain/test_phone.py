"""Phone numbers: mainland mobiles and landlines with an area code."""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.phone import PhoneCheck, validate_phone


@pytest.mark.parametrize(("value", "number"), [
    ("13812345678", "13812345678"),
    ("138 1234 5678", "13812345678"),
    ("138-1234-5678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("+86-13812345678", "13812345678"),
    ("008613812345678", "13812345678"),
    ("8613812345678", "13812345678"),
    ("１９９１２３４５６７８", "19912345678"),
])
def test_mobiles(value: str, number: str) -> None:
    assert validate_phone(value) == PhoneCheck(number, "mobile")


@pytest.mark.parametrize(("value", "number"), [
    ("0755-12345678", "0755-12345678"),
    ("0755 8888 8888", "0755-88888888"),
    ("075588888888", "0755-88888888"),
    ("(0755)88888888", "0755-88888888"),
    ("（0755）88888888", "0755-88888888"),
    ("0755-8888888", "0755-8888888"),
    ("010-88886666", "010-88886666"),
    ("01088886666", "010-88886666"),
    ("020-88886666", "020-88886666"),
    ("0755-88888888-123", "0755-88888888-123"),
    ("0755-88888888转123", "0755-88888888-123"),
    ("+86 755 8888 8888", "0755-88888888"),
    ("+86 10 8888 6666", "010-88886666"),
    ("0755—88888888", "0755-88888888"),
])
def test_landlines(value: str, number: str) -> None:
    assert validate_phone(value) == PhoneCheck(number, "landline")


@pytest.mark.parametrize(("value", "zh"), [
    ("", "请填写联系电话"),
    ("  ", "请填写联系电话"),
    ("1381234567", "手机号应为11位数字，以1开头，第二位为3至9"),
    ("138123456789", "手机号应为11位数字，以1开头，第二位为3至9"),
    ("12812345678", "手机号应为11位数字，以1开头，第二位为3至9"),
    ("88888888", "固定电话请加区号，如 0755-12345678"),
    ("8888888", "固定电话请加区号，如 0755-12345678"),
    ("0755-88888", "固定电话应为区号加7至8位号码，如 0755-12345678"),
    ("0755-888888888", "固定电话应为区号加7至8位号码，如 0755-12345678"),
    ("0755-08888888", "固定电话应为区号加7至8位号码，如 0755-12345678"),
    ("138abc45678", "电话号码只能包含数字、空格、短横线和+86前缀"),
    ("12345", "手机号应为11位数字，以1开头，第二位为3至9"),
    ("400-123-4567", "请填写11位手机号或带区号的固定电话"),
])
def test_errors(value: str, zh: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_phone(value)
    assert (info.value.zh, info.value.field) == (zh, "phone")


@given(st.sampled_from("3456789"), st.text(alphabet="0123456789", min_size=9, max_size=9),
       st.sampled_from(["", "+86", "+86 ", "86", "0086"]), st.sampled_from(["", " ", "-"]))
def test_any_mobile_with_decoration(second: str, rest: str, prefix: str, sep: str) -> None:
    number = "1" + second + rest
    decorated = prefix + sep.join([number[:3], number[3:7], number[7:]])
    assert validate_phone(decorated) == PhoneCheck(number, "mobile")


@example("0086101000000")  # 0086 + Beijing 010 without its trunk zero
@given(st.text(alphabet="0123456789", min_size=1, max_size=14))
def test_digit_strings_are_either_valid_or_validation_error(digits: str) -> None:
    try:
        result = validate_phone(digits)
    except ValidationError:
        return
    assert result.kind in ("mobile", "landline")
    # the same digits, minus a country code (86 / 0086), with the trunk 0 restored if dropped
    national = digits.removeprefix("0086") if digits.startswith("0086") else digits.removeprefix("86")
    assert result.number.replace("-", "") in (digits, national, "0" + national)

