"""回访 rules: when visits fall due, what a recorded visit must hold, when 督促履行 applies.

A people's mediation committee supervises the performance of its agreements (人民调解法
art 31; 人民调解工作若干规定 2002 art 39). Visits fall due:

- by the station's rule: `rule_days` (default 15, Station.settings["follow_up_days"]) days after
  the agreement takes effect;
- on the day after each performance deadline the agreement's terms name (to see whether it was
  performed); a deadline already covered by the rule visit's day is not visited twice.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.errors import ValidationError

DEFAULT_RULE_DAYS = 15
METHODS = {"phone": "电话回访", "visit": "上门回访", "in_person": "来站当面回访"}
PERFORMANCE = {"full": "已全部履行", "partial": "部分履行", "none": "未履行"}
SATISFACTION = ("满意", "基本满意", "不满意")
RULE, DEADLINE = "rule", "deadline"
REASON_LABELS = {RULE: "协议生效后定期回访", DEADLINE: "履行期限届满回访"}


@dataclass(frozen=True)
class DueVisit:
    due_on: date
    reason: str    # RULE / DEADLINE


def term_deadlines(terms: Iterable[dict]) -> list[date]:
    """The ISO dates in the agreement terms' "deadline" fields (others are ignored)."""
    out = set()
    for term in terms or ():
        value = (term or {}).get("deadline") if isinstance(term, dict) else None
        if not value:
            continue
        try:
            out.add(date.fromisoformat(str(value)[:10]))
        except ValueError:
            continue
    return sorted(out)


def due_visits(effective_on: date, deadlines: Iterable[date], rule_days: int = DEFAULT_RULE_DAYS) -> list[DueVisit]:
    if rule_days <= 0:
        raise ValidationError("回访天数必须大于0", "follow-up rule days must be positive", field="follow_up_days")
    visits = {effective_on + timedelta(days=rule_days): RULE}
    for d in deadlines:
        day = d + timedelta(days=1)
        if day > effective_on and day not in visits:
            visits[day] = DEADLINE
    return [DueVisit(d, r) for d, r in sorted(visits.items())]


def is_overdue(due_on: date, today: date, done: bool, waived: bool) -> bool:
    return not done and not waived and due_on < today


@dataclass(frozen=True)
class Visit:
    """What a visit records. None = not asked (the 回访记录 leaves it blank)."""

    visited_at: datetime
    method: str
    whom: str
    performance: str
    satisfaction: str = ""
    went_to_court: bool | None = None
    escalated: bool | None = None
    measures: str = ""
    notes: str = ""


def check_visit(v: Visit, now: datetime) -> None:
    if v.visited_at.tzinfo is None:
        raise ValueError("visited_at must be timezone-aware")
    if v.visited_at > now + timedelta(minutes=1):
        raise ValidationError("回访时间不能晚于当前时间。", "visit in the future", field="visited_at")
    if v.method not in METHODS:
        raise ValidationError("请选择回访方式（电话、上门或来站当面）。", f"unknown method {v.method!r}", field="method")
    if not v.whom.strip():
        raise ValidationError("请填写被回访人。", "whom is required", field="whom")
    if v.performance not in PERFORMANCE:
        raise ValidationError("请选择协议履行情况（全部履行、部分履行或未履行）。",
                              f"unknown performance {v.performance!r}", field="performance")
    if v.satisfaction and v.satisfaction not in SATISFACTION:
        raise ValidationError("满意度无效。", f"unknown satisfaction {v.satisfaction!r}", field="satisfaction")
    if v.performance != "full" and not v.measures.strip():
        raise ValidationError("协议未全部履行，请填写采取的措施（如督促履行）。", "measures required when not performed",
                              field="measures")


def needs_reminder(performance: str) -> bool:
    """督促履行 applies when a visit found the agreement not (fully) performed."""
    return performance in ("partial", "none")
