"""人民调解申请书, 人民调解受理登记表, 人民调解当事人权利义务告知书."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents import layout
from app.documents.model import Application, Registration, RightsNotice
from app.documents.templates.common import Options, closing, dash, header, party_grid

APPLICATION_STATEMENT = (
    "人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。"
)


def _numbered(items: tuple[str, ...]) -> list[Flowable]:
    if not items:
        return [layout.para("—", layout.STYLES.cell)]
    return [
        layout.para(f"{i}. {text}", layout.STYLES.cell) for i, text in enumerate(items, start=1)
    ]


def application(doc: Application, opts: Options) -> list[Flowable]:
    case = doc.case
    story = header(doc) + party_grid(case.parties)
    story.append(
        layout.text_section("纠纷简要情况", [layout.para(case.summary, layout.STYLES.para)])
    )
    story.append(layout.text_section("申请事项", _numbered(case.claims), min_height=22 * mm))
    lead = [Spacer(1, 4 * mm), layout.para(APPLICATION_STATEMENT, layout.STYLES.para)]
    return story + closing(doc, opts, on=doc.applied_on, seal=False, lead=lead)


_REG_MM = (16, 30, 12, 14, 14, 30, 44)


def _party_table(doc: Registration) -> Flowable:
    rows: list[list[object]] = [
        [
            layout.label_cell(t)
            for t in ("当事人", "姓名（名称）", "性别", "年龄", "民族", "联系方式", "单位或住址")
        ]
    ]
    for p in doc.case.parties:
        if p.is_organisation:
            rows.append(
                [
                    layout.label_cell(p.role_label),
                    p.name,
                    "—",
                    "—",
                    "—",
                    dash(p.phone),
                    dash(p.address),
                ]
            )
        else:
            rows.append(
                [
                    layout.label_cell(p.role_label),
                    p.name,
                    dash(p.gender),
                    dash(p.age),
                    dash(p.ethnicity),
                    dash(p.phone),
                    "；".join(x for x in (p.employer, p.address) if x) or "—",
                ]
            )
    return layout.form_table(rows, _REG_MM, min_height=9 * mm)


def registration_sentence(doc: Registration) -> str:
    how = "主动调解" if doc.case.source_code == "initiative" else "依当事人申请"
    return (
        f"{layout.cn_date(doc.accepted_on)}，本人民调解委员会{how}，经当事人同意，调解"
        f"{doc.case.party_names}之间的{doc.case.category}。"
    )


def registration(doc: Registration, opts: Options) -> list[Flowable]:
    case = doc.case
    story = header(doc)
    story.append(
        layout.form_table(
            [
                [
                    layout.label_cell("登记日期"),
                    layout.cn_date(case.registered_on),
                    layout.label_cell("受理日期"),
                    layout.cn_date(doc.accepted_on),
                ],
                [
                    layout.label_cell("纠纷类型"),
                    case.category,
                    layout.label_cell("案件来源"),
                    case.source,
                ],
                [
                    layout.label_cell("涉及金额"),
                    f"人民币{case.amount:,.2f}元" if case.amount is not None else "—",
                    layout.label_cell("调解场所"),
                    dash(case.room),
                ],
            ],
            (30, 50, 30, 50),
        )
    )
    story.append(_party_table(doc))
    story.append(
        layout.text_section("纠纷简要情况", [layout.para(case.summary, layout.STYLES.para)])
    )
    story.append(
        layout.text_section(
            "受理情况", [layout.para(registration_sentence(doc), layout.STYLES.para)]
        )
    )
    note = [Spacer(1, 2 * mm), layout.para("注：此表由人民调解委员会填写。", layout.STYLES.small)]
    return story + note + closing(doc, opts, on=doc.accepted_on)


# 人民调解法 arts 3, 4, 7, 15(4), 23, 24, 26, 30-33 (text of the 2010 law).
NOTICE_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "一、人民调解委员会的性质和调解原则",
        (
            "人民调解委员会是依法设立的调解民间纠纷的群众性组织。人民调解委员会调解民间纠纷，应当遵循下列原则：",
            "（一）在当事人自愿、平等的基础上进行调解；",
            "（二）不违背法律、法规和国家政策；",
            "（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。",
            "人民调解委员会调解民间纠纷，不收取任何费用。人民调解员对调解中知悉的当事人个人隐私、商业秘密负有保密义务。",
        ),
    ),
    (
        "二、当事人在人民调解活动中享有下列权利",
        (
            "（一）选择或者接受人民调解员；",
            "（二）接受调解、拒绝调解或者要求终止调解；",
            "（三）要求调解公开进行或者不公开进行；",
            "（四）自主表达意愿、自愿达成调解协议。",
        ),
    ),
    (
        "三、当事人在人民调解活动中履行下列义务",
        (
            "（一）如实陈述纠纷事实；",
            "（二）遵守调解现场秩序，尊重人民调解员；",
            "（三）尊重对方当事人行使权利。",
        ),
    ),
    (
        "四、调解协议的效力",
        (
            "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。调解协议书自各方当事人签名、"
            "盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效；口头调解协议自各方当事人达成协议之日起生效。",
            "当事人之间就调解协议的履行或者调解协议的内容发生争议的，一方当事人可以向人民法院提起诉讼。",
            "双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。人民法院依法确认调解协议"
            "有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行；人民法院依法确认调解协议无效的，"
            "当事人可以通过人民调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼。",
        ),
    ),
    (
        "五、调解不成",
        (
            "调解不成的，人民调解员应当终止调解，并告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。",
        ),
    ),
)


def notice(doc: RightsNotice, opts: Options) -> list[Flowable]:
    story = header(doc)
    story.append(layout.para(f"{doc.case.party_names}：", layout.STYLES.body))
    story.append(
        layout.para(
            "根据《中华人民共和国人民调解法》的规定，现将人民调解的有关事项及当事人在人民调解活动中的"
            "权利和义务告知如下：",
            layout.STYLES.para,
        )
    )
    for heading, paragraphs in NOTICE_SECTIONS:
        story.append(Spacer(1, 1.5 * mm))
        story.append(layout.para(heading, layout.STYLES.heading))
        story.extend(layout.para(text, layout.STYLES.para) for text in paragraphs)
    lead = [
        Spacer(1, 4 * mm),
        layout.para(
            "以上告知内容，本人已阅读（已听取人民调解员宣读），知悉自己的权利和义务。",
            layout.STYLES.para,
        ),
    ]
    return story + closing(doc, opts, on=doc.notified_on, lead=lead)
