"""The monthly report of the station's figures (人民调解工作统计月报), ReportLab with its charts
drawn by reportlab.graphics, in the shipped CJK fonts. Every rate is printed with its
numerator and denominator and the definition of what it counts."""
from __future__ import annotations

import io
from datetime import datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.fonts import para_markup, register_fonts
from app.domain.clocks import CHINA_TZ
from app.domain.statistics import Figures, Rate


def _rate(r: Rate) -> str:
    return f"{r.percent_text()}（{r.numerator}/{r.denominator}）"


def _bar_chart(fonts, labels: list[str], values: list[int], width: float, title: str) -> Drawing:  # noqa: ANN001
    height = 18 + 13 * max(len(labels), 1)
    d = Drawing(width, height + 16)
    d.add(String(0, height + 4, title, fontName=fonts.sans, fontSize=9))
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 10
    chart.width, chart.height = width - 130, height - 14
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = fonts.serif
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.sans
    chart.bars[0].fillColor = colors.HexColor("#3c6e9f")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontSize = 6
    chart.barLabels.fontName = fonts.sans
    chart.barLabels.nudge = 7
    d.add(chart)
    return d


def _line_chart(fonts, labels: list[str], series: list[list[int]], width: float, title: str) -> Drawing:  # noqa: ANN001
    d = Drawing(width, 150)
    d.add(String(0, 138, title, fontName=fonts.sans, fontSize=9))
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 30, 25, width - 50, 100
    chart.data = series
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = fonts.sans
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 30 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.sans
    chart.lines[0].strokeColor = colors.HexColor("#3c6e9f")
    if len(series) > 1:
        chart.lines[1].strokeColor = colors.HexColor("#c0504d")
    d.add(chart)
    legend = [("登记件数", "#3c6e9f"), ("化解件数", "#c0504d")][:len(series)]
    for i, (text, colour) in enumerate(legend):
        d.add(String(width - 140 + i * 70, 138, "■ " + text, fontName=fonts.serif, fontSize=8,
                     fillColor=colors.HexColor(colour)))
    return d


def render_report(figures: Figures, *, station: str, period: str, scope: str,
                  generated_at: datetime | None = None) -> bytes:
    fonts = register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="人民调解工作统计月报", author=station or "Mediation Desk")
    title = ParagraphStyle("t", fontName=fonts.sans, fontSize=17, leading=24, alignment=1)
    h2 = ParagraphStyle("h2", fontName=fonts.sans, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=fonts.serif, fontSize=10, leading=15)
    small = ParagraphStyle("s", fontName=fonts.serif, fontSize=8, leading=11, textColor=colors.HexColor("#444444"))

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(para_markup(text, base=style.fontName), style)

    def grid(rows: list[list[str]], widths: list[float]) -> Table:
        t = Table([[p(str(c), small if i else body) for c in row] for i, row in enumerate(rows)],
                  colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return t

    width = A4[0] - 40 * mm
    f = figures
    when = (generated_at or datetime.now(CHINA_TZ)).astimezone(CHINA_TZ)
    story = [p(f"{station}人民调解工作统计月报", title), Spacer(1, 4),
             p(f"统计期间：{period}　　统计范围：{scope}　　制表日期：{when:%Y年%m月%d日}", small), Spacer(1, 6),
             p("一、基本情况", h2),
             p(f"本期登记纠纷 {f.total.cases} 件，受理 {f.accepted.cases} 件，不予受理 {f.declined.cases} 件；"
               f"已办结 {f.concluded.cases} 件，仍在办理中 {f.in_progress.cases} 件。"
               f"化解 {f.resolution_rate.numerator} 件，化解率 {_rate(f.resolution_rate)}；"
               f"调解成功 {f.success_rate.numerator} 件，调解成功率 {_rate(f.success_rate)}。"
               f"涉案金额 {f.amount_total:,.2f} 元，协议涉及金额 {f.amount_resolved:,.2f} 元。"),
             p(f"口径：{f.resolution_rate.definition}{f.success_rate.definition}", small),
             p("二、协议形式与服务承诺", h2)]
    form = f.table("agreement_form")
    rows = [["项目", "件数", "分母", "比率"]]
    rows += [[r.label, str(r.count), str(form.denominator),
              f"{r.count / form.denominator * 100:.1f}%" if form.denominator else "—"] for r in form.rows]
    rows += [[r.label, str(r.numerator), str(r.denominator), r.percent_text()] for r in f.sla]
    story += [grid(rows, [width * 0.4, width * 0.2, width * 0.2, width * 0.2])]
    story += [p("；".join(r.definition for r in f.sla), small)]
    avg = "—" if f.average_days is None else f"{f.average_days:.1f} 天"
    story += [p("三、预防成效", h2),
              p(f"防止民间纠纷转化为刑事案件 {f.prevent_criminal.cases} 件 {f.prevent_criminal.persons} 人；"
                f"防止群体性上访 {f.prevent_mass.cases} 件 {f.prevent_mass.persons} 人。"
                f"平均调解时长 {avg}（{len(f.duration_ids)} 件）。"),
              p(f.prevent_criminal.definition + f.prevent_mass.definition + f.definitions["duration"], small),
              p("四、纠纷类型（全国统计口径）", h2)]
    nat = f.table("national_category")
    story.append(_bar_chart(fonts, [r.label for r in nat.rows], [r.count for r in nat.rows], width,
                            f"纠纷类型分布（共 {nat.denominator} 件）"))
    local = [r for r in f.table("category").rows if r.note and r.count]
    if local:
        story.append(p("本地类型（已计入全国口径）：" + "；".join(f"{r.label} {r.count} 件（{r.note}）" for r in local),
                       small))
    month = f.table("month")
    resolved_ids = set(f.resolution_rate.case_ids)
    resolved_by_month = [sum(1 for i in r.case_ids if i in resolved_ids) for r in month.rows]
    story += [p("五、月度趋势", h2),
              _line_chart(fonts, [r.label for r in month.rows], [[r.count for r in month.rows], resolved_by_month],
                          width, "月度登记与化解件数")]
    src = f.table("source")
    story += [p("六、案件来源", h2),
              grid([["来源", "件数", "占比"]] + [[r.label, str(r.count),
                    f"{r.count / src.denominator * 100:.1f}%" if src.denominator else "—"] for r in src.rows],
                   [width * 0.5, width * 0.25, width * 0.25])]
    fu = f.table("follow_up")
    story += [p("七、回访与履行", h2),
              grid([["履行情况", "件数", "分母（达成协议件数）"]] + [[r.label, str(r.count), str(fu.denominator)]
                                                        for r in fu.rows],
                   [width * 0.4, width * 0.3, width * 0.3]),
              p(f"重复来访当事人 {len(f.repeat_visitors)} 人（按不可逆代码统计，不含姓名）。", small)]
    doc.build(story)
    return buf.getvalue()
