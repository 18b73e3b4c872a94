"""受理与分派: the legal specialist accepts a case (room, path, the 话聊 team) or declines it
with a reason. The service records both on the case timeline and enforces who may."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalog import PATH_LABELS, Path, Role
from app.domain.errors import DomainError
from app.domain.lifecycle import DECLINE_REASONS
from app.services.auth import UserInfo
from app.services.cases import CaseRow
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.dialogs import error_text
from app.ui.labels import tr_label
from app.ui.widgets import Card, button, label, set_invalid

TEAM = ((Role.MEDIATOR, "mediator_id"), (Role.LAWYER, "lawyer_id"), (Role.COUNSELLOR, "counsellor_id"))


class RoutingDialog(QDialog):
    done_routing = Signal(str)  # a message for the case page ("已受理…")

    def __init__(self, ws: Workspace, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.case = case
        self.setWindowTitle(self.tr("受理与分派 — {number}").format(number=case.number))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 18)
        lay.setSpacing(12)
        lay.addWidget(label(case.number, object_name="CardTitle"))
        lay.addWidget(label(case.summary[:160], wrap=True, hint=True))

        choice = QHBoxLayout()
        self.accept_radio = QRadioButton(self.tr("受理并分派"))
        self.decline_radio = QRadioButton(self.tr("不予受理"))
        self.accept_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.accept_radio)
        group.addButton(self.decline_radio)
        choice.addWidget(self.accept_radio)
        choice.addWidget(self.decline_radio)
        choice.addStretch(1)
        lay.addLayout(choice)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_accept())
        self.pages.addWidget(self._build_decline())
        lay.addWidget(self.pages)
        self.accept_radio.toggled.connect(lambda on: self._switch(0 if on else 1))

        self.error = label(tone="error", wrap=True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = button(self.tr("取消"), on_click=self.reject)
        self.ok_button = button(self.tr("确认受理"), primary=True, on_click=self.submit)
        self.ok_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        lay.addLayout(buttons)
        self._load_choices()
        name_controls(self)

    # --- construction ---------------------------------------------------------------------
    def _form(self) -> tuple[Card, QFormLayout]:
        card = Card("")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        card.body.addLayout(form)
        return card, form

    def _row(self, form: QFormLayout, caption: str, widget: QWidget) -> None:
        cap = label(caption)
        cap.setBuddy(widget)
        form.addRow(cap, widget)

    def _build_accept(self) -> QWidget:
        card, form = self._form()
        self.room = QComboBox()
        self.path = QComboBox()
        for p in Path:
            self.path.addItem(tr_label(PATH_LABELS[p]), p.value)
        self.team: dict[str, QComboBox] = {}
        self._row(form, self.tr("承办调解室"), self.room)
        self._row(form, self.tr("解纷途径"), self.path)
        captions = {Role.MEDIATOR: self.tr("人民调解员"), Role.LAWYER: self.tr("律师"),
                    Role.COUNSELLOR: self.tr("心理咨询师")}
        for role, key in TEAM:
            combo = QComboBox()
            self.team[key] = combo
            self._row(form, captions[role], combo)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("可不填，例如：情绪激动，先安排心理疏导"))
        self._row(form, self.tr("备注"), self.note)
        card.body.addWidget(label(self.tr("话聊团队由调解员、律师、心理咨询师组成，从法、理、情三个维度共同化解。"),
                                  hint=True, wrap=True))
        return card

    def _build_decline(self) -> QWidget:
        card, form = self._form()
        self.reason_code = QComboBox()
        for code, text in DECLINE_REASONS.items():
            self.reason_code.addItem(tr_label(text), code)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("说明不予受理的具体情况，以及告知当事人的其他解决途径"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self._row(form, self.tr("不予受理原因"), self.reason_code)
        self._row(form, self.tr("说明"), self.reason)
        return card

    def _switch(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.ok_button.setText(self.tr("确认受理") if index == 0 else self.tr("不予受理"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.error.hide()

    def _load_choices(self) -> None:
        services = self.ws.services

        def work() -> tuple[list, dict[str, list[UserInfo]]]:
            return services.station.rooms(), {key: services.auth.staff_by_role(role) for role, key in TEAM}

        self.ws.runner.run(work, on_success=self._fill_choices, parent=self)

    def _fill_choices(self, result: tuple[list, dict[str, list[UserInfo]]]) -> None:
        rooms, staff = result
        preferred = self.ws.preferences.load().room_code
        for r in rooms:
            self.room.addItem(tr_label(r.name), r.code)
        index = self.room.findData(preferred or "R2")
        self.room.setCurrentIndex(max(0, index))
        for key, combo in self.team.items():
            combo.addItem(self.tr("（暂不指派）"), None)
            for user in staff[key]:
                combo.addItem(user.display_name, user.id)
            if combo.count() > 1:
                combo.setCurrentIndex(1)

    # --- submit ---------------------------------------------------------------------------
    def submit(self) -> None:
        actor, case_id, routing = self.ws.actor, self.case.id, self.ws.services.routing
        self.ok_button.setEnabled(False)
        if self.accept_radio.isChecked():
            kwargs = {key: combo.currentData() for key, combo in self.team.items()}
            room_code, path, note = self.room.currentData(), self.path.currentData(), self.note.text().strip()
            room_name = self.room.currentText()
            self.ws.runner.run(
                lambda: routing.accept(actor, case_id, room_code=room_code, path=path, note=note, **kwargs),
                on_success=lambda _r: self._done(self.tr("已受理，分派至{room}。").format(room=room_name)),
                on_failure=self._failed, parent=self)
        else:
            code, reason = self.reason_code.currentData(), self.reason.toPlainText().strip()
            self.ws.runner.run(lambda: routing.decline(actor, case_id, reason_code=code, reason=reason),
                               on_success=lambda _r: self._done(self.tr("已决定不予受理，原因已记入时间线。")),
                               on_failure=self._failed, parent=self)

    def _done(self, message: str) -> None:
        self.ok_button.setEnabled(True)
        self.done_routing.emit(message)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        field = exc.field if isinstance(exc, DomainError) else None
        targets = {"room": self.room, "path": self.path, "consent": self.path, "reason": self.reason,
                   "mediator": self.team["mediator_id"], "lawyer": self.team["lawyer_id"],
                   "counsellor": self.team["counsellor_id"]}
        for key, widget in targets.items():
            set_invalid(widget, key == field)
