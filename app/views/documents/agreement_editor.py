"""The 人民调解协议书 editor: the parties (read-only), facts, disputed matters, each party's
responsibility, the structured terms, performance, the legal flags; beside it the status, the
service's warnings and the version history.

The editor holds no rules: the warnings come from DocumentService after each save, and
whether content may change follows the agreement's status (only a draft is editable; once
anyone has signed, a correction is a new version with a reason).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.cases import PartyView
from app.domain.errors import Notice
from app.services.documents import AgreementInput, AgreementView
from app.ui.i18n import user_message
from app.ui.labels import tr_label
from app.ui.theme import set_tone
from app.ui.widgets import Card, Chip, button, label, scroll_area
from app.views.documents.terms import TermsEditor

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("AgreementEditor", "草稿"),
    "signing": QT_TRANSLATE_NOOP("AgreementEditor", "签署中"),
    "signed": QT_TRANSLATE_NOOP("AgreementEditor", "已签署"),
    "sealed": QT_TRANSLATE_NOOP("AgreementEditor", "已盖章生效"),
}
STATUS_TONES = {"draft": "", "signing": "weak", "signed": "weak", "sealed": "ok"}


def status_label(status: str) -> str:
    return QCoreApplication.translate("AgreementEditor", str(STATUS_LABELS.get(status, status)))


def _age(birth: date | None) -> int | None:
    if birth is None:
        return None
    today = date.today()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _clear(layout: QVBoxLayout) -> None:
    """Remove every widget of `layout` at once (hidden now, deleted by the event loop)."""
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget() if item is not None else None
        if w is not None:
            w.hide()
            w.deleteLater()


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(14 + lines * box.fontMetrics().lineSpacing() + 10)
    return box


class AgreementEditor(QWidget):
    changed = Signal()               # the user edited the content
    revise_requested = Signal()      # 新建更正版本
    revision_selected = Signal(str)  # an agreement id from the history

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._editable = False
        self._view: AgreementView | None = None
        self._current_id = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        # Why the content cannot be edited, with what to do about it.
        self.lock_banner = QFrame()
        self.lock_banner.setObjectName("Banner")
        notice = QHBoxLayout(self.lock_banner)
        notice.setContentsMargins(12, 8, 8, 8)
        notice.setSpacing(8)
        self.lock_text = label("", wrap=True, selectable=True)
        notice.addWidget(self.lock_text, 1)
        self.back_to_current = button(self.tr("返回当前版本"),
                                      on_click=lambda: self.revision_selected.emit(self._current_id))
        self.revise_button = button(self.tr("新建更正版本"), on_click=self.revise_requested.emit)
        self.revise_button.setToolTip(self.tr("已签署的协议不能修改；更正时新建一个版本并说明原因，原版本保留可查"))
        notice.addWidget(self.back_to_current)
        notice.addWidget(self.revise_button)
        self.lock_banner.hide()
        outer.addWidget(self.lock_banner)

        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(14)
        right = QVBoxLayout()
        right.setSpacing(14)
        row.addLayout(left, 1)
        row.addLayout(right, 0)
        outer.addWidget(scroll_area(inner), 1)

        # Left column, in the order of the printed form.
        self.parties_card = Card(self.tr("当事人"))
        self.parties_box = QVBoxLayout()
        self.parties_box.setSpacing(4)
        self.parties_card.body.addLayout(self.parties_box)
        self.parties_card.body.addWidget(label(self.tr("当事人信息取自案件登记；如需更正，请在“案件”页修改。"),
                                               hint=True, wrap=True))
        left.addWidget(self.parties_card)

        facts = Card(self.tr("纠纷事实与责任"))
        form = self._form()
        self.facts = _text_box(4)
        form.addRow(self.tr("纠纷主要事实"), self.facts)
        self.disputed = _text_box(3)
        form.addRow(self.tr("争议事项"), self.disputed)
        self.responsibilities = _text_box(3)
        self.responsibilities.setPlaceholderText(self.tr("各方当事人应承担的责任"))
        form.addRow(self.tr("各方责任"), self.responsibilities)
        facts.body.addLayout(form)
        left.addWidget(facts)

        terms_card = Card(self.tr("经调解，自愿达成如下协议"))
        self.terms = TermsEditor()
        terms_card.body.addWidget(self.terms)
        left.addWidget(terms_card)

        perf = Card(self.tr("履行方式、地点和期限"))
        form = self._form()
        self.performance_manner = QLineEdit()
        self.performance_manner.setPlaceholderText(self.tr("如：一次性银行转账"))
        form.addRow(self.tr("履行方式"), self.performance_manner)
        self.performance_place = QLineEdit()
        form.addRow(self.tr("履行地点"), self.performance_place)
        self.performance_deadline = QLineEdit()
        self.performance_deadline.setPlaceholderText(self.tr("如：本协议生效之日起十日内"))
        form.addRow(self.tr("履行期限"), self.performance_deadline)
        perf.body.addLayout(form)
        self.partial = QCheckBox(self.tr("部分协议（先行确认已达成一致的部分事项）"))
        self.status_matter = QCheckBox(self.tr("涉及婚姻、亲子、收养等身份关系"))
        self.title_matter = QCheckBox(self.tr("涉及物权或知识产权的确权"))
        for box in (self.partial, self.status_matter, self.title_matter):
            perf.body.addWidget(box)
        left.addWidget(perf)
        left.addStretch(1)

        # Right column: where the agreement stands.
        side = QWidget()
        side.setFixedWidth(290)
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.setSpacing(14)
        status = Card(self.tr("协议状态"))
        self.number_label = label("", wrap=True, selectable=True)
        status.body.addWidget(self.number_label)
        chips = QHBoxLayout()
        self.status_chip = Chip()
        self.revision_chip = Chip()
        chips.addWidget(self.status_chip)
        chips.addWidget(self.revision_chip)
        chips.addStretch(1)
        status.body.addLayout(chips)
        self.save_state = label("", hint=True, wrap=True)
        status.body.addWidget(self.save_state)
        side_lay.addWidget(status)

        self.warnings_card = Card(self.tr("法律提示"))
        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(6)
        self.warnings_card.body.addLayout(self.warnings_box)
        side_lay.addWidget(self.warnings_card)

        history = Card(self.tr("版本记录"))
        caption = QLabel(self.tr("历次版本"))
        caption.setProperty("hint", True)
        history.body.addWidget(caption)
        self.history = QListWidget()
        self.history.setObjectName("AgreementHistory")
        caption.setBuddy(self.history)
        self.history.setMinimumHeight(70)
        self.history.setMaximumHeight(130)
        self.history.itemActivated.connect(self._history_chosen)
        self.history.itemClicked.connect(self._history_chosen)
        history.body.addWidget(self.history)
        side_lay.addWidget(history)
        side_lay.addStretch(1)
        right.addWidget(side)

        for text_box in (self.facts, self.disputed, self.responsibilities):
            text_box.textChanged.connect(self._edited)
        for edit in (self.performance_manner, self.performance_place, self.performance_deadline):
            edit.textEdited.connect(self._edited)
        for check in (self.partial, self.status_matter, self.title_matter):
            check.toggled.connect(self._edited)
        self.terms.changed.connect(self._edited)
        self.set_editable(False)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        return form

    # --- showing ----------------------------------------------------------------------------
    @property
    def view(self) -> AgreementView | None:
        return self._view

    @property
    def editable(self) -> bool:
        return self._editable

    def show_parties(self, parties: list[PartyView]) -> None:
        _clear(self.parties_box)
        for p in parties:
            details = [tr_label(p.gender), p.ethnicity]
            age = _age(p.birth_date)
            if age is not None:
                details.append(self.tr("{n}岁").format(n=age))
            if p.kind == "organisation" and p.legal_rep:
                details.append(self.tr("法定代表人 {name}").format(name=p.legal_rep))
            details += [p.occupation, p.phone, p.address]
            text = f"<b>{tr_label(p.role_label)}</b>&nbsp;&nbsp;{p.name}"
            rest = " · ".join(d for d in details if d)
            if rest:
                text += f"<br><span style='color:#667085'>{rest}</span>"
            w = label(text, wrap=True, selectable=True)
            w.setTextFormat(Qt.TextFormat.RichText)
            self.parties_box.addWidget(w)
        self.terms.set_parties([p.name for p in parties])

    def show_agreement(self, view: AgreementView, *, current_id: str) -> None:
        """Load `view`; editable only when it is the current revision and still a draft."""
        self._view = view
        self._current_id = current_id
        is_current = view.id == current_id
        self._loading = True
        c = view.content
        self.facts.setPlainText(c.facts)
        self.disputed.setPlainText(c.disputed_matters)
        self.responsibilities.setPlainText(c.responsibilities)
        self.terms.set_terms(c.terms)
        self.performance_manner.setText(c.performance_manner)
        self.performance_place.setText(c.performance_place)
        self.performance_deadline.setText(c.performance_deadline)
        self.partial.setChecked(c.partial)
        self.status_matter.setChecked(c.status_matter)
        self.title_matter.setChecked(c.title_matter)
        self._loading = False
        self.number_label.setText(self.tr("编号：{number}").format(number=view.number))
        self.status_chip.set(status_label(view.status), STATUS_TONES.get(view.status, ""))
        self.revision_chip.set(self.tr("第{n}版").format(n=view.revision))
        self.set_warnings(view.warnings)
        self.set_editable(is_current and view.status == "draft")
        if not is_current:
            self._notice(self.tr("正在查看第{n}版（已被更正版本取代），仅供查阅。").format(n=view.revision),
                         back=True)
        elif view.status != "draft":
            self._notice(self.tr("协议已有人签署，内容已锁定，不能修改。如需更正，请新建更正版本并说明原因；原版本保留可查。"),
                         "weak", revise=True)
        elif view.revision > 1 and view.revision_reason:
            self._notice(self.tr("这是第{n}版（更正原因：{reason}）。").format(
                n=view.revision, reason=view.revision_reason))
        else:
            self._notice("")

    def _notice(self, text: str, tone: str = "", *, revise: bool = False, back: bool = False) -> None:
        self.lock_text.setText(text)
        self.lock_banner.setAccessibleName(text)
        set_tone(self.lock_banner, tone or None)
        self.revise_button.setVisible(revise)
        self.back_to_current.setVisible(back)
        self.lock_banner.setVisible(bool(text))

    def set_history(self, versions: list[AgreementView], shown_id: str) -> None:
        self.history.blockSignals(True)
        self.history.clear()
        for v in versions:
            text = self.tr("第{n}版 · {status}").format(n=v.revision, status=status_label(v.status))
            if v.superseded:
                text += self.tr("（已被取代）")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            if v.revision_reason:
                item.setToolTip(self.tr("更正原因：{reason}").format(reason=v.revision_reason))
            self.history.addItem(item)
            if v.id == shown_id:
                self.history.setCurrentItem(item)
        self.history.blockSignals(False)

    def set_warnings(self, warnings: list[Notice], error: str = "") -> None:
        _clear(self.warnings_box)
        if error:
            self.warnings_box.addWidget(label(error, tone="error", wrap=True, selectable=True))
        texts = [user_message(w) for w in warnings]
        for text in texts:
            self.warnings_box.addWidget(label("•  " + text, tone="weak", wrap=True, selectable=True))
        if not warnings and not error:
            self.warnings_box.addWidget(label(self.tr("暂无提示：协议内容写明了当事人、金额、期限和履行方式。"),
                                              tone="ok", wrap=True))
        self.warnings_card.setAccessibleDescription("\n".join(([error] if error else []) + texts))

    def warning_texts(self) -> list[str]:
        out = []
        for i in range(self.warnings_box.count()):
            item = self.warnings_box.itemAt(i)
            w = item.widget() if item is not None else None
            if isinstance(w, QLabel):
                out.append(w.text())
        return out

    def set_save_state(self, text: str, tone: str = "") -> None:
        self.save_state.setText(text)
        set_tone(self.save_state, tone or None)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for box in (self.facts, self.disputed, self.responsibilities):
            box.setReadOnly(not editable)
        for edit in (self.performance_manner, self.performance_place, self.performance_deadline):
            edit.setReadOnly(not editable)
        for check in (self.partial, self.status_matter, self.title_matter):
            check.setEnabled(editable)
        self.terms.set_read_only(not editable)

    # --- editing ----------------------------------------------------------------------------
    def content(self) -> AgreementInput:
        return AgreementInput(
            facts=self.facts.toPlainText(), disputed_matters=self.disputed.toPlainText(),
            responsibilities=self.responsibilities.toPlainText(), terms=self.terms.terms(),
            performance_manner=self.performance_manner.text(), performance_place=self.performance_place.text(),
            performance_deadline=self.performance_deadline.text(), partial=self.partial.isChecked(),
            status_matter=self.status_matter.isChecked(), title_matter=self.title_matter.isChecked())

    def _edited(self, *_args: object) -> None:
        if not self._loading and self._editable:
            self.changed.emit()

    def _history_chosen(self, item: QListWidgetItem) -> None:
        agreement_id = item.data(Qt.ItemDataRole.UserRole)
        if agreement_id and (self._view is None or agreement_id != self._view.id):
            self.revision_selected.emit(agreement_id)
