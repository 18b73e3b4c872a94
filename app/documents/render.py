"""Render any statutory document of a case to PDF bytes.

    render(kind, data, *, issued=True, for_wet_signature=False) -> bytes

`issued=False` renders a draft: a "草稿 未生效" watermark and no QR code or fingerprint.
`for_wet_signature=True` leaves every signature box empty (drawn signatures are not placed)
so the paper copy can be signed in ink and fingerprinted.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.documents import model as m
from app.documents.fingerprint import content_fingerprint, qr_payload
from app.documents.kinds import KINDS, TITLES, Options
from app.documents.rules import agreement_warnings

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

# ReportLab, the fonts and the templates are imported on the first render, not with this
# module: the services, the CLI and the views import it only to name documents.

DOCUMENT_CLASSES: dict[str, type[m.DocumentBase]] = {c.KIND: c for c in m.DOCUMENT_TYPES}


@functools.cache
def _builders() -> dict[str, Callable[[Any, Options], list[Flowable]]]:
    from app.documents.templates import agreement as t_agreement
    from app.documents.templates import closure as t_closure
    from app.documents.templates import intake as t_intake
    from app.documents.templates import records as t_records

    return {
        "application": t_intake.application,
        "registration": t_intake.registration,
        "notice": t_intake.notice,
        "investigation": t_records.investigation,
        "record": t_records.record,
        "agreement": t_agreement.agreement,
        "oral-agreement": t_agreement.oral_agreement,
        "judicial-confirmation": t_closure.judicial_confirmation,
        "follow-up": t_records.follow_up,
        "termination": t_closure.termination,
    }


def check_text(value: object, path: str = "data") -> None:
    """Raise MissingGlyphError (with the field path) for any text no font can draw."""
    from app.documents.fonts import check_drawable

    _check_text(value, path, check_drawable)


def _check_text(value: object, path: str, check: Callable[[str, str], None]) -> None:
    if isinstance(value, str):
        check(value, path)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _check_text(getattr(value, f.name), f"{path}.{f.name}", check)
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            _check_text(item, f"{path}[{i}]", check)


def _validate(kind: str, data: object) -> m.DocumentBase:
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {KINDS}")
    expected = DOCUMENT_CLASSES[kind]
    if not isinstance(data, expected):
        raise TypeError(f"{kind!r} needs {expected.__name__}, got {type(data).__name__}")
    check_text(data)
    return data


def prepare() -> None:
    """Import ReportLab and the templates and register the fonts now, so the first render the
    user asks for does not pay for them (the desktop app calls this in the background)."""
    from app.documents.fonts import register_fonts
    from app.documents.layout import build_pdf  # noqa: F401 - imported for its side effect

    _builders()
    register_fonts()


def render_document(data: m.DocumentBase, opts: Options) -> bytes:
    """Render one (non case-file) document whose input has been validated."""
    from app.documents.layout import PageInfo, build_pdf

    story = _builders()[data.KIND](data, opts)
    fingerprint = content_fingerprint(data) if opts.issued else None
    info = PageInfo(
        title=TITLES[data.KIND],
        number=data.number,
        committee=data.station.committee_name,
        fingerprint=fingerprint,
        qr_payload=qr_payload(data, fingerprint) if fingerprint else None,
        draft=not opts.issued,
    )
    return build_pdf(story, info)


def render(
    kind: str, data: m.DocumentBase, *, issued: bool = True, for_wet_signature: bool = False
) -> bytes:
    doc = _validate(kind, data)
    opts = Options(issued=issued, for_wet_signature=for_wet_signature)
    if isinstance(doc, m.CaseFile):
        from app.documents.casefile import render_case_file  # needs pypdf; keep it lazy

        return render_case_file(doc, opts)
    return render_document(doc, opts)


__all__ = ["KINDS", "TITLES", "agreement_warnings", "check_text", "render"]
