"""话聊: the session workspace — stage bar on top, the three professional panels in the
centre, the minutes on the right; and, when no session is on screen, the sessions to resume.

The page is given its dependencies (services, a provider of the signed-in user, the shared
TaskRunner) and talks to SessionService only; every rule (gate, recusal, who opens which
panel, confidentiality, outcomes) is the service's, the page shows its answers.

Embedding: `SessionPage(services, actor_provider, runner)`; `open_case(case_id)` shows a
case's sessions and the start button, `resume(session_id)` reopens a session where it was.
The main window's page hooks are all here: `activate()`, `can_leave()` (writes pending input
and locks the panels), `screen_locked()` and `shutdown()` (writes pending input and waits).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from app.domain.catalog import Role
from app.domain.errors import ValidationError
from app.domain.session import RISK_LEVELS, Stage
from app.services import Services
from app.services.cases import CaseDetail
from app.services.common import Actor, utc_now
from app.services.sessions import STARTABLE, SessionState
from app.ui.accessibility import name_controls
from app.ui.dialogs import error_text
from app.ui.i18n import clauses, enumeration, labelled
from app.ui.labels import tr_label
from app.ui.tasks import TaskRunner
from app.ui.timefmt import duration
from app.ui.widgets import Banner, Chip, PageHeader, button, label
from app.views.session.autosave import Autosaver
from app.views.session.landing import Landing, OpenSession, session_rows
from app.views.session.minutes import MIN_WIDTH as MINUTES_MIN_WIDTH, QUICK_SPEAKERS, MinutesPane
from app.views.session.outcome_dialog import OutcomeDialog
from app.views.session.panels import DIMENSIONS, PanelContext, ProfessionalPanel
from app.views.session.stages import ChecklistCard, StageBar, stage_complete
from app.views.session.start_dialog import StartSessionDialog
from app.views.session.style import SESSION_STYLE
from app.views.session.vocab import tr_vocab

# Which panel leads in which stage (highlighted while that stage is on).
STAGE_PANEL = {Stage.EMOTION: "emotion", Stage.REASON: "reason", Stage.LAW: "law", Stage.NEGOTIATION: "reason"}
# Fields of the page-level state that may stay in memory: the team-visible summary only.
TEAM_FIELDS = ("emotion.team_summary",)
PANEL_OWNER = {"emotion": "counsellor_id", "reason": "mediator_id", "law": "lawyer_id"}


@dataclass(frozen=True)
class OpenedSession:
    state: SessionState
    detail: CaseDetail
    usernames: dict[str, str]     # dimension → username of the assigned professional
    names: dict[str, str]         # staff id → display name
    room: str


def team_view(state: SessionState) -> SessionState:
    """The state without any panel text except the team summary (never cache private notes)."""
    return replace(state, fields={k: v for k, v in state.fields.items() if k in TEAM_FIELDS})


class SessionPage(QWidget):
    session_opened = Signal(str)          # session id
    session_finished = Signal(str, str)   # case id, outcome value
    case_changed = Signal(str)            # case id: lists and the case page may refresh
    resume_available = Signal(int)        # number of unfinished sessions (after refresh_open_sessions)
    state_shown = Signal(object)          # SessionState as displayed (tests wait for it)

    def __init__(self, services: Services, actor: Callable[[], Actor], runner: TaskRunner | None = None, *,
                 now: Callable[[], datetime] = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.setStyleSheet(SESSION_STYLE)
        self.services = services
        self._actor = actor
        self._own_runner = runner is None
        self.runner = runner or TaskRunner()
        self._now = now
        self.autosaver = Autosaver(self.runner, parent=self)
        self.ctx = PanelContext(services, self.runner, self.autosaver)
        self.case_id: str | None = None
        self.session_id: str | None = None
        self.state: SessionState | None = None
        self.detail: CaseDetail | None = None
        self._loaded_at = time.monotonic()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 14)
        outer.setSpacing(10)
        self.header = PageHeader(self.tr("话聊"), self.tr("法理情三维调解：心理咨询师、调解员、律师共同参与"))
        self.lock_all_button = button(self.tr("锁定全部面板"), on_click=self.lock_all_panels)
        self.outcome_button = button(self.tr("记录结果…"), primary=True, on_click=self.open_outcome)
        self.back_button = button(self.tr("话聊列表"), on_click=self.show_landing)
        for b in (self.back_button, self.lock_all_button, self.outcome_button):
            self.header.actions.addWidget(b)
        outer.addWidget(self.header)
        self.banner = Banner()
        outer.addWidget(self.banner)

        self.stack = QStackedWidget()
        self.landing = Landing()
        self.landing.resume_requested.connect(self.resume)
        self.landing.start_requested.connect(self.open_start_dialog)
        self.stack.addWidget(self.landing)
        self.stack.addWidget(self._build_workspace())
        outer.addWidget(self.stack, 1)

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._render_timers)
        self._build_shortcuts()
        self.autosaver.status_changed.connect(self._saved)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._set_workspace_actions(False)
        name_controls(self)

    # --- construction ---------------------------------------------------------------------
    def _build_workspace(self) -> QWidget:
        ws = QWidget()
        self.workspace = ws
        lay = QVBoxLayout(ws)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        info = QHBoxLayout()
        info.setSpacing(10)
        self.case_line = label("", object_name="CardTitle", selectable=True)
        self.public_chip = Chip()
        self.risk_chip = Chip()
        self.caucus_chip = Chip()
        info.addWidget(self.case_line)
        info.addWidget(self.public_chip)
        info.addWidget(self.risk_chip)
        info.addWidget(self.caucus_chip)
        info.addStretch(1)
        for caption, attr in ((self.tr("会话计时"), "timer_label"), (self.tr("本阶段"), "stage_timer")):
            info.addWidget(label(caption, object_name="TimerCaption"))
            timer = label("00:00", object_name="Timer")
            timer.setMinimumWidth(64)
            setattr(self, attr, timer)
            info.addWidget(timer)
        lay.addLayout(info)
        self.context_line = label("", hint=True, wrap=True)
        lay.addWidget(self.context_line)
        self.summary_line = label("", wrap=True, selectable=True)  # the counsellor's team summary
        self.summary_line.setObjectName("TeamSummary")
        self.summary_line.hide()
        lay.addWidget(self.summary_line)

        self.stage_bar = StageBar()
        self.stage_bar.stage_requested.connect(self.request_stage)
        lay.addWidget(self.stage_bar)
        self.stage_message = label("", wrap=True)
        self.stage_message.setObjectName("StageMessage")
        self.stage_message.hide()
        lay.addWidget(self.stage_message)
        self.checklist = ChecklistCard()
        self.checklist.check_toggled.connect(self.set_check)
        lay.addWidget(self.checklist)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        panels_box = QWidget()
        row = QHBoxLayout(panels_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.panels: dict[str, ProfessionalPanel] = {}
        for dim in DIMENSIONS:
            panel = ProfessionalPanel(dim, self.ctx)
            panel.setMinimumWidth(230)
            panel.unlocked.connect(self._panel_changed)
            panel.locked.connect(self._panel_changed)
            panel.caucus_changed.connect(self._caucus_changed)
            panel.risk_changed.connect(lambda _l: self.reload())
            self.panels[dim] = panel
            row.addWidget(panel, 1)
        self.minutes = MinutesPane(self.services, self.runner, self.autosaver, self._actor)
        self.minutes.setMinimumWidth(MINUTES_MIN_WIDTH)
        self.minutes.changed.connect(self.reload)
        self.splitter.addWidget(panels_box)
        self.splitter.addWidget(self.minutes)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 330])
        lay.addWidget(self.splitter, 1)
        return ws

    def _build_shortcuts(self) -> None:
        self._shortcuts: list[QShortcut] = []
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for i, key in enumerate(QUICK_SPEAKERS):
            sc = QShortcut(QKeySequence(f"Alt+{i + 1}"), self.workspace, context=context)
            sc.activated.connect(lambda k=key: self.minutes.choose_speaker(k))
            self._shortcuts.append(sc)
        nxt = QShortcut(QKeySequence("Ctrl+PgDown"), self.workspace, context=context)
        nxt.activated.connect(lambda: self._step_stage(1))
        prev = QShortcut(QKeySequence("Ctrl+PgUp"), self.workspace, context=context)
        prev.activated.connect(lambda: self._step_stage(-1))
        self._shortcuts += [nxt, prev]

    def _set_workspace_actions(self, on: bool) -> None:
        for b in (self.back_button, self.lock_all_button, self.outcome_button):
            b.setVisible(on)

    # --- page hooks (main window) ---------------------------------------------------------
    def activate(self) -> None:
        """Shown: refresh the list of sessions to resume (and the current session)."""
        self.refresh_open_sessions()
        if self.session_id:
            self.reload()

    def can_leave(self) -> bool:
        """Leaving the page: write everything pending and lock the professionals' panels."""
        self.lock_all_panels()
        self.autosaver.flush_and_wait()
        return True

    def screen_locked(self) -> None:
        """The screen locked (idle or Ctrl+L): nobody's panel stays open behind the lock."""
        self.lock_all_panels()

    def shutdown(self) -> None:
        """Application closing: write pending input and wait for it."""
        self.lock_all_panels()
        self.autosaver.flush_and_wait()
        if self._own_runner:
            self.runner.shutdown(wait=True)
            self._own_runner = False

    def flush(self) -> None:
        self.autosaver.flush()

    # --- landing --------------------------------------------------------------------------
    def refresh_open_sessions(self) -> None:
        actor, sessions = self._actor(), self.services.sessions
        self.runner.run(lambda: sessions.open_sessions(actor), on_success=self._show_open,
                        on_failure=self._show_error, key="session-open-list", parent=self)

    def _show_open(self, rows: list[OpenSession]) -> None:
        self.landing.show_open(rows)
        self.resume_available.emit(len(rows))

    def show_landing(self) -> None:
        self.lock_all_panels()
        self.autosaver.flush()
        self.session_id = None
        self.state = None
        self.ctx.session_id = ""
        self._tick.stop()
        self.stack.setCurrentIndex(0)
        self._set_workspace_actions(False)
        self.header.set_subtitle(self.tr("法理情三维调解：心理咨询师、调解员、律师共同参与"))
        self.refresh_open_sessions()
        if self.case_id:
            self._load_case(self.case_id)
        self._fix_tab_order()

    def open_case(self, case_id: str) -> None:
        """Show the case's sessions; resume its unfinished session or offer to start one."""
        self.case_id = case_id
        self.banner.clear()
        self.show_landing()

    def _load_case(self, case_id: str) -> None:
        actor, cases = self._actor(), self.services.cases
        self.runner.run(lambda: cases.detail(actor, case_id), on_success=self._show_case,
                        on_failure=self._show_error, key="session-case", parent=self)

    def _show_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.landing.show_case(detail, detail.row.status in {s.value for s in STARTABLE})

    def open_start_dialog(self) -> StartSessionDialog | None:
        if not self.case_id:
            return None
        dialog = StartSessionDialog(self.services, self.runner, self._actor(), self.case_id, parent=self)
        dialog.setStyleSheet(SESSION_STYLE)
        dialog.started.connect(self._started)
        dialog.open()
        return dialog

    def _started(self, session_id: str) -> None:
        if self.case_id:
            self.case_changed.emit(self.case_id)
        self.resume(session_id)

    # --- opening a session ----------------------------------------------------------------
    def resume(self, session_id: str) -> None:
        """Open a session at its stage, with everything saved so far."""
        if self.session_id and self.session_id != session_id:
            self.lock_all_panels()
        self.autosaver.flush()
        actor, services = self._actor(), self.services

        def work() -> OpenedSession:
            state = team_view(services.sessions.state(actor, session_id))
            detail = services.cases.detail(actor, state.case_id)
            people = [u for role in (Role.MEDIATOR, Role.LEGAL_SPECIALIST, Role.LAWYER, Role.COUNSELLOR)
                      for u in services.auth.staff_by_role(role)]
            by_id = {u.id: u for u in people}
            p = state.participants
            usernames = {dim: by_id[p[key]].username for dim, key in PANEL_OWNER.items()
                         if p.get(key) in by_id}
            rooms = {r.code: r.name for r in services.station.rooms()}
            return OpenedSession(state, detail, usernames, {u.id: u.display_name for u in people},
                                 rooms.get(p.get("room_code") or "", ""))

        self.runner.run(work, on_success=self._opened, on_failure=self._show_error, key="session-open",
                        label=self.tr("正在打开话聊…"), parent=self)

    def _opened(self, o: OpenedSession) -> None:
        state, detail = o.state, o.detail
        self.session_id, self.case_id, self.detail = state.id, state.case_id, detail
        present = set(state.participants.get("party_ids", []))
        self.ctx.session_id = state.id
        self.ctx.parties = [(p.id, f"{tr_label(p.role_label)} {p.name}") for p in detail.parties if p.id in present]
        self.ctx.usernames = o.usernames
        for panel in self.panels.values():
            if not panel.is_unlocked:
                panel.username.setText(o.usernames.get(panel.dimension, ""))
        p = state.participants
        team = clauses(labelled(role, o.names[p[key]]) for role, key in
                       ((self.tr("调解员"), "mediator_id"), (self.tr("律师"), "lawyer_id"),
                        (self.tr("心理咨询师"), "counsellor_id")) if p.get(key) in o.names)
        earlier = [r for r, s in zip(session_rows(detail.sessions), detail.sessions) if s.id != state.id]
        history = clauses(self.tr("第{n}次 {outcome}（{span}）").format(n=r[0], outcome=r[3], span=r[2])
                          for r in earlier)
        parts = [team, tr_label(o.room)] + ([self.tr("本案此前：{h}").format(h=history)] if history else [])
        self.context_line.setText(" · ".join(x for x in parts if x))
        self.case_line.setText(self.tr("{number} · 第{n}次话聊").format(number=state.case_number, n=state.seq))
        self.header.set_subtitle(detail.row.summary[:80])
        self.public_chip.set(self.tr("公开调解") if p.get("public") else self.tr("不公开调解"))
        self.minutes.set_session(state.id)
        self.stack.setCurrentIndex(1)
        self._set_workspace_actions(True)
        self._show_state(state)
        self._tick.start()
        self.session_opened.emit(state.id)

    # --- state ----------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.session_id:
            return
        actor, sid, sessions = self._actor(), self.session_id, self.services.sessions
        self.runner.run(lambda: team_view(sessions.state(actor, sid)), on_success=self._show_state,
                        on_failure=self._show_error, key="session-state", parent=self)

    def _show_state(self, state: SessionState) -> None:
        if state.id != self.session_id:
            return
        self.state = state
        self._loaded_at = time.monotonic()
        finished = state.ended_at is not None
        self.ctx.gate_open = not state.gate_missing
        self.ctx.finished = finished
        self.stage_bar.set_state(state.stage, state.checks, state.stage_seconds, not state.gate_missing)
        self.checklist.editable = not finished
        self.checklist.show_stage(state.stage, state.checks, state.gate_missing)
        self.minutes.show_minutes(state.minutes, state.minutes_closed, finished)
        for dim, panel in self.panels.items():
            panel.set_writable()
            panel.set_highlight(STAGE_PANEL.get(state.stage) == dim)
        summary = state.fields.get("emotion.team_summary", "")
        risk = RISK_LEVELS.get(state.risk_level, "")
        self.risk_chip.set(self.tr("心理风险：{level}").format(level=tr_vocab(risk)) if risk else "",
                           {"high": "strong", "medium": "weak"}.get(state.risk_level, ""))
        self.summary_line.setText(self.tr("心理咨询师团队摘要：{s}").format(s=summary) if summary else "")
        self.summary_line.setVisible(bool(summary))
        self.outcome_button.setEnabled(not finished)
        if finished:
            self.banner.show_message(self.tr("本次话聊已结束，内容只读。"), "ok")
        self._render_timers()
        self._fix_tab_order()
        name_controls(self)
        self.state_shown.emit(state)

    def _render_timers(self) -> None:
        state = self.state
        if state is None:
            return
        end = state.ended_at or self._now()
        self.timer_label.setText(duration(end - state.started_at))
        spent = state.stage_seconds.get(state.stage.value, 0.0)
        if state.ended_at is None:
            spent += time.monotonic() - self._loaded_at
        self.stage_timer.setText(duration(timedelta(seconds=int(spent))))
        self.stage_bar.set_caption_time(state.stage, spent, stage_complete(state.stage, state.checks))

    # --- stages and checklists ------------------------------------------------------------
    def request_stage(self, stage: Stage) -> None:
        if not self.session_id:
            return
        self.autosaver.flush()
        actor, sid, sessions = self._actor(), self.session_id, self.services.sessions

        def refused(exc: BaseException) -> None:
            self.stage_bar.revert()
            missing = self.state.gate_missing if self.state is not None else []
            if isinstance(exc, ValidationError) and exc.field == "stage" and missing:
                # The gate (app.domain.session.check_can_enter): its items named in the UI language.
                self.show_stage_message(self.tr("请先完成开场告知：{items}。").format(
                    items=enumeration(tr_vocab(x) for x in missing)))
            else:
                self.show_stage_message(error_text(exc))

        def entered(_r: object) -> None:
            self.stage_message.hide()
            self.reload()

        self.runner.run(lambda: sessions.enter_stage(actor, sid, stage), on_success=entered, on_failure=refused,
                        parent=self)

    def _step_stage(self, step: int) -> None:
        if self.state is None:
            return
        order = list(Stage)
        index = order.index(self.state.stage) + step
        if 0 <= index < len(order):
            self.request_stage(order[index])

    def show_stage_message(self, text: str) -> None:
        self.stage_message.setText(text)
        self.stage_message.setAccessibleName(text)
        self.stage_message.show()

    def set_check(self, stage: Stage, item: str, value: bool) -> None:
        if not self.session_id:
            return
        actor, sid, sessions = self._actor(), self.session_id, self.services.sessions

        def failed(exc: BaseException) -> None:
            self.checklist.revert(item, not value)
            self.show_stage_message(error_text(exc))

        self.runner.run(lambda: sessions.set_check(actor, sid, stage, item, value), on_success=lambda _r: self.reload(),
                        on_failure=failed, parent=self)

    # --- panels ---------------------------------------------------------------------------
    def lock_all_panels(self) -> None:
        for panel in self.panels.values():
            panel.lock()

    def _panel_changed(self, *_args: object) -> None:
        self._fix_tab_order()

    def _caucus_changed(self, dimension: str, party: str) -> None:
        self.caucus_chip.set(self.tr("背靠背进行中：{party}").format(party=party) if party else "",
                             "weak" if party else "")

    def _saved(self, group: str, status: str, _detail: object) -> None:
        # The service ticks "已发布团队摘要" itself when the summary is written: show it.
        if status == "saved" and group == "emotion":
            self.reload()

    # --- outcome --------------------------------------------------------------------------
    def open_outcome(self) -> OutcomeDialog | None:
        if not self.session_id or self.state is None:
            return None
        self.autosaver.flush()
        petition = bool(self.detail and self.detail.source == "petition")
        dialog = OutcomeDialog(self.services, self.runner, self._actor(), self.session_id,
                               case_number=self.state.case_number, petition=petition, parent=self)
        dialog.setStyleSheet(SESSION_STYLE)
        dialog.finished_session.connect(self._finished)
        dialog.open()
        return dialog

    def _finished(self, outcome: str) -> None:
        case_id = self.case_id or ""
        self.banner.show_message(self.tr("已记录本次话聊结果，案件状态已更新。"), "ok")
        self.session_finished.emit(case_id, outcome)
        self.case_changed.emit(case_id)
        self.show_landing()

    # --- helpers --------------------------------------------------------------------------
    def _show_error(self, exc: BaseException) -> None:
        self.banner.show_message(error_text(exc), "error")

    def _fix_tab_order(self) -> None:
        """Tab follows the layout: header, stage bar, checklist, panels left to right, minutes."""
        if self.stack.currentIndex() == 0:
            chain = [*self.landing.focus_chain()]
        else:
            chain = [self.back_button, self.lock_all_button, self.outcome_button, *self.stage_bar.focus_chain(),
                     *self.checklist.focus_chain()]
            for dim in DIMENSIONS:
                chain += self.panels[dim].focus_chain()
            chain += self.minutes.focus_chain()
        chain = [w for w in chain if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
