"""First run: create the station, its encrypted database and key, and the first administrator.

Used by `mediation-desk init` and by the setup wizard, so both behave the same.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.domain import casenumber
from app.domain.catalog import Role
from app.domain.errors import ValidationError
from app.services import Services
from app.services.auth import check_password_length, check_password_rules
from app.storage import keys, store
from app.storage.datadir import DataDir
from app.storage.database import Database


@dataclass
class StationSetup:
    name: str = ""
    district: str = "罗湖区"
    street: str = ""
    community: str = ""
    committee_name: str = ""
    address: str = ""
    phone: str = ""
    case_number_pattern: str = casenumber.DEFAULT_PATTERN


@dataclass
class AdminSetup:
    username: str = "admin"
    display_name: str = ""
    password: str = ""


def keychain_summary() -> tuple[bool, str]:
    """(usable, description) of where the database key would be kept, for the wizard."""
    st = keys.keychain_status()
    if st.usable:
        return True, f"数据库密钥将保存在系统钥匙串：{st.name}"
    return False, "本机没有可用的系统钥匙串，需要设置数据库口令（至少10个字符），请妥善保管。"


def validate(station: StationSetup, admin: AdminSetup, *, demo: bool = False) -> None:
    for value, field, label in ((station.name, "name", "站点名称"), (station.street, "street", "街道"),
                                (station.committee_name, "committee_name", "人民调解委员会名称"),
                                (admin.display_name, "display_name", "管理员姓名")):
        if not value.strip():
            raise ValidationError(f"请填写{label}。", f"{field} is required", field=field)
    casenumber.validate_pattern(station.case_number_pattern)
    # A demo station's admin has the published demo password; real stations refuse common ones.
    (check_password_length if demo else check_password_rules)(admin.password)


def initialise(datadir: DataDir, station: StationSetup, admin: AdminSetup, *,
               passphrase: str | None = None, url: str | None = None, demo: bool = False) -> Services:
    """All or nothing: on any error the data folder is left as it was found."""
    validate(station, admin, demo=demo)
    fresh = not datadir.root.exists() or not any(datadir.root.iterdir())
    db: Database | None = None
    try:
        db = store.create_store(datadir, passphrase=passphrase, url=url, demo=demo)
        services = Services(db)
        services.station.create(
            name=station.name, district=station.district, street=station.street,
            community=station.community, committee_name=station.committee_name,
            address=station.address, phone=station.phone,
            case_number_pattern=station.case_number_pattern)
        if demo:
            _mark_demo(services)
        services.seal.create_certificate()  # the committee seal's self-signed certificate
        services.auth.add_user(None, username=admin.username, display_name=admin.display_name,
                               role=Role.ADMIN, password=admin.password)
        return services
    except BaseException:
        if db is not None:
            db.dispose()
        if fresh and url is None:
            _remove_partial(datadir)
        raise


def _mark_demo(services: Services) -> None:
    """The database itself says it is a demo station (besides the meta file's "demo": true)."""
    from sqlalchemy import select

    from app.storage.models import Station
    with services.db.write() as s:
        st = s.scalars(select(Station)).one()
        st.settings = {**(st.settings or {}), "demo": True}


def _remove_partial(datadir: DataDir) -> None:
    meta = datadir.meta_path
    if meta.exists():
        data = datadir.read_meta()
        if data.get("key", {}).get("mode") == "keyring":
            keys.delete_key_from_keychain(data["key"]["account"])
        meta.unlink()
    for suffix in ("", "-wal", "-shm"):
        p = datadir.db_path.with_name(datadir.db_path.name + suffix)
        if p.exists():
            p.unlink()
