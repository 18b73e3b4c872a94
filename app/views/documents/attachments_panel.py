"""The scanned paper copy, signed in ink, fingerprinted and stamped, attached back to the case."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.attachments import AttachmentInfo
from app.ui.widgets import Banner, Card, button, label, tidy_table
from app.views.documents.drop_zone import DropZone


# The kinds of app.services.attachments.KINDS, listed for pyside6-lupdate.
KIND_LABELS = (
    QT_TRANSLATE_NOOP("AttachmentsPanel", "签署后的纸质文本扫描件"),
    QT_TRANSLATE_NOOP("AttachmentsPanel", "其他材料"),
)


def kind_label(label: str) -> str:
    """An attachment kind, as the service names it, in the UI language."""
    return QCoreApplication.translate("AttachmentsPanel", label)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class AttachmentsPanel(QWidget):
    files_chosen = Signal(list)     # paths dropped or picked
    browse_requested = Signal()
    save_requested = Signal(str)    # attachment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)
        card = Card(self.tr("签署后的纸质文本"), grow=True)
        card.body.addWidget(label(
            self.tr("当事人手写签名、按指印，调解员、记录人签名并加盖调解委员会实物印章的纸质协议书是法律原件。"
                    "请将其扫描件（PDF、PNG 或 JPEG）添加到本案，与已盖电子印章的 PDF 一并留存。"),
            wrap=True, hint=True))
        self.banner = Banner()
        card.body.addWidget(self.banner)
        self.drop = DropZone(self.tr("将扫描件拖放到此处"), self.tr("添加扫描件…"))
        self.drop.files_dropped.connect(self.files_chosen.emit)
        self.drop.browse_requested.connect(self.browse_requested.emit)
        card.body.addWidget(self.drop)
        caption = label(self.tr("本案附件"), hint=True)
        card.body.addWidget(caption)
        self.table = QTreeWidget()
        self.table.setObjectName("Attachments")
        caption.setBuddy(self.table)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("文件名"), self.tr("类型"), self.tr("大小"), self.tr("添加人"),
                                    self.tr("添加时间"), self.tr("SHA-256")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        tidy_table(self.table)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        card.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = button(self.tr("另存所选附件…"), on_click=self._save)
        row.addWidget(self.save_button)
        card.body.addLayout(row)
        outer.addWidget(card, 1)
        self._selection_changed()

    def set_attachments(self, rows: list[AttachmentInfo]) -> None:
        self.table.clear()
        for a in rows:
            item = QTreeWidgetItem([a.filename, kind_label(a.kind_label), human_size(a.size), a.added_by,
                                    f"{a.added_at.astimezone():%Y-%m-%d %H:%M}", a.sha256[:16] + "…"])
            item.setToolTip(5, a.sha256)
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            self.table.addTopLevelItem(item)
        for col in range(1, 6):
            self.table.resizeColumnToContents(col)
        self._selection_changed()

    def filenames(self) -> list[str]:
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def _selection_changed(self) -> None:
        self.save_button.setEnabled(self.table.currentItem() is not None and bool(self.table.selectedItems()))

    def _save(self) -> None:
        item = self.table.currentItem()
        if item is not None:
            self.save_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
