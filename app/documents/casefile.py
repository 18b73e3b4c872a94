"""调解卷宗: the archive PDF of a case (人民调解法 art 27).

Order: 卷宗封面, 卷内目录, the documents in the MoJ archive order, 封底 (卷内备考表). Each part
is rendered on its own, then merged with pypdf. 页号 in the index are physical page numbers of
the merged file; every page after the cover carries its 页号 at the top right, as archive
pages are numbered by hand.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from app.documents import layout
from app.documents import model as m
from app.documents.fingerprint import content_fingerprint, qr_payload
from app.documents.fonts import SERIF, draw_text
from app.documents.page import PAGE_HEIGHT, PAGE_WIDTH
from app.documents.render import render_document
from app.documents.templates.common import TITLES, Options, dash

# Position in the 卷内目录 (domain.md §2.1) and whether the item is required (必须) there.
ARCHIVE_ORDER: dict[str, tuple[int, bool]] = {
    "application": (1, True),
    "registration": (1, True),
    "notice": (2, True),
    "investigation": (5, False),
    "record": (7, True),
    "agreement": (8, True),
    "oral-agreement": (8, True),
    "termination": (8, False),
    "follow-up": (10, False),
    "judicial-confirmation": (11, False),
}


@dataclass(frozen=True)
class IndexEntry:
    title: str
    first_page: int | None  # None: kept on paper, not in this PDF
    last_page: int | None
    required: bool
    on_paper: bool = False

    @property
    def pages(self) -> str:
        if self.first_page is None:
            return "—"
        if self.last_page is None or self.last_page == self.first_page:
            return str(self.first_page)
        return f"{self.first_page}—{self.last_page}"


def archive_sorted(documents: tuple[m.DocumentBase, ...]) -> list[m.DocumentBase]:
    """Documents in archive order; documents of the same kind keep their given order."""
    return sorted(documents, key=lambda d: ARCHIVE_ORDER.get(d.KIND, (99, False))[0])


def _page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _info(
    doc: m.CaseFile, opts: Options, title: str, *, qr: bool = False, page_numbers: bool = False
) -> layout.PageInfo:
    return layout.PageInfo(
        title=title,
        number=doc.number,
        committee=doc.station.committee_name,
        fingerprint=content_fingerprint(doc) if opts.issued else None,
        qr_payload=qr_payload(doc) if (opts.issued and qr) else None,
        draft=not opts.issued,
        page_numbers=page_numbers,
    )


def _cover(doc: m.CaseFile, opts: Options) -> bytes:
    mediation = f"{layout.cn_date(doc.mediation_from)}至{layout.cn_date(doc.mediation_to)}"
    rows = [
        [layout.label_cell("卷　　名"), doc.title],
        [layout.label_cell("卷　　号"), doc.number],
        [layout.label_cell("人民调解员"), "、".join(doc.case.mediators) or "—"],
        [layout.label_cell("调解日期"), mediation],
        [layout.label_cell("立 卷 人"), doc.filed_by],
        [layout.label_cell("立卷日期"), layout.cn_date(doc.filed_on)],
        [layout.label_cell("保管期限"), doc.retention],
        [layout.label_cell("备　　注"), dash(doc.remarks)],
    ]
    story: list[Flowable] = [
        Spacer(1, 18 * mm),
        layout.para(doc.station.committee_name, layout.STYLES.cover_committee),
        Spacer(1, 14 * mm),
        layout.CentredTitle("调解卷宗", 40, 14),
        Spacer(1, 24 * mm),
        layout.form_table(rows, (36, 124), min_height=13 * mm),
    ]
    return layout.build_pdf(story, _info(doc, opts, "卷宗封面", qr=True))


def _index(doc: m.CaseFile, opts: Options, entries: list[IndexEntry]) -> bytes:
    rows: list[list[object]] = [
        [layout.label_cell(t) for t in ("序号", "文书名称", "页号", "备注")]
    ]
    for i, e in enumerate(entries, start=1):
        remark = "纸质另存" if e.on_paper else ("必须" if e.required else "按需")
        rows.append(
            [
                layout.label_cell(str(i)),
                e.title,
                layout.label_cell(e.pages),
                layout.label_cell(remark),
            ]
        )
    story: list[Flowable] = [
        Spacer(1, 4 * mm),
        layout.CentredTitle("卷内目录", 22, 8),
        Spacer(1, 6 * mm),
        layout.form_table(rows, (16, 94, 28, 22), min_height=10 * mm, repeat_rows=1),
    ]
    return layout.build_pdf(story, _info(doc, opts, "卷内目录"))


def _back_cover(doc: m.CaseFile, opts: Options, total_pages: int, count: int) -> bytes:
    summary = f"本卷共{count}件文书，连同封面、卷内目录、封底共{total_pages}页。"
    rows = [
        [layout.para(summary, layout.STYLES.para)],
        [layout.para("卷宗情况说明：" + (doc.remarks or "无"), layout.STYLES.para)],
    ]
    story: list[Flowable] = [
        Spacer(1, 4 * mm),
        layout.CentredTitle("卷内备考表", 22, 8),
        Spacer(1, 6 * mm),
        layout.form_table(rows, (160,), min_height=30 * mm),
        layout.form_table(
            [
                [
                    layout.label_cell("立卷人"),
                    doc.filed_by,
                    layout.label_cell("检查人"),
                    dash(doc.checked_by),
                ],
                [
                    layout.label_cell("立卷日期"),
                    layout.cn_date(doc.filed_on),
                    layout.label_cell("保管期限"),
                    doc.retention,
                ],
            ],
            (26, 54, 26, 54),
            min_height=12 * mm,
        ),
        Spacer(1, 12 * mm),
        layout.para("（封底）", layout.STYLES.small_centre),
    ]
    return layout.build_pdf(story, _info(doc, opts, "封底"))


def _page_stamps(first: int, last: int) -> PdfReader:
    """One overlay page per archive page carrying its 页号 at the top right."""
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), initialFontName=SERIF)
    for n in range(first, last + 1):
        draw_text(canv, PAGE_WIDTH - 12 * mm, PAGE_HEIGHT - 12 * mm, str(n), 11, align="right")
        canv.showPage()
    canv.save()
    return PdfReader(io.BytesIO(out.getvalue()))


def _merge(parts: list[tuple[str, bytes]], doc: m.CaseFile, opts: Options) -> bytes:
    writer = PdfWriter()
    for title, pdf in parts:
        start = len(writer.pages)
        for page in PdfReader(io.BytesIO(pdf)).pages:
            # Sub-documents' prepared seal fields would clash; the file is sealed as a whole.
            if "/Annots" in page:
                del page["/Annots"]
            writer.add_page(page)
        writer.add_outline_item(title=title, page_number=start)
    stamps = _page_stamps(2, len(writer.pages))
    for i, stamp in enumerate(stamps.pages, start=1):
        writer.pages[i].merge_page(stamp)
    fingerprint = content_fingerprint(doc) if opts.issued else ""
    writer.add_metadata(
        {
            "/Title": f"调解卷宗 {doc.title}",
            "/Author": doc.station.committee_name,
            "/Subject": doc.number + (f" sha256:{fingerprint}" if fingerprint else ""),
            "/Creator": "话聊调解工作台 Mediation Desk",
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_index(
    doc: m.CaseFile, rendered: list[tuple[m.DocumentBase, bytes]], index_pages: int
) -> list[IndexEntry]:
    """Index entries given the documents' page counts and the index's own length."""
    entries: list[IndexEntry] = []
    page = 1 + index_pages + 1  # cover, index, then the first document
    for d, pdf in rendered:
        n = _page_count(pdf)
        entries.append(
            IndexEntry(
                TITLES[d.KIND], page, page + n - 1, ARCHIVE_ORDER.get(d.KIND, (99, False))[1]
            )
        )
        page += n
    entries += [IndexEntry(item, None, None, False, on_paper=True) for item in doc.paper_items]
    entries.append(IndexEntry("封底", page, page, True))
    return entries


def render_case_file(doc: m.CaseFile, opts: Options) -> bytes:
    docs = archive_sorted(doc.documents)
    rendered = [(d, render_document(d, opts)) for d in docs]
    index_pages = 1
    while True:  # the index's own length shifts every page number after it
        entries = build_index(doc, rendered, index_pages)
        index_pdf = _index(doc, opts, entries)
        actual = _page_count(index_pdf)
        if actual == index_pages:
            break
        index_pages = actual
    total = entries[-1].first_page or 0
    parts = [("卷宗封面", _cover(doc, opts)), ("卷内目录", index_pdf)]
    parts += [(TITLES[d.KIND], pdf) for d, pdf in rendered]
    parts.append(("封底", _back_cover(doc, opts, total, len(rendered))))
    return _merge(parts, doc, opts)
