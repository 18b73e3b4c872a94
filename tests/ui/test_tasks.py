"""Background work: results on the GUI thread, stale results dropped, and progress that
never flashes for quick work (busy cursor after 300 ms, dialog after 600 ms)."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from app.domain.errors import ValidationError
from app.ui.progress import BUSY_AFTER_MS, DIALOG_AFTER_MS, DelayedProgress
from app.ui.tasks import SyncExecutor, TaskRunner
from tests.ui.stubs import FakeProgress, ScriptedPrompter


def test_progress_delays_are_the_anki_ones() -> None:
    assert (BUSY_AFTER_MS, DIALOG_AFTER_MS) == (300, 600)


def test_results_come_back_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner(ThreadPoolExecutor(max_workers=1))
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    try:
        with qtbot.waitSignal(runner.idle_changed, check_params_cb=lambda idle: idle, timeout=3000):
            task = runner.run(work, on_success=done)
            assert "value" not in seen          # never delivered inside run()
        assert seen["value"] == 42
        assert seen["worker"] is not threading.main_thread()
        assert seen["callback"] is threading.main_thread()
        assert task.done and not runner.busy
    finally:
        runner.shutdown()


def test_only_the_newest_task_of_a_key_delivers(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner(ThreadPoolExecutor(max_workers=1))
    got: list[str] = []
    gate = threading.Event()
    try:
        runner.run(lambda: (gate.wait(2), "old")[1], on_success=got.append, key="search")
        with qtbot.waitSignal(runner.idle_changed, check_params_cb=lambda idle: idle, timeout=3000):
            runner.run(lambda: "new", on_success=got.append, key="search")
            gate.set()
        assert got == ["new"]
    finally:
        runner.shutdown()


def test_errors_go_to_the_failure_handler_or_the_reporter() -> None:
    prompter = ScriptedPrompter()
    runner = TaskRunner(SyncExecutor(), report_error=prompter.show_error)
    failures: list[BaseException] = []

    def bad() -> None:
        raise ValidationError("请填写姓名。", "name required")

    runner.run(bad, on_failure=failures.append)
    assert isinstance(failures[0], ValidationError)
    runner.run(bad)
    assert prompter.shown == ["请填写姓名。"]
    runner.run(lambda: 1 / 0)
    assert "内部错误" in prompter.shown[-1]


def test_runner_starts_and_finishes_progress_for_labelled_tasks() -> None:
    progress = FakeProgress()
    runner = TaskRunner(SyncExecutor(), progress=progress)
    runner.run(lambda: None, label="正在检索案件…")
    runner.run(lambda: None)  # unlabelled: no progress at all
    assert progress.started == ["正在检索案件…"] and progress.finished == 1


def test_quick_work_shows_nothing(qtbot) -> None:  # noqa: ANN001
    cancelled = []
    p = DelayedProgress(None, "正在加载…", lambda: cancelled.append(True), busy_after_ms=60, dialog_after_ms=120)
    qtbot.wait(20)
    p.finish()
    qtbot.wait(200)
    assert not p.cursor_shown and p.dialog is None
    assert QGuiApplication.overrideCursor() is None


def test_slow_work_gets_a_busy_cursor_then_a_dialog_with_cancel(qtbot) -> None:  # noqa: ANN001
    cancelled = []
    p = DelayedProgress(None, "正在检索案件…", lambda: cancelled.append(True), busy_after_ms=40,
                        dialog_after_ms=120)
    qtbot.waitUntil(lambda: p.cursor_shown, timeout=1000)
    assert p.dialog is None                                   # cursor first …
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.waitUntil(lambda: p.dialog is not None, timeout=1000)
    dialog = p.dialog                                         # … then the dialog
    assert dialog.labelText() == "正在检索案件…" and dialog.isVisible()
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert cancelled == [True]
    assert QGuiApplication.overrideCursor() is None           # everything cleaned up
    assert p.dialog is None


def test_cancelling_a_slow_task_drops_its_result(qtbot) -> None:  # noqa: ANN001
    progress = FakeProgress()
    runner = TaskRunner(ThreadPoolExecutor(max_workers=1), progress=progress)
    got, cancelled = [], []
    try:
        with qtbot.waitSignal(runner.idle_changed, check_params_cb=lambda idle: idle, timeout=3000):
            runner.run(lambda: (time.sleep(0.2), "late")[1], on_success=got.append,
                       on_cancel=lambda: cancelled.append(True), label="正在生成…")
            progress.cancel()                                # the user pressed 取消
        assert got == [] and cancelled == [True] and progress.finished == 1
    finally:
        runner.shutdown()


def test_a_shut_down_runner_runs_nothing() -> None:
    runner = TaskRunner(SyncExecutor())
    runner.shutdown()
    ran: list[bool] = []
    task = runner.run(lambda: ran.append(True), on_success=ran.append)
    assert ran == [] and task.cancelled and not runner.busy
