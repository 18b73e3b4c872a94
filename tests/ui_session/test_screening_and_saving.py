"""The counsellor's questionnaires (live total, band, item-9 alert), the gate on panel notes,
and the autosave promise (stored within a second of the last keystroke, flushed on lock)."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import session as rules
from app.domain.catalog import WarningLevel
from app.ui.tasks import TaskRunner
from app.views.session import SessionPage
from app.views.session.screening import ScreeningDialog
from tests.ui_session.conftest import PIN, start_session
from tests.ui_session.helpers import type_char, type_into, unlock, widget_texts


def test_phq9_live_total_band_and_item9_alert(qtbot, services, room, page):
    sid = start_session(services, room)
    page.resume(sid)
    emotion = page.panels["emotion"]
    unlock(qtbot, emotion, "psy", PIN)
    qtbot.mouseClick(emotion.content.phq9_button, Qt.MouseButton.LeftButton)
    dialog = emotion.screening
    assert isinstance(dialog, ScreeningDialog) and dialog.isVisible()
    assert "非诊断" in dialog.windowTitle()
    assert len(dialog.groups) == 9 and not dialog.record_button.isEnabled()
    for i in range(8):
        dialog.set_answer(i, 1)
    assert dialog.total.text().startswith("已答 8/9 项 · 当前总分 8，轻度")
    assert not emotion.content.safety_flag.isVisible() and not dialog.alert_banner.isVisible()
    dialog.set_answer(8, 0)
    assert dialog.total.text() == "总分 8，轻度（筛查结果，非诊断）" and dialog.record_button.isEnabled()
    assert not emotion.content.safety_flag.isVisible()
    # Item 9 above 0: the alert is immediate, before anything is recorded; on the shared screen
    # only a discreet indicator in the counsellor's own panel, no page-wide banner.
    with qtbot.waitSignal(emotion.alert):
        dialog.groups[8].button(2).click()
    assert dialog.alert_banner.isVisible() and "第9项阳性" in dialog.alert_banner.text.text()
    assert emotion.content.safety_flag.isVisible() and emotion.content.safety_flag.text() == "需立即进行安全评估"
    assert not hasattr(page, "alert_banner")
    assert services.cases.detail(room["actors"]["med"], room["case_id"]).row.warning_level != WarningLevel.STRONG
    assert dialog.total.text() == "总分 10，中度（筛查结果，非诊断）"
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    detail = services.cases.detail(room["actors"]["med"], room["case_id"])
    assert detail.row.warning_level == WarningLevel.STRONG
    assert "PHQ-9 总分10，中度（筛查结果，非诊断）" in emotion.content.screening_results.text()
    # Screening results and the indicator are counsellor-only: gone with the lock.
    emotion.lock()
    QApplication.processEvents()
    assert not any("PHQ-9 总分" in t or "安全评估" in t for t in widget_texts(page))
    # Unlocked again later, the counsellor's panel still shows the flag (from the session).
    unlock(qtbot, emotion, "psy", PIN)
    assert emotion.content.safety_flag.isVisible()


def test_gad7_and_item9_alert_clears_when_answer_returns_to_zero(qtbot, services, room, page):
    sid = start_session(services, room)
    page.resume(sid)
    emotion = page.panels["emotion"]
    unlock(qtbot, emotion, "psy", PIN)
    emotion.open_screening("gad7")
    gad = emotion.screening
    assert len(gad.groups) == 7
    for i in range(7):
        gad.set_answer(i, 3)
    assert gad.total.text() == "总分 21，重度（筛查结果，非诊断）"
    assert not gad.alert_banner.isVisible()
    emotion.open_screening("phq9")
    phq = emotion.screening
    assert not gad.isVisible()
    phq.set_answer(8, 1)
    assert phq.alert_banner.isVisible()
    phq.set_answer(8, 0)
    assert not phq.alert_banner.isVisible()
    # Radio buttons are named by their visible answer; the item is the group's title.
    assert phq.groups[0].button(3).accessibleName() == "几乎每天（3）"
    assert phq.boxes[8].accessibleName().startswith("9. 有不如死掉")


def test_panel_notes_wait_for_the_opening_notice(qtbot, services, room, page):
    med = room["actors"]["med"]
    sid = start_session(services, room, opened=False)
    page.resume(sid)
    reason = page.panels["reason"]
    unlock(qtbot, reason, "med", PIN)
    editor = reason.content.editors["agreed_facts"]
    assert editor.isReadOnly()          # nothing can be typed that the service would refuse
    for item in ("rights_notice", "consent_mediation", "consent_counsellor", "consent_sensitive"):
        page.set_check(rules.Stage.OPENING, item, True)
    assert not editor.isReadOnly()
    type_into(qtbot, editor, "双方确认入职时间")
    page.autosaver.flush()
    assert services.sessions.state(med, sid).fields["reason.agreed_facts"] == "双方确认入职时间"


def test_pending_text_is_written_on_lock_and_when_leaving(qtbot, services, room, page):
    med = room["actors"]["med"]
    sid = start_session(services, room)
    page.resume(sid)
    law = page.panels["law"]
    unlock(qtbot, law, "law", PIN)
    type_into(qtbot, law.content.editors["risk_notice"], "败诉风险")
    assert page.autosaver.has_pending("law")     # still inside the debounce window
    law.lock()
    assert services.sessions.state(med, sid).fields["law.risk_notice"] == "败诉风险"
    unlock(qtbot, law, "law", PIN)
    type_into(qtbot, law.content.editors["paths_comparison"], "诉讼约")
    page.screen_locked()                          # idle lock of the main window
    assert not law.is_unlocked
    assert services.sessions.state(med, sid).fields["law.paths_comparison"] == "诉讼约"
    unlock(qtbot, law, "law", PIN)
    type_into(qtbot, law.content.editors["paths_comparison"], "六个月")
    assert page.can_leave()
    assert services.sessions.state(med, sid).fields["law.paths_comparison"] == "诉讼约六个月"
    assert not law.is_unlocked


def test_steady_typing_is_stored_within_a_second_on_the_worker_thread(qtbot, services, room):
    """With the real single-worker runner: while someone keeps typing, what they typed more
    than a second ago is already in the database, and the pause after the last key saves it."""
    med = room["actors"]["med"]
    sid = start_session(services, room)
    runner = TaskRunner()
    page = SessionPage(services, lambda: med, runner)
    qtbot.addWidget(page)
    page.show()
    page.resume(sid)
    qtbot.waitUntil(lambda: page.session_id == sid, timeout=5000)
    reason = page.panels["reason"]
    unlock(qtbot, reason, "med", PIN)
    editor = reason.content.editors["interests"]
    editor.setFocus()
    typed: list[tuple[float, str]] = []
    text = "申请人希望尽快拿到工资回老家过年，公司希望分期支付以缓解资金压力" * 2
    lags = []
    for ch in text[:40]:
        type_char(editor, ch)
        typed.append((time.monotonic(), editor.toPlainText()))
        qtbot.wait(50)
        if typed[0][0] < time.monotonic() - 1.2:
            stored = services.sessions.state(med, sid).fields.get("reason.interests", "")
            due = [t for at, t in typed if at <= time.monotonic() - 1.0]
            lags.append(stored.startswith(due[-1]))
    assert lags and all(lags)
    last_key = time.monotonic()
    qtbot.waitUntil(lambda: services.sessions.state(med, sid).fields.get("reason.interests") == typed[-1][1],
                    timeout=1000)
    assert time.monotonic() - last_key < 1.0
    page.shutdown()
    runner.shutdown()
