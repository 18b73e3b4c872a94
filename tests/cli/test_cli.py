"""The headless CLI, run as a user runs it: a separate process, exit codes, output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "station-passphrase-1"
ADMIN = {"MEDIATION_DESK_USER": "admin", "MEDIATION_DESK_PASSWORD": "admin-pass-1"}
DEMO_ADMIN = {"MEDIATION_DESK_USER": "admin", "MEDIATION_DESK_PASSWORD": "demo12345", "MEDIATION_DESK_PASSPHRASE": ""}


def run(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run the CLI signed in as the station's admin unless `env` says otherwise."""
    full_env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                "MEDIATION_DESK_PASSPHRASE": PASS, **ADMIN, **(env or {})}
    result = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                            env=full_env, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def station(tmp_path: Path) -> Path:
    d = tmp_path / "cli-station"
    run("init", "--data-dir", str(d), "--yes", "--station-name", "东门服务站", "--street", "东门",
        "--committee", "东门街道人民调解委员会", "--admin-name", "赵管理", "--admin-password", "admin-pass-1")
    return d


def test_every_subcommand_has_help():
    for cmd in (["--help"], ["init", "--help"], ["seed-demo", "--help"], ["doctor", "--help"],
                ["users", "--help"], ["users", "add", "--help"], ["cases", "--help"]):
        assert "usage" in run(*cmd).stdout


def test_init_then_users_and_doctor(station: Path):
    meta = json.loads((station / "mediation-desk.json").read_text(encoding="utf-8"))
    assert meta["key"]["mode"] == "passphrase" and "salt" in meta["key"]["kdf"]
    run("users", "add", "lin", "--data-dir", str(station), "--name", "林调解", "--role", "mediator",
        "--password", "mediator-pw-1", "--pin", "2468")
    users = json.loads(run("users", "list", "--data-dir", str(station), "--json").stdout)
    assert {u["username"] for u in users} == {"admin", "lin"}
    run("users", "disable", "lin", "--data-dir", str(station))
    users = json.loads(run("users", "list", "--data-dir", str(station), "--json").stdout)
    assert [u["active"] for u in users if u["username"] == "lin"] == [False]
    doctor = json.loads(run("doctor", "--data-dir", str(station), "--json").stdout)
    assert doctor["ok"] is True
    assert {c["name"] for c in doctor["checks"]} >= {"integrity", "migrations", "audit chain", "key", "free disk"}


def test_data_dir_may_come_before_the_command(station: Path, tmp_path: Path):
    """`mediation-desk --data-dir X users list` reads X, not the default folder."""
    elsewhere = {"MEDIATION_DESK_HOME": str(tmp_path / "not-this-one")}
    users = json.loads(run("--data-dir", str(station), "users", "list", "--json", env=elsewhere).stdout)
    assert [u["username"] for u in users] == ["admin"]
    assert not (tmp_path / "not-this-one").exists()


def test_wrong_passphrase_fails_with_one_line(station: Path):
    result = run("cases", "--data-dir", str(station), env={"MEDIATION_DESK_PASSPHRASE": "not-the-passphrase"},
                 check=False)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "wrong database key" in result.stderr and "口令错误" in result.stderr


def test_bad_user_input_is_one_line_in_both_languages(station: Path):
    result = run("users", "add", "x", "--data-dir", str(station), "--name", "某", "--role", "lawyer",
                 "--password", "short", check=False)
    assert result.returncode == 1
    assert "密码至少需要8个字符" in result.stderr


def test_uninitialised_folder_is_reported(tmp_path: Path):
    result = run("cases", "--data-dir", str(tmp_path / "nothing"), check=False)
    assert result.returncode == 1 and "not initialised" in result.stderr
    assert not (tmp_path / "nothing" / "mediation.db").exists()


def test_seed_demo_on_empty_folder_and_list(tmp_path: Path):
    d = tmp_path / "demo"
    seeded = json.loads(run("seed-demo", "--data-dir", str(d), "--cases", "300", "--json",
                            env=DEMO_ADMIN).stdout)
    assert seeded["cases"] == 300
    rows = json.loads(run("cases", "--data-dir", str(d), "--limit", "500", "--json",
                          env=DEMO_ADMIN).stdout)
    assert len(rows) == 300
    assert {r["status"] for r in rows} >= {"registered", "mediating", "closed"}
    assert all("*" in r["masked_ids"] for r in rows if r["masked_ids"])
    registered = json.loads(run("cases", "--data-dir", str(d), "--status", "registered", "--json",
                                env=DEMO_ADMIN).stdout)
    assert registered and all(r["status"] == "registered" for r in registered)
    users = json.loads(run("users", "list", "--data-dir", str(d), "--json",
                           env=DEMO_ADMIN).stdout)
    assert {"admin", "reception", "specialist", "mediator", "lawyer", "counsellor"} <= {u["username"] for u in users}


def test_doctor_fails_on_tampered_audit_log(station: Path):
    from app.storage.datadir import DataDir
    from app.storage.store import open_store
    db = open_store(DataDir(station), passphrase=PASS)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = 1")
    db.dispose()
    result = run("doctor", "--data-dir", str(station), check=False)
    assert result.returncode == 1
    assert "[FAIL] audit chain" in result.stdout


def test_render_and_verify(station: Path, tmp_path: Path):
    from app.domain.catalog import PartyKind, PartyRole, Role
    from app.services import Services
    from app.services.intake import IntakeInput, PartyInput
    from app.storage.datadir import DataDir
    from app.storage.store import open_store
    from tests.services.test_documents import STROKE
    svc = Services(open_store(DataDir(station), passphrase=PASS))
    admin = svc.auth.login("admin", "admin-pass-1")
    svc.auth.add_user(admin, username="spec", display_name="王专员", role=Role.LEGAL_SPECIALIST, password="password-1")
    spec = svc.auth.login("spec", "password-1")
    case = svc.intake.register(spec, IntakeInput(
        summary="邻居漏水损坏天花板", consent_to_mediation=True, category_code="02",
        parties=[PartyInput(name="王喆"), PartyInput(role=PartyRole.RESPONDENT, kind=PartyKind.PERSON, name="李四")]))
    view = svc.documents.open_agreement(spec, case.case_id)
    for slot, _, _ in view.slots:
        svc.documents.add_signature(spec, view.id, slot, STROKE)
    sealed = svc.documents.seal_agreement(spec, view.id)
    svc.close()
    good = tmp_path / "sealed.pdf"
    good.write_bytes(sealed.pdf)
    assert json.loads(run("verify", str(good), "--data-dir", str(station), "--json").stdout)["ok"] is True
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(sealed.pdf + b"\n% trailing garbage\n")
    bad = run("verify", str(appended), "--data-dir", str(station), check=False)
    assert bad.returncode == 1 and "appended" in bad.stderr
    out = tmp_path / "notice.pdf"
    rendered = json.loads(run("render", "notice", case.number, "--out", str(out), "--data-dir", str(station),
                              "--json", env={"MEDIATION_DESK_USER": "spec",
                                             "MEDIATION_DESK_PASSWORD": "password-1"}).stdout)
    assert out.read_bytes().startswith(b"%PDF") and rendered["number"] == case.number
    unsigned = run("verify", str(out), "--data-dir", str(station), check=False)
    assert unsigned.returncode == 1 and "no_signature" in unsigned.stderr
