"""Fixtures for the 文书 page tests: a case whose 话聊 ended with a written agreement (as in
tests/services/test_documents.py), staff with Chinese names, a synchronous runner, and
scripted stand-ins for the file, reason and print dialogs."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain import session as rules
from app.domain.catalog import Role
from app.ui.application import create_application
from app.ui.tasks import SyncExecutor, TaskRunner
from app.views.documents import DocumentsPage
from app.views.documents.interaction import DocumentDialogs
from tests.services.test_intake import simple_intake
from tests.services.test_sessions import _open, _start
from tests.ui.stubs import FakeProgress

PIN = "2468"
PASSWORD = "password-1"
TEAM = (("rec", "李晓燕", Role.RECEPTION), ("spec", "王建国", Role.LEGAL_SPECIALIST),
        ("med", "张立华", Role.MEDIATOR), ("law", "刘明远", Role.LAWYER), ("psy", "吴静", Role.COUNSELLOR))


@pytest.fixture(scope="session", autouse=True)
def themed_app(qapp):  # noqa: ANN001, ANN201
    """pytest-qt's QApplication with our font and theme, as the real start-up gives it."""
    return create_application()


class ScriptedDialogs(DocumentDialogs):
    """Answers from queues; records what was printed and saved. Never opens a window."""

    def __init__(self) -> None:
        self.open_paths: list[list[str]] = []
        self.save_paths: list[str | None] = []
        self.reasons: list[str | None] = []
        self.printed: list[tuple[bytes, int, str]] = []
        self.asked: list[str] = []
        self.confirmations: list[bool] = []

    def open_files(self, parent, title, name_filter):  # noqa: ANN001, ANN201
        self.asked.append(title)
        return self.open_paths.pop(0) if self.open_paths else []

    def open_file(self, parent, title, name_filter):  # noqa: ANN001, ANN201
        self.asked.append(title)
        paths = self.open_paths.pop(0) if self.open_paths else []
        return paths[0] if paths else None

    def save_file(self, parent, title, suggested, name_filter):  # noqa: ANN001, ANN201
        self.asked.append(f"{title}:{suggested}")
        return self.save_paths.pop(0) if self.save_paths else None

    def ask_reason(self, parent, title, prompt):  # noqa: ANN001, ANN201
        self.asked.append(prompt)
        return self.reasons.pop(0) if self.reasons else None

    def confirm(self, parent, title, text, ok_text):  # noqa: ANN001, ANN201
        self.asked.append(text)
        return self.confirmations.pop(0) if self.confirmations else True

    def print_pdf(self, parent, pdf, *, copies, title):  # noqa: ANN001, ANN201
        self.printed.append((pdf, copies, title))
        return True


def make_agreed(services) -> dict:  # noqa: ANN001
    """A routed case whose session ended with a written agreement (one payment term)."""
    admin = services.auth.login("admin", "admin-pass-1")
    people = {u: services.auth.add_user(admin, username=u, display_name=name, role=role, password=PASSWORD, pin=PIN)
              for u, name, role in TEAM}
    actors = {u: services.auth.login(u, PASSWORD) for u in people}
    case_id = services.intake.register(actors["rec"], simple_intake()).case_id
    services.routing.accept(actors["spec"], case_id, room_code="R2", mediator_id=people["med"].id,
                            lawyer_id=people["law"].id, counsellor_id=people["psy"].id)
    room = {"case_id": case_id, "people": people, "actors": actors,
            "parties": services.cases.detail(actors["spec"], case_id).parties}
    sid = _start(services, room)
    _open(services, room, sid)
    med = actors["med"]
    services.sessions.add_minutes(med, sid, "mediator", "已告知权利义务")
    services.sessions.add_minutes(med, sid, "applicant", "要求支付工资三万元")
    services.sessions.save_field(services.auth.unlock_panel("med", PIN), sid, "reason", "agreed_facts",
                                 "申请人于2026年为被申请人工作三个月，被拖欠工资三万元属实。")
    services.sessions.finish(med, sid, rules.Outcome.WRITTEN,
                             terms=[{"obligor": "深圳市某劳务有限公司", "obligee": "张堃", "what": "拖欠的工资",
                                     "amount": "30000", "deadline": (date.today() + timedelta(days=10)).isoformat(),
                                     "method": "银行转账"}])
    return room


@pytest.fixture
def agreed(services) -> dict:  # noqa: ANN001
    return make_agreed(services)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def progress() -> FakeProgress:
    return FakeProgress()


@pytest.fixture
def runner(progress: FakeProgress):  # noqa: ANN201
    r = TaskRunner(SyncExecutor(), progress=progress)
    yield r
    r.shutdown()


@pytest.fixture
def page(qtbot, services, agreed, runner, dialogs):  # noqa: ANN001, ANN201
    spec = agreed["actors"]["spec"]
    w = DocumentsPage(services, lambda: spec, runner, dialogs=dialogs)
    qtbot.addWidget(w)
    w.resize(1360, 900)
    w.show()
    qtbot.waitExposed(w)
    w.open_case(agreed["case_id"])
    yield w
    w.shutdown()
