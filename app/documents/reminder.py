"""督促履行通知书: the printed reminder to a party who has not (fully) performed an agreement
(人民调解法 art 31: the committee supervises performance and urges the parties to perform)."""
from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.documents.fonts import para_markup, register_fonts
from app.domain.catalog import PARTY_ROLE_LABELS, PartyRole


def render_reminder(*, station: str, case_number: str, agreement_number: str, effective_on: date | None,
                    performance: str, deadline: str, parties: list[tuple[str, str]], note: str, on: date) -> bytes:
    fonts = register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                            bottomMargin=25 * mm, title="督促履行通知书")
    title = ParagraphStyle("t", fontName=fonts.sans, fontSize=18, leading=26, alignment=1)
    body = ParagraphStyle("b", fontName=fonts.serif, fontSize=12, leading=22, firstLineIndent=24)
    right = ParagraphStyle("r", parent=body, alignment=2, firstLineIndent=0)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(para_markup(text, base=style.fontName), style)

    names = "、".join(f"{PARTY_ROLE_LABELS.get(PartyRole(r), '')}{n}" if r in PartyRole._value2member_map_ else n
                     for r, n in parties)
    effective = f"{effective_on:%Y年%m月%d日}生效的" if effective_on else ""
    story = [p(station, ParagraphStyle("s", parent=title, fontSize=13)), p("督促履行通知书", title),
             p(f"（案号：{case_number}）", ParagraphStyle("n", parent=right, alignment=1)), Spacer(1, 8 * mm),
             p(f"{names}："),
             p(f"你们于{effective}人民调解协议（{agreement_number or '协议编号见卷宗'}）依法具有法律约束力，当事人应当按照约定"
               f"履行自己的义务。经本委员会回访，该协议目前{performance}"
               + (f"，约定的履行期限为：{deadline}" if deadline else "") + "。"),
             p("根据《中华人民共和国人民调解法》第三十一条的规定，请负有履行义务的当事人在收到本通知后及时履行协议约定的义务；"
               "对协议履行有异议的，可以向本委员会说明情况；经人民法院司法确认的协议，一方拒绝履行或未全部履行的，"
               "对方当事人可以依法向人民法院申请强制执行。")]
    if note:
        story.append(p(f"说明：{note}"))
    story += [Spacer(1, 16 * mm), p(station, right), p(f"{on:%Y年%m月%d日}", right)]
    doc.build(story)
    return buf.getvalue()
