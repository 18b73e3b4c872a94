"""Schema migrations with Alembic: back up first, upgrade in one transaction, refuse a
database written by a newer version of the app."""
from __future__ import annotations

import logging
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from app.storage.database import Database, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))
# The newest revision in migrations/versions (a test keeps the two equal). Knowing it without
# Alembic lets every start check an up-to-date database without importing Alembic (~0.3 s).
SCHEMA_HEAD = "0007"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def state(db: Database) -> tuple[str | None, str]:
    """(database revision, code head revision)."""
    return current_revision(db), head_revision()


def upgrade(db: Database, *, backup_dir: Path | None = None) -> bool:
    """Bring the schema to head. Returns True when something was applied."""
    if current_revision(db) == SCHEMA_HEAD:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    current = current_revision(db)
    head = script.get_current_head()
    if current == head:
        return False
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # noqa: BLE001 - alembic raises several kinds for unknown ids
            raise StorageError(
                "该数据库由更新版本的调解工作台写入，请升级本软件后再打开。",
                f"database revision {current!r} is newer than this app (head {head!r})") from exc
        if backup_dir is not None and db.path is not None:
            _backup_file(db, backup_dir, current)
    cfg = _config()
    # One transaction for the whole upgrade: SQLite and PostgreSQL both have transactional DDL.
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database upgraded from %s to %s", current, head)
    return True


def _backup_file(db: Database, backup_dir: Path, revision: str) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"pre-migration-{revision}-{stamp}.db"
    with db.engine.connect() as conn:  # fold the WAL into the main file before copying it
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(db.path, target)  # type: ignore[arg-type]
    log.info("backed up database to %s before migration", target)
    return target
