"""Simplified Chinese first, English through Qt Linguist (.ts source, committed .qm)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.ui.i18n import Translators
from app.ui.mainwindow import MainWindow
from app.ui.resources import i18n_dir
from app.views.screens import DefaultScreens

TS = i18n_dir() / "mediation_desk_en.ts"
QM = i18n_dir() / "mediation_desk_en.qm"
ROOT = Path(__file__).resolve().parents[2]
# Contexts of the 话聊 session views (app/views/session), translated by that feature's owners.
SESSION_MODULES = ROOT / "app" / "views" / "session"


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201
    translators = Translators(qapp, i18n_dir())
    assert translators.install("en")
    yield translators
    translators.install("zh_CN")


def _workspace_contexts() -> set[str]:
    """Contexts defined by the workspace modules (app/ui, app/views without session/)."""
    import re
    names = {"catalog", "Navigation", "Placeholders", "CategoryCombo", "Prompter", "timefmt", "DelayedProgress",
             "Shell"}
    for path in [*(ROOT / "app" / "ui").glob("*.py"), *(ROOT / "app" / "views").glob("*.py")]:
        names |= set(re.findall(r"^class (\w+)", path.read_text(encoding="utf-8"), flags=re.M))
    return names


def test_every_workspace_string_has_an_english_translation() -> None:
    contexts = _workspace_contexts()
    unfinished = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        if name not in contexts:
            continue
        for message in ctx.iter("message"):
            tr = message.find("translation")
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                unfinished.append(f"{name}: {message.findtext('source')}")
    assert unfinished == []


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists() and not shutil.which("pyside6-lrelease"):
        pytest.skip("pyside6-lrelease not installed")
    out = tmp_path / "check.qm"
    subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(TS), "-qm", str(out)],
                   check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (resources/README.md)"


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
    win.close_for_good()


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
