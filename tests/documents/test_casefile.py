"""The case file: cover, index with the right page numbers, the documents, back cover."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app.documents.casefile import archive_sorted
from app.documents.render import TITLES, render
from tests.documents import samples
from tests.documents.pdfcheck import flat, page_texts

HEADER = "序号文书名称页号备注"
ROW = re.compile(r"^\s*(\d+)\s+(\S+)\s+(\d+)(?:—(\d+))?\s+(必须|按需)\s*$")


def index_rows(pdf: bytes) -> list[tuple[str, int, int]]:
    """(文书名称, first page, last page) read back from the 卷内目录 pages' text."""
    rows = []
    for page in page_texts(pdf, layout=True):
        if HEADER not in flat(page):
            continue
        for line in page.splitlines():
            if m := ROW.match(line):
                rows.append((m[2], int(m[3]), int(m[4] or m[3])))
    return rows


def assert_index_points_at_documents(pdf: bytes, titles: list[str]) -> int:
    """Each index row names the right pages, in order, without gaps. Returns the row count."""
    pages = page_texts(pdf)
    rows = index_rows(pdf)
    assert [r[0] for r in rows] == titles + ["封底"]
    index_pages = sum(HEADER in flat(p) for p in pages)
    expected_first = 2 + index_pages
    for title, first, last in rows:
        assert first == expected_first, title
        assert title in flat(pages[first - 1]), title
        for n in range(first, last + 1):  # the 页号 stamped top right, as archive pages are
            assert re.search(rf"(^|\n)\s*{n}\s*(\n|$)", pages[n - 1]), (title, n)
        expected_first = last + 1
    assert rows[-1][1] == len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    return len(rows)


def test_cover_index_documents_back_cover(rendered: dict[str, bytes]) -> None:
    pages = page_texts(rendered["case-file"])
    assert "调解卷宗" in flat(pages[0]) and "卷号" in flat(pages[0])
    assert "卷内目录" in flat(pages[1])
    assert "卷内备考表" in flat(pages[-1])
    assert f"共{len(pages)}页" in flat(pages[-1])


def test_index_page_numbers_point_at_the_documents(
    rendered: dict[str, bytes], documents: dict[str, object]
) -> None:
    included = archive_sorted(documents["case-file"].documents)  # type: ignore[attr-defined]
    assert_index_points_at_documents(rendered["case-file"], [TITLES[d.KIND] for d in included])


def test_documents_follow_the_archive_order(documents: dict[str, object]) -> None:
    order = [d.KIND for d in archive_sorted(documents["case-file"].documents)]  # type: ignore[attr-defined]
    assert order == ["application", "registration", "notice", "record", "agreement", "follow-up"]


def test_paper_items_are_listed_without_pages(rendered: dict[str, bytes]) -> None:
    index = flat(page_texts(rendered["case-file"])[1])
    assert "当事人身份证明—纸质另存" in index


def test_outline_names_every_part(rendered: dict[str, bytes]) -> None:
    reader = PdfReader(io.BytesIO(rendered["case-file"]))
    titles = [item.title for item in reader.outline]
    assert titles[:2] == ["卷宗封面", "卷内目录"] and titles[-1] == "封底"


def test_a_two_page_index_shifts_every_page_number() -> None:
    docs = samples.all_documents()
    many = tuple(docs[k] for k in ("follow-up", "investigation")) * 14
    pdf = render("case-file", samples.case_file(many))
    pages = page_texts(pdf)
    assert HEADER in flat(pages[1]) and HEADER in flat(pages[2])  # a two-page index
    titles = [TITLES[d.KIND] for d in archive_sorted(many)]
    assert assert_index_points_at_documents(pdf, titles) == len(many) + 1
