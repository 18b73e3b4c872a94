"""The 统计 and 回访 pages with real widgets and key events."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt
from sqlalchemy import select

from app.domain.clocks import CHINA_TZ
from app.storage.models import Case
from tests.services.test_follow_ups import NOW, case  # noqa: F401 - fixture

SHOTS = Path(__file__).resolve().parents[2] / "bench" / "out" / "screenshots"


def _shot(widget, name: str) -> None:
    widget.resize(1366, 768)
    widget.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_statistics_page_figures_open_their_cases_and_export(qtbot, services, staff, make_workspace, case,  # noqa: F811
                                                             prompter, tmp_path):
    from app.views.statistics_page import StatisticsPage
    page = StatisticsPage(make_workspace(staff["specialist"]))
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 3, 31))
    page.run_button.setFocus()
    qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    f = page.figures
    assert f is not None and f.total.cases == 1 and f.resolution_rate.denominator == 1
    rows = {page.summary.item(r, 0).text(): r for r in range(page.summary.rowCount())}
    assert page.summary.item(rows["化解率"], 2).text() == "1/1"
    assert "不含仍在办理中" in page.period_label.text()
    assert page.tabs.count() == 7 and "分母 1 件" in page.tabs.tabText(0)
    assert page.trend.chart().series() and page.breakdown.chart().series()
    _shot(page, "statistics.png")
    page.summary.setFocus()
    page.summary.setCurrentCell(rows["化解率"], 0)
    qtbot.keyClick(page.summary, Qt.Key.Key_Return)
    dialog = page.opened_dialog
    assert dialog is not None and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "〔2026〕罗湖东门调字第7号"
    with qtbot.waitSignal(page.open_case_requested) as opened:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened.args == [case]
    page.ask_save_path = lambda caption, name: str(tmp_path / name)
    qtbot.keyClick(page.xlsx_button, Qt.Key.Key_Space)
    qtbot.keyClick(page.pdf_button, Qt.Key.Key_Space)
    assert (tmp_path / "统计_20260101-20260331.xlsx").exists() and (tmp_path / "统计_20260101-20260331.pdf").exists()
    assert sum("已保存到" in s for s in prompter.shown) == 2


def test_statistics_page_refuses_a_reversed_period(qtbot, services, staff, make_workspace, prompter):
    from app.views.statistics_page import StatisticsPage
    page = StatisticsPage(make_workspace(staff["specialist"]))
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2026, 5, 1))
    page.date_to.setDate(QDate(2026, 4, 1))
    qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    assert any("结束日期不能早于开始日期" in s for s in prompter.shown)


def test_follow_up_page_records_reminds_and_refuses_closing(qtbot, services, staff, make_workspace, case,  # noqa: F811
                                                            prompter, tmp_path):
    from app.views.follow_up_page import FollowUpPage
    ws = make_workspace(staff["specialist"])
    ws.clock = lambda: NOW
    page = FollowUpPage(ws)
    qtbot.addWidget(page)
    page.activate()
    assert page.table.rowCount() == 3
    assert page.table.item(0, 1).text().startswith("逾期") and page.table.item(2, 1).text() == "待回访"
    _shot(page, "follow_up.png")
    # the first visit: not performed; measures are needed, then 督促履行
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.visited_at.dateTime() == QDateTime(NOW.astimezone().replace(tzinfo=None))
    page.visited_at.setDateTime(page.visited_at.dateTime().addSecs(-7200))
    # nothing is presumed: the visitor must say what was performed
    assert page.performance.currentData() == ""
    qtbot.keyClick(page.record_button, Qt.Key.Key_Space)
    assert any("请选择协议履行情况" in s for s in prompter.shown)
    page.performance.setCurrentIndex(page.performance.findData("none"))
    qtbot.keyClick(page.record_button, Qt.Key.Key_Space)
    assert any("采取的措施" in s for s in prompter.shown)
    page.measures.setFocus()
    page.measures.setPlainText("电话督促被申请人")  # QTest cannot type CJK; Tab leaves the box
    qtbot.keyClick(page.measures, Qt.Key.Key_Tab)
    qtbot.keyClick(page.record_button, Qt.Key.Key_Space)
    assert page.message.text() == "回访已记录。"
    page.include_done.setChecked(True)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 1).text().startswith("已回访"))
    page.table.selectRow(row)
    page.ask_save_path = lambda caption, name: str(tmp_path / "notice.pdf")
    qtbot.keyClick(page.remind_button, Qt.Key.Key_Space)
    assert (tmp_path / "notice.pdf").read_bytes().startswith(b"%PDF")
    # closing is refused while two visits are open
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)
    assert any("不能结案" in s and "回访尚未完成" in s for s in prompter.shown)
    with services.db.read() as s:
        assert s.scalars(select(Case.status)).one() == "follow_up"


def test_pages_are_wired_in_the_default_screens():
    from app.views.screens import DefaultScreens
    import inspect
    source = inspect.getsource(DefaultScreens)
    assert "statistics_page" in source and "follow_up_page" in source
    _ = datetime, CHINA_TZ


def test_other_filters_in_the_same_period_reuse_the_records(qtbot, services, staff, make_workspace, case,  # noqa: F811
                                                            monkeypatch):
    from app.views.statistics_page import StatisticsPage
    page = StatisticsPage(make_workspace(staff["specialist"]))
    qtbot.addWidget(page)
    page.date_from.setDate(QDate(2026, 1, 1))
    calls = []
    real = services.statistics.facts
    monkeypatch.setattr(services.statistics, "facts", lambda *a: calls.append(a) or real(*a))
    qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    page.room.setCurrentIndex(page.room.findData("R2"))
    qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    assert len(calls) == 1 and page.figures.total.cases == 0 and page.figures.filter.room_code == "R2"
    page.activate()  # shown again: read afresh
    assert len(calls) == 2
