"""Render every main screen to PNG, offscreen, on demo data (`mediation-desk screenshots`).

    render_screenshots(datadir: DataDir, out_dir: Path, *, username="specialist",
                       password="demo12345", cases=400, language="zh_CN",
                       size=(1440, 900), screens) -> list[Path]

Screenshots only ever show demo data: an initialised `datadir` must be a demo station
(created by seed_demo / `--demo`), otherwise a DomainError is raised and nothing is opened.
An empty `datadir` is filled with `cases` demo cases (app.services.demo.seed_demo) if it is a
demo folder (its name ends in "-demo", as `--demo` makes it); any other empty folder is left
untouched and a temporary demo folder is used instead. Work runs synchronously
(SyncExecutor) so every page has its data when it is grabbed, and no dialog ever waits for
input. Writes:
the setup wizard (station and key pages), the login window, the nine pages, the intake form
with a validation error showing, a case detail, the routing dialog and the lock screen.
"""
from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import identity
from app.domain.catalog import CaseStatus
from app.domain.errors import DomainError
from app.services import Services
from app.services.cases import CaseFilter
from app.storage import store
from app.storage.datadir import DataDir
from app.ui.application import create_application
from app.ui.context import Workspace
from app.ui.dialogs import Prompter, error_text
from app.ui.i18n import Translators
from app.ui.mainwindow import MainWindow
from app.ui.preferences import PreferencesStore
from app.ui.resources import i18n_dir
from app.ui.shell import Screens, key_description
from app.ui.tasks import SyncExecutor, TaskRunner

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo12345"


class _SilentPrompter(Prompter):
    """Never blocks: questions get their default answer, messages go to the log."""

    def choose(self, parent, title, text, options, *, default, escape):  # noqa: ANN001, ANN201
        return default

    def inform(self, parent, title, text):  # noqa: ANN001, ANN201
        log.info("%s: %s", title, text)

    def show_error(self, parent, exc):  # noqa: ANN001, ANN201
        log.warning("error during screenshots: %s", error_text(exc))

    def ask_secret(self, parent, title, text):  # noqa: ANN001, ANN201
        return None


def _settle(app: QApplication, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def _grab(app: QApplication, widget: QWidget, path: Path, written: list[Path]) -> None:
    _settle(app)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    written.append(path)


def render_screenshots(datadir: DataDir, out_dir: Path, *, username: str = "specialist",
                       password: str = DEMO_PASSWORD, cases: int = 400, language: str = "zh_CN",
                       size: tuple[int, int] = (1440, 900), screens: Screens) -> list[Path]:
    app = create_application()
    translators = Translators(app, i18n_dir())
    translators.install(language)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="md-demo-") as scratch:
        if not datadir.is_initialised():
            from app.services.demo import seed_demo  # only needed for an empty folder
            if not datadir.root.name.endswith("-demo"):
                datadir = DataDir(Path(scratch) / "station-demo")  # never seed a real station's folder
                _create_demo_station(datadir)  # with the published demo passphrase: no keychain entry
            seed_demo(datadir, cases=cases)
        elif not datadir.read_meta().get("demo"):
            raise DomainError("截图只能使用演示数据，请加 --demo 或指定演示数据文件夹。",
                              f"{datadir.root} is not a demo data folder; screenshots use demo data only")
        return _render(app, translators, datadir, out_dir, screens, username, password, size)


def _render(app: QApplication, translators: Translators, datadir: DataDir, out_dir: Path, screens: Screens,
            username: str, password: str, size: tuple[int, int]) -> list[Path]:
    services = Services(store.open_store(datadir))
    prompter = _SilentPrompter()
    runner = TaskRunner(SyncExecutor(), report_error=prompter.show_error)
    written: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="md-shots-") as tmp:
            _render_setup(app, screens, runner, prompter, Path(tmp), out_dir, written)
            station = services.station.get()
            login = screens.login(services, station, runner, prompter, translators.language)
            login.resize(*size)
            login.show()
            _grab(app, login, out_dir / "login.png", written)
            login.close()

            actor = services.auth.login(username, password)
            ws = Workspace(services=services, actor=actor, station=station, runner=runner, prompter=prompter,
                           preferences=PreferencesStore(Path(tmp) / "ui.json"), language=translators.language,
                           key_description=key_description(datadir))
            settings = QSettings(str(Path(tmp) / "geometry.ini"), QSettings.Format.IniFormat)
            win = MainWindow(ws, screens.pages(ws), settings)
            win.resize(*size)
            win.show()
            for i, spec in enumerate(win.pages, 1):
                win.navigate(spec.key)
                _grab(app, win, out_dir / f"page-{i:02d}-{spec.key}.png", written)
            _render_intake_error(app, win, out_dir, written)
            _render_case_detail(app, win, services, actor, out_dir, written)
            win.lock()
            _grab(app, win, out_dir / "lock-screen.png", written)
            win.close_for_good()
            win.deleteLater()
            _settle(app)
    finally:
        runner.shutdown()
        services.close()
    return written


def _render_setup(app: QApplication, screens: Screens, runner: TaskRunner, prompter: Prompter, tmp: Path,
                  out_dir: Path, written: list[Path]) -> None:
    wizard = screens.setup_wizard(DataDir(tmp / "empty"), runner, prompter)
    wizard.show()
    _grab(app, wizard, out_dir / "setup-wizard-station.png", written)
    pages = wizard.pageIds()  # type: ignore[attr-defined]
    station = wizard.page(pages[0])  # type: ignore[attr-defined]
    for key, value in (("name", "罗湖区东门街道群众诉求服务站"), ("street", "东门"), ("community", "湖贝社区")):
        station.editors[key].setText(value)
    wizard.next()  # type: ignore[attr-defined]
    wizard.page(pages[1]).editors["committee_name"].setText("罗湖区东门街道人民调解委员会")  # type: ignore[attr-defined]
    _grab(app, wizard, out_dir / "setup-wizard-rooms.png", written)
    wizard.next()  # type: ignore[attr-defined]
    _grab(app, wizard, out_dir / "setup-wizard-case-number.png", written)
    wizard.next()  # type: ignore[attr-defined]
    admin = wizard.page(pages[3])  # type: ignore[attr-defined]
    for key, value in (("display_name", "赵管理"), ("password", "demo12345"), ("password_again", "demo12345")):
        admin.editors[key].setText(value)
    wizard.next()  # type: ignore[attr-defined]
    _grab(app, wizard, out_dir / "setup-wizard-key.png", written)
    wizard.hide()
    wizard.deleteLater()


def _render_intake_error(app: QApplication, win: MainWindow, out_dir: Path, written: list[Path]) -> None:
    win.navigate("intake")
    page = win.page("intake")
    page.summary.setPlainText("建筑工人被拖欠工资38000元，多次讨薪未果，情绪激动，扬言到街道上访。")  # type: ignore[attr-defined]
    page._claim_rows[0][2].setText("要求支付拖欠工资38000元")  # type: ignore[attr-defined]
    page.amount.setText("38000")  # type: ignore[attr-defined]
    page.consent.setChecked(True)  # type: ignore[attr-defined]
    good = identity.make_resident_id("440303", date(1986, 5, 17), 131)
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    applicant, respondent = page.party_editors  # type: ignore[attr-defined]
    applicant.name.setText("陈志明")
    applicant.id_number.setText(good)
    applicant.phone.setText("13812345678")
    applicant.address.setText("深圳市罗湖区东门中路1011号")
    respondent.name.setText("黄建华")
    respondent.id_number.setText(wrong)
    respondent.phone.setText("0755-8222")
    for editor in (applicant, respondent):
        editor._edited()  # noqa: SLF001 - run the live check as typing would
    page.refresh_warnings()  # type: ignore[attr-defined]
    page.submit()  # type: ignore[attr-defined]
    _grab(app, win, out_dir / "intake-validation-error.png", written)
    page.reset_form()  # type: ignore[attr-defined]


def _render_case_detail(app: QApplication, win: MainWindow, services: Services, actor, out_dir: Path,  # noqa: ANN001
                        written: list[Path]) -> None:
    ids: Sequence[str] = []
    for status in (CaseStatus.PERFORMING, CaseStatus.MEDIATING, CaseStatus.AGREED_WRITTEN):
        ids = services.cases.list_ids(actor, CaseFilter(status=status.value), limit=1)
        if ids:
            break
    if ids:
        win.open_case(ids[0])
        _grab(app, win, out_dir / "case-detail.png", written)
        detail = win.page("cases").detail  # type: ignore[attr-defined]
        detail.tabs.setCurrentIndex(1)
        _grab(app, win, out_dir / "case-detail-timeline.png", written)
        detail.tabs.setCurrentIndex(0)
    waiting = services.cases.list_ids(actor, CaseFilter(status=CaseStatus.REGISTERED.value), limit=1)
    if waiting:
        win.open_case(waiting[0])
        page = win.page("cases")
        page.detail.open_routing()  # type: ignore[attr-defined]
        _settle(app)
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and w.metaObject().className() == "RoutingDialog"), None)
        if dialog is not None:
            _grab(app, dialog, out_dir / "routing-dialog.png", written)
            dialog.reject()  # type: ignore[attr-defined]
        page.show_list()  # type: ignore[attr-defined]


def _create_demo_station(datadir: DataDir) -> None:
    from app.services.demo import DEMO_STATION
    from app.services.setup import AdminSetup, initialise
    initialise(datadir, DEMO_STATION, AdminSetup("admin", "赵管理", DEMO_PASSWORD),
               passphrase=store.DEMO_PASSPHRASE, demo=True).close()
