"""Pages whose features arrive in later versions; each says plainly what it will do."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.context import Workspace
from app.ui.page import Page
from app.ui.widgets import Card, label

CONTEXT = "Placeholders"

# key: (title, what is coming, what it will do); extracted by pyside6-lupdate.
PLACEHOLDERS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "sessions": (
        QT_TRANSLATE_NOOP("Placeholders", "话聊"),
        QT_TRANSLATE_NOOP("Placeholders", "话聊功能将在后续版本提供。"),
        (QT_TRANSLATE_NOOP("Placeholders",
                           "按“准备—开场告知—情—理—法—协商—结果”七个阶段引导话聊，每阶段有核对清单和笔记。"),
         QT_TRANSLATE_NOOP("Placeholders",
                           "调解笔录：按发言人（调解员、律师、心理咨询师、申请人、被申请人等）记录并自动计时。"),
         QT_TRANSLATE_NOOP("Placeholders", "心理咨询师的过程记录仅咨询师可见；团队只看到其发布的摘要。"),
         QT_TRANSLATE_NOOP("Placeholders", "调解员、律师、咨询师各自以 PIN 解锁自己的面板。"))),
    "documents": (
        QT_TRANSLATE_NOOP("Placeholders", "文书"),
        QT_TRANSLATE_NOOP("Placeholders", "文书功能将在后续版本提供。"),
        (QT_TRANSLATE_NOOP("Placeholders",
                           "按司法部格式生成申请书、受理登记表、权利义务告知书、调解记录、调解协议书、司法确认申请书等。"),
         QT_TRANSLATE_NOOP("Placeholders", "预览、按当事人人数加一份打印，打印留空签名和指印框的版本。"),
         QT_TRANSLATE_NOOP("Placeholders", "调委会电子签章（PAdES），每份文书带 SHA-256 校验值和二维码。"),
         QT_TRANSLATE_NOOP("Placeholders", "立卷归档：卷宗封面、卷内目录和封底合成一个归档 PDF。"))),
    "follow_up": (
        QT_TRANSLATE_NOOP("Placeholders", "回访"),
        QT_TRANSLATE_NOOP("Placeholders", "回访功能将在后续版本提供。"),
        (QT_TRANSLATE_NOOP("Placeholders", "列出到期和逾期的回访，记录协议履行情况和当事人满意度。"),
         QT_TRANSLATE_NOOP("Placeholders", "生成人民调解回访记录，并在案件时间线上留痕。"))),
    "statistics": (
        QT_TRANSLATE_NOOP("Placeholders", "统计"),
        QT_TRANSLATE_NOOP("Placeholders", "统计功能将在后续版本提供。"),
        (QT_TRANSLATE_NOOP("Placeholders", "化解率（注明分母）、调解成功率、服务承诺达标率、平均办理时长。"),
         QT_TRANSLATE_NOOP("Placeholders", "按纠纷类型、来源、调解室、解纷途径和月份分类统计，含涉案金额。"),
         QT_TRANSLATE_NOOP("Placeholders", "屏幕图表、导出 Excel、月度报告 PDF。"))),
}


class PlaceholderPage(Page):
    def __init__(self, ws: Workspace, title: str, coming: str, features: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, title, coming, parent)
        card = Card(self.tr("将提供的功能"))
        card.setMaximumWidth(900)
        for text in features:
            card.body.addWidget(label("•  " + text, wrap=True))
        card.body.addSpacing(4)
        card.body.addWidget(label(self.tr("在此之前，请在“案件”页查看案件详情，在“登记受理”页登记新的诉求。"),
                                  hint=True, wrap=True))
        self.body.addWidget(card)
        self.body.addStretch(1)


def placeholder_page(ws: Workspace, key: str) -> PlaceholderPage:
    def tr(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    title, coming, features = PLACEHOLDERS[key]
    return PlaceholderPage(ws, tr(title), tr(coming), [tr(f) for f in features])
