"""The shell window: title, status bar, navigation with unsaved input, remembered geometry."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from app.ui.mainwindow import GEOMETRY_KEY, MainWindow
from app.views.screens import DefaultScreens
from tests.ui.keyboard import type_text

PAGES = ["dashboard", "intake", "cases", "sessions", "documents", "follow_up", "statistics", "reporting",
         "settings"]


def window(qtbot, make_workspace, actor, settings: QSettings) -> MainWindow:  # noqa: ANN001
    ws = make_workspace(actor)
    win = MainWindow(ws, DefaultScreens().pages(ws), settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_title_status_bar_and_the_nine_pages(qtbot, make_workspace, staff, settings_in_tmp) -> None:  # noqa: ANN001
    win = window(qtbot, make_workspace, staff["mediator"], settings_in_tmp)
    assert win.windowTitle() == "话聊调解工作台 — 测试服务站"
    assert win.status_user.text() == "用户：张立华"
    assert win.status_role.text() == "角色：人民调解员"
    assert "未设置" in win.status_room.text()
    assert [s.key for s in win.pages] == PAGES
    assert [win.nav.item(i).text() for i in range(9)] == ["工作台", "登记受理", "案件", "话聊", "文书", "回访",
                                                          "统计", "上报", "设置"]
    for key in PAGES:
        assert win.navigate(key) and win.current_key() == key
    assert "后续版本" in win.page("follow_up").header.subtitle.text()
    assert type(win.page("sessions")).__name__ == "SessionPage"
    assert type(win.page("documents")).__name__ == "DocumentsPage"
    win.close_for_good()


def test_navigation_waits_for_the_intake_form(qtbot, make_workspace, staff, settings_in_tmp,  # noqa: ANN001
                                              prompter) -> None:  # noqa: ANN001
    win = window(qtbot, make_workspace, staff["reception"], settings_in_tmp)
    win.navigate("intake")
    type_text(qtbot, win.page("intake").summary, "噪音扰民")
    prompter.answers = ["stay"]
    assert not win.navigate("cases")
    assert win.current_key() == "intake" and win.nav.currentRow() == 1
    prompter.answers = ["keep"]
    assert win.navigate("cases")
    win.close_for_good()


def test_geometry_is_remembered(qtbot, make_workspace, staff, settings_in_tmp, monkeypatch) -> None:  # noqa: ANN001
    win = window(qtbot, make_workspace, staff["reception"], settings_in_tmp)
    win.resize(1234, 777)
    saved_now = win.saveGeometry()
    win.close_for_good()
    assert settings_in_tmp.value(GEOMETRY_KEY) == saved_now       # geometry only, nothing else
    assert settings_in_tmp.allKeys() == [GEOMETRY_KEY]
    restored = []
    monkeypatch.setattr(MainWindow, "restoreGeometry", lambda self, g: restored.append(bytes(g)) or True)
    again = window(qtbot, make_workspace, staff["reception"], settings_in_tmp)
    assert restored == [bytes(saved_now)]                          # (offscreen clamps it to its screen)
    again.close_for_good()


def test_lock_calls_the_pages_hook(qtbot, make_workspace, staff, settings_in_tmp) -> None:  # noqa: ANN001
    win = window(qtbot, make_workspace, staff["reception"], settings_in_tmp)
    calls = []
    win.page("sessions").screen_locked = lambda: calls.append("locked")
    win.lock()
    assert calls == ["locked"]
    win.close_for_good()


def test_pages_are_built_on_first_use_and_load_after_the_first_paint(qtbot, make_workspace, staff,  # noqa: ANN001
                                                                     settings_in_tmp) -> None:  # noqa: ANN001
    ws = make_workspace(staff["reception"])
    win = MainWindow(ws, DefaultScreens().pages(ws), settings_in_tmp)
    qtbot.addWidget(win)
    assert [s.key for s in win.pages if s.built] == ["dashboard"]    # the rest waits to be opened
    dashboard = win.page("dashboard")
    assert dashboard.loaded is None                                  # nothing queried before it is drawn
    win.show()
    qtbot.waitUntil(lambda: dashboard.loaded is not None, timeout=3000)
    win.navigate("settings")
    assert [s.key for s in win.pages if s.built] == ["dashboard", "settings"]
    win.close_for_good()
