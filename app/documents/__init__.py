"""Qt-free document layer: the statutory mediation documents as PDF, and the committee seal.

    from app.documents import render, KINDS, agreement_warnings
    from app.documents import signing          # pyHanko; imported on demand (heavy)

Inputs are the plain dataclasses in `app.documents.model`; see docs/documents.md.
"""

from __future__ import annotations

from app.documents.fingerprint import canonical_json, content_fingerprint
from app.documents.fonts import MissingGlyphError, check_drawable
from app.documents.render import KINDS, TITLES, render
from app.documents.rules import agreement_warnings, choose_court, confirmation_court
from app.documents.slots import signature_slots

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
