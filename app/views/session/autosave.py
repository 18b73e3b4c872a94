"""Nothing typed is lost: coalesce keystrokes and write them within a second.

Each editor schedules a save under a key ("emotion.process_note") with a zero-argument
callable that writes the text as it is now. The save runs when the typing pauses for
`delay_ms`, and at the latest `max_wait_ms` after the first unsaved keystroke, so steady
typing is stored too (a trailing debounce alone would wait for the pause). Saves go through
the shared TaskRunner, whose single database worker keeps them in order and off the GUI
thread; only the newest callable of a key is kept.

flush() submits everything pending at once (panel lock, stage change, leaving the page);
wait() then blocks until the submitted writes have finished (closing the application).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, wait
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.tasks import TaskRunner

DELAY_MS = 450          # pause in typing before a save
MAX_WAIT_MS = 650       # longest a keystroke stays unsaved while typing goes on
TICK_MS = 50
RETRY_MS = 2000
MAX_ATTEMPTS = 4

SaveFn = Callable[[], None]


@dataclass
class _Pending:
    save: SaveFn
    group: str
    first: float        # monotonic time of the first unsaved edit
    last: float         # monotonic time of the newest edit
    attempts: int = 0


class Autosaver(QObject):
    # group, status: "saving" | "saved" | "failed", detail (error text for "failed")
    status_changed = Signal(str, str, object)

    def __init__(self, runner: TaskRunner, *, delay_ms: int = DELAY_MS, max_wait_ms: int = MAX_WAIT_MS,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._delay = delay_ms / 1000
        self._max_wait = max_wait_ms / 1000
        self._clock = clock
        self._pending: dict[str, _Pending] = {}
        self._in_flight: dict[int, tuple[Future | None, str]] = {}
        self._seq = 0
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)

    # --- scheduling -------------------------------------------------------------------------
    def schedule(self, key: str, save: SaveFn, *, group: str = "") -> None:
        now = self._clock()
        old = self._pending.get(key)
        self._pending[key] = _Pending(save, group, old.first if old else now, now)
        if not self._timer.isActive():
            self._timer.start()

    def has_pending(self, group: str | None = None) -> bool:
        return any(group is None or p.group == group for p in self._pending.values())

    @property
    def busy(self) -> bool:
        return bool(self._pending or self._in_flight)

    def flush(self, group: str | None = None) -> None:
        """Submit every pending save (of `group`, or all) now."""
        for key in [k for k, p in self._pending.items() if group is None or p.group == group]:
            self._submit(key)

    def discard(self, group: str) -> None:
        """Forget pending saves of a group without writing them (never used for user text)."""
        for key in [k for k, p in self._pending.items() if p.group == group]:
            del self._pending[key]

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until the submitted saves are written; True if all finished in time."""
        futures = [f for f, _g in self._in_flight.values() if f is not None]
        if not futures:
            return True
        _done, not_done = wait(futures, timeout=timeout)
        return not not_done

    def flush_and_wait(self, timeout: float = 10.0) -> bool:
        self.flush()
        return self.wait(timeout)

    # --- running ----------------------------------------------------------------------------
    def _tick(self) -> None:
        now = self._clock()
        for key, p in list(self._pending.items()):
            if now - p.last >= self._delay or now - p.first >= self._max_wait:
                self._submit(key)
        if not self._pending:
            self._timer.stop()

    def _submit(self, key: str) -> None:
        p = self._pending.pop(key, None)
        if p is None:
            return
        p.attempts += 1
        self._seq += 1
        token = self._seq
        self._in_flight[token] = (None, p.group)
        self.status_changed.emit(p.group, "saving", None)
        task = self._runner.run(p.save, on_success=lambda _r: self._saved(token),
                                on_failure=lambda exc: self._failed(token, key, p, exc))
        if token in self._in_flight:  # a synchronous runner has already delivered
            self._in_flight[token] = (task.future, p.group)

    def _saved(self, token: int) -> None:
        entry = self._in_flight.pop(token, None)
        if entry is not None:
            group = entry[1]
            if not self.has_pending(group) and not any(g == group for _f, g in self._in_flight.values()):
                self.status_changed.emit(group, "saved", None)

    def _failed(self, token: int, key: str, p: _Pending, exc: BaseException) -> None:
        self._in_flight.pop(token, None)
        self.status_changed.emit(p.group, "failed", exc)
        # Retry the same text later unless something newer replaced it meanwhile.
        if key not in self._pending and p.attempts < MAX_ATTEMPTS:
            retry_at = self._clock() + RETRY_MS / 1000
            self._pending[key] = _Pending(p.save, p.group, retry_at - self._max_wait,
                                          retry_at - self._delay, p.attempts)
            if not self._timer.isActive():
                self._timer.start()
