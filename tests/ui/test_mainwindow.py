"""The shell window: title, status bar, navigation with unsaved input, remembered geometry."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from app.ui.mainwindow import GEOMETRY_KEY, MainWindow
from app.views.screens import DefaultScreens
from tests.ui.keyboard import activate, type_text

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
    assert type(win.page("follow_up")).__name__ == "FollowUpPage"
    assert type(win.page("statistics")).__name__ == "StatisticsPage"
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


def test_a_case_opens_on_the_documents_page_and_comes_back(qtbot, make_workspace, staff, services,  # noqa: ANN001
                                                            settings_in_tmp) -> None:  # noqa: ANN001
    from app.services.intake import IntakeInput, PartyInput
    reg = services.intake.register(staff["reception"], IntakeInput(
        summary="装修噪音扰民", consent_to_mediation=True,
        parties=[PartyInput(name="王五"), PartyInput(role="respondent", name="赵六")]))
    services.routing.accept(staff["specialist"], reg.case_id, room_code="R1")
    win = window(qtbot, make_workspace, staff["mediator"], settings_in_tmp)
    cases = win.page("cases")
    win.navigate("cases")
    win.open_case(reg.case_id)
    detail = cases.detail
    qtbot.waitUntil(lambda: detail.case_id == reg.case_id, timeout=5000)
    assert detail.documents_button.isVisible() and detail.session_button.isVisible()
    assert detail.documents_button.accessibleName() == "文书"

    activate(qtbot, win)
    detail.back_button.setFocus()
    qtbot.keyClick(detail.back_button, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.current_key() == "documents"
    documents = win.page("documents")
    qtbot.waitUntil(lambda: documents.docs is not None and documents.docs.detail.row.id == reg.case_id,
                    timeout=5000)
    assert "王五" in [p.name for p in documents.docs.detail.parties]

    documents.case_button.click()                                   # 在案件页查看: back to the case
    assert win.current_key() == "cases" and cases.stack.currentWidget() is detail

    detail.session_button.click()
    assert win.current_key() == "sessions" and win.page("sessions").case_id == reg.case_id
    win.close_for_good()


def test_reception_is_not_offered_the_documents_button(qtbot, make_workspace, staff, services,  # noqa: ANN001
                                                       settings_in_tmp) -> None:  # noqa: ANN001
    from app.services.intake import IntakeInput, PartyInput
    reg = services.intake.register(staff["reception"], IntakeInput(
        summary="物业费争议", consent_to_mediation=True, parties=[PartyInput(name="孙七")]))
    win = window(qtbot, make_workspace, staff["reception"], settings_in_tmp)
    win.open_case(reg.case_id)
    detail = win.page("cases").detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.row.id == reg.case_id, timeout=5000)
    assert not detail.documents_button.isVisible() and not detail.session_button.isVisible()
    win.close_for_good()
