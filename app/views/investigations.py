"""调查记录 on the case page: the case's investigations, and a dialog to record or correct one
(time span, place, the person questioned, investigators, recorder, others present, the
questions and answers in order, attachments). Everything goes through
services.investigations, which checks who may record and refuses bad text with its reason.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.investigations import InvestigationChoices, InvestigationInput, InvestigationView, QAInput
from app.services.permissions import Action, can
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.dialogs import error_text
from app.ui.labels import tr_label
from app.ui.timefmt import local
from app.ui.widgets import button, label, read_only_table, scroll_area


def _qa_text(question: str, answer: str) -> str:
    return f"问：{question}\n答：{answer}"


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class InvestigationDialog(QDialog):
    """Record (or correct) one investigation."""

    saved = Signal(object)  # InvestigationView

    def __init__(self, ws: Workspace, case_id: str, choices: InvestigationChoices,
                 existing: InvestigationView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.choices, self.existing = ws, case_id, choices, existing
        self.setWindowTitle(self.tr("修改调查记录") if existing else self.tr("登记调查记录"))
        self.setMinimumSize(720, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 18)
        inner = QWidget()
        inner.setObjectName("Plain")
        form = QFormLayout(inner)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)

        now = QDateTime.currentDateTime()
        self.started = QDateTimeEdit(now.addSecs(-3600))
        self.ended = QDateTimeEdit(now)
        for edit in (self.started, self.ended):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        span = QHBoxLayout()
        span.addWidget(self.started)
        span.addWidget(label(self.tr("至")))
        span.addWidget(self.ended)
        span.addStretch(1)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("例如：被申请人公司会议室"))
        self.subject_party = QComboBox()
        self.subject_party.addItem(self.tr("（非本案当事人）"), None)
        for party_id, caption, _details in choices.parties:
            self.subject_party.addItem(tr_label(caption.split(" ")[0]) + " " + caption.split(" ", 1)[-1], party_id)
        self.subject_party.currentIndexChanged.connect(self._subject_chosen)
        self.subject_name = QLineEdit()
        self.subject_details = QLineEdit()
        self.subject_details.setPlaceholderText(self.tr("性别、单位或住址、联系方式"))
        self.investigators = QListWidget()
        self.recorder = QComboBox()
        for staff_id, name, role in choices.staff:
            item = QListWidgetItem(f"{name}（{tr_label(role)}）")
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if staff_id == ws.actor.user_id else Qt.CheckState.Unchecked)
            self.investigators.addItem(item)
            self.recorder.addItem(f"{name}（{tr_label(role)}）", staff_id)
        self.investigators.setFixedHeight(90)
        self.recorder.setCurrentIndex(max(0, self.recorder.findData(ws.actor.user_id)))  # who types, records
        self.present = QLineEdit()
        self.present.setPlaceholderText(self.tr("多人用顿号“、”分隔，例如：钱某（公司财务）"))

        # questions and answers: type a pair, add it; the list keeps their order
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(52)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setFixedHeight(70)
        self.add_qa_button = button(self.tr("添加这组问答"), on_click=self.add_qa)
        self.remove_qa_button = button(self.tr("删除所选问答"), on_click=self.remove_qa)
        self.up_button = button(self.tr("上移"), on_click=lambda: self.move_qa(-1))
        self.qa_list = QListWidget()
        self.qa_list.setWordWrap(True)
        self.qa_list.setFixedHeight(130)
        qa_box = QGridLayout()
        qa_box.addWidget(label(self.tr("问")), 0, 0)
        qa_box.addWidget(self.question, 0, 1)
        qa_box.addWidget(label(self.tr("答")), 1, 0)
        qa_box.addWidget(self.answer, 1, 1)
        qa_buttons = QHBoxLayout()
        qa_buttons.addWidget(self.add_qa_button)
        qa_buttons.addWidget(self.remove_qa_button)
        qa_buttons.addWidget(self.up_button)
        qa_buttons.addStretch(1)
        qa_box.addLayout(qa_buttons, 2, 1)
        qa_box.addWidget(self.qa_list, 3, 1)

        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(52)
        self.attachments = QListWidget()
        for attachment_id, filename in choices.attachments:
            item = QListWidgetItem(filename)
            item.setData(Qt.ItemDataRole.UserRole, attachment_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attachments.addItem(item)
        self.attachments.setFixedHeight(60)
        self.sensitive = QCheckBox(self.tr("涉及敏感个人信息（仅办案人员可见）"))

        for caption, widget in ((self.tr("调查时间"), span), (self.tr("调查地点"), self.place),
                                (self.tr("被调查人是"), self.subject_party), (self.tr("被调查人"), self.subject_name),
                                (self.tr("被调查人情况"), self.subject_details),
                                (self.tr("调查人"), self.investigators), (self.tr("记录人"), self.recorder),
                                (self.tr("参加人"), self.present), (self.tr("调查问答"), qa_box),
                                (self.tr("调查情况"), self.findings), (self.tr("附件"), self.attachments),
                                ("", self.sensitive)):
            cap = label(caption)
            if isinstance(widget, QWidget):
                cap.setBuddy(widget)
                form.addRow(cap, widget)
            else:
                form.addRow(cap, widget)
        for cap_text, widget in ((self.tr("调查开始时间"), self.started), (self.tr("调查结束时间"), self.ended),
                                 (self.tr("问"), self.question), (self.tr("答"), self.answer),
                                 (self.tr("已记录的问答"), self.qa_list)):
            widget.setAccessibleName(cap_text)
        outer.addWidget(scroll_area(inner), 1)
        self.error = label(tone="error", wrap=True)
        self.error.setAccessibleName(self.tr("错误提示"))
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = button(self.tr("取消"), on_click=self.reject)
        self.save_button = button(self.tr("保存调查记录"), primary=True, on_click=self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        if existing is not None:
            self._show(existing)
        name_controls(self)
        self.place.setFocus()

    def _subject_chosen(self, _index: int) -> None:
        party_id = self.subject_party.currentData()
        for pid, caption, details in self.choices.parties:
            if pid == party_id:
                self.subject_name.setText(caption.split(" ", 1)[-1])
                if not self.subject_details.text():
                    self.subject_details.setText(details)

    def _show(self, v: InvestigationView) -> None:
        self.started.setDateTime(QDateTime(v.started_at.astimezone()))
        if v.ended_at:
            self.ended.setDateTime(QDateTime(v.ended_at.astimezone()))
        self.place.setText(v.place)
        index = self.subject_party.findData(v.subject_party_id)
        self.subject_party.setCurrentIndex(max(0, index))
        self.subject_name.setText(v.subject_name)
        self.subject_details.setText(v.subject_details)
        for i in range(self.investigators.count()):
            item = self.investigators.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in v.investigator_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.recorder.setCurrentIndex(max(0, self.recorder.findData(v.recorder_id)))
        self.present.setText("、".join(v.present))
        for q, a in v.qa:
            self._append_qa(q, a)
        self.findings.setPlainText(v.findings)
        for i in range(self.attachments.count()):
            item = self.attachments.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in v.attachment_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.sensitive.setChecked(v.sensitive)

    # --- questions and answers --------------------------------------------------------------
    def _append_qa(self, question: str, answer: str) -> None:
        item = QListWidgetItem(_qa_text(question, answer))
        item.setData(Qt.ItemDataRole.UserRole, (question, answer))
        self.qa_list.addItem(item)

    def add_qa(self) -> None:
        question, answer = self.question.toPlainText().strip(), self.answer.toPlainText().strip()
        if not question or not answer:
            self._fail(self.tr("请先填写问和答，再添加。"))
            return
        self._append_qa(question, answer)
        self.question.clear()
        self.answer.clear()
        self.error.hide()
        self.question.setFocus()

    def remove_qa(self) -> None:
        row = self.qa_list.currentRow()
        if row >= 0:
            self.qa_list.takeItem(row)

    def move_qa(self, step: int) -> None:
        row = self.qa_list.currentRow()
        if row + step < 0 or row < 0 or row + step >= self.qa_list.count():
            return
        item = self.qa_list.takeItem(row)
        self.qa_list.insertItem(row + step, item)
        self.qa_list.setCurrentRow(row + step)

    def qa_pairs(self) -> list[tuple[str, str]]:
        return [self.qa_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.qa_list.count())]

    # --- saving -----------------------------------------------------------------------------
    def value(self) -> InvestigationInput:
        def aware(edit: QDateTimeEdit) -> datetime:
            return edit.dateTime().toPython().astimezone()

        pending = [(self.question.toPlainText().strip(), self.answer.toPlainText().strip())]
        pairs = self.qa_pairs() + [p for p in pending if p[0] or p[1]]  # a typed pair not yet added
        return InvestigationInput(
            started_at=aware(self.started), ended_at=aware(self.ended), place=self.place.text(),
            subject_name=self.subject_name.text(), subject_party_id=self.subject_party.currentData(),
            subject_details=self.subject_details.text(), investigator_ids=_checked(self.investigators),
            recorder_id=self.recorder.currentData(),
            present=[x for x in self.present.text().replace(",", "、").replace("，", "、").split("、") if x.strip()],
            qa=[QAInput(q, a) for q, a in pairs], findings=self.findings.toPlainText(),
            attachment_ids=_checked(self.attachments), sensitive=self.sensitive.isChecked())

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self) -> None:
        inp, actor, services, existing, case_id = (self.value(), self.ws.actor, self.ws.services, self.existing,
                                                   self.case_id)

        def work() -> InvestigationView:
            if existing is not None:
                return services.investigations.update(actor, existing.id, inp)
            return services.investigations.add(actor, case_id, inp)

        def done(view: InvestigationView) -> None:
            self.saved.emit(view)
            self.accept()

        self.ws.runner.run(work, on_success=done, on_failure=lambda e: self._fail(error_text(e)), parent=self)


class InvestigationsPanel(QWidget):
    """The 调查记录 tab of the case page."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case_id: str | None = None
        self.records: list[InvestigationView] = []
        self.dialog: InvestigationDialog | None = None
        lay = QVBoxLayout(self)
        self.table = read_only_table([self.tr("时间"), self.tr("地点"), self.tr("被调查人"), self.tr("调查人"),
                                      self.tr("记录人"), self.tr("问答")], self.tr("调查记录"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        lay.addWidget(self.table, 1)
        self.detail = label(wrap=True, selectable=True)
        self.detail.setAccessibleName(self.tr("调查记录内容"))
        lay.addWidget(self.detail)
        row = QHBoxLayout()
        self.hint = label(hint=True, wrap=True)
        row.addWidget(self.hint, 1)
        self.add_button = button(self.tr("登记调查…"), primary=True, on_click=self.add)
        self.edit_button = button(self.tr("修改所选…"), on_click=self.edit_selected)
        row.addWidget(self.edit_button)
        row.addWidget(self.add_button)
        lay.addLayout(row)
        self.table.itemSelectionChanged.connect(self._show_selected)
        name_controls(self)

    def load(self, case_id: str) -> None:
        self.case_id = case_id
        actor, services = self.ws.actor, self.ws.services
        self.ws.runner.run(lambda: services.investigations.list(actor, case_id), on_success=self.show_records,
                           key="case-investigations", parent=self)

    def show_records(self, records: list[InvestigationView]) -> None:
        self.records = records
        t = self.table
        t.clearSpans()
        t.setRowCount(max(1, len(records)))
        if not records:
            item = QTableWidgetItem(self.tr("暂无调查记录"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            t.setItem(0, 0, item)
            t.setSpan(0, 0, 1, t.columnCount())
        for r, v in enumerate(records):
            end = local(v.ended_at, "%H:%M") if v.ended_at else ""
            values = [f"{local(v.started_at)}" + (f"–{end}" if end else ""), v.place, v.subject_name,
                      "、".join(v.investigators), v.recorder, self.tr("{n}组").format(n=len(v.qa))]
            for c, text in enumerate(values):
                t.setItem(r, c, QTableWidgetItem(text))
        t.resizeRowsToContents()
        allowed = can(self.ws.actor.role, Action.RECORD_INVESTIGATION)
        self.add_button.setVisible(allowed)
        self.edit_button.setVisible(allowed and bool(records))
        self.hint.setText(self.tr("人民调解调查记录只根据这里登记的调查出具。") if allowed
                          else self.tr("调查记录由法治专员、调解员或律师登记。"))
        self.detail.setText("")
        if records:
            t.setCurrentCell(0, 0)
            t.selectRow(0)
            self._show_selected()

    def _selected(self) -> InvestigationView | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _show_selected(self) -> None:
        v = self._selected()
        if v is None:
            self.detail.setText("")
            return
        lines = [self.tr("被调查人：{name}").format(name=v.subject_name + (f"（{v.subject_details}）"
                                                                        if v.subject_details else ""))]
        if v.present:
            lines.append(self.tr("参加人：{names}").format(names="、".join(v.present)))
        lines += [_qa_text(q, a) for q, a in v.qa]
        if v.findings:
            lines.append(self.tr("调查情况：{text}").format(text=v.findings))
        if v.attachments:
            lines.append(self.tr("附件：{files}").format(files="、".join(v.attachments)))
        self.detail.setText("\n".join(lines))

    def _open(self, existing: InvestigationView | None) -> None:
        if not self.case_id:
            return
        actor, services, case_id = self.ws.actor, self.ws.services, self.case_id

        def show(choices: InvestigationChoices) -> None:
            self.dialog = InvestigationDialog(self.ws, case_id, choices, existing, parent=self)
            self.dialog.saved.connect(self._saved)
            self.dialog.open()

        self.ws.runner.run(lambda: services.investigations.choices(actor, case_id), on_success=show, parent=self)

    def add(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        v = self._selected()
        if v is not None and can(self.ws.actor.role, Action.RECORD_INVESTIGATION):
            self._open(v)

    def _saved(self, _view: InvestigationView) -> None:
        self.changed.emit()
        if self.case_id:
            self.load(self.case_id)
