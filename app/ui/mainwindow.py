"""The main window: a navigation rail, the pages, the lock screen and the status bar.

Pages are built by the views (app.views.screens) and handed in as `PageSpec`s; the window
only knows the optional page hooks:

- `activate()`      called each time the page is shown (refresh its data);
- `can_leave()`     asked before navigating away (unsaved input); False keeps the page;
- `open_case(id)`   on the page whose spec has `opens_cases=True`, and on any page a case is
                    sent to with its `open_case_on_requested(key, id)` signal;
- `screen_locked()` called on every page when the screen locks (e.g. lock open panels);
- `shutdown()`      called on every page when the window closes for good.

Locking swaps the whole workspace for the lock screen (a QStackedWidget), so no case content
stays on screen, and hides any open dialog until the same user has re-authenticated.
"""
from __future__ import annotations

import shiboken6

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalog import ROLE_LABELS
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.i18n import parenthesised
from app.ui.labels import tr_label
from app.ui.lockscreen import LockScreen
from app.ui.page import Page
from app.ui.widgets import button, label

GEOMETRY_KEY = "mainwindow/geometry"
DEFAULT_SIZE = (1360, 860)


@dataclass
class PageSpec:
    """A navigation entry. Give `build` to construct the page on first use (fast start-up),
    or a ready `widget`."""

    key: str
    title: str
    widget: QWidget | None = None
    opens_cases: bool = False
    build: Callable[[], QWidget] | None = None

    @property
    def built(self) -> bool:
        return self.widget is not None


class _OnFirstPaint(QObject):
    """Calls `callback` once, when `widget` is painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._callback()
        return False


class MainWindow(QMainWindow):
    lock_requested = Signal()
    unlocked = Signal()
    switch_user_requested = Signal()
    close_requested = Signal()

    def __init__(self, ws: Workspace, pages: list[PageSpec], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.pages = pages
        self._settings = settings
        self._hidden_dialogs: list[QDialog] = []
        self._allow_close = False
        self._activated: QWidget | None = None  # the page whose activate() ran last
        self.setWindowTitle(self.tr("话聊调解工作台 — {station}").format(station=ws.station.name))
        self.setMinimumSize(1100, 700)

        self.stack = QStackedWidget()  # 0: workspace, 1: lock screen
        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_rail())
        self.content = QStackedWidget()
        self.content.setObjectName("Content")
        for spec in pages:
            if spec.widget is not None:
                self._adopt(spec)
            else:  # built when first shown
                self.content.addWidget(QWidget())
        row.addWidget(self.content, 1)
        self.lock_screen = LockScreen(ws)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_user_requested.connect(self.switch_user_requested)
        self.stack.addWidget(self.workspace)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self._build_status_bar()
        self._build_shortcuts()
        self._restore_geometry()
        name_controls(self)
        self._deferring = True  # the first page loads its data once the window has been drawn
        self.nav.setCurrentRow(0)
        self._deferring = False
        self._paint_watch = _OnFirstPaint(self, self._first_paint)

    # --- construction ----------------------------------------------------------------------
    def _adopt(self, spec: PageSpec, index: int | None = None) -> None:
        widget = spec.widget
        assert widget is not None
        widget.setObjectName(widget.objectName() or "Page")
        if index is None:
            self.content.addWidget(widget)
        else:
            placeholder = self.content.widget(index)
            self.content.insertWidget(index, widget)
            self.content.removeWidget(placeholder)
            placeholder.deleteLater()
        # Pages may offer these signals without deriving from Page (the session and documents
        # pages are plain widgets), so they are connected by name.
        for signal, slot in (("open_case_requested", self.open_case),
                             ("open_case_on_requested", self.open_case_on)):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(slot)
        if isinstance(widget, Page):
            widget.status_changed.connect(self.refresh_status)

    def _ensure_built(self, index: int) -> QWidget:
        spec = self.pages[index]
        if spec.widget is None:
            assert spec.build is not None, f"page {spec.key!r} has neither widget nor build"
            spec.widget = spec.build()
            self._adopt(spec, index)
            name_controls(spec.widget)
        return spec.widget

    def _build_rail(self) -> QWidget:
        rail = QWidget()
        rail.setObjectName("NavRail")
        rail.setFixedWidth(210)
        lay = QVBoxLayout(rail)
        lay.setContentsMargins(0, 18, 0, 14)
        lay.setSpacing(4)
        title = label(self.tr("话聊调解工作台"), object_name="AppTitle")
        title.setContentsMargins(18, 0, 12, 0)
        caption = label(self.ws.station.name, object_name="RailCaption", wrap=True)
        caption.setContentsMargins(18, 0, 12, 10)
        lay.addWidget(title)
        lay.addWidget(caption)
        self.nav = QListWidget()
        self.nav.setObjectName("NavList")
        self.nav.setAccessibleName(self.tr("导航"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i, spec in enumerate(self.pages):
            item = QListWidgetItem(spec.title)
            if i < 9:
                item.setToolTip(parenthesised(spec.title, f"Ctrl+{i + 1}"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.title)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav)
        lay.addWidget(self.nav, 1)
        user = label(self.ws.actor.display_name, object_name="RailUser")
        user.setContentsMargins(18, 0, 12, 0)
        role = label(tr_label(self._role_label()), object_name="RailCaption")
        role.setContentsMargins(18, 0, 12, 6)
        lay.addWidget(user)
        lay.addWidget(role)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(14, 0, 14, 0)
        self.lock_button = button(self.tr("锁定"), on_click=self.lock)
        self.lock_button.setObjectName("RailButton")
        self.lock_button.setToolTip(self.tr("锁定屏幕（Ctrl+L）"))
        self.switch_button = button(self.tr("切换用户"), on_click=self.switch_user_requested.emit)
        self.switch_button.setObjectName("RailButton")
        buttons.addWidget(self.lock_button)
        buttons.addWidget(self.switch_button)
        lay.addLayout(buttons)
        return rail

    def _role_label(self) -> str:
        return ROLE_LABELS[self.ws.actor.role]

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.status_user = QLabel()
        self.status_role = QLabel()
        self.status_room = QLabel()
        self.status_key = QLabel()
        for w in (self.status_user, self.status_role, self.status_room):
            bar.addWidget(w)
        bar.addPermanentWidget(self.status_key)
        self.refresh_status()

    def refresh_status(self) -> None:
        prefs = self.ws.preferences.load()
        rooms = {r.code: r.name for r in self.ws.services.station.rooms()}
        room = tr_label(rooms.get(prefs.room_code, "")) or self.tr("未设置（在“设置”中选择）")
        self.status_user.setText(self.tr("用户：{name}").format(name=self.ws.actor.display_name))
        self.status_role.setText(self.tr("角色：{role}").format(role=tr_label(self._role_label())))
        self.status_room.setText(self.tr("房间：{room}").format(room=room))
        self.status_key.setText(self.tr("数据库已加密") if self.ws.key_description else "")
        self.status_key.setToolTip(self.ws.key_description)

    def _build_shortcuts(self) -> None:
        self._nav_shortcuts = []
        for i in range(min(9, len(self.pages))):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.activated.connect(lambda i=i: self.navigate_to_index(i))
            self._nav_shortcuts.append(sc)
        self._lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self._lock_shortcut.activated.connect(self.lock)

    # --- navigation ------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page widget (built now if it was not yet)."""
        return self._ensure_built(next(i for i, s in enumerate(self.pages) if s.key == key))

    def current_key(self) -> str:
        return self.pages[self.content.currentIndex()].key

    def navigate(self, key: str) -> bool:
        index = next(i for i, s in enumerate(self.pages) if s.key == key)
        return self.navigate_to_index(index)

    def navigate_to_index(self, index: int) -> bool:
        if self.is_locked or not 0 <= index < len(self.pages):
            return False
        self.nav.setCurrentRow(index)
        return self.content.currentIndex() == index

    def _on_nav(self, index: int) -> None:
        if index < 0:
            return
        self._ensure_built(index)
        current = self.content.currentWidget()
        if current is not None and self.content.currentIndex() != index:
            can_leave = getattr(current, "can_leave", None)
            if can_leave is not None and not can_leave():
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(self.content.currentIndex())
                self.nav.blockSignals(False)
                return
        self.content.setCurrentIndex(index)
        if not self._deferring:
            self.activate_current()

    def activate_current(self) -> None:
        """Let the current page (re)load its data."""
        page = self.content.currentWidget()
        self._activated = page
        activate = getattr(page, "activate", None)
        if activate is not None:
            activate()

    def _first_paint(self) -> None:
        # Drawn for the first time: now load the first page's data (after this paint).
        if self._activated is None:
            self._activated = self.content.currentWidget()
            QTimer.singleShot(0, self.activate_current)

    def open_case(self, case_id: str) -> None:
        spec = next((s for s in self.pages if s.opens_cases), None)
        if spec is not None:
            self.open_case_on(spec.key, case_id)

    def open_case_on(self, key: str, case_id: str) -> None:
        """Show `case_id` on page `key` (e.g. the 文书 page of the case being viewed)."""
        if not any(s.key == key for s in self.pages) or not self.navigate(key):
            return
        page = self.page(key)
        if hasattr(page, "open_case"):
            page.open_case(case_id)

    # --- locking ---------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == 1

    def lock(self) -> None:
        if self.is_locked:
            return
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible() and w is not self:
                w.hide()
                self._hidden_dialogs.append(w)
        self.stack.setCurrentIndex(1)
        for sc in self._nav_shortcuts:
            sc.setEnabled(False)
        self._call_pages("screen_locked")
        self.lock_screen.prepare()
        self.lock_requested.emit()

    def unlock(self) -> None:
        self.stack.setCurrentIndex(0)
        for sc in self._nav_shortcuts:
            sc.setEnabled(True)
        for w in self._hidden_dialogs:
            if shiboken6.isValid(w):  # a page may delete a dialog on lock (counsellor screening)
                w.show()
        self._hidden_dialogs.clear()
        self.unlocked.emit()
        self.nav.setFocus()

    # --- closing ---------------------------------------------------------------------------
    def can_leave(self) -> bool:
        """Ask the current page whether it may go (used before switching user or closing)."""
        can_leave = getattr(self.content.currentWidget(), "can_leave", None)
        return True if can_leave is None or self.is_locked else bool(can_leave())

    def close_for_good(self) -> None:
        self._allow_close = True
        self.close()

    def _call_pages(self, hook: str) -> None:
        for spec in self.pages:
            if spec.widget is None:
                continue
            method = getattr(spec.widget, hook, None)
            if callable(method):
                method()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._allow_close:
            if not self.can_leave():
                event.ignore()
                return
            self.close_requested.emit()
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._call_pages("shutdown")
        event.accept()

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            return
        self.resize(*DEFAULT_SIZE)
