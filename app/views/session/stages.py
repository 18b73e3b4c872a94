"""The stage bar (准备 … 结果) and the checklist of the stage on screen.

Both only show what the service reports (SessionState) and ask for changes through signals;
whether a stage may be entered is decided by SessionService.enter_stage, whose message the
page shows when it refuses.
"""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.domain.session import CHECKLISTS, STAGE_LABELS, SUBSTANTIVE, Stage
from app.ui.i18n import enumeration
from app.ui.theme import set_tone
from app.ui.timefmt import duration
from app.ui.widgets import Card, label
from app.views.session.vocab import tr_vocab

STAGES = tuple(Stage)


def stage_complete(stage: Stage, checks: dict[str, bool]) -> bool:
    return all(checks.get(key) for key, _label in CHECKLISTS[stage])


class StageBar(QWidget):
    """One checkable button per stage, in order; any stage can be chosen (non-linear).

    Left/Right (and Home/End) move between the buttons, Space or Enter chooses. Under each
    button a small caption shows the completion mark and the time spent in that stage.
    """

    stage_requested = Signal(object)  # Stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StageBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Stage, QPushButton] = {}
        self.captions: dict[Stage, QLabel] = {}
        for i, stage in enumerate(STAGES):
            cell = QVBoxLayout()
            cell.setSpacing(2)
            text = tr_vocab(STAGE_LABELS[stage])
            b = QPushButton(text)
            b.setObjectName("StageButton")
            b.setCheckable(True)
            b.setAccessibleName(text)
            b.setToolTip(self.tr("第{n}阶段：{name}").format(n=i + 1, name=text))
            b.setMinimumWidth(78)
            b.clicked.connect(lambda _c=False, s=stage: self._clicked(s))
            self.group.addButton(b)
            self.buttons[stage] = b
            caption = label("", hint=True)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.captions[stage] = caption
            cell.addWidget(b)
            cell.addWidget(caption)
            row.addLayout(cell, 1)
            if stage == Stage.OPENING:
                # The gate: everything right of it needs the notice and consents.
                gate = label("┆", hint=True)
                gate.setToolTip(self.tr("开场告知完成后，方可进入后续阶段"))
                row.addWidget(gate)
        self._current: Stage | None = None

    def set_state(self, current: Stage, checks: dict[str, bool], seconds: dict[str, float],
                  gate_open: bool) -> None:
        self._current = current
        self.buttons[current].setChecked(True)
        for stage, b in self.buttons.items():
            done = stage_complete(stage, checks)
            spent = seconds.get(stage.value, 0.0)
            parts = []
            if done:
                parts.append(self.tr("✓ 已完成"))
            if spent >= 1 or stage == current:
                parts.append(duration_text(spent))
            if stage in SUBSTANTIVE and not gate_open:
                parts = [self.tr("待开场告知")]
            self.captions[stage].setText(" · ".join(parts))
            set_tone(self.captions[stage], "ok" if done else None)
            b.setProperty("done", done)
            b.setProperty("locked", stage in SUBSTANTIVE and not gate_open)
            b.style().unpolish(b)
            b.style().polish(b)
            desc = [self.tr("当前阶段") if stage == current else "",
                    self.tr("已完成") if done else self.tr("未完成"),
                    self.tr("用时 {t}").format(t=duration_text(spent))]
            b.setAccessibleDescription(self.tr("，").join(d for d in desc if d))

    def set_caption_time(self, stage: Stage, seconds: float, done: bool) -> None:
        """Refresh the running stage's time (called by the page's one-second tick)."""
        parts = ([self.tr("✓ 已完成")] if done else []) + [duration_text(seconds)]
        self.captions[stage].setText(" · ".join(parts))

    def revert(self) -> None:
        """Show the current stage again after a refused request."""
        if self._current is not None:
            self.buttons[self._current].setChecked(True)

    def focus_chain(self) -> list[QWidget]:
        return list(self.buttons.values())

    def _clicked(self, stage: Stage) -> None:
        if stage != self._current:
            self.stage_requested.emit(stage)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        order = list(self.buttons.values())
        focused = next((i for i, b in enumerate(order) if b.hasFocus()), None)
        key = event.key()
        if focused is not None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            target = {Qt.Key.Key_Left: max(0, focused - 1), Qt.Key.Key_Right: min(len(order) - 1, focused + 1),
                      Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(order) - 1}[Qt.Key(key)]
            order[target].setFocus(Qt.FocusReason.TabFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)


def duration_text(seconds: float) -> str:
    return duration(timedelta(seconds=int(seconds)))


class ChecklistCard(Card):
    """The current stage's checklist; each box records one item through the service."""

    check_toggled = Signal(object, str, bool)  # Stage, item key, value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, margins=12, spacing=6)
        self.setObjectName("Card")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        self.body.addLayout(self.grid)
        self.gate_label = label("", tone="weak", wrap=True)
        self.gate_label.setObjectName("GateMessage")
        self.gate_label.hide()
        self.body.addWidget(self.gate_label)
        self.boxes: dict[str, QCheckBox] = {}
        self._stage: Stage | None = None
        self.editable = True

    def show_stage(self, stage: Stage, checks: dict[str, bool], gate_missing: list[str]) -> None:
        if stage != self._stage:
            self._rebuild(stage)
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(checks.get(key)))
            box.setEnabled(self.editable)
            box.blockSignals(False)
        done = stage_complete(stage, checks)
        self.set_title(self.tr("{stage} · 核对清单{mark}").format(
            stage=tr_vocab(STAGE_LABELS[stage]), mark=self.tr("（已完成）") if done else ""))
        if gate_missing and stage == Stage.OPENING:
            self.gate_label.setText(self.tr("情、理、法、协商、结果阶段尚未开放。请先记录：{items}。")
                                    .format(items=enumeration(tr_vocab(x) for x in gate_missing)))
            self.gate_label.show()
        else:
            self.gate_label.hide()

    def _rebuild(self, stage: Stage) -> None:
        self._stage = stage
        for box in self.boxes.values():
            self.grid.removeWidget(box)
            box.hide()  # explicitly: a queued show from addWidget must not pop it up as a window
            box.setParent(None)
            box.deleteLater()
        self.boxes.clear()
        columns = 3
        for i, (key, text) in enumerate(CHECKLISTS[stage]):
            box = QCheckBox(tr_vocab(text))
            box.setAccessibleName(tr_vocab(text))
            box.toggled.connect(lambda on, k=key: self.check_toggled.emit(self._stage, k, on))
            self.boxes[key] = box
            self.grid.addWidget(box, i // columns, i % columns)
            box.show()
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)

    def revert(self, key: str, value: bool) -> None:
        box = self.boxes.get(key)
        if box is not None:
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def focus_chain(self) -> list[QWidget]:
        return list(self.boxes.values())
