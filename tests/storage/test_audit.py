"""The audit log is append-only and hash-chained: tampering is detected."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from app.storage import audit


@pytest.fixture
def logged(services):
    with services.db.write() as s:
        for i in range(5):
            audit.append(s, actor="tester", action=f"act{i}", entity="case", entity_id=str(i), detail={"n": i})
    return services.db


def _raw(db, *sql: str) -> None:
    """Tamper as someone with the key and a SQLite shell would: drop the guard first."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        for stmt in sql:
            conn.exec_driver_sql(stmt)


def _check(db) -> audit.ChainCheck:
    with db.read() as s:
        return audit.verify_chain(s)


def test_intact_chain_verifies(logged):
    check = _check(logged)
    assert check.ok and check.rows >= 5


def test_database_refuses_update_and_delete(logged):
    for stmt in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(Exception, match="append-only"):
            with logged.engine.begin() as conn:
                conn.execute(text(stmt))
    assert _check(logged).ok


def test_edited_row_is_detected(logged):
    _raw(logged, "UPDATE audit_event SET actor = 'mallory' WHERE action = 'act2'")
    check = _check(logged)
    assert not check.ok and "altered" in check.problem


def test_deleted_row_is_detected(logged):
    _raw(logged, "DELETE FROM audit_event WHERE action = 'act1'")
    check = _check(logged)
    assert not check.ok and "missing" in check.problem


def test_reordered_rows_are_detected(logged):
    # Swap the contents (and hashes) of two rows, keeping their sequence numbers.
    with logged.engine.connect() as conn:
        s1, s3 = (conn.exec_driver_sql(f"SELECT seq FROM audit_event WHERE action = '{a}'").scalar()
                  for a in ("act1", "act3"))
    _raw(logged,
         "UPDATE audit_event SET seq = -1 WHERE action = 'act1'",
         f"UPDATE audit_event SET seq = {s1} WHERE action = 'act3'",
         f"UPDATE audit_event SET seq = {s3} WHERE action = 'act1'")
    check = _check(logged)
    assert not check.ok
