"""The composition root of the screens: which window and which pages the shell shows.

app.ui.shell.Shell asks this object for the setup wizard, the login window and the main
window's pages (in navigation order, Ctrl+1..9).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services import Services
from app.services.station import StationInfo
from app.storage.datadir import DataDir
from app.ui.context import Workspace
from app.ui.dialogs import Prompter
from app.ui.mainwindow import PageSpec
from app.ui.tasks import TaskRunner
from app.views.case_list import CasesPage
from app.views.dashboard import DashboardPage
from app.views.documents import documents_page
from app.views.intake import IntakePage
from app.views.login import LoginWindow
from app.views.placeholders import placeholder_page
from app.views.session import session_page
from app.views.settings import SettingsPage
from app.views.setup_wizard import SetupWizard

NAVIGATION = (  # extracted by pyside6-lupdate; translated at run time by nav()
    QT_TRANSLATE_NOOP("Navigation", "工作台"), QT_TRANSLATE_NOOP("Navigation", "登记受理"),
    QT_TRANSLATE_NOOP("Navigation", "案件"), QT_TRANSLATE_NOOP("Navigation", "话聊"),
    QT_TRANSLATE_NOOP("Navigation", "文书"), QT_TRANSLATE_NOOP("Navigation", "回访"),
    QT_TRANSLATE_NOOP("Navigation", "统计"), QT_TRANSLATE_NOOP("Navigation", "上报"),
    QT_TRANSLATE_NOOP("Navigation", "设置"),
)


class DefaultScreens:
    def setup_wizard(self, datadir: DataDir, runner: TaskRunner, prompter: Prompter) -> QWidget:
        return SetupWizard(datadir, runner, prompter)

    def login(self, services: Services, station: StationInfo, runner: TaskRunner, prompter: Prompter,
              language: str) -> QWidget:
        return LoginWindow(services, station, runner, prompter, language)

    def pages(self, ws: Workspace) -> list[PageSpec]:
        def nav(text: str) -> str:
            return QCoreApplication.translate("Navigation", text)

        return [
            PageSpec("dashboard", nav("工作台"), build=lambda: DashboardPage(ws)),
            PageSpec("intake", nav("登记受理"), build=lambda: IntakePage(ws)),
            PageSpec("cases", nav("案件"), build=lambda: CasesPage(ws), opens_cases=True),
            PageSpec("sessions", nav("话聊"), build=lambda: session_page(ws)),
            PageSpec("documents", nav("文书"), build=lambda: documents_page(ws)),
            PageSpec("follow_up", nav("回访"), build=lambda: placeholder_page(ws, "follow_up")),
            PageSpec("statistics", nav("统计"), build=lambda: placeholder_page(ws, "statistics")),
            PageSpec("reporting", nav("上报"), build=lambda: placeholder_page(ws, "reporting")),
            PageSpec("settings", nav("设置"), build=lambda: SettingsPage(ws)),
        ]
