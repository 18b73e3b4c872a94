"""What the session page shows when no session is on screen: open sessions to resume (after a
crash or a break) and, for the chosen case, its earlier sessions and a way to start one."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.session import OUTCOME_LABELS, STAGE_LABELS, Outcome, Stage
from app.services.cases import CaseDetail, SessionView
from app.ui.labels import tr_label
from app.ui.timefmt import duration, local
from app.ui.widgets import Card, Chip, button, label, read_only_table
from app.views.session.vocab import tr_vocab

OpenSession = tuple[str, str, str, datetime, str]   # (session id, case number, stage, started, summary)


def outcome_text(outcome: str | None) -> str:
    if not outcome:
        return ""
    try:
        return tr_vocab(OUTCOME_LABELS[Outcome(outcome)])
    except ValueError:
        return outcome


def session_rows(sessions: list[SessionView]) -> list[list[str]]:
    """Rows for a case's sessions: 场次, 开始, 时长, 结果 (shared with the workspace header)."""
    rows = []
    for s in sessions:
        rows.append([str(s.seq), local(s.started_at), duration(timedelta(minutes=s.minutes)),
                     outcome_text(s.outcome) or QCoreApplication.translate("Landing", "进行中")])
    return rows


class Landing(QWidget):
    resume_requested = Signal(str)     # session id
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)

        self.open_card = Card(self.tr("未结束的话聊"))
        self.open_hint = label(self.tr("以下话聊尚未记录结果。继续后，已保存的内容、所在阶段和笔录都会恢复。"),
                               hint=True, wrap=True)
        self.open_card.body.addWidget(self.open_hint)
        self.open_table = read_only_table(
            [self.tr("案件编号"), self.tr("所在阶段"), self.tr("开始时间"), self.tr("纠纷简要情况")], self.tr("未结束的话聊"))
        self.open_table.setMinimumHeight(90)
        self.open_table.setMaximumHeight(200)
        self.open_table.activated.connect(lambda _i: self._resume_selected())
        self.open_card.body.addWidget(self.open_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.resume_button = button(self.tr("继续所选话聊"), primary=True, on_click=self._resume_selected)
        row.addWidget(self.resume_button)
        self.open_card.body.addLayout(row)
        lay.addWidget(self.open_card)

        self.case_card = Card(self.tr("本案话聊"))
        head = QHBoxLayout()
        self.case_title = label("", object_name="CardTitle", selectable=True)
        self.case_status = Chip()
        head.addWidget(self.case_title)
        head.addWidget(self.case_status)
        head.addStretch(1)
        self.case_card.body.addLayout(head)
        self.case_summary = label("", wrap=True, selectable=True)
        self.case_card.body.addWidget(self.case_summary)
        self.case_sessions = read_only_table(
            [self.tr("场次"), self.tr("开始"), self.tr("时长"), self.tr("结果")], self.tr("本案话聊记录"))
        self.case_sessions.setMinimumHeight(90)
        self.case_sessions.setMaximumHeight(240)
        self.case_card.body.addWidget(self.case_sessions)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = button(self.tr("开始新一次话聊…"), primary=True, on_click=self._start_or_resume)
        self._open_in_case: str | None = None
        row.addWidget(self.start_button)
        self.case_card.body.addLayout(row)
        self.case_card.hide()
        lay.addWidget(self.case_card)

        self.empty = label(self.tr("请在“案件”页打开一个已受理的案件，再从这里开始话聊。"), hint=True, wrap=True)
        lay.addWidget(self.empty)
        lay.addStretch(1)
        self.show_open([])

    def show_open(self, rows: list[OpenSession]) -> None:
        self.open_table.setRowCount(len(rows))
        for r, (sid, number, stage, started, summary) in enumerate(rows):
            try:
                stage_text = tr_vocab(STAGE_LABELS[Stage(stage)])
            except ValueError:
                stage_text = stage
            for c, text in enumerate((number, stage_text, local(started), " ".join(summary.split()))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, sid)
                self.open_table.setItem(r, c, item)
        if rows:
            self.open_table.selectRow(0)
        self.open_card.setVisible(bool(rows))
        self.resume_button.setEnabled(bool(rows))
        self._update_empty()

    def show_case(self, detail: CaseDetail | None, can_start: bool) -> None:
        if detail is None:
            self.case_card.hide()
            self._update_empty()
            return
        self.case_title.setText(detail.row.number)
        self.case_status.set(tr_label(detail.row.status_label))
        self.case_summary.setText(detail.row.summary)
        rows = session_rows(detail.sessions)
        self.case_sessions.setRowCount(max(1, len(rows)))
        self.case_sessions.clearSpans()
        if not rows:
            item = QTableWidgetItem(self.tr("本案尚无话聊记录"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.case_sessions.setItem(0, 0, item)
            self.case_sessions.setSpan(0, 0, 1, 4)
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                self.case_sessions.setItem(r, c, QTableWidgetItem(text))
        # A session still running in this case is continued, not doubled.
        running = next((x.id for x in detail.sessions if x.ended_at is None), None)
        self._open_in_case = running
        self.start_button.setText(self.tr("继续本案进行中的话聊") if running else self.tr("开始新一次话聊…"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setEnabled(bool(running) or can_start)
        self.case_card.show()
        self._update_empty()

    def _start_or_resume(self) -> None:
        if self._open_in_case:
            self.resume_requested.emit(self._open_in_case)
        else:
            self.start_requested.emit()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.open_card.isHidden() and self.case_card.isHidden())

    def _resume_selected(self) -> None:
        item = self.open_table.item(self.open_table.currentRow(), 0)
        if item is not None:
            self.resume_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def focus_chain(self) -> list[QWidget]:
        return [self.open_table, self.resume_button, self.case_sessions, self.start_button]
