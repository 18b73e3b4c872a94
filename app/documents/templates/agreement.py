"""人民调解协议书 and 人民调解口头协议登记表."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents import layout
from app.documents.model import Agreement, OralAgreement
from app.documents.templates.common import (
    Options,
    closing,
    dash,
    header,
    labelled,
    party_grid,
)
from app.documents.terms import cn_count, numbered_terms

EFFECT_SENTENCE = (
    "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。"
)
ORAL_EFFECT = "口头调解协议自各方当事人达成协议之日起生效（《中华人民共和国人民调解法》第三十条）。"


def copies_sentence(copies: int) -> str:
    return f"本协议一式{cn_count(copies)}份，当事人、人民调解委员会各持一份。"


def agreement(doc: Agreement, opts: Options) -> list[Flowable]:
    case = doc.case
    story = header(doc) + party_grid(case.parties)
    facts = [labelled("纠纷主要事实：", doc.facts), labelled("争议事项：", doc.disputed_matters)]
    story.append(layout.text_section("纠纷主要事实、争议事项", facts))
    story.append(
        layout.text_section(
            "各方当事人的责任", [layout.para(doc.responsibilities, layout.STYLES.para)]
        )
    )
    lead = (
        "经调解，当事人自愿就部分争议事项达成如下协议"
        if doc.partial
        else "经调解，自愿达成如下协议"
    )
    terms: list[Flowable] = [
        layout.para(t, layout.STYLES.cell) for t in numbered_terms(doc.terms, case.parties)
    ]
    if doc.partial:
        terms.append(
            layout.para(
                "其余争议事项另行调解或者由当事人依法通过其他途径解决。", layout.STYLES.cell
            )
        )
    story.append(layout.text_section(lead, terms))
    performance = [
        labelled("履行方式：", dash(doc.performance_manner)),
        labelled("履行地点：", dash(doc.performance_place)),
        labelled("履行期限：", dash(doc.performance_deadline)),
    ]
    story.append(layout.text_section("履行方式、地点、期限", performance))
    lead_flow: list[Flowable] = [
        Spacer(1, 3 * mm),
        layout.para(copies_sentence(doc.copies), layout.STYLES.para),
        layout.para(EFFECT_SENTENCE, layout.STYLES.para),
    ]
    return story + closing(doc, opts, on=doc.concluded_on, lead=lead_flow)


def oral_agreement(doc: OralAgreement, opts: Options) -> list[Flowable]:
    case = doc.case
    story = header(doc) + party_grid(case.parties)
    story.append(
        layout.text_section("纠纷简要情况", [layout.para(case.summary, layout.STYLES.para)])
    )
    content: list[Flowable] = [
        layout.para(t, layout.STYLES.cell) for t in numbered_terms(doc.terms, case.parties)
    ]
    if doc.content:
        content.append(layout.para(doc.content, layout.STYLES.cell))
    story.append(layout.text_section("协议内容", content or [layout.para("—", layout.STYLES.cell)]))
    story.append(
        layout.form_table(
            [
                [layout.label_cell("履行方式、时限"), dash(doc.performance)],
                [layout.label_cell("协议达成日期"), layout.cn_date(doc.agreed_on)],
                [layout.label_cell("履行情况"), dash(doc.performed)],
            ],
            (36, 124),
            min_height=12 * mm,
        )
    )
    lead = [Spacer(1, 3 * mm), layout.para(ORAL_EFFECT, layout.STYLES.para)]
    return story + closing(doc, opts, on=doc.agreed_on, lead=lead)
