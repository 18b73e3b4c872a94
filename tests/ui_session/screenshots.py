"""Grab the session page to PNG files for a look (not a test).

    QT_QPA_PLATFORM=offscreen python -m tests.ui_session.screenshots [out folder] [width height]

Builds a throwaway station in a temporary folder, with the application's theme and font, and
saves: the gate message before the opening notice, the workspace with three unlocked panels
and minutes, the PHQ-9 item-9 alert, the landing with a session to resume, and the start and
outcome dialogs.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

import app.services.auth as auth  # noqa: E402
from app.domain import session as rules  # noqa: E402
from app.services.setup import AdminSetup, StationSetup, initialise  # noqa: E402
from app.storage.datadir import DataDir  # noqa: E402
from app.ui.application import create_application  # noqa: E402
from app.ui.tasks import SyncExecutor, TaskRunner  # noqa: E402
from app.views.session import SessionPage  # noqa: E402
from tests.ui_session.conftest import PIN, make_room, start_session  # noqa: E402

FIELDS = {
    "emotion": {"emotional_state": "申请人情绪激动，多次提高音量，谈到家中老人看病急需用钱。",
                "deescalation": "共情倾听、情绪命名，引导其把诉求逐条说出。",
                "risk_self_harm": "未表达自伤想法（已询问）。",
                "team_summary": "情绪已基本平复，可以继续调解；建议休息10分钟。"},
    "reason": {"account_applicant": "2025年3月至8月在工地做木工，约定日薪350元，尚欠工资30000元。",
               "account_respondent": "公司承认欠薪，但称部分工期延误应扣款。",
               "agreed_facts": "用工关系成立；欠薪金额三万元双方无异议。",
               "disputed_points": "是否扣除误工损失；支付期限。",
               "offers": "申请人：一次付清三万元。\n公司：先付两万，余款月底付清。"},
    "law": {"legal_basis": "《劳动合同法》第三十条：用人单位应当按照约定和国家规定，向劳动者及时足额支付劳动报酬。",
            "risk_notice": "如进入仲裁，公司可能须另付拖欠工资的赔偿金。",
            "paths_comparison": "调解：当天；仲裁：45至60日；诉讼：约6个月；调解协议可在30日内申请司法确认。"},
}
MINUTES = (("mediator", "宣布调解开始，告知双方权利义务及调解纪律。"), ("applicant", "要求公司一次性支付拖欠工资三万元。"),
           ("respondent", "承认欠薪，但资金紧张，希望分两期支付。"), ("lawyer", "释明拖欠工资的法律后果和仲裁时效。"),
           ("counsellor", "建议双方休息十分钟，平复情绪。"), ("mediator", "提出方案：本周五前支付两万，月底前付清余款。"))


def _save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(tempfile.gettempdir())
    width, height = (int(argv[1]), int(argv[2])) if len(argv) >= 3 else (1150, 830)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["screenshots"])
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)  # a throwaway station
    with tempfile.TemporaryDirectory() as tmp:
        services = initialise(DataDir(Path(tmp) / "station"), StationSetup(
            name="罗湖区东门街道群众诉求服务站", street="东门", committee_name="东门街道人民调解委员会"),
            AdminSetup("admin", "赵管理", "admin-pass-1"), passphrase="screenshot-passphrase-1")
        room = make_room(services)
        med = room["actors"]["med"]
        runner = TaskRunner(SyncExecutor())
        page = SessionPage(services, lambda: med, runner)
        page.resize(width, height)
        page.show()

        # 1. Before the opening notice: a substantive stage refuses and says why.
        sid = start_session(services, room, opened=False)
        page.resume(sid)
        services.sessions.set_check(med, sid, rules.Stage.OPENING, "rights_notice", True)
        page.reload()
        page.request_stage(rules.Stage.EMOTION)
        _save(page, out, "session_gate")

        # 2. The workspace: notice recorded, three panels unlocked and written, minutes.
        for item in ("consent_mediation", "consent_counsellor", "consent_sensitive"):
            page.set_check(rules.Stage.OPENING, item, True)
        page.request_stage(rules.Stage.REASON)
        for item in ("accounts_heard", "facts_agreed"):
            page.set_check(rules.Stage.REASON, item, True)
        for speaker, text in MINUTES:
            services.sessions.add_minutes(med, sid, speaker, text)
        page.reload()
        for dim, user in (("emotion", "psy"), ("reason", "med"), ("law", "law")):
            panel = page.panels[dim]
            panel.username.setText(user)
            panel.pin.setText(PIN)
            panel.unlock()
            for key, text in FIELDS[dim].items():
                panel.content.editors[key].setPlainText(text)
        page.autosaver.flush()
        page.minutes.choose_speaker("respondent")
        page.minutes.input.setText("同意本周五前先付两万元")
        page.panels["reason"].content.editors["offers"].setFocus()
        _save(page, out, "session_panels")

        # 3. Caucus with the respondent in the mediator's panel, the counsellor's panel locked.
        page.panels["emotion"].lock()
        reason = page.panels["reason"].content
        reason.caucus_toggle.click()
        reason.caucus_party.setCurrentIndex(1)
        reason.caucus_edit.setPlainText("公司底线：两万五千元，本月内付清。")
        QApplication.processEvents()
        page.panels["reason"].scroll.ensureWidgetVisible(reason.caucus_edit)
        _save(page, out, "session_caucus")

        # 4. The PHQ-9 item-9 alert.
        emotion = page.panels["emotion"]
        emotion.username.setText("psy")
        emotion.pin.setText(PIN)
        emotion.unlock()
        emotion.open_screening("phq9")
        dialog = emotion.screening
        for i, value in enumerate((1, 2, 1, 1, 0, 2, 1, 0, 1)):
            dialog.set_answer(i, value)
        QApplication.processEvents()
        dialog.findChild(QScrollArea).ensureWidgetVisible(dialog.boxes[8])
        _save(dialog, out, "session_phq9")
        _save(page, out, "session_alert")
        dialog.reject()

        # 5. Dialogs: outcome and start.
        outcome = page.open_outcome()
        outcome.outcome.setCurrentIndex(outcome.outcome.findData(rules.Outcome.NO_AGREEMENT.value))
        _save(outcome, out, "session_outcome_terminated")
        outcome.outcome.setCurrentIndex(outcome.outcome.findData(rules.Outcome.WRITTEN.value))
        _save(outcome, out, "session_outcome_written")
        outcome.reject()
        page.lock_all_panels()
        page.open_case(room["case_id"])
        _save(page, out, "session_landing")
        start = page.open_start_dialog()
        start.add_conflict()
        _save(start, out, "session_start")
        start.reject()
        page.shutdown()
        runner.shutdown()
        services.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
