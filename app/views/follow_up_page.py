"""回访: the visits due (overdue first, mine or all), recording a visit, 督促履行, 履行凭证,
the 回访记录, and 结案 / 立卷归档 — every step through services.follow_ups, which checks it."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit,
    QTableWidgetItem, QWidget,
)

from app.domain import follow_up as rules
from app.services.follow_ups import FollowUpItem
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.page import Page
from app.ui.widgets import Card, button, label, read_only_table

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ANSWERS = {None: "未询问", False: "否", True: "是"}
_ESCALATION = {None: "未询问", False: "无", True: "有"}


class FollowUpPage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("回访"), self.tr("协议生效后按期回访，了解履行情况；未履行的督促履行，全部完成后结案归档"),
                         parent)
        self.items: list[FollowUpItem] = []
        self.ask_save_path: Callable[[str, str], str] = lambda c, s: QFileDialog.getSaveFileName(self, c, s)[0]
        self.ask_open_path: Callable[[str], str] = lambda c: QFileDialog.getOpenFileName(
            self, c, "", "PDF/图片 (*.pdf *.png *.jpg *.jpeg)")[0]

        top = QHBoxLayout()
        self.mine = QCheckBox(self.tr("只看我的案件"))
        self.include_done = QCheckBox(self.tr("包括已完成的回访"))
        for box in (self.mine, self.include_done):
            box.toggled.connect(self.refresh)
            top.addWidget(box)
        top.addStretch(1)
        self.count = label(hint=True)
        top.addWidget(self.count)
        self.body.addLayout(top)

        row = QHBoxLayout()
        list_card = Card(self.tr("待回访"))
        self.table = read_only_table([self.tr("应回访日期"), self.tr("状态"), self.tr("案号"), self.tr("当事人"),
                                      self.tr("回访事由")], self.tr("回访列表"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _i: self.visited_at.setFocus())
        self.table.setMinimumHeight(480)
        list_card.body.addWidget(self.table, 1)
        row.addWidget(list_card, 3)

        form_card = Card(self.tr("记录回访"))
        form = QFormLayout()
        self.selected_label = label(hint=True, wrap=True)
        form_card.body.addWidget(self.selected_label)
        self.visited_at = QDateTimeEdit(self._now())
        self.visited_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.visited_at.setCalendarPopup(True)
        self.method = QComboBox()
        for code, text in rules.METHODS.items():
            self.method.addItem(self.tr(text), code)
        self.whom = QLineEdit()
        self.performance = QComboBox()
        # No default: the record says only what the visit found, so the visitor chooses.
        self.performance.addItem(self.tr("请选择履行情况"), "")
        for code, text in rules.PERFORMANCE.items():
            self.performance.addItem(self.tr(text), code)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("未询问"), "")
        for text in rules.SATISFACTION:
            self.satisfaction.addItem(self.tr(text), text)
        self.court = QComboBox()
        for value, text in _ANSWERS.items():
            self.court.addItem(self.tr(text), value)
        self.escalated = QComboBox()
        for value, text in _ESCALATION.items():
            self.escalated.addItem(self.tr(text), value)
        self.measures = QPlainTextEdit()
        self.measures.setTabChangesFocus(True)
        self.measures.setFixedHeight(60)
        self.waive_reason = QLineEdit()
        for text, w in ((self.tr("回访时间"), self.visited_at), (self.tr("回访方式"), self.method),
                        (self.tr("被回访人"), self.whom), (self.tr("履行情况"), self.performance),
                        (self.tr("当事人满意度"), self.satisfaction), (self.tr("是否另行起诉"), self.court),
                        (self.tr("有无激化或隐患"), self.escalated), (self.tr("采取的措施"), self.measures),
                        (self.tr("免予回访原因"), self.waive_reason)):
            form.addRow(text, w)
        form_card.body.addLayout(form)
        actions = QHBoxLayout()
        self.record_button = button(self.tr("记录回访"), primary=True)
        self.record_button.clicked.connect(self.record)
        self.waive_button = button(self.tr("免予回访"))
        self.waive_button.clicked.connect(self.waive)
        self.remind_button = button(self.tr("督促履行"))
        self.remind_button.clicked.connect(self.remind)
        for b in (self.record_button, self.waive_button, self.remind_button):
            actions.addWidget(b)
        form_card.body.addLayout(actions)
        case_actions = QHBoxLayout()
        self.evidence_button = button(self.tr("添加履行凭证"))
        self.evidence_button.clicked.connect(self.add_evidence)
        self.record_doc_button = button(self.tr("出具回访记录"))
        self.record_doc_button.clicked.connect(self.open_documents)
        self.close_button = button(self.tr("结案"))
        self.close_button.clicked.connect(self.close_case)
        self.archive_button = button(self.tr("立卷归档"))
        self.archive_button.clicked.connect(self.archive_case)
        for b in (self.evidence_button, self.record_doc_button, self.close_button, self.archive_button):
            case_actions.addWidget(b)
        form_card.body.addLayout(case_actions)
        self.message = label(wrap=True)
        form_card.body.addWidget(self.message)
        row.addWidget(form_card, 2)
        self.body.addLayout(row, 1)
        name_controls(self)
        self._selected()

    def _now(self) -> QDateTime:
        return QDateTime(self.ws.clock().astimezone().replace(tzinfo=None))

    # ------------------------------------------------------------------ list
    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        svc, actor = self.ws.services.follow_ups, self.ws.actor
        mine, done = self.mine.isChecked(), self.include_done.isChecked()
        self.ws.runner.run(lambda: svc.due(actor, mine=mine, include_done=done), on_success=self._show,
                           label=self.tr("正在读取回访…"), key="follow_ups", parent=self)

    def _status(self, i: FollowUpItem, today) -> str:  # noqa: ANN001
        if i.done:
            return self.tr("已回访：{p}").format(p=self.tr(rules.PERFORMANCE.get(i.performance, i.performance)))
        if i.waived_reason:
            return self.tr("免予回访")
        if i.overdue:
            return self.tr("逾期 {n} 天").format(n=(today - i.due_on).days)
        return self.tr("待回访")

    def _show(self, items: list[FollowUpItem]) -> None:
        keep = self.current()
        self.items = items
        today = self.ws.clock().astimezone().date()
        self.table.setRowCount(len(items))
        for r, i in enumerate(items):
            for c, value in enumerate((f"{i.due_on:%Y-%m-%d}", self._status(i, today), i.case_number, i.parties,
                                       self.tr(i.reason_label))):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, i.id)
                if i.overdue and c == 1:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        overdue = sum(1 for i in items if i.overdue)
        self.count.setText(self.tr("共 {n} 条，其中逾期 {o} 条").format(n=len(items), o=overdue))
        ids = [i.id for i in items]
        if keep and keep.id in ids:
            self.table.selectRow(ids.index(keep.id))
        elif items:
            self.table.selectRow(0)
        self._selected()

    def current(self) -> FollowUpItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selected(self) -> None:
        i = self.current()
        has = i is not None
        for w in (self.record_button, self.waive_button, self.remind_button, self.evidence_button,
                  self.record_doc_button, self.close_button, self.archive_button):
            w.setEnabled(has)
        if i is None:
            self.selected_label.setText(self.tr("请在左侧选择一条回访。"))
            return
        self.selected_label.setText(self.tr("{number}　{parties}　应回访：{due}").format(
            number=i.case_number, parties=i.parties, due=f"{i.due_on:%Y-%m-%d}"))
        if not self.whom.text() and i.parties:
            self.whom.setText(i.parties.split("、")[0])
        self.visited_at.setMaximumDateTime(self._now().addSecs(60))

    # ------------------------------------------------------------------ actions
    def _run(self, fn: Callable[[], object], done: str, then: Callable[[object], None] | None = None) -> None:
        def ok(result: object) -> None:
            self.message.setText(done)
            if then:
                then(result)
            self.refresh()
        self.ws.runner.run(fn, on_success=ok, parent=self, label=self.tr("正在保存…"))

    def visit(self) -> rules.Visit:
        when: datetime = self.visited_at.dateTime().toPython().astimezone()
        return rules.Visit(visited_at=when, method=self.method.currentData(), whom=self.whom.text(),
                           performance=self.performance.currentData(), satisfaction=self.satisfaction.currentData(),
                           went_to_court=self.court.currentData(), escalated=self.escalated.currentData(),
                           measures=self.measures.toPlainText())

    def record(self) -> None:
        i = self.current()
        if i is None:
            return
        v, svc, actor = self.visit(), self.ws.services.follow_ups, self.ws.actor
        self._run(lambda: svc.record_visit(actor, i.id, v), self.tr("回访已记录。"))

    def waive(self) -> None:
        i = self.current()
        if i is None:
            return
        reason, svc, actor = self.waive_reason.text(), self.ws.services.follow_ups, self.ws.actor
        self._run(lambda: svc.waive(actor, i.id, reason), self.tr("已免予回访。"))

    def remind(self) -> None:
        i = self.current()
        if i is None:
            return
        svc, actor, note = self.ws.services.follow_ups, self.ws.actor, self.measures.toPlainText()

        def save(pdf: object) -> None:
            path = self.ask_save_path(self.tr("保存督促履行通知书"), f"督促履行通知书_{i.case_number}.pdf")
            if path:
                Path(path).write_bytes(pdf)  # type: ignore[arg-type]
                self.message.setText(self.tr("已记录督促履行，通知书已保存到 {p}").format(p=path))
        self._run(lambda: svc.remind(actor, i.id, note), self.tr("已记录督促履行。"), then=save)

    def add_evidence(self) -> None:
        i = self.current()
        if i is None:
            return
        path = self.ask_open_path(self.tr("选择履行凭证"))
        if not path:
            return
        svc, actor = self.ws.services.attachments, self.ws.actor
        content = Path(path).read_bytes()
        self._run(lambda: svc.add(actor, i.case_id, Path(path).name, content, kind="performance_evidence"),
                  self.tr("履行凭证已添加。"))

    def open_documents(self) -> None:
        i = self.current()
        if i is not None:
            self.open_case_on_requested.emit("documents", i.case_id)

    def close_case(self) -> None:
        i = self.current()
        if i is not None:
            svc, actor = self.ws.services.follow_ups, self.ws.actor
            self._run(lambda: svc.close(actor, i.case_id), self.tr("已结案。"))

    def archive_case(self) -> None:
        i = self.current()
        if i is not None:
            svc, actor = self.ws.services.follow_ups, self.ws.actor
            self._run(lambda: svc.archive(actor, i.case_id), self.tr("已立卷归档；卷宗可在“文书”页打印。"))


def follow_up_page(ws: Workspace) -> FollowUpPage:
    return FollowUpPage(ws)
