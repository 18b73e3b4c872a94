"""调查记录 on the case page: a mediator records an investigation with the keyboard; the tab
lists it, the case moves into 调查, and a bad character is refused in the dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.catalog import CaseStatus
from app.services.intake import IntakeInput, PartyInput
from app.ui.accessibility import unnamed_controls
from app.views.investigations import InvestigationDialog
from tests.ui.keyboard import type_text
from tests.ui.test_dashboard_and_detail import detail_view


def _accepted_case(services, staff):  # noqa: ANN001, ANN202
    reg = services.intake.register(staff["reception"], IntakeInput(
        summary="楼上漏水致楼下天花板受损", consent_to_mediation=True, category_code="02",
        parties=[PartyInput(name="张三", phone="13800138000", address="罗湖区东门北路1号"),
                 PartyInput(role="respondent", name="李四")]))
    services.routing.accept(staff["specialist"], reg.case_id, room_code="R2",
                            mediator_id=staff["mediator"].user_id)
    return reg


def _dialog(qtbot, view) -> InvestigationDialog:  # noqa: ANN001
    panel = view.investigations
    view.tabs.setCurrentWidget(panel)
    panel.add_button.setFocus()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    return panel.dialog


def _add_pair(qtbot, dialog, question, answer) -> None:  # noqa: ANN001
    type_text(qtbot, dialog.question, question)
    type_text(qtbot, dialog.answer, answer)
    dialog.add_qa_button.setFocus()
    qtbot.keyClick(dialog.add_qa_button, Qt.Key.Key_Space)


def test_mediator_records_an_investigation_from_the_case_page(qtbot, make_workspace, staff, services):  # noqa: ANN001
    reg = _accepted_case(services, staff)
    view = detail_view(qtbot, make_workspace, staff["mediator"], reg.case_id)
    assert view.investigations.table.item(0, 0).text() == "暂无调查记录"
    dialog = _dialog(qtbot, view)
    assert unnamed_controls(dialog) == []
    type_text(qtbot, dialog.place, "楼下住户家中")
    dialog.subject_party.setFocus()
    qtbot.keyClick(dialog.subject_party, Qt.Key.Key_Down)  # the first party
    assert dialog.subject_name.text() == "张三" and "13800138000" in dialog.subject_details.text()
    _add_pair(qtbot, dialog, "天花板何时开始渗水？", "上月十五日起，下雨时更严重。")
    _add_pair(qtbot, dialog, "是否已告知楼上住户？", "告知过两次，对方未处理。")
    assert [q for q, _ in dialog.qa_pairs()] == ["天花板何时开始渗水？", "是否已告知楼上住户？"]
    assert dialog.question.toPlainText() == ""
    type_text(qtbot, dialog.present, "王五（物业管理员）")
    dialog.save_button.setFocus()
    with qtbot.waitSignal(view.loaded):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()
    records = services.investigations.list(staff["mediator"], reg.case_id)
    assert len(records) == 1
    r = records[0]
    assert (r.place, r.subject_name, r.present) == ("楼下住户家中", "张三", ("王五（物业管理员）",))
    assert r.investigators == ("张立华",) and r.qa[1] == ("是否已告知楼上住户？", "告知过两次，对方未处理。")
    assert view.investigations.table.item(0, 2).text() == "张三"
    assert "问：天花板何时开始渗水？" in view.investigations.detail.text()
    assert view.detail.row.status == CaseStatus.INVESTIGATING


def test_a_bad_character_is_refused_where_it_is_typed(qtbot, make_workspace, staff, services):  # noqa: ANN001
    reg = _accepted_case(services, staff)
    view = detail_view(qtbot, make_workspace, staff["lawyer"], reg.case_id)
    dialog = _dialog(qtbot, view)
    type_text(qtbot, dialog.place, "调解室")
    type_text(qtbot, dialog.subject_name, "李四")
    _add_pair(qtbot, dialog, "是否漏水？", "不清楚\U0001F600")
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "「第1答」含有字体无法打印的字符" in dialog.error.text() and "U+1F600" in dialog.error.text()
    assert services.investigations.list(staff["lawyer"], reg.case_id) == []
    dialog.reject()


def test_reception_reads_but_does_not_record(qtbot, make_workspace, staff, services):  # noqa: ANN001
    reg = _accepted_case(services, staff)
    view = detail_view(qtbot, make_workspace, staff["reception"], reg.case_id)
    assert view.investigations.add_button.isHidden()
    QApplication.processEvents()
