"""上报: enrolment with the district, what the next bundle holds, export to a folder or USB
disk (progress, cancel), the history of bundles and their receipts.

The page talks to services.exchange only (which enforces Action.EXPORT), through the task
runner; file choosers come from an injectable `ExchangeDialogs` (tests pass a fake).
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog, QGridLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QTableWidgetItem, QWidget,
)

from app.services.permissions import Action, can
from app.ui.accessibility import name_controls, set_name
from app.ui.context import Workspace
from app.ui.dialogs import error_text
from app.ui.page import Page
from app.ui.timefmt import local
from app.ui.widgets import Banner, Card, button, label, read_only_table

CONTEXT = "ExchangePage"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ExchangeDialogs:
    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        return QFileDialog.getExistingDirectory(parent, title) or None

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return path or None


def _type_labels() -> dict[str, str]:
    return {"case": QCoreApplication.translate("ExchangePage", "案件"), "party": QCoreApplication.translate("ExchangePage", "当事人"), "agreement": QCoreApplication.translate("ExchangePage", "调解协议"),
            "follow_up": QCoreApplication.translate("ExchangePage", "回访"), "tombstone": QCoreApplication.translate("ExchangePage", "删除记录")}


def _state_labels() -> dict[str, str]:
    return {"acknowledged": QCoreApplication.translate("ExchangePage", "已回执"), "pending": QCoreApplication.translate("ExchangePage", "待回执"), "superseded": QCoreApplication.translate("ExchangePage", "已被后续数据包包含"),
            "none": QCoreApplication.translate("ExchangePage", "未登记"), "requested": QCoreApplication.translate("ExchangePage", "已生成证书申请，待导入登记文件"), "enrolled": QCoreApplication.translate("ExchangePage", "已登记")}


class ExchangePage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 dialogs: ExchangeDialogs | None = None) -> None:
        super().__init__(ws, self.tr("上报"),
                         self.tr("向区群众诉求服务平台上报加密、签名的增量数据包；只含最小必要字段。"), parent)
        self.dialogs = dialogs or ExchangeDialogs()
        self.cancel_event: threading.Event | None = None
        self.banner = Banner()
        self.body.addWidget(self.banner)
        if not can(ws.actor.role, Action.EXPORT):
            self.body.addWidget(label(self.tr("只有法治专员和管理员可以上报数据。"), wrap=True))
            self.body.addStretch(1)
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(self._build_enrolment(), 0, 0)
        grid.addWidget(self._build_next(), 0, 1, 2, 1)
        grid.addWidget(self._build_history(), 1, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid, 1)
        name_controls(self)

    # --- cards -------------------------------------------------------------------------
    def _build_enrolment(self) -> Card:
        card = Card(self.tr("登记状态"))
        self.enrol_state = label(wrap=True)
        self.enrol_detail = label(hint=True, wrap=True)
        self.fingerprint = QLineEdit()  # selectable, to compare with the fingerprint the district publishes
        self.fingerprint.setReadOnly(True)
        set_name(self.fingerprint, self.tr("区平台根证书指纹"))
        card.body.addWidget(self.enrol_state)
        card.body.addWidget(self.enrol_detail)
        card.body.addWidget(self.fingerprint)
        card.body.addWidget(label(self.tr("步骤：①生成证书申请，交给区平台；②区平台签发登记文件；"
                                          "③导入登记文件。此后调解协议的电子印章和上报签名都使用区平台签发的证书。"),
                                  hint=True, wrap=True))
        row = QHBoxLayout()
        self.request_button = button(self.tr("生成证书申请…"))
        self.enrol_button = button(self.tr("导入登记文件…"))
        self.request_button.clicked.connect(self.make_request)
        self.enrol_button.clicked.connect(self.import_enrolment)
        row.addWidget(self.request_button)
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        card.body.addLayout(row)
        card.body.addStretch(1)
        return card

    def _build_next(self) -> Card:
        card = Card(self.tr("下一个数据包"))
        card.body.addWidget(label(self.tr("自上次区平台回执以来的变更（各类记录数）："), hint=True, wrap=True))
        self.counts = read_only_table([self.tr("记录类型"), self.tr("数量")], self.tr("待上报记录数"))
        self.counts.setMaximumHeight(190)
        card.body.addWidget(self.counts)
        card.body.addWidget(label(self.tr("样例记录（区平台看到的原样内容）："), hint=True, wrap=True))
        self.sample = QPlainTextEdit()
        self.sample.setReadOnly(True)
        set_name(self.sample, self.tr("样例记录"))
        card.body.addWidget(self.sample, 1)
        row = QHBoxLayout()
        self.export_button = button(self.tr("导出到文件夹…"), primary=True)
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    def _build_history(self) -> Card:
        card = Card(self.tr("上报记录"))
        self.history = read_only_table([self.tr("序号"), self.tr("导出时间"), self.tr("记录数"), self.tr("回执"),
                                        self.tr("文件")], self.tr("上报记录"))
        card.body.addWidget(self.history, 1)
        row = QHBoxLayout()
        self.receipt_button = button(self.tr("导入回执…"))
        self.receipt_button.clicked.connect(self.import_receipt)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    # --- data --------------------------------------------------------------------------
    def activate(self) -> None:
        if can(self.ws.actor.role, Action.EXPORT):
            self.refresh()

    def refresh(self) -> None:
        ex = self.ws.services.exchange
        actor = self.ws.actor
        self.ws.runner.run(lambda: (ex.status(actor), ex.preview(actor), ex.history(actor)),
                           on_success=self._show, parent=self, key="exchange-refresh")

    def _show(self, data) -> None:  # noqa: ANN001
        status, preview, history = data
        states = _state_labels()
        self.enrol_state.setText(self.tr("站点编码 {code}：{state}").format(
            code=status.station_code, state=states.get(status.state, status.state)))
        self.enrol_detail.setText(self.tr("区平台根证书 SHA-256（请与区平台公布的核对）：")
                                  if status.root_sha256 else self.tr("尚未登记：不能导出数据包。"))
        self.fingerprint.setText(" ".join(status.root_sha256[i:i + 8] for i in range(0, 64, 8)))
        self.fingerprint.setVisible(bool(status.root_sha256))
        self.export_button.setEnabled(status.state == "enrolled")
        self.receipt_button.setEnabled(status.state == "enrolled")
        types = _type_labels()
        self.counts.setRowCount(0)
        for kind, n in preview.counts.items():
            r = self.counts.rowCount()
            self.counts.insertRow(r)
            self.counts.setItem(r, 0, QTableWidgetItem(types.get(kind, kind)))
            self.counts.setItem(r, 1, QTableWidgetItem(str(n)))
        self.sample.setPlainText(json.dumps(preview.sample, ensure_ascii=False, indent=2) if preview.sample
                                 else self.tr("没有待上报的变更（仍可导出一个“零上报”数据包）。"))
        self.history.setRowCount(0)
        for b in history:
            r = self.history.rowCount()
            self.history.insertRow(r)
            total = sum(v for k, v in b.counts.items() if k != "tombstone")
            for col, text in enumerate((str(b.sequence), local(b.created_at), str(total),
                                        states.get(b.receipt_status, b.receipt_status), b.file_name)):
                self.history.setItem(r, col, QTableWidgetItem(text))

    def _fail(self, exc: BaseException) -> None:
        self.banner.show_message(error_text(exc), tone="error")

    # --- actions -----------------------------------------------------------------------
    def make_request(self) -> None:
        code = self.ws.services.exchange.station_code()
        path = self.dialogs.save_file(self, self.tr("保存证书申请"), f"{code}.csr", self.tr("证书申请 (*.csr)"))
        if not path:
            return
        ex, actor = self.ws.services.exchange, self.ws.actor

        def work() -> str:
            from app.exchange.bundle import write_atomically
            write_atomically(Path(path), ex.make_request(actor))
            return path

        self.ws.runner.run(work, on_success=lambda p: (self.banner.show_message(
            self.tr("证书申请已保存到 {path}，请交给区平台。").format(path=p), tone="ok"), self.refresh()),
            on_failure=self._fail, label=self.tr("正在生成密钥…"), parent=self)

    def import_enrolment(self) -> None:
        path = self.dialogs.open_file(self, self.tr("选择区平台的登记文件"), self.tr("登记文件 (*.p7b);;所有文件 (*)"))
        if not path:
            return
        services, actor = self.ws.services, self.ws.actor
        self.ws.runner.run(lambda: services.exchange.enrol(actor, Path(path).read_bytes(), services.seal),
                           on_success=lambda st: (self.banner.show_message(
                               self.tr("登记完成：站点 {code}。").format(code=st.station_code), tone="ok"), self.refresh()),
                           on_failure=self._fail, label=self.tr("正在导入登记文件…"), parent=self)

    def export(self) -> None:
        folder = self.dialogs.choose_folder(self, self.tr("选择导出文件夹（可为U盘）"))
        if not folder:
            return
        services, actor = self.ws.services, self.ws.actor
        cancel = threading.Event()
        self.cancel_event = cancel

        def done(result) -> None:  # noqa: ANN001
            self.banner.show_message(self.tr("已导出第 {seq} 号数据包：{path}").format(
                seq=result.sequence, path=result.path), tone="ok")
            self.refresh()

        self.ws.runner.run(lambda: services.exchange.export(actor, Path(folder), services.seal, cancel=cancel),
                           on_success=done, on_failure=self._fail, on_cancel=cancel.set,
                           label=self.tr("正在导出数据包…"), parent=self)

    def import_receipt(self) -> None:
        path = self.dialogs.open_file(self, self.tr("选择区平台回执"), self.tr("回执文件 (*.p7s *.p7m);;所有文件 (*)"))
        if not path:
            return
        ex, actor = self.ws.services.exchange, self.ws.actor
        self.ws.runner.run(lambda: ex.import_receipt(actor, Path(path).read_bytes()),
                           on_success=lambda row: (self.banner.show_message(
                               self.tr("第 {seq} 号数据包已回执。").format(seq=row.sequence), tone="ok"), self.refresh()),
                           on_failure=self._fail, parent=self)
