"""`mediation-desk doctor`: is this installation healthy?"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text

from app.domain.errors import DomainError
from app.services import integrity as tamper
from app.storage import audit, keys, migrate
from app.storage.datadir import DataDir
from app.storage.store import key_info, open_store

MIN_FREE_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_checks(datadir: DataDir, *, prompt: Callable[[], str | None] | None = None) -> list[Check]:
    checks: list[Check] = []
    if not datadir.is_initialised():
        return [Check("data folder", False, f"not initialised: {datadir.root}")]
    checks.append(Check("data folder", True, str(datadir.root)))
    info = key_info(datadir)
    kc = keys.keychain_status()
    checks.append(Check("key", True, f"{info.where}; system keychain: {kc.name}"
                        + ("" if kc.usable else f" (refused: {kc.reason})")))
    try:
        db = open_store(datadir, prompt=prompt, upgrade=False)
    except DomainError as exc:
        checks.append(Check("open database", False, exc.en))
        return checks
    try:
        checks.append(Check("open database", True, "encrypted (SQLCipher)" if db.encrypted else db.engine.url.render_as_string()))
        current, head = migrate.state(db)
        checks.append(Check("migrations", current == head, f"database {current}, app {head}"))
        if db.is_sqlite:
            with db.engine.connect() as conn:
                integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                cipher = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() if db.encrypted else []
            checks.append(Check("integrity", integrity == "ok" and not cipher,
                                "ok" if integrity == "ok" and not cipher else f"{integrity}; {cipher[:3]}"))
            checks.append(Check("foreign keys", not fk, "ok" if not fk else f"{len(fk)} violations"))
        else:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            checks.append(Check("integrity", True, "server database reachable"))
        with db.read() as s:
            chain = audit.verify_chain(s)
            anchored_ok, anchored = tamper.anchor_problem(s, datadir.read_meta())
            triggers_ok, triggers = tamper.trigger_problem(s)
            gone = tamper.deleted_records(s)
        checks.append(Check("audit chain", chain.ok, f"{chain.rows} rows intact" if chain.ok else chain.problem))
        checks.append(Check("audit anchor", anchored_ok, anchored))
        checks.append(Check("audit triggers", triggers_ok, triggers))
        checks.append(Check("deleted records", not gone, "none" if not gone else "; ".join(gone)))
    finally:
        db.dispose()
    free = shutil.disk_usage(datadir.root).free
    checks.append(Check("free disk", free >= MIN_FREE_BYTES, f"{free / 2**30:.1f} GiB free"))
    return checks
