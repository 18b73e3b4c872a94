"""Small text helpers shared by the validators (not part of the public API)."""
from __future__ import annotations

# Full-width ASCII forms (！ to ～) sit at a fixed offset from their ASCII twins. Chinese
# input methods often type digits and letters full-width, so we fold them before checking.
_FULLWIDTH_OFFSET = 0xFEE0
_FULLWIDTH_TABLE = {code: code - _FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F)}
_ASCII_DIGITS = frozenset("0123456789")


def to_halfwidth(value: str) -> str:
    """Fold full-width ASCII forms to ASCII; the ideographic space becomes a plain space."""
    return value.translate(_FULLWIDTH_TABLE).replace("\u3000", " ")


def without_whitespace(value: str) -> str:
    """Remove every whitespace character (people paste numbers with spaces in them)."""
    return "".join(value.split())


def is_ascii_digits(value: str) -> bool:
    """True for a non-empty run of 0-9 only (str.isdigit also accepts '²' and '٣')."""
    return bool(value) and all(ch in _ASCII_DIGITS for ch in value)
