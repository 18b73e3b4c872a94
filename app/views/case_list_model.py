"""The case list model: ids only, rows loaded on demand in pages (Anki's browser model).

The model holds the ordered case ids that services.cases.list_ids returned (100,000 ids
are a few MB). Rows are fetched for the page that contains the row being painted, through
the injected `fetch_rows(ids) -> list[CaseRow]`, turned into display texts once, and kept
in a bounded LRU page cache, so scrolling through 100,000 cases only ever loads what is on
screen. With an injected `prefetch(ids, done)` the page after (or before) the one just
loaded is fetched in the background, so scrolling on does not wait for the database. A
page that failed to load shows disabled placeholder rows instead of raising in data().

Sorting is done by the database: sort() emits `sort_requested(key, descending)` and the
page asks list_ids again, then calls set_ids().
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.services.cases import CaseRow
from app.ui.labels import parties_line, tr_label
from app.ui.theme import STRONG_BG, WEAK_BG, tone_colour, warning_tone
from app.ui.timefmt import local

log = logging.getLogger(__name__)

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2        # the CaseRow (None while not loaded)
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 3   # header: the services sort key of a column

PAGE_SIZE = 100
MAX_PAGES = 40  # 4,000 rows cached at most

Index = QModelIndex | QPersistentModelIndex
FetchRows = Callable[[list[str]], list[CaseRow]]
Prefetch = Callable[[list[str], Callable[[list[CaseRow] | None], None]], None]

ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY, TOOLTIP, FOREGROUND, BACKGROUND, ALIGNMENT = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole)


def _amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


@dataclass(frozen=True)
class _Cells:
    """A row as shown: computed once per loaded row, not once per paint."""

    row: CaseRow
    texts: tuple[str, ...]
    foreground: QColor | None
    background: QBrush | None


class CaseListModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # services sort key, descending

    # The services sort key of each column ("" = the database cannot sort by it).
    SORT_KEYS: tuple[str, ...] = ("number", "registered_at", "status", "category", "", "", "", "",
                                  "amount", "warning")
    NUMBER, REGISTERED, STATUS, CATEGORY, PARTIES, IDS, SUMMARY, ROOM, AMOUNT, WARNING = range(10)

    def __init__(self, fetch_rows: FetchRows, *, prefetch: Prefetch | None = None, page_size: int = PAGE_SIZE,
                 max_pages: int = MAX_PAGES, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._fetch = fetch_rows
        self._prefetch = prefetch
        self._page_size = page_size
        self._max_pages = max_pages
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, _Cells] | None] = OrderedDict()
        self._generation = 0          # bumped when the ids change: late prefetches are dropped
        self._in_flight: set[int] = set()
        self._last_page = 0
        self.sort_key = "registered_at"
        self.descending = True
        self._headers = [self.tr("案号"), self.tr("登记时间"), self.tr("状态"), self.tr("纠纷类型"),
                         self.tr("当事人"), self.tr("证件号"), self.tr("纠纷简要情况"), self.tr("调解室"),
                         self.tr("涉案金额（元）"), self.tr("预警")]
        self.fetches = 0  # synchronous page loads (tests and the benchmark count them)

    # --- contents -------------------------------------------------------------------------
    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._forget()
        self.endResetModel()

    def ids(self) -> list[str]:
        return self._ids

    def case_id(self, row: int) -> str:
        return self._ids[row]

    def invalidate(self) -> None:
        """Forget loaded rows (after an edit elsewhere); visible rows reload when painted."""
        self._forget()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.SORT_KEYS) - 1))

    def _forget(self) -> None:
        self._pages.clear()
        self._in_flight.clear()
        self._generation += 1

    def row(self, row: int) -> CaseRow | None:
        """The loaded row (loading its page if needed); None if it could not be loaded."""
        cells = self._cells(row)
        return None if cells is None else cells.row

    def _cells(self, row: int) -> _Cells | None:
        page_no = row // self._page_size
        page = self._pages.get(page_no, ...)
        if page is ...:
            page = self._load_page(page_no)
        elif page_no != self._last_page:
            self._pages.move_to_end(page_no)
        if page_no != self._last_page:
            self._prefetch_page(page_no + (1 if page_no >= self._last_page else -1))
            self._last_page = page_no
        return None if page is None else page.get(self._ids[row])

    def _page_ids(self, page_no: int) -> list[str]:
        return self._ids[page_no * self._page_size:(page_no + 1) * self._page_size]

    def _store(self, page_no: int, rows: list[CaseRow] | None) -> dict[str, _Cells] | None:
        page = None if rows is None else {r.id: self._make_cells(r) for r in rows}
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    def _load_page(self, page_no: int) -> dict[str, _Cells] | None:
        self.fetches += 1
        try:
            rows: list[CaseRow] | None = self._fetch(self._page_ids(page_no))
        except Exception:  # noqa: BLE001 - a failed page renders as disabled rows
            log.exception("loading case rows failed")
            rows = None
        return self._store(page_no, rows)

    def _prefetch_page(self, page_no: int) -> None:
        if (self._prefetch is None or page_no < 0 or page_no * self._page_size >= len(self._ids)
                or page_no in self._pages or page_no in self._in_flight):
            return
        generation = self._generation
        self._in_flight.add(page_no)

        def done(rows: list[CaseRow] | None) -> None:
            self._in_flight.discard(page_no)
            if rows is not None and generation == self._generation and page_no not in self._pages:
                self._store(page_no, rows)   # not on screen yet: no signal needed

        self._prefetch(self._page_ids(page_no), done)

    def _make_cells(self, r: CaseRow) -> _Cells:
        tone = warning_tone(r.warning_level)
        texts = (r.number, local(r.registered_at), tr_label(r.status_label), tr_label(r.category_label),
                 parties_line(r.party_roles), r.masked_ids, r.summary.replace("\n", " "), tr_label(r.room), _amount(r.amount),
                 tr_label(r.warning_label) if r.warning_level != "none" else "")
        return _Cells(r, texts, tone_colour(tone) if tone else None,
                      QBrush(QColor(STRONG_BG if tone == "strong" else WEAK_BG)) if tone else None)

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.SORT_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.SORT_KEYS):
            return None
        if role == DISPLAY:
            return self._headers[section]
        if role == SORT_KEY_ROLE:
            return self.SORT_KEYS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self._cells(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return ENABLED

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (DISPLAY, FOREGROUND, BACKGROUND, ALIGNMENT, TOOLTIP, CASE_ID_ROLE, ROW_ROLE):
            return None
        row, col = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[row]
        cells = self._cells(row)
        if role == ROW_ROLE:
            return None if cells is None else cells.row
        if cells is None:
            return self.tr("（无法加载）") if role == DISPLAY and col == self.NUMBER else None
        if role == DISPLAY:
            return cells.texts[col]
        if role == FOREGROUND:
            return cells.foreground if col == self.WARNING else None
        if role == BACKGROUND:
            return cells.background if col == self.WARNING else None
        if role == ALIGNMENT:
            return RIGHT if col == self.AMOUNT else None
        if col == self.SUMMARY:
            return cells.row.summary
        return parties_line(cells.row.party_roles) if col == self.PARTIES else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS[column] if 0 <= column < len(self.SORT_KEYS) else ""
        if not key:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.sort_requested.emit(key, descending)
