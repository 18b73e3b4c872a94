"""Counselling notes sealed by the counsellors' own keys: who can and cannot read them."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from app.domain.catalog import Role
from app.domain.errors import PermissionDenied, ValidationError
from app.services import counselling
from app.storage.models import Note
from tests.services.test_sessions import _open, _start, room  # noqa: F401 - the fixture

CANARY = "CANARY-轻生念头-7f3a"


@pytest.fixture
def sealed(services, room):  # noqa: F811
    sid = _start(services, room)
    _open(services, room, sid)
    psy = services.auth.unlock_panel("psy", "2468")
    services.sessions.save_field(psy, sid, "emotion", "process_note", f"申请人谈及{CANARY}")
    services.sessions.screen(psy, sid, "phq9", [1, 2, 0, 0, 0, 0, 0, 0, 3])
    return {**room, "sid": sid}


def _dump_all_rows(db) -> str:  # noqa: ANN001
    """Everything the database key opens: every row of every table, as text."""
    out = []
    with db.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            out.extend(repr(tuple(r)) for r in conn.exec_driver_sql(f'SELECT * FROM "{t}"'))
    return "\n".join(out)


def test_first_counsellor_makes_the_key_and_later_ones_wait_for_a_grant(services, room):  # noqa: F811
    assert counselling.held(room["people"]["psy"].id) is not None  # psy was the first counsellor
    admin = services.auth.login("admin", "admin-pass-1")
    info = services.auth.add_user(admin, username="psy2", display_name="PSY2", role=Role.COUNSELLOR,
                                  password="password-2", pin="3579")
    assert info.recovery_code and len(info.recovery_code.replace("-", "")) >= 20
    psy2 = services.auth.login("psy2", "password-2")
    assert not services.counselling.has_access(psy2)
    assert [u.username for u in services.counselling.pending(room["actors"]["psy"])] == ["psy2"]
    with pytest.raises(PermissionDenied):
        services.counselling.grant(admin, "psy2")
    services.counselling.grant(room["actors"]["psy"], "psy2")
    counselling.forget()
    psy2 = services.auth.login("psy2", "password-2")
    assert services.counselling.has_access(psy2)


def test_admin_reads_nothing_and_the_database_key_opens_no_process_note(services, sealed, datadir):
    admin = services.auth.login("admin", "admin-pass-1")
    assert CANARY not in str(services.cases.detail(admin, sealed["case_id"]).notes)
    assert CANARY not in str(services.cases.notes(admin, sealed["case_id"]))
    # what the CLI, or anyone with the database key, reads: every row of every table
    dump = _dump_all_rows(services.db)
    assert CANARY not in dump and "各项" not in dump and "mdseal1:" in dump
    # a raw copy of the file, and the logs
    for path in datadir.root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert CANARY.encode() not in data and "轻生念头".encode() not in data, path
    # the counsellor still reads it
    psy = sealed["actors"]["psy"]
    assert CANARY in services.sessions.state(psy, sealed["sid"]).fields["emotion.process_note"]
    assert "各项：1,2,0,0,0,0,0,0,3" in services.sessions.state(psy, sealed["sid"]).fields["emotion.phq9"]


def test_a_password_reset_by_the_admin_gives_no_access_until_a_colleague_grants(services, sealed):
    admin = services.auth.login("admin", "admin-pass-1")
    services.auth.add_user(admin, username="psy2", display_name="PSY2", role=Role.COUNSELLOR,
                           password="password-2")
    services.counselling.grant(sealed["actors"]["psy"], "psy2")
    services.auth.set_password(admin, "psy", "admin-knows-1")
    counselling.forget()
    psy = services.auth.login("psy", "admin-knows-1")
    st = services.sessions.state(psy, sealed["sid"])
    assert st.sealed_locked and "emotion.process_note" not in st.fields
    assert CANARY not in str(services.cases.notes(psy, sealed["case_id"]))
    panel = services.auth.unlock_panel("psy", "admin-knows-1")
    with pytest.raises(PermissionDenied) as err:
        services.sessions.save_field(panel, sealed["sid"], "emotion", "process_note", "x")
    assert "授权" in err.value.zh
    # another counsellor, with their own password, grants access again
    psy2 = services.auth.login("psy2", "password-2")
    services.counselling.grant(psy2, "psy")
    counselling.forget()
    psy = services.auth.login("psy", "admin-knows-1")
    assert CANARY in services.sessions.state(psy, sealed["sid"]).fields["emotion.process_note"]


def test_a_role_change_gives_no_access(services, sealed):
    admin = services.auth.login("admin", "admin-pass-1")
    services.counselling.set_role(admin, "med", Role.COUNSELLOR)
    counselling.forget()
    med = services.auth.login("med", "password-1")
    st = services.sessions.state(med, sealed["sid"])
    assert st.sealed_locked and CANARY not in str(st)
    # and a counsellor made something else and back loses their grant
    services.counselling.set_role(admin, "psy", Role.MEDIATOR)
    services.counselling.set_role(admin, "psy", Role.COUNSELLOR)
    counselling.forget()
    psy = services.auth.login("psy", "password-1")
    assert services.sessions.state(psy, sealed["sid"]).sealed_locked


def test_the_recovery_code_restores_the_counsellors_own_access(services, datadir):
    admin = services.auth.login("admin", "admin-pass-1")
    info = services.auth.add_user(admin, username="solo", display_name="SOLO", role=Role.COUNSELLOR,
                                  password="password-1")
    code = info.recovery_code
    solo = services.auth.login("solo", "password-1")
    assert services.counselling.has_access(solo)
    services.auth.set_password(admin, "solo", "forgot-it-1")
    counselling.forget()
    solo = services.auth.login("solo", "forgot-it-1")
    assert not services.counselling.has_access(solo)
    with pytest.raises(ValidationError):
        services.counselling.recover("solo", "forgot-it-1", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    solo = services.counselling.recover("solo", "forgot-it-1", code.lower())
    assert services.counselling.has_access(solo)
    counselling.forget()
    assert services.counselling.has_access(services.auth.login("solo", "forgot-it-1"))


def test_a_counsellor_changing_their_own_password_keeps_access(services, sealed):
    psy = sealed["actors"]["psy"]
    services.auth.set_password(psy, "psy", "new-password-9")
    counselling.forget()
    psy = services.auth.login("psy", "new-password-9")
    assert CANARY in services.sessions.state(psy, sealed["sid"]).fields["emotion.process_note"]


def test_moving_a_sealed_note_into_another_row_fails_authentication(services, sealed):
    from app.services.counselling import SealBroken

    psy = services.auth.unlock_panel("psy", "2468")
    services.sessions.save_field(psy, sealed["sid"], "emotion", "referral", "建议转介")
    with services.db.write() as s:
        rows = {n.field: n for n in s.query(Note).filter(Note.session_id == sealed["sid"])}
        s.execute(text("UPDATE note SET body = :b WHERE id = :i"),
                  {"b": rows["process_note"].body, "i": rows["referral"].id})
    with pytest.raises(SealBroken) as err:
        services.sessions.state(psy, sealed["sid"])
    assert "校验" in err.value.zh


def test_locking_forgets_the_counselling_key(services, sealed):
    psy = sealed["actors"]["psy"]
    services.counselling.forget_keys()  # what the screen lock and sign-out do
    assert services.sessions.state(psy, sealed["sid"]).sealed_locked
    # a PIN alone does not bring it back (a 4-digit PIN would be guessed offline)
    panel = services.auth.unlock_panel("psy", "2468")
    assert not services.counselling.has_access(panel)
    services.auth.unlock_panel("psy", "password-1")
    assert CANARY in services.sessions.state(psy, sealed["sid"]).fields["emotion.process_note"]


def test_old_plaintext_notes_are_sealed_at_the_next_counsellor_sign_in(services, sealed):
    with services.db.write() as s:
        n = s.query(Note).filter(Note.field == "process_note").one()
        n.body = "旧版明文记录 LEGACY-42"
    counselling.forget()
    services.auth.login("psy", "password-1")
    assert "LEGACY-42" not in _dump_all_rows(services.db)
    assert "LEGACY-42" in services.sessions.state(sealed["actors"]["psy"], sealed["sid"]).fields["emotion.process_note"]


def test_the_cli_with_the_database_key_reads_no_process_note(services, sealed, datadir, capsys, monkeypatch):
    """A counsellor added from the command line by an administrator gets no access; a password
    reset takes none over; nothing the CLI prints carries a process note."""
    from app.cli import main

    monkeypatch.setenv("MEDIATION_DESK_USER", "admin")
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "admin-pass-1")

    assert main(["users", "add", "spy", "--data-dir", str(datadir.root), "--name", "间谍", "--role", "counsellor",
                 "--password", "spy-password-1"]) == 0
    out = capsys.readouterr().out
    assert "recovery code" in out
    assert main(["users", "passwd", "psy", "--data-dir", str(datadir.root), "--password", "taken-over-1"]) == 0
    assert main(["cases", "--data-dir", str(datadir.root), "--json"]) == 0
    assert CANARY not in capsys.readouterr().out
    counselling.forget()
    for user, pw in (("spy", "spy-password-1"), ("psy", "taken-over-1")):
        actor = services.auth.login(user, pw)
        st = services.sessions.state(actor, sealed["sid"])
        assert st.sealed_locked and CANARY not in str(st)
        assert CANARY not in str(services.cases.notes(actor, sealed["case_id"]))
    # the whole data folder after the scripted session: database file, meta, logs, backups
    for path in datadir.root.rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path
