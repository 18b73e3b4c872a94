"""Fixed vocabularies shared by every layer: roles, statuses, categories, sources, rooms.

Stored values are stable ASCII codes; labels are Simplified Chinese (the UI translates
labels through Qt Linguist; exports carry codes). Qt-free on purpose.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    RECEPTION = "reception"
    LEGAL_SPECIALIST = "legal_specialist"
    MEDIATOR = "mediator"
    LAWYER = "lawyer"
    COUNSELLOR = "counsellor"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.RECEPTION: "接待员",
    Role.LEGAL_SPECIALIST: "法治专员",
    Role.MEDIATOR: "人民调解员",
    Role.LAWYER: "律师",
    Role.COUNSELLOR: "心理咨询师",
    Role.ADMIN: "管理员",
}


class CaseStatus(StrEnum):
    REGISTERED = "registered"
    DECLINED = "declined"
    ACCEPTED = "accepted"
    INVESTIGATING = "investigating"
    MEDIATING = "mediating"
    AGREED_WRITTEN = "agreed_written"
    AGREED_ORAL = "agreed_oral"
    TERMINATED = "terminated"
    REFERRED = "referred"
    CONFIRMING = "confirming"
    PERFORMING = "performing"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"
    ARCHIVED = "archived"


STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.REGISTERED: "待受理",
    CaseStatus.DECLINED: "不予受理",
    CaseStatus.ACCEPTED: "已受理",
    CaseStatus.INVESTIGATING: "调查中",
    CaseStatus.MEDIATING: "调解中",
    CaseStatus.AGREED_WRITTEN: "达成书面协议",
    CaseStatus.AGREED_ORAL: "达成口头协议",
    CaseStatus.TERMINATED: "调解终止",
    CaseStatus.REFERRED: "已转介",
    CaseStatus.CONFIRMING: "司法确认中",
    CaseStatus.PERFORMING: "履行中",
    CaseStatus.FOLLOW_UP: "待回访",
    CaseStatus.CLOSED: "已结案",
    CaseStatus.ARCHIVED: "已归档",
}

# Statuses that mean an agreement stands (调解成功). The one 化解 rule that uses them, with
# closed/archived cases and self-settlement, is app.domain.statistics.is_resolved.
RESOLVED_STATUSES = frozenset({
    CaseStatus.AGREED_WRITTEN, CaseStatus.AGREED_ORAL, CaseStatus.CONFIRMING,
    CaseStatus.PERFORMING, CaseStatus.FOLLOW_UP,
})


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    national_code: str  # a local category maps to the national code it is reported under
    local: bool = False


# The 15 national people's-mediation statistics categories (domain.md §3.4), then local ones.
CATEGORIES: tuple[Category, ...] = (
    Category("01", "婚姻家庭纠纷", "01"),
    Category("02", "邻里纠纷", "02"),
    Category("03", "房屋宅基地纠纷", "03"),
    Category("04", "合同纠纷", "04"),
    Category("05", "生产经营纠纷", "05"),
    Category("06", "损害赔偿纠纷", "06"),
    Category("07", "山林土地纠纷", "07"),
    Category("08", "征地拆迁纠纷", "08"),
    Category("09", "环境污染纠纷", "09"),
    Category("10", "劳动争议纠纷", "10"),
    Category("11", "消费纠纷", "11"),
    Category("12", "医疗纠纷", "12"),
    Category("13", "道路交通事故纠纷", "13"),
    Category("14", "物业纠纷", "14"),
    Category("15", "其他纠纷", "15"),
    Category("L01", "城市更新纠纷", "08", local=True),
    Category("L02", "商事纠纷", "05", local=True),
    Category("L03", "商铺租赁纠纷", "04", local=True),
    Category("L04", "拖欠农民工工资纠纷", "10", local=True),
)
CATEGORY_BY_CODE = {c.code: c for c in CATEGORIES}
LABOUR_CATEGORY_CODES = frozenset(c.code for c in CATEGORIES if c.national_code == "10")


class Source(StrEnum):
    WALK_IN = "walk_in"
    QR = "qr"
    HOTLINE = "hotline_12345"
    COURT = "court"
    POLICE = "police"
    PETITION = "petition"
    PROCURATORATE = "procuratorate"
    OTHER_DEPT = "other_dept"
    INITIATIVE = "initiative"


SOURCE_LABELS: dict[Source, str] = {
    Source.WALK_IN: "当事人来访申请",
    Source.QR: "扫码/小程序",
    Source.HOTLINE: "12345热线",
    Source.COURT: "法院委托移送",
    Source.POLICE: "公安机关委托移送",
    Source.PETITION: "信访部门委托移送",
    Source.PROCURATORATE: "检察院委托移送",
    Source.OTHER_DEPT: "其他部门委托移送",
    Source.INITIATIVE: "人民调解委员会主动调解",
}


class RoomKind(StrEnum):
    WINDOW = "window"
    ROOM = "room"


# The "1236 mechanism": two windows and six function rooms (code, label, kind).
DEFAULT_ROOMS: tuple[tuple[str, str, RoomKind], ...] = (
    ("W1", "接访窗口", RoomKind.WINDOW),
    ("W2", "诉求服务窗口", RoomKind.WINDOW),
    ("R1", "法律顾问室", RoomKind.ROOM),
    ("R2", "人民调解室", RoomKind.ROOM),
    ("R3", "公证室", RoomKind.ROOM),
    ("R4", "劳动者权益保障室", RoomKind.ROOM),
    ("R5", "法治宣传室", RoomKind.ROOM),
    ("R6", "心理服务室", RoomKind.ROOM),
)


class Path(StrEnum):
    MEDIATION = "mediation"
    ARBITRATION = "arbitration"
    JUDICIAL_CONFIRMATION = "judicial_confirmation"


PATH_LABELS = {Path.MEDIATION: "调解", Path.ARBITRATION: "仲裁", Path.JUDICIAL_CONFIRMATION: "司法确认"}


class DemandClass(StrEnum):
    CLASS_1 = "class_1"  # 一类诉求: handled on the spot
    CLASS_2 = "class_2"  # 二类诉求: needs routing / several departments


DEMAND_CLASS_LABELS = {DemandClass.CLASS_1: "一类诉求", DemandClass.CLASS_2: "二类诉求"}


class PartyRole(StrEnum):
    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    THIRD_PARTY = "third_party"


PARTY_ROLE_LABELS = {PartyRole.APPLICANT: "申请人", PartyRole.RESPONDENT: "被申请人",
                     PartyRole.THIRD_PARTY: "第三人"}


class PartyKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class IdType(StrEnum):
    RESIDENT = "resident"          # 居民身份证 (also 港澳台居民居住证, 2023 永居证: same algorithm)
    PASSPORT = "passport"
    OTHER = "other"


ID_TYPE_LABELS = {IdType.RESIDENT: "居民身份证/居住证/永居证", IdType.PASSPORT: "护照",
                  IdType.OTHER: "其他证件"}


class Dimension(StrEnum):
    LAW = "law"          # 法 — lawyer
    REASON = "reason"    # 理 — mediator
    EMOTION = "emotion"  # 情 — counsellor
    GENERAL = "general"


DIMENSION_LABELS = {Dimension.LAW: "法", Dimension.REASON: "理", Dimension.EMOTION: "情",
                    Dimension.GENERAL: "综合"}


class NoteTier(StrEnum):
    TEAM = "team"                    # readable by the case team (not reception)
    COUNSELLOR_PRIVATE = "counsellor_private"  # counsellor process notes: counsellors only


class WarningLevel(StrEnum):
    NONE = "none"
    WEAK = "weak"      # 弱信号
    STRONG = "strong"  # 强信息


WARNING_LABELS = {WarningLevel.NONE: "无", WarningLevel.WEAK: "弱信号", WarningLevel.STRONG: "强信息"}
