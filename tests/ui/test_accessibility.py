"""Every focusable control is announced by a name, the form's tab order follows the form,
and the keyboard reaches everything."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.services.intake import IntakeInput, PartyInput
from app.storage.datadir import DataDir
from app.ui.accessibility import clean_label, name_controls, unnamed_controls
from app.ui.mainwindow import MainWindow
from app.views.login import LoginWindow
from app.views.routing_dialog import RoutingDialog
from app.views.screens import DefaultScreens
from app.views.setup_wizard import SetupWizard


def describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}" for w in widgets]


def test_clean_label() -> None:
    assert clean_label("证件号码 *") == "证件号码"
    assert clean_label("&Save：") == "Save"
    assert clean_label("<b>姓名</b>:") == "姓名"


def test_buddy_labels_name_their_controls(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout
    root = QWidget()
    qtbot.addWidget(root)
    lay = QVBoxLayout(root)
    edit = QLineEdit()
    caption = QLabel("联系电话")
    caption.setBuddy(edit)
    lay.addWidget(caption)
    lay.addWidget(edit)
    assert unnamed_controls(root) == [edit]
    name_controls(root)
    assert edit.accessibleName() == "联系电话"
    assert unnamed_controls(root) == []


@pytest.mark.parametrize("username", ["specialist", "reception", "admin"])
def test_every_page_names_every_control(qtbot, make_workspace, staff, services, settings_in_tmp,  # noqa: ANN001
                                        username: str) -> None:
    actor = staff[username]
    if username == "reception":  # give the lists something to show
        services.intake.register(actor, IntakeInput(summary="欠薪", category_code="10", consent_to_mediation=True,
                                                    parties=[PartyInput(name="张三", id_number="11010519491231002X")]))
    ws = make_workspace(actor)
    win = MainWindow(ws, DefaultScreens().pages(ws), settings_in_tmp)
    qtbot.addWidget(win)
    win.show()
    for spec in win.pages:
        assert win.navigate(spec.key)
        assert describe(unnamed_controls(spec.widget)) == [], spec.key
    assert describe(unnamed_controls(win)) == []
    # The case detail, once a case is open.
    ids = services.cases.list_ids(actor)
    if ids:
        win.open_case(ids[0])
        assert describe(unnamed_controls(win.page("cases"))) == []
    win.lock()
    assert describe(unnamed_controls(win.lock_screen)) == []
    win.close_for_good()


def test_login_wizard_and_routing_dialog_name_every_control(qtbot, services, staff, runner, prompter,  # noqa: ANN001
                                                            make_workspace, tmp_path) -> None:  # noqa: ANN001
    login = LoginWindow(services, services.station.get(), runner, prompter, "zh_CN")
    qtbot.addWidget(login)
    assert describe(unnamed_controls(login)) == []
    assert login.username.accessibleName() == "用户名"
    wizard = SetupWizard(DataDir(tmp_path / "new"), runner, prompter)
    qtbot.addWidget(wizard)
    for page in wizard.form_pages:
        assert describe(unnamed_controls(page)) == []
    assert wizard.station_page.editors["name"].accessibleName() == "站点名称"
    case = services.intake.register(staff["reception"], IntakeInput(
        summary="邻里纠纷", consent_to_mediation=True, parties=[PartyInput(name="张三")]))
    ws = make_workspace(staff["specialist"])
    dialog = RoutingDialog(ws, services.cases.rows(ws.actor, [case.case_id])[0])
    qtbot.addWidget(dialog)
    assert describe(unnamed_controls(dialog)) == []
    assert dialog.room.accessibleName() == "承办调解室"


def test_intake_tab_order_follows_the_form(qtbot, make_workspace, staff) -> None:  # noqa: ANN001
    from app.views.intake import IntakePage
    page = IntakePage(make_workspace(staff["reception"]))
    qtbot.addWidget(page)
    page.show()
    page.source.setFocus()
    order = [page.source]
    for _ in range(8):
        qtbot.keyClick(order[-1], Qt.Key.Key_Tab)
        order.append(page.focusWidget())
    names = [w.accessibleName() for w in order]
    assert names[:6] == ["来源渠道", "纠纷类型", "诉求类别", "纠纷简要情况", "请求事项 1", "删除请求事项 1"]
    editor = page.party_editors[0]
    assert "添加请求事项" in names
    assert names.index("涉案金额（元）") > names.index("添加请求事项")
    del editor
