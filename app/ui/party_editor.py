"""Editor for one party of a case (natural person or organisation, with an agent).

Validation is the service's: every edit runs services.intake.check_party on the input as
typed (a pure function, microseconds) and shows its messages next to the fields they are
about, e.g. "身份证号校验位错误，应为 X" beside the ID number. Messages about a number still
being typed wait until it is complete or the field is left. Gender and birth date are
derived from a valid resident ID and then shown read-only; a value entered before that
which disagrees is reported by the same check.
"""
from __future__ import annotations

from dataclasses import fields
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from app.domain.catalog import (
    ID_TYPE_LABELS,
    PARTY_ROLE_LABELS,
    IdType,
    PartyKind,
    PartyRole,
)
from app.services.intake import PartyCheck, PartyInput, check_party
from app.ui.i18n import user_message
from app.ui.labels import tr_label
from app.ui.widgets import Card, button, label, set_invalid

NO_DATE = QDate(1900, 1, 1)
COMPLETE_LENGTH = {"id_number": 18, "credit_code": 18, "phone": 11, "agent_phone": 11}


def _two_column_grid(parent: QWidget | None = None) -> QGridLayout:
    """Label, field, label, field: the party form's layout (fields share the width)."""
    grid = QGridLayout(parent)
    if parent is not None:
        grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(4)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    grid.setColumnMinimumWidth(0, 92)
    grid.setColumnMinimumWidth(2, 92)
    return grid


class PartyEditor(Card):
    changed = Signal()
    remove_requested = Signal(object)  # self

    def __init__(self, number: int, role: str = PartyRole.APPLICANT, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._left: set[str] = set()        # fields the user has left at least once
        self._derived = False                # gender/birth currently come from the ID
        self._server_errors: dict[str, str] = {}
        self.check: PartyCheck | None = None
        self.remove_button = button(self.tr("移除"), flat=True, on_click=lambda: self.remove_requested.emit(self))
        self.header.addWidget(self.remove_button)

        self.grid = grid = _two_column_grid()
        self._row = 0
        self.errors: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}

        self.role = QComboBox()
        for r in PartyRole:
            self.role.addItem(tr_label(PARTY_ROLE_LABELS[r]), r.value)
        self.role.setCurrentIndex(self.role.findData(str(role)))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("自然人"), PartyKind.PERSON.value)
        self.kind.addItem(self.tr("法人或其他组织"), PartyKind.ORGANISATION.value)
        self._pair("role", self.tr("身份"), self.role, "kind", self.tr("类型"), self.kind)
        self.name = QLineEdit()
        self._pair("name", self.tr("姓名/名称 *"), self.name, None, "", None)

        # person / organisation specific fields
        self.specific = QStackedWidget()
        self.person = QWidget()
        self.organisation = QWidget()
        self.specific.addWidget(self.person)
        self.specific.addWidget(self.organisation)
        self._build_person()
        self._build_organisation()
        grid.addWidget(self.specific, self._row, 0, 1, 4)
        self._row += 1

        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("手机或 0755-12345678"))
        self.address = QLineEdit()
        self._pair("phone", self.tr("联系电话"), self.phone, "address", self.tr("住址/地址"), self.address)

        self.agent_name = QLineEdit()
        self.agent_phone = QLineEdit()
        self._pair("agent_name", self.tr("代理人"), self.agent_name, "agent_phone", self.tr("代理人电话"),
                   self.agent_phone)
        self.agent_authority = QComboBox()
        self.agent_authority.addItem(self.tr("（无代理人）"), "")
        self.agent_authority.addItem(self.tr("一般代理"), "一般代理")
        self.agent_authority.addItem(self.tr("特别授权"), "特别授权")
        self.power_of_attorney = QCheckBox(self.tr("已提交授权委托书"))
        self._pair("agent_authority", self.tr("代理权限"), self.agent_authority, "power_of_attorney", "",
                   self.power_of_attorney)
        self.body.addLayout(grid)
        self.notes = label(tone="warning", wrap=True)
        self.notes.hide()
        self.body.addWidget(self.notes)

        for w in self._line_edits():
            w.textEdited.connect(self._edited)
            w.editingFinished.connect(lambda w=w: self._left_field(w))
        for combo in (self.role, self.kind, self.id_type, self.gender, self.agent_authority):
            combo.currentIndexChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.birth_date.dateChanged.connect(self._edited)
        self.power_of_attorney.toggled.connect(self._edited)
        self.set_number(number)
        self._kind_changed()

    # --- construction ---------------------------------------------------------------------
    def _pair(self, key1: str, cap1: str, w1: QWidget, key2: str | None, cap2: str, w2: QWidget | None,
              grid: QGridLayout | None = None, row: int | None = None) -> int:
        """Two labelled fields side by side, each with an error line below."""
        grid = grid or self.grid
        r = self._row if row is None else row
        for col, key, cap, w in ((0, key1, cap1, w1), (2, key2, cap2, w2)):
            if w is None or key is None:
                continue
            if cap:
                caption = label(cap)
                caption.setBuddy(w)
                grid.addWidget(caption, r, col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                w.setAccessibleName(cap.rstrip(" *"))
            span = 3 if key2 is None else 1
            grid.addWidget(w, r, col + 1, 1, span)
            err = label(tone="error", wrap=True)
            err.hide()
            grid.addWidget(err, r + 1, col + 1, 1, span)
            self.errors[key] = err
            self.editors[key] = w
        if row is None:
            self._row += 2
        return r + 2

    def _build_person(self) -> None:
        g = _two_column_grid(self.person)
        self.id_type = QComboBox()
        for t in IdType:
            self.id_type.addItem(tr_label(ID_TYPE_LABELS[t]), t.value)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18位号码，末位可为X"))
        self.id_number.setMaxLength(24)
        self.gender = QComboBox()
        self.gender.addItem(self.tr("（未填）"), "")
        self.gender.addItem(self.tr("男"), "male")
        self.gender.addItem(self.tr("女"), "female")
        self.birth_date = QDateEdit()
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setMinimumDate(NO_DATE)
        self.birth_date.setSpecialValueText(self.tr("（未填）"))
        self.birth_date.setDate(NO_DATE)
        self.birth_date.setCalendarPopup(True)
        self.ethnicity = QLineEdit()
        self.occupation = QLineEdit()
        r = self._pair("id_type", self.tr("证件类型"), self.id_type, "id_number", self.tr("证件号码"),
                       self.id_number, grid=g, row=0)
        r = self._pair("gender", self.tr("性别"), self.gender, "birth_date", self.tr("出生日期"), self.birth_date,
                       grid=g, row=r)
        self.derived_hint = label(hint=True)
        self.derived_hint.hide()
        g.addWidget(self.derived_hint, r, 1, 1, 3)
        self._pair("ethnicity", self.tr("民族"), self.ethnicity, "occupation", self.tr("职业"), self.occupation,
                   grid=g, row=r + 1)

    def _build_organisation(self) -> None:
        g = _two_column_grid(self.organisation)
        self.credit_code = QLineEdit()
        self.credit_code.setPlaceholderText(self.tr("18位统一社会信用代码"))
        self.credit_code.setMaxLength(24)
        self.legal_rep = QLineEdit()
        self.legal_rep_title = QLineEdit()
        r = self._pair("credit_code", self.tr("信用代码"), self.credit_code, None, "", None, grid=g, row=0)
        self._pair("legal_rep", self.tr("法定代表人"), self.legal_rep, "legal_rep_title", self.tr("职务"),
                   self.legal_rep_title, grid=g, row=r)

    def _line_edits(self) -> list[QLineEdit]:
        return [self.name, self.id_number, self.ethnicity, self.occupation, self.credit_code, self.legal_rep,
                self.legal_rep_title, self.phone, self.address, self.agent_name, self.agent_phone]

    def tab_chain(self) -> list[QWidget]:
        """The editor's controls in reading order (the page chains them for Tab)."""
        return [self.role, self.kind, self.name, self.id_type, self.id_number, self.gender, self.birth_date,
                self.ethnicity, self.occupation, self.credit_code, self.legal_rep, self.legal_rep_title,
                self.phone, self.address, self.agent_name, self.agent_phone, self.agent_authority,
                self.power_of_attorney, self.remove_button]

    def set_number(self, number: int) -> None:
        self.set_title(self.tr("当事人 {n}").format(n=number))
        self.remove_button.setAccessibleName(self.tr("移除当事人 {n}").format(n=number))

    # --- behaviour ------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        person = self.kind.currentData() == PartyKind.PERSON
        self.specific.setCurrentWidget(self.person if person else self.organisation)
        self.name.setPlaceholderText(self.tr("姓名") if person else self.tr("单位全称"))

    def _left_field(self, w: QLineEdit) -> None:
        key = next((k for k, e in self.editors.items() if e is w), None)
        if key is not None and key not in self._left and w.text().strip():
            self._left.add(key)
            self.refresh()

    def _edited(self, *_args: object) -> None:
        self._server_errors.clear()
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        """Run the service's party check and show its verdicts."""
        chk = check_party(self.to_input())
        self.check = chk
        self._apply_derived(chk)
        shown: dict[str, str] = {}
        for err in chk.errors:
            key = err.field or "name"
            if key == "name" and not self.name.text().strip():
                continue  # "required" is reported on save, not while the form is being filled
            if key in COMPLETE_LENGTH and not self._complete(key):
                continue
            shown.setdefault(key, user_message(err))
        shown.update(self._server_errors)
        for key, err_label in self.errors.items():
            text = shown.get(key, "")
            err_label.setText(text)
            err_label.setVisible(bool(text))
            set_invalid(self.editors[key], bool(text))
        self.notes.setText("\n".join(user_message(w) for w in chk.warnings))
        self.notes.setVisible(bool(chk.warnings))

    def _complete(self, key: str) -> bool:
        widget = self.editors[key]
        text = widget.text().replace(" ", "") if isinstance(widget, QLineEdit) else ""
        return key in self._left or len(text) >= COMPLETE_LENGTH[key]

    def _apply_derived(self, chk: PartyCheck) -> None:
        if chk.gender and chk.birth_date:
            mismatch = any(e.field in ("gender", "birth_date") for e in chk.errors)
            if not mismatch or self._derived:
                self._set_quietly(chk.gender, chk.birth_date)
                self._derived = True
            self.gender.setEnabled(False)
            self.birth_date.setEnabled(False)
            self.derived_hint.setText(self.tr("性别和出生日期已由证件号码得出"))
            if mismatch and not self._derived:
                self.gender.setEnabled(True)
                self.birth_date.setEnabled(True)
                self.derived_hint.setText(self.tr("已填写的性别或出生日期与证件号码不符，请核对"))
        else:
            if self._derived:
                self._set_quietly("", None)
                self._derived = False
            self.gender.setEnabled(True)
            self.birth_date.setEnabled(True)
            self.derived_hint.setText("")
        self.derived_hint.setVisible(bool(self.derived_hint.text()))

    def _set_quietly(self, gender: str, born: date | None) -> None:
        for w in (self.gender, self.birth_date):
            w.blockSignals(True)
        self.gender.setCurrentIndex(max(0, self.gender.findData(gender)))
        self.birth_date.setDate(QDate(born) if born else NO_DATE)
        for w in (self.gender, self.birth_date):
            w.blockSignals(False)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Errors the service reported on save (field -> message), shown until the next edit."""
        self._server_errors = dict(errors)
        self._left.update(errors)
        self.refresh()

    # --- data -----------------------------------------------------------------------------
    def to_input(self) -> PartyInput:
        person = self.kind.currentData() == PartyKind.PERSON
        born = self.birth_date.date()
        return PartyInput(
            role=self.role.currentData(), kind=self.kind.currentData(), name=self.name.text(),
            id_type=self.id_type.currentData() if person else IdType.RESIDENT.value,
            id_number=self.id_number.text() if person else "",
            credit_code="" if person else self.credit_code.text(),
            gender=self.gender.currentData() if person and not self._derived else "",
            birth_date=born.toPython() if person and born != NO_DATE and not self._derived else None,
            ethnicity=self.ethnicity.text() if person else "",
            occupation=self.occupation.text() if person else "",
            phone=self.phone.text(), address=self.address.text(),
            legal_rep="" if person else self.legal_rep.text(),
            legal_rep_title="" if person else self.legal_rep_title.text(),
            agent_name=self.agent_name.text(), agent_phone=self.agent_phone.text(),
            agent_authority=self.agent_authority.currentData(),
            power_of_attorney=self.power_of_attorney.isChecked())

    def to_payload(self) -> dict:
        inp = self.to_input()
        data = {f.name: getattr(inp, f.name) for f in fields(inp)}
        data["birth_date"] = inp.birth_date.isoformat() if inp.birth_date else None
        data["credit_code"] = self.credit_code.text()
        return data

    def load_payload(self, data: dict) -> None:
        widgets: list[QWidget] = [*self._line_edits(), self.role, self.kind, self.id_type, self.gender,
                                  self.birth_date, self.agent_authority, self.power_of_attorney]
        for w in widgets:
            w.blockSignals(True)
        try:
            for key in ("name", "id_number", "ethnicity", "occupation", "credit_code", "legal_rep",
                        "legal_rep_title", "phone", "address", "agent_name", "agent_phone"):
                getattr(self, key).setText(str(data.get(key) or ""))
            for key in ("role", "kind", "id_type", "gender", "agent_authority"):
                combo: QComboBox = getattr(self, key)
                combo.setCurrentIndex(max(0, combo.findData(data.get(key) or "")))
            born = data.get("birth_date")
            self.birth_date.setDate(QDate.fromString(born, "yyyy-MM-dd") if born else NO_DATE)
            self.power_of_attorney.setChecked(bool(data.get("power_of_attorney")))
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._kind_changed()
        self._left.update(k for k in COMPLETE_LENGTH if data.get(k))
        self.refresh()

    def is_empty(self) -> bool:
        return not any(w.text().strip() for w in self._line_edits())
