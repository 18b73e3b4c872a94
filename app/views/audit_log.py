"""审计日志 (administrators): filter by user, case, action and date; export CSV.
Every search and export is itself written to the audit log (services.audit_log)."""
from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog, QGridLayout, QHeaderView, QLineEdit,
    QTableWidget, QTableWidgetItem, QWidget,
)

from app.services.audit_log import AuditFilter, AuditRow
from app.ui.context import Workspace
from app.ui.dialogs import error_text
from app.ui.timefmt import local
from app.ui.widgets import Card, button, label, tidy_table


def _save_path(parent: QWidget, title: str) -> str | None:
    path, _sel = QFileDialog.getSaveFileName(parent, title, "audit-log.csv", "CSV (*.csv)")
    return path or None


class AuditLogCard(Card):
    def __init__(self, ws: Workspace, parent: QWidget | None = None,
                 ask_path: Callable[[QWidget, str], str | None] = _save_path) -> None:
        super().__init__(self.tr("审计日志"), parent)
        self.ws = ws
        self._ask_path = ask_path
        grid = QGridLayout()
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("用户名"))
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("案件编号"))
        self.action = QComboBox()
        self.action.setEditable(True)
        self.by_date = QCheckBox(self.tr("按日期"))
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        for i, (caption, w) in enumerate(((self.tr("用户"), self.user), (self.tr("案件"), self.case),
                                          (self.tr("操作"), self.action))):
            cap = label(caption)
            cap.setBuddy(w)
            w.setAccessibleName(caption)
            grid.addWidget(cap, 0, 2 * i)
            grid.addWidget(w, 0, 2 * i + 1)
        self.by_date.setAccessibleName(self.tr("按日期"))
        self.since.setAccessibleName(self.tr("起始日期"))
        self.until.setAccessibleName(self.tr("截止日期"))
        grid.addWidget(self.by_date, 1, 0)
        grid.addWidget(self.since, 1, 1)
        grid.addWidget(self.until, 1, 3)
        self.search_button = button(self.tr("查询"), primary=True, on_click=self.search)
        self.export_button = button(self.tr("导出 CSV…"), on_click=self.export)
        grid.addWidget(self.search_button, 1, 4)
        grid.addWidget(self.export_button, 1, 5)
        self.body.addLayout(grid)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("序号"), self.tr("时间"), self.tr("用户"), self.tr("操作"),
                                              self.tr("对象与详情")])
        self.table.setAccessibleName(self.tr("审计日志"))
        tidy_table(self.table)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(240)
        self.body.addWidget(self.table)
        self.status = label("", hint=True, wrap=True)
        self.body.addWidget(self.status)

    def filter(self) -> AuditFilter:
        dated = self.by_date.isChecked()
        return AuditFilter(user=self.user.text(), case=self.case.text(), action=self.action.currentText(),
                           since=self.since.date().toPython() if dated else None,
                           until=self.until.date().toPython() if dated else None)

    def activate(self) -> None:
        actor, svc = self.ws.actor, self.ws.services.audit_log

        def filled(actions: list[str]) -> None:
            current = self.action.currentText()
            self.action.clear()
            self.action.addItems(["", *actions])
            self.action.setCurrentText(current)
            self.search()

        self.ws.runner.run(lambda: svc.actions(actor), on_success=filled, on_failure=self._failed, parent=self)

    def search(self) -> None:
        actor, svc, f = self.ws.actor, self.ws.services.audit_log, self.filter()
        self.ws.runner.run(lambda: svc.search(actor, f), on_success=self._show, on_failure=self._failed,
                           parent=self)

    def _show(self, rows: list[AuditRow]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            what = " ".join(x for x in (row.entity, row.entity_id[:8],
                                        json.dumps(row.detail, ensure_ascii=False) if row.detail else "") if x)
            for c, text in enumerate((str(row.seq), local(row.at), row.actor, row.action, what)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.status.setText(self.tr("共 {n} 条（最多显示 500 条）").format(n=len(rows)))

    def export(self) -> None:
        path = self._ask_path(self, self.tr("导出审计日志"))
        if not path:
            return
        actor, svc, f = self.ws.actor, self.ws.services.audit_log, self.filter()

        def work() -> str:
            data = svc.export_csv(actor, f)
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                fh.write(data)
            return path

        self.ws.runner.run(work, on_success=lambda p: self.status.setText(self.tr("已导出：{path}").format(path=p)),
                           on_failure=self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
