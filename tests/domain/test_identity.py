"""ID numbers (GB 11643) and unified social credit codes (GB 32100)."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.identity import (
    CREDIT_CHARSET,
    IdCheck,
    expected_check_char,
    expected_credit_check_char,
    make_credit_code,
    make_resident_id,
    mask_id,
    validate_credit_code,
    validate_resident_id,
)

TODAY = date(2025, 6, 1)

# --- known vectors (domain.md §5) ---------------------------------------------------------


@pytest.mark.parametrize(("number", "born", "gender"), [
    ("11010519491231002X", date(1949, 12, 31), "female"),
    ("360426199101010071", date(1991, 1, 1), "male"),
    ("120103198806018241", date(1988, 6, 1), "female"),
    ("440524188001010014", date(1880, 1, 1), "male"),
])
def test_known_valid_ids(number: str, born: date, gender: str) -> None:
    check = validate_resident_id(number, today=TODAY)
    assert check == IdCheck(number, born, gender, "resident", check.warnings)
    assert check.kind == "resident"


def test_pre_1900_birth_is_a_warning_not_an_error() -> None:
    check = validate_resident_id("440524188001010014", today=TODAY)
    assert [w.zh for w in check.warnings] == ["身份证号中的出生日期1880年01月01日早于1900年，请核对"]
    assert check.warnings[0].en == "the ID number's birth date 1880-01-01 is before 1900: please check"
    assert validate_resident_id("360426199101010071", today=TODAY).warnings == ()


def test_before_1800_is_rejected() -> None:
    number = make_resident_id("440303", date(1799, 12, 31), 1)
    with pytest.raises(ValidationError) as info:
        validate_resident_id(number, today=TODAY)
    assert info.value.zh == "身份证号中的出生日期无效：17991231（早于1800年）"


@pytest.mark.parametrize(("number", "expected"), [
    ("11010519491231002X", "X"), ("360426199101010071", "1"), ("120103198806018241", "1"),
    ("440524188001010014", "4"),
])
def test_expected_check_char(number: str, expected: str) -> None:
    assert expected_check_char(number[:17]) == expected


@pytest.mark.parametrize("bad", ["1234", "1101051949123100A", "11010519491231002X",
                                 "１１０１０５１９４９１２３１００２"])
def test_expected_check_char_needs_17_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        expected_check_char(bad)


def test_normalisation_spaces_lowercase_fullwidth() -> None:
    assert validate_resident_id(" 110105 19491231 002x ", today=TODAY).number == "11010519491231002X"
    assert validate_resident_id("１１０１０５１９４９１２３１００２ｘ", today=TODAY).number == \
        "11010519491231002X"


# --- error messages ------------------------------------------------------------------------


def _zh(value: str, today: date = TODAY) -> str:
    with pytest.raises(ValidationError) as info:
        validate_resident_id(value, today=today)
    assert info.value.field == "id_number"
    assert info.value.en  # an English message for the log is always there
    return info.value.zh


def test_wrong_length_message() -> None:
    assert _zh("1101051949123100") == "身份证号应为18位，当前为16位"
    assert _zh("11010519491231002X1") == "身份证号应为18位，当前为19位"
    assert _zh("110105491231002").startswith("身份证号应为18位，当前为15位")
    assert _zh("") == "请填写身份证号"
    assert _zh("   ") == "请填写身份证号"


@pytest.mark.parametrize("value", ["11010519491231002A", "1101051949123100XX", "X10105194912310021",
                                   "11010519491231٠٠2X", "110105194912310²2X"])
def test_bad_characters(value: str) -> None:
    assert _zh(value) == "身份证号前17位只能是数字，最后一位只能是数字或X"


def test_bad_date_message() -> None:
    number = "440303" + "19900231" + "123"
    assert _zh(number + expected_check_char(number)) == "身份证号中的出生日期无效：19900231"
    number = "440303" + "19901301" + "123"
    assert _zh(number + expected_check_char(number)) == "身份证号中的出生日期无效：19901301"


def test_future_birth_date_rejected_today_accepted() -> None:
    tomorrow = make_resident_id("440303", date(2025, 6, 2), 11)
    assert _zh(tomorrow) == "身份证号中的出生日期无效：20250602（晚于今天）"
    today = make_resident_id("440303", date(2025, 6, 1), 11)
    assert validate_resident_id(today, today=TODAY).birth_date == TODAY


def test_check_digit_message_names_expected_char() -> None:
    assert _zh("11010519491231002Y") == "身份证号前17位只能是数字，最后一位只能是数字或X"
    assert _zh("110105194912310021") == "身份证号校验位错误，应为 X"
    assert _zh("36042619910101007X") == "身份证号校验位错误，应为 1"


# --- permits, PR card, address-code warnings -----------------------------------------------


@pytest.mark.parametrize(("address", "kind"), [
    ("810000", "hk_permit"), ("820000", "macao_permit"), ("830000", "taiwan_permit"),
])
def test_residence_permits(address: str, kind: str) -> None:
    # stdnum rejects these (HK born before 1997, Taiwan at all): domain.md §5.1
    check = validate_resident_id(make_resident_id(address, date(1980, 1, 1), 123), today=TODAY)
    assert (check.kind, check.warnings) == (kind, ())


def test_permit_with_county_digits_warns() -> None:
    check = validate_resident_id(make_resident_id("810101", date(1980, 1, 1), 123), today=TODAY)
    assert check.kind == "hk_permit"
    assert [w.zh for w in check.warnings] == ["港澳台居民居住证号码的地址码应为810000，当前为810101，请核对"]


def test_foreign_pr_card() -> None:
    check = validate_resident_id(make_resident_id("912345", date(1990, 1, 1), 123), today=TODAY)
    assert (check.kind, check.warnings) == ("foreign_pr", ())


def test_unknown_province_is_warning() -> None:
    check = validate_resident_id(make_resident_id("990303", date(1990, 1, 1), 2), today=TODAY)
    assert check.kind == "foreign_pr"  # 9x is the PR card, never a warning
    check = validate_resident_id(make_resident_id("200303", date(1990, 1, 1), 2), today=TODAY)
    assert check.kind == "resident"
    assert [w.zh for w in check.warnings] == ["身份证号地址码前两位“20”不是已知的省级行政区划代码，请核对"]
    assert "province code" in check.warnings[0].en


def test_luohu_number_has_no_warning() -> None:
    assert validate_resident_id("440303199001011237", today=TODAY).warnings == ()


# --- properties ----------------------------------------------------------------------------

addresses = st.from_regex(r"(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|9[0-9])[0-9]{4}",
                          fullmatch=True)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
seqs = st.integers(0, 999)


@given(addresses, births, seqs)
def test_generated_ids_validate_and_round_trip(address: str, born: date, seq: int) -> None:
    number = make_resident_id(address, born, seq)
    check = validate_resident_id(number, today=TODAY)
    assert check.number == number
    assert check.birth_date == born
    assert check.gender == ("male" if seq % 2 else "female")


@given(addresses, births, seqs, st.integers(0, 17), st.integers(1, 10))
def test_any_single_character_change_is_rejected(address: str, born: date, seq: int,
                                                 pos: int, delta: int) -> None:
    number = make_resident_id(address, born, seq)
    alphabet = "0123456789X" if pos == 17 else "0123456789"
    changed = alphabet[(alphabet.index(number[pos]) + delta) % len(alphabet)]
    if changed == number[pos]:  # delta == len(alphabet) for the digit positions
        return
    mutated = number[:pos] + changed + number[pos + 1:]
    with pytest.raises(ValidationError):
        validate_resident_id(mutated, today=TODAY)


@given(addresses, births, seqs, st.integers(0, 16))
def test_adjacent_transposition_is_rejected(address: str, born: date, seq: int, pos: int) -> None:
    number = make_resident_id(address, born, seq)
    if number[pos] == number[pos + 1]:
        return
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2:]
    with pytest.raises(ValidationError):
        validate_resident_id(swapped, today=TODAY)


def test_make_resident_id_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        make_resident_id("44030", date(1990, 1, 1), 1)
    with pytest.raises(ValueError):
        make_resident_id("440303", date(1990, 1, 1), 1000)
    assert make_resident_id("440303", date(1990, 1, 1), 123) == "440303199001011237"


# --- mask ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "masked"), [
    ("440303199001011234", "440303********1234"),
    ("4403 0319 9001 0112 34", "440303********1234"),
    ("110105491231002", "110105*****1002"),
    ("E12345678", "E1*****78"),
    ("1234", "1**4"),
    ("abc", "***"),
    ("", ""),
])
def test_mask_id(value: str, masked: str) -> None:
    assert mask_id(value) == masked


@given(st.text(alphabet="0123456789X", max_size=30))
def test_mask_shape(value: str) -> None:
    masked = mask_id(value)
    assert len(masked) == len(value)
    if len(value) >= 15:
        assert masked == value[:6] + "*" * (len(value) - 10) + value[-4:]
    else:
        assert masked.count("*") * 2 >= len(value)


# --- credit codes --------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["91110000600037341L", "91110108551385082Q", "91350100M000100Y43"])
def test_known_valid_credit_codes(code: str) -> None:
    assert validate_credit_code(code) == code
    assert validate_credit_code(code.lower()) == code
    assert validate_credit_code(f" {code[:9]} {code[9:]} ") == code


def test_blog_example_is_invalid() -> None:
    with pytest.raises(ValidationError) as info:
        validate_credit_code("91310115MA1H8R7C6D")
    assert info.value.zh == "统一社会信用代码校验位错误，应为 7"
    assert info.value.field == "credit_code"
    assert expected_credit_check_char("91310115MA1H8R7C6") == "7"


@pytest.mark.parametrize("prefix", ["N2", "Y1", "A1", "31", "32", "51", "92"])
def test_letter_prefixes_are_valid(prefix: str) -> None:
    # python-stdnum rejects N/Y/A prefixes (domain.md §5.2)
    code = make_credit_code(prefix + "440303MA5DXXXX1")
    assert validate_credit_code(code) == code


@pytest.mark.parametrize(("value", "zh"), [
    ("", "请填写统一社会信用代码"),
    ("91110000600037341", "统一社会信用代码应为18位，当前为17位"),
    ("91110000600037341LL", "统一社会信用代码应为18位，当前为19位"),
    ("91110000600O37341L", "统一社会信用代码含有无效字符“O”（不使用I、O、S、V、Z）"),
    ("9111000060003734IL", "统一社会信用代码含有无效字符“I”（不使用I、O、S、V、Z）"),
    ("911A0000600037341L", "统一社会信用代码第3至8位应为数字（登记管理机关行政区划码）"),
])
def test_credit_code_messages(value: str, zh: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_credit_code(value)
    assert info.value.zh == zh


def test_credit_helpers_reject_bad_input() -> None:
    with pytest.raises(ValueError):
        expected_credit_check_char("9111000060003734")
    with pytest.raises(ValueError):
        expected_credit_check_char("9111000060003734I")
    with pytest.raises(ValueError):
        make_credit_code("91A10000600037341")


credit_bodies = st.tuples(
    st.text(alphabet=CREDIT_CHARSET, min_size=2, max_size=2),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.text(alphabet=CREDIT_CHARSET, min_size=9, max_size=9),
).map("".join)


@given(credit_bodies)
def test_generated_credit_codes_validate(body: str) -> None:
    code = make_credit_code(body)
    assert validate_credit_code(code) == code


@given(credit_bodies, st.integers(0, 17), st.integers(1, 30))
def test_credit_single_substitution_detected(body: str, pos: int, delta: int) -> None:
    code = make_credit_code(body)
    changed = CREDIT_CHARSET[(CREDIT_CHARSET.index(code[pos]) + delta) % 31]
    mutated = code[:pos] + changed + code[pos + 1:]
    with pytest.raises(ValidationError):
        validate_credit_code(mutated)
