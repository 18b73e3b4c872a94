"""The station's figures: CaseFacts loaded from the database, computed by app.domain.statistics.

Loading reads plain columns (no ORM objects) in four selects over the period — cases, parties,
agreements, follow-ups — and joins them in Python by case id. The computation is the domain
module the district also uses, so the two agree on the same records.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

import json

from sqlalchemy import Text, select, type_coerce

from app.domain import statistics as st
from app.domain.catalog import CATEGORY_BY_CODE, PartyKind
from app.domain.clocks import CHINA_TZ, ServicePromises
from app.services.common import Actor, Service
from app.services.permissions import Action, require
from app.storage.models import Agreement, Case, FollowUp, Party, Room, Staff, Station

# Columns of the case rows, in CaseFacts order where they map one to one.
_CASE_COLUMNS = (Case.id, Case.number, Case.category_code, Case.source, Case.room_id, Case.path, Case.status,
                 Case.demand_class, Case.registered_at, Case.accepted_at, Case.first_feedback_at, Case.closed_at,
                 Case.agreement_effective_on, Case.amount, Case.warning_level, type_coerce(Case.warning_reasons, Text),
                 Case.mediator_id, Case.outcome_reason, Case.mediation_extended_days)


def _utc_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    start = datetime.combine(date_from, time(), tzinfo=CHINA_TZ)
    end = datetime.combine(date_to + timedelta(days=1), time(), tzinfo=CHINA_TZ)
    return start, end


class StatisticsService(Service):
    def facts(self, actor: Actor, date_from: date, date_to: date) -> list[st.CaseFacts]:
        """Every case registered from `date_from` to `date_to` (China days, inclusive)."""
        require(actor.role, Action.VIEW_STATISTICS)
        start, end = _utc_bounds(date_from, date_to)
        in_period = (Case.registered_at >= start) & (Case.registered_at < end)
        with self.db.read() as session:
            s = session.connection()  # Core rows: no ORM loading for 100,000 tuples
            station = s.execute(select(Station.id, Station.street, Station.settings)).first()
            station_code = str((station.settings or {}).get("station_code") or station.id) if station else ""
            street = station.street if station else ""
            rooms = dict(s.execute(select(Room.id, Room.code)).all())
            cases = s.execute(select(*_CASE_COLUMNS).where(in_period)).all()
            parties: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
            for case_id, kind, id_number in s.execute(
                    select(Party.case_id, Party.kind, Party.id_number).join(Case, Case.id == Party.case_id)
                    .where(in_period)).all():
                parties[case_id].append((kind, id_number))
            wanted = {row[0] for row in cases}
            # Agreements and visits without a join: the covering indexes of 0009 answer these
            # without reading (and decrypting) the case rows again; other periods are skipped here.
            forms: dict[str, str] = {}
            for case_id, form in s.execute(
                    select(Agreement.case_id, Agreement.form).where(Agreement.status != "draft")
                    .order_by(Agreement.created_at)).all():
                if case_id in wanted:
                    forms[case_id] = form
            follow: dict[str, list[str]] = defaultdict(list)
            for case_id, performance in s.execute(
                    select(FollowUp.case_id, FollowUp.performance).where(FollowUp.done_at.is_not(None))
                    .order_by(FollowUp.done_at)).all():
                if performance and case_id in wanted:
                    follow[case_id].append(performance)
        pseudonym = st.pseudonymiser(self._pseudonym_key())
        pseudo_cache: dict[str, str] = {}
        out = []
        for (case_id, number, category, source, room_id, path, status, demand_class, registered_at, accepted_at,
             first_feedback_at, closed_at, effective_on, amount, level, reasons, mediator_id, outcome_reason,
             extended) in cases:
            ps = parties.get(case_id, ())
            pseudonyms = []
            for kind, id_number in ps:
                if kind == PartyKind.PERSON and id_number:
                    p = pseudo_cache.get(id_number)
                    if p is None:
                        p = pseudo_cache[id_number] = pseudonym(id_number)
                    pseudonyms.append(p)
            cat = CATEGORY_BY_CODE.get(category)
            out.append(st.CaseFacts(
                case_id=case_id, number=number, station_code=station_code, street=street,
                category_code=category, national_category_code=cat.national_code if cat else category,
                source=source, room_code=rooms.get(room_id) if room_id else None, path=path, status=status,
                demand_class=demand_class, registered_at=registered_at, accepted_at=accepted_at,
                first_feedback_at=first_feedback_at, closed_at=closed_at,
                agreement_form=forms.get(case_id) or ("oral" if effective_on else None),
                agreement_effective_on=effective_on, amount=amount, warning_level=level or "none",
                warning_reason_codes=st.reason_codes(json.loads(reasons)) if reasons and reasons != "[]" else (), party_count=len(ps),
                party_pseudonyms=tuple(pseudonyms), mediator_id=mediator_id, outcome_reason=outcome_reason or "",
                follow_up_results=tuple(follow.get(case_id, ())), mediation_extended_days=extended or 0))
        return out

    def _pseudonym_key(self) -> bytes:
        return b""  # the district issues a pseudonym key with enrolment; until then the default

    def promises(self) -> ServicePromises:
        with self.db.read() as s:
            row = s.execute(select(Station.accept_minutes, Station.feedback_hours)).first()
        return ServicePromises(row[0], row[1]) if row else ServicePromises()

    def rooms(self) -> list[tuple[str, str]]:
        with self.db.read() as s:
            return [(c, n) for c, n in s.execute(select(Room.code, Room.name).order_by(Room.code))]

    def mediators(self, actor: Actor) -> list[tuple[str, str]]:
        """(id, name) of staff who mediate cases, for the filter."""
        require(actor.role, Action.VIEW_STATISTICS)
        with self.db.read() as s:
            return [(i, n) for i, n in s.execute(
                select(Staff.id, Staff.display_name).where(Staff.role == "mediator").order_by(Staff.display_name))]

    def figures(self, actor: Actor, flt: st.StatsFilter, now: datetime | None = None) -> st.Figures:
        facts = self.facts(actor, flt.date_from, flt.date_to)
        return st.compute(facts, flt, now or self.now(), self.promises(), self.rooms())
