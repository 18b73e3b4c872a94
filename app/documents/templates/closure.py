"""人民调解终止通知书 and 司法确认申请书."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents import layout
from app.documents.model import JudicialConfirmation, Termination
from app.documents.rules import confirmation_court
from app.documents.templates.common import Options, closing, header, party_line
from app.documents.terms import numbered_terms

_CN_ORDINALS = "一二三四五六七八九十"


def termination(doc: Termination, opts: Options) -> list[Flowable]:
    case = doc.case
    story = header(doc)
    story.append(layout.para(f"{case.party_names}：", layout.STYLES.body))
    accepted = layout.cn_date(case.accepted_on or case.registered_on)
    reason = doc.reason + (f"（{doc.reason_detail}）" if doc.reason_detail else "")
    story.append(
        layout.para(
            f"你们之间的{case.category}，本委员会于{accepted}受理调解。因{reason}，调解无法继续进行。"
            f"根据《中华人民共和国人民调解法》第二十六条的规定，本委员会决定自{layout.cn_date(doc.terminated_on)}"
            "起终止调解。",
            layout.STYLES.para,
        )
    )
    story.append(layout.para("你们可以依法通过下列途径维护自己的权利：", layout.STYLES.para))
    for i, route in enumerate(doc.other_routes):
        story.append(layout.para(f"（{_CN_ORDINALS[i % 10]}）{route}", layout.STYLES.para))
    story.append(layout.para("特此通知。", layout.STYLES.para))
    return story + closing(doc, opts, on=doc.terminated_on, lead=[Spacer(1, 2 * mm)])


PLEDGE = (
    "（一）申请人出于解决纠纷的目的自愿达成调解协议并自愿申请司法确认，不存在恶意串通、规避法律的行为；",
    "（二）调解协议内容真实、合法，所提交的材料和陈述的事实真实，如有虚假，愿意承担相应的法律责任；",
    "（三）如因调解协议内容给他人造成损害的，愿意承担相应的民事责任和其他法律责任。",
)


def judicial_confirmation(doc: JudicialConfirmation, opts: Options) -> list[Flowable]:
    agreement = doc.agreement
    case = doc.case
    court = confirmation_court(doc)
    story = header(doc)
    for p in case.parties:
        story.append(layout.para(f"申请人：{party_line(p)}", layout.STYLES.para))
    story += [Spacer(1, 2 * mm), layout.para("请求事项：", layout.STYLES.heading)]
    story.append(
        layout.para(
            f"请求人民法院依法确认申请人于{layout.cn_date(agreement.concluded_on)}经{doc.station.committee_name}"
            f"主持调解达成的人民调解协议（编号：{agreement.number}）有效。",
            layout.STYLES.para,
        )
    )
    story += [layout.para("事实和理由：", layout.STYLES.heading)]
    story.append(
        layout.para(
            f"申请人因{case.category}，经{doc.station.committee_name}主持调解，于"
            f"{layout.cn_date(agreement.concluded_on)}自愿达成如下调解协议：",
            layout.STYLES.para,
        )
    )
    story += [
        layout.para(t, layout.STYLES.para) for t in numbered_terms(agreement.terms, case.parties)
    ]
    story.append(
        layout.para(
            f"该调解协议于{layout.cn_date(doc.effective_on)}生效。根据《中华人民共和国人民调解法》第三十三条、"
            f"《中华人民共和国民事诉讼法》第二百零五条的规定，申请人自调解协议生效之日起三十日内（即"
            f"{layout.cn_date(doc.deadline)}前）共同提出本申请。申请人保证：",
            layout.STYLES.para,
        )
    )
    story += [layout.para(text, layout.STYLES.para) for text in PLEDGE]
    story += [
        Spacer(1, 2 * mm),
        layout.para("此致", layout.STYLES.para),
        layout.para(court.court, layout.STYLES.body),
    ]
    story.append(layout.para(f"（管辖依据：{court.basis_label}）", layout.STYLES.small))
    story += [Spacer(1, 2 * mm), layout.para("附：", layout.STYLES.body)]
    story += [
        layout.para(f"{i}. {a}", layout.STYLES.para) for i, a in enumerate(doc.attachments, start=1)
    ]
    return story + closing(doc, opts, on=doc.applied_on, seal=False, lead=[Spacer(1, 2 * mm)])
