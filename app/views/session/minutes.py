"""调解笔录: speaker-tagged, time-stamped minutes beside the stages.

Alt+1 … Alt+7 choose the speaker (the page owns the shortcuts, so they work from any panel),
Enter adds the line. Until the minutes are read back and closed, a line can be edited in
place; afterwards a change is a correction with a reason (SessionService.correct_minutes).
The line being typed is kept as a draft (DraftService) so a crash does not lose it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from app.domain.session import SPEAKERS
from app.services import Services
from app.services.common import Actor
from app.services.sessions import MinutesLine
from app.ui.dialogs import error_text
from app.ui.i18n import labelled
from app.ui.tasks import TaskRunner
from app.ui.timefmt import local
from app.ui.widgets import Chip, button, label
from app.views.session.autosave import Autosaver
from app.views.session.vocab import tr_vocab

# Speakers with quick keys, in the order of the keys (Alt+1 … Alt+7).
QUICK_SPEAKERS = ("mediator", "lawyer", "counsellor", "applicant", "respondent", "agent", "helper")
DRAFT_PREFIX = "session-minutes:"
MIN_WIDTH = 290        # the narrowest the session page makes the pane
MARGIN = 12
SPEAKER_SPACING = 4
SPEAKER_CHROME = 14    # a speaker button's padding and border, and the bold of the chosen one


def speaker_shortcut(key: str) -> str:
    return f"Alt+{QUICK_SPEAKERS.index(key) + 1}"


def speaker_columns(names: list[str], metrics: QFontMetrics, width: int = MIN_WIDTH - 2 * MARGIN) -> int:
    """Speaker buttons per row: four when the names fit the narrowest pane (Chinese), fewer when
    they are longer (English), so that no name is cut."""
    need = [metrics.horizontalAdvance(n) + SPEAKER_CHROME for n in names]
    for columns in (4, 3, 2):
        if sum(max(need[c::columns]) for c in range(columns)) + SPEAKER_SPACING * (columns - 1) <= width:
            return columns
    return 1


class MinutesPane(QFrame):
    changed = Signal()   # an entry was added, edited, corrected, or the minutes closed

    def __init__(self, services: Services, runner: TaskRunner, autosaver: Autosaver,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.services = services
        self.runner = runner
        self.autosaver = autosaver
        self._actor = actor
        self.session_id = ""
        self.closed = False
        self.finished = False
        self._lines: dict[str, MinutesLine] = {}
        self._editing: str | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(MARGIN, 10, MARGIN, MARGIN)
        lay.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("调解笔录"), object_name="CardTitle"))
        head.addStretch(1)
        self.state_chip = Chip()
        head.addWidget(self.state_chip)
        lay.addLayout(head)

        self.list = QListWidget()
        self.list.setObjectName("MinutesList")
        self.list.setAccessibleName(self.tr("笔录条目"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _i: self.start_edit())
        self.empty_hint = label(self.tr("尚无笔录。选择发言人（或按 Alt+1…7），输入发言内容后按 Enter。"),
                                hint=True, wrap=True)
        lay.addWidget(self.empty_hint)
        lay.addWidget(self.list, 1)

        # speakers
        speakers = QGridLayout()
        speakers.setHorizontalSpacing(SPEAKER_SPACING)
        speakers.setVerticalSpacing(SPEAKER_SPACING)
        self.speaker_group = QButtonGroup(self)
        self.speaker_buttons: dict[str, QPushButton] = {}
        columns = speaker_columns([tr_vocab(SPEAKERS[k]) for k in QUICK_SPEAKERS], self.fontMetrics())
        for i, key in enumerate(QUICK_SPEAKERS):
            text = tr_vocab(SPEAKERS[key])
            b = QPushButton(text)
            b.setObjectName("SpeakerButton")
            b.setCheckable(True)
            b.setAccessibleName(text)
            b.setToolTip(self.tr("发言人：{name}（{keys}）").format(name=text, keys=speaker_shortcut(key)))
            b.clicked.connect(lambda _c=False, k=key: self.choose_speaker(k))
            self.speaker_group.addButton(b)
            self.speaker_buttons[key] = b
            speakers.addWidget(b, i // columns, i % columns)
        lay.addLayout(speakers)
        self.speaker_buttons["mediator"].setChecked(True)
        self.speaker = "mediator"

        self.input = QLineEdit()
        self.input.setObjectName("MinutesInput")
        self.input.setPlaceholderText(self.tr("发言内容，按 Enter 添加"))
        self.input.setAccessibleName(self.tr("发言内容"))
        self.input.returnPressed.connect(self.add_entry)
        self.input.textChanged.connect(self._draft_changed)
        self.input_label = label("", wrap=True)
        self.input_label.setBuddy(self.input)
        lay.addWidget(self.input_label)
        lay.addWidget(self.input)

        # editing an entry
        self.edit_box = QFrame()
        self.edit_box.setObjectName("MinutesEdit")
        eb = QVBoxLayout(self.edit_box)
        eb.setContentsMargins(0, 4, 0, 0)
        eb.setSpacing(4)
        self.edit_caption = label("", hint=True, wrap=True)
        eb.addWidget(self.edit_caption)
        self.edit_text = QLineEdit()
        self.edit_text.setAccessibleName(self.tr("修改后的内容"))
        self.edit_text.setPlaceholderText(self.tr("修改后的内容"))
        self.edit_reason = QLineEdit()
        self.edit_reason.setAccessibleName(self.tr("更正原因"))
        self.edit_reason.setPlaceholderText(self.tr("更正原因"))
        self.edit_text.returnPressed.connect(self.save_edit)
        self.edit_reason.returnPressed.connect(self.save_edit)
        eb.addWidget(self.edit_text)
        eb.addWidget(self.edit_reason)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_edit_button = button(self.tr("取消"), on_click=self.cancel_edit)
        self.save_edit_button = button(self.tr("保存修改"), primary=True, on_click=self.save_edit)
        row.addWidget(self.cancel_edit_button)
        row.addWidget(self.save_edit_button)
        eb.addLayout(row)
        self.edit_box.hide()
        lay.addWidget(self.edit_box)

        actions = QHBoxLayout()
        self.edit_button = button(self.tr("修改所选条目"), on_click=self.start_edit)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        lay.addLayout(actions)

        # read back and close
        self.read_back = QCheckBox(self.tr("已向当事人宣读，当事人确认无误"))
        self.read_back.setAccessibleName(self.read_back.text())
        self.close_button = button(self.tr("宣读确认并关闭笔录"), on_click=self.close_minutes)
        self.close_button.setEnabled(False)
        self.read_back.toggled.connect(lambda on: self.close_button.setEnabled(on and not self.closed))
        lay.addWidget(self.read_back)
        lay.addWidget(self.close_button)
        self.error = label("", tone="error", wrap=True)
        self.error.hide()
        lay.addWidget(self.error)
        self._update_caption()

    # --- loading --------------------------------------------------------------------------
    def set_session(self, session_id: str) -> None:
        """A new session on screen: restore its unfinished line, if any."""
        self.session_id = session_id
        self.cancel_edit()
        self.input.blockSignals(True)
        self.input.clear()
        self.input.blockSignals(False)
        actor, drafts = self._actor(), self.services.drafts
        key = DRAFT_PREFIX + session_id

        def restored(draft: object) -> None:
            payload = getattr(draft, "payload", None)
            if payload and self.session_id == session_id and not self.input.text():
                self.choose_speaker(payload.get("speaker", "mediator"), focus=False)
                self.input.setText(payload.get("text", ""))

        self.runner.run(lambda: drafts.load(actor, key), on_success=restored, parent=self)

    def show_minutes(self, lines: list[MinutesLine], closed: bool, finished: bool) -> None:
        self.closed, self.finished = closed, finished
        self._lines = {m.id: m for m in lines}
        selected = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        for m in lines:
            item = QListWidgetItem(self._line_text(m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._line_text(m))
            self.list.addItem(item)
            if m.id == selected:
                self.list.setCurrentItem(item)
        self.list.scrollToBottom()
        self.empty_hint.setVisible(not lines)
        self.state_chip.set(self.tr("已宣读确认并关闭") if closed else "", "ok" if closed else "")
        self.input.setEnabled(not closed and not finished)
        self.read_back.setEnabled(not closed and not finished)
        self.read_back.setChecked(closed)
        self.close_button.setEnabled(False)
        self.close_button.setText(self.tr("笔录已关闭") if closed else self.tr("宣读确认并关闭笔录"))
        self.close_button.setAccessibleName(self.close_button.text())
        self.edit_button.setEnabled(not finished)
        self.edit_button.setText(self.tr("更正所选条目") if closed else self.tr("修改所选条目"))
        self.edit_button.setAccessibleName(self.edit_button.text())
        self._update_caption()

    def _line_text(self, m: MinutesLine) -> str:
        who = tr_vocab(m.speaker_label)
        if m.corrects_seq is not None:
            who += self.tr("（更正第{n}条：{reason}）").format(n=m.corrects_seq, reason=m.correction_reason)
        return f"{m.seq}. {local(m.at, '%H:%M')}  " + labelled(who, m.text)

    def _update_caption(self) -> None:
        name = tr_vocab(SPEAKERS[self.speaker])
        self.input_label.setText(self.tr("{name} 发言（Alt+1…7 切换发言人）").format(name=name))
        self.input.setAccessibleDescription(self.input_label.text())

    # --- speaker --------------------------------------------------------------------------
    def choose_speaker(self, key: str, *, focus: bool = True) -> None:
        if key not in self.speaker_buttons:
            return
        self.speaker = key
        self.speaker_buttons[key].setChecked(True)
        self._update_caption()
        if focus and self.input.isEnabled():
            self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- adding ---------------------------------------------------------------------------
    def add_entry(self) -> None:
        text = self.input.text().strip()
        if not text or not self.session_id:
            return
        actor, sid, speaker, sessions = self._actor(), self.session_id, self.speaker, self.services.sessions
        drafts, key = self.services.drafts, DRAFT_PREFIX + self.session_id
        self.autosaver.discard("minutes")
        self.input.blockSignals(True)
        self.input.clear()
        self.input.blockSignals(False)
        pending = QListWidgetItem(self.tr("（正在保存）{name}：{text}").format(name=tr_vocab(SPEAKERS[speaker]), text=text))
        self.list.addItem(pending)
        self.list.scrollToBottom()

        def work() -> str:
            entry = sessions.add_minutes(actor, sid, speaker, text)
            drafts.discard(actor, key)
            return entry

        def failed(exc: BaseException) -> None:
            self.list.takeItem(self.list.row(pending))
            if not self.input.text():
                self.input.setText(text)
            self._show_error(exc)

        self.runner.run(work, on_success=lambda _id: self._changed(), on_failure=failed, parent=self)

    def _draft_changed(self, text: str) -> None:
        if not self.session_id:
            return
        actor, drafts, key = self._actor(), self.services.drafts, DRAFT_PREFIX + self.session_id
        payload = {"speaker": self.speaker, "text": text}
        if text:
            self.autosaver.schedule("minutes.draft", lambda: drafts.save(actor, key, payload), group="minutes")
        else:
            self.autosaver.schedule("minutes.draft", lambda: drafts.discard(actor, key), group="minutes")

    # --- editing and correcting -----------------------------------------------------------
    def start_edit(self) -> None:
        item = self.list.currentItem()
        entry_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if entry_id is None or self.finished:
            return
        line = self._lines[entry_id]
        self._editing = entry_id
        self.edit_caption.setText(
            (self.tr("更正第{n}条（笔录已关闭，原条目保留，更正将另起一条并注明原因）") if self.closed
             else self.tr("修改第{n}条")).format(n=line.seq))
        self.edit_text.setText(line.text)
        self.edit_reason.clear()
        self.edit_reason.setVisible(self.closed)
        self.save_edit_button.setText(self.tr("保存更正") if self.closed else self.tr("保存修改"))
        self.save_edit_button.setAccessibleName(self.save_edit_button.text())
        self.edit_box.show()
        self.edit_text.setFocus()
        self.edit_text.selectAll()

    def cancel_edit(self) -> None:
        self._editing = None
        self.edit_box.hide()

    def save_edit(self) -> None:
        if self._editing is None:
            return
        actor, entry_id, sessions = self._actor(), self._editing, self.services.sessions
        text, reason = self.edit_text.text().strip(), self.edit_reason.text().strip()
        if self.closed:
            work = lambda: sessions.correct_minutes(actor, entry_id, text, reason)  # noqa: E731
        else:
            work = lambda: sessions.edit_minutes(actor, entry_id, text)  # noqa: E731
        self.runner.run(work, on_success=lambda _r: (self.cancel_edit(), self._changed()),
                        on_failure=self._show_error, parent=self)

    # --- closing --------------------------------------------------------------------------
    def close_minutes(self) -> None:
        if not self.read_back.isChecked():
            return
        actor, sid, sessions = self._actor(), self.session_id, self.services.sessions
        self.runner.run(lambda: sessions.close_minutes(actor, sid, read_back_confirmed=True),
                        on_success=lambda _r: self._changed(), on_failure=self._show_error, parent=self)

    # --- helpers --------------------------------------------------------------------------
    def _changed(self) -> None:
        self.error.hide()
        self.changed.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    def focus_chain(self) -> list[QWidget]:
        return [self.list, *self.speaker_buttons.values(), self.input, self.edit_text, self.edit_reason,
                self.cancel_edit_button, self.save_edit_button, self.edit_button, self.read_back,
                self.close_button]
