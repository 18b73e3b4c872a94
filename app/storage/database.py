"""Engine and unit-of-work factory for the encrypted SQLite database (and PostgreSQL).

SQLite runs through SQLCipher with: the key given first, foreign keys on, WAL,
synchronous=FULL and a busy timeout. Write units of work begin IMMEDIATE so that two
writers queue on the busy timeout instead of failing half-way (case numbers stay gap-free).
"""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import DomainError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class StorageError(DomainError):
    """The database cannot be opened or used; `zh` says why in words a clerk understands."""


def _sqlite_engine(path: Path, key: bytes | None) -> Engine:
    module = sqlcipher if key is not None else sqlite3
    engine = create_engine(
        f"sqlite:///{path}", module=module,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        # Autocommit at the driver level; SQLAlchemy's "begin" event emits BEGIN itself.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if key is not None:
            cur.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, once
            cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA cache_size = -32000")  # 32 MB of decrypted pages per connection
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        mode = "BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN"
        conn.exec_driver_sql(mode)

    return engine


class Database:
    """One database: an engine plus read and write units of work."""

    def __init__(self, engine: Engine, *, path: Path | None = None, encrypted: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.encrypted = encrypted
        self._read = sessionmaker(engine, expire_on_commit=False)
        writer = engine.execution_options(immediate=True) if self.is_sqlite else engine
        self._write = sessionmaker(writer, expire_on_commit=False)
        # Called with the audit head (seq, hash) after a commit that appended audit rows:
        # the store keeps it in the meta file, outside the database (app/storage/audit.py).
        self.audit_anchor = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @classmethod
    def open_sqlite(cls, path: Path, key: bytes | None, *, create: bool = False) -> Database:
        """Open (or with create=True, make) the SQLCipher file; key=None means plain SQLite.

        Never creates a file unless asked: a missing database is an error, not a fresh start.
        """
        if not create and not path.exists():
            raise StorageError(f"找不到数据库文件：{path}", f"database file not found: {path}")
        if create and path.exists():
            raise StorageError(f"数据库文件已存在：{path}", f"database file already exists: {path}")
        engine = _sqlite_engine(path, key)
        db = cls(engine, path=path, encrypted=key is not None)
        db._check_key()
        return db

    @classmethod
    def open_url(cls, url: str) -> Database:
        """A server database (PostgreSQL) from a SQLAlchemy URL."""
        engine = create_engine(url, pool_pre_ping=True)
        db = cls(engine)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001 - connection failures have many driver types
            raise StorageError("无法连接数据库服务器。", f"cannot connect to {engine.url!r}: {exc}") from exc
        return db

    def _check_key(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        except Exception as exc:  # noqa: BLE001
            self.engine.dispose()
            msg = str(exc)
            if "file is not a database" in msg or "encrypted" in msg:
                raise StorageError("数据库密钥或口令错误，无法打开数据库。",
                                   "wrong database key or passphrase (file is not a database)") from exc
            raise classify_error(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read unit of work (rolled back at the end; nothing is written)."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: commits on success, rolls back on any error."""
        with self._write() as session:
            try:
                yield session
                session.commit()
            except Exception:
                session.info.pop("audit_head", None)
                session.rollback()
                raise
            head = session.info.pop("audit_head", None)
        if head is not None and self.audit_anchor is not None:
            try:
                self.audit_anchor(*head)
            except OSError:  # the commit stands; doctor reports a stale anchor as such
                log.warning("could not anchor the audit head in the meta file", exc_info=True)

    def dispose(self) -> None:
        self.engine.dispose()


def classify_error(exc: BaseException) -> StorageError:
    """Environment problems get a friendly message; anything else stays a bug (re-raise)."""
    msg = str(exc).lower()
    table = (
        ("database or disk is full", "磁盘空间已满，无法保存。请清理磁盘后重试。"),
        ("database is locked", "数据库正被其他程序使用，请稍后重试。"),
        ("readonly database", "数据库文件只读，无法保存。请检查文件权限。"),
        ("unable to open database", "无法打开数据库文件，请检查数据文件夹是否存在且可写。"),
        ("disk i/o error", "读写磁盘出错，请检查磁盘。"),
    )
    for needle, zh in table:
        if needle in msg:
            return StorageError(zh, f"storage environment error: {exc}")
    raise exc
