"""Case number patterns (案号)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.casenumber import DEFAULT_PATTERN, format_case_number, validate_pattern
from app.domain.errors import ValidationError


def test_default_pattern() -> None:
    assert DEFAULT_PATTERN == "〔{year}〕罗湖{street}调字第{n}号"
    validate_pattern(DEFAULT_PATTERN)
    assert format_case_number(DEFAULT_PATTERN, year=2024, n=7, street="桂园") == "〔2024〕罗湖桂园调字第7号"
    assert format_case_number(DEFAULT_PATTERN, year=2025, n=123) == "〔2025〕罗湖调字第123号"


def test_all_placeholders_and_literal_braces() -> None:
    pattern = "{district}{street}{community}{committee}{{{year}}}-{n}"
    assert format_case_number(pattern, year=2025, n=1, district="罗湖", street="桂园",
                              community="老围", committee="老围社区人民调解委员会") == \
        "罗湖桂园老围老围社区人民调解委员会{2025}-1"


@pytest.mark.parametrize(("pattern", "zh"), [
    ("", "案号格式必须包含{year}和{n}"),
    ("第{n}号", "案号格式必须包含{year}和{n}"),
    ("〔{year}〕调字", "案号格式必须包含{year}和{n}"),
    ("〔{year}〕{town}第{n}号", "案号格式中有未知的占位符{town}"),
    ("〔{year}〕{}第{n}号", "案号格式中有未知的占位符{}"),
    ("〔{year}〕{0}第{n}号", "案号格式中有未知的占位符{0}"),
    ("{n.__class__}{year}", "案号格式中有未知的占位符{n.__class__}"),
    ("{n[0]}{year}", "案号格式中有未知的占位符{n[0]}"),
    ("{year}第{n:04d}号", "案号格式中的占位符{n}不能带格式说明"),
    ("{year}第{n!r}号", "案号格式中的占位符{n}不能带格式说明"),
    ("〔{year}〕第{n号", "案号格式中的花括号不匹配（文字中的花括号请写成{{或}}）"),
    ("〔{year}〕}第{n}号", "案号格式中的花括号不匹配（文字中的花括号请写成{{或}}）"),
])
def test_invalid_patterns(pattern: str, zh: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_pattern(pattern)
    assert (info.value.zh, info.value.field) == (zh, "case_number_pattern")
    with pytest.raises(ValidationError):
        format_case_number(pattern, year=2025, n=1)


def test_serial_must_be_positive() -> None:
    with pytest.raises(ValueError):
        format_case_number(DEFAULT_PATTERN, year=2025, n=0)


@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_distinct_serials_give_distinct_numbers(a: int, b: int) -> None:
    first = format_case_number(DEFAULT_PATTERN, year=2025, n=a)
    second = format_case_number(DEFAULT_PATTERN, year=2025, n=b)
    assert (first == second) == (a == b)


@given(st.text(max_size=40))
def test_any_text_either_validates_or_raises_validation_error(pattern: str) -> None:
    try:
        validate_pattern(pattern)
    except ValidationError:
        return
    assert "{year}" in pattern and "{n}" in pattern
    format_case_number(pattern, year=2025, n=1)  # never raises once validated
