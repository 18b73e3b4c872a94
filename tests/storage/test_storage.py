"""The encrypted store: keys, keychain policy, migrations, pragmas, PostgreSQL."""
from __future__ import annotations

import sqlite3

import keyring
import pytest
from sqlalchemy import inspect, text

from app.domain.errors import DomainError
from app.storage import keys, migrate, store
from app.storage.database import Database, StorageError
from app.storage.models import Base

PASS = "a-long-passphrase-42"


def test_database_file_is_encrypted_and_key_lives_in_keychain(datadir, isolated_environment):
    db = store.create_store(datadir)
    db.dispose()
    meta = datadir.read_meta()
    assert meta["key"]["mode"] == "keyring"
    assert isolated_environment.get_password(keys.SERVICE, meta["key"]["account"])
    raw = datadir.db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it
        sqlite3.connect(datadir.db_path).execute("select * from sqlite_master").fetchall()


def test_pragmas_are_set(datadir):
    db = store.create_store(datadir)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()


def test_missing_key_in_keychain_refuses_and_creates_nothing(datadir, isolated_environment):
    store.create_store(datadir).dispose()
    isolated_environment.store.clear()
    before = datadir.db_path.read_bytes()
    with pytest.raises(keys.KeyError_) as err:
        store.open_store(datadir)
    assert "钥匙串" in err.value.zh
    assert datadir.db_path.read_bytes() == before


def test_no_keychain_uses_passphrase_and_wrong_one_is_refused(datadir, no_keychain):
    with pytest.raises(keys.KeyError_) as err:
        store.create_store(datadir)
    assert "口令" in err.value.zh
    assert not datadir.db_path.exists()
    store.create_store(datadir, passphrase=PASS).dispose()
    assert datadir.read_meta()["key"]["mode"] == "passphrase"
    size = datadir.db_path.stat().st_size
    with pytest.raises(StorageError) as err:
        store.open_store(datadir, passphrase="wrong-passphrase-00")
    assert "错误" in err.value.zh
    assert datadir.db_path.stat().st_size == size
    store.open_store(datadir, passphrase=PASS).dispose()


def test_passphrase_from_environment(datadir, no_keychain, monkeypatch):
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASS)
    store.create_store(datadir).dispose()
    store.open_store(datadir).dispose()


def test_short_passphrase_is_refused(datadir, no_keychain):
    with pytest.raises(keys.KeyError_):
        store.create_store(datadir, passphrase="short")


def test_missing_database_file_is_an_error_not_a_new_database(datadir):
    store.create_store(datadir).dispose()
    datadir.db_path.unlink()
    with pytest.raises(StorageError):
        store.open_store(datadir)
    assert not datadir.db_path.exists()


@pytest.mark.parametrize("backend_module", ["keyring.backends.fail", "keyring.backends.null"])
def test_refused_keyring_backends(backend_module):
    import importlib
    backend = importlib.import_module(backend_module).Keyring()
    status = keys.keychain_status(backend)
    assert not status.usable and status.reason


def test_plaintext_backend_is_refused():
    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, s, u): return None  # noqa: E704
        def set_password(self, s, u, p): pass  # noqa: E704
        def delete_password(self, s, u): pass  # noqa: E704

    assert not keys.keychain_status(PlaintextKeyring()).usable


def test_memory_backend_is_accepted(isolated_environment):
    assert keys.keychain_status().usable


def _include(name, type_, parent_names):  # FTS5 shadow tables are not models
    return not (type_ == "table" and name and name.startswith("case_search"))


def test_migration_gives_the_models_schema(tmp_path):
    db = Database.open_sqlite(tmp_path / "m.db", None, create=True)
    migrate.upgrade(db)
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": _include})
        diff = compare_metadata(ctx, Base.metadata)
        tables = set(inspect(conn).get_table_names())
    assert diff == []
    assert set(Base.metadata.tables) <= tables
    assert "case_search" in tables


def test_schema_head_constant_is_alembics_head():
    assert migrate.SCHEMA_HEAD == migrate.head_revision()


def test_opening_an_up_to_date_store_does_not_need_alembic(datadir, monkeypatch):
    """Every start checks the schema; the cheap check keeps Alembic (~0.3 s of imports) out."""
    store.create_store(datadir).dispose()

    def no_alembic():
        raise AssertionError("Alembic was configured for an up-to-date database")

    monkeypatch.setattr(migrate, "_config", no_alembic)
    db = store.open_store(datadir)
    assert migrate.current_revision(db) == migrate.SCHEMA_HEAD
    db.dispose()


def test_migration_backs_up_first_and_refuses_newer_database(datadir):
    db = store.create_store(datadir)
    with db.engine.begin() as conn:  # pretend an older revision is installed
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    db.dispose()
    with pytest.raises(StorageError) as err:
        store.open_store(datadir)
    assert "更新版本" in err.value.zh
    assert not list(datadir.backups.glob("*.db"))  # refused before touching anything


def test_migration_from_empty_revision_makes_a_backup(datadir, tmp_path):
    db = store.create_store(datadir)
    migrate._backup_file(db, datadir.backups, "0001")
    assert list(datadir.backups.glob("pre-migration-0001-*.db"))
    db.dispose()


@pytest.mark.postgres
def test_models_and_migrations_on_postgresql(pg_url):
    db = Database.open_url(pg_url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    migrate.upgrade(db)
    assert migrate.state(db) == (migrate.head_revision(), migrate.head_revision())
    from app.services import Services
    svc = Services(db)
    svc.station.create(name="PG站", district="罗湖区", street="东门", committee_name="调委会")
    from app.domain.catalog import Role
    svc.auth.add_user(None, username="admin", display_name="管理员", role=Role.ADMIN, password="admin-pass-1")
    actor = svc.auth.login("admin", "admin-pass-1")
    from app.storage import audit
    with db.read() as s:
        assert audit.verify_chain(s).ok
    with pytest.raises(Exception, match="append-only"):
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM audit_event")
    assert actor.username == "admin"
    db.dispose()


def test_storage_errors_are_domain_errors():
    assert issubclass(StorageError, DomainError)


def test_upgrade_with_data_from_first_revision_keeps_rows_and_backs_up(datadir):
    """A station created by an older release (revision 0001) opens in this one."""
    from alembic import command

    from app.services import Services
    db = store.create_store(datadir)
    cfg = migrate._config()
    with db.engine.begin() as conn:  # roll back to the first release's schema
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    svc = Services(db)
    svc.station.create(name="旧站", district="罗湖区", street="东门", committee_name="调委会")
    db.dispose()
    db = store.open_store(datadir)
    assert migrate.state(db) == (migrate.head_revision(), migrate.head_revision())
    assert Services(db).station.get().name == "旧站"
    assert list(datadir.backups.glob("pre-migration-0001-*.db"))
    db.dispose()
