"""The figures as text (CLI), as an Excel workbook (one sheet per table) and as the monthly
report PDF. All three print the period and every denominator beside its figure."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.domain.statistics import Figures, Rate, Table


def period_text(figures: Figures) -> str:
    f = figures.filter
    return f"{f.date_from:%Y年%m月%d日}至{f.date_to:%Y年%m月%d日}"


def filter_text(figures: Figures) -> str:
    f = figures.filter
    parts = [f"{label}：{value}" for label, value in (
        ("调解室", f.room_code), ("调解员", f.mediator_id), ("纠纷类型", f.category_code), ("来源", f.source),
        ("站点", f.station_code), ("街道", f.street)) if value]
    return "；".join(parts) or "全部案件"


def rate_text(rate: Rate) -> str:
    return f"{rate.percent_text()}（{rate.numerator}/{rate.denominator}）"


def yuan(amount: Decimal) -> str:
    return f"{amount:,.2f}元"


def figures_text(figures: Figures) -> str:
    lines = [f"统计期间：{period_text(figures)}　范围：{filter_text(figures)}",
             f"登记 {figures.total.cases} 件；受理 {figures.accepted.cases} 件；不予受理 {figures.declined.cases} 件；"
             f"办理中 {figures.in_progress.cases} 件；办结 {figures.concluded.cases} 件",
             f"化解率 {rate_text(figures.resolution_rate)}　分母：办结件数，不含办理中 {figures.in_progress.cases} 件",
             f"调解成功率 {rate_text(figures.success_rate)}"]
    lines += [f"{r.label} {rate_text(r)}" for r in figures.sla]
    lines.append(f"涉及金额 {yuan(figures.amount_total)}；协议涉及金额 {yuan(figures.amount_resolved)}")
    for c in (figures.prevent_criminal, figures.prevent_mass):
        lines.append(f"{c.label} {c.cases} 件 {c.persons} 人")
    avg = "—" if figures.average_days is None else f"{figures.average_days:.1f} 天"
    lines.append(f"平均调解时长 {avg}（{len(figures.duration_ids)} 件）")
    for t in figures.tables:
        rows = "，".join(f"{r.label} {r.count}" for r in t.rows if r.count)
        lines.append(f"{t.title}（共 {t.denominator} 件）：{rows or '无'}")
    lines.append(f"重复来访当事人 {len(figures.repeat_visitors)} 人")
    return "\n".join(lines)


def _sheet_title(text: str) -> str:
    return text.replace("（", "(").replace("）", ")")[:31]


def write_xlsx(figures: Figures, path: Path, *, station: str = "") -> Path:
    """One sheet per table; each starts with the station, the period and the denominator."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    head = Font(bold=True)

    def header(ws, title: str, denominator: str) -> None:  # noqa: ANN001
        ws.append([f"{station}{title}".strip()])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(["统计期间", period_text(figures)])
        ws.append(["统计范围", filter_text(figures)])
        ws.append(["分母", denominator])
        ws.append([])

    ws = wb.active
    ws.title = "概况"
    header(ws, "人民调解工作统计", f"办结 {figures.concluded.cases} 件（不含办理中 {figures.in_progress.cases} 件）")
    ws.append(["指标", "数值", "分子", "分母", "口径"])
    for cell in ws[ws.max_row]:
        cell.font = head
    for c in (figures.total, figures.accepted, figures.declined, figures.in_progress, figures.concluded):
        ws.append([c.label, c.cases, None, None, ""])
    for r in (figures.resolution_rate, figures.success_rate, *figures.sla):
        ws.append([r.label, None if r.rate is None else round(r.rate, 4), r.numerator, r.denominator, r.definition])
        if r.rate is not None:
            ws.cell(ws.max_row, 2).number_format = "0.0%"
    ws.append(["涉及金额（元）", float(figures.amount_total), None, figures.total.cases, "登记案件的涉案金额合计"])
    ws.append(["协议涉及金额（元）", float(figures.amount_resolved), None, figures.resolution_rate.numerator,
               "已化解案件的涉案金额合计"])
    for c in (figures.prevent_criminal, figures.prevent_mass):
        ws.append([f"{c.label}（件）", c.cases, None, figures.resolution_rate.numerator, c.definition])
        ws.append([f"{c.label}（人）", c.persons, None, None, ""])
    ws.append(["平均调解时长（天）", None if figures.average_days is None else round(figures.average_days, 2),
               None, len(figures.duration_ids), figures.definitions["duration"]])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["E"].width = 80

    for t in figures.tables:
        _table_sheet(wb, t, header, head)

    ws = wb.create_sheet("重复来访")
    header(ws, "重复来访当事人", f"登记 {figures.total.cases} 件")
    ws.append(["当事人代码（不可逆）", "案件数"])
    for r in figures.repeat_visitors:
        ws.append([r.key, r.count])
    path = Path(path)
    wb.save(path)
    return path


def _table_sheet(wb, t: Table, header, head) -> None:  # noqa: ANN001
    ws = wb.create_sheet(_sheet_title(t.title))
    header(ws, t.title, f"{t.denominator} 件")
    ws.append(["代码", "项目", "件数", "占比", "涉及金额（元）", "说明"])
    for cell in ws[ws.max_row]:
        cell.font = head
    for r in t.rows:
        ws.append([r.key, r.label, r.count, (r.count / t.denominator) if t.denominator else None,
                   float(r.amount), r.note])
        ws.cell(ws.max_row, 4).number_format = "0.0%"
    ws.append(["", "合计", t.total(), None, float(sum((r.amount for r in t.rows), Decimal(0))), ""])
    ws.column_dimensions["B"].width = 24


def write_pdf(figures: Figures, path: Path, *, station: str = "") -> Path:
    from app.documents.stats_report import render_report
    path = Path(path)
    path.write_bytes(render_report(figures, station=station, period=period_text(figures),
                                   scope=filter_text(figures)))
    return path
