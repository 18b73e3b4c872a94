"""A dashed area that takes files dropped from the file manager, with a browse button for the
keyboard (the same action without a mouse)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.ui.theme import ACCENT, FIELD_BORDER, INFO_BG
from app.ui.widgets import button, label

DROP_STYLE = f"""
QFrame#DropZone {{ border: 2px dashed {FIELD_BORDER}; border-radius: 8px; background: #fafbfc; }}
QFrame#DropZone[hover="true"] {{ border: 2px dashed {ACCENT}; background: {INFO_BG}; }}
"""


class DropZone(QFrame):
    files_dropped = Signal(list)   # local file paths
    browse_requested = Signal()

    def __init__(self, text: str, browse_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropZone")
        self.setStyleSheet(DROP_STYLE)
        self.setAcceptDrops(True)
        self.setMinimumHeight(96)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(8)
        self.text = label(text, wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.browse_button = button(browse_text, on_click=self.browse_requested.emit)
        row.addWidget(self.browse_button)
        row.addStretch(1)
        lay.addLayout(row)

    def _set_hover(self, on: bool) -> None:
        self.setProperty("hover", on)
        self.style().unpolish(self)
        self.style().polish(self)

    @staticmethod
    def _paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._paths(event):
            event.acceptProposedAction()
            self._set_hover(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt API
        self._set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self._set_hover(False)
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
