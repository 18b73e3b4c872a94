"""Accessible names: every control is announced by the label a sighted user reads.

`name_controls(root)` walks a widget tree and gives each focusable control without an
accessible name the text of its buddy label (QLabel.setBuddy, also what QFormLayout sets),
else its own text (buttons, check boxes, group boxes), else its placeholder text or tool tip.
Call it at the end of building a screen and again after adding widgets dynamically.
`unnamed_controls(root)` lists what is still unnamed (used by the tests).
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_MNEMONIC = re.compile(r"&(?!&)")


def clean_label(text: str) -> str:
    """Label text as it should be spoken: no mnemonic '&', no trailing colon, no '*'."""
    text = _MNEMONIC.sub("", text).replace("&&", "&")
    text = re.sub(r"<[^>]+>", "", text)  # rich-text labels
    return text.strip().rstrip(":：").rstrip("*＊ ").strip()


def set_name(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(clean_label(name))
    if description:
        widget.setAccessibleDescription(description)
    return widget


def _own_text(w: QWidget) -> str:
    if isinstance(w, QAbstractButton):
        return w.text() or w.toolTip()
    if isinstance(w, QGroupBox):
        return w.title()
    if isinstance(w, QLineEdit):
        return w.placeholderText() or w.toolTip()
    if isinstance(w, QPlainTextEdit | QTextEdit):
        return w.placeholderText() or w.toolTip()
    if isinstance(w, QTabBar) and isinstance(w.parentWidget(), QTabWidget):
        return w.parentWidget().accessibleName()
    return w.toolTip()


def _is_control(w: QWidget) -> bool:
    if isinstance(w, QLabel):
        return False
    if w.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    # The parts of a compound control (a combo box's popup list, a spin box's line edit)
    # are announced through their owner.
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return False
        parent = parent.parentWidget()
    return True


def _form_labels(root: QWidget) -> dict[int, str]:
    """Field -> label text for QFormLayouts whose label is plain text (no buddy needed)."""
    found: dict[int, str] = {}
    for layout in root.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label = label_item.widget()
            field = field_item.widget()
            if isinstance(label, QLabel) and field is not None:
                found[id(field)] = label.text()
    return found


def name_controls(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label.text():
            buddy.setAccessibleName(clean_label(label.text()))
    form_labels = _form_labels(root)
    for w in [root, *root.findChildren(QWidget)]:
        if not _is_control(w) or w.accessibleName():
            continue
        text = form_labels.get(id(w)) or _own_text(w)
        if text:
            w.setAccessibleName(clean_label(text))


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Focusable controls (including item views) that still have no accessible name."""
    out = []
    for w in root.findChildren(QWidget):
        if not _is_control(w):
            continue
        if isinstance(w, QAbstractItemView) or w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if not w.accessibleName().strip():
                out.append(w)
    return out
