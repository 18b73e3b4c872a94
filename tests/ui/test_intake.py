"""登记受理: live ID checks, derived fields, drafts that save themselves, repeat visits and
early warnings shown while typing."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain import identity
from app.services.intake import IntakeInput, PartyInput
from app.views.intake import DRAFT_DEBOUNCE_MS, DRAFT_KEY, IntakePage
from tests.ui.keyboard import retype, type_text

VALID = identity.make_resident_id("440303", date(1975, 9, 30), 457)  # odd: male


def page_for(qtbot, make_workspace, actor) -> IntakePage:  # noqa: ANN001
    page = IntakePage(make_workspace(actor))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_id_messages_wait_for_a_complete_number(qtbot, make_workspace, staff) -> None:  # noqa: ANN001
    page = page_for(qtbot, make_workspace, staff["reception"])
    editor = page.party_editors[0]
    type_text(qtbot, editor.id_number, VALID[:10])
    assert not editor.errors["id_number"].isVisible()          # still typing: no nagging
    editor.id_number.editingFinished.emit()                     # … until the field is left
    assert editor.errors["id_number"].text() == "身份证号应为18位，当前为10位"
    retype(qtbot, editor.id_number, VALID)
    assert not editor.errors["id_number"].isVisible()
    assert editor.gender.currentData() == "male"
    assert editor.birth_date.date().toPython() == date(1975, 9, 30)
    assert "由证件号码得出" in editor.derived_hint.text()
    retype(qtbot, editor.id_number, "")
    assert editor.gender.isEnabled() and editor.gender.currentData() == ""


def test_gender_entered_first_is_cross_checked(qtbot, make_workspace, staff) -> None:  # noqa: ANN001
    page = page_for(qtbot, make_workspace, staff["reception"])
    editor = page.party_editors[0]
    editor.gender.setCurrentIndex(editor.gender.findData("female"))
    type_text(qtbot, editor.id_number, VALID)
    assert editor.errors["gender"].isVisible()
    assert "性别与身份证号不符" in editor.errors["gender"].text()


def test_organisation_credit_code_and_phone(qtbot, make_workspace, staff) -> None:  # noqa: ANN001
    page = page_for(qtbot, make_workspace, staff["reception"])
    editor = page.party_editors[1]
    editor.kind.setCurrentIndex(editor.kind.findData("organisation"))
    assert editor.specific.currentWidget() is editor.organisation
    type_text(qtbot, editor.credit_code, "91440300MA5F000001")
    assert "统一社会信用代码校验位错误" in editor.errors["credit_code"].text()
    type_text(qtbot, editor.phone, "1381234567")
    editor.phone.editingFinished.emit()
    assert "手机号应为11位" in editor.errors["phone"].text()
    type_text(qtbot, editor.agent_name, "李律师")
    assert "授权委托书" in editor.notes.text()


def test_draft_saves_itself_within_a_second_and_is_offered_back(qtbot, make_workspace, staff,  # noqa: ANN001
                                                                services) -> None:  # noqa: ANN001
    actor = staff["reception"]
    page = page_for(qtbot, make_workspace, actor)
    assert DRAFT_DEBOUNCE_MS <= 1000
    type_text(qtbot, page.summary, "楼上漏水，多次协商未果")
    type_text(qtbot, page.party_editors[0].name, "张三")
    type_text(qtbot, page.party_editors[0].id_number, VALID)
    # The debounce (asserted above) is the promise; the wait is generous for a busy machine.
    qtbot.waitUntil(lambda: services.drafts.load(actor, DRAFT_KEY) is not None, timeout=10000)
    draft = services.drafts.load(actor, DRAFT_KEY)
    assert draft.payload["summary"] == "楼上漏水，多次协商未果"
    assert draft.payload["parties"][0]["id_number"] == VALID
    assert "草稿已自动保存" in page.draft_status.text()

    # "After a crash": a new page for the same user offers the draft back.
    again = page_for(qtbot, make_workspace, actor)
    assert again.banner.isVisible() and "未完成的登记" in again.banner.text.text()
    resume = again.banner.buttons()[0]
    assert resume.text() == "恢复草稿"
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert again.summary.toPlainText() == "楼上漏水，多次协商未果"
    assert again.party_editors[0].name.text() == "张三"
    assert again.party_editors[0].gender.currentData() == "male"

    # Another user does not see it.
    other = page_for(qtbot, make_workspace, staff["specialist"])
    assert not other.banner.isVisible()


def test_leaving_with_unsaved_input_asks_first(qtbot, make_workspace, staff, prompter, services) -> None:  # noqa: ANN001
    actor = staff["reception"]
    page = page_for(qtbot, make_workspace, actor)
    assert page.can_leave()                                     # empty form: no question
    assert prompter.asked == []
    type_text(qtbot, page.summary, "邻里纠纷")
    prompter.answers = ["stay"]
    assert not page.can_leave()
    assert "还没有保存为案件" in prompter.asked[-1]
    assert page.summary.toPlainText() == "邻里纠纷"
    prompter.answers = ["keep"]
    assert page.can_leave()
    assert services.drafts.load(actor, DRAFT_KEY).payload["summary"] == "邻里纠纷"
    type_text(qtbot, page.summary, "又一件")
    prompter.answers = ["discard"]
    assert page.can_leave()
    assert services.drafts.load(actor, DRAFT_KEY) is None


def test_repeat_visits_and_warnings_show_while_typing(qtbot, make_workspace, staff, services) -> None:  # noqa: ANN001
    actor = staff["reception"]
    earlier = services.intake.register(actor, IntakeInput(
        summary="装修噪音", consent_to_mediation=True, parties=[PartyInput(name="张三", id_number=VALID)]))
    page = page_for(qtbot, make_workspace, actor)
    type_text(qtbot, page.party_editors[0].id_number, VALID)
    type_text(qtbot, page.summary, "对方扬言要拿刀报复")
    page.refresh_warnings()                                     # what the 500 ms pause triggers
    assert page.repeat_list.count() == 1
    assert earlier.number in page.repeat_list.item(0).text()
    assert page.warning_chip.text() == "强信息"
    assert page.warning_chip.property("tone") == "strong"
    assert "拿刀" in page.warning_reasons.text() and "#c62828" in page.warning_reasons.text()
    with qtbot.waitSignal(page.open_case_requested) as opened:
        page.repeat_list.itemActivated.emit(page.repeat_list.item(0))
    assert opened.args == [earlier.case_id]

    retype(qtbot, page.summary, "多次投诉无果，准备找媒体曝光")
    page.refresh_warnings()
    assert page.warning_chip.text() == "弱信号" and page.warning_chip.property("tone") == "weak"


def test_claims_are_numbered_and_removable(qtbot, make_workspace, staff) -> None:  # noqa: ANN001
    page = page_for(qtbot, make_workspace, staff["reception"])
    qtbot.mouseClick(page.add_claim_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add_claim_button, Qt.MouseButton.LeftButton)
    assert [n.text() for _, n, _ in page._claim_rows] == ["1.", "2.", "3."]  # noqa: SLF001
    type_text(qtbot, page._claim_rows[2][2], "赔礼道歉")  # noqa: SLF001
    page.remove_claim(page._claim_rows[0])  # noqa: SLF001
    assert [n.text() for _, n, _ in page._claim_rows] == ["1.", "2."]  # noqa: SLF001
    assert page._claim_rows[1][2].accessibleName() == "请求事项 2"  # noqa: SLF001
    assert page.to_input().claims == ["赔礼道歉"]


def test_parties_can_be_added_and_removed(qtbot, make_workspace, staff) -> None:  # noqa: ANN001
    page = page_for(qtbot, make_workspace, staff["reception"])
    qtbot.mouseClick(page.add_respondent, Qt.MouseButton.LeftButton)
    assert len(page.party_editors) == 3 and page.party_editors[2].role.currentData() == "respondent"
    qtbot.mouseClick(page.party_editors[0].remove_button, Qt.MouseButton.LeftButton)
    assert [e.title_label.text() for e in page.party_editors] == ["当事人 1", "当事人 2"]


def test_characters_no_document_can_print_are_refused_where_typed(qtbot, make_workspace, staff,  # noqa: ANN001
                                                                   services) -> None:
    page = page_for(qtbot, make_workspace, staff["reception"])
    type_text(qtbot, page.summary, "楼上漏水\U0001F600多次协商未果")
    page.consent.setChecked(True)
    applicant = page.party_editors[0]
    type_text(qtbot, applicant.name, "王\U0002B736")  # a CJK Ext-C character neither text font has
    page.save_button.setFocus()
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert services.intake.count_cases() == 0
    summary_error = page.field_errors["summary"]
    assert summary_error.isVisible()
    assert summary_error.text().startswith("「纠纷简要情况」含有字体无法打印的字符“\U0001F600”（U+1F600）")
    assert applicant.errors["name"].isVisible()
    assert "「姓名或名称」含有字体无法打印的字符" in applicant.errors["name"].text()
    assert "U+2B736" in applicant.errors["name"].text()
