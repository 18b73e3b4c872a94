"""Create and open a station's encrypted database in its data folder.

The meta file (mediation-desk.json) says where the key is: in the OS keychain (mode
"keyring", with the account name) or derived from a passphrase (mode "passphrase", with the
Argon2id salt and costs). It holds no secret.
"""
from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.storage.datadir import PASSPHRASE_ENV, DataDir

if TYPE_CHECKING:
    from app.storage.database import Database

# keys (keyring, Argon2), database (SQLAlchemy, SQLCipher) and migrate are imported where
# they are used: the desktop app shows its login window first and opens the database in the
# background, and `needs_passphrase_prompt` must stay cheap for that decision.

log = logging.getLogger(__name__)

# Synthetic demo data is not secret; where no keychain exists it is sealed with this
# published passphrase so that `--demo` opens without a prompt (README says so).
DEMO_PASSPHRASE = "mediation-desk-demo"

PassphrasePrompt = Callable[[], str | None]


@dataclass(frozen=True)
class KeyInfo:
    mode: str           # "keyring" or "passphrase"
    where: str          # human-readable: which keychain, or "passphrase (Argon2id)"


def needs_passphrase_prompt(datadir: DataDir) -> bool:
    """Whether opening this folder's database will have to ask the user for a passphrase."""
    meta = datadir.read_meta()
    return (meta["key"]["mode"] == "passphrase" and not os.environ.get(PASSPHRASE_ENV)
            and not meta.get("demo"))


def key_info(datadir: DataDir) -> KeyInfo:
    meta = datadir.read_meta()
    k = meta["key"]
    if k["mode"] == "keyring":
        return KeyInfo("keyring", f"OS keychain: {k.get('backend', '?')}")
    return KeyInfo("passphrase", "passphrase (Argon2id)" + (" [demo]" if meta.get("demo") else ""))


def create_store(datadir: DataDir, *, passphrase: str | None = None, demo: bool = False,
                 url: str | None = None) -> Database:
    """Make a new database. Uses the keychain when it is usable, else the passphrase.

    With `url` (PostgreSQL) no local file or key is made; the server guards the data.
    """
    from app.storage import keys, migrate
    from app.storage.database import Database, StorageError

    if datadir.is_initialised():
        raise StorageError(f"该数据文件夹已初始化：{datadir.root}", f"already initialised: {datadir.root}")
    datadir.ensure()
    if url:
        db = Database.open_url(url)
        migrate.upgrade(db)
        datadir.write_meta({"db_url": url, "key": {"mode": "server"}, "demo": demo})
        return _anchor(db, datadir)
    status = keys.keychain_status()
    if status.usable and passphrase is None:
        account = f"db-{secrets.token_hex(8)}"
        key = keys.new_key()
        keys.store_key_in_keychain(account, key)
        key_meta = {"mode": "keyring", "service": keys.SERVICE, "account": account,
                    "backend": status.name}
    else:
        if passphrase is None:
            passphrase = keys.passphrase_from_env() or (DEMO_PASSPHRASE if demo else None)
        if passphrase is None:
            raise keys.KeyError_(
                "没有可用的系统钥匙串，请设置数据库口令（或设置环境变量 MEDIATION_DESK_PASSPHRASE）。",
                f"no usable keychain ({status.reason}) and no passphrase given", field="passphrase")
        if not demo:
            keys.check_new_passphrase(passphrase)
        params = keys.KdfParams.fresh()
        key = keys.derive_key(passphrase, params)
        key_meta = {"mode": "passphrase", "kdf": params.to_json()}
    db = Database.open_sqlite(datadir.db_path, key, create=True)
    migrate.upgrade(db)
    datadir.write_meta({"db": datadir.db_path.name, "key": key_meta, "demo": demo})
    _anchor(db, datadir)
    log.info("created encrypted database at %s (key: %s)", datadir.db_path, key_meta["mode"])
    return db


def open_store(datadir: DataDir, *, prompt: PassphrasePrompt | None = None,
               passphrase: str | None = None, upgrade: bool = True) -> Database:
    """Open an existing database; never creates one. Migrates to head after a backup."""
    from app.storage import keys, migrate
    from app.storage.database import Database, StorageError

    if not datadir.is_initialised():
        raise StorageError(f"数据文件夹尚未初始化：{datadir.root}。请先运行初始化（mediation-desk init）。",
                           f"data folder not initialised: {datadir.root}")
    meta = datadir.read_meta()
    k = meta["key"]
    if k["mode"] == "server":
        db = Database.open_url(meta["db_url"])
    else:
        if k["mode"] == "keyring":
            key = keys.load_key_from_keychain(k["account"])
        else:
            passphrase = (passphrase or keys.passphrase_from_env()
                          or (DEMO_PASSPHRASE if meta.get("demo") else None)
                          or (prompt() if prompt else None))
            if not passphrase:
                raise keys.KeyError_("需要数据库口令才能打开数据库。",
                                     "a passphrase is required to open the database", field="passphrase")
            key = keys.derive_key(passphrase, keys.KdfParams.from_json(k["kdf"]))
        db = Database.open_sqlite(datadir.root / meta.get("db", datadir.db_path.name), key)
    if upgrade:
        migrate.upgrade(db, backup_dir=datadir.backups)
    return _anchor(db, datadir)


def _anchor(db: Database, datadir: DataDir) -> Database:
    """After each commit that appended audit rows, the head goes into the meta file."""
    from app.storage import audit

    db.audit_anchor = lambda seq, hash_: audit.anchor_in_meta(datadir, seq, hash_)
    return db
