"""人民调解调查记录, 人民调解记录, 人民调解回访记录."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from app.documents import layout
from app.documents.model import FollowUp, Investigation, MediationRecord
from app.documents.templates.common import Options, closing, dash, header, labelled

_FOUR_MM = (26, 54, 26, 54)
_FOLLOW_UP_MM = (36, 50, 24, 50)  # longer row headers (是否另行起诉及结果)
READ_BACK = "以上记录已向当事人宣读（经当事人阅看），确认无误。"


def _span(start: datetime, end: datetime | None) -> str:
    if end is None:
        return layout.cn_datetime(start)
    if end.date() == start.date():
        return f"{layout.cn_datetime(start)}至{end.hour}时{end.minute:02d}分"
    return f"{layout.cn_datetime(start)}至{layout.cn_datetime(end)}"


def _names(names: tuple[str, ...]) -> str:
    return "、".join(names) or "—"


def investigation(doc: Investigation, opts: Options) -> list[Flowable]:
    story = header(doc)
    subject = doc.subject + (f"（{doc.subject_details}）" if doc.subject_details else "")
    story.append(
        layout.form_table(
            [
                [layout.label_cell("时间"), _span(doc.started_at, doc.ended_at), "", ""],
                [layout.label_cell("地点"), doc.place, "", ""],
                [layout.label_cell("被调查人"), subject, "", ""],
                [
                    layout.label_cell("调查人"),
                    _names(doc.investigators),
                    layout.label_cell("记录人"),
                    doc.recorder,
                ],
                [layout.label_cell("参加人"), _names(doc.participants), "", ""],
                [
                    layout.label_cell("调查事由"),
                    f"{doc.case.party_names}之间的{doc.case.category}",
                    "",
                    "",
                ],
            ],
            _FOUR_MM,
            spans=[((1, i), (3, i)) for i in (0, 1, 2, 4, 5)],
        )
    )
    body: list[Flowable] = []
    for qa in doc.qa:
        body += [labelled("问：", qa.question), labelled("答：", qa.answer)]
    if doc.findings:
        body += [Spacer(1, 2 * mm), labelled("调查情况：", doc.findings)]
    if doc.attachments:
        body += [Spacer(1, 2 * mm), labelled("附：", "、".join(doc.attachments))]
    story.append(layout.text_section("调查记录", body or [layout.para("—", layout.STYLES.cell)]))
    lead = [
        Spacer(1, 3 * mm),
        layout.para("以上记录已经被调查人阅看（已向被调查人宣读），确认无误。", layout.STYLES.para),
    ]
    story += closing(doc, opts, on=doc.started_at.date(), seal=False, lead=lead)
    for more in doc.further:  # each further record is a form of its own
        story += [PageBreak(), *investigation(more, opts)]
    return story


def record(doc: MediationRecord, opts: Options) -> list[Flowable]:
    case = doc.case
    story = header(doc)
    parties = "、".join(f"{p.role_label}{p.name}" for p in case.parties)
    story.append(
        layout.form_table(
            [
                [layout.label_cell("时间"), _span(doc.started_at, doc.ended_at), "", ""],
                [layout.label_cell("地点"), doc.place, "", ""],
                [layout.label_cell("事由"), doc.matter, "", ""],
                [layout.label_cell("当事人"), parties, "", ""],
                [layout.label_cell("参加人"), _names(doc.participants), "", ""],
                [
                    layout.label_cell("人民调解员"),
                    _names(case.mediators),
                    layout.label_cell("记录人"),
                    dash(case.recorder),
                ],
            ],
            _FOUR_MM,
            spans=[((1, i), (3, i)) for i in range(5)],
        )
    )
    entries = [
        labelled(f"{e.at.hour:02d}:{e.at.minute:02d}　{e.speaker}：", e.text) for e in doc.entries
    ]
    story.append(layout.text_section("调解记录", entries or [layout.para("—", layout.STYLES.cell)]))
    story.append(
        layout.text_section("调解结果", [layout.para(dash(doc.outcome), layout.STYLES.cell)])
    )
    lead = [Spacer(1, 3 * mm), layout.para(READ_BACK, layout.STYLES.para)]
    return story + closing(doc, opts, on=(doc.ended_at or doc.started_at).date(), lead=lead)


def follow_up(doc: FollowUp, opts: Options) -> list[Flowable]:
    story = header(doc)
    parties = "、".join(f"{p.role_label}{p.name}" for p in doc.case.parties)
    rows = [
        [layout.label_cell("纠纷当事人"), parties, "", ""],
        [
            layout.label_cell("被回访人"),
            doc.visited,
            layout.label_cell("回访时间"),
            layout.cn_datetime(doc.visited_at),
        ],
        [
            layout.label_cell("调解协议编号"),
            doc.agreement_number,
            layout.label_cell("回访方式"),
            doc.method,
        ],
        [layout.label_cell("回访事由"), doc.matter, "", ""],
        [layout.label_cell("协议履行情况"), doc.performance, "", ""],
        # What the visit did not ask stays blank (a "—" or "无" would claim an answer).
        [layout.label_cell("当事人满意度"), doc.satisfaction, "", ""],
        [layout.label_cell("是否另行起诉及结果"), doc.later_lawsuit, "", ""],
        [layout.label_cell("有无纠纷激化或隐患"), doc.risks, "", ""],
        [layout.label_cell("采取的措施"), doc.measures, "", ""],
    ]
    story.append(
        layout.form_table(
            rows,
            _FOLLOW_UP_MM,
            spans=[((1, i), (3, i)) for i in (0, *range(3, 9))],
            min_height=12 * mm,
        )
    )
    return story + closing(doc, opts, on=doc.visited_at.date())
