"""记录调解结果: the outcome of a session and what each outcome needs.

Written agreement (full or partial) with structured terms, oral agreement (content and
effective date), adjourned (next date), no agreement (reason code, with the other routes read
to the parties), referral (route). Petition-sourced cases also need the 三到位一处理 review.
SessionService.finish checks all of it and moves the case; this dialog collects and shows
its message.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLineEdit, QPlainTextEdit, QScrollArea, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app.domain.errors import DomainError
from app.domain.lifecycle import REFERRAL_KINDS, TERMINATION_REASONS
from app.domain.session import OTHER_ROUTES_TEXT, OUTCOME_LABELS, THREE_IN_PLACE, Outcome
from app.services import Services
from app.services.common import Actor
from app.ui.accessibility import name_controls
from app.ui.dialogs import error_text
from app.ui.tasks import TaskRunner
from app.ui.widgets import Card, button, label, set_invalid
from app.views.session.vocab import tr_vocab

# Agreement term columns: (key stored in the terms, header). The documents issue reads them.
TERM_COLUMNS = (("obligor", QT_TRANSLATE_NOOP("OutcomeDialog", "义务人")),
                ("obligee", QT_TRANSLATE_NOOP("OutcomeDialog", "权利人")),
                ("what", QT_TRANSLATE_NOOP("OutcomeDialog", "履行事项")),
                ("amount", QT_TRANSLATE_NOOP("OutcomeDialog", "金额（元）")),
                ("deadline", QT_TRANSLATE_NOOP("OutcomeDialog", "履行期限")),
                ("method", QT_TRANSLATE_NOOP("OutcomeDialog", "履行方式")),
                ("place", QT_TRANSLATE_NOOP("OutcomeDialog", "履行地点")),
                ("breach", QT_TRANSLATE_NOOP("OutcomeDialog", "违约责任")))


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _py_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class OutcomeDialog(QDialog):
    finished_session = Signal(str)   # the outcome value, after the service recorded it

    def __init__(self, services: Services, runner: TaskRunner, actor: Actor, session_id: str, *,
                 case_number: str, petition: bool, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services, self.runner, self.actor, self.session_id = services, runner, actor, session_id
        self.petition = petition
        self.today = today or date.today()
        self.setWindowTitle(self.tr("记录调解结果 — {number}").format(number=case_number))
        self.setMinimumSize(860, 620)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)

        top = QFormLayout()
        self.outcome = QComboBox()
        for o in Outcome:
            self.outcome.addItem(tr_vocab(OUTCOME_LABELS[o]), o.value)
        cap = label(self.tr("调解结果"))
        cap.setBuddy(self.outcome)
        top.addRow(cap, self.outcome)
        outer.addLayout(top)

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(12)
        self.pages = QStackedWidget()
        self._page_index: dict[Outcome, int] = {}
        written = self._build_written()
        for o, page in ((Outcome.WRITTEN, written), (Outcome.PARTIAL, written), (Outcome.ORAL, self._build_oral()),
                        (Outcome.ADJOURNED, self._build_adjourned()),
                        (Outcome.NO_AGREEMENT, self._build_no_agreement()), (Outcome.REFERRAL, self._build_referral())):
            index = self.pages.indexOf(page)
            if index < 0:
                index = self.pages.addWidget(page)
            self._page_index[o] = index
        body.addWidget(self.pages)
        self.review_card = self._build_review()
        self.review_card.setVisible(petition)
        body.addWidget(self.review_card)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setObjectName("PageScroll")
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        self.error = label("", tone="error", wrap=True)
        self.error.setObjectName("OutcomeError")
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = button(self.tr("取消"), on_click=self.reject)
        self.ok_button = button(self.tr("记录结果并结束本次话聊"), primary=True, on_click=self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        outer.addLayout(buttons)
        self.outcome.currentIndexChanged.connect(self._switch)
        self._switch()
        name_controls(self)

    # --- pages ----------------------------------------------------------------------------
    def _form_card(self, title: str) -> tuple[Card, QFormLayout]:
        card = Card(title)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        card.body.addLayout(form)
        return card, form

    def _row(self, form: QFormLayout, caption: str, widget: QWidget) -> None:
        cap = label(caption)
        cap.setBuddy(widget)
        widget.setAccessibleName(caption)
        form.addRow(cap, widget)

    def _build_written(self) -> Card:
        card = Card(self.tr("协议条款"))
        card.body.addWidget(label(self.tr("逐项填写，内容须明确具体（义务人、权利人、事项、金额、期限、方式、地点、违约责任）。"
                                          "协议书正文稍后在“文书”中生成和签署。"), hint=True, wrap=True))
        self.terms = QTableWidget(0, len(TERM_COLUMNS))
        self.terms.setHorizontalHeaderLabels([self.tr(h) for _k, h in TERM_COLUMNS])
        self.terms.setAccessibleName(self.tr("协议条款"))
        self.terms.verticalHeader().setVisible(True)
        self.terms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.terms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.terms.horizontalHeader()
        header.setDefaultSectionSize(92)
        for column in range(len(TERM_COLUMNS)):  # wider where a header needs it (English)
            header.resizeSection(column, max(header.defaultSectionSize(), header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        self.terms.setMinimumHeight(150)
        self.terms.setTabKeyNavigation(True)
        card.body.addWidget(self.terms)
        row = QHBoxLayout()
        self.add_term_button = button(self.tr("添加条款"), on_click=self.add_term)
        self.remove_term_button = button(self.tr("删除所选条款"), on_click=self.remove_term)
        row.addWidget(self.add_term_button)
        row.addWidget(self.remove_term_button)
        row.addStretch(1)
        card.body.addLayout(row)
        self.add_term()
        return card

    def _build_oral(self) -> Card:
        card, form = self._form_card(self.tr("口头协议"))
        self.oral_content = QPlainTextEdit()
        self.oral_content.setTabChangesFocus(True)
        self.oral_content.setFixedHeight(100)
        self.effective_on = _date_edit(self.today)
        self._row(form, self.tr("协议内容"), self.oral_content)
        self._row(form, self.tr("生效日期"), self.effective_on)
        card.body.addWidget(label(self.tr("口头协议自各方当事人达成协议之日起生效（人民调解法第三十条），调解员应当记录协议内容。"),
                                  hint=True, wrap=True))
        return card

    def _build_adjourned(self) -> Card:
        card, form = self._form_card(self.tr("休会"))
        self.next_date = _date_edit(self.today)
        self.next_date.setMinimumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.adjourn_note = QLineEdit()
        self._row(form, self.tr("下次调解日期"), self.next_date)
        self._row(form, self.tr("说明"), self.adjourn_note)
        return card

    def _build_no_agreement(self) -> Card:
        card, form = self._form_card(self.tr("调解不成（终止）"))
        self.reason_code = QComboBox()
        for code, text in TERMINATION_REASONS.items():
            self.reason_code.addItem(tr_vocab(text), code)
        self.reason_detail = QLineEdit()
        self.reason_detail.setPlaceholderText(self.tr("选择“其他”时必填"))
        self._row(form, self.tr("终止原因"), self.reason_code)
        self._row(form, self.tr("具体情况"), self.reason_detail)
        card.body.addWidget(label(self.tr("请向当事人告知其他救济途径："), object_name="FieldLabel"))
        self.other_routes = label(tr_vocab(OTHER_ROUTES_TEXT), wrap=True, selectable=True)
        self.other_routes.setObjectName("OtherRoutes")
        card.body.addWidget(self.other_routes)
        return card

    def _build_referral(self) -> Card:
        card, form = self._form_card(self.tr("转介其他途径"))
        self.referral_kind = QComboBox()
        for code, text in REFERRAL_KINDS.items():
            self.referral_kind.addItem(tr_vocab(text), code)
        self.referral_detail = QLineEdit()
        self._row(form, self.tr("转介途径"), self.referral_kind)
        self._row(form, self.tr("说明"), self.referral_detail)
        return card

    def _build_review(self) -> Card:
        card, form = self._form_card(self.tr("信访事项“三到位一处理”审查"))
        self.review: dict[str, QLineEdit] = {}
        for key, text in THREE_IN_PLACE:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("填写落实情况；不适用的写明“不适用”及理由"))
            self.review[key] = edit
            self._row(form, tr_vocab(text), edit)
        card.body.addWidget(label(self.tr("信访来源案件结案前须完成（信访工作条例第二十七条）。"), hint=True, wrap=True))
        return card

    def _switch(self) -> None:
        o = Outcome(self.outcome.currentData())
        self.pages.setCurrentIndex(self._page_index[o])
        self.review_card.setVisible(self.petition and o != Outcome.ADJOURNED)
        self.error.hide()

    # --- terms ----------------------------------------------------------------------------
    def add_term(self) -> None:
        row = self.terms.rowCount()
        self.terms.insertRow(row)
        for c in range(len(TERM_COLUMNS)):
            self.terms.setItem(row, c, QTableWidgetItem(""))
        self.terms.setCurrentCell(row, 0)

    def remove_term(self) -> None:
        row = self.terms.currentRow()
        if row >= 0:
            self.terms.removeRow(row)

    def term_values(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.terms.rowCount()):
            values = {}
            for c, (key, _h) in enumerate(TERM_COLUMNS):
                item = self.terms.item(r, c)
                values[key] = item.text().strip() if item else ""
            if any(values.values()):
                out.append(values)
        return out

    # --- submit ---------------------------------------------------------------------------
    def finish_kwargs(self) -> dict:
        o = Outcome(self.outcome.currentData())
        kw: dict = {}
        if o in (Outcome.WRITTEN, Outcome.PARTIAL):
            kw["terms"] = self.term_values()
        elif o == Outcome.ORAL:
            kw["oral_content"] = self.oral_content.toPlainText()
            kw["effective_on"] = _py_date(self.effective_on)
        elif o == Outcome.ADJOURNED:
            kw["next_date"] = _py_date(self.next_date)
            kw["detail"] = self.adjourn_note.text().strip()
        elif o == Outcome.NO_AGREEMENT:
            kw["reason_code"] = self.reason_code.currentData()
            kw["detail"] = self.reason_detail.text().strip()
        else:
            kw["referral_kind"] = self.referral_kind.currentData()
            kw["detail"] = self.referral_detail.text().strip()
        if self.petition and o != Outcome.ADJOURNED:
            kw["three_in_place"] = {k: e.text().strip() for k, e in self.review.items()}
        return kw

    def submit(self) -> None:
        self.terms.setCurrentCell(-1, -1)  # commit a cell still being edited
        outcome, kwargs = self.outcome.currentData(), self.finish_kwargs()
        services, actor, sid = self.services, self.actor, self.session_id
        self.ok_button.setEnabled(False)
        self.runner.run(lambda: services.sessions.finish(actor, sid, outcome, **kwargs),
                        on_success=lambda _r: self._done(outcome), on_failure=self._failed, parent=self)

    def _done(self, outcome: str) -> None:
        self.ok_button.setEnabled(True)
        self.finished_session.emit(outcome)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        field = exc.field if isinstance(exc, DomainError) else None
        targets = {"terms": self.terms, "oral_content": self.oral_content, "next_date": self.next_date,
                   "referral": self.referral_kind}
        for key, widget in targets.items():
            set_invalid(widget, key == field)
        for edit in self.review.values():
            set_invalid(edit, field == "three_in_place" and not edit.text().strip())
