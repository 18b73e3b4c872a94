"""案件: the filterable, searchable list of all cases, and the case detail beside it.

Filtering, sorting and the Chinese full-text search run in the database through
services.cases.list_ids, off the GUI thread; typing in the search box waits 250 ms for a
pause first, and only the newest search delivers. The table model loads rows on demand.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QHeaderView,
    QLineEdit, QMenu, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from app.domain.catalog import CATEGORIES, STATUS_LABELS, WARNING_LABELS, WarningLevel
from app.services.cases import CaseFilter
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.labels import tr_label
from app.ui.page import Page
from app.ui.widgets import Card, button, label, tidy_table
from app.views.case_detail import CaseDetailView
from app.views.case_list_model import CASE_ID_ROLE, CaseListModel
from app.views.common import add_category_items

SEARCH_DEBOUNCE_MS = 250
HIDDEN_BY_DEFAULT = (CaseListModel.ROOM, CaseListModel.AMOUNT)  # right-click the header to show
NO_DATE = QDate(2000, 1, 1)


class CaseListView(QWidget):
    """Filters, count and table. Emits open_requested(case_id)."""

    open_requested = Signal(str)
    loaded = Signal(int)  # number of cases listed (tests wait for it)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._filter = CaseFilter()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(self._build_filters())

        actor, cases = ws.actor, ws.services.cases

        def prefetch(ids: list[str], done) -> None:  # noqa: ANN001 - the next page, off the GUI thread
            ws.runner.run(lambda: cases.rows(actor, ids), on_success=done, on_failure=lambda _e: done(None),
                          parent=self)

        self.model = CaseListModel(lambda ids: cases.rows(actor, ids), prefetch=prefetch, parent=self)
        self.model.sort_requested.connect(lambda _k, _d: self.reload())
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("案件列表"))
        self.table.setModel(self.model)
        tidy_table(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        for col, width in enumerate((192, 128, 100, 118, 200, 156, 300, 120, 110, 64)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(CaseListModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        for col in HIDDEN_BY_DEFAULT:
            header.setSectionHidden(col, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(CaseListModel.REGISTERED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._activated)
        lay.addWidget(self.table, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        name_controls(self)

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col != CaseListModel.NUMBER)
            action.toggled.connect(lambda on, col=col: header.setSectionHidden(col, not on))
        menu.popup(header.mapToGlobal(pos))

    # --- filters --------------------------------------------------------------------------
    def _build_filters(self) -> QWidget:
        card = Card("")
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("输入案号、当事人姓名或纠纷内容，如“欠薪”（Ctrl+F）"))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        search_label = label(self.tr("搜索"))
        search_label.setBuddy(self.search)

        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for status, text in STATUS_LABELS.items():
            self.status.addItem(tr_label(text), status.value)
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类型"), None)
        add_category_items(self.category, CATEGORIES)
        self.room = QComboBox()
        self.room.addItem(self.tr("全部调解室"), None)
        for room in self.ws.services.station.rooms():
            self.room.addItem(tr_label(room.name), room.code)
        self.warning = QComboBox()
        self.warning.addItem(self.tr("全部预警"), None)
        for level in (WarningLevel.STRONG, WarningLevel.WEAK):
            self.warning.addItem(tr_label(WARNING_LABELS[level]), level.value)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.overdue = QCheckBox(self.tr("仅看逾期"))
        self.clear_button = button(self.tr("清除筛选"), on_click=self.clear_filters)
        self.count = label(object_name="CardTitle")

        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 5)
        grid.addWidget(self.count, 0, 6, 1, 2, Qt.AlignmentFlag.AlignRight)
        combos = [(self.tr("状态"), self.status), (self.tr("纠纷类型"), self.category),
                  (self.tr("调解室"), self.room), (self.tr("预警"), self.warning)]
        for i, (caption, widget) in enumerate(combos):
            cap = label(caption)
            cap.setBuddy(widget)
            grid.addWidget(cap, 1, i * 2)
            grid.addWidget(widget, 1, i * 2 + 1)
            grid.setColumnStretch(i * 2 + 1, 1)
        dates = QHBoxLayout()
        dates.setSpacing(10)
        for caption, widget in ((self.tr("登记日期自"), self.date_from), (self.tr("至"), self.date_to)):
            cap = label(caption)
            cap.setBuddy(widget)
            dates.addWidget(cap)
            dates.addWidget(widget)
        dates.addSpacing(12)
        dates.addWidget(self.overdue)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        grid.addLayout(dates, 2, 0, 1, 8)
        card.body.addLayout(grid)
        for combo in (self.status, self.category, self.room, self.warning):
            combo.currentIndexChanged.connect(lambda _i: self._debounce.start(0))
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._debounce.start(0))
        self.overdue.toggled.connect(lambda _c: self._debounce.start(0))
        return card

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        edit.setMinimumWidth(130)
        return edit

    def current_filter(self) -> CaseFilter:
        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return CaseFilter(status=self.status.currentData(), category_code=self.category.currentData(),
                          room_code=self.room.currentData(), warning_level=self.warning.currentData(),
                          date_from=day(self.date_from), date_to=day(self.date_to),
                          overdue_only=self.overdue.isChecked(), text=self.search.text().strip())

    def clear_filters(self) -> None:
        for w in (self.status, self.category, self.room, self.warning, self.date_from, self.date_to,
                  self.overdue, self.search):
            w.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.room.setCurrentIndex(0)
        self.warning.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.overdue.setChecked(False)
        self.search.clear()
        for w in (self.status, self.category, self.room, self.warning, self.date_from, self.date_to,
                  self.overdue, self.search):
            w.blockSignals(False)
        self.reload()

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        actor, sort, descending = self.ws.actor, self.model.sort_key, self.model.descending
        self.count.setText(self.tr("正在检索…"))
        self.ws.runner.run(
            lambda: self.ws.services.cases.list_ids(actor, f, sort=sort, descending=descending),
            on_success=self._show_ids, key="case-list", label=self.tr("正在检索案件…"), parent=self)

    def _show_ids(self, ids: list[str]) -> None:
        self.model.set_ids(ids)
        self.count.setText(self.tr("共 {n} 件").format(n=f"{len(ids):,}"))
        self.loaded.emit(len(ids))

    def refresh_rows(self) -> None:
        self.model.invalidate()

    def selected_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.open_requested.emit(case_id)


class CasesPage(Page):
    """The list and, in place of it, one case's detail (Esc or 返回列表 goes back)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("案件"), self.tr("全部案件；双击或按回车打开。证件号已隐去中间位。"), parent)
        self.list = CaseListView(ws)
        self.detail = CaseDetailView(ws)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.detail)
        self.body.addWidget(self.stack, 1)
        self.open_button = button(self.tr("打开案件"), on_click=self._open_selected)
        self.unmask_button = button(self.tr("显示完整证件号"), on_click=self._unmask_selected)
        self.unmask_button.setToolTip(self.tr("查看所选案件当事人的完整证件号（将记入审计日志）"))
        self.header.actions.addWidget(self.unmask_button)
        self.header.actions.addWidget(self.open_button)
        self.list.open_requested.connect(self.open_case)
        self.detail.back_requested.connect(self.show_list)
        self.detail.open_on_requested.connect(self.open_case_on_requested)
        self.detail.case_changed.connect(self.list.refresh_rows)
        self._loaded_once = False
        name_controls(self)

    def activate(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.list.reload()
        else:
            self.list.refresh_rows()

    def open_case(self, case_id: str) -> None:
        self.stack.setCurrentWidget(self.detail)
        self.header.setVisible(False)
        self.detail.load(case_id)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.header.setVisible(True)
        self.list.table.setFocus()

    def _open_selected(self) -> None:
        case_id = self.list.selected_case_id()
        if case_id:
            self.open_case(case_id)

    def _unmask_selected(self) -> None:
        case_id = self.list.selected_case_id()
        if not case_id:
            self.ws.prompter.inform(self, self.tr("显示完整证件号"), self.tr("请先在列表中选择一个案件。"))
            return
        self.detail.reveal_ids(case_id, parent=self)
