"""The idle lock screen locks the account after 5 wrong entries, like the password (issue 10)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.auth import MAX_FAILURES
from tests.ui.keyboard import activate, type_text
from tests.ui.test_lock import main_window


def test_lock_screen_locks_the_account_after_five_wrong_entries(qtbot, make_workspace, staff,  # noqa: ANN001
                                                                 settings_in_tmp) -> None:  # noqa: ANN001
    win = main_window(make_workspace, staff, settings_in_tmp, "mediator")
    qtbot.addWidget(win)
    activate(qtbot, win)
    win.nav.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock now
    assert win.is_locked
    screen = win.lock_screen
    for _ in range(MAX_FAILURES - 1):
        type_text(qtbot, screen.secret, "wrong-secret")
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
        assert win.is_locked and screen.error.text() == "密码或 PIN 不正确。"
    type_text(qtbot, screen.secret, "wrong-secret")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert "锁定" in screen.error.text()
    type_text(qtbot, screen.secret, "2468")  # the right PIN waits out the lockout
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert win.is_locked and "锁定" in screen.error.text()
    win.close_for_good()
