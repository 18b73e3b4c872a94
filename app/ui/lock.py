"""Idle lock: notice when nobody has touched the keyboard or mouse for a while.

An event filter on the QApplication sees every input event of every window (dialogs
included) and stamps the time; a coarse timer compares that stamp with the timeout. Input
costs one monotonic() call, so moving the mouse stays cheap.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without user input; re-arms on the next input."""

    idle = Signal()

    def __init__(self, app: QObject, timeout_ms: int | Callable[[], int], *,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        """timeout_ms: a number, or a callable read on every check (a setting that may change)."""
        super().__init__(parent)
        self._app = app
        self._clock = clock
        self._timeout = timeout_ms if callable(timeout_ms) else (lambda: timeout_ms)
        self._last = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(50, min(1000, self._timeout() // 4)))
        self._timer.timeout.connect(self.check)
        app.installEventFilter(self)
        self._timer.start()

    def reset(self) -> None:
        self._last = self._clock()
        self._fired = False

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS:
            self._last = self._clock()
            self._fired = False
        return False

    def check(self) -> None:
        if not self._fired and (self._clock() - self._last) * 1000 >= self._timeout():
            self._fired = True
            self.idle.emit()
