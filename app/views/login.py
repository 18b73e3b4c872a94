"""Login: username and password, lockout with the time left, language choice.

The window may be shown before the database is open (the shell opens it behind the login,
see app.ui.shell): until `attach(services, station)` a sign-in typed ahead waits, then runs.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.common import utc_now
from app.ui.accessibility import name_controls
from app.ui.dialogs import Prompter, error_text
from app.ui.i18n import LANGUAGES
from app.ui.tasks import TaskRunner
from app.ui.theme import set_tone
from app.ui.widgets import Card, button, label

if TYPE_CHECKING:  # imported by the shell once the database is open
    from app.services import Services
    from app.services.common import Actor
    from app.services.station import StationInfo


class LoginWindow(QWidget):
    logged_in = Signal(object)        # Actor
    language_selected = Signal(str)
    closed = Signal()

    def __init__(self, services: Services | None, station: StationInfo | None, runner: TaskRunner,
                 prompter: Prompter, language: str, *, clock=utc_now,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._typed_ahead: tuple[str, str] | None = None  # submitted before the database was open
        self.runner = runner
        self.prompter = prompter
        self._clock = clock
        self._locked_until: datetime | None = None
        self.setObjectName("LoginBackdrop")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("登录 — 话聊调解工作台"))
        self.resize(1000, 680)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        card = Card("")
        card.setObjectName("LoginCard")
        card.setFixedWidth(440)
        card.body.setSpacing(12)
        card.body.addWidget(label(self.tr("话聊调解工作台"), object_name="PageTitle"))
        self.station_name = label(station.name if station else self.tr("正在打开本机数据库…"),
                                  hint=True, wrap=True)
        card.body.addWidget(self.station_name)
        card.body.addSpacing(6)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("例如 specialist"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        user_label = label(self.tr("用户名"))
        user_label.setBuddy(self.username)
        pass_label = label(self.tr("密码"))
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)
        card.body.addLayout(form)

        self.error = label(tone="error", wrap=True)
        self.error.hide()
        card.body.addWidget(self.error)
        self.login_button = button(self.tr("登录"), primary=True, on_click=self.submit)
        card.body.addWidget(self.login_button)

        lang_row = QHBoxLayout()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.activated.connect(self._language_chosen)
        lang_label = label(self.tr("语言 / Language"), hint=True)
        lang_label.setBuddy(self.language)
        lang_row.addWidget(lang_label)
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        card.body.addSpacing(4)
        card.body.addLayout(lang_row)

        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)
        self.setTabOrder(self.login_button, self.language)
        name_controls(self)
        self.username.setFocus()

    def attach(self, services: Services, station: StationInfo) -> None:
        """The database is open: show the station and run a sign-in typed ahead."""
        self.services = services
        self.station_name.setText(station.name)
        if self._typed_ahead is not None:
            username, password = self._typed_ahead
            self._typed_ahead = None
            self._sign_in(username, password)

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_error(self.tr("请输入用户名和密码。"))
            return
        self.login_button.setEnabled(False)
        if self.services is None:
            self._typed_ahead = (username, password)
            self._show_error(self.tr("正在打开本机数据库，打开后自动登录…"), tone="muted")
            return
        self._sign_in(username, password)

    def _sign_in(self, username: str, password: str) -> None:
        services = self.services
        assert services is not None
        self.runner.run(lambda: services.auth.login(username, password),
                        on_success=self._success, on_failure=self._failure, parent=self)

    def _success(self, actor: Actor) -> None:
        self.login_button.setEnabled(True)
        self.password.clear()
        self._countdown.stop()
        self.error.hide()
        self.logged_in.emit(actor)

    def _failure(self, exc: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        locked_until = getattr(exc, "locked_until", None)  # services.auth.LoginFailed on lockout
        if locked_until is not None:
            self._locked_until = locked_until
            self._tick()
            self._countdown.start()
            return
        self._show_error(error_text(exc))

    def _tick(self) -> None:
        if self._locked_until is None:
            return
        left = int((self._locked_until - self._clock()).total_seconds())
        if left <= 0:
            self._countdown.stop()
            self._locked_until = None
            self._show_error(self.tr("锁定已解除，请重新登录。"), tone="ok")
            return
        self._show_error(self.tr("登录失败次数过多，账号已锁定。请在 {m} 分 {s:02d} 秒后再试。")
                         .format(m=left // 60, s=left % 60))

    def _show_error(self, text: str, tone: str = "error") -> None:
        set_tone(self.error, tone)
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()

    def _language_chosen(self, index: int) -> None:
        self.language_selected.emit(self.language.itemData(index))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.isVisible():
            self.closed.emit()
        event.accept()
