"""The 话聊 session: stages, their checklists, the gate before substantive work, outcomes,
and the PHQ-9 / GAD-7 screening scales (screening wording only — never a diagnosis)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.catalog import CaseStatus
from app.domain.errors import ValidationError


class Stage(StrEnum):
    PREPARE = "prepare"
    OPENING = "opening"
    EMOTION = "emotion"
    REASON = "reason"
    LAW = "law"
    NEGOTIATION = "negotiation"
    RESULT = "result"


STAGE_LABELS: dict[Stage, str] = {
    Stage.PREPARE: "准备", Stage.OPENING: "开场告知", Stage.EMOTION: "情", Stage.REASON: "理",
    Stage.LAW: "法", Stage.NEGOTIATION: "协商", Stage.RESULT: "结果",
}
SUBSTANTIVE = frozenset({Stage.EMOTION, Stage.REASON, Stage.LAW, Stage.NEGOTIATION, Stage.RESULT})

# Checklist items per stage: (key, Chinese label). Keys are stored; labels are shown.
CHECKLISTS: dict[Stage, tuple[tuple[str, str], ...]] = {
    Stage.PREPARE: (("parties_present", "核对到场当事人及身份"), ("agents_checked", "核对代理人授权委托书"),
                    ("recusal_checked", "回避情况已核查"), ("room_ready", "调解室已准备"),
                    ("public_decided", "已征询是否公开调解")),
    Stage.OPENING: (("rights_notice", "已告知当事人权利义务"), ("consent_mediation", "当事人同意调解"),
                    ("consent_counsellor", "当事人同意心理咨询师参与"),
                    ("consent_recording", "当事人同意录音录像（如有）"),
                    ("consent_sensitive", "已就敏感个人信息取得单独同意")),
    Stage.EMOTION: (("state_assessed", "已评估情绪状态"), ("deescalated", "已进行情绪疏导"),
                    ("risk_screened", "已完成风险筛查"), ("summary_published", "已发布团队摘要")),
    Stage.REASON: (("accounts_heard", "已听取各方陈述"), ("facts_agreed", "已梳理无争议事实"),
                   ("disputes_listed", "已列明争议焦点"), ("interests_found", "已分析各方利益诉求")),
    Stage.LAW: (("basis_explained", "已释明法律依据"), ("risk_notice", "已进行风险提示"),
                ("paths_compared", "已比较各解纷途径的时间与成本")),
    Stage.NEGOTIATION: (("options_listed", "已形成可选方案"), ("offers_recorded", "已记录各方报价与还价"),
                        ("caucus_done", "背靠背沟通（如需要）")),
    Stage.RESULT: (("result_recorded", "已记录调解结果"), ("minutes_read_back", "笔录已向当事人宣读并确认")),
}
# The opening items that must be recorded before any substantive stage (人民调解法 art 23-24;
# PIPL arts 29-30 for sensitive information). consent_counsellor only when a counsellor takes part.
GATE_ITEMS = ("rights_notice", "consent_mediation", "consent_sensitive")


def gate_problems(checks: Mapping[str, bool], *, counsellor_present: bool) -> list[str]:
    """Why substantive stages are still closed (empty list: open)."""
    labels = dict(CHECKLISTS[Stage.OPENING])
    needed = list(GATE_ITEMS) + (["consent_counsellor"] if counsellor_present else [])
    return [labels[k] for k in needed if not checks.get(k)]


def check_can_enter(stage: Stage, checks: Mapping[str, bool], *, counsellor_present: bool) -> None:
    if stage in SUBSTANTIVE:
        missing = gate_problems(checks, counsellor_present=counsellor_present)
        if missing:
            raise ValidationError(
                "请先完成开场告知：" + "、".join(missing) + "。",
                f"opening notice and consents missing: {missing}", field="stage")


class Outcome(StrEnum):
    WRITTEN = "written_agreement"
    PARTIAL = "partial_agreement"
    ORAL = "oral_agreement"
    ADJOURNED = "adjourned"
    NO_AGREEMENT = "no_agreement"
    REFERRAL = "referral"


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.WRITTEN: "达成书面协议", Outcome.PARTIAL: "达成部分协议", Outcome.ORAL: "达成口头协议",
    Outcome.ADJOURNED: "休会，择期继续", Outcome.NO_AGREEMENT: "调解不成（终止）", Outcome.REFERRAL: "转介其他途径",
}
OUTCOME_STATUS: dict[Outcome, CaseStatus | None] = {
    Outcome.WRITTEN: CaseStatus.AGREED_WRITTEN, Outcome.PARTIAL: CaseStatus.AGREED_WRITTEN,
    Outcome.ORAL: CaseStatus.AGREED_ORAL, Outcome.ADJOURNED: None,
    Outcome.NO_AGREEMENT: CaseStatus.TERMINATED, Outcome.REFERRAL: CaseStatus.REFERRED,
}
# 人民调解法 art 26: when mediation fails, tell the parties about the other routes.
OTHER_ROUTES_TEXT = ("调解不成的，当事人可以依法通过仲裁、行政、司法等途径维护自己的权利："
                     "劳动争议可向劳动人事争议仲裁委员会申请仲裁（时效一年）；"
                     "合同等民事纠纷可向人民法院提起诉讼（可网上立案）；"
                     "涉及行政管理事项的，可向有关行政机关申请处理。")
# 信访工作条例 art 27: the closure review for petition-sourced cases.
THREE_IN_PLACE = (("reasonable_solved", "诉求合理的解决问题到位"),
                  ("unreasonable_educated", "诉求无理的思想教育到位"),
                  ("hardship_helped", "生活困难的帮扶救助到位"),
                  ("unlawful_handled", "行为违法的依法处理"))

SPEAKERS: dict[str, str] = {
    "mediator": "调解员", "lawyer": "律师", "counsellor": "心理咨询师", "applicant": "申请人",
    "respondent": "被申请人", "agent": "代理人", "helper": "邀请参与人", "recorder": "记录人",
}

RISK_LEVELS = {"low": "低", "medium": "中", "high": "高"}


# --- screening scales ------------------------------------------------------------------------
PHQ9_ITEMS = (
    "做事时提不起劲或没有兴趣", "感到心情低落、沮丧或绝望", "入睡困难、睡不安稳或睡眠过多",
    "感觉疲倦或没有活力", "食欲不振或吃太多", "觉得自己很糟，或觉得自己很失败，或让自己或家人失望",
    "对事物专注有困难，例如阅读报纸或看电视时", "动作或说话速度缓慢到别人已经觉察，或正好相反，烦躁或坐立不安",
    "有不如死掉或用某种方式伤害自己的念头",
)
GAD7_ITEMS = (
    "感觉紧张、焦虑或急切", "不能够停止或控制担忧", "对各种各样的事情担忧过多", "很难放松下来",
    "由于不安而无法静坐", "变得容易烦恼或急躁", "感到似乎将有可怕的事情发生而害怕",
)
ANSWER_LABELS = ("完全不会", "好几天", "一半以上的天数", "几乎每天")
PHQ9_BANDS = ((4, "极轻微"), (9, "轻度"), (14, "中度"), (19, "中重度"), (27, "重度"))
GAD7_BANDS = ((4, "极轻微"), (9, "轻度"), (14, "中度"), (21, "重度"))


@dataclass(frozen=True)
class ScreeningResult:
    scale: str            # "phq9" / "gad7"
    total: int
    band: str             # screening band wording, e.g. "中度（筛查）" — never a diagnosis
    alert: bool           # PHQ-9 item 9 answered above 0: evaluate immediately
    message: str


def _check_answers(answers: Sequence[int], n: int, scale: str) -> None:
    if len(answers) != n or any(a not in (0, 1, 2, 3) for a in answers):
        raise ValidationError(f"{scale}需要{n}个条目，每项0至3分。", f"{scale} needs {n} answers in 0..3",
                              field=scale.lower())


def _band(total: int, bands: tuple[tuple[int, str], ...]) -> str:
    return next(label for upper, label in bands if total <= upper)


def score_phq9(answers: Sequence[int]) -> ScreeningResult:
    _check_answers(answers, 9, "PHQ-9")
    total = sum(answers)
    band = _band(total, PHQ9_BANDS)
    alert = answers[8] > 0
    msg = f"PHQ-9 总分{total}，{band}（筛查结果，非诊断）"
    if alert:
        msg += "；第9项阳性：需立即进行安全评估，必要时转介医疗机构"
    return ScreeningResult("phq9", total, band, alert, msg)


def score_gad7(answers: Sequence[int]) -> ScreeningResult:
    _check_answers(answers, 7, "GAD-7")
    total = sum(answers)
    band = _band(total, GAD7_BANDS)
    return ScreeningResult("gad7", total, band, False, f"GAD-7 总分{total}，{band}（筛查结果，非诊断）")


# --- the three panels ------------------------------------------------------------------------
@dataclass(frozen=True)
class PanelField:
    key: str
    label: str
    private: bool = False   # counsellor process notes: counsellors only
    multiline: bool = True


PANEL_FIELDS: dict[str, tuple[PanelField, ...]] = {
    "emotion": (
        PanelField("emotional_state", "情绪状态", private=True),
        PanelField("deescalation", "已采用的疏导方法", private=True),
        PanelField("risk_self_harm", "自伤/自杀风险", private=True),
        PanelField("risk_harm_others", "伤害他人风险", private=True),
        PanelField("risk_escalation", "民转刑/事态升级风险", private=True),
        PanelField("risk_domestic_violence", "家庭暴力迹象", private=True),
        PanelField("referral", "转介建议（医疗机构等）", private=True),
        PanelField("process_note", "过程记录（仅心理咨询师可见）", private=True),
        PanelField("team_summary", "团队摘要（团队可见）"),
    ),
    "reason": (
        PanelField("account_applicant", "申请人陈述"),
        PanelField("account_respondent", "被申请人陈述"),
        PanelField("agreed_facts", "无争议事实"),
        PanelField("disputed_points", "争议焦点"),
        PanelField("interests", "各方利益诉求"),
        PanelField("options", "可选方案"),
        PanelField("offers", "报价与还价"),
    ),
    "law": (
        PanelField("legal_basis", "法律依据（含法条引用）"),
        PanelField("risk_notice", "风险提示"),
        PanelField("paths_comparison", "解纷途径比较（调解/仲裁/诉讼/司法确认的时间与成本）"),
    ),
}
PANEL_LABELS = {"emotion": "情 · 心理咨询师", "reason": "理 · 调解员", "law": "法 · 律师"}


def panel_field(dimension: str, key: str) -> PanelField:
    for f in PANEL_FIELDS.get(dimension, ()):
        if f.key == key:
            return f
    raise ValidationError("未知的记录栏目。", f"unknown field {dimension}.{key}", field=key)
