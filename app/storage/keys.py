"""Where the database key lives: the OS keychain through keyring, or a passphrase.

Policy (PRODUCT.md §7): a plaintext, `fail` or `null` keyring backend is refused, never used
silently. Without a usable keychain the key is derived from a passphrase with Argon2id;
unattended runs read the passphrase from MEDIATION_DESK_PASSPHRASE.
"""
from __future__ import annotations

import base64
import logging
import os
import secrets
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors
from argon2.low_level import Type, hash_secret_raw

from app.domain.errors import DomainError
from app.storage.datadir import PASSPHRASE_ENV

log = logging.getLogger(__name__)

SERVICE = "mediation-desk"
MIN_PASSPHRASE_LEN = 10
KEY_BYTES = 32

# Backends that store secrets unencrypted or not at all (module or class names).
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file",
                    "keyrings.alt.Gnome", "keyrings.alt.pyfs")
_REFUSED_CLASSES = ("PlaintextKeyring", "Keyring")  # Keyring is only refused for fail/null modules


class KeyError_(DomainError):
    """The database key cannot be obtained (no keychain, wrong passphrase...)."""


@dataclass(frozen=True)
class KeychainStatus:
    usable: bool
    name: str          # human-readable backend name
    reason: str = ""   # why it is refused, in English


def _leaf_backends(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    return list(getattr(backend, "backends", None) or [backend])


def _is_refused(backend: keyring.backend.KeyringBackend) -> str:
    module = type(backend).__module__
    cls = type(backend).__name__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return "no OS keychain is available"
    if "Plaintext" in cls or module.startswith(_REFUSED_MODULES[2:]):
        return "backend stores secrets in plaintext"
    try:
        if backend.priority <= 0:  # type: ignore[operator]
            return "backend is not viable on this system"
    except Exception:  # noqa: BLE001 - a backend whose priority probe fails is unusable
        return "backend is not viable on this system"
    return ""


def keychain_status(backend: keyring.backend.KeyringBackend | None = None) -> KeychainStatus:
    """Which keychain would hold the key, and whether policy allows it."""
    backend = backend or keyring.get_keyring()
    leaves = _leaf_backends(backend)
    usable = [b for b in leaves if not _is_refused(b)]
    if not usable:
        reason = _is_refused(leaves[0]) if leaves else "no backend"
        return KeychainStatus(False, _backend_name(leaves[0]) if leaves else "none", reason)
    return KeychainStatus(True, _backend_name(usable[0]))


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    name = getattr(backend, "name", None) or type(backend).__name__
    return f"{name} ({type(backend).__module__}.{type(backend).__name__})"


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def store_key_in_keychain(account: str, key: bytes) -> None:
    status = keychain_status()
    if not status.usable:
        raise KeyError_("系统钥匙串不可用，不能保存数据库密钥。", f"keychain refused: {status.reason}")
    keyring.set_password(SERVICE, account, base64.b64encode(key).decode())
    if load_key_from_keychain(account) != key:  # read back: a silent no-op backend must not pass
        raise KeyError_("系统钥匙串保存密钥失败。", "keychain did not return the stored key")


def load_key_from_keychain(account: str) -> bytes:
    status = keychain_status()
    if not status.usable:
        raise KeyError_(
            "找不到系统钥匙串，无法读取数据库密钥。请在有钥匙串的桌面会话中打开。",
            f"keychain unavailable ({status.reason}); cannot read the database key")
    try:
        stored = keyring.get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        raise KeyError_("读取系统钥匙串失败。", f"keychain error: {exc}") from exc
    if not stored:
        raise KeyError_(
            "系统钥匙串中没有本数据库的密钥，无法打开数据库（不会新建空库）。",
            f"no key for account {account!r} in the keychain")
    return base64.b64decode(stored)


def delete_key_from_keychain(account: str) -> None:
    try:
        keyring.delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        pass


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def to_json(self) -> dict:
        return {"alg": "argon2id", "salt": base64.b64encode(self.salt).decode(),
                "t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise KeyError_("不支持的密钥派生算法。", f"unsupported kdf {data.get('alg')!r}")
        return cls(base64.b64decode(data["salt"]), int(data["t"]), int(data["m"]), int(data["p"]))

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(secrets.token_bytes(16))


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), params.salt, params.time_cost,
                           params.memory_kib, params.parallelism, KEY_BYTES, Type.ID)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise KeyError_(f"数据库口令至少需要{MIN_PASSPHRASE_LEN}个字符。",
                        f"passphrase shorter than {MIN_PASSPHRASE_LEN} characters", field="passphrase")


def passphrase_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None
