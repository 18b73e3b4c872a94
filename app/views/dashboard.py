"""工作台: today's counts and the lists that need someone now.

The data comes from services.cases.dashboard() off the GUI thread; a one-second timer only
re-renders the countdown column, and the whole dashboard reloads every minute while shown.
Every row opens its case with Enter or a double-click.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QWidget,
)

from app.services.cases import Dashboard, DashboardItem
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.page import Page
from app.ui.widgets import Card, StatTile, button, label, scroll_area, tidy_table
from app.views.dashboard_model import CASE_ID_ROLE, COUNTDOWN, DUE_DATE, WARNING, DashboardModel

REFRESH_MS = 60_000
VISIBLE_ROWS = 5


class DashboardList(Card):
    """A titled card with one list; shows '暂无' instead of an empty table."""

    def __init__(self, title: str, hint: str, mode: str, ws: Workspace,
                 on_open, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(title, parent)
        self.count = label(hint=True)
        self.header.addWidget(self.count)
        self.body.addWidget(label(hint, hint=True, wrap=True))
        self.model = DashboardModel(mode, ws.clock, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        tidy_table(self.view)
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        if mode == WARNING:
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        row_h = self.view.verticalHeader().defaultSectionSize()
        self.view.setFixedHeight(header.sizeHint().height() + row_h * VISIBLE_ROWS + 4)
        self.view.activated.connect(lambda index: on_open(index.data(CASE_ID_ROLE)))
        self.empty = label(self.tr("暂无"), hint=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.stack.setFixedHeight(self.view.height())
        self.body.addWidget(self.stack)

    def set_items(self, items: list[DashboardItem]) -> None:
        self.model.set_items(items)
        self.count.setText(self.tr("{n} 件").format(n=len(items)))
        self.stack.setCurrentIndex(0 if items else 1)

    def first_index(self) -> QModelIndex:
        return self.model.index(0, 0)


class DashboardPage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("工作台"), "", parent)
        self.loaded: Dashboard | None = None
        refresh = button(self.tr("刷新"), on_click=self.reload, shortcut="F5")
        refresh.setToolTip(self.tr("刷新（F5）"))
        self.header.actions.addWidget(refresh)

        inner = QWidget()
        inner.setObjectName("Page")
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)

        tiles = QHBoxLayout()
        tiles.setSpacing(16)
        self.tiles = {
            "today_registered": StatTile(self.tr("今日登记")),
            "today_accepted": StatTile(self.tr("今日受理")),
            "today_resolved": StatTile(self.tr("今日化解")),
            "open_cases": StatTile(self.tr("在办案件")),
        }
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        grid.addLayout(tiles, 0, 0, 1, 2)

        promises = ws.station.promises
        self.lists = {
            "warnings": DashboardList(
                self.tr("预警"), self.tr("强信息（红）须立即处置；弱信号（琥珀）需关注。"), WARNING, ws, self._open),
            "awaiting_acceptance": DashboardList(
                self.tr("待受理"), self.tr("分钟级受理：登记后 {n} 分钟内受理。").format(n=promises.accept_minutes),
                COUNTDOWN, ws, self._open),
            "awaiting_feedback": DashboardList(
                self.tr("待首次反馈"),
                self.tr("小时级反馈：登记后 {n} 小时内反馈当事人。").format(n=promises.feedback_hours),
                COUNTDOWN, ws, self._open),
            "due_today": DashboardList(
                self.tr("今日到期"), self.tr("今天到期的反馈和调解期限。"), COUNTDOWN, ws, self._open),
            "mediation_expiring": DashboardList(
                self.tr("调解期限将届满"), self.tr("调解期限（劳动争议15日，其他30日）三日内届满。"),
                COUNTDOWN, ws, self._open),
            "confirmation_closing": DashboardList(
                self.tr("司法确认申请期限将届满"), self.tr("协议生效后30日内可共同申请司法确认。"),
                COUNTDOWN, ws, self._open),
            "follow_ups_due": DashboardList(
                self.tr("待回访"), self.tr("今天及明天到期的回访。"), DUE_DATE, ws, self._open),
        }
        grid.addWidget(self.lists["warnings"], 1, 0, 1, 2)
        order = ["awaiting_acceptance", "awaiting_feedback", "due_today", "mediation_expiring",
                 "confirmation_closing", "follow_ups_due"]
        for i, key in enumerate(order):
            grid.addWidget(self.lists[key], 2 + i // 2, i % 2)
        grid.setRowStretch(2 + len(order) // 2, 1)
        self.body.addWidget(scroll_area(inner), 1)

        self._tick_timer = QTimer(self, interval=1000)
        self._tick_timer.timeout.connect(self.tick)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.reload)
        self._update_subtitle()
        name_controls(self)

    # --- page hooks -----------------------------------------------------------------------
    def activate(self) -> None:
        self.reload()
        self._tick_timer.start()
        self._refresh_timer.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self._tick_timer.stop()
        self._refresh_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if self.loaded is not None:
            self._tick_timer.start()
            self._refresh_timer.start()
        super().showEvent(event)

    # --- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        actor = self.ws.actor
        self.ws.runner.run(lambda: self.ws.services.cases.dashboard(actor), on_success=self.show_dashboard,
                           key="dashboard", label=self.tr("正在加载工作台…"), parent=self)

    def show_dashboard(self, d: Dashboard) -> None:
        self.loaded = d
        for key, tile in self.tiles.items():
            tile.set_value(getattr(d, key))
        for key, lst in self.lists.items():
            lst.set_items(getattr(d, key))
        self._update_subtitle()

    def tick(self) -> None:
        for lst in self.lists.values():
            lst.model.tick()

    def _update_subtitle(self) -> None:
        today = QDate(self.ws.clock().astimezone().date())
        self.header.set_subtitle(self.tr("{date} · {station}").format(
            date=QLocale().toString(today, QLocale.FormatType.LongFormat), station=self.ws.station.name))

    def _open(self, case_id: str | None) -> None:
        if case_id:
            self.open_case_requested.emit(case_id)
