"""ReportLab building blocks for the MoJ-style forms: styles, title block, ruled form tables,
text sections that flow across pages, signature blocks, the seal area and the page frame
(page x of y, document number, QR code and content fingerprint, draft watermark)."""

from __future__ import annotations

import functools
import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import PATH_OPS, Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.fonts import (
    SANS,
    SERIF,
    draw_text,
    font_runs,
    para_markup,
    register_fonts,
    text_width,
)
from app.documents.page import (
    BOTTOM_MARGIN,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    SEAL_FIELD_NAME,
    SEAL_SIZE,
    TEXT_WIDTH,
    TOP_MARGIN,
)
from app.documents.qr import qr_matrix

INK = colors.black
RULE = 0.75  # line width of the form grid (pt)
CELL_PAD = 4


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    para: ParagraphStyle  # narrative paragraph with a two-character first-line indent
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    label: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    small_centre: ParagraphStyle
    date: ParagraphStyle
    right: ParagraphStyle
    cover_committee: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The paragraph styles (registers the fonts on first use, not at import)."""
    register_fonts()
    base = ParagraphStyle(
        "md-body",
        fontName=SERIF,
        fontSize=12,
        leading=21,
        wordWrap="CJK",
        alignment=TA_JUSTIFY,
        textColor=INK,
    )
    return Styles(
        body=base,
        para=ParagraphStyle("md-para", parent=base, firstLineIndent=24),
        cell=ParagraphStyle("md-cell", parent=base, fontSize=11, leading=17, alignment=TA_LEFT),
        cell_centre=ParagraphStyle(
            "md-cell-c", parent=base, fontSize=11, leading=17, alignment=TA_CENTER
        ),
        label=ParagraphStyle("md-label", parent=base, fontSize=11, leading=15, alignment=TA_CENTER),
        heading=ParagraphStyle(
            "md-heading", parent=base, fontName=SANS, fontSize=12, leading=21, alignment=TA_LEFT
        ),
        small=ParagraphStyle("md-small", parent=base, fontSize=9, leading=13),
        small_centre=ParagraphStyle(
            "md-small-c", parent=base, fontSize=9, leading=13, alignment=TA_CENTER
        ),
        date=ParagraphStyle("md-date", parent=base, fontSize=10, leading=14, alignment=TA_CENTER),
        right=ParagraphStyle("md-right", parent=base, alignment=TA_RIGHT),
        cover_committee=ParagraphStyle(
            "md-cover-committee", parent=base, fontSize=18, leading=26, alignment=TA_CENTER
        ),
    )


STYLES: Styles  # read through the module __getattr__ below, so importing stays cheap


def __getattr__(name: str) -> Any:
    if name == "STYLES":
        return styles()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---------------------------------------------------------------------------------------
# Text helpers


class FormParagraph(Paragraph):
    """A Paragraph that keeps its line breaks for the width it was last wrapped to.

    Platypus wraps each paragraph at least twice at the same width (a table sizes its cells,
    then splits or draws them), and CJK line breaking, character by character, is the
    costliest step of a render. The lines depend only on the width, the text and the style,
    none of which changes once the paragraph is built (`split` makes new paragraphs). The
    kept result is used only while the lines it computed are still in place: `split` drops
    them when it pushes the paragraph to the next page."""

    _md_wrapped: tuple[float, tuple[float, float], object] | None = None
    _md_source: tuple[str, str, ParagraphStyle] | None = None  # a long text: see `expanded`

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        done = self._md_wrapped
        if done is not None and done[0] == availWidth and self.__dict__.get("blPara") is done[2]:
            return done[1]
        size = super().wrap(availWidth, availHeight)
        self._md_wrapped = (availWidth, size, self.__dict__.get("blPara"))
        return size


# Long texts are set as a run of paragraphs of about LONG_TEXT characters. Platypus re-breaks
# the whole rest of a paragraph each time it splits it over a page, so one paragraph of n
# characters over n / 1,000 pages costs n² / 1,000 character measurements; pieces keep each
# split to one piece and a render grows linearly with the text. Pieces end at the text's own
# line breaks; a single line longer than HARD_SPLIT is cut after a sentence (。！？；).
LONG_TEXT = 1000
HARD_SPLIT = 3000
_SENTENCE_ENDS = frozenset("。！？；!?;")


def _line_pieces(line: str) -> list[str]:
    pieces: list[str] = []
    while len(line) > HARD_SPLIT:
        cut = max((i for i in range(HARD_SPLIT // 2, HARD_SPLIT) if line[i - 1] in _SENTENCE_ENDS), default=HARD_SPLIT)
        pieces.append(line[:cut])
        line = line[cut:]
    return [*pieces, line]


def text_pieces(text: str) -> list[str]:
    """`text` cut into pieces of about LONG_TEXT characters at line breaks (see above)."""
    text = text.replace("\r\n", "\n")
    if len(text) <= LONG_TEXT:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        for piece in _line_pieces(line):
            if current and size + len(piece) > LONG_TEXT and "".join(current).strip():
                pieces.append("\n".join(current))
                current, size = [], 0
            current.append(piece)
            size += len(piece) + 1
    if current:
        pieces.append("\n".join(current))
    return pieces


@functools.cache
def _continued(style: ParagraphStyle) -> ParagraphStyle:
    """The style of the pieces after the first: no first-line indent, no space before."""
    return ParagraphStyle(f"{style.name}-continued", parent=style, firstLineIndent=0, spaceBefore=0)


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped, with font fallback for rare characters)."""
    return labelled_para("", text, style)


def labelled_para(prefix_markup: str, text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of trusted markup (a label) followed by plain `text`. A long text keeps its
    source so the layout sets it in pieces (`expanded`)."""
    style = style or styles().body
    if len(text) <= LONG_TEXT:
        return FormParagraph(prefix_markup + para_markup(text), style)
    p = FormParagraph(prefix_markup + para_markup(text), style)  # as is where not expanded
    p._md_source = (prefix_markup, text, style)  # noqa: SLF001
    return p


def expanded(items: Sequence[Any]) -> list[Any]:
    """`items` with every long-text paragraph replaced by its pieces."""
    out: list[Any] = []
    for f in items:
        source = getattr(f, "_md_source", None)
        if source is None:
            out.append(f)
            continue
        prefix, text, style = source
        first, *rest = text_pieces(text)
        out.append(FormParagraph(prefix + para_markup(first), style))
        out += [FormParagraph(para_markup(piece), _continued(style)) for piece in rest]
    return out


def _cell(value: Any, style: ParagraphStyle) -> Any:
    if isinstance(value, str):
        value = para(value, style)
    if isinstance(value, (list, tuple)):
        return expanded(value)
    if getattr(value, "_md_source", None) is not None:
        return expanded([value])
    return value


def markup_paragraph(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of trusted markup built by the templates from `para_markup` pieces."""
    return FormParagraph(markup, style or styles().body)


def cn_date(value: date | datetime | None, blank: str = "　　年　　月　　日") -> str:
    if value is None:
        return blank
    return f"{value.year}年{value.month}月{value.day}日"


def cn_datetime(value: datetime | None) -> str:
    if value is None:
        return "　　年　　月　　日　　时　　分"
    return f"{cn_date(value)}{value.hour}时{value.minute:02d}分"


def vertical_label(text: str) -> Paragraph:
    """A row header set one character per line, as the paper forms do."""
    return FormParagraph("<br/>".join(para_markup(c) for c in text), styles().label)


# ---------------------------------------------------------------------------------------
# Flowables


def draw_title_text(
    canv: Canvas, mid_x: float, y: float, text: str, size: float, spacing: float
) -> None:
    """Centred, letter-spaced title in the Ming face, stroked as well as filled so the thin
    Light weight reads like the bold titles of printed forms."""
    width = text_width(text, size) + spacing * (len(text) - 1)
    canv.saveState()
    canv.setLineWidth(size / 48)
    obj = canv.beginText(mid_x - width / 2, y)
    obj.setTextRenderMode(2)
    obj.setCharSpace(spacing)
    for font, run in font_runs(text):
        obj.setFont(font, size)
        obj.textOut(run)
    canv.drawText(obj)
    canv.restoreState()


class CentredTitle(Flowable):
    """A stand-alone centred title line (cover, index, back cover)."""

    def __init__(self, text: str, size: float, spacing: float = 0.0) -> None:
        super().__init__()
        self.text, self.size, self.spacing = text, size, spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.size * 1.4

    def draw(self) -> None:
        draw_title_text(
            self.canv, self.width / 2, self.size * 0.3, self.text, self.size, self.spacing
        )


class TitleBlock(Flowable):
    """Committee name, the document title (faux-bold Ming, letter-spaced) and its number."""

    def __init__(self, committee: str, title: str, number: str) -> None:
        super().__init__()
        self.committee, self.title, self.number = committee, title, number
        self.width = TEXT_WIDTH
        self.height = 30 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        mid = self.width / 2
        draw_text(c, mid, self.height - 6 * mm, self.committee, 14, align="centre")
        spacing = 6.0 if len(self.title) <= 8 else 1.0
        draw_title_text(c, mid, self.height - 17 * mm, self.title, 22, spacing)
        draw_text(c, self.width, 2 * mm, f"编号：{self.number}", 11, align="right")


class Box(Flowable):
    """An empty square with a faint caption: the fingerprint (按指印) box."""

    def __init__(self, size: float, caption: str) -> None:
        super().__init__()
        self.size, self.caption = size, caption

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.Color(0.45, 0.45, 0.45))
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(0, 0, self.size, self.size)
        c.setFillColor(colors.Color(0.55, 0.55, 0.55))
        draw_text(c, self.size / 2, 2 * mm, self.caption, 7, align="centre")
        c.restoreState()


class SealArea(Flowable):
    """Committee name, "（印）" and the date at the right, with a prepared (empty) PDF signature
    field over them, so `seal_pdf` puts the visible electronic seal where the paper seal goes."""

    def __init__(self, committee: str, on: date | None, *, label: str = "（印）") -> None:
        super().__init__()
        self.committee, self.on, self.label = committee, on, label
        self.width = TEXT_WIDTH
        # Lower than the seal: a seal may overlap the lines around it, as on paper.
        self.height = 30 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        centre_x = self.width - 42 * mm
        centre_y = self.height / 2
        draw_text(c, centre_x, centre_y + 2 * mm, self.committee + self.label, 12, align="centre")
        draw_text(c, centre_x, centre_y - 8 * mm, cn_date(self.on), 12, align="centre")
        x0, y0 = c.absolutePosition(centre_x - SEAL_SIZE / 2, centre_y - SEAL_SIZE / 2)
        add_signature_field(c, SEAL_FIELD_NAME, x0, y0, SEAL_SIZE, SEAL_SIZE)


def add_signature_field(canv: Canvas, name: str, x: float, y: float, w: float, h: float) -> None:
    """Add an empty AcroForm signature field (a "sign here" widget) at absolute coordinates.

    ReportLab's acroform module has no signature fields, so the widget dictionary is built
    here and registered the way its own text fields are (hence the private calls)."""
    form = canv.acroForm
    widget = PDFDictionary(
        {
            "FT": PDFName("Sig"),
            "T": PDFString(name),
            "Type": PDFName("Annot"),
            "Subtype": PDFName("Widget"),
            "F": 4,  # 4 = print
            "Rect": PDFArray([round(v, 2) for v in (x, y, x + w, y + h)]),
            "P": canv._doc.thisPageRef(),
        }
    )
    canv._addAnnotation(widget)
    form.fields.append(form.getRef(widget))


# Decoded signature images, kept for the documents rendered next: the same agreement is
# rendered again after each signature, for printing and for sealing. One decoded 600 × 200
# signature takes about 1 MB, so only one agreement's worth is kept.
_PNG_READERS: OrderedDict[bytes, ImageReader] = OrderedDict()
_PNG_READERS_LOCK = threading.Lock()
_PNG_READERS_KEPT = 8


def png_reader(png: bytes) -> ImageReader:
    """A decoded ImageReader for `png` (RGB and alpha data decoded now, so a shared reader is
    only read from when documents are drawn)."""
    with _PNG_READERS_LOCK:
        reader = _PNG_READERS.get(png)
        if reader is not None:
            _PNG_READERS.move_to_end(png)
            return reader
    reader = ImageReader(io.BytesIO(png))
    reader.getRGBData()
    alpha = getattr(reader, "_dataA", None)  # ReportLab's soft mask for images with alpha
    if alpha is not None:
        alpha.getRGBData()
    with _PNG_READERS_LOCK:
        _PNG_READERS[png] = reader
        while len(_PNG_READERS) > _PNG_READERS_KEPT:
            _PNG_READERS.popitem(last=False)
    return reader


class DrawnSignature(Flowable):
    """A drawn-signature PNG scaled to fit its box, keeping its aspect ratio."""

    def __init__(self, png: bytes, max_w: float, max_h: float) -> None:
        super().__init__()
        self.reader = png_reader(png)
        iw, ih = self.reader.getSize()
        scale = min(max_w / iw, max_h / ih)
        self.w, self.h = iw * scale, ih * scale

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.w, self.h

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.w, self.h, mask="auto")


# ---------------------------------------------------------------------------------------
# Tables


def grid_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), RULE, INK),
            # Empty string cells are drawn as text too: keep them off the base-14 Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD + 1),
            # Close the box where a row is split over two pages.
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), RULE, INK),
            ("LINEABOVE", (0, "splitfirst"), (-1, "splitfirst"), RULE, INK),
            *extra,
        ]
    )


def form_table(
    rows: list[list[Any]],
    widths_mm: Sequence[float],
    *,
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    min_height: float = 9 * mm,
    extra: Sequence[tuple[Any, ...]] = (),
    repeat_rows: int = 0,
) -> Table:
    """A ruled form table; plain strings become cell paragraphs. Rows may split across pages."""
    data = [[_cell(c, styles().cell) for c in row] for row in rows]
    style = list(extra) + [("SPAN", a, b) for a, b in spans]
    return Table(
        data,
        colWidths=[w * mm for w in widths_mm],
        rowHeights=None,
        style=grid_style(style),
        splitInRow=1,
        minRowHeights=[min_height] * len(data),
        repeatRows=repeat_rows,
    )


def label_cell(text: str) -> Paragraph:
    return para(text, styles().label)


def text_section(label: str, body: Sequence[Flowable], *, min_height: float = 16 * mm) -> Table:
    """One full-width ruled cell: a heading ("纠纷简要情况：") and free text that flows on to
    the next page when it is long.

    ReportLab never splits a row where less than its minimum height is left, so the minimum
    is kept small: it only stops a heading from being stranded at the foot of a page."""
    head = para(f"{label}：", styles().heading)
    return Table(
        [[[head, *expanded(body)]]],
        colWidths=[TEXT_WIDTH],
        splitInRow=1,
        style=grid_style(
            [
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 6),
                ("RIGHTPADDING", (0, 0), (0, 0), 6),
            ]
        ),
        minRowHeights=[min_height],
    )


def boxed(body: Sequence[Flowable], *, min_height: float = 0) -> Table:
    """Free text inside one full-width ruled cell."""
    return Table(
        [[expanded(body)]],
        colWidths=[TEXT_WIDTH],
        splitInRow=1,
        style=grid_style([("VALIGN", (0, 0), (0, 0), "TOP")]),
        minRowHeights=[min_height] if min_height else None,
    )


# ---------------------------------------------------------------------------------------
# Signature blocks


@dataclass(frozen=True)
class SignatureRow:
    role: str
    name: str
    png: bytes | None  # None: an empty box for ink
    fingerprint: bool
    signed_on: date | None


_SIG_COLS_MM = (34, 34, 44, 20, 28)  # role, name, signature, fingerprint, date
SIGNATURE_ROW_HEIGHT = 17 * mm  # room for a fingerprint box
PLAIN_SIGNATURE_ROW_HEIGHT = 13 * mm


def _sign_hint(row: SignatureRow) -> str:
    return "（签名/盖章/按指印）" if row.fingerprint else "（签名）"


def signature_table(rows: Sequence[SignatureRow]) -> Table:
    """One ruled row per signer: role, printed name, signature box, fingerprint box, date."""
    data: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []
    for i, row in enumerate(rows):
        role = markup_paragraph(
            f"{para_markup(row.role)}<br/><font size=8>{_sign_hint(row)}</font>", styles().label
        )
        box: Any = ""
        if row.png is not None:
            height = SIGNATURE_ROW_HEIGHT if row.fingerprint else PLAIN_SIGNATURE_ROW_HEIGHT
            box = DrawnSignature(row.png, (_SIG_COLS_MM[2] - 4) * mm, height - 4 * mm)
        fp: Any = Box(14 * mm, "指印") if row.fingerprint else ""
        data.append(
            [
                role,
                para(row.name, styles().cell_centre),
                box,
                fp,
                para(cn_date(row.signed_on, "年　月　日"), styles().date),
            ]
        )
        if not row.fingerprint:
            spans.append(("SPAN", (2, i), (3, i)))
    return Table(
        data,
        colWidths=[w * mm for w in _SIG_COLS_MM],
        rowHeights=[
            SIGNATURE_ROW_HEIGHT if r.fingerprint else PLAIN_SIGNATURE_ROW_HEIGHT for r in rows
        ],
        style=grid_style([("ALIGN", (2, 0), (3, -1), "CENTER"), *spans]),
    )


def signature_block(
    rows: Sequence[SignatureRow], *, seal: SealArea | None = None, lead: Sequence[Flowable] = ()
) -> KeepTogether:
    """Signatures (and the seal area) kept whole on one page."""
    parts: list[Flowable] = [*lead, Spacer(1, 3 * mm), signature_table(rows)]
    if seal is not None:
        parts += [Spacer(1, 2 * mm), seal]
    return KeepTogether(parts)


# ---------------------------------------------------------------------------------------
# Page frame


@dataclass(frozen=True)
class PageInfo:
    title: str
    number: str
    committee: str
    fingerprint: str | None = None  # printed in small type on issued documents
    qr_payload: str | None = None  # drawn on the first page of issued documents
    draft: bool = False
    page_numbers: bool = True


class _DocCanvas(Canvas):
    """Counts pages and defines the "total pages" form XObject at the end, so every page can
    print "共 y 页" in one pass (the form is referenced before it is defined)."""

    TOTAL_FORM = "mdPageTotal"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", SERIF)
        super().__init__(*args, **kwargs)
        self.md_pages = 0
        self.md_total_used = False

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self.md_pages += 1
        super().showPage()

    def save(self) -> None:
        if self.md_total_used:
            self.beginForm(self.TOTAL_FORM)
            draw_text(self, 0, 0, f"共 {self.md_pages} 页", 9)
            self.endForm()
        super().save()


def draw_qr(canv: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw a QR code (UTF-8, error correction M) as vector squares, crisp at any print
    resolution: one filled rectangle per horizontal run of dark modules."""
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.addLiteral(_qr_operators(payload, x, y, size, canv._fillMode))
    canv.restoreState()


@functools.lru_cache(maxsize=16)
def _qr_operators(payload: str, x: float, y: float, size: float, fill_mode: int) -> str:
    """The content-stream operators `canv.rect(..., stroke=0, fill=1)` writes for each run,
    byte for byte, with each distinct coordinate formatted once rather than per run (a
    version-8 code has about 600 runs but only about 150 distinct numbers)."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    cell = size / n
    paint = PATH_OPS[0, 1, fill_mode]
    xs = [fp_str(x + start * cell) for start in range(n)]
    ys = [fp_str(y + size - (r + 1) * cell) for r in range(n)]
    widths = [fp_str(k * cell) for k in range(n + 1)]
    height = fp_str(cell)
    ops = []
    for r, line in enumerate(matrix):
        c = 0
        while c < n:
            if line[c]:
                start = c
                while c < n and line[c]:
                    c += 1
                ops.append(f"n {xs[start]} {ys[r]} {widths[c - start]} {height} re {paint}")
            else:
                c += 1
    return "\n".join(ops)


def _decorate(info: PageInfo) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        if info.draft:
            canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
            canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canv.rotate(40)
            draw_text(canv, 0, 0, "草稿　未生效", 64, align="centre")
            canv.rotate(-40)
            canv.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
            canv.setFillColor(colors.black)
        y = 13 * mm
        draw_text(canv, LEFT_MARGIN, y, f"编号：{info.number}", 8)
        if info.page_numbers:
            page = doc.page
            draw_text(canv, PAGE_WIDTH / 2 - 2, y, f"第 {page} 页", 9, align="right")
            canv.saveState()
            canv.translate(PAGE_WIDTH / 2 + 4, y)
            canv.doForm(_DocCanvas.TOTAL_FORM)
            canv.restoreState()
            if isinstance(canv, _DocCanvas):
                canv.md_total_used = True
        if info.draft:
            draw_text(canv, PAGE_WIDTH - RIGHT_MARGIN, y, "草稿", 8, align="right")
        if info.fingerprint:
            draw_text(
                canv,
                PAGE_WIDTH / 2,
                8 * mm,
                f"内容指纹（SHA-256）：{info.fingerprint}",
                6.5,
                align="centre",
            )
        if info.qr_payload and doc.page == 1:
            size = 19 * mm
            x = PAGE_WIDTH - RIGHT_MARGIN - size
            y_top = PAGE_HEIGHT - 6 * mm
            draw_qr(canv, info.qr_payload, x, y_top - size, size)
            draw_text(canv, x + size / 2, y_top - size - 2.8 * mm, "扫码核验", 6.5, align="centre")
        canv.restoreState()

    return on_page


def build_pdf(story: list[Flowable], info: PageInfo) -> bytes:
    """Lay out `story` on A4 pages with the standard frame and return the PDF bytes."""
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=info.title,
        author=info.committee,
        creator="话聊调解工作台 Mediation Desk",
        subject=f"{info.number}" + (f" sha256:{info.fingerprint}" if info.fingerprint else ""),
        lang="zh-CN",
        displayDocTitle=1,
        initialFontName=SERIF,
    )
    frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN,
        TEXT_WIDTH,
        PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=_decorate(info))])
    doc.build(expanded(story), canvasmaker=_DocCanvas)
    return out.getvalue()


__all__ = [
    "Box",
    "CentredTitle",
    "DrawnSignature",
    "PageInfo",
    "STYLES",
    "SealArea",
    "SignatureRow",
    "TitleBlock",
    "boxed",
    "build_pdf",
    "cn_date",
    "cn_datetime",
    "form_table",
    "label_cell",
    "labelled_para",
    "markup_paragraph",
    "para",
    "signature_block",
    "signature_table",
    "text_section",
    "vertical_label",
]
