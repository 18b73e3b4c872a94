"""Nothing typed is lost: kill the application with SIGKILL while someone types, and find
everything typed more than a second before the kill in the database."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.services import Services
from app.services.setup import AdminSetup, StationSetup, initialise
from app.storage.datadir import DataDir
from app.storage.store import open_store
from tests.ui_session.conftest import PASSWORD, PIN, make_room, start_session

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "crash-test-passphrase-2468"
TYPE_FOR_S = 3.0


def _prepare(folder: Path) -> tuple[str, str]:
    services = initialise(DataDir(folder), StationSetup(name="测试服务站", street="东门",
                                                         committee_name="东门街道人民调解委员会"),
                          AdminSetup("admin", "赵管理", "admin-pass-1"), passphrase=PASSPHRASE)
    try:
        room = make_room(services)
        return room["case_id"], start_session(services, room)
    finally:
        services.close()


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_last_second(tmp_path):
    folder = tmp_path / "station"
    _case_id, session_id = _prepare(folder)
    env = {**os.environ, "MEDIATION_DESK_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1"}
    log = tmp_path / "harness.log"
    lines: list[tuple[float, str]] = []
    ready = threading.Event()
    with log.open("w", encoding="utf-8") as err, subprocess.Popen(
            [sys.executable, "-m", "tests.ui_session.crash_harness", str(folder), session_id], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=err, text=True, encoding="utf-8") as proc:

        def read() -> None:
            assert proc.stdout is not None
            for raw in proc.stdout:
                raw = raw.rstrip("\n")
                if raw == "READY":
                    ready.set()
                elif "\t" in raw:
                    stamp, text = raw.split("\t", 1)
                    lines.append((float(stamp), text))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            started = ready.wait(20)
            if started:
                time.sleep(TYPE_FOR_S)
            killed_at = time.monotonic()
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(10)
        reader.join(5)
    assert started, log.read_text(encoding="utf-8")
    assert proc.returncode == -signal.SIGKILL

    typed = [(at, text) for at, text in lines if at <= killed_at]
    due = [text for at, text in typed if at <= killed_at - 1.0]
    assert len(typed) >= 30 and due, "the harness typed too little to judge"

    services = Services(open_store(DataDir(folder), passphrase=PASSPHRASE))
    try:
        counsellor = services.auth.unlock_panel("psy", PASSWORD)  # a PIN opens no counselling key
        stored = services.sessions.state(counsellor, session_id).fields.get("emotion.process_note", "")
    finally:
        services.close()
    assert stored.startswith(due[-1]), (len(stored), len(due[-1]))
    assert typed[-1][1].startswith(stored)  # nothing stored that was not typed
