"""UI test fixtures: a themed QApplication, QSettings in tmp_path, a station with one user
per role, and a Workspace whose background work runs synchronously."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.domain.catalog import Role
from app.services import Services
from app.services.common import Actor
from app.ui.application import create_application
from app.ui.context import Workspace
from app.ui.preferences import PreferencesStore
from app.ui.tasks import SyncExecutor, TaskRunner
from tests.ui.stubs import FakeProgress, ScriptedPrompter

PASSWORD = "pass-12345"
STAFF: tuple[tuple[str, str, Role], ...] = (
    ("reception", "李晓燕", Role.RECEPTION),
    ("specialist", "王建国", Role.LEGAL_SPECIALIST),
    ("mediator", "张立华", Role.MEDIATOR),
    ("lawyer", "刘明远", Role.LAWYER),
    ("counsellor", "吴静", Role.COUNSELLOR),
)


@pytest.fixture(scope="session", autouse=True)
def themed_app(qapp):  # noqa: ANN001, ANN201
    """pytest-qt's QApplication with our font and theme, as the real start-up gives it."""
    return create_application()


@pytest.fixture(autouse=True)
def settings_in_tmp(tmp_path: Path) -> QSettings:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    return QSettings(str(tmp_path / "qsettings" / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def staff(services: Services) -> dict[str, Actor]:
    """One user per role (password PASSWORD) and the admin, as Actors (no login needed)."""
    admin = services.auth.login("admin", "admin-pass-1")
    for username, name, role in STAFF:
        services.auth.add_user(admin, username=username, display_name=name, role=role, password=PASSWORD,
                               pin="2468")
    users = {u.username: Actor(u.id, u.username, u.display_name, u.role)
             for u in services.auth.list_users(admin)}
    return users


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def progress() -> FakeProgress:
    return FakeProgress()


@pytest.fixture
def runner(prompter: ScriptedPrompter, progress: FakeProgress):  # noqa: ANN201
    r = TaskRunner(SyncExecutor(), progress=progress, report_error=prompter.show_error)
    yield r
    r.shutdown()


@pytest.fixture
def make_workspace(services: Services, runner: TaskRunner, prompter: ScriptedPrompter,
                   tmp_path: Path) -> Callable[[Actor], Workspace]:
    def make(actor: Actor) -> Workspace:
        return Workspace(services=services, actor=actor, station=services.station.get(), runner=runner,
                         prompter=prompter, preferences=PreferencesStore(tmp_path / "ui-preferences.json"),
                         key_description="数据库已加密（测试）")
    return make
