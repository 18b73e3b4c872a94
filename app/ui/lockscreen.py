"""The lock screen: nothing of the cases is visible until the same user re-authenticates
(password or PIN, services.auth.reauthenticate) or someone switches user."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.dialogs import error_text
from app.ui.widgets import Card, button, label


class LockScreen(QWidget):
    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("LockPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = Card(self.tr("屏幕已锁定"))
        card.setObjectName("LoginCard")
        card.setFixedWidth(420)
        card.body.addWidget(label(
            self.tr("为保护当事人信息，工作台已锁定。请 {name} 输入密码或 PIN 解锁，或切换用户。")
            .format(name=ws.actor.display_name), wrap=True, hint=True))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self.try_unlock)
        secret_label = label(self.tr("密码或 PIN"))
        secret_label.setBuddy(self.secret)
        form.addRow(secret_label, self.secret)
        card.body.addLayout(form)
        self.error = label(tone="error", wrap=True)
        self.error.hide()
        card.body.addWidget(self.error)
        buttons = QHBoxLayout()
        self.switch_button = button(self.tr("切换用户"), on_click=self.switch_user_requested.emit)
        self.unlock_button = button(self.tr("解锁"), primary=True, on_click=self.try_unlock)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        card.body.addLayout(buttons)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        name_controls(self)

    def prepare(self) -> None:
        self.secret.clear()
        self.error.hide()
        self.secret.setFocus()

    def try_unlock(self) -> None:
        secret = self.secret.text()
        if not secret:
            self._show_error(self.tr("请输入密码或 PIN。"))
            return
        self.unlock_button.setEnabled(False)

        def done(ok: bool) -> None:
            self.unlock_button.setEnabled(True)
            self.secret.clear()
            if ok:
                self.error.hide()
                self.unlocked.emit()
            else:
                self._show_error(self.tr("密码或 PIN 不正确。"))

        def failed(exc: BaseException) -> None:
            self.unlock_button.setEnabled(True)
            self._show_error(error_text(exc))

        actor = self.ws.actor
        self.ws.runner.run(lambda: self.ws.services.auth.reauthenticate(actor, secret),
                           on_success=done, on_failure=failed, parent=self)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.secret.setFocus()

