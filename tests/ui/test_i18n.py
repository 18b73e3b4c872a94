"""Simplified Chinese first, English through Qt Linguist (.ts source, committed .qm)."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QTabBar, QTableWidget, QTreeWidget, QWidget,
)

from app.domain import session as rules
from app.domain.errors import ValidationError
from app.domain.numerals import amount_to_capital
from app.services import Services
from app.services.common import Actor
from app.services.sessions import Participants
from app.ui.dialogs import error_text
from app.ui.i18n import Translators, user_message
from app.ui.mainwindow import MainWindow
from app.ui.resources import i18n_dir
from app.views.intake import IntakePage
from app.views.screens import DefaultScreens
from tests.services.test_intake import simple_intake
from tests.ui.keyboard import type_text

TS = i18n_dir() / "mediation_desk_en.ts"
QM = i18n_dir() / "mediation_desk_en.qm"
# Chinese characters, CJK punctuation and full-width forms (（）：；、 …).
CJK = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
STAFF_PIN = "2468"  # tests/ui/conftest.py


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    translators = Translators(qapp, i18n_dir())
    assert translators.install("en")
    yield translators
    translators.install("zh_CN")


def test_every_string_has_an_english_translation() -> None:
    unfinished = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            tr = message.find("translation")
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                unfinished.append(f"{name}: {message.findtext('source')}")
    assert unfinished == []


def test_the_ts_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """A tr() added to app/ui or app/views without regenerating the .ts would stay Chinese in
    the English UI: lupdate on a copy must find nothing new."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    root = TS.parents[2]
    subprocess.run([str(lupdate), "-extensions", "py", "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en", "-locations", "none", str(root / "app" / "ui"),
                    str(root / "app" / "views"), "-ts", str(copy)], check=True, capture_output=True, timeout=300)
    new = [m.findtext("source") for m in ET.parse(copy).getroot().iter("message")
           if m.find("translation").get("type") == "unfinished"]
    assert new == [], "run pyside6-lupdate and translate (resources/README.md)"


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists() and not shutil.which("pyside6-lrelease"):
        pytest.skip("pyside6-lrelease not installed")
    out = tmp_path / "check.qm"
    subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(TS), "-qm", str(out)],
                   check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (resources/README.md)"


def visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """The words on screen in `root` now: labels, buttons, group boxes, tabs, headers, list and
    table items, placeholders, tool tips and combo boxes of every visible widget."""
    out: list[tuple[QWidget, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        texts = [w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts.append(w.currentText())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and not w.isHidden():
            texts += [str(w.model().headerData(i, w.orientation()) or "") for i in range(w.count())]
        if isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                      if w.item(r, c) is not None]
        elif isinstance(w, QTreeWidget):
            texts += [w.topLevelItem(r).text(c) for r in range(w.topLevelItemCount()) for c in range(w.columnCount())]
        out += [(w, t) for t in texts if t]
    return out


def chinese_left(root: QWidget, data: Iterable[str]) -> list[str]:
    """Visible texts still holding Chinese once the domain data (names, case numbers, what
    people wrote) is taken out: each is a UI string that did not go through tr()."""
    data = sorted({d for d in data if d}, key=len, reverse=True)
    left = []
    for w, text in visible_texts(root):
        rest = text
        for d in data:
            rest = rest.replace(d, "")
        if CJK.search(rest):
            left.append(f"{type(w).__name__}#{w.objectName()}: {text!r}")
    return left


def domain_data(services: Services, actor: Actor, case_ids: Iterable[str]) -> set[str]:
    """What the cases, the staff and the station hold in Chinese: shown as it was entered."""
    station = services.station.get()
    out = {station.name, station.committee_name, *(u.display_name for u in services.auth.list_users(
        services.auth.login("admin", "admin-pass-1")))}
    for case_id in case_ids:
        d = services.cases.detail(actor, case_id)
        out |= {d.row.number, d.row.summary, *d.claims}   # names below; role words must be translated
        for p in d.parties:
            out |= {p.name, p.address, p.ethnicity, p.occupation, p.legal_rep, p.agent_name}
    return out


def _team_case(services: Services, staff: dict[str, Actor], *, outcome: str | None = None) -> tuple[str, str]:
    """A case routed to the staff team with a session whose opening notice is done; the
    session ends with a written agreement when `outcome` says so. (case id, session id)"""
    case_id = services.intake.register(staff["reception"], simple_intake()).case_id
    services.routing.accept(staff["specialist"], case_id, room_code="R2", mediator_id=staff["mediator"].user_id,
                            lawyer_id=staff["lawyer"].user_id, counsellor_id=staff["counsellor"].user_id)
    parties = services.cases.detail(staff["specialist"], case_id).parties
    med = staff["mediator"]
    sid = services.sessions.start(med, case_id, Participants(
        party_ids=[p.id for p in parties], mediator_id=med.user_id, lawyer_id=staff["lawyer"].user_id,
        counsellor_id=staff["counsellor"].user_id, room_code="R2"))
    for item in ("rights_notice", "consent_mediation", "consent_counsellor", "consent_sensitive"):
        services.sessions.set_check(med, sid, rules.Stage.OPENING, item, True)
    services.sessions.add_minutes(med, sid, "applicant", "要求支付工资三万元")
    if outcome == rules.Outcome.WRITTEN:
        services.sessions.finish(med, sid, outcome, terms=[{
            "obligor": parties[1].name, "obligee": parties[0].name, "what": "拖欠的工资", "amount": "30000",
            "deadline": (date.today() + timedelta(days=10)).isoformat(), "method": "银行转账"}])
    return case_id, sid


def _dialog(owner: QWidget, name: str) -> QWidget:
    """The visible dialog `name` that `owner` opened (not one another test left behind)."""
    return next(w for w in owner.findChildren(QWidget) if w.isVisible() and w.metaObject().className() == name)


def test_switching_to_english_translates_the_workspace(english, qtbot, make_workspace, staff,  # noqa: ANN001
                                                       settings_in_tmp) -> None:  # noqa: ANN001
    assert QCoreApplication.translate("Navigation", "工作台") == "Dashboard"
    assert QCoreApplication.translate("catalog", "待受理") == "Awaiting acceptance"
    ws = make_workspace(staff["specialist"])
    win = MainWindow(ws, DefaultScreens().pages(ws), settings_in_tmp)
    qtbot.addWidget(win)
    nav = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert nav == ["Dashboard", "Intake", "Cases", "Talk", "Documents", "Follow-up", "Statistics", "Reporting",
                   "Settings"]
    assert win.status_role.text() == "Role: Legal specialist"
    intake = win.page("intake")
    assert intake.save_button.text() == "Register and number the case"
    assert intake.party_editors[0].title_label.text() == "Party 1"
    assert win.page("cases").list.model.headerData(0, Qt.Orientation.Horizontal) == "Case number"

    # The 话聊 and 文书 pages: every word on screen is English except what people entered.
    services = ws.services
    talk_case, _sid = _team_case(services, staff)
    agreed_case, _ = _team_case(services, staff, outcome=rules.Outcome.WRITTEN)
    data = domain_data(services, staff["specialist"], (talk_case, agreed_case))
    data |= {"要求支付工资三万元", "拖欠的工资", "银行转账", amount_to_capital("30000")}
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)

    win.open_case_on("sessions", talk_case)
    talk = win.page("sessions")
    assert talk.landing.case_card.isVisible()
    assert chinese_left(talk, data) == []
    with qtbot.waitSignal(talk.session_opened):
        talk.landing.start_button.click()  # continues the session in progress
    for dim, username in (("emotion", "counsellor"), ("reason", "mediator"), ("law", "lawyer")):
        panel = talk.panels[dim]
        panel.username.setText(username)
        panel.pin.setText(STAFF_PIN)
        panel.unlock()
        assert panel.is_unlocked, panel.unlock_error.text()
    talk.panels["reason"].content.caucus_toggle.click()
    assert talk.header.title.text() == "Talk" and talk.outcome_button.text() == "Record outcome…"
    assert chinese_left(talk, data) == []
    talk.panels["emotion"].open_screening("phq9")
    talk.open_outcome()
    talk.open_start_dialog()
    for name in ("ScreeningDialog", "OutcomeDialog", "StartSessionDialog"):
        dialog = _dialog(talk, name)
        assert chinese_left(dialog, data) == [], name
        dialog.reject()

    services.attachments.add(staff["specialist"], agreed_case, "扫描件.pdf", b"%PDF-1.7 a scan")
    data.add("扫描件.pdf")
    win.navigate("documents")
    docs = win.page("documents")
    qtbot.waitUntil(lambda: docs.results.count() >= 2)   # the case chooser: party roles in English
    assert "Applicant" in docs.results.item(0).text()
    assert chinese_left(docs, data) == []
    win.open_case_on("documents", agreed_case)
    assert [docs.tabs.tabText(i) for i in range(docs.tabs.count())] == [
        "Agreement", "Signing and seal", "Generate and print", "Paper copy"]
    docs.render_document("agreement", wet=True)
    assert docs.agreement.warnings                           # the legal notes read in English too
    assert any("Term " in t or "The " in t for t in docs.editor.warning_texts()), docs.editor.warning_texts()
    for i in range(docs.tabs.count()):
        docs.tabs.setCurrentIndex(i)
        assert chinese_left(docs, data) == [], docs.tabs.tabText(i)
    docs.verify_bytes("scan.pdf", b"not a PDF")
    assert docs.verify.reason.text() == "This is not a PDF file."
    assert chinese_left(docs, data) == []
    win.close_for_good()


def test_a_validation_error_reads_in_the_ui_language(english, qtbot, make_workspace,  # noqa: ANN001
                                                     staff) -> None:  # noqa: ANN001
    page = IntakePage(make_workspace(staff["reception"]))
    qtbot.addWidget(page)
    page.submit()  # an empty form: the service refuses with ValidationErrors
    assert page.field_errors["summary"].text() == "Summary required"
    assert "• Summary required" in page.check_list.text()
    assert not CJK.search(page.check_list.text())
    error = ValidationError("请填写纠纷简要情况。", "summary required", field="summary")
    assert error_text(error) == user_message(error) == "Summary required"
    editor = page.party_editors[0]                     # a non-blocking notice reads in English too
    type_text(qtbot, editor.agent_name, "李律师")
    editor.refresh()
    assert editor.notes.text() == "The agent must hand in a power of attorney"
    english.install("zh_CN")
    assert error_text(error) == "请填写纠纷简要情况。"


def test_chinese_is_the_source_language(qapp) -> None:  # noqa: ANN001
    translators = Translators(qapp, i18n_dir())
    translators.install("zh_CN")
    assert QCoreApplication.translate("Navigation", "工作台") == "工作台"
    assert translators.language == "zh_CN"
    assert translators.install("xx") and translators.language == "zh_CN"  # unknown: stays Chinese


def test_settings_page_switches_language_through_the_shell(qtbot, make_workspace, staff,  # noqa: ANN001
                                                           settings_in_tmp) -> None:  # noqa: ANN001
    ws = make_workspace(staff["reception"])
    chosen: list[str] = []
    ws.set_language = chosen.append
    win = MainWindow(ws, DefaultScreens().pages(ws), settings_in_tmp)
    qtbot.addWidget(win)
    settings = win.page("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.room.setCurrentIndex(settings.room.findData("W1"))
    settings.save_interface()
    assert chosen == ["en"]
    assert ws.preferences.load().room_code == "W1"
    assert "接访窗口" in win.status_room.text()
    win.close_for_good()
