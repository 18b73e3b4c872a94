"""Check a PDF someone brings back: intact, sealed by a trusted committee, the seal covering the
whole file; and which document of ours it is (by SHA-256)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.ui.theme import set_tone
from app.ui.widgets import Card, label
from app.views.documents.drop_zone import DropZone
from app.views.documents.render_panel import kind_title

HEADLINES = {
    "ok": QT_TRANSLATE_NOOP("VerifyPanel", "文件完整、印章有效"),
    "no_signature": QT_TRANSLATE_NOOP("VerifyPanel", "验证未通过：文件没有电子印章"),
    "modified": QT_TRANSLATE_NOOP("VerifyPanel", "验证未通过：文件在盖章后被改动"),
    "incremental_update": QT_TRANSLATE_NOOP("VerifyPanel", "验证未通过：盖章后有追加修订"),
    "appended_bytes": QT_TRANSLATE_NOOP("VerifyPanel", "验证未通过：盖章后文件末尾被附加了数据"),
    "untrusted_signer": QT_TRANSLATE_NOOP("VerifyPanel", "验证未通过：印章证书不受信任"),
    "invalid_signature": QT_TRANSLATE_NOOP("VerifyPanel", "验证未通过：印章签名无效"),
    "unreadable": QT_TRANSLATE_NOOP("VerifyPanel", "验证未通过：无法读取该文件"),
}

RESULT_STYLE = """
QFrame#VerifyResult { border-radius: 8px; border: 1px solid #dde3ea; background: #f6f8fa; }
QFrame#VerifyResult[tone="ok"] { border: 1px solid #a9d5ab; background: #e9f5ea; }
QFrame#VerifyResult[tone="error"] { border: 1px solid #f1b3ae; background: #fdecea; }
QLabel#VerifyHeadline { font-size: 14pt; font-weight: bold; }
QLabel#VerifyHeadline[tone="ok"] { color: #2e7d32; }
QLabel#VerifyHeadline[tone="error"] { color: #c62828; }
"""


@dataclass(frozen=True)
class VerifyOutcome:
    """What the page hands over after checking a file (plain data, made on the worker)."""

    filename: str
    size: int
    sha256: str
    ok: bool
    code: str
    message: str              # in the UI language
    signer: str | None
    signed_at: datetime | None
    issued: tuple[str, str, str] | None   # (case number, kind, document number)


def headline(code: str) -> str:
    return QCoreApplication.translate("VerifyPanel", str(HEADLINES.get(code, HEADLINES["unreadable"])))


class VerifyPanel(QWidget):
    files_chosen = Signal(list)
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: VerifyOutcome | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)
        card = Card(self.tr("核验电子印章"))
        card.setMaximumWidth(900)
        card.body.addWidget(label(
            self.tr("检查一份 PDF 是否由受信任的调解委员会盖章、盖章后是否被改动，并查找本站对应的出具记录。"
                    "文件只在本机读取，不会上传。"), wrap=True, hint=True))
        self.drop = DropZone(self.tr("将 PDF 文件拖放到此处"), self.tr("打开PDF文件…"))
        self.drop.files_dropped.connect(self.files_chosen.emit)
        self.drop.browse_requested.connect(self.browse_requested.emit)
        card.body.addWidget(self.drop)

        self.result = QFrame()
        self.result.setObjectName("VerifyResult")
        self.result.setStyleSheet(RESULT_STYLE)
        res = QVBoxLayout(self.result)
        res.setContentsMargins(18, 14, 18, 14)
        res.setSpacing(8)
        self.headline = label("", object_name="VerifyHeadline", wrap=True)
        self.headline.setStyleSheet("")
        self.reason = label("", wrap=True, selectable=True)
        res.addWidget(self.headline)
        res.addWidget(self.reason)
        details = QFormLayout()
        details.setHorizontalSpacing(14)
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.file_value = label("", wrap=True, selectable=True)
        self.sha_value = label("", wrap=True, selectable=True)
        self.signer_value = label("", wrap=True, selectable=True)
        self.signed_at_value = label("", selectable=True)
        self.issued_value = label("", wrap=True, selectable=True)
        details.addRow(self.tr("文件"), self.file_value)
        details.addRow(self.tr("SHA-256"), self.sha_value)
        details.addRow(self.tr("盖章单位"), self.signer_value)
        details.addRow(self.tr("盖章时间"), self.signed_at_value)
        details.addRow(self.tr("出具记录"), self.issued_value)
        res.addLayout(details)
        self.result.hide()
        card.body.addWidget(self.result)
        row = QHBoxLayout()
        row.addWidget(card, 1)
        row.addStretch(0)
        outer.addLayout(row)
        outer.addStretch(1)

    def show_checking(self, filename: str) -> None:
        self.result.show()
        self._tone(None)
        self.headline.setText(self.tr("正在验证 {name}…").format(name=filename))
        self.reason.setText("")

    def show_outcome(self, o: VerifyOutcome) -> None:
        self.outcome = o
        self.result.show()
        self._tone("ok" if o.ok else "error")
        self.headline.setText(headline(o.code))
        self.reason.setText(o.message)
        self.file_value.setText(self.tr("{name}（{size} 字节）").format(name=o.filename, size=o.size))
        self.sha_value.setText(o.sha256)
        self.signer_value.setText(o.signer or self.tr("—"))
        at = o.signed_at
        self.signed_at_value.setText(f"{at.astimezone():%Y-%m-%d %H:%M:%S}" if at is not None else self.tr("—"))
        if o.issued:
            case_number, kind, number = o.issued
            self.issued_value.setText(self.tr("本站出具的{title}（编号 {number}，案件 {case}）").format(
                title=kind_title(kind), number=number, case=case_number))
        else:
            self.issued_value.setText(self.tr("本站没有出具过与此文件逐字节一致的文书。"))
        self.result.setAccessibleName(self.tr("{headline}。{reason}").format(headline=self.headline.text(),
                                                                           reason=o.message))

    def _tone(self, tone: str | None) -> None:
        set_tone(self.result, tone)
        set_tone(self.headline, tone)
