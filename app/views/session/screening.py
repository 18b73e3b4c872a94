"""PHQ-9 / GAD-7 questionnaires: 0–3 answers, a live total and band, screening wording only.

Scoring and banding are the domain's (app.domain.session.score_phq9 / score_gad7); recording
goes through SessionService.screen, which stores the result as a counsellor-only note and
raises the case warning. A positive answer to PHQ-9 item 9 is announced the moment it is
chosen, before anything is recorded: the dialog shows a red alert and emits `alert`; on the
shared room screen the counsellor's own panel shows only a discreet "需立即进行安全评估"
indicator, and the case carries the flag without the answers.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QFrame, QGroupBox, QHBoxLayout, QRadioButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from app.domain.session import ANSWER_LABELS, GAD7_ITEMS, PHQ9_ITEMS, ScreeningResult, score_gad7, score_phq9
from app.ui.accessibility import name_controls
from app.ui.dialogs import error_text
from app.ui.i18n import parenthesised
from app.ui.tasks import TaskRunner
from app.ui.theme import set_tone
from app.ui.widgets import Banner, button, label
from app.views.session.vocab import tr_vocab

SCALES = {"phq9": ("PHQ-9", PHQ9_ITEMS, score_phq9), "gad7": ("GAD-7", GAD7_ITEMS, score_gad7)}
SUICIDE_ITEM = 8  # PHQ-9 item 9, zero-based


class ScreeningDialog(QDialog):
    alert = Signal(str)          # PHQ-9 item 9 answered above 0
    recorded = Signal(object)    # ScreeningResult, after the service stored it

    def __init__(self, scale: str, *, submit: Callable[[list[int]], ScreeningResult], runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self._submit = submit
        self._runner = runner
        title, items, self._score = SCALES[scale]
        self.setWindowTitle(self.tr("{scale} 筛查（筛查工具，非诊断）").format(scale=title))
        self.setMinimumSize(620, 560)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.setSpacing(8)
        lay.addWidget(label(self.tr("过去两周里，以下情况出现的频率？请逐项询问当事人并选择。"
                                    "结果仅作筛查参考，不构成诊断；如有需要，建议转介医疗机构。"), wrap=True, hint=True))
        self.alert_banner = Banner()
        self.alert_banner.setObjectName("Banner")
        lay.addWidget(self.alert_banner)

        inner = QWidget()
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 0, 8, 0)
        rows.setSpacing(6)
        self.groups: list[QButtonGroup] = []
        self.boxes: list[QGroupBox] = []
        for i, text in enumerate(items):
            # The question is a wrapped label, not the group box title: a title never wraps, and
            # the English wording of some items is a long sentence.
            box = QGroupBox()
            box.setObjectName("ScreeningItem")
            question = label(f"{i + 1}. {tr_vocab(text)}", wrap=True)
            question.setObjectName("ScreeningQuestion")
            box.setAccessibleName(question.text())
            column = QVBoxLayout(box)
            column.setContentsMargins(10, 6, 10, 6)
            column.setSpacing(4)
            column.addWidget(question)
            row = QHBoxLayout()
            column.addLayout(row)
            group = QButtonGroup(self)
            for value, answer in enumerate(ANSWER_LABELS):
                radio = QRadioButton(parenthesised(tr_vocab(answer), str(value)))
                radio.setAccessibleName(radio.text())
                group.addButton(radio, value)
                row.addWidget(radio)
            row.addStretch(1)
            group.idClicked.connect(lambda _v, i=i: self._answered(i))
            self.groups.append(group)
            self.boxes.append(box)
            rows.addWidget(box)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        lay.addWidget(scroll, 1)

        self.total = label("", object_name="CardTitle")
        self.total.setObjectName("ScreeningTotal")
        lay.addWidget(self.total)
        self.error = label("", tone="error", wrap=True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = button(self.tr("关闭"), on_click=self.reject)
        self.record_button = button(self.tr("记录筛查结果"), primary=True, on_click=self.record)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.record_button)
        lay.addLayout(buttons)
        self._update()
        name_controls(self)

    # --- answers --------------------------------------------------------------------------
    def answers(self) -> list[int | None]:
        return [g.checkedId() if g.checkedId() >= 0 else None for g in self.groups]

    def set_answer(self, index: int, value: int) -> None:
        self.groups[index].button(value).click()

    def _answered(self, index: int) -> None:
        self._update()
        if self.scale == "phq9" and index == SUICIDE_ITEM:
            self._item9_changed()

    def _item9_changed(self) -> None:
        value = self.groups[SUICIDE_ITEM].checkedId()
        if value > 0:
            text = self.tr("⚠ 第9项阳性（有伤害自己的念头）：请立即进行安全评估，不要让当事人独处；"
                           "必要时联系家属、转介医疗机构或报警。此为筛查提示，非诊断。")
            self.alert_banner.show_message(text, "strong")
            set_tone(self.boxes[SUICIDE_ITEM], "strong")
            QAccessible.updateAccessibility(QAccessibleEvent(self.alert_banner, QAccessible.Event.Alert))
            self.alert.emit(text)
        else:
            self.alert_banner.clear()
            set_tone(self.boxes[SUICIDE_ITEM], None)

    def _update(self) -> None:
        answers = self.answers()
        answered = sum(a is not None for a in answers)
        result = self._score([a or 0 for a in answers])
        if answered == len(answers):
            text = self.tr("总分 {total}，{band}（筛查结果，非诊断）").format(total=result.total, band=tr_vocab(result.band))
        else:
            text = self.tr("已答 {n}/{of} 项 · 当前总分 {total}，{band}（未答完，仅供参考）").format(
                n=answered, of=len(answers), total=result.total, band=tr_vocab(result.band))
        self.total.setText(text)
        self.total.setAccessibleName(text)
        self.record_button.setEnabled(answered == len(answers))

    # --- recording ------------------------------------------------------------------------
    def record(self) -> None:
        answers = [a for a in self.answers() if a is not None]
        if len(answers) != len(self.groups):
            return
        self.record_button.setEnabled(False)
        self._runner.run(lambda: self._submit(answers), on_success=self._recorded, on_failure=self._failed,
                         parent=self)

    def _recorded(self, result: ScreeningResult) -> None:
        self.recorded.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()

    def discard(self) -> None:
        """Close and destroy (the panel locked): no answers stay in memory."""
        self.hide()
        self.setParent(None)
        self.deleteLater()

