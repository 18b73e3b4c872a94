"""Qt-free document layer: the statutory mediation documents as PDF, and the committee seal.

    from app.documents import render, KINDS, agreement_warnings
    from app.documents import signing          # pyHanko; imported on demand (heavy)

Inputs are the plain dataclasses in `app.documents.model`; see docs/documents.md.

Importing the package is cheap (plain Python): ReportLab, the fonts and the templates load on
the first `render`, pyHanko with `signing`, so the services and the GUI start without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.documents.fingerprint import canonical_json, content_fingerprint
from app.documents.render import KINDS, TITLES, render
from app.documents.rules import agreement_warnings, choose_court, confirmation_court
from app.documents.slots import signature_slots

if TYPE_CHECKING:
    from app.documents.fonts import MissingGlyphError, check_drawable

_FONT_NAMES = ("MissingGlyphError", "check_drawable")  # app.documents.fonts needs ReportLab


def __getattr__(name: str) -> Any:
    if name in _FONT_NAMES:
        from app.documents import fonts

        return getattr(fonts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "KINDS",
    "TITLES",
    "MissingGlyphError",
    "agreement_warnings",
    "canonical_json",
    "check_drawable",
    "choose_court",
    "confirmation_court",
    "content_fingerprint",
    "render",
    "signature_slots",
]
