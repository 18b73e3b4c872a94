"""Start the desktop application: `run_gui(datadir, screens, demo=..., smoke=...)`.

Creates the QApplication (high-DPI pass-through, Fusion theme, the shipped UI font),
installs the translators chosen in the preferences, and hands over to the Shell: setup
wizard on an empty data folder, else open the database (asking for the passphrase in a
dialog when it is passphrase-protected), login, main window.

Smoke mode (`mediation-desk --smoke`) exits 0 as soon as the first window that matters is
on screen: the main window when MEDIATION_DESK_SMOKE_USER / MEDIATION_DESK_SMOKE_PASSWORD
are set and the folder is initialised, otherwise the login window (or the setup wizard).
When MEDIATION_DESK_SMOKE_T0 holds the launch time (time.time() of the launcher), it also
prints on stdout how long after the launch that window was on screen (bench/bench_startup.py).
"""
from __future__ import annotations

import logging
import os
import sys
import time
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.storage.datadir import DataDir
from app.ui.dialogs import Prompter
from app.ui.fonts import register_ui_font
from app.ui.i18n import Translators
from app.ui.preferences import PreferencesStore
from app.ui.progress import delayed_progress
from app.ui.resources import fonts_dir, i18n_dir, icons_dir
from app.ui.shell import Screens, Shell
from app.ui.tasks import TaskRunner
from app.ui.theme import apply_theme

log = logging.getLogger(__name__)

SMOKE_USER_ENV = "MEDIATION_DESK_SMOKE_USER"
SMOKE_PASSWORD_ENV = "MEDIATION_DESK_SMOKE_PASSWORD"
SMOKE_T0_ENV = "MEDIATION_DESK_SMOKE_T0"
ORGANISATION = "MediationDesk"
SETTINGS_NAME = "mediation-desk"
THEMED = "mediationDeskThemed"  # set once the font and theme are installed


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, themed and with the UI font (reused if one exists, e.g. tests)."""
    existing = QApplication.instance()
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    else:
        app = existing  # type: ignore[assignment]
    if app.property(THEMED):
        return app  # type: ignore[return-value]
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(SETTINGS_NAME)
    # No application display name: on Linux and Windows Qt appends it to every window title,
    # and the titles already name the app in the UI language ("话聊调解工作台 — 东门站").
    register_ui_font(app, fonts_dir())
    apply_theme(app, icons_dir())
    app.setProperty(THEMED, True)
    return app  # type: ignore[return-value]


def ui_settings() -> QSettings:
    """QSettings for window geometry only (an INI file in the user config dir)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, SETTINGS_NAME)


def _smoke_credentials() -> tuple[str, str] | None:
    user, password = os.environ.get(SMOKE_USER_ENV), os.environ.get(SMOKE_PASSWORD_ENV)
    return (user, password) if user and password else None


def _install_excepthook(prompter: Prompter) -> None:
    """Log unexpected exceptions raised in slots and tell the user, instead of aborting."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled exception", exc_info=(kind, exc, tb))
        try:
            prompter.show_error(QApplication.activeWindow(), exc)
        except Exception:  # noqa: BLE001 - the crash path must not crash
            pass

    sys.excepthook = hook


def run_gui(datadir: DataDir, screens: Screens, *, demo: bool = False, smoke: bool = False) -> int:
    """Run the GUI on `datadir` until the user quits; returns the exit code.

    demo: only informs the window title; the CLI seeds demo data before calling.
    smoke: exit 0 once the first window is shown (see the module docstring).
    """
    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    preferences = PreferencesStore.in_folder(datadir.root)
    translators = Translators(app, i18n_dir())
    translators.install(preferences.load().language)
    prompter = Prompter()
    runner = TaskRunner(progress=delayed_progress, report_error=prompter.show_error)
    if not smoke:
        _install_excepthook(prompter)
    shell = Shell(app, datadir, screens, runner=runner, prompter=prompter,
                  translators=translators, settings=ui_settings(), preferences=preferences,
                  auto_login=_smoke_credentials() if smoke else None)
    if demo:
        # The one exception: every window of a demo run says so in its title bar.
        app.setApplicationDisplayName(QCoreApplication.translate("Application", "演示数据"))
    if smoke:
        credentials = _smoke_credentials()

        def exit_later(window: str, code: int) -> None:
            launched = os.environ.get(SMOKE_T0_ENV)
            if launched:
                app.processEvents()  # let the window paint before the clock stops
                print(f"smoke: {window} window shown {(time.time() - float(launched)) * 1000:.0f} ms "
                      "after launch", flush=True)
            QTimer.singleShot(0, lambda: app.exit(code))

        shell.main_window_shown.connect(lambda _w: exit_later("main", 0))
        shell.wizard_shown.connect(lambda _w: exit_later("setup", 0))
        # With smoke credentials the login window only appears when they were refused.
        shell.login_shown.connect(lambda _w: exit_later("login", 0 if credentials is None else 1))
    shell.start()
    code = app.exec()
    shell.shutdown()
    return code
