"""Table model for one dashboard list (services.cases.DashboardItem rows).

In countdown mode the third column is the time left against the item's deadline; the page
calls `tick()` every second, which only signals that this one column changed.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.catalog import WARNING_LABELS
from app.services.cases import DashboardItem
from app.ui.i18n import clauses, warning_reason
from app.ui.labels import tr_label
from app.ui.theme import tone_colour, warning_tone
from app.ui.timefmt import countdown, local

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNTDOWN, DUE_DATE, WARNING = "countdown", "due_date", "warning"

Index = QModelIndex | QPersistentModelIndex


class DashboardModel(QAbstractTableModel):
    def __init__(self, mode: str, now: Callable[[], datetime], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.mode = mode
        self._now = now
        self._items: list[DashboardItem] = []
        self._headers = [self.tr("案号"), self.tr("摘要"),
                         {COUNTDOWN: self.tr("剩余时间"), DUE_DATE: self.tr("到期"),
                          WARNING: self.tr("级别")}[mode]]
        if mode == WARNING:
            self._headers.append(self.tr("原因"))

    def set_items(self, items: list[DashboardItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def case_id(self, row: int) -> str:
        return self._items[row].case_id

    def tick(self) -> None:
        if self.mode == COUNTDOWN and self._items:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._items) - 1, 2),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole])

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == CASE_ID_ROLE:
            return item.case_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, col, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = self._tone(item, col)
            return tone_colour(tone) if tone else None
        return None

    def _text(self, item: DashboardItem, col: int, *, tooltip: bool) -> str:
        if col == 0:
            return item.number
        if col == 1:
            return item.summary
        if col == 2:
            if self.mode == COUNTDOWN:
                return countdown(item.due_at, self._now())[0] if item.due_at else ""
            if self.mode == DUE_DATE:
                return local(item.due_at, "%m-%d %H:%M") if item.due_at else ""
            return tr_label(WARNING_LABELS.get(item.level, ""))
        if col == 3:
            return clauses(warning_reason(r) for r in item.reasons) if item.reasons else item.detail
        return ""

    def _tone(self, item: DashboardItem, col: int) -> str:
        if col == 2 and self.mode == COUNTDOWN and item.due_at:
            return countdown(item.due_at, self._now())[1]
        if col == 2 and self.mode == DUE_DATE and item.due_at and item.due_at < self._now():
            return "strong"
        if col in (2, 3) and self.mode == WARNING:
            return warning_tone(item.level)
        return ""
