"""The agreed terms, one structured clause at a time (人民调解法 art 29; 民诉法解释 art 358).

A list of the clauses (add, remove, move up and down) beside the form of the selected one:
kind, obligor and obligee chosen from the parties, what, the amount in figures with its
capital numerals shown as it is typed (叁万元整), deadline, method, place and the breach
consequence. Courts refuse unclear agreements, so each field asks for one precise thing.
"""
from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.numerals import amount_to_capital
from app.services.documents import TermInput
from app.ui.i18n import labelled, user_message
from app.ui.theme import set_tone
from app.ui.widgets import button, label

TERM_KINDS = (
    ("payment", QT_TRANSLATE_NOOP("TermsEditor", "给付款项")),
    ("act", QT_TRANSLATE_NOOP("TermsEditor", "履行行为")),
    ("statement", QT_TRANSLATE_NOOP("TermsEditor", "声明事项")),
)
NARROW_WIDTH = 680
QWIDGETSIZE_MAX = 16777215
AMOUNT_PATTERN = r"^[0-9,]*(\.[0-9]{0,2})?$"


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("TermsEditor", str(dict(TERM_KINDS).get(kind, kind)))


def capital_text(amount: str) -> tuple[str, bool]:
    """(capital numerals or the reason they cannot be given, ok)."""
    text = amount.strip()
    if not text:
        return "", True
    try:
        return amount_to_capital(text), True
    except DomainError as e:
        return user_message(e), False


def term_summary(index: int, t: TermInput) -> str:
    """Two lines for the clause list: who owes whom, then what, how much and by when."""
    head = f"{index}. {kind_label(t.kind)}"
    if t.obligor or t.obligee:
        unknown = QCoreApplication.translate("TermsEditor", "？")
        head = labelled(head, f"{t.obligor or unknown} → {t.obligee or unknown}")
    details = [t.what] if t.what else []
    if t.amount.strip():
        details.append(QCoreApplication.translate("TermsEditor", "{amount}元").format(amount=t.amount.strip()))
    if t.deadline:
        details.append(QCoreApplication.translate("TermsEditor", "{d}前").format(d=f"{t.deadline:%Y-%m-%d}"))
    return head + "\n" + ("  ·  ".join(details) or QCoreApplication.translate("TermsEditor", "（未填写内容）"))


def _item(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setToolTip(text)  # a long line is elided in the list
    return item


class PartyCombo(QComboBox):
    """A party chosen by name; a stored name that is not a party is kept and marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_names(self, names: list[str]) -> None:
        self._names = list(names)
        self.set_value(self.value())

    def set_value(self, value: str) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("（请选择）"), "")
        for n in self._names:
            self.addItem(n, n)
        if value and value not in self._names:
            self.addItem(self.tr("{name}（非本案当事人）").format(name=value), value)
        self.setCurrentIndex(max(0, self.findData(value)))
        self.blockSignals(False)

    def value(self) -> str:
        data = self.currentData()
        return str(data) if data else ""


class TermsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms: list[TermInput] = []
        self._loading = False
        self._read_only = False
        # Side by side when there is room, the list above the form when narrow.
        self._outer = outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)

        left = QVBoxLayout()
        left.setSpacing(6)
        list_caption = QLabel(self.tr("条款列表"))
        list_caption.setProperty("hint", True)
        left.addWidget(list_caption)
        self.list = QListWidget()
        self.list.setObjectName("TermList")
        list_caption.setBuddy(self.list)
        self.list.setMinimumWidth(220)
        self.list.setMinimumHeight(90)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # full text in the form beside it
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_current)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.add_button = button(self.tr("添加条款"), on_click=self.add_term)
        self.remove_button = button(self.tr("删除条款"), on_click=self.remove_term)
        self.up_button = button(self.tr("上移"), on_click=lambda: self.move_term(-1))
        self.down_button = button(self.tr("下移"), on_click=lambda: self.move_term(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)
        left.addLayout(row)
        outer.addLayout(left, 2)

        self.form_box = QGroupBox(self.tr("条款内容"))
        form = QFormLayout(self.form_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        self.kind = QComboBox()
        for value, text in TERM_KINDS:
            self.kind.addItem(QCoreApplication.translate("TermsEditor", str(text)), value)
        form.addRow(self.tr("条款类型"), self.kind)
        self.obligor = PartyCombo()
        form.addRow(self.tr("义务人"), self.obligor)
        self.obligee = PartyCombo()
        form.addRow(self.tr("权利人"), self.obligee)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("如：支付拖欠的工资；将房屋钥匙交还"))
        form.addRow(self.tr("具体内容"), self.what)

        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("如：30000"))
        self.amount.setValidator(QRegularExpressionValidator(AMOUNT_PATTERN, self.amount))
        self.amount.setMaximumWidth(180)
        self.capital = label("", object_name="Capital")
        self.capital.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        amount_row = QWidget()
        amount_lay = QHBoxLayout(amount_row)
        amount_lay.setContentsMargins(0, 0, 0, 0)
        amount_lay.setSpacing(10)
        amount_lay.addWidget(self.amount)
        amount_lay.addWidget(self.capital, 1)
        amount_label = QLabel(self.tr("金额（元）"))
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, amount_row)

        self.has_deadline = QCheckBox(self.tr("写明期限"))
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setMinimumWidth(140)
        deadline_row = QWidget()
        deadline_lay = QHBoxLayout(deadline_row)
        deadline_lay.setContentsMargins(0, 0, 0, 0)
        deadline_lay.setSpacing(10)
        deadline_lay.addWidget(self.has_deadline)
        deadline_lay.addWidget(self.deadline)
        deadline_lay.addStretch(1)
        deadline_label = QLabel(self.tr("履行期限"))
        deadline_label.setBuddy(self.deadline)
        form.addRow(deadline_label, deadline_row)

        self.method = QLineEdit()
        self.method.setPlaceholderText(self.tr("如：银行转账至权利人名下账户"))
        form.addRow(self.tr("履行方式"), self.method)
        self.place = QLineEdit()
        form.addRow(self.tr("履行地点"), self.place)
        self.breach = QLineEdit()
        self.breach.setPlaceholderText(self.tr("如：逾期未履行的，按未付金额每日万分之五支付违约金"))
        form.addRow(self.tr("违约责任"), self.breach)
        outer.addWidget(self.form_box, 3)

        self.kind.currentIndexChanged.connect(self._edited)
        self.obligor.currentIndexChanged.connect(self._edited)
        self.obligee.currentIndexChanged.connect(self._edited)
        for edit in (self.what, self.amount, self.method, self.place, self.breach):
            edit.textEdited.connect(self._edited)
        self.amount.textChanged.connect(self._show_capital)
        self.has_deadline.toggled.connect(self._deadline_toggled)
        self.deadline.dateChanged.connect(self._edited)
        self._show_current(-1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        narrow = event.size().width() < NARROW_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._outer.direction() != direction:
            self._outer.setDirection(direction)
            self.list.setMaximumHeight(150 if narrow else QWIDGETSIZE_MAX)
        super().resizeEvent(event)

    # --- data -----------------------------------------------------------------------------
    def set_parties(self, names: list[str]) -> None:
        self._loading = True
        self.obligor.set_names(names)
        self.obligee.set_names(names)
        self._loading = False

    def set_terms(self, terms: list[TermInput]) -> None:
        current = max(0, self.list.currentRow())
        self._terms = [copy.deepcopy(t) for t in terms]
        self._loading = True
        self.list.clear()
        for i, t in enumerate(self._terms, 1):
            self.list.addItem(_item(term_summary(i, t)))
        self._loading = False
        if self._terms:
            self.list.setCurrentRow(min(current, len(self._terms) - 1))
        self._show_current(self.list.currentRow())

    def terms(self) -> list[TermInput]:
        return [copy.deepcopy(t) for t in self._terms]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for w in (self.add_button, self.remove_button, self.up_button, self.down_button):
            w.setVisible(not read_only)
        self._show_current(self.list.currentRow())

    # --- list operations ------------------------------------------------------------------
    def add_term(self) -> None:
        names = self.obligor._names
        t = TermInput(obligor=names[1] if len(names) > 1 else "", obligee=names[0] if names else "")
        self._terms.append(t)
        self.list.addItem(_item(term_summary(len(self._terms), t)))
        self.list.setCurrentRow(len(self._terms) - 1)
        self.changed.emit()
        self.what.setFocus()

    def remove_term(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._terms[row]
        self.set_terms(self._terms)
        if self._terms:
            self.list.setCurrentRow(min(row, len(self._terms) - 1))
        self.changed.emit()

    def move_term(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._terms):
            return
        self._terms[row], self._terms[target] = self._terms[target], self._terms[row]
        self.set_terms(self._terms)
        self.list.setCurrentRow(target)
        self.changed.emit()

    # --- the form -------------------------------------------------------------------------
    def _show_current(self, row: int) -> None:
        has = 0 <= row < len(self._terms)
        self._loading = True
        t = self._terms[row] if has else TermInput()
        self.form_box.setTitle(self.tr("第{n}项条款").format(n=row + 1) if has else self.tr("条款内容"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(t.kind)))
        self.obligor.set_value(t.obligor)
        self.obligee.set_value(t.obligee)
        self.what.setText(t.what)
        self.amount.setText(t.amount)
        self.has_deadline.setChecked(t.deadline is not None)
        deadline = t.deadline or date.today()
        self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        self.method.setText(t.method)
        self.place.setText(t.place)
        self.breach.setText(t.breach)
        self._loading = False
        editable = has and not self._read_only
        for w in (self.kind, self.obligor, self.obligee, self.has_deadline):
            w.setEnabled(editable)
        for e in (self.what, self.amount, self.method, self.place, self.breach):
            e.setReadOnly(not editable)
            e.setEnabled(has)
        self.deadline.setEnabled(editable and t.deadline is not None)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._terms) - 1)
        self._show_capital(self.amount.text())

    def _deadline_toggled(self, on: bool) -> None:
        self.deadline.setEnabled(on and not self._read_only)
        self._edited()

    def _show_capital(self, text: str) -> None:
        capital, ok = capital_text(text)
        self.capital.setText(capital)
        set_tone(self.capital, None if ok else "error")
        self.amount.setAccessibleDescription(capital)

    def _edited(self, *_args: object) -> None:
        row = self.list.currentRow()
        if self._loading or self._read_only or not 0 <= row < len(self._terms):
            return
        d = self.deadline.date()
        self._terms[row] = TermInput(
            kind=str(self.kind.currentData()), obligor=self.obligor.value(), obligee=self.obligee.value(),
            what=self.what.text(), amount=self.amount.text(),
            deadline=date(d.year(), d.month(), d.day()) if self.has_deadline.isChecked() else None,
            method=self.method.text(), place=self.place.text(), breach=self.breach.text())
        item = self.list.item(row)
        if item is not None:
            item.setText(term_summary(row + 1, self._terms[row]))
            item.setToolTip(item.text())
        self.changed.emit()
