"""Early warning: 弱信号 (weak signals) and 强信息 (strong information).

A rule-based first look so that risky disputes surface early (发现在早、解决在小). It only
raises flags for a person to review; it never decides anything. Keywords are matched as
plain substrings after removing whitespace, so they are chosen to be specific ("砍人",
not "砍", which would flag every "砍价").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.catalog import WarningLevel
from app.domain.errors import ValidationError

_RANK = {WarningLevel.NONE: 0, WarningLevel.WEAK: 1, WarningLevel.STRONG: 2}
_LEVEL_WORD = {WarningLevel.WEAK: "弱信号", WarningLevel.STRONG: "强信息"}
_LEVEL_EN = {WarningLevel.WEAK: "weak signal", WarningLevel.STRONG: "strong information"}
_RISK_LEVELS = {"high": (WarningLevel.STRONG, "高", "high"), "medium": (WarningLevel.WEAK, "中", "medium")}

STRONG_KEYWORDS: tuple[str, ...] = (
    # threats to life and self-harm
    "自杀", "轻生", "跳楼", "跳河", "不想活", "同归于尽", "杀了", "弄死", "报复",
    # violence and weapons
    "砍人", "砍死", "持刀", "拿刀", "浇汽油", "泼汽油", "炸药", "炸死", "家暴", "打人",
    # collective action (群体性)
    "堵路", "拉横幅", "集体上访", "围堵", "静坐",
)
WEAK_KEYWORDS: tuple[str, ...] = (
    "威胁", "上访", "曝光", "媒体", "情绪激动", "讨薪", "欠薪", "多次投诉", "不还钱", "闹事",
    "投诉无果", "找领导",
)


@dataclass(frozen=True)
class WarningRules:
    strong_keywords: tuple[str, ...] = STRONG_KEYWORDS
    weak_keywords: tuple[str, ...] = WEAK_KEYWORDS
    group_party_threshold: int = 5   # this many parties or more: possible 群体性事件
    weak_party_threshold: int = 3
    repeat_window_days: int = 30     # the caller counts earlier visits in this window
    amount_weak: Decimal = Decimal(100_000)
    amount_strong: Decimal = Decimal(1_000_000)

    def __post_init__(self) -> None:
        if not 0 < self.weak_party_threshold <= self.group_party_threshold:
            raise ValidationError("当事人人数阈值设置无效", "party thresholds must be 0 < weak <= group",
                                  field="weak_party_threshold")
        if not 0 < self.amount_weak <= self.amount_strong:
            raise ValidationError("金额阈值设置无效", "amount thresholds must be 0 < weak <= strong",
                                  field="amount_weak")
        if self.repeat_window_days <= 0:
            raise ValidationError("重复来访统计天数必须大于0", "repeat_window_days must be positive",
                                  field="repeat_window_days")
        if any(not k.strip() for k in self.strong_keywords + self.weak_keywords):
            raise ValidationError("预警关键词不能为空", "empty warning keyword", field="keywords")


@dataclass(frozen=True)
class WarningInput:
    text: str                    # complaint, notes: whatever the case has in words
    party_count: int
    repeat_count: int            # earlier cases with the same ID within the window
    amount: Decimal | None = None
    counsellor_risk: str | None = None  # "low" / "medium" / "high"


@dataclass(frozen=True)
class WarningReason:
    code: str   # "keyword", "party_count", "repeat", "amount", "counsellor_risk"
    level: WarningLevel
    zh: str     # stored on the case and printed; the UI shows `en` in English (not stored)
    en: str = field(default="", compare=False)


@dataclass(frozen=True)
class WarningResult:
    level: WarningLevel
    reasons: tuple[WarningReason, ...]


def max_level(levels: Iterable[WarningLevel]) -> WarningLevel:
    """The highest of the levels (NONE for none)."""
    return max(levels, key=_RANK.__getitem__, default=WarningLevel.NONE)


def _keyword_reasons(text: str, rules: WarningRules) -> list[WarningReason]:
    compact = "".join(text.split())  # "跳 楼" still counts
    reasons: list[WarningReason] = []
    for level, keywords in ((WarningLevel.STRONG, rules.strong_keywords),
                            (WarningLevel.WEAK, rules.weak_keywords)):
        for keyword in keywords:
            if keyword in compact:
                reasons.append(WarningReason("keyword", level,
                                             f"关键词“{keyword}”（{_LEVEL_WORD[level]}）",
                                             f"keyword “{keyword}” ({_LEVEL_EN[level]})"))
                # Blank out the hit so "上访" inside "集体上访" does not count twice.
                compact = compact.replace(keyword, "\0" * len(keyword))
    return reasons


def _party_reason(count: int, rules: WarningRules) -> WarningReason | None:
    if count >= rules.group_party_threshold:
        return WarningReason("party_count", WarningLevel.STRONG,
                             f"当事人{count}人（{rules.group_party_threshold}人以上），可能引发群体性事件",
                             f"{count} parties ({rules.group_party_threshold} or more): possible mass incident")
    if count >= rules.weak_party_threshold:
        return WarningReason("party_count", WarningLevel.WEAK,
                             f"当事人{count}人（{rules.weak_party_threshold}人以上），涉及多方",
                             f"{count} parties ({rules.weak_party_threshold} or more): several sides involved")
    return None


def _repeat_reason(repeat: int, rules: WarningRules) -> WarningReason | None:
    if repeat < 1:
        return None
    level = WarningLevel.STRONG if repeat >= 2 else WarningLevel.WEAK
    return WarningReason("repeat", level,
                         f"同一身份证号{rules.repeat_window_days}日内第{repeat + 1}次来访",
                         f"visit no. {repeat + 1} with the same ID number within {rules.repeat_window_days} days")


def yuan_text(amount: Decimal | int) -> str:
    """120万元 / 5000元 / 12.5万元: the way staff say amounts."""
    amount = Decimal(amount)
    value, unit = (amount / 10_000, "万元") if amount >= 10_000 else (amount, "元")
    return format(value.normalize(), "f") + unit


def _plain(amount: Decimal) -> str:
    """30000 / 1,200,000 / 12.5: an amount as English readers write it."""
    return f"{amount.normalize():,f}"


def _amount_reason(amount: Decimal | None, rules: WarningRules) -> WarningReason | None:
    if amount is None:
        return None
    amount = Decimal(amount)
    for level, threshold in ((WarningLevel.STRONG, rules.amount_strong),
                             (WarningLevel.WEAK, rules.amount_weak)):
        if amount >= threshold:
            verb = "超过" if amount > threshold else "达到"
            verb_en = "over" if amount > threshold else "reaches"
            return WarningReason("amount", level,
                                 f"涉案金额{yuan_text(amount)}，{verb}{yuan_text(threshold)}",
                                 f"amount in dispute CNY {_plain(amount)}, {verb_en} CNY {_plain(threshold)}")
    return None


def _risk_reason(risk: str | None) -> WarningReason | None:
    if risk in (None, "", "low"):
        return None
    if risk not in _RISK_LEVELS:
        raise ValidationError(f"心理风险评估等级无效：{risk}", f"unknown counsellor risk {risk!r}",
                              field="counsellor_risk")
    level, word, word_en = _RISK_LEVELS[risk]
    return WarningReason("counsellor_risk", level, f"心理风险评估：{word}", f"counsellor's risk assessment: {word_en}")


def evaluate_warnings(inp: WarningInput, rules: WarningRules = WarningRules()) -> WarningResult:
    """Collect every reason; the level is the highest of them (NONE when there is none)."""
    reasons = _keyword_reasons(inp.text or "", rules)
    for reason in (_party_reason(inp.party_count, rules), _repeat_reason(inp.repeat_count, rules),
                   _amount_reason(inp.amount, rules), _risk_reason(inp.counsellor_risk)):
        if reason is not None:
            reasons.append(reason)
    return WarningResult(max_level([r.level for r in reasons]), tuple(reasons))


# A case stores its reasons as the Chinese sentences above (they are printed in Chinese). The
# English UI reads them back through these patterns, one per sentence the rules write.
SCREENING_ALERT = "心理筛查提示需立即进行安全评估"  # older databases; new ones store SAFETY_ALERT
# What a high-risk screening puts on the case: no answers, no scale, no score.
SAFETY_ALERT = "需立即进行安全评估"
# What reception and administrators see instead of a counselling-derived reason.
ATTENTION = "需要关注"
_COUNSELLING_REASON = re.compile(r"^(心理筛查提示需立即进行安全评估|需立即进行安全评估|心理风险评估：.*)$")


def reasons_for_role(reasons: list[str], *, team: bool) -> list[str]:
    """The case team (and counsellors) read every reason; anyone else sees that a case needs
    attention, not why, where the reason comes from counselling."""
    if team:
        return list(reasons)
    out: list[str] = []
    for r in reasons:
        shown = ATTENTION if _COUNSELLING_REASON.match(r) else r
        if shown not in out:
            out.append(shown)
    return out


_AMOUNT = r"([0-9.]+)(万元|元)"
_STORED_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"关键词“(.+)”（(弱信号|强信息)）"),
     lambda m: f"keyword “{m[1]}” ({'weak signal' if m[2] == '弱信号' else 'strong information'})"),
    (re.compile(r"当事人(\d+)人（(\d+)人以上），可能引发群体性事件"),
     lambda m: f"{m[1]} parties ({m[2]} or more): possible mass incident"),
    (re.compile(r"当事人(\d+)人（(\d+)人以上），涉及多方"),
     lambda m: f"{m[1]} parties ({m[2]} or more): several sides involved"),
    (re.compile(r"同一身份证号(\d+)日内第(\d+)次来访"),
     lambda m: f"visit no. {m[2]} with the same ID number within {m[1]} days"),
    (re.compile(f"涉案金额{_AMOUNT}，(超过|达到){_AMOUNT}"),
     lambda m: f"amount in dispute CNY {_yuan_back(m[1], m[2])}, {'over' if m[3] == '超过' else 'reaches'} "
               f"CNY {_yuan_back(m[4], m[5])}"),
    (re.compile(r"心理风险评估：(高|中)"),
     lambda m: f"counsellor's risk assessment: {'high' if m[1] == '高' else 'medium'}"),
    (re.compile(re.escape(SCREENING_ALERT)), lambda m: "screening calls for an immediate safety assessment"),
    (re.compile("^" + re.escape(SAFETY_ALERT) + "$"), lambda m: "needs safety assessment now"),
    (re.compile("^" + re.escape(ATTENTION) + "$"), lambda m: "needs attention"),
)


def _yuan_back(number: str, unit: str) -> str:
    return _plain(Decimal(number) * (10_000 if unit == "万元" else 1))


def stored_reason_english(zh: str) -> str:
    """The English of a reason stored on a case; "" for a sentence no rule writes."""
    for pattern, english in _STORED_PATTERNS:
        m = pattern.fullmatch(zh)
        if m:
            return english(m)
    return ""
