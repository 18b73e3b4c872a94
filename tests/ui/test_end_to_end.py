"""From an empty data folder to a routed case, through the real windows and the Shell."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWizard

from app.domain import identity
from app.domain.catalog import Role
from app.services.common import Actor
from app.storage.datadir import DataDir
from app.ui.i18n import Translators
from app.ui.mainwindow import MainWindow
from app.ui.preferences import PreferencesStore
from app.ui.resources import i18n_dir
from app.ui.shell import Shell
from app.ui.tasks import SyncExecutor, TaskRunner
from app.views.dashboard_model import CASE_ID_ROLE
from app.views.screens import DefaultScreens
from tests.ui.keyboard import retype
from tests.ui.stubs import FakeProgress, ScriptedPrompter

STATION = "罗湖区东门街道群众诉求服务站"
GOOD_ID = identity.make_resident_id("440303", date(1986, 5, 17), 131)   # odd sequence: male
OTHER_ID = identity.make_resident_id("440304", date(1990, 3, 2), 202)   # even sequence: female
WRONG_ID = OTHER_ID[:-1] + ("1" if OTHER_ID[-1] != "1" else "2")


@pytest.fixture
def shell(datadir: DataDir, settings_in_tmp: QSettings):  # noqa: ANN201
    app = QApplication.instance()
    prompter = ScriptedPrompter()
    runner = TaskRunner(SyncExecutor(), progress=FakeProgress(), report_error=prompter.show_error)
    sh = Shell(app, datadir, DefaultScreens(), runner=runner, prompter=prompter,
               translators=Translators(app, i18n_dir()), settings=settings_in_tmp,
               preferences=PreferencesStore.in_folder(datadir.root))
    yield sh
    if sh.main_window is not None:
        sh.main_window.close_for_good()
    for w in (sh.login_window, sh.wizard):
        if w is not None:
            w.hide()
    sh.shutdown()


def click(qtbot, widget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    retype(qtbot, widget, text)


def log_in(qtbot, shell: Shell, username: str, password: str) -> MainWindow:  # noqa: ANN001
    login = shell.login_window
    assert login is not None and login.isVisible()
    type_into(qtbot, login.username, username)
    type_into(qtbot, login.password, password)
    with qtbot.waitSignal(shell.main_window_shown, timeout=5000):
        click(qtbot, login.login_button)
    assert shell.main_window is not None
    return shell.main_window


def complete_wizard(qtbot, shell: Shell) -> None:  # noqa: ANN001
    wizard = shell.wizard
    assert wizard is not None and wizard.isVisible()
    station = wizard.station_page
    type_into(qtbot, station.editors["name"], STATION)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is station          # the street is required: refused
    assert station.error.isVisible() and "街道" in station.error.text()
    type_into(qtbot, station.editors["street"], "东门")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    committee = wizard.committee_page
    assert wizard.currentPage() is committee
    assert committee.rooms.rowCount() == 8           # the 1236 mechanism's rooms
    type_into(qtbot, committee.editors["committee_name"], "罗湖区东门街道人民调解委员会")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    pattern = wizard.pattern_page
    assert pattern.preview.text() == f"〔{date.today().year}〕罗湖东门调字第1号"
    type_into(qtbot, pattern.editors["case_number_pattern"], "{year}东门{x}")
    assert "未知的占位符" in pattern.preview.text()    # live preview reports the mistake
    type_into(qtbot, pattern.editors["case_number_pattern"], "〔{year}〕罗湖{street}调字第{n}号")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    admin = wizard.admin_page
    type_into(qtbot, admin.editors["display_name"], "赵管理")
    type_into(qtbot, admin.editors["password"], "admin-pass-1")
    type_into(qtbot, admin.editors["password_again"], "admin-pass-2")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is admin and "不一致" in admin.error.text()
    type_into(qtbot, admin.editors["password_again"], "admin-pass-1")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.key_page
    assert "钥匙串" in wizard.key_page.description.text()
    with qtbot.waitSignal(shell.login_shown, timeout=10000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def test_first_run_register_route_search_and_dashboard(qtbot, shell: Shell, datadir: DataDir) -> None:  # noqa: ANN001
    with qtbot.waitSignal(shell.wizard_shown):
        shell.start()
    complete_wizard(qtbot, shell)
    assert datadir.is_initialised()
    assert datadir.read_meta()["key"]["mode"] == "keyring"   # never a plaintext store

    win = log_in(qtbot, shell, "admin", "admin-pass-1")
    assert STATION in win.windowTitle()
    assert "赵管理" in win.status_user.text() and "管理员" in win.status_role.text()
    services = shell.services
    admin = win.ws.actor
    for username, name, role in (("specialist", "王建国", Role.LEGAL_SPECIALIST), ("mediator", "张立华", Role.MEDIATOR),
                                 ("lawyer", "刘明远", Role.LAWYER), ("counsellor", "吴静", Role.COUNSELLOR)):
        services.auth.add_user(admin, username=username, display_name=name, role=role, password="pass-12345")

    with qtbot.waitSignal(shell.login_shown):
        click(qtbot, win.switch_button)
    win = log_in(qtbot, shell, "specialist", "pass-12345")
    assert "法治专员" in win.status_role.text()

    # --- register: one valid ID, one with a wrong check digit -------------------------------
    assert win.navigate("intake")
    page = win.page("intake")
    page.category.setCurrentIndex(page.category.findData("10"))
    type_into(qtbot, page.summary, "建筑工人被拖欠工资三个月，欠薪合计38000元，多次讨要未果。")
    type_into(qtbot, page._claim_rows[0][2], "支付拖欠工资38000元")  # noqa: SLF001
    type_into(qtbot, page.amount, "38000")
    assert page.amount_capital.text() == "叁万捌仟元整"
    page.consent.setChecked(True)
    applicant, respondent = page.party_editors
    type_into(qtbot, applicant.name, "陈志明")
    type_into(qtbot, applicant.id_number, GOOD_ID)
    assert applicant.gender.currentData() == "male" and not applicant.gender.isEnabled()
    assert applicant.birth_date.date().toPython() == date(1986, 5, 17)
    type_into(qtbot, respondent.name, "黄秀英")
    type_into(qtbot, respondent.id_number, WRONG_ID)
    message = respondent.errors["id_number"]
    assert message.isVisible()
    assert message.text() == f"身份证号校验位错误，应为 {OTHER_ID[-1]}"

    click(qtbot, page.save_button)
    assert page.last_registered is None                        # refused, nothing saved
    assert services.intake.count_cases() == 0
    assert respondent.errors["id_number"].text() == f"身份证号校验位错误，应为 {OTHER_ID[-1]}"
    assert page.check_card.isVisible() and "校验位错误" in page.check_list.text()

    type_into(qtbot, respondent.id_number, OTHER_ID)
    assert not respondent.errors["id_number"].isVisible()
    assert respondent.gender.currentData() == "female"
    with qtbot.waitSignal(page.registered):
        click(qtbot, page.save_button)
    reg = page.last_registered
    assert reg is not None and page.banner.isVisible()
    assert reg.number in page.banner.text.text()
    assert reg.number == f"〔{date.today().year}〕罗湖东门调字第1号"
    assert not page.has_input()                                 # a fresh form for the next visitor

    # --- the dashboard shows it waiting for acceptance, with a live countdown ---------------
    assert win.navigate("dashboard")
    dashboard = win.page("dashboard")
    waiting = dashboard.lists["awaiting_acceptance"].model
    assert waiting.rowCount() == 1 and waiting.index(0, 0).data() == reg.number
    assert waiting.index(0, 2).data().startswith("剩余")

    # --- accept and route it from the banner's button ---------------------------------------
    assert win.navigate("intake")
    banner_buttons = [b for b in page.banner.buttons() if isinstance(b, QPushButton)]
    assert [b.text() for b in banner_buttons] == ["受理 / 分派…", "打开案件"]
    dialog = page.open_routing(reg.case_id)
    assert dialog is not None
    dialog.room.setCurrentIndex(dialog.room.findData("R4"))
    assert dialog.team["mediator_id"].currentText() == "张立华"
    assert dialog.team["lawyer_id"].currentText() == "刘明远"
    assert dialog.team["counsellor_id"].currentText() == "吴静"
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    detail = services.cases.detail(win.ws.actor, reg.case_id)
    assert detail.row.status == "accepted" and detail.row.room == "劳动者权益保障室"
    assert any("话聊团队：张立华、刘明远、吴静" in e.reason for e in detail.events)

    # --- find it by a two-character word of its summary -------------------------------------
    assert win.navigate("cases")
    cases = win.page("cases")
    type_into(qtbot, cases.list.search, "工资")
    with qtbot.waitSignal(cases.list.loaded, timeout=3000):
        type_into(qtbot, cases.list.search, "欠薪")
    model = cases.list.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == reg.number
    assert "********" in model.index(0, model.IDS).data()      # masked in the list
    with qtbot.waitSignal(cases.list.loaded, timeout=3000):
        type_into(qtbot, cases.list.search, "离婚")
    assert model.rowCount() == 0

    # --- open it: the timeline shows registration, acceptance and routing -------------------
    win.open_case(reg.case_id)
    assert cases.stack.currentWidget() is cases.detail
    events = [cases.detail.events.item(r, 4).text() for r in range(cases.detail.events.rowCount())]
    assert any("分派至劳动者权益保障室" in e for e in events)

    # --- and the dashboard lists it among the early warnings (欠薪 is a weak signal) --------
    assert win.navigate("dashboard")
    warnings_model = dashboard.lists["warnings"].model
    rows = [warnings_model.index(r, 0).data() for r in range(warnings_model.rowCount())]
    assert reg.number in rows
    row = rows.index(reg.number)
    assert warnings_model.index(row, 2).data() == "弱信号"
    assert "欠薪" in warnings_model.index(row, 3).data()
    assert dashboard.lists["awaiting_acceptance"].model.rowCount() == 0

    # Enter on a dashboard row opens the case.
    view = dashboard.lists["warnings"].view
    view.setFocus()
    view.setCurrentIndex(warnings_model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert win.current_key() == "cases"
    assert cases.detail.case_id == warnings_model.index(row, 0).data(CASE_ID_ROLE)


def test_wizard_without_keychain_asks_for_a_passphrase_twice(qtbot, shell: Shell, datadir: DataDir,  # noqa: ANN001
                                                             no_keychain) -> None:  # noqa: ANN001
    with qtbot.waitSignal(shell.wizard_shown):
        shell.start()
    wizard = shell.wizard
    key = wizard.key_page
    assert not key.keychain_usable and "passphrase" in key.editors
    for editor, value in ((wizard.station_page.editors["name"], STATION),
                          (wizard.station_page.editors["street"], "东门"),
                          (wizard.committee_page.editors["committee_name"], "东门街道人民调解委员会"),
                          (wizard.admin_page.editors["display_name"], "赵管理"),
                          (wizard.admin_page.editors["password"], "admin-pass-1"),
                          (wizard.admin_page.editors["password_again"], "admin-pass-1")):
        editor.setText(value)
    for _ in range(4):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is key
    type_into(qtbot, key.editors["passphrase"], "short")
    type_into(qtbot, key.editors["passphrase_again"], "short")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert "至少需要10个字符" in key.error.text() and not datadir.is_initialised()
    type_into(qtbot, key.editors["passphrase"], "correct horse battery")
    type_into(qtbot, key.editors["passphrase_again"], "correct horse batterY")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert "不一致" in key.error.text() and not datadir.is_initialised()
    type_into(qtbot, key.editors["passphrase_again"], "correct horse battery")
    with qtbot.waitSignal(shell.login_shown, timeout=10000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert datadir.read_meta()["key"]["mode"] == "passphrase"


def test_opening_a_passphrase_store_asks_in_a_dialog(qtbot, shell: Shell, datadir: DataDir,  # noqa: ANN001
                                                     no_keychain) -> None:  # noqa: ANN001
    from app.services.setup import AdminSetup, StationSetup, initialise
    initialise(datadir, StationSetup(name=STATION, street="东门", committee_name="调委会"),
               AdminSetup("admin", "赵管理", "admin-pass-1"), passphrase="correct horse battery").close()
    shell.prompter.secrets = ["wrong passphrase!", "correct horse battery"]
    with qtbot.waitSignal(shell.login_shown, timeout=10000):
        shell.start()
    assert len(shell.prompter.asked) == 2                       # asked again after the wrong one
    assert any("口令错误" in s for s in shell.prompter.shown)


def test_login_lockout_shows_the_time_left(qtbot, shell: Shell, services, staff) -> None:  # noqa: ANN001
    shell.services = services
    shell._after_open()  # noqa: SLF001 - the store is already open
    login = shell.login_window
    for _ in range(5):
        type_into(qtbot, login.username, "mediator")
        type_into(qtbot, login.password, "wrong-password")
        click(qtbot, login.login_button)
    assert login.error.isVisible()
    assert "已锁定" in login.error.text() and "分" in login.error.text() and "秒后再试" in login.error.text()
    assert shell.main_window is None


def test_smoke_user_logs_in_directly(qtbot, shell: Shell, services, staff) -> None:  # noqa: ANN001
    shell._auto_login = ("specialist", "pass-12345")  # noqa: SLF001
    shell.services = services
    with qtbot.waitSignal(shell.main_window_shown):
        shell._after_open()  # noqa: SLF001
    assert isinstance(shell.main_window.ws.actor, Actor)
    assert shell.login_window is None


def test_the_login_window_comes_first_and_a_sign_in_typed_meanwhile_waits_for_the_database(
        qtbot, datadir: DataDir, settings_in_tmp: QSettings, services, staff) -> None:  # noqa: ANN001
    """The database opens behind the login window; pressing 登录 early signs in once it is open."""
    import threading

    from app.services import Services
    from app.storage import store

    gate = threading.Event()

    def slow_open(folder: DataDir, prompt):  # noqa: ANN001, ANN202 - a keychain that takes its time
        assert gate.wait(10)
        return Services(store.open_store(folder, prompt=prompt))

    app = QApplication.instance()
    prompter = ScriptedPrompter()
    runner = TaskRunner(progress=FakeProgress(), report_error=prompter.show_error)   # a real worker thread
    sh = Shell(app, datadir, DefaultScreens(), runner=runner, prompter=prompter,
               translators=Translators(app, i18n_dir()), settings=settings_in_tmp,
               preferences=PreferencesStore.in_folder(datadir.root), open_services=slow_open)
    try:
        sh.start()
        login = sh.login_window
        assert login is not None and login.isVisible() and sh.services is None
        assert "正在打开" in login.station_name.text()
        type_into(qtbot, login.username, "mediator")
        type_into(qtbot, login.password, "pass-12345")
        click(qtbot, login.login_button)
        assert "打开后自动登录" in login.error.text() and not login.login_button.isEnabled()
        assert sh.main_window is None
        with qtbot.waitSignal(sh.main_window_shown, timeout=10000):
            gate.set()
        assert sh.main_window.ws.actor.username == "mediator"
        assert sh.station.name == "测试服务站"
    finally:
        gate.set()
        if sh.main_window is not None:
            sh.main_window.close_for_good()
        sh.shutdown()


def test_a_database_that_cannot_be_opened_behind_the_login_is_reported(
        qtbot, shell: Shell, datadir: DataDir, services) -> None:  # noqa: ANN001
    from app.storage.database import StorageError

    def broken(folder: DataDir, prompt):  # noqa: ANN001, ANN202
        raise StorageError("数据库密钥或口令错误，无法打开数据库。", "wrong database key or passphrase")

    shell._open_services = broken  # noqa: SLF001
    exits: list[int] = []
    shell.app = SimpleNamespace(exit=exits.append)   # the real exit would end every later event loop
    with qtbot.waitSignal(shell.finished, timeout=5000) as finished:
        shell.start()
    assert finished.args == [1]
    qtbot.waitUntil(lambda: exits == [1])
    assert any("无法打开数据库" in s for s in shell.prompter.shown)


def test_the_document_engine_warms_up_after_a_mediator_signs_in(qtbot, shell: Shell, services, staff,  # noqa: ANN001
                                                                 monkeypatch) -> None:  # noqa: ANN001
    from app.ui import shell as shell_module
    warmed = []
    monkeypatch.setattr(shell_module, "WARM_UP_AFTER_MS", 0)
    monkeypatch.setattr(type(services.documents), "prepare", staticmethod(lambda: warmed.append(True)))
    shell._auto_login = ("mediator", "pass-12345")  # noqa: SLF001
    shell.services = services
    shell._after_open()  # noqa: SLF001
    qtbot.waitUntil(lambda: warmed == [True], timeout=5000)


def test_the_login_window_needs_no_database_code(tmp_path) -> None:  # noqa: ANN001
    """What the first window costs at start-up: no SQLAlchemy, no services, no PDF engine.
    (They load behind the login window; see app.ui.shell.)"""
    import os
    import subprocess
    import sys

    code = """
import sys
from app.ui.application import create_application
from app.ui.dialogs import Prompter
from app.ui.tasks import TaskRunner
from app.views.screens import DefaultScreens
app = create_application()
runner = TaskRunner()
window = DefaultScreens().login(None, None, runner, Prompter(), "zh_CN")
window.show()
app.processEvents()
print(sorted(m for m in ("sqlalchemy", "app.storage.models", "app.services.auth", "reportlab", "pyhanko")
             if m in sys.modules))
runner.shutdown()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
