"""统计: the station's figures for a period, with their denominators; every figure opens its cases.

The figures come from services.statistics (app.domain.statistics) off the GUI thread, with
delayed progress. Charts (QtCharts): the monthly trend and the category breakdown. Exports:
Excel (one sheet per table) and the monthly report PDF.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QHBoxLayout, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from app.domain.catalog import CATEGORIES, SOURCE_LABELS, STATUS_LABELS, CaseStatus
from app.domain.statistics import CaseFacts, Figures, Rate, StatsFilter
from app.ui.accessibility import name_controls
from app.ui.context import Workspace
from app.ui.page import Page
from app.ui.widgets import Card, button, label, read_only_table

IDS_ROLE = Qt.ItemDataRole.UserRole + 1


def _pct(rate: Rate) -> str:
    return rate.percent_text()


class CasesDialog(QDialog):
    """The cases a figure counts; Enter or 打开案件 opens the selected one."""

    def __init__(self, title: str, ids: tuple[str, ...], facts: dict[str, CaseFacts],
                 on_open: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 460)
        self._on_open = on_open
        lay = QVBoxLayout(self)
        lay.addWidget(label(self.tr("{title}：共 {n} 件").format(title=title, n=len(ids))))
        self.table = read_only_table([self.tr("案号"), self.tr("登记日期"), self.tr("状态"), self.tr("纠纷类型")],
                                     self.tr("统计所含案件"))
        cat = {c.code: c.label for c in CATEGORIES}
        self.table.setRowCount(len(ids))
        for row, case_id in enumerate(ids):
            f = facts.get(case_id)
            values = ([f.number, f"{f.registered_at.astimezone():%Y-%m-%d}",
                       STATUS_LABELS.get(CaseStatus(f.status), f.status) if f.status in CaseStatus._value2member_map_
                       else f.status, cat.get(f.category_code, f.category_code)] if f else [case_id, "", "", ""])
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(IDS_ROLE, case_id)
                self.table.setItem(row, col, item)
        self.table.activated.connect(lambda _i: self.open_selected())
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = button(self.tr("打开案件"), primary=True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        if ids:
            self.table.selectRow(0)
        name_controls(self)

    def open_selected(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        self._on_open(item.data(IDS_ROLE))
        self.accept()


class StatisticsPage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("统计"), self.tr("化解率、调解成功率和各类统计，分母写在数字旁边；双击或回车查看所含案件"),
                         parent)
        self.figures: Figures | None = None
        self.facts: dict[str, CaseFacts] = {}
        self.ask_save_path: Callable[[str, str], str] = self._ask_save_path
        self.opened_dialog: CasesDialog | None = None
        self._loaded: tuple | None = None  # (period, the CaseFacts read for it)

        filters = QHBoxLayout()
        today = ws.clock().astimezone().date()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for w, name in ((self.date_from, self.tr("统计开始日期")), (self.date_to, self.tr("统计结束日期"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setAccessibleName(name)
        self.room = QComboBox()
        self.room.addItem(self.tr("全部调解室"), None)
        for code, name in ws.services.statistics.rooms():
            self.room.addItem(name, code)
        self.mediator = QComboBox()
        self.mediator.addItem(self.tr("全部调解员"), None)
        try:
            for staff_id, name in ws.services.statistics.mediators(ws.actor):
                self.mediator.addItem(name, staff_id)
        except Exception:  # noqa: BLE001 - no permission: the figures say so when asked
            pass
        self.category = QComboBox()
        self.category.addItem(self.tr("全部纠纷类型"), None)
        for c in CATEGORIES:
            self.category.addItem(c.label, c.code)
        self.source = QComboBox()
        self.source.addItem(self.tr("全部来源"), None)
        for code, text in SOURCE_LABELS.items():
            self.source.addItem(text, str(code))
        self.category.setMinimumContentsLength(8)
        for w, name in ((self.room, self.tr("调解室")), (self.mediator, self.tr("调解员")),
                        (self.category, self.tr("纠纷类型")), (self.source, self.tr("案件来源"))):
            w.setAccessibleName(name)
        self.run_button = button(self.tr("统计"), primary=True)
        self.run_button.setAutoDefault(True)
        self.run_button.clicked.connect(self.refresh)
        self.xlsx_button = button(self.tr("导出Excel"))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button = button(self.tr("月度报告PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        for w in (label(self.tr("期间")), self.date_from, label("—"), self.date_to, self.room, self.mediator,
                  self.category, self.source, self.run_button, self.xlsx_button, self.pdf_button):
            filters.addWidget(w)
        filters.addStretch(1)
        self.body.addLayout(filters)
        self.period_label = label(hint=True, wrap=True)
        self.body.addWidget(self.period_label)

        grid = QGridLayout()
        summary_card = Card(self.tr("主要指标"))
        self.summary = read_only_table([self.tr("指标"), self.tr("数值"), self.tr("分子/分母"), self.tr("口径")],
                                       self.tr("主要指标"))
        self.summary.activated.connect(lambda index: self._open_row(self.summary, index.row()))
        self.summary.setMinimumHeight(250)
        summary_card.body.addWidget(self.summary, 1)
        grid.addWidget(summary_card, 0, 0)
        charts = Card(self.tr("图表"))
        self.trend = self._chart_view(self.tr("月度趋势图"))
        self.breakdown = self._chart_view(self.tr("纠纷类型分布图"))
        charts.body.addWidget(self.trend)
        charts.body.addWidget(self.breakdown)
        grid.addWidget(charts, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.body.addLayout(grid, 3)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("分类统计"))
        self.tables: dict[str, QTableWidget] = {}
        self.body.addWidget(self.tabs, 2)
        name_controls(self)

    # ------------------------------------------------------------------ helpers
    def _chart_view(self, name: str) -> QChartView:
        view = QChartView(QChart())
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(name)
        view.viewport().setAccessibleName(name)
        view.setMinimumHeight(150)
        return view

    def _ask_save_path(self, caption: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested)
        return path

    def current_filter(self) -> StatsFilter:
        return StatsFilter(self.date_from.date().toPython(), self.date_to.date().toPython(),
                           room_code=self.room.currentData(), mediator_id=self.mediator.currentData(),
                           category_code=self.category.currentData(), source=self.source.currentData())

    def activate(self) -> None:
        self._loaded = None  # shown again: read the database afresh
        self.refresh()

    def refresh(self) -> None:
        try:
            flt = self.current_filter()
        except Exception as exc:  # noqa: BLE001 - a DomainError: shown in the UI language
            self.ws.prompter.show_error(self, exc)
            return
        svc, actor, now = self.ws.services.statistics, self.ws.actor, self.ws.clock()
        period = (flt.date_from, flt.date_to)
        loaded = self._loaded if self._loaded and self._loaded[0] == period else None

        def work():  # noqa: ANN202 - runs on the worker thread
            # Another room, mediator, category or source in the same period: the records read
            # for it are filtered again, not read again.
            facts = loaded[1] if loaded else svc.facts(actor, flt.date_from, flt.date_to)
            from app.domain.statistics import compute
            return compute(facts, flt, now, svc.promises(), svc.rooms()), facts, period

        self.ws.runner.run(work, on_success=self._show, label=self.tr("正在统计…"), key="statistics", parent=self)

    # ------------------------------------------------------------------ showing
    def _show(self, result: tuple[Figures, list[CaseFacts], tuple]) -> None:
        self.figures, facts, period = result
        self._loaded = (period, facts)
        self.facts = {f.case_id: f for f in facts}
        f = self.figures
        self.period_label.setText(self.tr("统计期间 {a} 至 {b}：登记 {n} 件；化解率和调解成功率的分母为办结件数，"
                                          "不含仍在办理中的 {p} 件。").format(
            a=f"{f.filter.date_from:%Y-%m-%d}", b=f"{f.filter.date_to:%Y-%m-%d}", n=f.total.cases,
            p=f.in_progress.cases))
        rows: list[tuple[str, str, str, str, tuple[str, ...]]] = []
        for c in (f.total, f.accepted, f.declined, f.in_progress, f.concluded):
            rows.append((c.label, self.tr("{n} 件").format(n=c.cases), "", "", c.case_ids))
        for r in (f.resolution_rate, f.success_rate, *f.sla):
            rows.append((r.label, _pct(r), f"{r.numerator}/{r.denominator}", r.definition, r.case_ids))
        rows.append((self.tr("涉及金额"), f"{f.amount_total:,.2f}", "", self.tr("登记案件涉案金额合计（元）"),
                     f.total.case_ids))
        rows.append((self.tr("协议涉及金额"), f"{f.amount_resolved:,.2f}", "", self.tr("已化解案件涉案金额合计（元）"),
                     f.amount_ids))
        for c in (f.prevent_criminal, f.prevent_mass):
            rows.append((c.label, self.tr("{n} 件 {p} 人").format(n=c.cases, p=c.persons),
                         f"{c.cases}/{f.resolution_rate.numerator}", c.definition, c.case_ids))
        avg = "—" if f.average_days is None else self.tr("{d} 天").format(d=f"{f.average_days:.1f}")
        rows.append((self.tr("平均调解时长"), avg, f"{len(f.duration_ids)}", f.definitions["duration"], f.duration_ids))
        rows.append((self.tr("重复来访当事人"), self.tr("{n} 人").format(n=len(f.repeat_visitors)), "", "",
                     tuple(dict.fromkeys(i for r in f.repeat_visitors for i in r.case_ids))))
        self._fill(self.summary, rows)
        self._fill_tabs(f)
        self._draw_charts(f)

    def _fill(self, table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, (*values, ids) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(IDS_ROLE, list(ids))
                if c == 0:
                    item.setToolTip(self.tr("回车或双击查看所含案件"))
                table.setItem(r, c, item)

    def _fill_tabs(self, f: Figures) -> None:
        while self.tabs.count():
            self.tabs.removeTab(0)
        self.tables.clear()
        for t in f.tables:
            if t.key == "category":
                continue  # the national table carries the locals mapped; the local codes show in its notes
            table = read_only_table([self.tr("项目"), self.tr("件数"), self.tr("占比"), self.tr("涉及金额"),
                                     self.tr("说明")], t.title)
            rows = [(r.label, str(r.count), f"{r.count / t.denominator * 100:.1f}%" if t.denominator else "—",
                     f"{r.amount:,.2f}", r.note, r.case_ids) for r in t.rows]
            if t.key == "national_category":
                rows += [(r.label, str(r.count), f"{r.count / t.denominator * 100:.1f}%" if t.denominator else "—",
                          f"{r.amount:,.2f}", r.note, r.case_ids)
                         for r in f.table("category").rows if r.note]
            self._fill(table, rows)
            table.activated.connect(lambda index, tb=table: self._open_row(tb, index.row()))
            self.tables[t.key] = table
            self.tabs.addTab(table, self.tr("{title}（分母 {n} 件）").format(title=t.title, n=t.denominator))

    def _draw_charts(self, f: Figures) -> None:
        month = f.table("month")
        resolved = set(f.resolution_rate.case_ids)
        chart = QChart()
        chart.setTitle(self.tr("月度登记与化解件数"))
        registered, solved = QLineSeries(), QLineSeries()
        registered.setName(self.tr("登记"))
        solved.setName(self.tr("化解"))
        for i, r in enumerate(month.rows):
            registered.append(i, r.count)
            solved.append(i, sum(1 for c in r.case_ids if c in resolved))
        axis_x = QBarCategoryAxis()
        axis_x.append([r.label[2:] for r in month.rows])
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        top = max([r.count for r in month.rows] + [1])
        axis_y.setRange(0, top)
        axis_y.setTickCount(min(top, 4) + 1)
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for s in (registered, solved):
            chart.addSeries(s)
            s.attachAxis(axis_x)
            s.attachAxis(axis_y)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.trend.setChart(chart)
        nat = [r for r in f.table("national_category").rows if r.count]
        nat.sort(key=lambda r: -r.count)
        bars = QChart()
        bars.setTitle(self.tr("纠纷类型（全国统计口径）") + self.tr("，前6类"))
        bar_set = QBarSet(self.tr("件数"))
        nat = nat[:6]
        bar_set.append([r.count for r in nat])
        series = QBarSeries()
        series.append(bar_set)
        bars.addSeries(series)
        axis_c = QBarCategoryAxis()
        axis_c.append([r.label.replace("纠纷", "")[:2] for r in nat])  # 婚姻 劳动 物业 …: unambiguous
        small = axis_c.labelsFont()
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        axis_c.setLabelsFont(small)
        axis_v = QValueAxis()
        axis_v.setLabelFormat("%d")
        most = max([r.count for r in nat] + [1])
        axis_v.setRange(0, most)
        axis_v.setTickCount(min(most, 4) + 1)
        axis_v.applyNiceNumbers()
        bars.addAxis(axis_c, Qt.AlignmentFlag.AlignBottom)
        bars.addAxis(axis_v, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_c)
        series.attachAxis(axis_v)
        bars.legend().hide()
        bars.setMargins(QMargins(4, 4, 4, 4))
        self.breakdown.setChart(bars)

    # ------------------------------------------------------------------ actions
    def _open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is None:
            return
        ids = tuple(item.data(IDS_ROLE) or ())
        self.opened_dialog = CasesDialog(item.text(), ids, self.facts, self.open_case_requested.emit, self)
        self.opened_dialog.open()

    def _export(self, caption: str, suffix: str, write: Callable[[Figures, Path], object]) -> None:
        if self.figures is None:
            return
        f = self.figures
        path = self.ask_save_path(caption, f"统计_{f.filter.date_from:%Y%m%d}-{f.filter.date_to:%Y%m%d}{suffix}")
        if not path:
            return
        figures = self.figures
        self.ws.runner.run(lambda: write(figures, Path(path)), label=self.tr("正在导出…"), parent=self,
                           on_success=lambda _r: self.ws.prompter.inform(self, caption, self.tr("已保存到 {p}").format(p=path)))

    def export_xlsx(self) -> None:
        from app.services.statistics_export import write_xlsx
        station = self.ws.station.name
        self._export(self.tr("导出Excel"), ".xlsx", lambda f, p: write_xlsx(f, p, station=station))

    def export_pdf(self) -> None:
        from app.services.statistics_export import write_pdf
        station = self.ws.station.name
        self._export(self.tr("月度报告PDF"), ".pdf", lambda f, p: write_pdf(f, p, station=station))


def statistics_page(ws: Workspace) -> StatisticsPage:
    return StatisticsPage(ws)

