"""The station's and the district's figures: one computation over plain records.

`CaseFacts` holds every fact a figure needs, one frozen record per case, so the station
(loading from its own database) and the district (loading from imported bundles) compute
the same numbers on the same records. Nothing here touches a database or Qt.

Definitions (written once, printed beside the figures):

- **受理 (accepted)**: a case with an acceptance time whose status is not 待受理/不予受理.
- **办理中 (in progress)**: accepted and still 已受理/调查中/调解中 — excluded from every
  rate's denominator (domain.md §3.4: "exclude cases still in progress").
- **办结 (concluded)** = accepted − in progress. The denominator of 化解率 and 调解成功率.
- **调解成功 (agreement)**: a written or oral agreement was reached — `agreement_form` is set,
  or the status is one of `catalog.RESOLVED_STATUSES` (agreed, in confirmation, performing,
  awaiting follow-up). A later closure or archiving keeps the agreement.
- **化解 (resolved)**: 调解成功, or mediation ended because the parties settled by themselves
  (termination reason ``withdrawn``: 当事人自行和解，撤回调解申请). This is `is_resolved`,
  the one rule; nothing else decides it.
- **防止民转刑**: a resolved case that carried a 强信息 warning for a threat of violence or
  self-harm (a keyword reason at the strong level, or a high counsellor risk); persons =
  the case's party count.
- **防止群体性上访**: a resolved case whose warning names collective action — the party-count
  reason at the group level (≥ 5 parties, `warnings.WarningRules.group_party_threshold`) or a
  collective-action keyword (集体上访, 堵路, 拉横幅, 围堵, 静坐); persons = party count.
- The period filters on the registration day (China time), both ends included.

All datetimes are aware; days are China days (clocks.china_date).
"""
from __future__ import annotations

import hashlib
import hmac
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.domain import clocks
from app.domain.catalog import (
    CATEGORIES, CATEGORY_BY_CODE, PATH_LABELS, RESOLVED_STATUSES, SOURCE_LABELS, CaseStatus,
)
from app.domain.errors import ValidationError

__all__ = [
    "AGREEMENT_FORMS", "COLLECTIVE_KEYWORDS", "CaseFacts", "Count", "Figures", "PERFORMANCE_LABELS",
    "Rate", "Row", "StatsFilter", "Table", "compute", "is_agreed", "is_concluded", "is_in_progress",
    "is_resolved", "party_pseudonym", "pseudonymiser", "reason_codes",
]

S = CaseStatus
IN_PROGRESS = frozenset({S.ACCEPTED.value, S.INVESTIGATING.value, S.MEDIATING.value})
NOT_ACCEPTED = frozenset({S.REGISTERED.value, S.DECLINED.value})
_AFTER_OUTCOME = frozenset({S.CLOSED.value, S.ARCHIVED.value})
_RESOLVED = frozenset(s.value for s in RESOLVED_STATUSES)
SELF_SETTLED = "withdrawn"
_DECLINED = S.DECLINED.value
COLLECTIVE_KEYWORDS = ("集体上访", "堵路", "拉横幅", "围堵", "静坐")
_VIOLENCE_KEYWORDS = ("自杀", "轻生", "跳楼", "跳河", "不想活", "同归于尽", "杀了", "弄死", "报复",
                      "砍人", "砍死", "持刀", "拿刀", "浇汽油", "泼汽油", "炸药", "炸死", "家暴", "打人")
AGREEMENT_FORMS = {"written": "书面协议", "oral": "口头协议"}
PERFORMANCE_LABELS = {"full": "全部履行", "partial": "部分履行", "none": "未履行", "": "尚未回访"}

DEFINITIONS = {
    "resolution_rate": "化解率 = 化解件数 ÷ 办结件数。化解：达成书面或口头调解协议，或当事人自行和解撤回申请；"
                       "办结 = 已受理件数减去仍在办理中（已受理、调查中、调解中）件数，办理中的案件不计入分母。",
    "success_rate": "调解成功率 = 达成调解协议件数 ÷ 办结件数（办理中的案件不计入分母）。",
    "accept": "分钟级受理：登记后在承诺时限内受理的件数 ÷ 已受理或已超时件数（未到期且未受理的、不予受理的不计）。",
    "feedback": "小时级反馈：登记后在承诺时限内首次反馈的件数 ÷ 已反馈或已超时件数。",
    "same_day": "当天化解：登记当天化解的件数 ÷ 化解件数。",
    "mediation_period": "调解期限（30日，劳动争议15日）：期限内化解或办结的件数 ÷ 已办结或已超期件数。",
    "prevent_criminal": "防止民转刑：有暴力、自伤或心理高风险强信息预警且已化解的案件；人数为其当事人数。",
    "prevent_mass": "防止群体性上访：当事人5人以上或有集体上访类预警且已化解的案件；人数为其当事人数。",
    "duration": "平均调解时长：已化解案件自受理（未受理的自登记）至协议生效或结案的天数平均值。",
}


@dataclass(frozen=True)
class CaseFacts:
    """Everything a figure needs about one case. Plain values only (exchange carries them).

    `warning_reason_codes`: see `reason_codes`. `follow_up_results`: the performance found
    at each follow-up visit made (full / partial / none), oldest first. `party_pseudonyms`:
    stable, non-reversible keys of the natural-person parties' ID numbers, the same in
    every station (repeat visitors across stations).
    """

    case_id: str
    number: str
    station_code: str
    street: str
    category_code: str
    national_category_code: str
    source: str
    room_code: str | None
    path: str | None
    status: str
    demand_class: str
    registered_at: datetime
    accepted_at: datetime | None = None
    first_feedback_at: datetime | None = None
    closed_at: datetime | None = None
    agreement_form: str | None = None            # "written" / "oral" / None
    agreement_effective_on: date | None = None
    amount: Decimal | None = None
    warning_level: str = "none"
    warning_reason_codes: tuple[str, ...] = ()
    party_count: int = 0
    party_pseudonyms: tuple[str, ...] = ()
    mediator_id: str | None = None
    outcome_reason: str = ""
    follow_up_results: tuple[str, ...] = ()
    mediation_extended_days: int = 0


def reason_codes(stored_reasons: Iterable[str], counsellor_high: bool = False) -> tuple[str, ...]:
    """Codes for the warning sentences a case stores (warnings.evaluate_warnings writes them).

    ``keyword:<word>:<strong|weak>``, ``party_count:group``, ``party_count:several``,
    ``repeat``, ``amount``, ``counsellor_risk:high``/``:medium``, ``screening``.
    """
    codes: list[str] = []
    for text in stored_reasons:
        text = str(text)
        if text.startswith("关键词“") and "”" in text:
            word = text[4:text.index("”")]
            codes.append(f"keyword:{word}:{'strong' if '强信息' in text else 'weak'}")
        elif text.startswith("当事人") and "群体性" in text:
            codes.append("party_count:group")
        elif text.startswith("当事人") and "涉及多方" in text:
            codes.append("party_count:several")
        elif "次来访" in text:
            codes.append("repeat")
        elif text.startswith("涉案金额"):
            codes.append("amount")
        elif text.startswith("心理风险评估"):
            codes.append("counsellor_risk:high" if "高" in text else "counsellor_risk:medium")
        elif "心理筛查" in text:
            codes.append("screening")
    if counsellor_high and "counsellor_risk:high" not in codes:
        codes.append("counsellor_risk:high")
    return tuple(codes)


# ---------------------------------------------------------------------------- the rules

def is_accepted(f: CaseFacts) -> bool:
    return f.accepted_at is not None and f.status not in NOT_ACCEPTED


def is_in_progress(f: CaseFacts) -> bool:
    return is_accepted(f) and f.status in IN_PROGRESS


def is_concluded(f: CaseFacts) -> bool:
    return is_accepted(f) and f.status not in IN_PROGRESS


def is_agreed(f: CaseFacts) -> bool:
    """调解成功: an agreement was reached (and not since sent back to mediation)."""
    if f.status in IN_PROGRESS or f.status in NOT_ACCEPTED:
        return False
    if f.status in _RESOLVED:
        return True
    return f.agreement_form in AGREEMENT_FORMS and f.status in _AFTER_OUTCOME


def is_resolved(f: CaseFacts) -> bool:
    """化解: the one rule (see the module docstring)."""
    return is_agreed(f) or (f.status in (S.TERMINATED.value, *_AFTER_OUTCOME)
                            and f.outcome_reason in (SELF_SETTLED, _SELF_SETTLED_ZH))


_SELF_SETTLED_ZH = "当事人自行和解，撤回调解申请"


def resolved_at(f: CaseFacts) -> datetime | None:
    """When mediation stopped with a result: the start of the agreement's day, else closure."""
    if f.agreement_effective_on is not None:
        return clocks.day_start(f.agreement_effective_on)
    return f.closed_at


def prevents_criminal(f: CaseFacts) -> bool:
    if not is_resolved(f):
        return False
    for code in f.warning_reason_codes:
        if code == "counsellor_risk:high" or code == "screening":
            return True
        if code.startswith("keyword:") and code.endswith(":strong"):
            if code.split(":")[1] in _VIOLENCE_KEYWORDS:
                return True
    return False


def prevents_mass_petition(f: CaseFacts) -> bool:
    if not is_resolved(f):
        return False
    for code in f.warning_reason_codes:
        if code == "party_count:group":
            return True
        if code.startswith("keyword:") and code.split(":")[1] in COLLECTIVE_KEYWORDS:
            return True
    return False


# ---------------------------------------------------------------------------- results

@dataclass(frozen=True)
class StatsFilter:
    date_from: date
    date_to: date
    room_code: str | None = None
    mediator_id: str | None = None
    category_code: str | None = None   # a catalog code; a national code also takes its locals
    source: str | None = None
    station_code: str | None = None
    street: str | None = None

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise ValidationError("统计期间的结束日期不能早于开始日期", "date_to before date_from",
                                  field="date_to")

    def matches(self, f: CaseFacts) -> bool:
        day = clocks.china_date(f.registered_at)
        return self.date_from <= day <= self.date_to and self.matches_beyond_period(f)

    def matches_beyond_period(self, f: CaseFacts) -> bool:
        if self.room_code and f.room_code != self.room_code:
            return False
        if self.mediator_id and f.mediator_id != self.mediator_id:
            return False
        if self.category_code and self.category_code not in (f.category_code, f.national_category_code):
            return False
        if self.source and f.source != self.source:
            return False
        if self.station_code and f.station_code != self.station_code:
            return False
        return not (self.street and f.street != self.street)


@dataclass(frozen=True)
class Rate:
    key: str
    label: str
    numerator: int
    denominator: int
    definition: str
    case_ids: tuple[str, ...]              # counted in the numerator
    denominator_ids: tuple[str, ...]
    excluded_ids: tuple[str, ...] = ()     # left out of the denominator (still in progress / running)

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def percent_text(self) -> str:
        return "—" if self.rate is None else f"{self.rate * 100:.1f}%"


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    cases: int
    persons: int
    case_ids: tuple[str, ...]
    definition: str = ""


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    count: int
    case_ids: tuple[str, ...]
    amount: Decimal = Decimal(0)
    note: str = ""    # e.g. "计入 05 生产经营纠纷" for a local category


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    rows: tuple[Row, ...]
    denominator: int           # the cases the table divides (all cases in the filter)

    def total(self) -> int:
        return sum(r.count for r in self.rows)

    def row(self, key: str) -> Row:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)


@dataclass(frozen=True)
class Figures:
    filter: StatsFilter
    total: Count                    # registered in the period
    accepted: Count
    declined: Count
    in_progress: Count
    concluded: Count
    resolution_rate: Rate           # 化解率
    success_rate: Rate              # 调解成功率
    sla: tuple[Rate, ...]           # accept, feedback, same_day, mediation_period
    tables: tuple[Table, ...]       # category, national_category, source, room, path, month, form, follow_up
    amount_total: Decimal
    amount_resolved: Decimal        # 协议涉及金额
    amount_ids: tuple[str, ...]
    prevent_criminal: Count
    prevent_mass: Count
    average_days: float | None
    duration_ids: tuple[str, ...]
    repeat_visitors: tuple[Row, ...]  # key = pseudonym, count = cases, label = "" (no names)
    definitions: Mapping[str, str] = field(default_factory=lambda: dict(DEFINITIONS))

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def rate(self, key: str) -> Rate:
        for r in (self.resolution_rate, self.success_rate, *self.sla):
            if r.key == key:
                return r
        raise KeyError(key)

    def to_dict(self) -> dict:
        """JSON-ready (dates ISO, Decimals as strings, rates rounded to 4 places)."""
        def conv(value):  # noqa: ANN001, ANN202
            if isinstance(value, dict):
                return {k: conv(v) for k, v in value.items()}
            if isinstance(value, (list, tuple)):
                return [conv(v) for v in value]
            if isinstance(value, Decimal):
                return str(value.quantize(Decimal("0.01")))
            if isinstance(value, (date, datetime)):
                return value.isoformat()
            return value
        out = conv(asdict(self))
        for key, rate in (("resolution_rate", self.resolution_rate), ("success_rate", self.success_rate)):
            out[key]["rate"] = None if rate.rate is None else round(rate.rate, 4)
        for item, rate in zip(out["sla"], self.sla, strict=True):
            item["rate"] = None if rate.rate is None else round(rate.rate, 4)
        if self.average_days is not None:
            out["average_days"] = round(self.average_days, 2)
        return out


# ---------------------------------------------------------------------------- compute

Promises = clocks.ServicePromises | Mapping[str, clocks.ServicePromises]


def _months(start: date, end: date) -> list[str]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _table(key: str, title: str, order: Sequence[tuple[str, str, str]], groups: Mapping[str, list[CaseFacts]],
           denominator: int, keep_unknown: bool = True) -> Table:
    rows, seen = [], set()
    for code, label, note in order:
        items = groups.get(code, [])
        seen.add(code)
        rows.append(Row(code, label, len(items), tuple(f.case_id for f in items),
                        sum((f.amount or Decimal(0) for f in items), Decimal(0)), note))
    if keep_unknown:
        for code in sorted(k for k in groups if k not in seen):
            items = groups[code]
            rows.append(Row(code, code or "未填写", len(items), tuple(f.case_id for f in items),
                            sum((f.amount or Decimal(0) for f in items), Decimal(0))))
    return Table(key, title, tuple(rows), denominator)


def _group(facts: Iterable[CaseFacts], key) -> dict[str, list[CaseFacts]]:  # noqa: ANN001
    groups: dict[str, list[CaseFacts]] = defaultdict(list)
    for f in facts:
        groups[key(f)].append(f)
    return groups


def _ids(facts: Iterable[CaseFacts]) -> tuple[str, ...]:
    return tuple(f.case_id for f in facts)


def _count(key: str, label: str, facts: Sequence[CaseFacts], definition: str = "") -> Count:
    return Count(key, label, len(facts), sum(f.party_count for f in facts), _ids(facts), definition)


def _promises_for(promises: Promises, station_code: str) -> clocks.ServicePromises:
    if isinstance(promises, clocks.ServicePromises):
        return promises
    return promises.get(station_code, clocks.ServicePromises())


def _sla(items: Sequence[CaseFacts], resolved: Sequence[CaseFacts], days: Mapping[str, date], now: datetime,
         promises: Promises) -> tuple[Rate, ...]:
    """The accept, feedback and mediation clocks of clocks.evaluate_clocks (same due times, same
    states, through the functions it uses), without building Clock objects for every case."""
    buckets: dict[str, dict[str, list[str]]] = {k: {"met": [], "den": [], "ex": []}
                                                for k in ("accept", "feedback", "mediation")}
    running, met = clocks.RUNNING, clocks.MET
    state = clocks.clock_state
    single = promises if isinstance(promises, clocks.ServicePromises) else None
    for f in items:
        p = single or _promises_for(promises, f.station_code)
        checks = []
        if f.status != _DECLINED:
            checks.append(("accept", f.registered_at + timedelta(minutes=p.accept_minutes), f.accepted_at))
        checks.append(("feedback", f.registered_at + timedelta(hours=p.feedback_hours), f.first_feedback_at))
        if f.accepted_at is not None:
            checks.append(("mediation", clocks.mediation_due_at(f.accepted_at, f.category_code,
                                                                f.mediation_extended_days),
                           clocks.stopped_at(f.closed_at, f.agreement_effective_on)))
        for key, due, done in checks:
            bucket = buckets[key]
            st_ = state(due, done, now)
            if st_ == running:
                bucket["ex"].append(f.case_id)
                continue
            bucket["den"].append(f.case_id)
            if st_ == met:
                bucket["met"].append(f.case_id)
    same_day = [f.case_id for f in resolved
                if (at := resolved_at(f)) is not None and clocks.china_date(at) == days[f.case_id]]
    out = [Rate(key, label, len(b["met"]), len(b["den"]), DEFINITIONS[key], tuple(b["met"]),
                tuple(b["den"]), tuple(b["ex"]))
           for key, label, b in (("accept", "分钟级受理", buckets["accept"]),
                                 ("feedback", "小时级反馈", buckets["feedback"]))]
    out.append(Rate("same_day", "当天化解", len(same_day), len(resolved), DEFINITIONS["same_day"],
                    tuple(same_day), _ids(resolved)))
    b = buckets["mediation"]
    out.append(Rate("mediation_period", "30日调解期限", len(b["met"]), len(b["den"]),
                    DEFINITIONS["mediation_period"], tuple(b["met"]), tuple(b["den"]), tuple(b["ex"])))
    return tuple(out)


def compute(facts: Iterable[CaseFacts], flt: StatsFilter, now: datetime,
            promises: Promises = clocks.ServicePromises(),
            rooms: Sequence[tuple[str, str]] = ()) -> Figures:
    """Every figure for the cases `flt` selects. `rooms`: (code, name) in display order."""
    days: dict[str, date] = {}
    month_of: dict[date, str] = {}
    items = []
    lo, hi = flt.date_from, flt.date_to
    for f in facts:
        day = clocks.china_date(f.registered_at)
        if lo <= day <= hi and flt.matches_beyond_period(f):
            days[f.case_id] = day
            items.append(f)
    accepted = [f for f in items if is_accepted(f)]
    declined = [f for f in items if f.status == S.DECLINED.value]
    progress = [f for f in accepted if f.status in IN_PROGRESS]
    concluded = [f for f in accepted if f.status not in IN_PROGRESS]
    resolved = [f for f in concluded if is_resolved(f)]
    agreed = [f for f in concluded if is_agreed(f)]
    progress_ids, concluded_ids = _ids(progress), _ids(concluded)

    resolution = Rate("resolution_rate", "化解率", len(resolved), len(concluded),
                      DEFINITIONS["resolution_rate"], _ids(resolved), concluded_ids, progress_ids)
    success = Rate("success_rate", "调解成功率", len(agreed), len(concluded), DEFINITIONS["success_rate"],
                   _ids(agreed), concluded_ids, progress_ids)

    n = len(items)
    category = _table("category", "纠纷类型", [
        (c.code, c.label, f"计入{c.national_code} {CATEGORY_BY_CODE[c.national_code].label}" if c.local else "")
        for c in CATEGORIES], _group(items, lambda f: f.category_code), n)
    national = _table("national_category", "纠纷类型（全国统计口径）",
                      [(c.code, c.label, "") for c in CATEGORIES if not c.local],
                      _group(items, lambda f: f.national_category_code), n)
    source = _table("source", "案件来源", [(str(k), v, "") for k, v in SOURCE_LABELS.items()],
                    _group(items, lambda f: f.source), n)
    room = _table("room", "调解室", [(code, name, "") for code, name in rooms],
                  _group(items, lambda f: f.room_code or ""), n)
    path = _table("path", "化解途径", [(str(k), v, "") for k, v in PATH_LABELS.items()],
                  _group(items, lambda f: f.path or ""), n)
    month = _table("month", "月度", [(m, m, "") for m in _months(flt.date_from, flt.date_to)],
                   _group(items, lambda f: month_of.get(d := days[f.case_id]) or month_of.setdefault(
                       d, f"{d.year:04d}-{d.month:02d}")), n)
    form = _table("agreement_form", "协议形式", [(k, v, "") for k, v in AGREEMENT_FORMS.items()],
                  _group(agreed, lambda f: f.agreement_form or "written"), len(agreed))
    follow = _table("follow_up", "回访履行情况", [(k, v, "") for k, v in PERFORMANCE_LABELS.items()],
                    _group(agreed, lambda f: f.follow_up_results[-1] if f.follow_up_results else ""),
                    len(agreed))

    durations, duration_ids = [], []
    for f in resolved:
        end = resolved_at(f)
        start = f.accepted_at or f.registered_at
        if end is not None:
            durations.append(max((end - start) / timedelta(days=1), 0.0))
            duration_ids.append(f.case_id)

    visits: dict[str, list[str]] = defaultdict(list)
    for f in items:
        for p in set(f.party_pseudonyms):
            visits[p].append(f.case_id)
    repeat = tuple(Row(p, "", len(ids), tuple(ids)) for p, ids in
                   sorted(visits.items(), key=lambda kv: (-len(kv[1]), kv[0])) if len(ids) > 1)

    amount_total = sum((f.amount or Decimal(0) for f in items), Decimal(0))
    amount_resolved = sum((f.amount or Decimal(0) for f in resolved), Decimal(0))
    return Figures(
        filter=flt,
        total=_count("total", "登记件数", items),
        accepted=_count("accepted", "受理件数", accepted),
        declined=_count("declined", "不予受理件数", declined),
        in_progress=_count("in_progress", "办理中件数", progress),
        concluded=_count("concluded", "办结件数", concluded),
        resolution_rate=resolution, success_rate=success,
        sla=_sla(items, resolved, days, now, promises),
        tables=(category, national, source, room, path, month, form, follow),
        amount_total=amount_total, amount_resolved=amount_resolved,
        amount_ids=tuple(f.case_id for f in resolved if f.amount),
        prevent_criminal=_count("prevent_criminal", "防止民转刑", [f for f in resolved if prevents_criminal(f)],
                                DEFINITIONS["prevent_criminal"]),
        prevent_mass=_count("prevent_mass", "防止群体性上访", [f for f in resolved if prevents_mass_petition(f)],
                            DEFINITIONS["prevent_mass"]),
        average_days=(sum(durations) / len(durations)) if durations else None,
        duration_ids=tuple(duration_ids),
        repeat_visitors=repeat,
    )


def party_pseudonym(id_number: str, key: bytes = b"") -> str:
    """A stable key for a natural person's ID number: HMAC-SHA256 (under the district's
    pseudonym key when it issues one), first 32 hex digits. Equal in every station for the
    same key, so repeat visitors are found across stations without carrying the number."""
    return pseudonymiser(key)(id_number)


def pseudonymiser(key: bytes = b""):  # noqa: ANN201 - Callable[[str], str]
    """party_pseudonym for many numbers: the keyed HMAC state is made once and copied."""
    base = hmac.new(key or b"mediation-desk/party/v1", digestmod=hashlib.sha256)

    def pseudonym(id_number: str) -> str:
        h = base.copy()
        h.update("".join(str(id_number).split()).upper().encode())
        return h.hexdigest()[:32]
    return pseudonym


def pseudonym_counter(facts: Iterable[CaseFacts]) -> Counter:
    """How many cases each pseudonym appears in (district repeat-visitor checks)."""
    return Counter(p for f in facts for p in set(f.party_pseudonyms))
