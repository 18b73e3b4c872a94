"""Every role × every door, generated from ONE table (issue 10 item 8): the service method and the
CLI command of each door allow exactly the roles the table names. The CLI signs in through
MEDIATION_DESK_USER / MEDIATION_DESK_PASSWORD as each demo account on a small demo station
(seeded once for the module); allowed → exit 0, denied → exit 1 with one line and no traceback.
Also: the CLI without credentials, wrong passwords towards the lockout, demo refused on a real
station."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from keyring.backends import fail

from app.cli import main
from app.domain.catalog import Role
from app.domain.errors import DomainError
from app.services.auth import MAX_FAILURES

R = Role
ALL = frozenset(Role)
USERNAME = {R.ADMIN: "admin", R.RECEPTION: "reception", R.LEGAL_SPECIALIST: "specialist", R.MEDIATOR: "mediator",
            R.LAWYER: "lawyer", R.COUNSELLOR: "counsellor"}
DEMO_PASSWORD = "demo12345"


@dataclass(frozen=True)
class Door:
    allowed: frozenset[Role]
    cli: Callable[[dict], list[str]] | None           # argv after the command name, from the fixture facts
    service: Callable[[object, object, dict], object] | None  # (services, actor, facts) → call


def _year_2026():  # noqa: ANN202 - StatsFilter
    from datetime import date

    from app.domain.statistics import StatsFilter
    return StatsFilter(date(2026, 1, 1), date(2026, 12, 31))


# THE table. A door is a way in; each row says who may pass.
DOORS: dict[str, Door] = {
    "list cases": Door(ALL, lambda f: ["cases", "--limit", "3"],
                       lambda s, a, f: s.cases.list_ids(a, limit=3)),
    "case detail": Door(ALL, None, lambda s, a, f: s.cases.detail(a, f["case_id"])),
    "list users": Door(frozenset({R.ADMIN}), lambda f: ["users", "list"], lambda s, a, f: s.auth.list_users(a)),
    "add user": Door(frozenset({R.ADMIN}),
                     lambda f: ["users", "add", f"cli_{f['me']}", "--name", "新同事", "--role", "lawyer",
                                "--password", "strong-pass-7x"],
                     lambda s, a, f: s.auth.add_user(a, username=f"svc_{a.username}", display_name="新同事",
                                                     role=R.LAWYER, password="strong-pass-7x")),
    "reset another's password": Door(frozenset({R.ADMIN}),
                                     lambda f: ["users", "passwd", "lawyer2", "--password", "strong-pass-7x"],
                                     lambda s, a, f: s.auth.set_password(a, "lawyer2", "strong-pass-7x")),
    "render a document": Door(frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR}),
                              lambda f: ["render", "notice", f["case_id"], "--out", str(f["tmp"] / f"{f['me']}.pdf")],
                              lambda s, a, f: s.documents.build(a, "notice", f["case_id"])),
    "doctor": Door(frozenset({R.ADMIN}), lambda f: ["doctor"], None),
    "unmask an ID number": Door(frozenset({R.RECEPTION, R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER}), None,
                                lambda s, a, f: s.cases.unmask_id(a, f["party_id"])),
    "look up by full ID number": Door(frozenset({R.RECEPTION, R.LEGAL_SPECIALIST, R.MEDIATOR}), None,
                                      lambda s, a, f: s.intake.repeat_visits(a, [f["id_number"]])),
    "accept and route": Door(frozenset({R.LEGAL_SPECIALIST}), None,
                             lambda s, a, f: s.routing.accept(a, f["registered_id"], room_code="R2")),
    "statistics": Door(frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR, R.ADMIN}),
                       lambda f: ["stats", "--from", "2026-01-01", "--to", "2026-12-31", "--json"],
                       lambda s, a, f: s.statistics.figures(a, _year_2026())),
    "bundle history (上报)": Door(frozenset({R.LEGAL_SPECIALIST, R.ADMIN}), lambda f: ["exchange", "history"],
                                 lambda s, a, f: s.exchange.history(a)),
    "open sessions": Door(frozenset({R.LEGAL_SPECIALIST, R.MEDIATOR, R.LAWYER, R.COUNSELLOR}), None,
                          lambda s, a, f: s.sessions.open_sessions(a)),
}
CASES = [(door, role) for door in DOORS for role in USERNAME]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A small demo station (published passphrase, no keychain), seeded once for the module."""
    import app.services.auth as auth
    from app.services import Services
    from app.services.demo import seed_demo
    from app.storage.datadir import DataDir
    from app.storage.store import open_store
    root = tmp_path_factory.mktemp("matrix") / "station-demo"
    with pytest.MonkeyPatch.context() as mp:
        keyring.set_keyring(fail.Keyring())
        mp.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
        seed_demo(DataDir(root), cases=12, sealed_agreements=0)
        svc = Services(open_store(DataDir(root)))
        try:
            spec = svc.auth.login("specialist", DEMO_PASSWORD)
            ids = svc.cases.list_ids(spec, limit=50)
            rows = svc.cases.rows(spec, ids)
            registered = [r.id for r in rows if r.status == "registered"]
            with_id = next(d for d in (svc.cases.detail(spec, i) for i in ids)
                           if any(p.masked_id for p in d.parties))
            party = next(p for p in with_id.parties if p.masked_id)
            facts = {"root": root, "case_id": with_id.row.id, "party_id": party.id,
                     "id_number": svc.cases.unmask_id(spec, party.id),
                     "registered": registered}
        finally:
            svc.close()
    return facts


@pytest.fixture
def as_user(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], None]:
    def sign_in(username: str, password: str = DEMO_PASSWORD) -> None:
        monkeypatch.setenv("MEDIATION_DESK_USER", username)
        monkeypatch.setenv("MEDIATION_DESK_PASSWORD", password)
    return sign_in


def _cli(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(("door", "role"), [c for c in CASES if DOORS[c[0]].cli], ids=lambda x: str(x))
def test_cli_door(door: str, role: Role, demo: dict, as_user, capsys, tmp_path: Path) -> None:  # noqa: ANN001
    d = DOORS[door]
    as_user(USERNAME[role])
    argv = d.cli({**demo, "me": USERNAME[role], "tmp": tmp_path})  # type: ignore[misc]
    code, _out, err = _cli([argv[0], "--data-dir", str(demo["root"]), *argv[1:]], capsys)
    if role in d.allowed:
        assert code == 0, err
    else:
        assert code == 1
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, err
        assert "may not" in lines[0] and "无权" in lines[0]


@pytest.mark.parametrize(("door", "role"), [c for c in CASES if DOORS[c[0]].service], ids=lambda x: str(x))
def test_service_door(door: str, role: Role, demo: dict) -> None:
    from app.domain.errors import PermissionDenied
    from app.services import Services
    from app.storage.datadir import DataDir
    from app.storage.store import open_store
    d = DOORS[door]
    svc = Services(open_store(DataDir(demo["root"])))
    try:
        actor = svc.auth.login(USERNAME[role], DEMO_PASSWORD)
        facts = {**demo, "registered_id": demo["registered"][list(USERNAME).index(role) % len(demo["registered"])]}
        if role in d.allowed:
            try:
                d.service(svc, actor, facts)  # type: ignore[misc]
            except PermissionDenied:  # pragma: no cover - the failure message names the door
                pytest.fail(f"{role} refused at {door}")
            except DomainError:
                pass  # allowed through the permission check; the input may be refused later
        else:
            with pytest.raises(PermissionDenied):
                d.service(svc, actor, facts)  # type: ignore[misc]
    finally:
        svc.close()


def test_the_table_covers_every_cli_command_that_reads_data() -> None:
    from app.cli import build_parser
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    covered = {DOORS[d].cli({"case_id": "x", "me": "m", "tmp": Path()})[0] for d in DOORS if DOORS[d].cli}
    # `district` works on the district's own folder and key (its users come with the importer).
    no_sign_in = {"init", "seed-demo", "verify", "screenshots", "district"}
    assert set(sub.choices) - no_sign_in <= covered


def test_no_credentials_no_command(demo: dict, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.delenv("MEDIATION_DESK_USER", raising=False)
    monkeypatch.delenv("MEDIATION_DESK_PASSWORD", raising=False)
    code, out, err = _cli(["cases", "--data-dir", str(demo["root"])], capsys)
    assert code == 1 and not out and "sign-in required" in err and len(err.strip().splitlines()) == 1
    code, out, err = _cli(["users", "list", "--data-dir", str(demo["root"]), "--user", "admin"], capsys)
    assert code == 1 and not out and "no password" in err  # no terminal to ask in


def test_wrong_cli_passwords_count_towards_the_lockout(demo: dict, as_user, capsys) -> None:  # noqa: ANN001
    as_user("reception2", "not-the-password")
    for _ in range(MAX_FAILURES - 1):
        code, _, err = _cli(["cases", "--data-dir", str(demo["root"])], capsys)
        assert code == 1 and "用户名或密码错误" in err
    code, _, err = _cli(["cases", "--data-dir", str(demo["root"])], capsys)
    assert code == 1 and "锁定" in err
    as_user("reception2")
    code, _, err = _cli(["cases", "--data-dir", str(demo["root"])], capsys)
    assert code == 1 and "锁定" in err  # the right password waits out the lockout, as in the GUI
    as_user("admin")
    from app.services import Services
    from app.storage.datadir import DataDir
    from app.storage.store import open_store
    svc = Services(open_store(DataDir(demo["root"])))
    try:
        from sqlalchemy import select

        from app.storage.models import AuditEvent
        with svc.db.read() as s:
            actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.actor == "reception2"))]
    finally:
        svc.close()
    assert actions.count("login_failed") >= MAX_FAILURES + 1


def test_seed_demo_and_demo_flag_refused_on_a_real_station(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    real = tmp_path / "real-station"
    monkeypatch.setenv("MEDIATION_DESK_ADMIN_PASSWORD", "admin-pass-1")
    monkeypatch.setenv("MEDIATION_DESK_PASSPHRASE", "station-passphrase-1")
    assert main(["init", "--data-dir", str(real), "--yes", "--station-name", "东门服务站", "--street", "东门",
                 "--committee", "东门街道人民调解委员会", "--admin-name", "赵管理"]) == 0
    capsys.readouterr()
    for argv in (["seed-demo", "--data-dir", str(real), "--cases", "1"],
                 ["--demo", "--data-dir", str(real), "cases"], ["cases", "--demo", "--data-dir", str(real)]):
        code, out, err = _cli(argv, capsys)
        assert code == 1 and not out, argv
        assert err.count("\n") == 1 and str(real) in err and "real station" in err
    monkeypatch.setenv("MEDIATION_DESK_USER", "admin")
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "admin-pass-1")
    code, out, err = _cli(["users", "list", "--data-dir", str(real)], capsys)
    assert code == 0 and out.split() [0] == "admin" and "counsellor" not in out  # no demo account arrived


def test_a_refusal_in_a_real_process_is_one_line(demo: dict) -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "MEDIATION_DESK_USER": "reception", "MEDIATION_DESK_PASSWORD": DEMO_PASSWORD}
    env.pop("MEDIATION_DESK_PASSPHRASE", None)
    r = subprocess.run([sys.executable, "-m", "app", "render", "notice", demo["case_id"], "--out", os.devnull,
                        "--data-dir", str(demo["root"])], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr and "无权出具文书" in r.stderr
