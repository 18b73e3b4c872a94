"""工作台 countdowns, and the case detail: role-filtered notes, audited unmasking, clocks."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from app.services.cases import DashboardItem
from app.services.intake import IntakeInput, PartyInput
from app.views.case_detail import CaseDetailView
from app.views.dashboard import DashboardPage
from app.views.dashboard_model import COUNTDOWN, DashboardModel
from tests.ui.keyboard import type_text

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


def test_countdown_tick_only_changes_the_time_column(qtbot) -> None:  # noqa: ANN001
    now = [T0]
    model = DashboardModel(COUNTDOWN, lambda: now[0])
    model.set_items([DashboardItem("c1", "〔2026〕第1号", "欠薪", T0 + timedelta(minutes=12, seconds=5)),
                     DashboardItem("c2", "〔2026〕第2号", "漏水", T0 - timedelta(hours=1, minutes=5))])
    assert model.index(0, 2).data() == "剩余 12:05"
    assert model.index(1, 2).data() == "已超时 1小时05分"
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"   # red
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole).name() == "#b45309"   # amber: soon
    now[0] = T0 + timedelta(seconds=1)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.tick()
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), top.column(), bottom.row(), bottom.column()) == (0, 2, 1, 2)
    assert model.index(0, 2).data() == "剩余 12:04"


def test_dashboard_page_lists_and_opens(qtbot, make_workspace, staff, services) -> None:  # noqa: ANN001
    reg = services.intake.register(staff["reception"], IntakeInput(
        summary="工人讨薪，情绪激动", category_code="10", consent_to_mediation=True,
        parties=[PartyInput(name="张三")]))
    page = DashboardPage(make_workspace(staff["specialist"]))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.tiles["today_registered"].value.text() == "1"
    waiting = page.lists["awaiting_acceptance"]
    assert waiting.stack.currentWidget() is waiting.view and waiting.count.text() == "1 件"
    assert page.lists["confirmation_closing"].stack.currentWidget() is page.lists["confirmation_closing"].empty
    warnings = page.lists["warnings"].model
    assert warnings.index(0, 2).data() == "弱信号"
    with qtbot.waitSignal(page.open_case_requested) as opened:
        waiting.view.activated.emit(waiting.model.index(0, 1))
    assert opened.args == [reg.case_id]
    page.hide()


def _case_with_notes(services, staff):  # noqa: ANN001, ANN202
    reg = services.intake.register(staff["reception"], IntakeInput(
        summary="邻里漏水纠纷", consent_to_mediation=True,
        parties=[PartyInput(name="张三", id_number="11010519491231002X"), PartyInput(role="respondent", name="李四")]))
    services.routing.accept(staff["specialist"], reg.case_id, room_code="R2")
    services.cases.add_note(staff["mediator"], reg.case_id, body="双方同意先修漏水点", dimension="reason")
    services.cases.add_note(staff["counsellor"], reg.case_id, body="申请人焦虑明显", dimension="emotion",
                            tier="counsellor_private")
    return reg


def detail_view(qtbot, make_workspace, actor, case_id) -> CaseDetailView:  # noqa: ANN001
    view = CaseDetailView(make_workspace(actor))
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.load(case_id)
    return view


def notes_text(view: CaseDetailView) -> str:
    return " ".join(view.notes.item(r, 4).text() for r in range(view.notes.rowCount()) if view.notes.item(r, 4))


def test_notes_follow_the_readers_role(qtbot, make_workspace, staff, services) -> None:  # noqa: ANN001
    reg = _case_with_notes(services, staff)
    mediator = detail_view(qtbot, make_workspace, staff["mediator"], reg.case_id)
    assert "双方同意先修漏水点" in notes_text(mediator) and "焦虑" not in notes_text(mediator)
    counsellor = detail_view(qtbot, make_workspace, staff["counsellor"], reg.case_id)
    assert "焦虑" in notes_text(counsellor)
    assert [counsellor.note_tier.itemText(i) for i in range(counsellor.note_tier.count())] == ["团队", "仅心理咨询师"]
    reception = detail_view(qtbot, make_workspace, staff["reception"], reg.case_id)
    assert notes_text(reception) == "" and reception.note_form.isHidden()
    assert reception.accept_button.isHidden()                  # accepting is the specialist's


def test_adding_a_note_goes_through_the_service(qtbot, make_workspace, staff, services) -> None:  # noqa: ANN001
    reg = _case_with_notes(services, staff)
    view = detail_view(qtbot, make_workspace, staff["lawyer"], reg.case_id)
    type_text(qtbot, view.note_body, "建议明确维修费用承担")
    view.note_dimension.setCurrentIndex(view.note_dimension.findData("law"))
    with qtbot.waitSignal(view.loaded):
        qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton)
    assert "建议明确维修费用承担" in notes_text(view)
    assert any(n.body == "建议明确维修费用承担" for n in services.cases.notes(staff["lawyer"], reg.case_id))


def test_ids_are_masked_and_unmasking_is_audited(qtbot, make_workspace, staff, services) -> None:  # noqa: ANN001
    from sqlalchemy import select

    from app.storage.models import AuditEvent
    reg = _case_with_notes(services, staff)
    view = detail_view(qtbot, make_workspace, staff["specialist"], reg.case_id)
    (party_id, id_label), = view._id_labels.items()  # noqa: SLF001
    assert id_label.text() == "110105********002X"
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    assert id_label.text() == "11010519491231002X"
    with services.db.read() as s:
        actions = [(a.action, a.entity_id) for a in s.scalars(select(AuditEvent))]
    assert ("id_unmask", party_id) in actions
    counsellor = detail_view(qtbot, make_workspace, staff["counsellor"], reg.case_id)
    assert counsellor.reveal_button.isHidden()                  # the service would refuse anyway


def test_unmask_from_the_list_reports_permission_denied(qtbot, make_workspace, staff, services,  # noqa: ANN001
                                                        prompter) -> None:  # noqa: ANN001
    reg = _case_with_notes(services, staff)
    view = CaseDetailView(make_workspace(staff["counsellor"]))
    qtbot.addWidget(view)
    view.reveal_ids(reg.case_id)
    assert prompter.shown and "无权查看完整证件号" in prompter.shown[-1]


def test_clocks_are_coloured(qtbot, make_workspace, staff, services) -> None:  # noqa: ANN001
    reg = services.intake.register(staff["reception"], IntakeInput(
        summary="消费纠纷", consent_to_mediation=True, parties=[PartyInput(name="张三")]))
    view = detail_view(qtbot, make_workspace, staff["specialist"], reg.case_id)
    labels = [view.clocks.item(r, 0).text() for r in range(view.clocks.rowCount())]
    assert labels[:2] == ["分钟级受理", "小时级反馈"]
    assert view.clocks.item(0, 2).text().startswith("剩余")
    view.ws.clock = lambda: datetime.now(timezone.utc) + timedelta(hours=1)  # an hour later
    view._render_clocks()  # noqa: SLF001 - what the one-second timer calls
    assert view.clocks.item(0, 2).text().startswith("已超时")
    assert view.clocks.item(0, 2).foreground().color().name() == "#c62828"
