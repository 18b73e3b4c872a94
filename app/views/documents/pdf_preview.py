"""In-app preview of a PDF held in memory (QPdfDocument reading a QBuffer, shown by QPdfView).

Nothing is written to disk to preview a document: the bytes stay in this process until the
user chooses 另存为PDF.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from app.ui.widgets import button, label
from app.views.documents.interaction import load_pdf

ZOOM_STEP = 1.2


class PdfPreview(QWidget):
    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._pdf: bytes = b""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.pages_label = label("", hint=True)
        bar.addWidget(self.pages_label, 1)
        self.fit_button = button(self.tr("适合宽度"), on_click=self.fit_width)
        self.zoom_out_button = button(self.tr("缩小"), on_click=lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in_button = button(self.tr("放大"), on_click=lambda: self._zoom(ZOOM_STEP))
        for b in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.stack = QStackedWidget()
        self.empty = label(self.tr("尚未生成文书。选择文书类型后点击“生成并预览”。"), hint=True, wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("PreviewEmpty")
        self.stack.addWidget(self.empty)
        self.view = QPdfView()
        self.view.setObjectName("PdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("文书预览"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Up/Down scroll
        self.stack.addWidget(self.view)
        lay.addWidget(self.stack, 1)
        self._set_controls(False)

    @property
    def pdf(self) -> bytes:
        return self._pdf

    @property
    def document(self) -> QPdfDocument | None:
        return self._document

    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    def set_pdf(self, pdf: bytes) -> bool:
        """Show `pdf`; False (and the empty state) if Qt cannot read it."""
        self.clear()
        document, buffer = load_pdf(pdf, self)
        if document.status() != QPdfDocument.Status.Ready:
            document.close()
            document.deleteLater()
            buffer.deleteLater()
            return False
        self._document, self._buffer, self._pdf = document, buffer, pdf
        self.view.setDocument(document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label.setText(self.tr("共 {n} 页").format(n=document.pageCount()))
        self.stack.setCurrentWidget(self.view)
        self._set_controls(True)
        self.loaded.emit(document.pageCount())
        return True

    def clear(self, message: str | None = None) -> None:
        self.view.setDocument(None)  # type: ignore[arg-type]
        if self._document is not None:
            self._document.close()
            self._document.deleteLater()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._document, self._buffer, self._pdf = None, None, b""
        if message is not None:
            self.empty.setText(message)
        self.pages_label.setText("")
        self.stack.setCurrentWidget(self.empty)
        self._set_controls(False)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # Start from what fit-to-width shows now: page width in pixels vs its width at 100 %.
            doc = self._document
            if doc is not None and doc.pageCount():
                page_px = doc.pagePointSize(0).width() / 72 * self.logicalDpiX()
                current = max(0.1, (self.view.viewport().width() - 24) / page_px) if page_px else 1.0
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(4.0, max(0.25, current * factor)))

    def _set_controls(self, enabled: bool) -> None:
        for b in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            b.setEnabled(enabled)
