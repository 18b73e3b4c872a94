"""Crash-test harness: the session page typing into a panel until someone kills the process.

    python -m tests.ui_session.crash_harness <data folder> <session id> [dimension field user pin]

Opens the data folder (passphrase from MEDIATION_DESK_PASSPHRASE), logs in as the mediator,
shows the SessionPage on the session with the real single-worker TaskRunner, unlocks a panel
by typing the username and PIN into its widgets, then types one character every 50 ms into a
field. After each keystroke it prints "<time.monotonic()>\\t<text typed so far>" and flushes,
so the test that kills it (SIGKILL) knows what had been typed when.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.services import Services  # noqa: E402
from app.storage.datadir import DataDir  # noqa: E402
from app.storage.store import open_store  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from app.views.session import SessionPage  # noqa: E402

TEXT = "申请人自述近两周睡眠很差，反复想到被拖欠的工资，情绪低落，谈话中多次落泪；" \
       "经过疏导后情绪有所缓和，同意继续参加调解。abc123"
INTERVAL_MS = 50


def _key(widget: QWidget, ch: str) -> None:
    if ch.isascii():
        QTest.keyClick(widget, ch)
    else:  # Chinese arrives from the input method as a commit string
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def _wait(app: QApplication, condition, timeout: float = 20.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("harness: timed out")
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    root, session_id = Path(argv[0]), argv[1]
    dimension, field, user, pin = (argv[2:6] if len(argv) >= 6 else ("emotion", "process_note", "psy", "password-1"))  # the password opens the counselling key
    app = QApplication([])
    services = Services(open_store(DataDir(root)))
    actor = services.auth.login("med", "password-1")
    runner = TaskRunner()
    page = SessionPage(services, lambda: actor, runner)
    page.resize(1400, 900)
    page.show()
    page.resume(session_id)
    _wait(app, lambda: page.session_id == session_id and page.state is not None)
    panel = page.panels[dimension]
    panel.username.clear()
    for ch in user:
        _key(panel.username, ch)
    for ch in pin:
        _key(panel.pin, ch)
    QTest.keyClick(panel.pin, "\r")  # Enter unlocks
    _wait(app, lambda: panel.is_unlocked)
    editor = panel.content.editors[field]
    editor.setFocus()
    print("READY", flush=True)
    chars = iter(TEXT * 10)

    def type_next() -> None:
        _key(editor, next(chars))
        print(f"{time.monotonic():.6f}\t{editor.toPlainText()}", flush=True)

    timer = QTimer(interval=INTERVAL_MS)
    timer.timeout.connect(type_next)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
