"""Typing into widgets as a user would, Chinese included.

QTest.keyClicks only knows ASCII keys (it asserts on anything else), so Chinese characters
arrive the way they do on a real desktop: as input-method commits (QInputMethodEvent).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    run = ""
    for ch in text:
        if ch.isascii():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)


def retype(qtbot, widget: QWidget, text: str) -> None:  # noqa: ANN001
    """Clear the field first (select all + delete, like a user), then type."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def activate(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """Make `window` the active window, so its shortcuts (Ctrl+1..9, Ctrl+L) respond."""
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
