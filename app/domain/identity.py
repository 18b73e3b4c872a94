"""Citizen ID numbers (GB 11643) and unified social credit codes (GB 32100).

We implement the checks ourselves instead of using python-stdnum: stdnum 2.2 rejects valid
Hong Kong / Macao / Taiwan residence-permit numbers, the 2023 foreigner PR card and credit
codes whose first character is a letter (domain.md §5).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain._text import is_ascii_digits, to_halfwidth, without_whitespace
from app.domain.errors import Notice, ValidationError

ID_LENGTH = 18

# ISO 7064 MOD 11-2: weight of position i (1-based) is 2^(18-i) mod 11.
ID_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"  # indexed by (sum mod 11)

# GB/T 2260 province-level codes (first two digits of the address code).
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23",
    "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
    "61", "62", "63", "64", "65", "71", "81", "82", "83",
})
# Residence permits for Hong Kong, Macao and Taiwan residents use one fixed address code each.
PERMIT_KINDS = {"81": "hk_permit", "82": "macao_permit", "83": "taiwan_permit"}
FOREIGN_PR_PREFIX = "9"  # 2023 foreigner permanent-residence ID card
# Birth dates before 1800 are rejected. 1800-1899 is only a warning: such a holder is very
# unlikely, but the standard's own example 440524188001010014 (domain.md §5.1) must validate.
EARLIEST_BIRTH = date(1800, 1, 1)
PLAUSIBLE_BIRTH = date(1900, 1, 1)

CREDIT_CODE_LENGTH = 18
CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
CREDIT_WEIGHTS: tuple[int, ...] = tuple(pow(3, i, 31) for i in range(17))
_CREDIT_VALUES = {ch: i for i, ch in enumerate(CREDIT_CHARSET)}


@dataclass(frozen=True)
class IdCheck:
    """A valid ID number and what it tells us."""

    number: str            # normalised: 18 characters, uppercase X
    birth_date: date
    gender: str            # "male" / "female" (parity of digit 17)
    kind: str              # "resident", "hk_permit", "macao_permit", "taiwan_permit", "foreign_pr"
    warnings: tuple[Notice, ...] = ()  # shown to the user but not blocking


def _id_error(zh: str, en: str) -> ValidationError:
    return ValidationError(zh, en, field="id_number")


def _normalise(value: str) -> str:
    return without_whitespace(to_halfwidth(value or "")).upper()


def expected_check_char(first17: str) -> str:
    """The MOD 11-2 check character for 17 leading digits. ValueError if they are not."""
    if len(first17) != ID_LENGTH - 1 or not is_ascii_digits(first17):
        raise ValueError(f"expected 17 digits, got {first17!r}")
    total = sum(int(ch) * w for ch, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


def _birth_date(number: str, today: date) -> date:
    raw = number[6:14]
    try:
        born = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        raise _id_error(f"身份证号中的出生日期无效：{raw}",
                        f"ID number has an invalid birth date: {raw}") from None
    if born > today:
        raise _id_error(f"身份证号中的出生日期无效：{raw}（晚于今天）",
                        f"ID number birth date {raw} is in the future")
    if born < EARLIEST_BIRTH:
        raise _id_error(f"身份证号中的出生日期无效：{raw}（早于1800年）",
                        f"ID number birth date {raw} is before 1800")
    return born


def _kind_and_warnings(number: str) -> tuple[str, tuple[Notice, ...]]:
    # An unknown address code is only a warning: codes change over time and the
    # issuing office knows better than our table (domain.md §5.1).
    if number.startswith(FOREIGN_PR_PREFIX):
        return "foreign_pr", ()
    province = number[:2]
    if province in PERMIT_KINDS:
        kind = PERMIT_KINDS[province]
        if number[2:6] != "0000":
            return kind, (Notice(f"港澳台居民居住证号码的地址码应为{province}0000，当前为{number[:6]}，请核对",
                                 f"the address code of a residence permit number should be {province}0000, "
                                 f"not {number[:6]}: please check"),)
        return kind, ()
    if province not in PROVINCE_CODES:
        return "resident", (Notice(f"身份证号地址码前两位“{province}”不是已知的省级行政区划代码，请核对",
                                   f"the ID number's first two digits “{province}” are not a known province "
                                   "code: please check"),)
    return "resident", ()


def validate_resident_id(value: str, *, today: date | None = None) -> IdCheck:
    """Validate an 18-character ID, residence-permit or 2023 PR-card number.

    Accepts spaces, full-width digits and a lowercase x. Raises ValidationError
    (field "id_number") with a message that says exactly what is wrong.
    """
    number = _normalise(value)
    if not number:
        raise _id_error("请填写身份证号", "ID number is empty")
    if len(number) != ID_LENGTH:
        hint = "（旧版15位号码请换用18位号码）" if len(number) == 15 else ""
        raise _id_error(f"身份证号应为18位，当前为{len(number)}位{hint}",
                        f"ID number must have 18 characters, got {len(number)}")
    if not is_ascii_digits(number[:17]) or not (is_ascii_digits(number[17]) or number[17] == "X"):
        raise _id_error("身份证号前17位只能是数字，最后一位只能是数字或X",
                        "ID number must be 17 digits followed by a digit or X")
    born = _birth_date(number, today or date.today())
    expected = expected_check_char(number[:17])
    if number[17] != expected:
        raise _id_error(f"身份证号校验位错误，应为 {expected}",
                        f"ID number check character is wrong, expected {expected}")
    kind, warnings = _kind_and_warnings(number)
    if born < PLAUSIBLE_BIRTH:
        warnings += (Notice(f"身份证号中的出生日期{born:%Y年%m月%d日}早于1900年，请核对",
                            f"the ID number's birth date {born:%Y-%m-%d} is before 1900: please check"),)
    gender = "male" if int(number[16]) % 2 else "female"
    return IdCheck(number=number, birth_date=born, gender=gender, kind=kind, warnings=warnings)


def make_resident_id(address6: str, birth: date, seq3: int) -> str:
    """Build a checksum-valid number (demo data and tests). Odd seq3 means male."""
    if len(address6) != 6 or not is_ascii_digits(address6):
        raise ValueError(f"address code must be 6 digits, got {address6!r}")
    if not 0 <= seq3 <= 999:
        raise ValueError(f"sequence must be 0-999, got {seq3}")
    if not 1000 <= birth.year <= 9999:
        raise ValueError(f"birth year must have four digits, got {birth.year}")
    first17 = f"{address6}{birth:%Y%m%d}{seq3:03d}"
    return first17 + expected_check_char(first17)


def mask_id(value: str) -> str:
    """Mask an ID-like number for display: 440303********1234.

    Values of 15 characters or more keep the first 6 and last 4 (the address code and the
    tail, as on printed notices). Shorter ones keep at most a quarter at each end, so at
    least half is hidden; up to 3 characters are hidden entirely.
    """
    text = without_whitespace(value or "")
    n = len(text)
    if n >= 15:
        head, tail = 6, 4
    else:
        head = tail = n // 4
    if tail == 0:
        return "*" * n
    return text[:head] + "*" * (n - head - tail) + text[-tail:]


# --- unified social credit code (统一社会信用代码) ---------------------------------------

def _credit_error(zh: str, en: str) -> ValidationError:
    return ValidationError(zh, en, field="credit_code")


def expected_credit_check_char(first17: str) -> str:
    """The GB 32100 check character for 17 leading characters. ValueError if invalid."""
    if len(first17) != CREDIT_CODE_LENGTH - 1 or any(ch not in _CREDIT_VALUES for ch in first17):
        raise ValueError(f"expected 17 credit-code characters, got {first17!r}")
    total = sum(_CREDIT_VALUES[ch] * w for ch, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARSET[(31 - total % 31) % 31]


def validate_credit_code(value: str) -> str:
    """Validate a unified social credit code and return it normalised (uppercase).

    Positions 1-2 may be any charset character (A/N/Y prefixes are valid); 3-8 are the
    registering authority's area code and must be digits.
    """
    code = _normalise(value)
    if not code:
        raise _credit_error("请填写统一社会信用代码", "credit code is empty")
    if len(code) != CREDIT_CODE_LENGTH:
        raise _credit_error(f"统一社会信用代码应为18位，当前为{len(code)}位",
                            f"credit code must have 18 characters, got {len(code)}")
    bad = next((ch for ch in code if ch not in _CREDIT_VALUES), None)
    if bad is not None:
        raise _credit_error(f"统一社会信用代码含有无效字符“{bad}”（不使用I、O、S、V、Z）",
                            f"credit code contains an invalid character {bad!r}")
    if not is_ascii_digits(code[2:8]):
        raise _credit_error("统一社会信用代码第3至8位应为数字（登记管理机关行政区划码）",
                            "credit code positions 3-8 must be digits")
    expected = expected_credit_check_char(code[:17])
    if code[17] != expected:
        raise _credit_error(f"统一社会信用代码校验位错误，应为 {expected}",
                            f"credit code check character is wrong, expected {expected}")
    return code


def make_credit_code(first17: str) -> str:
    """Append the check character so the result passes validate_credit_code."""
    first17 = first17.upper()
    if not is_ascii_digits(first17[2:8]):
        raise ValueError(f"positions 3-8 must be digits, got {first17!r}")
    return first17 + expected_credit_check_char(first17)
