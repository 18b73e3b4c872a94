"""The three professional panels: 情 (counsellor), 理 (mediator), 法 (lawyer).

A panel is locked until its professional identifies with their own username and PIN on the
shared room PC (AuthService.unlock_panel). Locked, it holds nothing of its content: the
editors are built from a fresh SessionService.state() read *as that professional* when the
panel opens, and destroyed (not hidden) when it locks, so no counsellor process note stays
in a widget, an undo stack or a cache after the counsellor leaves. Every edit is written
through the Autosaver within a second; locking flushes first.

The role that may open a panel, the gate before substantive notes and the confidentiality
tiers are the service's rules: the panel only shows its messages.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication, QComboBox, QFrame, QHBoxLayout, QLineEdit, QPlainTextEdit, QScrollArea,
    QStackedWidget, QVBoxLayout, QWidget,
)

from app.domain.session import PANEL_FIELDS, PANEL_LABELS, RISK_LEVELS, PanelField
from app.services import Services
from app.services.common import Actor
from app.services.sessions import SessionState, check_panel_actor
from app.ui.accessibility import name_controls
from app.ui.dialogs import error_text
from app.ui.tasks import TaskRunner
from app.ui.theme import set_tone
from app.ui.widgets import button, label
from app.views.session.autosave import Autosaver
from app.views.session.screening import ScreeningDialog
from app.views.session.vocab import tr_vocab

DIMENSIONS = ("emotion", "reason", "law")
CAUCUS_KEY = "caucus"


@dataclass
class PanelContext:
    """What every panel needs from the page (plain values and service objects)."""

    services: Services
    runner: TaskRunner
    autosaver: Autosaver
    session_id: str = ""
    parties: list[tuple[str, str]] = field(default_factory=list)   # (party id, "申请人 张三")
    usernames: dict[str, str] = field(default_factory=dict)        # dimension → assigned username
    gate_open: bool = False
    finished: bool = False


def _editor(spec: PanelField) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setObjectName(f"field_{spec.key}")
    edit.setMinimumHeight(58 if spec.multiline else 32)
    edit.setMaximumHeight(96)
    return edit


def _combo() -> QComboBox:
    """A combo box that may be narrower than its longest item (panels are narrow)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    return combo


class PanelContent(QWidget):
    """The unlocked editors of one panel, built for one professional and thrown away on lock."""

    def __init__(self, panel: ProfessionalPanel, actor: Actor, state: SessionState) -> None:
        super().__init__()
        self.panel = panel
        self.actor = actor
        ctx = panel.ctx
        dim = panel.dimension
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(4)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.focus_widgets: list[QWidget] = []
        writable = ctx.gate_open and not ctx.finished
        if dim == "emotion":
            lay.addWidget(label(self.tr("除“团队摘要”外，本面板内容仅心理咨询师可见，不导出、不打印。"
                                        "仅作筛查与转介提示，不作诊断。"), hint=True, wrap=True))
            # The discreet indicator: only in the counsellor's own unlocked panel, no answers.
            self.safety_flag = label(self.tr("需立即进行安全评估"), tone="error")
            self.safety_flag.setObjectName("SafetyFlag")
            self.safety_flag.setAccessibleName(self.tr("需立即进行安全评估"))
            self.safety_flag.setVisible(state.safety_alert)
            lay.addWidget(self.safety_flag)
            if state.sealed_locked:
                self.sealed_hint = label(self.tr("已有咨询记录已加密：请用本人密码（而非 PIN）解锁面板后查看；"
                                                 "重置密码或新账号需另一位心理咨询师授权。"), tone="error", wrap=True)
                self.sealed_hint.setObjectName("SealedHint")
                lay.addWidget(self.sealed_hint)
        for spec in PANEL_FIELDS[dim]:
            caption = label(tr_vocab(spec.label))
            caption.setObjectName("FieldLabel")
            caption.setWordWrap(True)
            edit = _editor(spec)
            caption.setBuddy(edit)
            edit.setAccessibleName(tr_vocab(spec.label))
            edit.setPlainText(state.fields.get(f"{dim}.{spec.key}", ""))
            edit.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where it stopped
            edit.setReadOnly(not writable)
            edit.textChanged.connect(lambda k=spec.key, e=edit: self._edited(k, e))
            self.editors[spec.key] = edit
            lay.addWidget(caption)
            lay.addWidget(edit)
            self.focus_widgets.append(edit)
            # A colleague's version of this field stays beside the author's, with their name.
            for author, text in state.versions.get(f"{dim}.{spec.key}", []):
                other = label(self.tr("{name} 的版本：{text}").format(name=author, text=text),
                              hint=True, wrap=True, selectable=True)
                other.setObjectName("OtherVersion")
                other.setAccessibleName(self.tr("{name} 的版本").format(name=author))
                lay.addWidget(other)
        if dim == "emotion":
            self._build_emotion_extras(lay, state, writable)
        self._build_caucus(lay, state, writable)
        lay.addStretch(1)

    # --- counsellor extras ----------------------------------------------------------------
    def _build_emotion_extras(self, lay: QVBoxLayout, state: SessionState, writable: bool) -> None:
        row = QHBoxLayout()
        risk_label = label(self.tr("风险等级"))
        self.risk = _combo()
        self.risk.addItem(self.tr("未评估"), "")
        for key, text in RISK_LEVELS.items():
            self.risk.addItem(tr_vocab(text), key)
        self.risk.setCurrentIndex(max(0, self.risk.findData(state.risk_level)))
        self.risk.setEnabled(writable)
        risk_label.setBuddy(self.risk)
        self.risk.setAccessibleName(self.tr("风险等级"))
        self.risk.currentIndexChanged.connect(self._risk_changed)
        row.addWidget(risk_label)
        row.addWidget(self.risk, 1)
        lay.addLayout(row)
        scales = QHBoxLayout()
        self.phq9_button = button(self.tr("PHQ-9 筛查…"), on_click=lambda: self.panel.open_screening("phq9"))
        self.gad7_button = button(self.tr("GAD-7 筛查…"), on_click=lambda: self.panel.open_screening("gad7"))
        for b in (self.phq9_button, self.gad7_button):
            b.setEnabled(writable)
            scales.addWidget(b)
        scales.addStretch(1)
        lay.addLayout(scales)
        self.screening_results = label("", hint=True, wrap=True)
        self.show_screenings(state)
        lay.addWidget(self.screening_results)
        self.focus_widgets += [self.risk, self.phq9_button, self.gad7_button]

    def show_screenings(self, state: SessionState) -> None:
        lines = [state.fields[k] for k in ("emotion.phq9", "emotion.gad7") if k in state.fields]
        self.screening_results.setText("\n".join(lines))
        self.screening_results.setVisible(bool(lines))

    def _risk_changed(self) -> None:
        level = self.risk.currentData()
        if not level:
            return
        actor, sid, sessions = self.actor, self.panel.ctx.session_id, self.panel.ctx.services.sessions
        self.panel.ctx.runner.run(lambda: sessions.set_risk_level(actor, sid, level),
                                  on_success=lambda _r: self.panel.risk_changed.emit(level),
                                  on_failure=self.panel.show_error, parent=self)

    # --- caucus (背靠背) -------------------------------------------------------------------
    def _build_caucus(self, lay: QVBoxLayout, state: SessionState, writable: bool) -> None:
        self.caucus_toggle = button(self.tr("背靠背记录（单独会谈）"))
        self.caucus_toggle.setCheckable(True)
        self.caucus_toggle.setEnabled(writable and bool(self.panel.ctx.parties))
        self.caucus_box = QFrame()
        self.caucus_box.setObjectName("CaucusBox")
        box = QVBoxLayout(self.caucus_box)
        box.setContentsMargins(8, 6, 8, 8)
        box.setSpacing(4)
        self.caucus_title = label("", object_name="CaucusTitle", wrap=True)
        box.addWidget(self.caucus_title)
        row = QHBoxLayout()
        party_label = label(self.tr("会谈当事人"))
        self.caucus_party = _combo()
        for pid, name in self.panel.ctx.parties:
            self.caucus_party.addItem(name, pid)
        party_label.setBuddy(self.caucus_party)
        self.caucus_party.setAccessibleName(self.tr("会谈当事人"))
        row.addWidget(party_label)
        row.addWidget(self.caucus_party, 1)
        box.addLayout(row)
        note_label = label(self.tr("背靠背记录"))
        self.caucus_edit = QPlainTextEdit()
        self.caucus_edit.setTabChangesFocus(True)
        self.caucus_edit.setObjectName("field_caucus")
        self.caucus_edit.setMinimumHeight(70)
        self.caucus_edit.setReadOnly(not writable)
        note_label.setBuddy(self.caucus_edit)
        self.caucus_edit.setAccessibleName(self.tr("背靠背记录"))
        box.addWidget(note_label)
        box.addWidget(self.caucus_edit)
        box.addWidget(label(self.tr("背靠背内容仅调解团队可见，未经该当事人同意不向对方披露。"), hint=True, wrap=True))
        self.caucus_box.hide()
        self._caucus_texts = dict(state.caucus_fields)
        self.caucus_toggle.toggled.connect(self._toggle_caucus)
        self.caucus_party.currentIndexChanged.connect(self._caucus_party_changed)
        self.caucus_edit.textChanged.connect(self._caucus_edited)
        lay.addWidget(self.caucus_toggle)
        lay.addWidget(self.caucus_box)
        self.focus_widgets += [self.caucus_toggle, self.caucus_party, self.caucus_edit]

    def _toggle_caucus(self, on: bool) -> None:
        self.caucus_box.setVisible(on)
        self._caucus_party_changed()  # loads the party's note; announces the caucus when on
        if on:
            self.caucus_edit.setFocus()
        else:
            self.panel.caucus_changed.emit(self.panel.dimension, "")

    def _caucus_party_changed(self) -> None:
        self.panel.autosaver.flush(self.panel.dimension)
        pid = self.caucus_party.currentData()
        self.caucus_title.setText(self.tr("背靠背 · 与 {party} 单独会谈").format(party=self.caucus_party.currentText()))
        self.caucus_edit.blockSignals(True)
        self.caucus_edit.setPlainText(self._caucus_texts.get(f"{self.panel.dimension}.{pid}", ""))
        self.caucus_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.caucus_edit.blockSignals(False)
        if self.caucus_toggle.isChecked():
            self.panel.caucus_changed.emit(self.panel.dimension, self.caucus_party.currentText())

    def _caucus_edited(self) -> None:
        pid = self.caucus_party.currentData()
        if pid is None:
            return
        text = self.caucus_edit.toPlainText()
        self._caucus_texts[f"{self.panel.dimension}.{pid}"] = text
        self._schedule(f"{CAUCUS_KEY}:{pid}", CAUCUS_KEY, text, pid)

    # --- saving ---------------------------------------------------------------------------
    def _edited(self, key: str, edit: QPlainTextEdit) -> None:
        self._schedule(key, key, edit.toPlainText(), None)

    def _schedule(self, slot: str, key: str, text: str, party_id: str | None) -> None:
        actor, sid, dim = self.actor, self.panel.ctx.session_id, self.panel.dimension
        sessions = self.panel.ctx.services.sessions

        def save() -> None:
            sessions.save_field(actor, sid, dim, key, text, caucus_party_id=party_id)

        self.panel.autosaver.schedule(f"{dim}.{slot}", save, group=dim)


class ProfessionalPanel(QFrame):
    unlocked = Signal(str, object)        # dimension, Actor
    locked = Signal(str)                  # dimension
    alert = Signal(str)                   # PHQ-9 item 9: shown in this panel only (shared screen)
    caucus_changed = Signal(str, str)     # dimension, party label ("" when closed)
    risk_changed = Signal(str)

    def __init__(self, dimension: str, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.ctx = ctx
        self.autosaver = ctx.autosaver
        self.actor: Actor | None = None
        self.content: PanelContent | None = None
        self.screening: ScreeningDialog | None = None
        self.setObjectName("Panel")
        self.setProperty("dimension", dimension)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(6)
        head = QHBoxLayout()
        self.title = label(tr_vocab(PANEL_LABELS[dimension]), object_name="CardTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.save_status = label("", hint=True)
        self.save_status.setObjectName("SaveStatus")
        head.addWidget(self.save_status)
        outer.addLayout(head)
        self.who = label("", hint=True, wrap=True)
        outer.addWidget(self.who)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_locked())
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setObjectName("PanelScroll")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(self.scroll)
        outer.addWidget(self.stack, 1)
        self.lock_button = button(self.tr("锁定面板"), on_click=self.lock)
        self.lock_button.hide()
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.lock_button)
        outer.addLayout(foot)
        self.autosaver.status_changed.connect(self._save_status)
        self._show_locked()

    # --- locked state ---------------------------------------------------------------------
    def _build_locked(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(6)
        role = tr_vocab(PANEL_LABELS[self.dimension]).split(" · ")[-1]
        self.locked_hint = label(self.tr("面板已锁定。请{role}本人输入用户名和 PIN 解锁。").format(role=role),
                                 wrap=True, hint=True)
        lay.addWidget(self.locked_hint)
        user_label = label(self.tr("用户名"))
        self.username = QLineEdit()
        self.username.setObjectName("unlock_username")
        user_label.setBuddy(self.username)
        self.username.setAccessibleName(self.tr("用户名"))
        pin_label = label(self.tr("PIN 或密码"))
        self.pin = QLineEdit()
        self.pin.setObjectName("unlock_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        pin_label.setBuddy(self.pin)
        self.pin.setAccessibleName(self.tr("PIN 或密码"))
        self.pin.returnPressed.connect(self.unlock)
        self.username.returnPressed.connect(self.pin.setFocus)
        self.unlock_button = button(self.tr("解锁面板"), primary=True, on_click=self.unlock)
        self.unlock_error = label("", tone="error", wrap=True)
        self.unlock_error.hide()
        for w in (user_label, self.username, pin_label, self.pin):
            lay.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.unlock_error)
        lay.addStretch(1)
        return page

    def _show_locked(self) -> None:
        self.stack.setCurrentIndex(0)
        self.lock_button.hide()
        self.who.setText(self.tr("已锁定"))
        self.save_status.clear()
        self.username.setText(self.ctx.usernames.get(self.dimension, ""))
        self.pin.clear()
        set_tone(self, None, prop="unlocked")

    @property
    def is_unlocked(self) -> bool:
        return self.actor is not None

    def unlock(self) -> None:
        username, secret = self.username.text().strip(), self.pin.text()
        self.pin.clear()
        if not username or not secret:
            self._unlock_failed_text(self.tr("请输入用户名和 PIN。"))
            return
        services, sid, dim = self.ctx.services, self.ctx.session_id, self.dimension

        def work() -> tuple[Actor, SessionState]:
            actor = services.auth.unlock_panel(username, secret)
            check_panel_actor(actor, dim)
            return actor, services.sessions.state(actor, sid)

        self.unlock_button.setEnabled(False)
        self.ctx.runner.run(work, on_success=self._opened, on_failure=self._unlock_failed, parent=self)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self._unlock_failed_text(error_text(exc))

    def _unlock_failed_text(self, text: str) -> None:
        self.unlock_error.setText(text)
        self.unlock_error.show()
        self.pin.setFocus()

    def _opened(self, result: tuple[Actor, SessionState]) -> None:
        actor, state = result
        self.unlock_button.setEnabled(True)
        self.unlock_error.hide()
        self.actor = actor
        self.content = PanelContent(self, actor, state)
        self.scroll.setWidget(self.content)
        self.content.show()
        self.stack.setCurrentIndex(1)
        self.lock_button.show()
        self.who.setText(self.tr("{name} 已解锁 · 离开座位前请锁定").format(name=actor.display_name))
        set_tone(self, True, prop="unlocked")
        name_controls(self)
        self.unlocked.emit(self.dimension, actor)
        first = next(iter(self.content.editors.values()), None)
        if first is not None:
            first.setFocus()

    # --- locking --------------------------------------------------------------------------
    def lock(self) -> None:
        """Write what is pending, then destroy every widget that held this panel's content."""
        if self.actor is None:
            return
        self.autosaver.flush(self.dimension)
        if self.screening is not None:
            self.screening.discard()
            self.screening = None
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        caucus_open = self.content is not None and self.content.caucus_toggle.isChecked()
        self.actor = None
        self._show_locked()
        if had_focus:
            # Move focus out before the editors go, or the window loses its focus widget.
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
        content = self.scroll.takeWidget()
        if content is not None:
            content.hide()
            content.setParent(None)
            content.deleteLater()
        self.content = None
        if caucus_open:
            self.caucus_changed.emit(self.dimension, "")
        self.locked.emit(self.dimension)

    # --- screening ------------------------------------------------------------------------
    def open_screening(self, scale: str) -> None:
        if self.actor is None:
            return
        if self.screening is not None:
            self.screening.discard()
        actor, sid, sessions = self.actor, self.ctx.session_id, self.ctx.services.sessions
        dialog = ScreeningDialog(scale, submit=lambda answers: sessions.screen(actor, sid, scale, answers),
                                 runner=self.ctx.runner, parent=self)
        dialog.alert.connect(self.alert)
        dialog.alert.connect(self._show_safety_flag)
        dialog.recorded.connect(lambda _r: self.refresh_screenings())
        self.screening = dialog
        dialog.open()

    def _show_safety_flag(self, _text: str) -> None:
        if self.content is not None and hasattr(self.content, "safety_flag"):
            self.content.safety_flag.show()

    def refresh_screenings(self) -> None:
        if self.actor is None or self.content is None:
            return
        actor, sid, sessions = self.actor, self.ctx.session_id, self.ctx.services.sessions

        def shown(state: SessionState) -> None:
            if self.content is not None and self.actor is actor:
                self.content.show_screenings(state)

        self.ctx.runner.run(lambda: sessions.state(actor, sid), on_success=shown, parent=self)

    # --- page hooks -----------------------------------------------------------------------
    def set_writable(self) -> None:
        """Re-apply the gate / finished state to open editors (after a checklist change)."""
        if self.content is None:
            return
        writable = self.ctx.gate_open and not self.ctx.finished
        for edit in [*self.content.editors.values(), self.content.caucus_edit]:
            edit.setReadOnly(not writable)
        self.content.caucus_toggle.setEnabled(writable and bool(self.ctx.parties))
        if self.dimension == "emotion":
            for w in (self.content.risk, self.content.phq9_button, self.content.gad7_button):
                w.setEnabled(writable)

    def set_highlight(self, on: bool) -> None:
        set_tone(self, True if on else None, prop="current")

    def show_error(self, exc: BaseException) -> None:
        self.save_status.setText(error_text(exc))
        set_tone(self.save_status, "error")

    def _save_status(self, group: str, status: str, detail: object) -> None:
        if group != self.dimension:
            return
        if status == "saving":
            self.save_status.setText(self.tr("正在保存…"))
            set_tone(self.save_status, None)
        elif status == "saved":
            self.save_status.setText(self.tr("已保存 {time}").format(time=datetime.now().strftime("%H:%M:%S")))
            set_tone(self.save_status, "ok")
        else:
            text = error_text(detail) if isinstance(detail, BaseException) else ""
            self.save_status.setText(self.tr("未能保存：{error}").format(error=text))
            set_tone(self.save_status, "error")
        self.save_status.setAccessibleName(self.save_status.text())

    def focus_chain(self) -> list[QWidget]:
        if self.content is None:
            return [self.username, self.pin, self.unlock_button]
        return [*self.content.focus_widgets, self.lock_button]
