"""Idle lock: after the idle time all case content is hidden until the same user
re-authenticates; input keeps it from locking."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.lock import IdleWatcher
from app.ui.mainwindow import MainWindow
from app.views.screens import DefaultScreens
from tests.ui.conftest import PASSWORD
from tests.ui.keyboard import activate, type_text


def main_window(make_workspace, staff, settings: QSettings, username: str = "specialist") -> MainWindow:  # noqa: ANN001
    ws = make_workspace(staff[username])
    win = MainWindow(ws, DefaultScreens().pages(ws), settings)
    return win


def test_idle_lock_hides_all_content_until_the_same_user_unlocks(qtbot, make_workspace, staff,  # noqa: ANN001
                                                                 settings_in_tmp) -> None:  # noqa: ANN001
    win = main_window(make_workspace, staff, settings_in_tmp)
    qtbot.addWidget(win)
    activate(qtbot, win)
    win.nav.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert win.current_key() == "cases"                       # Ctrl+1..9 navigate
    dialog = QDialog(win)
    dialog.setWindowTitle("受理与分派")
    dialog.show()
    watcher = IdleWatcher(QApplication.instance(), 150)
    watcher.idle.connect(win.lock)
    try:
        qtbot.waitUntil(lambda: win.is_locked, timeout=3000)
    finally:
        watcher.stop()
    assert win.stack.currentWidget() is win.lock_screen
    assert not win.workspace.isVisible()                      # no page, no list, no detail
    assert not win.page("cases").isVisible()
    assert not dialog.isVisible()                             # open dialogs are hidden too
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.is_locked and win.current_key() == "cases"     # navigation shortcuts are off

    lock = win.lock_screen
    type_text(qtbot, lock.secret, "wrong-one")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert win.is_locked and "不正确" in lock.error.text()

    type_text(qtbot, lock.secret, PASSWORD)
    qtbot.keyClick(lock.secret, Qt.Key.Key_Return)
    assert not win.is_locked
    assert win.workspace.isVisible() and win.current_key() == "cases"
    assert dialog.isVisible()                                 # comes back after unlocking
    dialog.close()
    win.close_for_good()


def test_pin_also_unlocks(qtbot, make_workspace, staff, settings_in_tmp) -> None:  # noqa: ANN001
    win = main_window(make_workspace, staff, settings_in_tmp, "mediator")
    qtbot.addWidget(win)
    activate(qtbot, win)
    win.nav.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock now
    assert win.is_locked
    type_text(qtbot, win.lock_screen.secret, "2468")
    qtbot.keyClick(win.lock_screen.secret, Qt.Key.Key_Return)
    assert not win.is_locked
    win.close_for_good()


def test_user_input_postpones_the_idle_lock(qtbot) -> None:  # noqa: ANN001
    now = [0.0]
    watcher = IdleWatcher(QApplication.instance(), 10_000, clock=lambda: now[0])
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    try:
        now[0] = 9.0
        qtbot.keyClick(QApplication.instance().activeWindow() or _focus_widget(qtbot), Qt.Key.Key_A)
        now[0] = 15.0                    # 15 s after start, but only 6 s after the key press
        watcher.check()
        assert fired == []
        now[0] = 19.5
        watcher.check()
        assert fired == [True]
        watcher.check()
        assert fired == [True]           # fires once per idle period
    finally:
        watcher.stop()


def _focus_widget(qtbot):  # noqa: ANN001, ANN202
    from PySide6.QtWidgets import QLineEdit
    w = QLineEdit()
    qtbot.addWidget(w)
    w.show()
    return w


def test_switch_user_from_the_lock_screen(qtbot, make_workspace, staff, settings_in_tmp) -> None:  # noqa: ANN001
    win = main_window(make_workspace, staff, settings_in_tmp)
    qtbot.addWidget(win)
    win.show()
    win.lock()
    with qtbot.waitSignal(win.switch_user_requested):
        qtbot.mouseClick(win.lock_screen.switch_button, Qt.MouseButton.LeftButton)
    win.close_for_good()


def test_locking_forgets_the_station_seal_key(qtbot, services, staff, settings_in_tmp, datadir,  # noqa: ANN001
                                              monkeypatch) -> None:  # noqa: ANN001
    """The opened station key (kept between seals) leaves memory when the screen locks."""
    from app.ui.i18n import Translators
    from app.ui.preferences import PreferencesStore
    from app.ui.resources import i18n_dir
    from app.ui.shell import Shell
    from app.ui.tasks import SyncExecutor, TaskRunner
    from app.views.screens import DefaultScreens
    from tests.ui.stubs import FakeProgress, ScriptedPrompter

    forgotten = []
    monkeypatch.setattr(type(services.seal), "forget_keys", lambda self: forgotten.append(True))
    app = QApplication.instance()
    prompter = ScriptedPrompter()
    shell = Shell(app, datadir, DefaultScreens(), runner=TaskRunner(SyncExecutor(), progress=FakeProgress()),
                  prompter=prompter, translators=Translators(app, i18n_dir()), settings=settings_in_tmp,
                  preferences=PreferencesStore.in_folder(datadir.root), auto_login=("reception", "pass-12345"))
    shell.services = services
    shell._after_open()  # noqa: SLF001
    assert shell.main_window is not None and forgotten == []
    shell.lock()
    assert shell.main_window.is_locked and forgotten == [True]
    shell.main_window.close_for_good()
    shell.shutdown()
