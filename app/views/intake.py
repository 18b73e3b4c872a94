"""登记受理: register a demand.

The form is plain input; the rules are the service's (services.intake: check_party as you
type, preview_warning and repeat_visits a moment after you stop, register on save). Input
is saved as a draft (services.drafts) within a second of the last keystroke, on the worker
thread, and offered back after a crash or a restart.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import numerals
from app.domain.catalog import (
    CATEGORIES,
    DEMAND_CLASS_LABELS,
    SOURCE_LABELS,
    PartyRole,
    WarningLevel,
)
from app.domain.errors import DomainError, ValidationError
from app.domain.warnings import WarningResult
from app.services.common import InvalidInput
from app.services.intake import IntakeInput, PartyInput, Registered, RepeatVisit
from app.services.permissions import Action, can
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.dialogs import error_text
from app.ui.i18n import clauses, user_message
from app.ui.labels import tr_label
from app.ui.page import Page
from app.ui.party_editor import PartyEditor
from app.ui.theme import set_tone
from app.ui.timefmt import local
from app.ui.widgets import Banner, Card, Chip, button, label, scroll_area, set_invalid
from app.views.common import add_category_items, select_data
from app.views.routing_dialog import RoutingDialog

DRAFT_KEY = "intake"
DRAFT_DEBOUNCE_MS = 700
WARNING_DEBOUNCE_MS = 500
TOP_FIELDS = ("source", "category_code", "demand_class", "summary", "claims", "amount", "consent", "parties")


class IntakePage(Page):
    registered = Signal(object)  # Registered (tests wait for it)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("登记受理"),
                         self.tr("登记群众诉求。带 * 的为必填项；填写内容会自动保存为草稿。"), parent)
        self.party_editors: list[PartyEditor] = []
        self._claim_rows: list[tuple[QWidget, QLabel, QLineEdit]] = []
        self._loading = False
        self._dirty = False
        self._draft_offered = False
        self.last_registered: Registered | None = None

        self.draft_status = label(hint=True)
        self.header.actions.addWidget(self.draft_status)
        self.banner = Banner()
        self.body.addWidget(self.banner)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        form_inner = QWidget()
        form_inner.setObjectName("Page")
        self.form_layout = QVBoxLayout(form_inner)
        self.form_layout.setContentsMargins(0, 0, 6, 0)
        self.form_layout.setSpacing(16)
        self.form_layout.addWidget(self._build_demand())
        self.form_layout.addWidget(self._build_parties())
        self.form_layout.addStretch(1)
        self.form_scroll = scroll_area(form_inner)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns.addWidget(self.form_scroll, 3)
        columns.addWidget(self._build_side(), 0)
        self.body.addLayout(columns, 1)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._warning_timer = QTimer(self, singleShot=True, interval=WARNING_DEBOUNCE_MS)
        self._warning_timer.timeout.connect(self.refresh_warnings)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.submit)
        self.reset_form()
        name_controls(self)

    # --- construction ---------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, caption: str, widget: QWidget) -> QLabel:
        cap = label(caption)
        cap.setBuddy(widget)
        widget.setAccessibleName(caption.rstrip(" *"))
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        err = label(tone="error", wrap=True)
        err.hide()
        v.addWidget(err)
        form.addRow(cap, holder)
        self.field_errors[key] = err
        self.field_widgets[key] = widget
        return err

    def _build_demand(self) -> Card:
        card = Card(self.tr("诉求信息"))
        self.field_errors: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source = QComboBox()
        for s, text in SOURCE_LABELS.items():
            self.source.addItem(tr_label(text), s.value)
        self.category = QComboBox()
        add_category_items(self.category, CATEGORIES)
        self.demand_class = QComboBox()
        for d, text in DEMAND_CLASS_LABELS.items():
            self.demand_class.addItem(tr_label(text), d.value)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("简要写明纠纷的起因、经过和现状"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(96)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("例如 30000 或 30000.50，可不填"))
        self.amount_capital = label(hint=True)
        amount_row = QWidget()
        al = QHBoxLayout(amount_row)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.amount, 1)
        al.addWidget(self.amount_capital, 1)
        self.consent = QCheckBox(self.tr("当事人同意人民调解"))
        self.consent.setToolTip(self.tr("人民调解法第十七条：当事人一方明确拒绝调解的，不得调解。"))
        consent_row = QWidget()
        cl = QVBoxLayout(consent_row)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(2)
        cl.addWidget(self.consent)
        cl.addWidget(label(self.tr("人民调解法第十七条：当事人一方明确拒绝调解的，不得调解。"), hint=True, wrap=True))
        self._field(form, "source", self.tr("来源渠道 *"), self.source)
        self._field(form, "category_code", self.tr("纠纷类型 *"), self.category)
        self._field(form, "demand_class", self.tr("诉求类别 *"), self.demand_class)
        self._field(form, "summary", self.tr("纠纷简要情况 *"), self.summary)
        self._field(form, "claims", self.tr("请求事项"), self._build_claims())
        self._field(form, "amount", self.tr("涉案金额（元）"), amount_row)
        self.field_widgets["amount"] = self.amount
        self.amount.setAccessibleName(self.tr("涉案金额（元）"))
        self._field(form, "consent", self.tr("调解意愿"), consent_row)
        self.field_widgets["consent"] = self.consent
        card.body.addLayout(form)
        for combo in (self.source, self.category, self.demand_class):
            combo.currentIndexChanged.connect(self._changed)
        self.summary.textChanged.connect(self._changed)
        self.amount.textChanged.connect(self._amount_changed)
        self.consent.toggled.connect(self._changed)
        return card

    def _build_claims(self) -> QWidget:
        box = QWidget()
        self.claims_layout = QVBoxLayout(box)
        self.claims_layout.setContentsMargins(0, 0, 0, 0)
        self.claims_layout.setSpacing(6)
        self.add_claim_button = button(self.tr("＋ 添加请求事项"), flat=True,
                                       on_click=lambda: self.add_claim(focus=True))
        self.add_claim_button.setAccessibleName(self.tr("添加请求事项"))
        self.claims_layout.addWidget(self.add_claim_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.setAccessibleName(self.tr("请求事项"))
        return box

    def _build_parties(self) -> Card:
        card = Card(self.tr("当事人"))
        self.party_error = label(tone="error", wrap=True)
        self.party_error.hide()
        self.field_errors["parties"] = self.party_error
        self.add_applicant = button(self.tr("＋ 申请人"),
                                    on_click=lambda: self.add_party(PartyRole.APPLICANT, focus=True))
        self.add_applicant.setAccessibleName(self.tr("添加申请人"))
        self.add_respondent = button(self.tr("＋ 被申请人"),
                                     on_click=lambda: self.add_party(PartyRole.RESPONDENT, focus=True))
        self.add_respondent.setAccessibleName(self.tr("添加被申请人"))
        card.header.addWidget(self.add_applicant)
        card.header.addWidget(self.add_respondent)
        card.body.addWidget(self.party_error)
        self.parties_layout = QVBoxLayout()
        self.parties_layout.setSpacing(12)
        card.body.addLayout(self.parties_layout)
        return card

    def _build_side(self) -> QWidget:
        side = QWidget()
        side.setFixedWidth(330)
        lay = QVBoxLayout(side)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        self.warning_card = Card(self.tr("预警"))
        self.warning_chip = Chip()
        self.warning_card.header.addWidget(self.warning_chip)
        self.warning_reasons = label(wrap=True)
        self.warning_card.body.addWidget(self.warning_reasons)
        lay.addWidget(self.warning_card)

        self.repeat_card = Card(self.tr("重复来访"))
        self.repeat_list = QListWidget()
        self.repeat_list.setAccessibleName(self.tr("重复来访"))
        self.repeat_list.setFixedHeight(120)
        self.repeat_list.itemActivated.connect(self._open_repeat)
        self.repeat_hint = label(hint=True, wrap=True)
        self.repeat_card.body.addWidget(self.repeat_hint)
        self.repeat_card.body.addWidget(self.repeat_list)
        lay.addWidget(self.repeat_card)

        self.check_card = Card(self.tr("待改正"))
        self.check_list = label(tone="error", wrap=True)
        self.check_card.body.addWidget(self.check_list)
        self.check_card.hide()
        lay.addWidget(self.check_card)
        lay.addStretch(1)
        self.save_button = button(self.tr("登记并生成案号"), primary=True, on_click=self.submit)
        self.save_button.setToolTip(self.tr("保存登记（Ctrl+S）"))
        self.clear_button = button(self.tr("清空表单"), on_click=self._clear_clicked)
        lay.addWidget(self.save_button)
        lay.addWidget(self.clear_button)
        return side

    # --- claims and parties ---------------------------------------------------------------
    def add_claim(self, text: str = "", *, focus: bool = False) -> QLineEdit:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        number = QLabel()
        edit = QLineEdit(text)
        remove = button(self.tr("删除"), flat=True)
        h.addWidget(number)
        h.addWidget(edit, 1)
        h.addWidget(remove)
        self.claims_layout.insertWidget(self.claims_layout.count() - 1, row)
        entry = (row, number, edit)
        self._claim_rows.append(entry)
        remove.clicked.connect(lambda: self.remove_claim(entry))
        edit.textChanged.connect(self._changed)
        self._renumber_claims()
        if focus:
            edit.setFocus()
        self._changed()
        return edit

    def remove_claim(self, entry: tuple[QWidget, QLabel, QLineEdit]) -> None:
        self._claim_rows.remove(entry)
        entry[0].deleteLater()
        self._renumber_claims()
        self._changed()

    def _renumber_claims(self) -> None:
        for i, (row, number, edit) in enumerate(self._claim_rows, 1):
            number.setText(f"{i}.")
            edit.setAccessibleName(self.tr("请求事项 {n}").format(n=i))
            remove = row.findChildren(type(self.add_claim_button))[0]
            remove.setAccessibleName(self.tr("删除请求事项 {n}").format(n=i))
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Tab follows the form top to bottom, including rows added later."""
        chain: list[QWidget] = [self.source, self.category, self.demand_class, self.summary]
        for row, _number, edit in self._claim_rows:
            chain += [edit, row.findChildren(type(self.add_claim_button))[0]]
        chain += [self.add_claim_button, self.amount, self.consent, self.add_applicant, self.add_respondent]
        for editor in self.party_editors:
            chain += editor.tab_chain()
        chain += [self.save_button, self.clear_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def add_party(self, role: str = PartyRole.APPLICANT, *, focus: bool = False) -> PartyEditor:
        editor = PartyEditor(len(self.party_editors) + 1, role)
        editor.changed.connect(self._changed)
        editor.remove_requested.connect(self.remove_party)
        self.party_editors.append(editor)
        self.parties_layout.addWidget(editor)
        name_controls(editor)
        self._fix_tab_order()
        if focus:
            editor.name.setFocus()
        self._changed()
        return editor

    def remove_party(self, editor: PartyEditor) -> None:
        self.party_editors.remove(editor)
        editor.deleteLater()
        for i, e in enumerate(self.party_editors, 1):
            e.set_number(i)
        self._fix_tab_order()
        self._changed()

    # --- state ----------------------------------------------------------------------------
    def to_input(self) -> IntakeInput:
        return IntakeInput(
            source=self.source.currentData(), category_code=self.category.currentData() or "",
            demand_class=self.demand_class.currentData(), summary=self.summary.toPlainText(),
            claims=[e.text() for _, _, e in self._claim_rows if e.text().strip()],
            amount=self.amount.text().strip() or None,
            parties=[e.to_input() for e in self.party_editors], consent_to_mediation=self.consent.isChecked())

    def payload(self) -> dict:
        inp = self.to_input()
        return {"source": inp.source, "category_code": inp.category_code, "demand_class": inp.demand_class,
                "summary": inp.summary, "claims": [e.text() for _, _, e in self._claim_rows],
                "amount": self.amount.text(), "consent": inp.consent_to_mediation,
                "parties": [e.to_payload() for e in self.party_editors]}

    def load_payload(self, data: dict) -> None:
        self._loading = True
        try:
            self._clear_widgets()
            select_data(self.source, data.get("source"))
            select_data(self.category, data.get("category_code"))
            select_data(self.demand_class, data.get("demand_class"))
            self.summary.setPlainText(data.get("summary", ""))
            for text in data.get("claims", []):
                self.add_claim(text)
            self.amount.setText(data.get("amount", ""))
            self.consent.setChecked(bool(data.get("consent")))
            for p in data.get("parties", []):
                self.add_party(p.get("role", PartyRole.APPLICANT)).load_payload(p)
        finally:
            self._loading = False
        self._dirty = True
        self.refresh_warnings()

    def has_input(self) -> bool:
        return bool(self.summary.toPlainText().strip() or self.amount.text().strip()
                    or any(e.text().strip() for _, _, e in self._claim_rows)
                    or any(not p.is_empty() for p in self.party_editors))

    def _clear_widgets(self) -> None:
        for editor in list(self.party_editors):
            self.party_editors.remove(editor)
            editor.deleteLater()
        for entry in list(self._claim_rows):
            self._claim_rows.remove(entry)
            entry[0].deleteLater()
        self.source.setCurrentIndex(0)
        select_data(self.category, "15")
        self.demand_class.setCurrentIndex(0)
        self.summary.clear()
        self.amount.clear()
        self.consent.setChecked(False)
        self._show_field_errors([])

    def reset_form(self) -> None:
        """An empty form with one applicant and one respondent."""
        self._loading = True
        try:
            self._clear_widgets()
            self.add_claim()
            self.add_party(PartyRole.APPLICANT)
            self.add_party(PartyRole.RESPONDENT)
        finally:
            self._loading = False
        self._dirty = False
        self._show_warning(WarningResult(WarningLevel.NONE, ()), [])

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._draft_timer.start()
        self._warning_timer.start()

    def _amount_changed(self) -> None:
        text = self.amount.text().strip()
        capital = ""
        if text:
            try:
                capital = numerals.amount_to_capital(text.replace(",", ""))
            except (DomainError, ValueError, ArithmeticError):
                capital = ""
        self.amount_capital.setText(capital)
        self._changed()

    # --- drafts ---------------------------------------------------------------------------
    def activate(self) -> None:
        if self._draft_offered:
            return
        self._draft_offered = True
        actor = self.ws.actor
        self.ws.runner.run(lambda: self.ws.services.drafts.load(actor, DRAFT_KEY), on_success=self._offer_draft,
                           parent=self)

    def _offer_draft(self, draft) -> None:  # noqa: ANN001 - DraftInfo | None
        if draft is None or self.has_input() or not draft.payload:
            return
        saved = local(draft.updated_at, "%m-%d %H:%M")
        self.banner.show_message(
            self.tr("发现一份未完成的登记（{time} 自动保存）。要继续填写吗？").format(time=saved), "weak",
            [(self.tr("恢复草稿"), lambda: self._resume(draft.payload)), (self.tr("丢弃"), self.discard_draft)])

    def _resume(self, payload: dict) -> None:
        self.banner.clear()
        self.load_payload(payload)
        self.draft_status.setText(self.tr("已恢复草稿"))

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if not self._dirty or not self.has_input():
            return
        payload, actor = self.payload(), self.ws.actor

        def saved(_: object) -> None:
            self.draft_status.setText(self.tr("草稿已自动保存 {time}").format(
                time=datetime.now().strftime("%H:%M:%S")))

        self.ws.runner.run(lambda: self.ws.services.drafts.save(actor, DRAFT_KEY, payload), on_success=saved,
                           key="intake-draft", parent=self)

    def discard_draft(self) -> None:
        self.banner.clear()
        actor = self.ws.actor
        self.ws.runner.run(lambda: self.ws.services.drafts.discard(actor, DRAFT_KEY), parent=self)
        self.draft_status.setText("")

    def can_leave(self) -> bool:
        if not self.has_input():
            return True
        answer = self.ws.prompter.choose(
            self, self.tr("登记尚未完成"),
            self.tr("这份登记还没有保存为案件。草稿已自动保存，下次打开“登记受理”时可以恢复。"),
            [("keep", self.tr("保留草稿并离开")), ("discard", self.tr("放弃草稿")), ("stay", self.tr("继续填写"))],
            default="stay", escape="stay")
        if answer == "stay":
            return False
        if answer == "keep":
            self._dirty = True
            self.save_draft()
        else:
            self.discard_draft()
        self.reset_form()
        self._draft_offered = answer == "discard"
        return True

    def _clear_clicked(self) -> None:
        if self.has_input():
            answer = self.ws.prompter.choose(self, self.tr("清空表单"), self.tr("清空后草稿也会被删除。确定清空吗？"),
                                             [("clear", self.tr("清空")), ("stay", self.tr("取消"))],
                                             default="stay", escape="stay")
            if answer != "clear":
                return
        self.discard_draft()
        self.reset_form()
        self.banner.clear()

    # --- live warnings --------------------------------------------------------------------
    def refresh_warnings(self) -> None:
        self._warning_timer.stop()
        inp, actor, intake = self.to_input(), self.ws.actor, self.ws.services.intake
        ids = [e.check.id_number for e in self.party_editors if e.check and e.check.id_number]
        inp.parties = [PartyInput(**{**asdict(p), "id_number": e.check.id_number or ""})
                       if e.check else p for p, e in zip(inp.parties, self.party_editors, strict=True)]
        self.ws.runner.run(lambda: (intake.preview_warning(actor, inp), intake.repeat_visits(actor, ids) if can(actor.role, Action.REGISTER_CASE) else []),
                           on_success=lambda r: self._show_warning(*r), key="intake-warning", parent=self)

    def _show_warning(self, result: WarningResult, visits: list[RepeatVisit]) -> None:
        level = WarningLevel(result.level)
        tone = {WarningLevel.STRONG: "strong", WarningLevel.WEAK: "weak"}.get(level, "ok")
        caption = {WarningLevel.STRONG: self.tr("强信息"), WarningLevel.WEAK: self.tr("弱信号")}.get(
            level, self.tr("暂无预警"))
        self.warning_chip.set(caption, tone)
        lines = [f"<span style='color:{'#c62828' if r.level == WarningLevel.STRONG else '#b45309'}'>"
                 f"• {user_message(r)}</span>" for r in result.reasons]
        self.warning_reasons.setText("<br>".join(lines) if lines else self.tr("按当前填写内容，未触发预警规则。"))
        self.warning_reasons.setAccessibleName(clauses(user_message(r) for r in result.reasons) or caption)
        self.repeat_list.clear()
        for v in visits:
            item = QListWidgetItem(f"{v.number}  {tr_label(v.status_label)}\n{v.party_name} · {local(v.registered_at)}")
            item.setData(Qt.ItemDataRole.UserRole, v.case_id)
            self.repeat_list.addItem(item)
        self.repeat_hint.setText(self.tr("该当事人此前有 {n} 件案件，双击可打开。").format(n=len(visits)) if visits
                                 else self.tr("输入有效证件号后，将自动查找此前的案件。"))
        set_tone(self.repeat_hint, "weak" if visits else None)
        self.repeat_list.setVisible(bool(visits))

    def _open_repeat(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id:
            self.open_case_requested.emit(case_id)

    # --- save -----------------------------------------------------------------------------
    def submit(self) -> None:
        inp, actor = self.to_input(), self.ws.actor
        self.save_button.setEnabled(False)
        self.ws.runner.run(lambda: self.ws.services.intake.register(actor, inp), on_success=self._registered,
                           on_failure=self._register_failed, label=self.tr("正在登记…"), parent=self)

    def _registered(self, reg: Registered) -> None:
        self.save_button.setEnabled(True)
        self.last_registered = reg
        self._draft_timer.stop()
        actor = self.ws.actor
        self.ws.runner.run(lambda: self.ws.services.drafts.discard(actor, DRAFT_KEY), parent=self)
        self.reset_form()
        self.draft_status.setText("")
        notes = [user_message(w) for w in reg.party_warnings]
        if reg.repeat_visits:
            notes.append(self.tr("该当事人此前有 {n} 件案件。").format(n=len(reg.repeat_visits)))
        if reg.warning.level != WarningLevel.NONE:
            notes.append(self.tr("预警：{reasons}").format(
                reasons=clauses(user_message(r) for r in reg.warning.reasons)))
        text = self.tr("已登记，案号：{number}").format(number=reg.number)
        if notes:
            text += "\n" + "\n".join(notes)
        actions = [(self.tr("打开案件"), lambda: self.open_case_requested.emit(reg.case_id))]
        if can(actor.role, Action.ACCEPT_ROUTE):
            actions.insert(0, (self.tr("受理 / 分派…"), lambda: self.open_routing(reg.case_id)))
        self.banner.show_message(text, "ok", actions)
        self.registered.emit(reg)

    def open_routing(self, case_id: str) -> RoutingDialog | None:
        actor = self.ws.actor
        rows = self.ws.services.cases.rows(actor, [case_id])
        if not rows:
            return None
        dialog = RoutingDialog(self.ws, rows[0], parent=self)
        dialog.done_routing.connect(lambda msg: self.banner.show_message(msg, "ok", [
            (self.tr("打开案件"), lambda: self.open_case_requested.emit(case_id))]))
        dialog.open()
        return dialog

    def _register_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, InvalidInput):
            self.banner.show_message(error_text(exc), "error")
            return
        self._show_field_errors(exc.errors)

    def _show_field_errors(self, errors: list[ValidationError]) -> None:
        top: dict[str, str] = {}
        per_party: dict[int, dict[str, str]] = {}
        for err in errors:
            field = err.field or ""
            if field.startswith("parties[") and "]." in field:
                index = int(field[len("parties["):field.index("]")])
                sub = field[field.index("].") + 2:]
                # "当事人1：…" / "Party 1: …": the editor of party 1 shows the part after the prefix
                text = user_message(err).replace(": ", "：", 1).split("：", 1)[-1]
                per_party.setdefault(index, {})[sub] = text[:1].upper() + text[1:]
            else:
                top.setdefault(field if field in TOP_FIELDS else "summary", user_message(err))
        for key, err_label in self.field_errors.items():
            text = top.get(key, "")
            err_label.setText(text)
            err_label.setVisible(bool(text))
            if key in self.field_widgets:
                set_invalid(self.field_widgets[key], bool(text))
        for i, editor in enumerate(self.party_editors):
            editor.show_errors(per_party.get(i, {}))
        messages = [user_message(e) for e in errors]
        self.check_list.setText("\n".join("• " + m for m in messages))
        self.check_card.setVisible(bool(messages))
        if messages:
            first = next((self.field_widgets[k] for k in TOP_FIELDS if k in top and k in self.field_widgets), None)
            if first is None and per_party:
                editor = self.party_editors[min(per_party)]
                key = next(iter(per_party[min(per_party)]))
                first = editor.editors.get(key, editor.name)
            if first is not None:
                first.setFocus()
                self.form_scroll.ensureWidgetVisible(first, 50, 120)
