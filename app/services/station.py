"""The station: its details, rooms, case-number pattern and service promises."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.domain import casenumber
from app.domain.catalog import DEFAULT_ROOMS
from app.domain.clocks import ServicePromises
from app.domain.errors import NotFound, ValidationError
from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.storage import audit
from app.storage.models import Room, Station


@dataclass(frozen=True)
class StationInfo:
    id: str
    name: str
    district: str
    street: str
    community: str
    committee_name: str
    address: str
    phone: str
    case_number_pattern: str
    promises: ServicePromises
    idle_lock_minutes: int


@dataclass(frozen=True)
class RoomInfo:
    id: str
    code: str
    name: str
    kind: str


def _info(st: Station) -> StationInfo:
    return StationInfo(st.id, st.name, st.district, st.street, st.community, st.committee_name,
                       st.address, st.phone, st.case_number_pattern,
                       ServicePromises(st.accept_minutes, st.feedback_hours), st.idle_lock_minutes)


class StationService(Service):
    def create(self, *, name: str, district: str, street: str, committee_name: str,
               community: str = "", address: str = "", phone: str = "",
               case_number_pattern: str = casenumber.DEFAULT_PATTERN,
               rooms: tuple[tuple[str, str, str], ...] | None = None) -> StationInfo:
        for field, value, label in (("name", name, "站点名称"), ("district", district, "区"),
                                    ("street", street, "街道"), ("committee_name", committee_name, "调委会名称")):
            if not value.strip():
                raise ValidationError(f"请填写{label}。", f"{field} is required", field=field)
        casenumber.validate_pattern(case_number_pattern)
        with self.db.write() as s:
            if s.scalars(select(Station)).first() is not None:
                raise ValidationError("站点已存在。", "station already created")
            st = Station(name=name.strip(), district=district.strip(), street=street.strip(),
                         community=community.strip(), committee_name=committee_name.strip(),
                         address=address, phone=phone, case_number_pattern=case_number_pattern)
            s.add(st)
            s.flush()
            for code, label, kind in rooms or DEFAULT_ROOMS:
                s.add(Room(station_id=st.id, code=code, name=label, kind=str(kind)))
            audit.append(s, actor="init", action="station_create", entity="station", entity_id=st.id,
                         detail={"name": st.name})
            return _info(st)

    def get(self) -> StationInfo:
        with self.db.read() as s:
            st = s.scalars(select(Station)).first()
            if st is None:
                raise NotFound("尚未创建站点。", "no station")
            return _info(st)

    def exists(self) -> bool:
        with self.db.read() as s:
            return s.scalars(select(Station.id)).first() is not None

    def rooms(self) -> list[RoomInfo]:
        with self.db.read() as s:
            return [RoomInfo(r.id, r.code, r.name, r.kind)
                    for r in s.scalars(select(Room).where(Room.active.is_(True)).order_by(Room.code))]

    def update(self, actor: Actor, **changes: object) -> StationInfo:
        require(actor.role, Action.MANAGE_STATION)
        allowed = {"name", "community", "committee_name", "address", "phone", "case_number_pattern",
                   "accept_minutes", "feedback_hours", "idle_lock_minutes"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValidationError("不能修改这些设置。", f"unknown settings {sorted(unknown)}")
        if "case_number_pattern" in changes:
            casenumber.validate_pattern(str(changes["case_number_pattern"]))
        for key in ("accept_minutes", "feedback_hours", "idle_lock_minutes"):
            if key in changes and not (isinstance(changes[key], int) and 0 < changes[key] <= 10_000):  # type: ignore[operator]
                raise ValidationError("时限必须是正整数。", f"{key} must be a positive int", field=key)
        with self.db.write() as s:
            st = s.scalars(select(Station)).one()
            before = {k: getattr(st, k) for k in changes}
            for k, v in changes.items():
                setattr(st, k, v)
            audit.append(s, actor=actor.username, action="station_update", entity="station",
                         entity_id=st.id, detail={"before": before, "after": changes})
            return _info(st)
