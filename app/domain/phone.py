"""Mainland China phone numbers: mobiles and landlines with an area code."""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain._text import is_ascii_digits, to_halfwidth, without_whitespace
from app.domain.errors import ValidationError

_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# Area code: 010 and 02x have three characters, every other code (0755 ...) has four.
_LANDLINE = re.compile(
    r"(?P<area>0[12][0-9]|0[3-9][0-9]{2})-?(?P<local>[1-9][0-9]{6,7})"
    r"(?:(?:-|转|ext|x)(?P<ext>[0-9]{1,6}))?",
    re.IGNORECASE,
)
_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-", "‐": "-", "‑": "-"})
_AREA_IN_PARENS = re.compile(r"^\((0[0-9]{2,3})\)-?")
_ALLOWED = re.compile(r"[0-9+\-()]|转|ext|x", re.IGNORECASE)


@dataclass(frozen=True)
class PhoneCheck:
    number: str  # normalised: 13812345678 or 0755-12345678[-123]
    kind: str    # "mobile" / "landline"


def _error(zh: str, en: str) -> ValidationError:
    return ValidationError(zh, en, field="phone")


def _strip_country_code(text: str) -> str:
    """Drop +86 / 0086 / 86; restore the trunk 0 that international landline format drops."""
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            rest = text[len(prefix):].lstrip("-")
            is_mobile = _MOBILE.fullmatch(rest.replace("-", "")) is not None
            return rest if is_mobile or rest.startswith("0") else "0" + rest
    digits = text.replace("-", "")
    if text.startswith("86") and len(digits) == 13 and digits[2] == "1":
        return text[2:].lstrip("-")  # 8613812345678
    return text


def validate_phone(value: str) -> PhoneCheck:
    """Validate a mobile (11 digits, 1[3-9]...) or a landline with area code.

    Accepts +86/0086/86, spaces and dashes, "(0755)" and an extension after "-" or "转".
    Raises ValidationError(field="phone").
    """
    text = without_whitespace(to_halfwidth(value or "")).translate(_DASHES)
    if not text:
        raise _error("请填写联系电话", "phone number is empty")
    if _ALLOWED.sub("", text):
        raise _error("电话号码只能包含数字、空格、短横线和+86前缀",
                     f"phone number contains invalid characters: {value!r}")
    text = _AREA_IN_PARENS.sub(r"\1-", _strip_country_code(text))
    digits = text.replace("-", "")
    if is_ascii_digits(digits) and len(digits) in (7, 8) and not text.startswith("0"):
        raise _error("固定电话请加区号，如 0755-12345678",
                     f"landline needs an area code: {value!r}")
    if text.startswith("1"):
        if is_ascii_digits(digits) and _MOBILE.fullmatch(digits):
            return PhoneCheck(number=digits, kind="mobile")
        raise _error("手机号应为11位数字，以1开头，第二位为3至9",
                     f"mobile number must be 11 digits starting 1[3-9]: {value!r}")
    if text.startswith("0"):
        match = _LANDLINE.fullmatch(text)
        if match is None:
            raise _error("固定电话应为区号加7至8位号码，如 0755-12345678",
                         f"landline must be an area code plus 7-8 digits: {value!r}")
        number = f"{match['area']}-{match['local']}"
        if match["ext"]:
            number += f"-{match['ext']}"
        return PhoneCheck(number=number, kind="landline")
    raise _error("请填写11位手机号或带区号的固定电话",
                 f"not a mobile or landline number: {value!r}")
