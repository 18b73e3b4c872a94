"""Counselling notes sealed by the counsellors' own keys (PRODUCT.md §7, docs/counselling-keys.md).

One random 256-bit *station counselling key* K encrypts, beyond the database encryption,
every counsellor process note and screening answer (AES-GCM, the record's identity as
associated data, so a note's bytes moved to another row fail authentication).

Only counsellors hold K. Each counsellor account has an X25519 key pair whose private key is
wrapped (AES-GCM) under a key derived from that counsellor's password (Argon2id, per-wrap
salt); K is sealed to the account's public key (a *grant*). A second key pair, whose private
key is wrapped under the counsellor's recovery code (printed once), receives the same grant.

- Sign-in with the password unwraps the private key, opens the grant and keeps K in memory
  for that user until the screen locks or the user leaves (`forget`).
- An administrator's password reset replaces the account's key pair (the old wrap is useless
  without the old password) and drops its grant: no access until another counsellor who has K
  unlocked grants it (`grant`), or the counsellor uses their recovery code (`recover`).
- A role change away from counsellor deletes the account's key material.
- The first counsellor account creates K.
"""
from __future__ import annotations

import base64
import hashlib
import os
import secrets
import struct
import threading
from datetime import datetime, timezone

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError, PermissionDenied

PREFIX = "mdseal1:"
# Argon2id costs for wrapping keys under a user's secret (tests patch these to be cheap).
KDF_COSTS = {"time_cost": 3, "memory_cost": 65536, "parallelism": 1}
_GRANT_INFO = b"mediation-desk counselling grant v1"

NO_KEY_ZH = "咨询记录密钥未解锁：请用本人密码登录或解锁面板；新账号或重置密码后，需由另一位心理咨询师授权。"


class SealBroken(DomainError):
    """A sealed record failed authentication (altered, or moved to another record)."""


# --- the key held in memory for a signed-in counsellor ---------------------------------------
_HELD: dict[str, bytes] = {}
_LOCK = threading.Lock()


def hold(user_id: str, key: bytes) -> None:
    with _LOCK:
        _HELD[user_id] = key


def held(user_id: str) -> bytes | None:
    with _LOCK:
        return _HELD.get(user_id)


def forget(user_id: str | None = None) -> None:
    """Drop the counselling key from memory: one user's, or everyone's (screen lock, sign-out)."""
    with _LOCK:
        if user_id is None:
            _HELD.clear()
        else:
            _HELD.pop(user_id, None)


def require_key(user_id: str) -> bytes:
    key = held(user_id)
    if key is None:
        raise PermissionDenied(NO_KEY_ZH, f"counselling key not unlocked for user {user_id}")
    return key


# --- primitives (all from `cryptography` / argon2-cffi) --------------------------------------
_WRAP_HEAD = struct.Struct(">BBIB")  # format 1, Argon2id time cost, memory KiB, parallelism


def _kek(secret: str, salt: bytes, time_cost: int, memory_cost: int, parallelism: int) -> bytes:
    return hash_secret_raw(secret.encode(), salt, hash_len=32, type=Type.ID, time_cost=time_cost,
                           memory_cost=memory_cost, parallelism=parallelism)


def _wrap(secret: str, plaintext: bytes, aad: bytes) -> bytes:
    """salt and costs travel with the wrap, so later cost changes still open older wraps."""
    costs = (KDF_COSTS["time_cost"], KDF_COSTS["memory_cost"], KDF_COSTS["parallelism"])
    head = _WRAP_HEAD.pack(1, *costs)
    salt, nonce = os.urandom(16), os.urandom(12)
    return head + salt + nonce + AESGCM(_kek(secret, salt, *costs)).encrypt(nonce, plaintext, head + aad)


def _unwrap(secret: str, blob: bytes | None, aad: bytes) -> bytes | None:
    if not blob:
        return None
    n = _WRAP_HEAD.size
    fmt, *costs = _WRAP_HEAD.unpack(blob[:n])
    if fmt != 1:
        return None
    salt, nonce, ct = blob[n:n + 16], blob[n + 16:n + 28], blob[n + 28:]
    try:
        return AESGCM(_kek(secret, salt, *costs)).decrypt(nonce, ct, blob[:n] + aad)
    except InvalidTag:
        return None


def _grant_kek(shared: bytes, aad: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=_GRANT_INFO + aad).derive(shared)


def _seal_to(public: bytes, key: bytes, aad: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    epub = eph.public_key().public_bytes_raw()
    kek = _grant_kek(eph.exchange(X25519PublicKey.from_public_bytes(public)), aad)
    nonce = os.urandom(12)
    return epub + nonce + AESGCM(kek).encrypt(nonce, key, aad + epub)


def _open_sealed(private: bytes, blob: bytes | None, aad: bytes) -> bytes | None:
    if not blob:
        return None
    epub, nonce, ct = blob[:32], blob[32:44], blob[44:]
    try:
        sk = X25519PrivateKey.from_private_bytes(private)
        kek = _grant_kek(sk.exchange(X25519PublicKey.from_public_bytes(epub)), aad)
        return AESGCM(kek).decrypt(nonce, ct, aad + epub)
    except (InvalidTag, ValueError):
        return None


def _new_pair() -> tuple[bytes, bytes]:
    sk = X25519PrivateKey.generate()
    return sk.private_bytes_raw(), sk.public_key().public_bytes_raw()


def new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(15)).decode().rstrip("=")
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _norm_code(code: str) -> str:
    return code.replace("-", "").replace(" ", "").upper()


# --- record sealing --------------------------------------------------------------------------
def record_aad(kind: str, record_id: str, case_id: str, field: str) -> bytes:
    return f"{kind}|{record_id}|{case_id}|{field}".encode()


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX)


def seal_text(key: bytes, text: str, aad: bytes) -> str:
    nonce = os.urandom(12)
    return PREFIX + base64.b64encode(nonce + AESGCM(key).encrypt(nonce, text.encode(), aad)).decode()


def open_text(key: bytes, stored: str, aad: bytes) -> str:
    if not is_sealed(stored):
        return stored  # written before sealing existed (migrated at the next counsellor save)
    raw = base64.b64decode(stored[len(PREFIX):])
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], aad).decode()
    except InvalidTag:
        raise SealBroken("该咨询记录无法通过校验（可能被篡改或移动到其他记录），已拒绝显示。",
                         "sealed counselling record failed authentication") from None


# --- account key material --------------------------------------------------------------------
def _aad(staff_id: str, what: str) -> bytes:
    return f"counsellor-key|{staff_id}|{what}".encode()


def _row(s: Session, staff_id: str):  # noqa: ANN202
    from app.storage.models import CounsellorKey

    return s.get(CounsellorKey, staff_id)


def _key_id(key: bytes) -> str:
    return hashlib.sha256(b"mediation-desk counselling key id|" + key).hexdigest()[:32]


def station_has_key(s: Session) -> bool:
    """Once made, the station's key is never made again (even if every grant were lost, a
    new key would not open the sealed notes): the station settings keep its fingerprint."""
    from app.storage.models import Station

    st = s.scalars(select(Station)).first()
    return bool(st and (st.settings or {}).get("counselling_key_id"))


def _record_key(s: Session, key: bytes) -> None:
    from app.storage.models import Station

    st = s.scalars(select(Station)).first()
    if st is not None:
        st.settings = {**(st.settings or {}), "counselling_key_id": _key_id(key)}


def enrol(s: Session, staff_id: str, password: str, *, with_recovery: bool = True) -> str:
    """Key pairs for a new counsellor account; the first counsellor creates K.
    Returns the recovery code (to show once), or "" without one."""
    from app.storage.models import CounsellorKey

    first = not station_has_key(s)
    sk, pk = _new_pair()
    row = CounsellorKey(staff_id=staff_id, public_key=pk,
                        secret_key_wrapped=_wrap(password, sk, _aad(staff_id, "password")),
                        updated_at=datetime.now(timezone.utc))
    code = ""
    if with_recovery:
        code = new_recovery_code()
        rsk, rpk = _new_pair()
        row.recovery_public_key = rpk
        row.recovery_key_wrapped = _wrap(_norm_code(code), rsk, _aad(staff_id, "recovery"))
    s.add(row)
    s.flush()
    if first:
        key = secrets.token_bytes(32)
        _record_key(s, key)
        _grant_row(row, key, granter_id=staff_id)
        hold(staff_id, key)
    return code


def _grant_row(row, key: bytes, *, granter_id: str) -> None:  # noqa: ANN001
    row.granted_key = _seal_to(row.public_key, key, _aad(row.staff_id, "grant"))
    if row.recovery_public_key:
        row.recovery_grant = _seal_to(row.recovery_public_key, key, _aad(row.staff_id, "recovery-grant"))
    row.granted_by_id = granter_id
    row.updated_at = datetime.now(timezone.utc)


def unlock(s: Session, staff_id: str, password: str) -> bytes | None:
    """At sign-in with the password: K into memory if this account holds a grant."""
    row = _row(s, staff_id)
    if row is None:  # became a counsellor by a role change: publish a key pair, await a grant
        enrol(s, staff_id, password, with_recovery=False)
        return held(staff_id)
    sk = _unwrap(password, row.secret_key_wrapped, _aad(staff_id, "password"))
    if sk is None:
        return None
    key = _open_sealed(sk, row.granted_key, _aad(staff_id, "grant"))
    if key is not None:
        hold(staff_id, key)
        seal_legacy(s, key)
    return key


def seal_legacy(s: Session, key: bytes) -> int:
    """Seal counsellor notes written before sealing existed (databases from before 0007):
    done at a counsellor's sign-in, once; afterwards the query finds nothing."""
    from app.domain.catalog import NoteTier
    from app.storage.models import Note

    n = 0
    for note in s.scalars(select(Note).where(Note.tier == NoteTier.COUNSELLOR_PRIVATE.value,
                                             Note.body.not_like(PREFIX + "%"))):
        note.body = seal_text(key, note.body, record_aad("note", note.id, note.case_id,
                                                         f"{note.dimension}.{note.field}"))
        n += 1
    return n


def rekey(s: Session, staff_id: str, new_password: str, *, keep_access: bool) -> None:
    """A new password: a fresh key pair under it. The grant survives only when the account's
    own K is in memory (the counsellor changes their own password while signed in)."""
    row = _row(s, staff_id)
    if row is None:
        return
    key = held(staff_id) if keep_access else None
    sk, pk = _new_pair()
    row.public_key = pk
    row.secret_key_wrapped = _wrap(new_password, sk, _aad(staff_id, "password"))
    row.granted_key = None
    row.updated_at = datetime.now(timezone.utc)
    if key is not None:
        row.granted_key = _seal_to(pk, key, _aad(staff_id, "grant"))
    else:
        forget(staff_id)


def drop(s: Session, staff_id: str) -> None:
    """The account is no longer a counsellor: its key material goes."""
    row = _row(s, staff_id)
    if row is not None:
        s.delete(row)
    forget(staff_id)


def grant(s: Session, granter_id: str, target_id: str) -> None:
    key = require_key(granter_id)
    row = _row(s, target_id)
    if row is None:
        raise PermissionDenied("该用户不是心理咨询师，或尚未登录生成密钥，无法授权。",
                               f"no counsellor key pair for {target_id}")
    _grant_row(row, key, granter_id=granter_id)


def recover(s: Session, staff_id: str, code: str) -> bool:
    """The counsellor's recovery code restores their own access (after a password reset)."""
    row = _row(s, staff_id)
    if row is None or not row.recovery_key_wrapped:
        return False
    rsk = _unwrap(_norm_code(code), row.recovery_key_wrapped, _aad(staff_id, "recovery"))
    if rsk is None:
        return False
    key = _open_sealed(rsk, row.recovery_grant, _aad(staff_id, "recovery-grant"))
    if key is None:
        return False
    row.granted_key = _seal_to(row.public_key, key, _aad(staff_id, "grant"))
    row.updated_at = datetime.now(timezone.utc)
    hold(staff_id, key)
    return True


def has_grant(s: Session, staff_id: str) -> bool:
    row = _row(s, staff_id)
    return bool(row and row.granted_key)
