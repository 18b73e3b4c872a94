"""A whole 话聊 session through the widgets: start with recusal, the gate, three panels
unlocked by PIN, confidentiality of the counsellor's process notes, minutes with speaker
keys, caucus, and the outcome moving the case."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from app.domain import session as rules
from app.domain.catalog import CaseStatus
from app.services.cases import CaseFilter
from app.ui.accessibility import unnamed_controls
from app.views.session import SessionPage
from app.views.session.outcome_dialog import OutcomeDialog
from app.views.session.start_dialog import StartSessionDialog
from tests.ui_session.conftest import PIN, make_room, start_session
from tests.ui_session.helpers import click_box, type_into, unlock, widget_texts

SECRET = "申请人近期失眠，谈及轻生念头"


def _start_through_dialog(qtbot, page, room) -> str:
    page.open_case(room["case_id"])
    assert page.landing.case_card.isVisible()
    assert "本案尚无话聊记录" in widget_texts(page.landing.case_sessions)
    qtbot.mouseClick(page.landing.start_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(StartSessionDialog)
    assert dialog is not None and dialog.isVisible()
    # The team defaults to the case's.
    assert dialog.team["lawyer"].currentData() == room["people"]["law"].id
    assert dialog.team["counsellor"].currentData() == room["people"]["psy"].id
    assert dialog.room.currentData() == "R2"
    assert all(box.isChecked() for box in dialog.party_checks.values())
    # The lawyer is related to the applicant: refused until replaced or waived.
    row = dialog.add_conflict()
    row.person.setCurrentIndex(row.person.findData(room["people"]["law"].id))
    row.relation.setText("亲属")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "回避" in dialog.error.text() and "律师吴" in dialog.error.text()
    dialog.waiver.setChecked(True)
    with qtbot.waitSignal(page.session_opened, timeout=5000) as opened, qtbot.waitSignal(dialog.destroyed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with qtbot.waitActive(page):  # offscreen hands activation back to no window after a dialog
        page.activateWindow()
    return opened.args[0]


def test_whole_session_through_the_widgets(qtbot, services, room, page):
    med = room["actors"]["med"]
    sid = _start_through_dialog(qtbot, page, room)
    assert page.stack.currentIndex() == 1
    assert services.cases.detail(med, room["case_id"]).row.status == CaseStatus.MEDIATING

    # Substantive stages refuse, and say why.
    qtbot.mouseClick(page.stage_bar.buttons[rules.Stage.REASON], Qt.MouseButton.LeftButton)
    assert page.stage_message.isVisible() and "权利义务" in page.stage_message.text()
    assert page.stage_bar.buttons[rules.Stage.PREPARE].isChecked()
    assert services.sessions.state(med, sid).stage == rules.Stage.PREPARE

    # Record the notice and consents with the checkboxes of 开场告知.
    qtbot.mouseClick(page.stage_bar.buttons[rules.Stage.OPENING], Qt.MouseButton.LeftButton)
    assert page.checklist.gate_label.isVisible()
    QApplication.processEvents()  # lay out the new checklist before clicking it
    for item in ("rights_notice", "consent_mediation", "consent_counsellor", "consent_sensitive"):
        click_box(qtbot, page.checklist.boxes[item])
    assert services.sessions.state(med, sid).gate_missing == []
    assert not page.checklist.gate_label.isVisible()
    qtbot.mouseClick(page.stage_bar.buttons[rules.Stage.EMOTION], Qt.MouseButton.LeftButton)
    assert services.sessions.state(med, sid).stage == rules.Stage.EMOTION
    assert not page.stage_message.isVisible()

    # Each professional unlocks their own panel and writes.
    emotion, reason, law = page.panels["emotion"], page.panels["reason"], page.panels["law"]
    assert emotion.content is None and SECRET not in widget_texts(page)
    unlock(qtbot, law, "law", "0000", expect=False)         # wrong PIN: stays locked and says so
    assert not law.is_unlocked and law.unlock_error.text() == "PIN 或密码错误。"
    unlock(qtbot, law, "psy", PIN, expect=False)           # right PIN, wrong panel for a counsellor
    assert not law.is_unlocked and "律师" in law.unlock_error.text()
    for panel, user in ((emotion, "psy"), (reason, "med"), (law, "law")):
        unlock(qtbot, panel, user, PIN)
    type_into(qtbot, emotion.content.editors["process_note"], SECRET)
    type_into(qtbot, emotion.content.editors["team_summary"], "情绪已平复，建议转介")
    type_into(qtbot, reason.content.editors["agreed_facts"], "欠薪三万元属实")
    type_into(qtbot, reason.content.editors["offers"], "公司先付两万，余款月底付清")
    type_into(qtbot, law.content.editors["legal_basis"], "《劳动合同法》第三十条")
    qtbot.waitUntil(lambda: not page.autosaver.busy, timeout=3000)
    psy_fields = services.sessions.state(room["actors"]["psy"], sid).fields
    assert psy_fields["emotion.process_note"] == SECRET
    med_fields = services.sessions.state(med, sid).fields
    assert med_fields["reason.offers"] == "公司先付两万，余款月底付清"
    assert med_fields["law.legal_basis"] == "《劳动合同法》第三十条"
    assert med_fields["emotion.team_summary"] == "情绪已平复，建议转介"
    # The service ticked "summary published"; the checklist mark follows.
    qtbot.waitUntil(lambda: page.state is not None and page.state.checks.get("summary_published"), timeout=3000)

    # Confidentiality: never in the other panels, nor anywhere once the counsellor locks.
    assert SECRET in widget_texts(emotion)
    assert not any(SECRET in t for t in widget_texts(law))
    assert not any(SECRET in t for t in widget_texts(reason))
    assert not any(SECRET in t for t in widget_texts(page.minutes))
    qtbot.mouseClick(emotion.lock_button, Qt.MouseButton.LeftButton)
    assert not emotion.is_unlocked and emotion.content is None
    QApplication.processEvents()
    assert not any("轻生" in t for t in widget_texts(page))
    assert SECRET not in str(page.state)
    for name in ("med", "law", "spec"):
        actor = room["actors"][name]
        assert services.cases.list_ids(actor, CaseFilter(text="轻生")) == []
        rows = services.cases.rows(actor, services.cases.list_ids(actor))
        assert rows and not any("轻生" in str(r) for r in rows)
    # The counsellor unlocks again: the note comes back from the database.
    unlock(qtbot, emotion, "psy", PIN)
    assert emotion.content.editors["process_note"].toPlainText() == SECRET
    emotion.lock()

    # Caucus with the respondent, clearly marked, stored per party.
    reason.content.caucus_toggle.click()
    respondent = next(p for p in room["parties"] if p.role_label == "被申请人")
    reason.content.caucus_party.setCurrentIndex(reason.content.caucus_party.findData(respondent.id))
    assert reason.content.caucus_box.isVisible() and "背靠背" in reason.content.caucus_title.text()
    assert "背靠背进行中" in page.caucus_chip.text()
    type_into(qtbot, reason.content.caucus_edit, "公司底线两万五")
    page.autosaver.flush()
    state = services.sessions.state(med, sid)
    assert state.caucus_fields[f"reason.{respondent.id}"] == "公司底线两万五"
    assert ("深圳市某劳务有限公司", "reason", "公司底线两万五") in state.caucus

    # Minutes: speaker keys, Enter adds, time-stamped.
    page.minutes.input.setFocus()
    qtbot.keyClick(page.minutes.input, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.minutes.speaker == "applicant" and page.minutes.input.hasFocus()
    type_into(qtbot, page.minutes.input, "要求支付三万元")
    qtbot.keyClick(page.minutes.input, Qt.Key.Key_Return)
    qtbot.keyClick(page.minutes.input, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    type_into(qtbot, page.minutes.input, "同意分两期支付")
    qtbot.keyClick(page.minutes.input, Qt.Key.Key_Return)
    law.content.editors["risk_notice"].setFocus()  # the keys work from inside a panel too
    qtbot.keyClick(law.content.editors["risk_notice"], Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert page.minutes.speaker == "mediator" and page.minutes.input.hasFocus()
    type_into(qtbot, page.minutes.input, "双方同意按方案签署协议")
    qtbot.keyClick(page.minutes.input, Qt.Key.Key_Return)
    lines = services.sessions.state(med, sid).minutes
    assert [(m.speaker, m.text) for m in lines] == [("applicant", "要求支付三万元"), ("respondent", "同意分两期支付"),
                                                    ("mediator", "双方同意按方案签署协议")]
    assert page.minutes.list.count() == 3 and "申请人：要求支付三万元" in page.minutes.list.item(0).text()
    # Edit before closing, then read back and close; afterwards a change is a correction.
    page.minutes.list.setCurrentRow(1)
    page.minutes.start_edit()
    assert not page.minutes.edit_reason.isVisible()
    page.minutes.edit_text.setText("同意分两期支付，月底前付清")
    qtbot.mouseClick(page.minutes.save_edit_button, Qt.MouseButton.LeftButton)
    assert services.sessions.state(med, sid).minutes[1].text == "同意分两期支付，月底前付清"
    assert not page.minutes.close_button.isEnabled()
    click_box(qtbot, page.minutes.read_back)
    qtbot.mouseClick(page.minutes.close_button, Qt.MouseButton.LeftButton)
    assert services.sessions.state(med, sid).minutes_closed and page.minutes.state_chip.isVisible()
    assert not page.minutes.input.isEnabled()
    page.minutes.list.setCurrentRow(0)
    page.minutes.start_edit()
    assert page.minutes.edit_reason.isVisible()
    page.minutes.edit_text.setText("要求支付拖欠工资三万元")
    qtbot.mouseClick(page.minutes.save_edit_button, Qt.MouseButton.LeftButton)
    assert "更正原因" in page.minutes.error.text()
    page.minutes.edit_reason.setText("补充“拖欠工资”")
    qtbot.mouseClick(page.minutes.save_edit_button, Qt.MouseButton.LeftButton)
    assert services.sessions.state(med, sid).minutes[-1].corrects_seq == 1

    # The outcome dialog: a written agreement with structured terms moves the case.
    qtbot.mouseClick(page.outcome_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(OutcomeDialog)
    assert dialog is not None and not dialog.review_card.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(rules.Outcome.WRITTEN.value))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "至少填写一项协议条款" in dialog.error.text()
    for col, text in enumerate(("深圳市某劳务有限公司", "张堃", "支付拖欠工资", "30000", "2026年6月30日前",
                                "银行转账", "罗湖区", "逾期按日加付万分之五")):
        dialog.terms.setItem(0, col, QTableWidgetItem(text))
    with qtbot.waitSignal(page.session_finished, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    detail = services.cases.detail(med, room["case_id"])
    assert detail.row.status == CaseStatus.AGREED_WRITTEN
    assert [s.outcome for s in detail.sessions] == ["written_agreement"]
    assert page.stack.currentIndex() == 0 and not any(p.is_unlocked for p in page.panels.values())
    assert "达成书面协议" in widget_texts(page.landing.case_sessions)
    assert services.sessions.open_sessions(med) == []


def test_petition_case_needs_three_in_place_review(qtbot, services, runner):
    room = make_room(services, source="petition")
    sid = start_session(services, room)
    page = SessionPage(services, lambda: room["actors"]["med"], runner)
    qtbot.addWidget(page)
    page.resume(sid)
    dialog = page.open_outcome()
    assert dialog.review_card.isVisible()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(rules.Outcome.NO_AGREEMENT.value))
    assert rules.OTHER_ROUTES_TEXT == dialog.other_routes.text()
    dialog.reason_code.setCurrentIndex(dialog.reason_code.findData("divergence"))
    dialog.submit()
    assert "三到位一处理" in dialog.error.text()
    for edit in dialog.review.values():
        edit.setText("已落实")
    dialog.submit()
    assert services.cases.detail(room["actors"]["med"], room["case_id"]).row.status == CaseStatus.TERMINATED


def test_adjourned_keeps_case_mediating_and_lists_sessions(qtbot, services, room, page):
    med = room["actors"]["med"]
    sid = start_session(services, room)
    page.resume(sid)
    dialog = page.open_outcome()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(rules.Outcome.ADJOURNED.value))
    tomorrow = date.today() + timedelta(days=1)
    dialog.next_date.setDate(tomorrow)
    dialog.submit()
    assert services.cases.detail(med, room["case_id"]).row.status == CaseStatus.MEDIATING
    sid2 = start_session(services, room)
    page.resume(sid2)
    assert "本案此前：第1次 休会，择期继续" in page.context_line.text()
    page.show_landing()
    texts = widget_texts(page.landing.case_sessions)
    assert "休会，择期继续" in texts and "进行中" in texts
    # The running session is continued from the case, not doubled.
    assert page.landing.start_button.text() == "继续本案进行中的话聊"
    qtbot.mouseClick(page.landing.start_button, Qt.MouseButton.LeftButton)
    assert page.session_id == sid2 and page.stack.currentIndex() == 1


def test_resume_offers_open_sessions_at_their_stage(qtbot, services, room, page):
    med = room["actors"]["med"]
    sid = start_session(services, room)
    services.sessions.enter_stage(med, sid, rules.Stage.LAW)
    law = services.auth.unlock_panel("law", PIN)
    services.sessions.save_field(law, sid, "law", "risk_notice", "诉讼周期约六个月")
    services.sessions.add_minutes(med, sid, "lawyer", "释明诉讼风险")
    with qtbot.waitSignal(page.resume_available) as sig:
        page.activate()
    assert sig.args == [1]
    assert page.landing.open_card.isVisible() and page.landing.open_table.item(0, 1).text() == "法"
    summary = services.cases.detail(med, room["case_id"]).row.summary
    assert page.landing.open_table.item(0, 3).text() == " ".join(summary.split())   # which dispute it is
    qtbot.mouseClick(page.landing.resume_button, Qt.MouseButton.LeftButton)
    assert page.session_id == sid and page.stage_bar.buttons[rules.Stage.LAW].isChecked()
    assert page.panels["law"].property("current") is True
    assert page.minutes.list.count() == 1
    unlock(qtbot, page.panels["law"], "law", PIN)
    assert page.panels["law"].content.editors["risk_notice"].toPlainText() == "诉讼周期约六个月"


def test_accessible_names_and_keyboard(qtbot, services, room, page):
    sid = start_session(services, room)
    page.resume(sid)
    for dim, user in (("emotion", "psy"), ("reason", "med"), ("law", "law")):
        unlock(qtbot, page.panels[dim], user, PIN)
    page.panels["reason"].content.caucus_toggle.click()
    assert unnamed_controls(page) == []
    # Controls named after their visible label.
    assert page.stage_bar.buttons[rules.Stage.EMOTION].accessibleName() == "情"
    assert page.panels["law"].content.editors["legal_basis"].accessibleName() == "法律依据（含法条引用）"
    assert page.minutes.speaker_buttons["respondent"].accessibleName() == "被申请人"
    # Stage bar: arrow keys move, Space chooses.
    first = page.stage_bar.buttons[rules.Stage.PREPARE]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert page.stage_bar.buttons[rules.Stage.OPENING].hasFocus()
    qtbot.keyClick(page.stage_bar.buttons[rules.Stage.OPENING], Qt.Key.Key_Space)
    assert services.sessions.state(room["actors"]["med"], sid).stage == rules.Stage.OPENING
    # Tab follows the layout: stage bar → checklist → panels left to right → minutes.
    last_stage = page.stage_bar.buttons[rules.Stage.RESULT]
    assert last_stage.nextInFocusChain() is page.checklist.focus_chain()[0]
    emotion_last = page.panels["emotion"].focus_chain()[-1]
    assert emotion_last.nextInFocusChain() is page.panels["reason"].focus_chain()[0]
    law_last = page.panels["law"].focus_chain()[-1]
    assert law_last.nextInFocusChain() is page.minutes.list
    # Start and outcome dialogs are named too.
    page.case_id = room["case_id"]
    start = page.open_start_dialog()
    start.add_conflict()
    assert unnamed_controls(start) == []
    outcome = page.open_outcome()
    assert unnamed_controls(outcome) == []
