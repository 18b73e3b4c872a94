"""Helpers for driving and inspecting the session page in tests."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTableWidget,
    QTextEdit, QWidget,
)

from app.views.session.panels import ProfessionalPanel


def widget_texts(root: QWidget) -> list[str]:
    """Every piece of text a widget tree holds: contents, labels, items, tips, accessible text."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()]
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QTableWidget):
            out += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                    if w.item(r, c) is not None]
    return [t for t in out if t]


def unlock(qtbot, panel: ProfessionalPanel, username: str, pin: str, *, expect: bool = True) -> None:
    """Type the username and PIN into the locked panel and press Enter, as a person would."""
    panel.unlock_error.hide()
    panel.username.clear()
    qtbot.keyClicks(panel.username, username)
    qtbot.keyClick(panel.username, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.pin, pin)
    qtbot.keyClick(panel.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.is_unlocked or not panel.unlock_error.isHidden(), timeout=5000)
    assert panel.is_unlocked is expect, panel.unlock_error.text()


def click_box(qtbot, box: QAbstractButton) -> None:
    """Click a check box on its indicator (its centre may lie past the end of a short label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_char(widget: QWidget, ch: str) -> None:
    """One keystroke: ASCII as a key press; Chinese as an input-method commit, the way an IME
    delivers it (QTest's key simulation only knows ASCII)."""
    if ch.isascii():
        QTest.keyClick(widget, ch)
    else:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        type_char(widget, ch)
