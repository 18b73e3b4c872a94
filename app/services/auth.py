"""Login, lockout, re-authentication and user administration (Argon2id hashes)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.domain import credentials
from app.domain.catalog import ROLE_LABELS, Role
from app.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.storage import audit
from app.storage.models import Staff, Station

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LEN = 8
_hasher = PasswordHasher()  # Argon2id with the library's current recommended costs


class LoginFailed(ValidationError):
    """Wrong credentials, disabled account or lockout; `locked_until` set for the latter."""

    def __init__(self, zh: str, en: str, locked_until: datetime | None = None) -> None:
        super().__init__(zh, en, field="password")
        self.locked_until = locked_until


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    role: Role
    role_label: str
    licence_number: str
    active: bool
    has_pin: bool
    last_login_at: datetime | None
    recovery_code: str = ""      # a new counsellor's recovery code, shown once (counselling keys)


def _info(s: Staff) -> UserInfo:
    return UserInfo(s.id, s.username, s.display_name, Role(s.role), ROLE_LABELS[Role(s.role)],
                    s.licence_number, s.active, s.pin_hash is not None, s.last_login_at)


def _actor(s: Staff) -> Actor:
    return Actor(s.id, s.username, s.display_name, Role(s.role))


def check_password_rules(password: str) -> None:
    check_password_length(password)
    _check_password_strength(password)


def check_password_length(password: str) -> None:
    if len(password) < MIN_PASSWORD_LEN:
        raise ValidationError(f"密码至少需要{MIN_PASSWORD_LEN}个字符。",
                              f"password shorter than {MIN_PASSWORD_LEN}", field="password")


def _check_pin_rules(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError("PIN 应为4至8位数字。", "PIN must be 4-8 digits", field="pin")


# --- sign-in hardening (issue 10 item 6) ------------------------------------------------------
# One answer for unknown user, wrong password and disabled account, in equal time (one Argon2
# verify each); PIN, password and idle re-authentication share the lockout counter.
LOGIN_FAILED_ZH = "用户名或密码错误，或账号已停用。"
LOGIN_FAILED_EN = "sign-in failed: wrong username or password, or account disabled"
PANEL_FAILED_ZH = "PIN 或密码错误。"
PANEL_FAILED_EN = "panel unlock failed: wrong username, PIN or password"
_dummy_hashes: dict[int, str] = {}


def _check_password_strength(password: str) -> None:
    if credentials.is_common_password(password):
        raise ValidationError("该密码过于常见，容易被猜中，请换一个。", "password is in the common-password list",
                              field="password")


def _check_pin_strength(pin: str) -> None:
    reason = credentials.weak_pin_reason(pin)
    if reason:
        raise ValidationError(reason, "PIN too easy to guess", field="pin")


def _dummy_verify(secret: str) -> None:
    """Spend what a real check costs, so an unknown user answers in the same time."""
    hasher = _hasher
    dummy = _dummy_hashes.get(id(hasher))
    if dummy is None:
        dummy = _dummy_hashes.setdefault(id(hasher), hasher.hash("dummy-password-for-timing"))
    _verify(dummy, secret)


def _locked_error(staff: Staff, now: datetime) -> LoginFailed:
    mins = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)  # type: ignore[operator]
    return LoginFailed(f"登录失败次数过多，账号已锁定，请{mins}分钟后再试。",
                       f"account {staff.username!r} locked after {MAX_FAILURES} failures", staff.locked_until)


def _is_locked(staff: Staff, now: datetime) -> bool:
    return bool(staff.locked_until and staff.locked_until > now)


def _count_failure(staff: Staff, now: datetime, detail: dict) -> bool:
    """One more failure (password, PIN or re-authentication); True when it locks the account."""
    staff.failed_logins += 1
    detail["failures"] = staff.failed_logins
    if staff.failed_logins >= MAX_FAILURES:
        staff.locked_until = now + LOCKOUT
        staff.failed_logins = 0
        detail["locked_until"] = staff.locked_until.isoformat()
        return True
    return False


def _station_is_demo(s) -> bool:  # noqa: ANN001
    """Set by setup.initialise(demo=True) only. Demo accounts (published password demo12345
    and PIN 1234) pass the strength rules there and nowhere else."""
    st = s.scalars(select(Station)).first()
    return bool(st and (st.settings or {}).get("demo"))


def _check_strength(s, password: str | None = None, pin: str | None = None) -> None:  # noqa: ANN001
    if _station_is_demo(s):
        return
    if password is not None:
        _check_password_strength(password)
    if pin is not None:
        _check_pin_strength(pin)


def _verify(hash_: str | None, secret: str) -> bool:
    if not hash_:
        return False
    try:
        return _hasher.verify(hash_, secret)
    except (VerificationError, InvalidHashError):
        return False


class AuthService(Service):
    def login(self, username: str, password: str) -> Actor:
        """The one sign-in path (GUI login window and CLI). Unknown user, wrong password and
        disabled account give the same message after the same work; 5 failures lock."""
        now = self.now()
        with self.db.write() as s:
            staff = s.scalars(select(Staff).where(Staff.username == username.strip())).first()
            if staff is None:
                _dummy_verify(password)  # same cost as a real check: no user-enumeration timing
                audit.append(s, actor=username[:64], action="login_failed", detail={"why": "unknown user"})
                s.commit()  # the failure is audited even though we raise
                log.info("login failed: unknown user %r", username)
                raise LoginFailed(LOGIN_FAILED_ZH, LOGIN_FAILED_EN)
            good = _verify(staff.password_hash, password)
            if _is_locked(staff, now):
                audit.append(s, actor=staff.username, action="login_failed", entity="staff",
                             entity_id=staff.id, detail={"why": "locked"})
                s.commit()
                raise _locked_error(staff, now)
            if not staff.active:
                audit.append(s, actor=staff.username, action="login_failed", entity="staff",
                             entity_id=staff.id, detail={"why": "disabled"})
                s.commit()
                log.info("login failed: account %r disabled", username)
                raise LoginFailed(LOGIN_FAILED_ZH, LOGIN_FAILED_EN)
            if not good:
                detail: dict = {"why": "bad password"}
                locked = _count_failure(staff, now, detail)
                audit.append(s, actor=staff.username, action="login_failed", entity="staff",
                             entity_id=staff.id, detail=detail)
                s.commit()  # keep the failure count even though we raise
                log.info("login failed: bad password for %r", username)
                if locked:
                    raise _locked_error(staff, now)
                raise LoginFailed(LOGIN_FAILED_ZH, LOGIN_FAILED_EN)
            if _hasher.check_needs_rehash(staff.password_hash):
                staff.password_hash = _hasher.hash(password)
            staff.failed_logins = 0
            staff.locked_until = None
            staff.last_login_at = now
            audit.append(s, actor=staff.username, action="login", entity="staff", entity_id=staff.id)
            _unlock_counselling(s, staff, password, checked=True)
            return _actor(staff)

    def reauthenticate(self, actor: Actor, secret: str) -> bool:
        """Unlock after idle: PIN or password of that user. Failures count towards the lockout;
        a locked account raises LoginFailed (the lock screen shows it and offers switching user)."""
        now = self.now()
        with self.db.write() as s:
            staff = s.get(Staff, actor.user_id)
            if staff is None:
                _dummy_verify(secret)
                return False
            ok = staff.active and (_verify(staff.pin_hash, secret) or _verify(staff.password_hash, secret))
            if _is_locked(staff, now):
                audit.append(s, actor=actor.username, action="reauth_failed", entity="staff",
                             entity_id=actor.user_id, detail={"why": "locked"})
                s.commit()
                raise _locked_error(staff, now)
            if ok:
                staff.failed_logins = 0
                audit.append(s, actor=actor.username, action="reauth", entity="staff", entity_id=actor.user_id)
                _unlock_counselling(s, staff, secret)
                return True
            detail: dict = {"why": "bad secret"}
            locked = _count_failure(staff, now, detail)
            audit.append(s, actor=actor.username, action="reauth_failed", entity="staff",
                         entity_id=actor.user_id, detail=detail)
            s.commit()
            if locked:
                raise _locked_error(staff, now)
            return False

    def unlock_panel(self, username: str, secret: str) -> Actor:
        """A professional identifies on the shared room PC with username + PIN (or password).
        Failures count towards the same lockout as the password."""
        now = self.now()
        with self.db.write() as s:
            staff = s.scalars(select(Staff).where(Staff.username == username.strip())).first()
            if staff is None:
                _dummy_verify(secret)
                _dummy_verify(secret)
                audit.append(s, actor=username[:64], action="panel_unlock_failed", entity="staff",
                             entity_id="", detail={"why": "unknown user"})
                s.commit()
                raise LoginFailed(PANEL_FAILED_ZH, PANEL_FAILED_EN)
            if staff.pin_hash:
                ok = _verify(staff.pin_hash, secret) or _verify(staff.password_hash, secret)
            else:
                _dummy_verify(secret)
                ok = _verify(staff.password_hash, secret)
            if _is_locked(staff, now):
                audit.append(s, actor=staff.username, action="panel_unlock_failed", entity="staff",
                             entity_id=staff.id, detail={"why": "locked"})
                s.commit()
                raise _locked_error(staff, now)
            if ok and staff.active:
                staff.failed_logins = 0
                audit.append(s, actor=staff.username, action="panel_unlock", entity="staff", entity_id=staff.id)
                _unlock_counselling(s, staff, secret)
                return _actor(staff)
            detail: dict = {"why": "disabled" if ok else "bad secret"}
            locked = not ok and _count_failure(staff, now, detail)
            audit.append(s, actor=staff.username, action="panel_unlock_failed", entity="staff",
                         entity_id=staff.id, detail=detail)
            s.commit()
            if locked:
                raise _locked_error(staff, now)
            raise LoginFailed(PANEL_FAILED_ZH, PANEL_FAILED_EN)

    # --- user administration -------------------------------------------------------------
    def add_user(self, actor: Actor | None, *, username: str, display_name: str, role: Role | str,
                 password: str, licence_number: str = "", pin: str | None = None) -> UserInfo:
        """actor=None only while creating the first administrator (init)."""
        username = username.strip()
        if not username or not username.replace("_", "").replace(".", "").isalnum():
            raise ValidationError("用户名只能包含字母、数字、下划线和点。", "bad username", field="username")
        if not display_name.strip():
            raise ValidationError("请填写姓名。", "display name required", field="display_name")
        try:
            role = Role(role)
        except ValueError:
            raise ValidationError(f"未知角色：{role}", f"unknown role {role!r}", field="role") from None
        check_password_length(password)
        if pin is not None:
            _check_pin_rules(pin)
        with self.db.write() as s:
            _check_strength(s, password, pin)
            if actor is None:
                if s.scalar(select(func.count()).select_from(Staff)):
                    raise ValidationError("已有用户，请以管理员身份添加。", "bootstrap only on empty db")
            else:
                require(actor.role, Action.MANAGE_USERS)
            if s.scalars(select(Staff).where(Staff.username == username)).first():
                raise ValidationError(f"用户名“{username}”已存在。", f"username {username!r} exists",
                                      field="username")
            staff = Staff(username=username, display_name=display_name.strip(), role=role.value,
                          password_hash=_hasher.hash(password), licence_number=licence_number,
                          pin_hash=_hasher.hash(pin) if pin else None)
            s.add(staff)
            s.flush()
            audit.append(s, actor=actor.username if actor else "init", action="user_add",
                         entity="staff", entity_id=staff.id, detail={"username": username, "role": role.value})
            code = _enrol_counsellor(s, staff, password)
            return replace(_info(staff), recovery_code=code)

    def list_users(self, actor: Actor, *, include_disabled: bool = True) -> list[UserInfo]:
        require(actor.role, Action.MANAGE_USERS)  # the staff list is for administrators
        with self.db.read() as s:
            q = select(Staff).order_by(Staff.role, Staff.username)
            if not include_disabled:
                q = q.where(Staff.active.is_(True))
            return [_info(x) for x in s.scalars(q)]

    def staff_by_role(self, role: Role) -> list[UserInfo]:
        with self.db.read() as s:
            return [_info(x) for x in s.scalars(select(Staff).where(
                Staff.role == role.value, Staff.active.is_(True)).order_by(Staff.display_name))]

    def _target(self, s, username: str) -> Staff:  # noqa: ANN001
        staff = s.scalars(select(Staff).where(Staff.username == username)).first()
        if staff is None:
            raise NotFound(f"找不到用户“{username}”。", f"no user {username!r}", field="username")
        return staff

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        check_password_length(password)
        with self.db.write() as s:
            _check_strength(s, password=password)
            staff = self._target(s, username)
            if staff.id != actor.user_id:
                require(actor.role, Action.MANAGE_USERS)
            staff.password_hash = _hasher.hash(password)
            staff.failed_logins = 0
            staff.locked_until = None
            audit.append(s, actor=actor.username, action="user_passwd", entity="staff", entity_id=staff.id)
            _rekey_counselling(s, staff, password, by_self=staff.id == actor.user_id)

    def set_pin(self, actor: Actor, username: str, pin: str) -> None:
        _check_pin_rules(pin)
        with self.db.write() as s:
            _check_strength(s, pin=pin)
            staff = self._target(s, username)
            if staff.id != actor.user_id:
                require(actor.role, Action.MANAGE_USERS)
            staff.pin_hash = _hasher.hash(pin)
            audit.append(s, actor=actor.username, action="user_pin", entity="staff", entity_id=staff.id)

    def set_active(self, actor: Actor, username: str, active: bool) -> None:
        require(actor.role, Action.MANAGE_USERS)
        with self.db.write() as s:
            staff = self._target(s, username)
            if staff.id == actor.user_id and not active:
                raise ValidationError("不能停用自己的账号。", "cannot disable yourself", field="username")
            staff.active = active
            audit.append(s, actor=actor.username, action="user_enable" if active else "user_disable",
                         entity="staff", entity_id=staff.id)


# --- counselling keys (app/services/counselling.py): kept apart from sign-in itself ----------
def _enrol_counsellor(s, staff: Staff, password: str) -> str:  # noqa: ANN001
    if staff.role != Role.COUNSELLOR.value:
        return ""
    from app.services import counselling

    return counselling.enrol(s, staff.id, password)


def _unlock_counselling(s, staff: Staff, secret: str, *, checked: bool = False) -> None:  # noqa: ANN001
    """A counsellor's password opens their counselling key; a PIN opens nothing (see
    docs/counselling-keys.md): the key stays only if already held since the password sign-in."""
    if staff.role != Role.COUNSELLOR.value or not (checked or _verify(staff.password_hash, secret)):
        return
    from app.services import counselling

    counselling.unlock(s, staff.id, secret)


def _rekey_counselling(s, staff: Staff, password: str, *, by_self: bool) -> None:  # noqa: ANN001
    if staff.role != Role.COUNSELLOR.value:
        return
    from app.services import counselling

    counselling.rekey(s, staff.id, password, keep_access=by_self)


class CounsellingAccessService(Service):
    """Grants and recovery of the station counselling key (only counsellors hold it)."""

    def grant(self, actor: Actor, username: str) -> None:
        """A counsellor with the key unlocked grants it to a colleague's current key pair."""
        from app.services import counselling

        if actor.role != Role.COUNSELLOR:
            raise PermissionDenied("只有心理咨询师可以授权访问咨询记录。", f"role {actor.role} may not grant")
        with self.db.write() as s:
            target = self._target(s, username)
            if target.role != Role.COUNSELLOR.value or not target.active:
                raise ValidationError("只能授权给在职的心理咨询师。", f"{username!r} is not an active counsellor",
                                      field="username")
            counselling.grant(s, actor.user_id, target.id)
            audit.append(s, actor=actor.username, action="counselling_grant", entity="staff",
                         entity_id=target.id)

    def recover(self, username: str, password: str, code: str) -> Actor:
        """The counsellor's own recovery code restores access (e.g. after a password reset)."""
        from app.services import counselling

        actor = AuthService(self.db, self.now).login(username, password)
        with self.db.write() as s:
            ok = actor.role == Role.COUNSELLOR and counselling.recover(s, actor.user_id, code)
            audit.append(s, actor=actor.username, action="counselling_recover" if ok else "counselling_recover_failed",
                         entity="staff", entity_id=actor.user_id)
        if not ok:
            raise ValidationError("恢复码不正确。", "bad recovery code", field="recovery_code")
        return actor

    def has_access(self, actor: Actor) -> bool:
        from app.services import counselling

        return counselling.held(actor.user_id) is not None

    def pending(self, actor: Actor) -> list[UserInfo]:
        """Counsellors without a grant (new accounts, after a password reset)."""
        from app.services import counselling

        if actor.role != Role.COUNSELLOR:
            raise PermissionDenied("只有心理咨询师可以查看待授权账号。", "only counsellors see pending grants")
        with self.db.read() as s:
            rows = s.scalars(select(Staff).where(Staff.role == Role.COUNSELLOR.value, Staff.active.is_(True)))
            return [_info(x) for x in rows if not counselling.has_grant(s, x.id)]

    def _target(self, s, username: str) -> Staff:  # noqa: ANN001
        staff = s.scalars(select(Staff).where(Staff.username == username)).first()
        if staff is None:
            raise NotFound(f"找不到用户“{username}”。", f"no user {username!r}", field="username")
        return staff

    @staticmethod
    def forget_keys() -> None:
        """The screen locked or the user left: the counselling key leaves memory."""
        from app.services import counselling

        counselling.forget()

    def set_role(self, actor: Actor, username: str, role: Role | str) -> None:
        """An administrator changes an account's role; a counsellor's key material goes with it
        (a role change never gives access to existing counselling notes)."""
        from app.services import counselling

        require(actor.role, Action.MANAGE_USERS)
        try:
            role = Role(role)
        except ValueError:
            raise ValidationError(f"未知角色：{role}", f"unknown role {role!r}", field="role") from None
        with self.db.write() as s:
            staff = self._target(s, username)
            if staff.role == role.value:
                return
            old = staff.role
            staff.role = role.value
            counselling.drop(s, staff.id)
            audit.append(s, actor=actor.username, action="user_role", entity="staff", entity_id=staff.id,
                         detail={"from": old, "to": role.value})
