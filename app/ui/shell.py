"""The flow between windows: setup wizard → (passphrase) → login → main window → lock /
switch user / language change → quit.

The screens themselves come from the views through the `Screens` protocol, so this module
(app.ui) never imports app.views; app.views.screens.DefaultScreens is the implementation.

A start shows the login window first and opens the database behind it, on the worker (key
from the keychain or the environment, SQLCipher, schema check: about a second of imports
and key derivation the user spends typing). Only a passphrase that must be asked for, and
the smoke run's automatic sign-in, open the database before any window.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.errors import DomainError
from app.storage import store
from app.storage.datadir import DataDir
from app.ui.dialogs import Prompter
from app.ui.i18n import Translators
from app.ui.lock import IdleWatcher
from app.ui.preferences import PreferencesStore
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the services and the main window are imported once the login is on screen
    from app.services import Services
    from app.services.common import Actor
    from app.services.station import StationInfo
    from app.ui.context import Workspace
    from app.ui.mainwindow import MainWindow, PageSpec

log = logging.getLogger(__name__)

MAX_PASSPHRASE_TRIES = 3
WARM_UP_AFTER_MS = 1500


class Screens(Protocol):
    """What the views provide. The setup wizard emits `completed(Services)` and `rejected()`;
    the login window emits `logged_in(Actor)`, `language_selected(str)` and `closed()`, and
    takes the services later with `attach(services, station)` when it was made without them
    (the database still opening)."""

    def setup_wizard(self, datadir: DataDir, runner: TaskRunner, prompter: Prompter) -> QWidget: ...

    def login(self, services: Services | None, station: StationInfo | None, runner: TaskRunner,
              prompter: Prompter, language: str) -> QWidget: ...

    def pages(self, ws: Workspace) -> list[PageSpec]: ...


class Shell(QObject):
    main_window_shown = Signal(object)   # MainWindow
    login_shown = Signal(object)
    wizard_shown = Signal(object)
    finished = Signal(int)               # exit code

    def __init__(self, app: QApplication, datadir: DataDir, screens: Screens, *,
                 runner: TaskRunner, prompter: Prompter, translators: Translators,
                 settings: QSettings, preferences: PreferencesStore,
                 open_services: Callable[[DataDir, Callable[[], str | None]], Services] | None = None,
                 auto_login: tuple[str, str] | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.datadir = datadir
        self.screens = screens
        self.runner = runner
        self.prompter = prompter
        self.translators = translators
        self.settings = settings
        self.preferences = preferences
        self._open_services = open_services or _open_services
        self._auto_login = auto_login
        self.services: Services | None = None
        self.station: StationInfo | None = None
        self.wizard: QWidget | None = None
        self.login_window: QWidget | None = None
        self.main_window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.idle: IdleWatcher | None = None

    # --- start -----------------------------------------------------------------------------
    def start(self) -> None:
        if not self.datadir.is_initialised():
            self._show_wizard()
            return
        if self._auto_login is None and not store.needs_passphrase_prompt(self.datadir):
            self._show_login()
            self._open_behind_login()
            return
        try:
            self.services = self._open_with_prompt()
        except DomainError as exc:
            log.error("cannot open the database: %s", exc.en)
            self.prompter.show_error(None, exc)
            self.quit(1)
            return
        self._after_open()

    def _open_behind_login(self) -> None:
        def open_() -> tuple[Services, StationInfo]:
            services = self._open_services(self.datadir, lambda: None)
            return services, services.station.get()

        self.runner.run(open_, on_success=self._opened_behind_login, on_failure=self._open_failed)

    def _opened_behind_login(self, opened: tuple[Services, StationInfo]) -> None:
        self.services, self.station = opened
        if self.login_window is not None:
            self.login_window.attach(self.services, self.station)  # type: ignore[attr-defined]

    def _open_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            log.error("cannot open the database: %s", exc.en)
        else:
            log.critical("cannot open the database", exc_info=exc)
        self.prompter.show_error(self.login_window, exc)
        self.quit(1)

    def _open_with_prompt(self) -> Services:
        from app.storage.database import StorageError

        tries = 0

        def ask() -> str | None:
            return self.prompter.ask_secret(
                None, self.tr("打开数据库"), self.tr("本机数据库由口令保护，请输入数据库口令："))

        while True:
            tries += 1
            try:
                return self._open_services(self.datadir, ask)
            except StorageError as exc:
                wrong = "口令错误" in exc.zh or "wrong database key" in exc.en
                if not wrong or tries >= MAX_PASSPHRASE_TRIES:
                    raise
                self.prompter.show_error(None, exc)

    def _after_open(self) -> None:
        assert self.services is not None
        self.station = self.services.station.get()
        if self._auto_login is not None:
            username, password = self._auto_login
            try:
                actor = self.services.auth.login(username, password)
            except DomainError as exc:
                log.error("automatic login failed: %s", exc.en)
                self._show_login()
                return
            self._open_main(actor)
            return
        self._show_login()

    def _show_wizard(self) -> None:
        wizard = self.screens.setup_wizard(self.datadir, self.runner, self.prompter)
        wizard.completed.connect(self._wizard_done)  # type: ignore[attr-defined]
        wizard.rejected.connect(lambda: self.quit(0))  # type: ignore[attr-defined]
        self.wizard = wizard
        wizard.show()
        self.wizard_shown.emit(wizard)

    def _wizard_done(self, services: Services) -> None:
        self.services = services
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None
        self._after_open()

    # --- login -----------------------------------------------------------------------------
    def _show_login(self) -> None:
        lang = self.translators.language
        win = self.screens.login(self.services, self.station, self.runner, self.prompter, lang)
        win.logged_in.connect(self._open_main)  # type: ignore[attr-defined]
        win.language_selected.connect(self._login_language)  # type: ignore[attr-defined]
        win.closed.connect(self._login_closed)  # type: ignore[attr-defined]
        self.login_window = win
        win.show()
        self.login_shown.emit(win)

    def _login_closed(self) -> None:
        if self.main_window is None:
            self.quit(0)

    def _login_language(self, language: str) -> None:
        self._apply_language(language)
        old = self.login_window
        self.login_window = None
        self._show_login()
        if old is not None:
            old.hide()
            old.deleteLater()

    # --- main window -----------------------------------------------------------------------
    def _open_main(self, actor: Actor, *, page: str | None = None) -> None:
        from app.services.permissions import Action, can
        from app.ui.context import Workspace
        from app.ui.mainwindow import MainWindow

        assert self.services is not None
        self.station = self.services.station.get()
        ws = Workspace(services=self.services, actor=actor, station=self.station, runner=self.runner,
                       prompter=self.prompter, preferences=self.preferences,
                       language=self.translators.language,
                       key_description=key_description(self.datadir), set_language=self._switch_language)
        self.workspace = ws
        win = MainWindow(ws, self.screens.pages(ws), self.settings)
        win.switch_user_requested.connect(self.switch_user)
        win.lock_requested.connect(self.services.seal.forget_keys)  # the seal key leaves memory
        win.lock_requested.connect(self.services.counselling.forget_keys)  # so does the counselling key
        win.close_requested.connect(lambda: self.quit(0))
        self.main_window = win
        if page is not None:
            win.navigate(page)
        win.show()
        if self.login_window is not None:
            self.login_window.hide()
            self.login_window.deleteLater()
            self.login_window = None
        self._start_idle_watch()
        if can(actor.role, Action.ISSUE_DOCUMENTS):
            QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up_documents)
        self.main_window_shown.emit(win)

    def _warm_up_documents(self) -> None:
        """Load the PDF engine on a side thread once the window has settled, so the first
        preview or seal of the day does not wait a second for imports and fonts."""
        services = self.services
        if services is None:
            return

        def warm() -> None:
            try:
                services.documents.prepare()
            except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first render
                log.warning("warming up the document engine failed", exc_info=True)

        threading.Thread(target=warm, name="documents-warm-up", daemon=True).start()

    def _start_idle_watch(self) -> None:
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()

        def timeout_ms() -> int:
            ws = self.workspace
            minutes = ws.station.idle_lock_minutes if ws is not None else 10
            return max(1, minutes) * 60_000

        self.idle = IdleWatcher(self.app, timeout_ms, parent=self)
        self.idle.idle.connect(self.lock)

    def lock(self) -> None:
        if self.main_window is not None:
            self.main_window.lock()

    def switch_user(self) -> None:
        win = self.main_window
        if win is None or not win.can_leave():
            return
        self._close_main()
        self._show_login()

    def _close_main(self) -> None:
        if self.services is not None:
            self.services.seal.forget_keys()
            self.services.counselling.forget_keys()
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
            self.idle = None
        if self.main_window is not None:
            win = self.main_window
            self.main_window = None
            win.close_for_good()
            win.deleteLater()
        self.workspace = None

    # --- language --------------------------------------------------------------------------
    def _apply_language(self, language: str) -> None:
        self.translators.install(language)
        prefs = self.preferences.load()
        if prefs.language != self.translators.language and self.datadir.is_initialised():
            self.preferences.save(replace(prefs, language=self.translators.language))

    def _switch_language(self, language: str) -> None:
        """Rebuild the main window in the new language, on the same page, same user."""
        win = self.main_window
        if win is None or not win.can_leave():
            return
        actor = win.ws.actor
        page = win.current_key()
        self._apply_language(language)
        self._close_main()
        self._open_main(actor, page=page)

    # --- end -------------------------------------------------------------------------------
    def quit(self, code: int = 0) -> None:
        self.finished.emit(code)
        QTimer.singleShot(0, lambda: self.app.exit(code))

    def shutdown(self) -> None:
        """After the event loop: stop the worker, close the database."""
        if self.idle is not None:
            self.idle.stop()
        self.runner.shutdown(wait=True)
        if self.services is not None:
            self.services.close()
            self.services = None


def _open_services(datadir: DataDir, prompt: Callable[[], str | None]) -> Services:
    from app.services import Services

    return Services(store.open_store(datadir, prompt=prompt))


def key_description(datadir: DataDir) -> str:
    try:
        info = store.key_info(datadir)
    except (OSError, KeyError, ValueError):
        return ""
    if info.mode == "keyring":
        text = QCoreApplication.translate("Shell", "数据库已加密，密钥保存在系统钥匙串：{where}")
        return text.format(where=info.where)
    if info.mode == "passphrase":
        return QCoreApplication.translate("Shell", "数据库已加密，密钥由数据库口令派生（Argon2id），口令不保存在本机。")
    return QCoreApplication.translate("Shell", "数据库位于服务器：由服务器保护。")
