"""Fixtures for the 话聊 page tests: a routed case with a full team, and the page on it."""
from __future__ import annotations

import pytest

from app.domain import session as rules
from app.domain.catalog import Role
from app.services.sessions import Participants
from app.ui.tasks import SyncExecutor, TaskRunner
from app.views.session import SessionPage
from tests.services.test_intake import simple_intake

PIN = "2468"
PASSWORD = "password-1"
TEAM = (("rec", "接待小李", Role.RECEPTION), ("spec", "法治专员陈", Role.LEGAL_SPECIALIST),
        ("med", "调解员周", Role.MEDIATOR), ("law", "律师吴", Role.LAWYER), ("psy", "咨询师王", Role.COUNSELLOR))


def make_room(services, *, source: str | None = None) -> dict:
    """Staff with PINs, a registered and accepted case routed to the team."""
    admin = services.auth.login("admin", "admin-pass-1")
    people = {name: services.auth.add_user(admin, username=name, display_name=display, role=role,
                                           password=PASSWORD, pin=PIN)
              for name, display, role in TEAM}
    actors = {n: services.auth.login(n, PASSWORD) for n in people}
    intake = simple_intake()
    if source is not None:
        intake.source = source
    case_id = services.intake.register(actors["rec"], intake).case_id
    services.routing.accept(actors["spec"], case_id, room_code="R2", mediator_id=people["med"].id,
                            lawyer_id=people["law"].id, counsellor_id=people["psy"].id)
    parties = services.cases.detail(actors["spec"], case_id).parties
    return {"case_id": case_id, "people": people, "actors": actors, "parties": parties, "admin": admin}


def start_session(services, room: dict, *, opened: bool = True) -> str:
    """A session started through the service, with the notice and consents recorded."""
    p = Participants(party_ids=[x.id for x in room["parties"]], mediator_id=room["people"]["med"].id,
                     lawyer_id=room["people"]["law"].id, counsellor_id=room["people"]["psy"].id, room_code="R2")
    med = room["actors"]["med"]
    sid = services.sessions.start(med, room["case_id"], p)
    if opened:
        for item in ("rights_notice", "consent_mediation", "consent_counsellor", "consent_sensitive"):
            services.sessions.set_check(med, sid, rules.Stage.OPENING, item, True)
    return sid


@pytest.fixture
def room(services):
    return make_room(services)


@pytest.fixture
def runner():
    r = TaskRunner(SyncExecutor())
    yield r
    r.shutdown()


@pytest.fixture
def page(qtbot, services, room, runner):
    w = SessionPage(services, lambda: room["actors"]["med"], runner)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    with qtbot.waitActive(w):  # shortcuts (Alt+1 …) need the active window
        w.activateWindow()
    yield w
    w.autosaver.flush_and_wait()
