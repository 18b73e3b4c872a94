"""The composition root of the screens: which window and which pages the shell shows.

app.ui.shell.Shell asks this object for the setup wizard, the login window and the main
window's pages (in navigation order, Ctrl+1..9).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.storage.datadir import DataDir
from app.ui.dialogs import Prompter
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.ui.mainwindow import PageSpec
    from app.services import Services
    from app.services.station import StationInfo
    from app.ui.context import Workspace

# Each screen's module is imported when the screen is first built: the login window must
# not wait for the session and documents screens (and what they import) at start-up.


NAVIGATION = (  # extracted by pyside6-lupdate; translated at run time by nav()
    QT_TRANSLATE_NOOP("Navigation", "工作台"), QT_TRANSLATE_NOOP("Navigation", "登记受理"),
    QT_TRANSLATE_NOOP("Navigation", "案件"), QT_TRANSLATE_NOOP("Navigation", "话聊"),
    QT_TRANSLATE_NOOP("Navigation", "文书"), QT_TRANSLATE_NOOP("Navigation", "回访"),
    QT_TRANSLATE_NOOP("Navigation", "统计"), QT_TRANSLATE_NOOP("Navigation", "上报"),
    QT_TRANSLATE_NOOP("Navigation", "设置"),
)


class DefaultScreens:
    def setup_wizard(self, datadir: DataDir, runner: TaskRunner, prompter: Prompter) -> QWidget:
        from app.views.setup_wizard import SetupWizard

        return SetupWizard(datadir, runner, prompter)

    def login(self, services: Services | None, station: StationInfo | None, runner: TaskRunner,
              prompter: Prompter, language: str) -> QWidget:
        from app.views.login import LoginWindow

        return LoginWindow(services, station, runner, prompter, language)

    def pages(self, ws: Workspace) -> list[PageSpec]:
        from app.ui.mainwindow import PageSpec

        def nav(text: str) -> str:
            return QCoreApplication.translate("Navigation", text)

        def dashboard() -> QWidget:
            from app.views.dashboard import DashboardPage
            return DashboardPage(ws)

        def intake() -> QWidget:
            from app.views.intake import IntakePage
            return IntakePage(ws)

        def cases() -> QWidget:
            from app.views.case_list import CasesPage
            return CasesPage(ws)

        def sessions() -> QWidget:
            from app.views.session import session_page
            return session_page(ws)

        def documents() -> QWidget:
            from app.views.documents import documents_page
            return documents_page(ws)

        def reporting() -> QWidget:
            from app.views.exchange_page import ExchangePage
            return ExchangePage(ws)

        def statistics() -> QWidget:
            from app.views.statistics_page import statistics_page
            return statistics_page(ws)

        def follow_up() -> QWidget:
            from app.views.follow_up_page import follow_up_page
            return follow_up_page(ws)

        def settings() -> QWidget:
            from app.views.settings import SettingsPage
            return SettingsPage(ws)

        return [
            PageSpec("dashboard", nav("工作台"), build=dashboard),
            PageSpec("intake", nav("登记受理"), build=intake),
            PageSpec("cases", nav("案件"), build=cases, opens_cases=True),
            PageSpec("sessions", nav("话聊"), build=sessions),
            PageSpec("documents", nav("文书"), build=documents),
            PageSpec("follow_up", nav("回访"), build=follow_up),
            PageSpec("statistics", nav("统计"), build=statistics),
            PageSpec("reporting", nav("上报"), build=reporting),
            PageSpec("settings", nav("设置"), build=settings),
        ]
