"""Background work for the GUI: run a function off the GUI thread, get the result back on it.

The shape follows Anki's QueryOp/taskman: one single-worker executor owns the database work
(so writes are serialised and a widget never waits on a lock), the result or the error is
marshalled back to the GUI thread through a queued signal, and slow work gets a delayed
progress indicator (app.ui.progress) that never flashes for quick work.

Both the executor and the progress factory are injected: tests pass `SyncExecutor()` so a
task completes before `run()` returns, and a fake progress factory to observe it.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.domain.errors import DomainError

log = logging.getLogger(__name__)


class ProgressHandle(Protocol):
    def finish(self) -> None: ...


ProgressFactory = Callable[[QWidget | None, str, Callable[[], None]], ProgressHandle]
"""(parent, label, on_cancel) -> a handle whose finish() removes every trace of progress."""

ErrorReporter = Callable[[QWidget | None, BaseException], None]
"""Shows an error nobody else handled (the default failure handler)."""


class SyncExecutor(Executor):
    """Runs each task immediately in the caller's thread (tests, scripted screenshots)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        future.set_running_or_notify_cancel()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - delivered to the failure handler
            future.set_exception(exc)
        return future


def database_executor() -> Executor:
    """The one worker that talks to the database (Anki's single-writer pattern)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")


@dataclass
class Task:
    """A submitted piece of work; cancel() drops its result (the work itself may finish)."""

    label: str | None
    key: str | None
    seq: int
    future: Future | None = None
    cancelled: bool = False
    progress: ProgressHandle | None = None
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    on_cancel: Callable[[], None] | None = None
    parent: QWidget | None = field(default=None, repr=False)

    def cancel(self) -> None:
        self.cancelled = True
        if self.future is not None:
            self.future.cancel()

    @property
    def done(self) -> bool:
        return self.future is not None and self.future.done()


class TaskRunner(QObject):
    """Submit work with run(); callbacks always run on the GUI thread."""

    _completed = Signal(object)
    idle_changed = Signal(bool)  # True when no task is pending any more (tests wait for it)

    def __init__(self, executor: Executor | None = None, *, progress: ProgressFactory | None = None,
                 report_error: ErrorReporter | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor or database_executor()
        self._progress = progress
        self._report_error = report_error
        self._seq = 0
        self._latest: dict[str, int] = {}
        self._pending: set[int] = set()
        self._closed = False
        # A synchronous executor delivers in place; a real one always goes through the
        # event loop, even when the work finished before add_done_callback, so callbacks
        # never run inside run().
        self._direct = isinstance(self._executor, SyncExecutor)
        self._completed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- public API ---------------------------------------------------------------------
    def run(self, fn: Callable[[], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_cancel: Callable[[], None] | None = None, label: str | None = None,
            key: str | None = None, parent: QWidget | None = None) -> Task:
        """Run `fn()` on the worker.

        label: show delayed progress (busy cursor, then a dialog with 取消) with this text.
        key: only the newest task of a key delivers its result (search as you type); the
             results of older ones are dropped.
        on_failure: gets the exception; without it DomainErrors are shown (in the UI language) and
             anything else is logged and reported as an internal error.
        parent: the widget the result is for; if it has been deleted meanwhile (the user
             switched user, the dialog closed) the result is dropped.
        """
        self._seq += 1
        task = Task(label, key, self._seq, on_success=on_success, on_failure=on_failure,
                    on_cancel=on_cancel, parent=parent)
        if self._closed:  # a late timer while the app closes: nothing runs any more
            log.debug("task %r submitted after shutdown; ignored", label or fn)
            task.cancelled = True
            return task
        if key is not None:
            self._latest[key] = task.seq
        was_idle = not self._pending
        self._pending.add(task.seq)
        if was_idle:
            self.idle_changed.emit(False)
        if label is not None and self._progress is not None:
            task.progress = self._progress(parent, label, task.cancel)
        task.future = self._executor.submit(fn)
        task.future.add_done_callback(lambda _f, t=task: self._on_done(t))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self, *, wait: bool = True) -> None:
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)

    # --- delivery -----------------------------------------------------------------------
    def _on_done(self, task: Task) -> None:
        # Called in the worker thread (or right away in the caller's for a SyncExecutor).
        if self._direct and threading.current_thread() is threading.main_thread():
            self._deliver(task)
        else:
            self._completed.emit(task)

    def _deliver(self, task: Task) -> None:
        self._pending.discard(task.seq)
        if task.progress is not None:
            task.progress.finish()
            task.progress = None
        try:
            stale = task.key is not None and self._latest.get(task.key) != task.seq
            gone = task.parent is not None and not shiboken6.isValid(task.parent)  # its screen closed
            if task.cancelled or stale or gone:
                if task.cancelled and task.on_cancel is not None:
                    task.on_cancel()
                return
            assert task.future is not None
            try:
                result = task.future.result()
            except CancelledError:
                return
            except BaseException as exc:  # noqa: BLE001 - handed to the failure handler
                self._fail(task, exc)
                return
            if task.on_success is not None:
                task.on_success(result)
        finally:
            if not self._pending:
                self.idle_changed.emit(True)

    def _fail(self, task: Task, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            log.info("task failed: %s", exc.en)
        else:
            log.error("background task failed", exc_info=exc)
        if task.on_failure is not None:
            task.on_failure(exc)
        elif self._report_error is not None:
            self._report_error(task.parent, exc)
