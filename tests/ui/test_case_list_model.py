"""The case list model: ids only, rows on demand in pages, Qt-model contract."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.services.cases import CaseRow
from app.views.case_list_model import CASE_ID_ROLE, ROW_ROLE, CaseListModel


def fake_row(case_id: str, i: int) -> CaseRow:
    return CaseRow(id=case_id, number=f"〔2026〕罗湖东门调字第{i}号",
                   registered_at=datetime(2026, 1, 1, 8, 0, tzinfo=timezone.utc), status="registered",
                   status_label="待受理", category_label="劳动争议纠纷", source_label="当事人来访申请",
                   summary=f"第{i}件：拖欠工资", parties="申请人 张三 / 被申请人 某公司",
                   masked_ids="440303********1234", room="", amount=Decimal("1000.50") if i % 2 else None,
                   warning_level=("strong", "weak", "none")[i % 3], warning_label=("强信息", "弱信号", "无")[i % 3])


class FakeRows:
    def __init__(self, fail: bool = False) -> None:
        self.calls: list[list[str]] = []
        self.fail = fail

    def __call__(self, ids: list[str]) -> list[CaseRow]:
        self.calls.append(list(ids))
        if self.fail:
            raise RuntimeError("database went away")
        return [fake_row(cid, int(cid[1:])) for cid in ids]


@pytest.fixture
def model(qtmodeltester):  # noqa: ANN001, ANN201
    fetch = FakeRows()
    m = CaseListModel(fetch, page_size=50, max_pages=4)
    m.set_ids([f"c{i}" for i in range(1000)])
    return m, fetch


def test_model_passes_qtmodeltester(qtmodeltester, model) -> None:  # noqa: ANN001
    m, _ = model
    qtmodeltester.check(m, force_py=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:  # noqa: ANN001
    qtmodeltester.check(CaseListModel(FakeRows()), force_py=True)


def test_rows_load_in_pages_on_demand_and_the_cache_is_bounded(model) -> None:  # noqa: ANN001
    m, fetch = model
    assert fetch.calls == []  # nothing loaded until something is shown
    assert m.data(m.index(0, CaseListModel.NUMBER)) == "〔2026〕罗湖东门调字第0号"
    assert m.data(m.index(49, CaseListModel.NUMBER)) == "〔2026〕罗湖东门调字第49号"
    assert len(fetch.calls) == 1 and len(fetch.calls[0]) == 50
    m.data(m.index(999, 0))
    assert fetch.calls[-1] == [f"c{i}" for i in range(950, 1000)]
    for row in range(0, 1000, 50):  # scroll through everything
        m.data(m.index(row, 0))
    assert len(m._pages) <= 4  # noqa: SLF001 - the LRU bound is the point of the test
    assert m.data(m.index(10, 0), CASE_ID_ROLE) == "c10"


def test_display_roles(model) -> None:  # noqa: ANN001
    m, _ = model
    assert m.data(m.index(1, CaseListModel.IDS)) == "440303********1234"
    assert m.data(m.index(1, CaseListModel.AMOUNT)) == "1,000.50"
    assert m.data(m.index(2, CaseListModel.AMOUNT)) == ""
    assert m.data(m.index(0, CaseListModel.WARNING)) == "强信息"
    assert m.data(m.index(1, CaseListModel.WARNING)) == "弱信号"
    assert m.data(m.index(0, CaseListModel.WARNING), Qt.ItemDataRole.ForegroundRole) is not None
    assert m.data(m.index(2, CaseListModel.WARNING)) == ""  # level "none" shows nothing
    assert isinstance(m.data(m.index(1, 0), ROW_ROLE), CaseRow)
    assert m.headerData(0, Qt.Orientation.Horizontal) == "案号"


def test_a_page_that_fails_to_load_shows_disabled_rows(qtmodeltester) -> None:  # noqa: ANN001
    m = CaseListModel(FakeRows(fail=True), page_size=10)
    m.set_ids([f"c{i}" for i in range(30)])
    assert m.data(m.index(0, 0)) == "（无法加载）"
    assert m.flags(m.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    qtmodeltester.check(m, force_py=True)


def test_sorting_asks_the_database(model, qtbot) -> None:  # noqa: ANN001
    m, _ = model
    with qtbot.waitSignal(m.sort_requested) as blocker:
        m.sort(CaseListModel.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert blocker.args == ["amount", False]
    with qtbot.assertNotEmitted(m.sort_requested):
        m.sort(CaseListModel.SUMMARY, Qt.SortOrder.AscendingOrder)  # not sortable in the database


def test_model_over_real_services(qtmodeltester, services, staff) -> None:  # noqa: ANN001
    from app.services.intake import IntakeInput, PartyInput
    actor = staff["reception"]
    for i in range(3):
        services.intake.register(actor, IntakeInput(
            summary=f"欠薪纠纷{i}", category_code="10", consent_to_mediation=True,
            parties=[PartyInput(name=f"申请人{i}", id_number="11010519491231002X")]))
    m = CaseListModel(lambda ids: services.cases.rows(actor, ids))
    m.set_ids(services.cases.list_ids(actor))
    assert m.rowCount() == 3
    assert m.data(m.index(0, CaseListModel.IDS)) == "110105********002X"
    qtmodeltester.check(m, force_py=True)


def test_the_next_page_is_prefetched_in_the_background() -> None:
    fetch = FakeRows()
    pending: list[tuple[list[str], object]] = []
    m = CaseListModel(fetch, prefetch=lambda ids, done: pending.append((ids, done)), page_size=10)
    m.set_ids([f"c{i}" for i in range(100)])
    m.data(m.index(0, 0))
    m.data(m.index(10, 0))                 # scrolling down into page 1 …
    assert len(fetch.calls) == 2
    assert [ids[0] for ids, _ in pending] == ["c20"]   # … asks for page 2 in the background
    ids, done = pending.pop()
    done(fetch(ids))                       # the worker delivers it
    m.data(m.index(25, 0))
    assert len(fetch.calls) == 3 and m.fetches == 2   # page 2 came from the prefetch, not a sync load
    m.set_ids(list(m.ids()))               # new ids: a late prefetch must not be stored
    m.data(m.index(10, 0))
    stale_ids, stale_done = pending[-1]
    m.set_ids([f"d{i}" for i in range(100)])
    stale_done(fetch(stale_ids))           # arrives after the reset
    assert m.data(m.index(20, 0), CASE_ID_ROLE) == "d20"
    m.data(m.index(20, 0))
    assert fetch.calls[-1][0] == "d20"     # loaded afresh, the stale page was dropped
