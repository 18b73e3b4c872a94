"""Sign-in hardening through the service doors (issue 10 items 1 and 6): one answer for unknown,
wrong and disabled; PIN and re-authentication lock like the password; weak secrets refused;
host roles checked; the staff list and ID-number lookups only for the roles that need them."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from app.domain.catalog import Role
from app.domain.errors import DomainError, PermissionDenied, ValidationError
from app.services.auth import MAX_FAILURES, LoginFailed
from app.services.sessions import Participants
from tests.services.test_sessions import room  # noqa: F401 - fixture


@pytest.fixture
def admin(services):
    return services.auth.login("admin", "admin-pass-1")


def _add(services, admin, name, role=Role.MEDIATOR, pin="2468"):  # noqa: ANN001, ANN202
    return services.auth.add_user(admin, username=name, display_name=name.upper(), role=role,
                                  password="password-1", pin=pin)


@pytest.mark.parametrize("pin", ["0000", "1111", "1234", "4321", "1212", "123456", "987654", "5201314", "1990",
                                 "121212", "0123"])
def test_weak_pins_are_refused(services, admin, pin: str) -> None:
    with pytest.raises(ValidationError) as err:
        _add(services, admin, "weak", pin=pin)
    assert err.value.field == "pin" and "PIN" in err.value.zh
    _add(services, admin, "strong", pin="7391")
    with pytest.raises(ValidationError):
        services.auth.set_pin(admin, "strong", pin)


@pytest.mark.parametrize("password", ["password123", "Password1", "iloveyou1", "woaini1314", "qwertyuiop",
                                      "12345678", "aaaaaaaaaa", "demo12345"])
def test_common_passwords_are_refused(services, admin, password: str) -> None:
    with pytest.raises(ValidationError) as err:
        services.auth.add_user(admin, username="weak", display_name="某", role=Role.LAWYER, password=password)
    assert "过于常见" in err.value.zh
    with pytest.raises(ValidationError):
        services.auth.set_password(admin, "admin", password)


class CountingHasher(PasswordHasher):
    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8192, parallelism=1)
        self.verifies = 0

    def verify(self, hash, password):  # noqa: ANN001, ANN201, A002
        self.verifies += 1
        return super().verify(hash, password)


def test_unknown_wrong_and_disabled_get_one_message_after_the_same_work(services, admin, monkeypatch) -> None:
    _add(services, admin, "gone")
    services.auth.set_active(admin, "gone", False)
    _add(services, admin, "here")
    import app.services.auth as auth
    hasher = CountingHasher()
    monkeypatch.setattr(auth, "_hasher", hasher)
    answers = []
    for username, password in (("nobody", "password-1"), ("here", "wrong-pass-1"), ("gone", "password-1")):
        before = hasher.verifies
        with pytest.raises(LoginFailed) as err:
            services.auth.login(username, password)
        answers.append((err.value.zh, err.value.en, hasher.verifies - before))
    assert len(set(answers)) == 1, answers
    assert answers[0][2] == 1  # one Argon2 verify each (a dummy hash for the unknown user)
    assert "nobody" not in answers[0][1] and "here" not in answers[0][1]


def test_panel_pin_locks_after_five_failures_like_the_password(services, admin) -> None:
    _add(services, admin, "med")
    for i in range(MAX_FAILURES - 1):
        with pytest.raises(LoginFailed) as err:
            services.auth.unlock_panel("med", f"99{i}1")
        assert err.value.locked_until is None
    with pytest.raises(LoginFailed) as err:
        services.auth.unlock_panel("med", "9999")
    assert err.value.locked_until is not None and "锁定" in err.value.zh
    with pytest.raises(LoginFailed):  # the right PIN no longer opens it, nor the password
        services.auth.unlock_panel("med", "2468")
    with pytest.raises(LoginFailed) as err:
        services.auth.login("med", "password-1")
    assert "锁定" in err.value.zh


def test_idle_reauthentication_locks_after_five_failures(services, admin) -> None:
    _add(services, admin, "med")
    me = services.auth.login("med", "password-1")
    assert services.auth.reauthenticate(me, "2468") is True
    for _ in range(MAX_FAILURES - 1):
        assert services.auth.reauthenticate(me, "0000-wrong") is False
    with pytest.raises(LoginFailed) as err:
        services.auth.reauthenticate(me, "0000-wrong")
    assert "锁定" in err.value.zh
    with pytest.raises(LoginFailed):
        services.auth.reauthenticate(me, "2468")


def test_unknown_panel_user_gets_the_same_answer(services, admin) -> None:
    _add(services, admin, "law", role=Role.LAWYER)
    with pytest.raises(LoginFailed) as a:
        services.auth.unlock_panel("nobody", "2468")
    with pytest.raises(LoginFailed) as b:
        services.auth.unlock_panel("law", "1357")
    assert (a.value.zh, a.value.en) == (b.value.zh, b.value.en)


def test_staff_list_is_for_administrators(services, admin) -> None:
    _add(services, admin, "med")
    med = services.auth.login("med", "password-1")
    assert {u.username for u in services.auth.list_users(admin)} == {"admin", "med"}
    with pytest.raises(PermissionDenied):
        services.auth.list_users(med)


def test_lookup_by_full_id_number_only_for_roles_that_register(services, room) -> None:  # noqa: F811
    from tests.services.test_intake import simple_intake
    ids = [p.id_number for p in simple_intake().parties if p.id_number] or ["110105194912310029"]
    assert services.intake.repeat_visits(room["actors"]["rec"], ids) is not None
    for who in ("law", "psy"):
        with pytest.raises(PermissionDenied):
            services.intake.repeat_visits(room["actors"][who], ids)
    admin = services.auth.login("admin", "admin-pass-1")
    with pytest.raises(PermissionDenied):
        services.intake.repeat_visits(admin, ids)


@pytest.mark.parametrize(("slot", "who"), [("mediator_id", "rec"), ("mediator_id", "law"), ("lawyer_id", "med"),
                                           ("counsellor_id", "law"), ("lawyer_id", "psy")])
def test_session_host_roles_are_checked(services, room, slot: str, who: str) -> None:  # noqa: F811
    people = room["people"]
    slots = {"mediator_id": people["med"].id, "lawyer_id": people["law"].id, "counsellor_id": people["psy"].id}
    slots[slot] = people[who].id
    p = Participants(party_ids=[x.id for x in room["parties"]], **slots)
    with pytest.raises(ValidationError) as err:
        services.sessions.start(room["actors"]["med"], room["case_id"], p)
    assert err.value.field == slot.removesuffix("_id")
    ok = Participants(party_ids=[x.id for x in room["parties"]], mediator_id=people["spec"].id)
    assert services.sessions.start(room["actors"]["med"], room["case_id"], ok)


def test_demo_data_and_accounts_never_reach_a_real_station(services, datadir) -> None:
    from app.services.demo import DEMO_PASSWORD, DEMO_PIN, seed_demo
    with pytest.raises(DomainError) as err:
        seed_demo(datadir, cases=1)
    assert str(datadir.root) in err.value.zh and "real station" in err.value.en
    admin = services.auth.login("admin", "admin-pass-1")
    with pytest.raises(ValidationError):
        services.auth.add_user(admin, username="counsellor", display_name="吴静", role=Role.COUNSELLOR,
                               password=DEMO_PASSWORD)
    with pytest.raises(ValidationError):
        services.auth.add_user(admin, username="counsellor", display_name="吴静", role=Role.COUNSELLOR,
                               password="good-pass-7x", pin=DEMO_PIN)
    assert {u.username for u in services.auth.list_users(admin)} == {"admin"}
