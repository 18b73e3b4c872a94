"""The one check for typed text: every field refuses what no document can print.

`check_text(value, label, kind)` raises ValidationError naming the field (its Chinese label)
and the character when the text holds a control character (NUL included; newline and tab
only in multi-line fields), a lone surrogate, a character no shipped font can draw, or is
longer than its kind allows. The glyph test is one frozenset lookup per text (the usual
case) against the shipped fonts' cmaps, read on first use (app.domain.glyphs).
"""
from __future__ import annotations

import functools
import unicodedata
from enum import Enum

from app.domain.errors import ValidationError
from app.domain.glyphs import drawable


class TextKind(Enum):
    """Field kinds: (length limit in characters, multi-line)."""

    NAME = (50, False)          # a person's or organisation's name, a staff name
    SHORT = (100, False)        # ethnicity, occupation, title, agent authority, phone-like text
    ADDRESS = (200, False)      # addresses, places
    LINE = (500, False)         # one line of text: a claim, a term's object, method, breach clause
    TEXT = (5000, True)         # summary, facts, disputed matters, an answer
    NOTE = (20000, True)        # a note, a minutes entry

    @property
    def limit(self) -> int:
        return self.value[0]

    @property
    def multiline(self) -> bool:
        return self.value[1]


_MULTILINE_OK = frozenset("\n\r\t")
# Variation selectors pick a glyph variant; the documents drop them (app.documents.fonts).
_VS = frozenset(chr(c) for c in (*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)))
_ALLOWED_EXTRA = frozenset(map(ord, _MULTILINE_OK | _VS))


@functools.cache
def _printable() -> frozenset[int]:
    """What the fonts draw, less control characters (the fonts map NUL to an empty glyph)."""
    controls = {*range(0x00, 0x20), *range(0x7F, 0xA0), *range(0xD800, 0xE000)}
    return drawable() - controls


def _shown(char: str) -> str:
    """How a bad character is named in a message: itself when visible, else its escape."""
    cp = ord(char)
    if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        return f"\\u{cp:04X}" if cp <= 0xFFFF else f"\\U{cp:08X}"
    return char


def _refuse(label: str, field: str | None, char: str, what_zh: str, what_en: str) -> ValidationError:
    cp = f"U+{ord(char):04X}"
    return ValidationError(f"「{label}」含有{what_zh}“{_shown(char)}”（{cp}），请删除或改用常用字后再保存。",
                           f"{field or label}: contains a {what_en} ({cp}) that cannot be printed; "
                           "remove it or use a common character", field=field)


def bad_character(value: str, kind: TextKind) -> tuple[str, str] | None:
    """(the first bad character, why: control/surrogate/glyph), or None."""
    cps = _printable()
    if cps.issuperset(map(ord, value)):
        return None  # the usual case, decided without a Python-level loop
    for char in value:
        cp = ord(char)
        if cp in cps:
            continue
        if 0xD800 <= cp <= 0xDFFF:
            return char, "surrogate"
        if char in _MULTILINE_OK:
            if kind.multiline:
                continue
            return char, "control"
        if char in _VS:
            continue
        if unicodedata.category(char) == "Cc":
            return char, "control"
        return char, "glyph"
    return None


def check_text(value: str, label: str, kind: TextKind, *, field: str | None = None) -> str:
    """Return `value` unchanged, or raise ValidationError naming the field and the character."""
    if not isinstance(value, str):
        raise ValidationError(f"「{label}」应为文字。", f"{field or label}: not text", field=field)
    found = bad_character(value, kind)
    if found is not None:
        char, why = found
        if why == "surrogate":
            raise _refuse(label, field, char, "残缺的字符编码", "lone surrogate")
        if why == "control":
            what = "换行或制表符" if char in _MULTILINE_OK else "无法打印的控制字符"
            raise _refuse(label, field, char, what, "control character")
        raise _refuse(label, field, char, "字体无法打印的字符", "character no shipped font can draw")
    if len(value) > kind.limit:
        raise ValidationError(f"「{label}」最多{kind.limit}字，现有{len(value)}字，请精简后再保存。",
                              f"{field or label}: at most {kind.limit} characters, {len(value)} given",
                              field=field)
    return value


def text_errors(fields: list[tuple[str, str, TextKind, str | None]]) -> list[ValidationError]:
    """Check many (value, label, kind, field) at once; the errors of all that fail."""
    out: list[ValidationError] = []
    for value, label, kind, field in fields:
        try:
            check_text(value, label, kind, field=field)
        except ValidationError as e:
            out.append(e)
    return out
