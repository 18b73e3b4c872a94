"""The audit chain anchored outside the database, and `doctor` catching each kind of tampering."""
from __future__ import annotations

import json

import pytest

from app.services.doctor import run_checks
from app.storage import audit
from tests.services.test_sessions import _open, _start, room  # noqa: F401 - the fixture

TRIGGERS = ("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
            "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END")


def _checks(datadir) -> dict[str, tuple[bool, str]]:  # noqa: ANN001
    return {c.name: (c.ok, c.detail) for c in run_checks(datadir)}


def _unprotected(services, sql: list[str], *, restore: bool = True) -> None:  # noqa: ANN001
    """What an intruder with the database key does: drop the triggers, edit, put them back."""
    with services.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        for q in sql:
            conn.exec_driver_sql(q)
        if restore:
            for q in TRIGGERS:
                conn.exec_driver_sql(q)


@pytest.fixture
def busy(services, room, datadir):  # noqa: F811
    sid = _start(services, room)
    _open(services, room, sid)
    med = services.auth.unlock_panel("med", "2468")
    services.sessions.save_field(med, sid, "reason", "agreed_facts", "欠薪三万元属实")
    services.sessions.add_minutes(med, sid, "mediator", "开始调解")
    return {**room, "sid": sid}


def test_the_head_is_kept_in_the_meta_file_after_each_commit(services, busy, datadir):
    meta = json.loads(datadir.meta_path.read_text(encoding="utf-8"))
    assert meta["audit_head"] == audit.head_record(services.db)
    before = meta["audit_head"]["seq"]
    services.auth.login("admin", "admin-pass-1")
    assert datadir.read_meta()["audit_head"]["seq"] == before + 1
    checks = _checks(datadir)
    assert all(ok for ok, _ in checks.values()), checks


def test_doctor_reports_truncation(services, busy, datadir):
    head = audit.head_record(services.db)["seq"]
    _unprotected(services, [f"DELETE FROM audit_event WHERE seq > {head - 3}"])
    checks = _checks(datadir)
    assert checks["audit chain"][0]  # the shortened chain is still a valid chain...
    assert not checks["audit anchor"][0] and "truncated" in checks["audit anchor"][1]  # ...but not the anchored one


def test_doctor_reports_a_rehashed_chain(services, busy, datadir):
    prev, sql = audit.GENESIS, []
    with services.db.read() as s:
        for r in s.scalars(audit.select(audit.AuditEvent).order_by(audit.AuditEvent.seq)):
            actor = "mallory" if r.seq == 1 else r.actor  # change row 1, recompute every hash after it
            h = audit._digest(prev, r.seq, r.at, actor, r.action, r.entity, r.entity_id, r.detail)  # noqa: SLF001
            sql.append(f"UPDATE audit_event SET actor = '{actor}', prev_hash = '{prev}', hash = '{h}' "
                       f"WHERE seq = {r.seq}")
            prev = h
    _unprotected(services, sql)
    checks = _checks(datadir)
    assert checks["audit chain"][0]
    assert not checks["audit anchor"][0] and "re-hashed" in checks["audit anchor"][1]


def test_doctor_reports_missing_triggers(services, busy, datadir):
    _unprotected(services, [], restore=False)
    checks = _checks(datadir)
    assert not checks["audit triggers"][0] and "audit_event_no_delete" in checks["audit triggers"][1]


def test_doctor_reports_deleted_notes_and_case_events(services, busy, datadir):
    with services.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM note")
    checks = _checks(datadir)
    assert not checks["deleted records"][0] and "note" in checks["deleted records"][1]
    with services.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM case_event WHERE kind = 'status' AND to_status = 'mediating'")
    assert "status events" in _checks(datadir)["deleted records"][1]


def test_cli_doctor_names_the_failures(services, busy, datadir, capsys, monkeypatch):
    from app.cli import main

    monkeypatch.setenv("MEDIATION_DESK_USER", "admin")  # doctor signs in as an administrator
    monkeypatch.setenv("MEDIATION_DESK_PASSWORD", "admin-pass-1")

    _unprotected(services, ["DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)"])
    assert main(["doctor", "--data-dir", str(datadir.root)]) == 1
    out = capsys.readouterr().out
    assert "[FAIL] audit anchor" in out
