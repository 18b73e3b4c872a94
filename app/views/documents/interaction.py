"""The modal parts of the documents page behind one injectable object: file dialogs, the
reason for a corrected version, and printing.

The page never opens a QFileDialog, QInputDialog or QPrintDialog itself; it asks a
`DocumentDialogs`. The application uses this real one; tests pass a scripted stand-in
(tests/ui_documents/conftest.py), so no test blocks on a modal dialog.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)

PRINT_DPI = 300  # pages are rasterised at this resolution (enough for 5-pt text, small memory)


def pdf_filter() -> str:
    return QCoreApplication.translate("DocumentDialogs", "PDF 文件 (*.pdf)")


def scan_filter() -> str:
    return QCoreApplication.translate("DocumentDialogs", "扫描件 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)")


class DocumentDialogs:
    def open_files(self, parent: QWidget | None, title: str, name_filter: str) -> list[str]:
        paths, _selected = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
        return list(paths)

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> str | None:
        path, _selected = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str | None:
        path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def ask_reason(self, parent: QWidget | None, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, title, prompt, "")
        return text.strip() if ok and text.strip() else None

    def confirm(self, parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QCoreApplication.translate("DocumentDialogs", "取消"), QMessageBox.ButtonRole.RejectRole)
        for b in (ok, cancel):
            b.setAccessibleName(b.text())
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    def print_pdf(self, parent: QWidget | None, pdf: bytes, *, copies: int, title: str) -> bool:
        """Ask for a printer with `copies` preset; True if something was sent to it."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setCopyCount(max(1, copies))
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("DocumentDialogs", "打印：{title}").format(title=title))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        print_to(printer, pdf)
        return True


def load_pdf(pdf: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from memory. Keep the buffer alive as long as the document."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(parent) if parent is not None else QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def print_to(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of `pdf` onto `printer`; returns the number of pages painted.

    The copy count set on the printer is honoured by the print system where it can; where it
    cannot (QPrinter.supportsMultipleCopies() is False), the copies are painted here.
    """
    document, buffer = load_pdf(pdf)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"not a readable PDF: {document.error()}")
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be opened")
        painted = 0
        try:
            for _copy in range(copies):
                for page in range(document.pageCount()):
                    if painted:
                        printer.newPage()
                    target = printer.pageLayout().fullRectPixels(printer.resolution())
                    size_pt = document.pagePointSize(page)
                    pixels = QSize(round(size_pt.width() / 72 * PRINT_DPI), round(size_pt.height() / 72 * PRINT_DPI))
                    image = document.render(page, pixels)
                    fitted = QSize(pixels)
                    fitted.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    painter.drawImage(QRect(target.topLeft(), fitted), image)
                    painted += 1
            log.info("printed %d page(s), %d copy/copies painted here", painted, copies)
        finally:
            painter.end()
        return painted
    finally:
        document.close()
        buffer.close()
