"""Base class of the main-window pages: a header, the workspace, and the page hooks."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.context import Workspace
from app.ui.widgets import PageHeader, page_layout


class Page(QWidget):
    """Subclasses fill `self.body` (a QVBoxLayout under the header)."""

    open_case_requested = Signal(str)  # case id; the main window opens it on the cases page
    open_case_on_requested = Signal(str, str)  # page key, case id: open it on that page
    status_changed = Signal()          # user / room shown in the status bar may have changed

    def __init__(self, ws: Workspace, title: str, subtitle: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("Page")
        self.body: QVBoxLayout = page_layout(self)
        self.header = PageHeader(title, subtitle)
        self.body.addWidget(self.header)

    def activate(self) -> None:
        """Called each time the page is shown."""

    def can_leave(self) -> bool:
        """Asked before navigating away; return False to stay."""
        return True
