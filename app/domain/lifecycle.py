"""The case state machine and the reason codes that go with some transitions.

Derived from domain.md §3.5 (not an official state list). Every change goes through
check_transition so the service layer cannot write a status the law's workflow skips.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from app.domain.catalog import STATUS_LABELS, CaseStatus
from app.domain.errors import IllegalTransition, ValidationError

__all__ = [
    "DECLINE_REASONS", "REASON_REQUIRED", "REFERRAL_KINDS", "TERMINATION_REASONS", "TRANSITIONS",
    "allowed_next", "check_reason", "check_transition", "reasons_for",
]

S = CaseStatus  # short alias for the table below

TRANSITIONS: Mapping[CaseStatus, frozenset[CaseStatus]] = MappingProxyType({
    S.REGISTERED: frozenset({S.ACCEPTED, S.DECLINED}),
    S.ACCEPTED: frozenset({S.INVESTIGATING, S.MEDIATING, S.TERMINATED, S.REFERRED}),
    S.INVESTIGATING: frozenset({S.MEDIATING, S.TERMINATED, S.REFERRED}),
    S.MEDIATING: frozenset({S.AGREED_WRITTEN, S.AGREED_ORAL, S.TERMINATED, S.REFERRED,
                            S.INVESTIGATING}),
    # Back to MEDIATING = re-mediation (an agreement is changed or not performed).
    S.AGREED_WRITTEN: frozenset({S.CONFIRMING, S.PERFORMING, S.MEDIATING}),
    S.AGREED_ORAL: frozenset({S.PERFORMING, S.MEDIATING}),
    # A court that rejects confirmation sends the parties back to mediation or to court
    # (民事诉讼法 art 206).
    S.CONFIRMING: frozenset({S.PERFORMING, S.MEDIATING, S.REFERRED}),
    S.PERFORMING: frozenset({S.FOLLOW_UP, S.MEDIATING, S.REFERRED}),
    S.FOLLOW_UP: frozenset({S.CLOSED, S.MEDIATING}),
    S.TERMINATED: frozenset({S.CLOSED, S.REFERRED}),
    S.REFERRED: frozenset({S.CLOSED}),
    S.DECLINED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset({S.ARCHIVED}),
    S.ARCHIVED: frozenset(),
})

# Moving into these statuses must record a reason code (and the event history keeps it).
REASON_REQUIRED: frozenset[CaseStatus] = frozenset({S.DECLINED, S.TERMINATED, S.REFERRED})

# 人民法院在线调解规则 art 25, 深圳经济特区矛盾纠纷多元化解条例 art 28, 人民调解法 art 17;
# false_statement / collusion follow the sham-mediation grounds of 在线调解规则 art 23.
TERMINATION_REASONS: dict[str, str] = {
    "party_refused": "一方当事人明确拒绝调解",
    "withdrawn": "当事人自行和解，撤回调解申请",
    "unreachable": "在调解期限内无法联系到当事人",
    "unwilling": "一方当事人明确表示不愿意继续调解",
    "divergence": "当事人分歧较大且难以达成调解协议",
    "period_expired": "调解期限届满未达成协议，且各方未同意延长",
    "refused_to_sign": "一方当事人拒绝在调解协议上签字",
    "false_statement": "当事人捏造事实、伪造证据或隐瞒真实情况",
    "collusion": "当事人恶意串通，可能损害他人合法权益",
    "other": "其他导致调解无法进行的情形",
}

# Routes offered when mediation is not the end of the road (人民调解法 art 26, PRODUCT.md §2).
REFERRAL_KINDS: dict[str, str] = {
    "arbitration": "仲裁",
    "online_filing": "网上立案",
    "notarisation": "赋强公证",
    "payment_order": "支付令",
    "petition": "信访事项办理",
    "litigation": "诉讼",
}

# Why a registered demand is not accepted for mediation (人民调解法 art 17; 人民调解工作若干
# 规定 2002 art 22: matters reserved to other authorities or already handled by them).
DECLINE_REASONS: dict[str, str] = {
    "party_refused": "一方当事人明确拒绝调解",
    "exclusive_jurisdiction": "依法只能由专门机关处理，或法律法规禁止采用民间调解方式解决",
    "already_handled": "人民法院、公安机关或其他行政机关已经受理或者解决",
    "not_civil_dispute": "不属于民间纠纷",
    "duplicate": "重复登记",
    "other": "其他原因",
}

_REASONS_BY_STATUS: dict[CaseStatus, dict[str, str]] = {
    S.DECLINED: DECLINE_REASONS,
    S.TERMINATED: TERMINATION_REASONS,
    S.REFERRED: REFERRAL_KINDS,
}


def _label(status: str) -> str:
    try:
        return STATUS_LABELS[CaseStatus(status)]
    except ValueError:
        return str(status)


def allowed_next(status: CaseStatus | str) -> frozenset[CaseStatus]:
    """Statuses a case in `status` may move to (empty for ARCHIVED or an unknown status)."""
    try:
        return TRANSITIONS[CaseStatus(status)]
    except ValueError:
        return frozenset()


def check_transition(frm: CaseStatus | str, to: CaseStatus | str) -> None:
    """Raise IllegalTransition unless frm → to is in TRANSITIONS."""
    try:
        target = CaseStatus(to)
    except ValueError:
        target = None
    if target is None or target not in allowed_next(frm):
        raise IllegalTransition(
            str(frm), str(to),
            zh=f"案件状态不能从“{_label(frm)}”变为“{_label(to)}”",
            en=f"case status cannot change from {frm} to {to}",
        )


def reasons_for(status: CaseStatus | str) -> Mapping[str, str]:
    """The reason codes a move into `status` uses (empty when none are needed)."""
    try:
        return _REASONS_BY_STATUS.get(CaseStatus(status), {})
    except ValueError:
        return {}


def check_reason(to: CaseStatus | str, code: str | None, detail: str = "") -> None:
    """Check the reason recorded with a move into `to`.

    Statuses in REASON_REQUIRED need a known code; the code "other" also needs a written
    detail. For other statuses a reason is optional and not checked.
    """
    codes = reasons_for(to)
    if not codes:
        return
    label = _label(to)
    if not code:
        raise ValidationError(f"“{label}”必须选择原因", f"a reason is required for {to}",
                              field="reason")
    if code not in codes:
        raise ValidationError(f"“{label}”的原因代码无效：{code}",
                              f"unknown reason code {code!r} for {to}", field="reason")
    if code == "other" and not detail.strip():
        raise ValidationError("选择“其他”时请填写具体原因",
                              "reason 'other' needs a written detail", field="reason_detail")
