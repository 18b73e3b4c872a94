"""Realistic sample data for every document kind (also used by bench/bench_documents.py).

Two parties: the applicant 王𠮷 (𠮷 U+20BB7 needs the Ext-B fallback font) and a company
whose legal representative is 李堃, with the mediator 张喆 (堃 and 喆 are in UMing).
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from PIL import Image, ImageDraw

from app.documents import model as m
from app.domain.catalog import IdType, PartyKind, PartyRole

CST = timezone(timedelta(hours=8))
NUMBER = "〔2026〕罗湖东门调字第12号"

STATION = m.Station(
    name="东门街道群众诉求服务站",
    committee_name="深圳市罗湖区东门街道人民调解委员会",
    address="深圳市罗湖区东门街道湖贝路1038号",
    phone="0755-82201234",
    seal_text="深圳市罗湖区东门街道人民调解委员会",
    basic_court="深圳市罗湖区人民法院",
)

APPLICANT = m.Party(
    role=PartyRole.APPLICANT,
    name="王𠮷",
    gender="男",
    ethnicity="汉族",
    age=41,
    occupation="个体工商户",
    phone="13800138000",
    address="深圳市罗湖区东门北路88号3栋502房",
    employer="罗湖区东门𠮷祥五金店",
    id_type=IdType.RESIDENT,
    id_number="4403**********1234",
)
RESPONDENT = m.Party(
    role=PartyRole.RESPONDENT,
    kind=PartyKind.ORGANISATION,
    name="深圳市喆堃贸易有限公司",
    phone="0755-25550000",
    address="深圳市罗湖区人民北路2001号国贸大厦12楼",
    legal_rep="李堃",
    legal_rep_title="总经理",
    credit_code="91440300MA5F123456",
    agent=m.Agent(name="陈晓", authority="特别授权", relation="公司员工", phone="13900139000"),
)

CASE = m.Case(
    number=NUMBER,
    category="合同纠纷",
    category_code="04",
    source="当事人来访申请",
    source_code="walk_in",
    summary=(
        "申请人王𠮷自2025年6月起向被申请人深圳市喆堃贸易有限公司供应五金配件，双方约定货到30日内付款。"
        "截至2026年2月，被申请人尚欠货款人民币45,000元未付。申请人多次催收未果，遂来站申请调解。"
    ),
    parties=(APPLICANT, RESPONDENT),
    registered_on=date(2026, 3, 2),
    claims=("请求被申请人支付拖欠货款人民币45,000元；", "请求被申请人承担逾期付款的利息损失。"),
    amount=Decimal("45000.00"),
    accepted_on=date(2026, 3, 2),
    room="人民调解室",
    mediators=("张喆",),
    recorder="刘敏",
)


def signature_png(seed: int = 0) -> bytes:
    """A stand-in for a signature drawn on the pad: a few strokes on a transparent PNG
    (different `seed`, different strokes)."""
    img = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    pen = ImageDraw.Draw(img)
    d = 7 * seed
    pen.line(
        [
            (20, 90),
            (80 + d, 30),
            (120, 85 - d),
            (170 + d, 25),
            (220, 95),
            (300 - d, 40),
            (340, 70 - d),
        ],
        fill=(10, 20, 90, 255),
        width=6,
        joint="curve",
    )
    pen.arc((60 + d, 20, 200 + d, 110), 200, 340, fill=(10, 20, 90, 255), width=5)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def base(**kw: object) -> dict[str, object]:
    return {"station": STATION, "case": CASE, "number": NUMBER, **kw}


TERMS = (
    m.Term(
        kind=m.TermKind.PAYMENT,
        obligor=RESPONDENT.name,
        obligee=APPLICANT.name,
        what="拖欠的货款",
        amount=Decimal("30000.00"),
        deadline=date(2026, 3, 31),
        method="银行转账至王𠮷名下中国工商银行账户（尾号1234）",
        place="深圳市罗湖区",
        breach="应按未付金额每日万分之五向王𠮷支付违约金，王𠮷可就全部未付款项申请强制执行",
    ),
    m.Term(
        kind=m.TermKind.PAYMENT,
        obligor=RESPONDENT.name,
        obligee=APPLICANT.name,
        what="剩余货款",
        amount=Decimal("15000.00"),
        deadline=date(2026, 4, 30),
        method="银行转账至上述账户",
    ),
    m.Term(
        kind=m.TermKind.STATEMENT,
        what="申请人放弃要求被申请人支付逾期付款利息的请求；双方就本纠纷再无其他争议",
    ),
)


def agreement(*, facts_repeat: int = 1, signed: bool = False) -> m.Agreement:
    facts = (
        CASE.summary
        + "被申请人称因下游客户回款迟延导致资金紧张，对欠款金额无异议，但请求分期支付。"
    ) * facts_repeat
    doc = m.Agreement(
        **base(),
        facts=facts,
        disputed_matters="被申请人应否支付拖欠货款及逾期付款利息，以及付款的期限和方式。",
        responsibilities=(
            "被申请人未按约定期限付款，应承担支付货款的责任；申请人在交货后未及时对账催收，"
            "对损失扩大亦负有一定责任。"
        ),
        terms=TERMS,
        performance_manner="银行转账，分两期支付",
        performance_place="深圳市罗湖区",
        performance_deadline="2026年4月30日前全部履行完毕",
        concluded_on=date(2026, 3, 2),
        effective_on=date(2026, 3, 2),
    )
    if signed:
        on = date(2026, 3, 2)
        sigs = (
            m.Signature(
                role="申请人",
                name=APPLICANT.name,
                drawn_png=signature_png(0),
                fingerprint=True,
                signed_on=on,
            ),
            m.Signature(
                role="被申请人",
                name=RESPONDENT.name,
                drawn_png=signature_png(1),
                fingerprint=True,
                signed_on=on,
            ),
            m.Signature(role="人民调解员", name="张喆", drawn_png=signature_png(2), signed_on=on),
            m.Signature(role="记录人", name="刘敏", drawn_png=signature_png(3), signed_on=on),
        )
        doc = replace(doc, signatures=sigs)
    return doc


def all_documents() -> dict[str, m.DocumentBase]:
    """One sample per kind except the case file (built from these by `case_file`)."""
    t0 = datetime(2026, 3, 2, 14, 0, tzinfo=CST)
    agr = agreement()
    docs: dict[str, m.DocumentBase] = {
        "application": m.Application(**base(), applied_on=date(2026, 3, 2)),
        "registration": m.Registration(**base(), registrar="刘敏", accepted_on=date(2026, 3, 2)),
        "notice": m.RightsNotice(**base(), notified_on=date(2026, 3, 2)),
        "investigation": m.Investigation(
            **base(),
            started_at=datetime(2026, 3, 1, 10, 0, tzinfo=CST),
            ended_at=datetime(2026, 3, 1, 10, 40, tzinfo=CST),
            place="深圳市喆堃贸易有限公司会议室",
            subject="李堃",
            subject_details="深圳市喆堃贸易有限公司总经理，联系电话0755-25550000",
            investigators=("张喆",),
            recorder="刘敏",
            qa=(
                m.QA(
                    question="贵公司是否收到王𠮷供应的五金配件？",
                    answer="收到了，共四批，对账单我们已经签字确认。",
                ),
                m.QA(
                    question="尚欠货款多少？为何未付？",
                    answer="尚欠45,000元。下游客户回款迟延，公司资金周转困难，希望分期付款。",
                ),
            ),
            findings="被申请人对欠款金额无异议，愿意分期支付。",
        ),
        "record": m.MediationRecord(
            **base(),
            started_at=t0,
            ended_at=t0 + timedelta(hours=1, minutes=25),
            place="东门街道群众诉求服务站人民调解室",
            matter="买卖合同货款纠纷",
            participants=("黄律师（法律顾问）", "周老师（心理咨询师）"),
            entries=(
                m.MinutesEntry(
                    at=t0,
                    speaker="人民调解员张喆",
                    text="已向双方当事人告知人民调解的性质、原则和当事人的权利义务，双方表示知悉并同意调解。",
                ),
                m.MinutesEntry(
                    at=t0 + timedelta(minutes=5),
                    speaker="申请人王𠮷",
                    text="对方欠我货款45,000元，拖了半年，我要求一次性付清并赔偿利息。",
                ),
                m.MinutesEntry(
                    at=t0 + timedelta(minutes=15),
                    speaker="被申请人委托代理人陈晓",
                    text="欠款属实，但公司资金紧张，希望分两期支付，利息请求予以免除。",
                ),
                m.MinutesEntry(
                    at=t0 + timedelta(minutes=40),
                    speaker="黄律师",
                    text="向双方说明逾期付款的法律后果和诉讼的时间成本。",
                ),
                m.MinutesEntry(
                    at=t0 + timedelta(minutes=70),
                    speaker="人民调解员张喆",
                    text="双方同意分两期付清货款，申请人放弃利息请求，当场制作调解协议书。",
                ),
            ),
            outcome="达成书面调解协议（编号〔2026〕罗湖东门调字第12号）。",
        ),
        "agreement": agr,
        "oral-agreement": m.OralAgreement(
            **base(),
            agreed_on=date(2026, 3, 2),
            terms=TERMS[:1],
            performance="2026年3月31日前银行转账",
            performed="尚未履行",
            registrar="刘敏",
        ),
        "judicial-confirmation": m.JudicialConfirmation(
            **base(), agreement=agr, applied_on=date(2026, 3, 5)
        ),
        "follow-up": m.FollowUp(
            **base(),
            visited_at=datetime(2026, 4, 2, 15, 30, tzinfo=CST),
            visited="王𠮷",
            agreement_number=NUMBER,
            matter="回访买卖合同货款纠纷调解协议履行情况",
            method="电话回访",
            performance="第一期货款30,000元已于2026年3月28日收到。",
            satisfaction="满意",
            measures="提醒被申请人按期支付第二期货款。",
            visitors=("张喆",),
        ),
        "termination": m.Termination(
            **base(),
            terminated_on=date(2026, 3, 20),
            reason="一方当事人不愿继续调解",
            reason_detail="被申请人书面表示不再参加调解",
        ),
    }
    return docs


def case_file(documents: tuple[m.DocumentBase, ...] | None = None) -> m.CaseFile:
    docs = all_documents()
    chosen = (
        documents
        if documents is not None
        else tuple(
            docs[k]
            for k in ("agreement", "application", "notice", "registration", "record", "follow-up")
        )
    )
    return m.CaseFile(
        **base(number="（2026）人调字第12号"),
        title="王𠮷与深圳市喆堃贸易有限公司买卖合同纠纷",
        mediation_from=date(2026, 3, 2),
        mediation_to=date(2026, 3, 2),
        filed_by="刘敏",
        filed_on=date(2026, 4, 10),
        retention="长期",
        checked_by="张喆",
        documents=chosen,
        paper_items=("当事人身份证明", "收条或汇款单等履行凭证"),
    )
