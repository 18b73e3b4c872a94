"""Small reusable building blocks shared by the screens (cards, banners, chips, headers)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import labelled
from app.ui.theme import set_tone


def label(text: str = "", *, object_name: str = "", tone: str | None = None, hint: bool = False,
          wrap: bool = False, selectable: bool = False) -> QLabel:
    w = QLabel(text)
    if object_name:
        w.setObjectName(object_name)
    if tone:
        w.setProperty("tone", tone)
    if hint:
        w.setProperty("hint", True)
    if wrap:
        w.setWordWrap(True)
    if selectable:
        w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return w


def button(text: str, *, primary: bool = False, flat: bool = False,
           on_click: Callable[[], None] | None = None, shortcut: str | None = None) -> QPushButton:
    b = QPushButton(text)
    if primary:
        b.setProperty("primary", True)
        b.setDefault(False)
    if flat:
        b.setProperty("flat", True)
        b.setCursor(Qt.CursorShape.PointingHandCursor)
    if on_click is not None:
        b.clicked.connect(lambda _checked=False: on_click())
    if shortcut:
        b.setShortcut(shortcut)
    b.setAccessibleName(text.replace("&", ""))
    return b


class Card(QFrame):
    """A white panel with an optional title; put content in `.body`."""

    def __init__(self, title: str = "", parent: QWidget | None = None, *, margins: int = 16,
                 spacing: int = 10, grow: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(margins, margins - 2, margins, margins)
        outer.setSpacing(spacing)
        self.header = QHBoxLayout()
        self.header.setSpacing(8)
        self.title_label = label(title, object_name="CardTitle")
        self.title_label.setVisible(bool(title))
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)
        outer.addLayout(self.header)
        self.body = QVBoxLayout()
        self.body.setSpacing(spacing)
        outer.addLayout(self.body, 1 if grow else 0)
        if not grow:
            outer.addStretch(1)  # content stays at the top when the card is taller than it

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))


class Chip(QLabel):
    """A rounded status label; tone 'strong' (red), 'weak' (amber), 'ok' (green) or ''."""

    def __init__(self, text: str = "", tone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("Chip")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set(text, tone)

    def set(self, text: str, tone: str = "") -> None:
        self.setText(text)
        self.setVisible(bool(text))
        set_tone(self, tone or None)


class Banner(QFrame):
    """A one-line message across the page, with optional action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 8, 8, 8)
        lay.setSpacing(8)
        self.text = label(wrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.text, 1)
        self._buttons = QHBoxLayout()
        lay.addLayout(self._buttons)
        self.hide()

    def show_message(self, text: str, tone: str = "", actions: list[tuple[str, Callable[[], None]]] = ()) -> None:  # type: ignore[assignment]
        self.text.setText(text)
        self.text.setAccessibleName(text)
        set_tone(self, tone or None)
        while self._buttons.count():
            item = self._buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for caption, callback in actions:
            self._buttons.addWidget(button(caption, on_click=callback))
        self.show()

    def buttons(self) -> list[QPushButton]:
        return [self._buttons.itemAt(i).widget() for i in range(self._buttons.count())]

    def clear(self) -> None:
        self.hide()
        self.text.clear()


class StatTile(Card):
    """A number with a caption (dashboard counts)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent, margins=14, spacing=2)
        self.value = label("–", object_name="StatValue")
        self.caption = label(caption, object_name="StatLabel")
        self.body.addWidget(self.value)
        self.body.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, value: int | str) -> None:
        self.value.setText(str(value))
        self.setAccessibleDescription(labelled(self.caption.text(), value))


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = label(title, object_name="PageTitle")
        self.subtitle = label(subtitle, object_name="PageSubtitle", wrap=True)
        self.subtitle.setVisible(bool(subtitle))
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        lay.addLayout(texts, 1)
        self.actions = QHBoxLayout()
        self.actions.setSpacing(8)
        lay.addLayout(self.actions)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))


def page_layout(widget: QWidget, *, margins: int = 24, spacing: int = 16) -> QVBoxLayout:
    widget.setObjectName(widget.objectName() or "Page")
    lay = QVBoxLayout(widget)
    lay.setContentsMargins(margins, margins - 4, margins, margins - 4)
    lay.setSpacing(spacing)
    return lay


def scroll_area(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("PageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def read_only_table(headers: list[str], name: str) -> QTableWidget:
    """A table to read, not edit: whole rows selected, columns fitted to their contents and the
    last one taking the rest of the width (it holds the longest text)."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setAccessibleName(name)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setShowGrid(False)
    t.setWordWrap(True)
    tidy_table(t)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return t


def tidy_table(view: QAbstractItemView) -> None:
    """Left-aligned headers, no focus rectangle noise: how every table looks."""
    header = getattr(view, "horizontalHeader", None)
    if header is not None:
        header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header().setHighlightSections(False)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    set_tone(widget, True if invalid else None, prop="invalid")
