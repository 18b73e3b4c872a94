"""Case numbers (案号) built from a pattern the administrator configures.

The pattern is user input passed to str.format, so only the exact placeholder names below
are allowed: "{n.__class__}" or "{0}" are rejected instead of being evaluated.
"""
from __future__ import annotations

from string import Formatter

from app.domain.errors import ValidationError

DEFAULT_PATTERN = "〔{year}〕罗湖{street}调字第{n}号"
REQUIRED_PLACEHOLDERS = frozenset({"year", "n"})
OPTIONAL_PLACEHOLDERS = frozenset({"street", "district", "community", "committee"})
PLACEHOLDERS = REQUIRED_PLACEHOLDERS | OPTIONAL_PLACEHOLDERS


def _error(zh: str, en: str) -> ValidationError:
    return ValidationError(zh, en, field="case_number_pattern")


def _fields(pattern: str) -> list[tuple[str, str, str | None]]:
    """(name, format_spec, conversion) of each placeholder; ValidationError on bad braces."""
    try:
        return [(name, spec or "", conv) for _, name, spec, conv in Formatter().parse(pattern)
                if name is not None]
    except ValueError:
        raise _error("案号格式中的花括号不匹配（文字中的花括号请写成{{或}}）",
                     f"unbalanced braces in case number pattern {pattern!r}") from None


def validate_pattern(pattern: str) -> None:
    """Raise ValidationError unless the pattern is usable for format_case_number."""
    fields = _fields(pattern or "")
    for name, spec, conv in fields:
        if name not in PLACEHOLDERS:
            raise _error(f"案号格式中有未知的占位符{{{name}}}",
                         f"unknown placeholder {{{name}}} in case number pattern")
        if spec or conv:
            raise _error(f"案号格式中的占位符{{{name}}}不能带格式说明",
                         f"placeholder {{{name}}} must not have a format spec or conversion")
    if not REQUIRED_PLACEHOLDERS.issubset(name for name, _, _ in fields):
        raise _error("案号格式必须包含{year}和{n}",
                     "case number pattern must contain {year} and {n}")


def format_case_number(pattern: str, *, year: int, n: int, street: str = "",
                       district: str = "", community: str = "", committee: str = "") -> str:
    """Fill the pattern: format_case_number(DEFAULT_PATTERN, year=2024, n=7, street="桂园")
    gives 〔2024〕罗湖桂园调字第7号."""
    validate_pattern(pattern)
    if n < 1:
        raise ValueError(f"case serial number must be positive, got {n}")
    return pattern.format(year=year, n=n, street=street, district=district,
                          community=community, committee=committee)
