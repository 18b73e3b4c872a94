"""Plain input data for the documents: frozen dataclasses the services layer fills from rows.

Nothing here touches the database or the page. Texts are final Chinese labels (the services
map stored codes to labels through `app.domain.catalog`); dates are `date`, times are
timezone-aware `datetime` in the station's local time, amounts are `Decimal`.
All dataclasses are keyword-only so a mapping reads as field = value.
See docs/documents.md for the field-by-field description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar

from app.domain.catalog import PARTY_ROLE_LABELS, IdType, PartyKind, PartyRole

# 人民调解法 art 33 / 民诉法 art 205: joint application within 30 days of taking effect.
CONFIRMATION_WINDOW_DAYS = 30

# 人民调解法 art 26: routes a party keeps when mediation ends without agreement.
DEFAULT_OTHER_ROUTES: tuple[str, ...] = (
    "仲裁：依照双方约定或者法律规定，向有管辖权的仲裁机构申请仲裁（劳动争议向劳动人事争议仲裁委员会申请仲裁）。",
    "诉讼：向有管辖权的人民法院提起诉讼。",
    "行政：请求有关行政机关依法处理。",
)


# ---------------------------------------------------------------------------------------
# People and the case


@dataclass(frozen=True, kw_only=True)
class Station:
    """The station and its people's mediation committee."""

    name: str  # 群众诉求服务站 name, e.g. 东门街道群众诉求服务站
    committee_name: str  # full committee name, e.g. 深圳市罗湖区东门街道人民调解委员会
    address: str
    phone: str
    seal_text: str  # text around the committee's (electronic) seal
    basic_court: str  # basic people's court of the committee's location (民诉法 205(2))


@dataclass(frozen=True, kw_only=True)
class Agent:
    """A party's authorised agent (委托代理人)."""

    name: str
    authority: str = ""  # 代理权限: 一般代理 / 特别授权
    phone: str = ""
    relation: str = ""  # e.g. 律师（某某律师事务所）, 近亲属


@dataclass(frozen=True, kw_only=True)
class Party:
    """A party as the agreement must describe it (人民调解法 art 29; 2002 rules art 34).

    Persons use gender/ethnicity/age/occupation/employer/address; organisations use
    name/address (住所)/legal_rep/legal_rep_title/credit_code. `id_number` is printed as
    given: the services mask it when a document must not show it in full.
    """

    role: PartyRole
    name: str
    kind: PartyKind = PartyKind.PERSON
    gender: str = ""  # 男 / 女
    ethnicity: str = ""  # 汉族 ...
    age: int | None = None  # computed by the services from the birth date at the document date
    occupation: str = ""  # 职业或职务
    phone: str = ""
    address: str = ""  # 住址 (person) or 住所 (organisation)
    employer: str = ""  # 工作单位 (person)
    id_type: IdType | None = None
    id_number: str = ""
    legal_rep: str = ""  # 法定代表人 / 负责人 (organisation)
    legal_rep_title: str = ""  # 职务
    credit_code: str = ""  # 统一社会信用代码 (organisation)
    agent: Agent | None = None

    @property
    def role_label(self) -> str:
        return PARTY_ROLE_LABELS[self.role]

    @property
    def is_organisation(self) -> bool:
        return self.kind == PartyKind.ORGANISATION


@dataclass(frozen=True, kw_only=True)
class Case:
    """The dispute as registered and accepted."""

    number: str  # case number, e.g. 〔2026〕罗湖东门调字第12号
    category: str  # category label, e.g. 合同纠纷
    source: str  # source label, e.g. 当事人来访申请
    summary: str  # 纠纷简要情况
    parties: tuple[Party, ...]
    registered_on: date
    category_code: str = ""  # catalog code (01..15, L01...), used by the rules
    source_code: str = ""  # catalog Source value, e.g. "initiative"
    claims: tuple[str, ...] = ()  # 申请事项, one per item
    amount: Decimal | None = None  # 涉案金额 (yuan)
    accepted_on: date | None = None
    room: str = ""  # e.g. 人民调解室
    mediators: tuple[str, ...] = ()  # 人民调解员 names (art 19: one or more)
    recorder: str = ""  # 记录人
    inviting_court: str = ""  # the court that invited the mediation (民诉法 205(1)), if any

    def parties_in(self, role: PartyRole) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.role == role)

    @property
    def party_names(self) -> str:
        return "、".join(p.name for p in self.parties)


@dataclass(frozen=True, kw_only=True)
class Signature:
    """One signing slot. An empty box is drawn unless `drawn_png` is given and not `wet`.

    `drawn_png` is the PNG of a signature drawn on screen (the stroke data stays in the
    database); it is placed inside the box. `wet=True` keeps the box empty for ink on paper.
    `fingerprint=True` adds a 按指印 box next to it (parties of agreements and records).
    """

    role: str  # label printed before the box: 申请人, 人民调解员, 记录人 ...
    name: str  # printed name of the signer
    drawn_png: bytes | None = None
    wet: bool = False
    fingerprint: bool = False
    signed_on: date | None = None


# ---------------------------------------------------------------------------------------
# Documents. Every document has the station, the case, its own number and its signatures.


@dataclass(frozen=True, kw_only=True)
class DocumentBase:
    KIND: ClassVar[str] = ""

    station: Station
    case: Case
    number: str  # document number printed on every page
    # Empty: the form's standard slots (see slots.signature_slots), all for wet ink.
    signatures: tuple[Signature, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Application(DocumentBase):
    """人民调解申请书: the applicant's request; facts and claims come from the case."""

    KIND: ClassVar[str] = "application"
    applied_on: date


@dataclass(frozen=True, kw_only=True)
class Registration(DocumentBase):
    """人民调解受理登记表, filled in by the committee."""

    KIND: ClassVar[str] = "registration"
    registrar: str  # 登记人
    accepted_on: date


@dataclass(frozen=True, kw_only=True)
class RightsNotice(DocumentBase):
    """人民调解当事人权利义务告知书, given before mediation starts."""

    KIND: ClassVar[str] = "notice"
    notified_on: date


@dataclass(frozen=True, kw_only=True)
class QA:
    question: str
    answer: str


@dataclass(frozen=True, kw_only=True)
class Investigation(DocumentBase):
    """人民调解调查记录."""

    KIND: ClassVar[str] = "investigation"
    started_at: datetime
    ended_at: datetime | None = None
    place: str
    subject: str  # 被调查人
    subject_details: str = ""  # 性别、年龄、单位或住址、联系方式 of the person questioned
    investigators: tuple[str, ...]  # 调查人
    participants: tuple[str, ...] = ()  # 参加人
    recorder: str
    qa: tuple[QA, ...] = ()  # 问/答
    findings: str = ""  # 调查结论 / further notes
    attachments: tuple[str, ...] = ()  # evidence the record refers to (file names)
    # Further investigations of the same case printed in the same file, each from a new page.
    further: tuple[Investigation, ...] = ()


@dataclass(frozen=True, kw_only=True)
class MinutesEntry:
    at: datetime
    speaker: str  # label with name, e.g. 人民调解员 张三 / 申请人 王𠮷
    text: str


@dataclass(frozen=True, kw_only=True)
class MediationRecord(DocumentBase):
    """人民调解记录 (the minutes of the session)."""

    KIND: ClassVar[str] = "record"
    started_at: datetime
    ended_at: datetime | None = None
    place: str
    matter: str  # 事由
    participants: tuple[str, ...] = ()  # 参加人: invited helpers, not mediator/parties/recorder
    entries: tuple[MinutesEntry, ...] = ()
    outcome: str = ""  # 调解结果


class TermKind(StrEnum):
    PAYMENT = "payment"  # pay money: amount and deadline are required
    ACT = "act"  # do something (hand over, repair, vacate): deadline required
    STATEMENT = "statement"  # a declaration, e.g. no further claims


@dataclass(frozen=True, kw_only=True)
class Term:
    """One agreed obligation, written out as one numbered sentence."""

    kind: TermKind = TermKind.PAYMENT
    obligor: str = ""  # who performs (a party's name)
    obligee: str = ""  # to whom
    what: str  # e.g. 拖欠的货款 / 将涉案房屋钥匙交还
    amount: Decimal | None = None  # yuan, printed in figures and capital numerals
    deadline: date | None = None
    method: str = ""  # e.g. 银行转账至王𠮷名下账户
    place: str = ""
    breach: str = ""  # consequence of non-performance


@dataclass(frozen=True, kw_only=True)
class Agreement(DocumentBase):
    """人民调解协议书 (人民调解法 art 29; 2002 rules art 34)."""

    KIND: ClassVar[str] = "agreement"
    facts: str  # 纠纷主要事实
    disputed_matters: str  # 争议事项
    responsibilities: str  # 各方当事人的责任
    terms: tuple[Term, ...]
    performance_manner: str = ""  # 履行方式
    performance_place: str = ""  # 履行地点
    performance_deadline: str = ""  # 履行期限
    concluded_on: date
    effective_on: date | None = None  # set once every party, the mediator and the seal are on
    partial: bool = False  # 部分协议 (深圳条例 art 26)
    status_matter: bool = False  # confirms/dissolves marriage, parentage or adoption
    title_matter: bool = False  # determines title to property or IP rights

    @property
    def copies(self) -> int:
        """One per party plus one kept by the committee (art 29)."""
        return len(self.case.parties) + 1


@dataclass(frozen=True, kw_only=True)
class OralAgreement(DocumentBase):
    """人民调解口头协议登记表 (art 28, 30: effective the day it is reached)."""

    KIND: ClassVar[str] = "oral-agreement"
    agreed_on: date
    terms: tuple[Term, ...] = ()
    content: str = ""  # free-text content when not structured
    performance: str = ""  # 履行方式、时限
    performed: str = ""  # 履行情况
    registrar: str


@dataclass(frozen=True, kw_only=True)
class FollowUp(DocumentBase):
    """人民调解回访记录 (2002 rules art 39)."""

    KIND: ClassVar[str] = "follow-up"
    visited_at: datetime
    visited: str  # 被回访人
    agreement_number: str  # 调解协议编号
    matter: str  # 回访事由
    method: str = "上门回访"  # 上门回访 / 电话回访
    performance: str  # 协议履行情况
    satisfaction: str = ""  # 当事人满意度
    later_lawsuit: str = ""  # 是否另行起诉及结果 ("" = not asked: printed blank)
    risks: str = ""  # 是否存在激化或隐患 ("" = not asked: printed blank)
    measures: str = ""  # 采取的措施
    visitors: tuple[str, ...]  # 回访人


@dataclass(frozen=True, kw_only=True)
class Termination(DocumentBase):
    """人民调解终止通知书 (人民调解法 art 26)."""

    KIND: ClassVar[str] = "termination"
    terminated_on: date
    reason: str  # reason label, e.g. 一方当事人不愿继续调解
    reason_detail: str = ""
    other_routes: tuple[str, ...] = DEFAULT_OTHER_ROUTES


class CourtBasis(StrEnum):
    INVITING_COURT = "inviting_court"  # 民诉法 205(1)
    PARTY_DOMICILE = "party_domicile"  # 205(2) 当事人住所地
    SUBJECT_LOCATION = "subject_location"  # 205(2) 标的物所在地
    COMMITTEE_LOCATION = "committee_location"  # 205(2) 调解组织所在地


COURT_BASIS_LABELS = {
    CourtBasis.INVITING_COURT: "作出邀请的人民法院",
    CourtBasis.PARTY_DOMICILE: "当事人住所地基层人民法院",
    CourtBasis.SUBJECT_LOCATION: "标的物所在地基层人民法院",
    CourtBasis.COMMITTEE_LOCATION: "调解组织所在地基层人民法院",
}


@dataclass(frozen=True, kw_only=True)
class CourtChoice:
    court: str
    basis: CourtBasis

    @property
    def basis_label(self) -> str:
        return COURT_BASIS_LABELS[self.basis]


DEFAULT_CONFIRMATION_ATTACHMENTS: tuple[str, ...] = (
    "人民调解协议书",
    "人民调解委员会主持调解的证明",
    "双方当事人的身份证明（资格证明）",
    "与调解协议相关的财产权利证明等材料",
)


@dataclass(frozen=True, kw_only=True)
class JudicialConfirmation(DocumentBase):
    """司法确认申请书: joint application by the parties (民诉法 205; 解释 354)."""

    KIND: ClassVar[str] = "judicial-confirmation"
    agreement: Agreement
    applied_on: date
    party_domicile_court: str = ""  # basic court of a party's domicile, if preferred
    subject_location_court: str = ""  # basic court where the subject matter lies
    preferred_basis: CourtBasis | None = None
    attachments: tuple[str, ...] = DEFAULT_CONFIRMATION_ATTACHMENTS

    @property
    def effective_on(self) -> date:
        return self.agreement.effective_on or self.agreement.concluded_on

    @property
    def deadline(self) -> date:
        """Last day to apply: the day count starts the day after taking effect (民法典 201)."""
        return self.effective_on + timedelta(days=CONFIRMATION_WINDOW_DAYS)


@dataclass(frozen=True, kw_only=True)
class CaseFile(DocumentBase):
    """调解卷宗: cover, index, the documents in archive order, back cover."""

    KIND: ClassVar[str] = "case-file"
    title: str  # 卷名, e.g. 王𠮷与某公司买卖合同纠纷
    mediation_from: date
    mediation_to: date
    filed_by: str  # 立卷人
    filed_on: date  # 立卷日期
    retention: str = "长期"  # 保管期限 (configurable; no statutory period)
    checked_by: str = ""  # 检查人
    remarks: str = ""  # 备注 / 卷宗情况说明
    documents: tuple[Document, ...] = ()
    paper_items: tuple[str, ...] = ()  # kept on paper, listed in the index without page numbers


Document = (
    Application
    | Registration
    | RightsNotice
    | Investigation
    | MediationRecord
    | Agreement
    | OralAgreement
    | FollowUp
    | Termination
    | JudicialConfirmation
    | CaseFile
)

DOCUMENT_TYPES: tuple[type[DocumentBase], ...] = (
    Application,
    Registration,
    RightsNotice,
    Investigation,
    MediationRecord,
    Agreement,
    OralAgreement,
    JudicialConfirmation,
    FollowUp,
    Termination,
    CaseFile,
)
