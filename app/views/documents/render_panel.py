"""Generate any statutory document of the case, preview it in the app, print it (copies preset
to one per party plus one for the committee where the form says so), print the version with
empty signature and fingerprint boxes for wet signatures, or save it as PDF. Below, every PDF
issued for the case, each reopenable.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.documents import TITLES
from app.services.documents import KINDS
from app.ui.i18n import clauses, labelled, parenthesised
from app.ui.widgets import Card, button, label, tidy_table
from app.views.documents.pdf_preview import PdfPreview

# Forms handed to every party and kept by the committee (人民调解法 art 29: 当事人各执一份，
# 人民调解委员会留存一份).
PER_PARTY_KINDS = frozenset({"agreement"})


# The titles of app.documents.TITLES, listed for pyside6-lupdate (kept in step by a test).
TITLE_STRINGS = (
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解申请书"),
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解受理登记表"),
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解当事人权利义务告知书"),
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解调查记录"),
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解记录"),
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解协议书"),
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解口头协议登记表"),
    QT_TRANSLATE_NOOP("DocumentTitles", "司法确认申请书"),
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解回访记录"),
    QT_TRANSLATE_NOOP("DocumentTitles", "人民调解终止通知书"),
    QT_TRANSLATE_NOOP("DocumentTitles", "调解卷宗"),
)


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("DocumentTitles", TITLES.get(kind, kind))


def copies_for(kind: str, parties: int) -> int:
    return parties + 1 if kind in PER_PARTY_KINDS else 1


class RenderPanel(QWidget):
    render_requested = Signal(str, bool)      # kind, for_wet_signature
    print_requested = Signal(str, bool)       # kind, for_wet_signature
    save_requested = Signal()
    issued_chosen = Signal(str)               # issued document id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parties = 0
        self._shown_kind: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)

        side = QWidget()
        side.setFixedWidth(310)
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.setSpacing(14)
        make = Card(self.tr("生成文书"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind = QComboBox()
        self.kind.setObjectName("DocumentKind")
        for kind in KINDS:
            self.kind.addItem(kind_title(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("文书"), self.kind)
        make.body.addLayout(form)
        self.copies_label = label("", hint=True, wrap=True)
        make.body.addWidget(self.copies_label)
        self.render_button = button(self.tr("生成并预览"), primary=True,
                                    on_click=lambda: self.render_requested.emit(self.current_kind(), False))
        self.print_button = button(self.tr("打印"),
                                   on_click=lambda: self.print_requested.emit(self.current_kind(), False))
        self.wet_button = button(self.tr("打印（供手写签名）"),
                                 on_click=lambda: self.print_requested.emit(self.current_kind(), True))
        self.wet_button.setToolTip(self.tr("签名栏和指印框留空，供当事人手写签名、按指印"))
        self.save_button = button(self.tr("另存为PDF"), on_click=self.save_requested.emit)
        for b in (self.render_button, self.print_button, self.wet_button, self.save_button):
            make.body.addWidget(b)
        side_lay.addWidget(make)

        issued = Card(self.tr("已出具的文书"), grow=True)
        caption = label(self.tr("出具记录（双击打开）"), hint=True)
        issued.body.addWidget(caption)
        self.issued = QTreeWidget()
        self.issued.setObjectName("IssuedDocuments")
        caption.setBuddy(self.issued)
        self.issued.setRootIsDecorated(False)
        self.issued.setAlternatingRowColors(True)
        self.issued.setHeaderLabels([self.tr("时间"), self.tr("文书"), self.tr("印章")])
        self.issued.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.issued.header().setStretchLastSection(False)
        tidy_table(self.issued)
        self.issued.itemActivated.connect(
            lambda item, _c: self.issued_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        issued.body.addWidget(self.issued, 1)
        side_lay.addWidget(issued, 1)
        row.addWidget(side)

        preview = Card(self.tr("预览"), grow=True)
        self.info = label("", wrap=True, selectable=True, hint=True)
        preview.body.addWidget(self.info)
        self.preview = PdfPreview()
        preview.body.addWidget(self.preview, 1)
        row.addWidget(preview, 1)
        self._kind_changed()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def select_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def set_parties(self, count: int) -> None:
        self._parties = count
        self._kind_changed()

    def copies(self, kind: str | None = None) -> int:
        return copies_for(kind or self.current_kind(), self._parties)

    def show_pdf(self, pdf: bytes, *, title: str, number: str, sha256: str, sealed: bool, wet: bool) -> bool:
        if not self.preview.set_pdf(pdf):
            self.info.setText(self.tr("无法显示该文件。"))
            return False
        notes = []
        if sealed:
            notes.append(self.tr("已加盖调解委员会电子印章"))
        if wet:
            notes.append(self.tr("供手写签名（签名栏和指印框留空）"))
        head = f"<b>{title}</b>&nbsp;&nbsp;{number}"
        if notes:
            head = parenthesised(head, clauses(notes))
        self.info.setText(f"{head}<br>" + labelled("SHA-256", sha256))
        self.info.setTextFormat(Qt.TextFormat.RichText)
        return True

    def set_issued(self, rows: list[tuple[str, str, str, datetime, bool]]) -> None:
        self.issued.clear()
        for doc_id, kind, number, at, sealed in reversed(rows):
            item = QTreeWidgetItem([f"{at.astimezone():%m-%d %H:%M}", kind_title(kind),
                                    self.tr("已盖章") if sealed else ""])
            item.setToolTip(1, f"{kind_title(kind)} {number}")
            item.setData(0, Qt.ItemDataRole.UserRole, doc_id)
            self.issued.addTopLevelItem(item)
        self.issued.resizeColumnToContents(0)
        self.issued.resizeColumnToContents(2)

    def _kind_changed(self, *_args: object) -> None:
        kind = self.current_kind()
        n = self.copies(kind)
        if kind in PER_PARTY_KINDS and self._parties:
            text = self.tr("打印份数：{n} 份（当事人 {p} 方各一份，调解委员会留存一份）").format(n=n, p=self._parties)
        else:
            text = self.tr("打印份数：{n} 份").format(n=n)
        self.copies_label.setText(text)
