"""Delayed progress that never flashes (Anki's progress.py pattern).

Quick work shows nothing. Work still running after `busy_after_ms` (300 ms) gets a busy
cursor; after `dialog_after_ms` (600 ms) a modal-less progress dialog with a 取消 button
appears. finish() stops both timers and removes the cursor and the dialog, whatever state
they reached.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

BUSY_AFTER_MS = 300
DIALOG_AFTER_MS = 600


class DelayedProgress(QObject):
    def __init__(self, parent: QWidget | None, label: str, on_cancel: Callable[[], None], *,
                 busy_after_ms: int = BUSY_AFTER_MS, dialog_after_ms: int = DIALOG_AFTER_MS) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label
        self._on_cancel = on_cancel
        self._cursor = False
        self._dialog: QProgressDialog | None = None
        self._finished = False
        self._busy_timer = QTimer(self, singleShot=True, interval=busy_after_ms)
        self._busy_timer.timeout.connect(self._show_busy)
        self._dialog_timer = QTimer(self, singleShot=True, interval=dialog_after_ms)
        self._dialog_timer.timeout.connect(self._show_dialog)
        self._busy_timer.start()
        self._dialog_timer.start()

    @property
    def cursor_shown(self) -> bool:
        return self._cursor

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _show_busy(self) -> None:
        if self._finished:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._cursor = True

    def _show_dialog(self) -> None:
        if self._finished:
            return
        dlg = QProgressDialog(self._label, QCoreApplication.translate("DelayedProgress", "取消"), 0, 0,
                              self._parent)
        dlg.setWindowTitle(QCoreApplication.translate("DelayedProgress", "请稍候"))
        dlg.setAccessibleName(self._label)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.canceled.connect(self._cancel)
        dlg.show()
        self._dialog = dlg

    def _cancel(self) -> None:
        self._on_cancel()
        self.finish()

    def finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self._busy_timer.stop()
        self._dialog_timer.stop()
        if self._cursor:
            QGuiApplication.restoreOverrideCursor()
            self._cursor = False
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self._cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()


def delayed_progress(parent: QWidget | None, label: str, on_cancel: Callable[[], None]) -> DelayedProgress:
    """The default ProgressFactory for app.ui.tasks.TaskRunner."""
    return DelayedProgress(parent, label, on_cancel)
