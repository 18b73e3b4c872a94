"""The login window signs in through AuthService.login and answers unknown user, wrong password
and disabled account with one message (issue 10 item 6)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.views.login import LoginWindow
from tests.ui.conftest import PASSWORD
from tests.ui.keyboard import type_text


def _try(qtbot, login: LoginWindow, username: str, password: str) -> None:  # noqa: ANN001
    login.username.clear()
    type_text(qtbot, login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Return)
    type_text(qtbot, login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def test_one_message_for_unknown_wrong_and_disabled_then_sign_in(qtbot, services, staff, runner,  # noqa: ANN001
                                                                  prompter) -> None:  # noqa: ANN001
    admin = services.auth.login("admin", "admin-pass-1")
    services.auth.set_active(admin, "lawyer", False)
    login = LoginWindow(services, services.station.get(), runner, prompter, "zh_CN")
    qtbot.addWidget(login)
    login.show()
    signed_in = []
    login.logged_in.connect(signed_in.append)
    seen = []
    for username, password in (("nobody", PASSWORD), ("mediator", "wrong-pass-1"), ("lawyer", PASSWORD)):
        _try(qtbot, login, username, password)
        seen.append(login.error.text())
    assert len(set(seen)) == 1 and seen[0] == "用户名或密码错误，或账号已停用。"
    _try(qtbot, login, "mediator", PASSWORD)
    assert [a.username for a in signed_in] == ["mediator"]
