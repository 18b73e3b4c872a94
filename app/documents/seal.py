"""The visible appearance of the committee's electronic seal, drawn with ReportLab.

A red round seal: the committee name along the upper arc, a five-pointed star, "电子印章"
and the sealing time. It is rendered as a one-page PDF and used by `signing.seal_pdf` as the
signature widget's appearance, so the Chinese text is set in the shipped (embedded) fonts.
"""

from __future__ import annotations

import io
import math
from datetime import datetime

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import SANS, SERIF, check_drawable, draw_text, register_fonts

SEAL_RED = Color(0.80, 0.08, 0.12)


def _star(canv: Canvas, cx: float, cy: float, radius: float) -> None:
    path = canv.beginPath()
    for i in range(10):
        angle = math.pi / 2 + i * math.pi / 5
        r = radius if i % 2 == 0 else radius * 0.382
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    canv.drawPath(path, fill=1, stroke=0)


def _arc_text(canv: Canvas, cx: float, cy: float, radius: float, text: str, size: float) -> None:
    """Characters upright towards the centre, clockwise along the upper arc."""
    n = len(text)
    # Spread over up to 250°, keeping about 1.1 character widths between centres.
    span = min(math.radians(250), n * size * 1.1 / radius)
    for i, char in enumerate(text):
        angle = math.pi / 2 + span / 2 - (i + 0.5) * span / n
        canv.saveState()
        canv.translate(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        canv.rotate(math.degrees(angle) - 90)
        draw_text(canv, 0, 0, char, size, base=SANS, align="centre")
        canv.restoreState()


def seal_appearance(
    seal_text: str, signed_at: datetime, *, size: float = 40 * mm, label: str = "电子印章"
) -> bytes:
    """A one-page PDF (size × size points) showing the seal."""
    check_drawable(seal_text, "seal_text")
    register_fonts()
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(size, size), initialFontName=SERIF)
    cx = cy = size / 2
    outer = size / 2 - 0.8 * mm
    canv.setStrokeColor(SEAL_RED)
    canv.setFillColor(SEAL_RED)
    canv.setLineWidth(0.9 * mm)
    canv.circle(cx, cy, outer)
    chars = len(seal_text) or 1
    text_size = min(size * 0.13, 2 * math.pi * outer * 0.6 / chars)
    _arc_text(canv, cx, cy, outer - 1.6 * mm - text_size * 0.85, seal_text, text_size)
    _star(canv, cx, cy + 0.5 * mm, outer * 0.28)
    draw_text(canv, cx, cy - outer * 0.50, label, size * 0.075, base=SANS, align="centre")
    draw_text(
        canv,
        cx,
        cy - outer * 0.70,
        signed_at.strftime("%Y-%m-%d %H:%M"),
        size * 0.05,
        align="centre",
    )
    canv.showPage()
    canv.save()
    return out.getvalue()
