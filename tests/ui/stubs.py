"""Stand-ins injected into the UI under test (qutebrowser's stubs pattern)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ui.dialogs import Prompter, error_text


class ScriptedPrompter(Prompter):
    """Answers questions from a queue (else the default) and records everything shown."""

    def __init__(self, answers: Sequence[str] = (), secrets: Sequence[str | None] = ()) -> None:
        self.answers = list(answers)
        self.secrets = list(secrets)
        self.asked: list[str] = []
        self.shown: list[str] = []

    def choose(self, parent, title, text, options, *, default, escape):  # noqa: ANN001, ANN201
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else default

    def inform(self, parent, title, text):  # noqa: ANN001, ANN201
        self.shown.append(text)

    def show_error(self, parent, exc):  # noqa: ANN001, ANN201
        self.shown.append(error_text(exc))

    def ask_secret(self, parent, title, text):  # noqa: ANN001, ANN201
        self.asked.append(text)
        return self.secrets.pop(0) if self.secrets else None


class FakeProgress:
    """A ProgressFactory that records what would have been shown."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.finished = 0
        self.cancel: Callable[[], None] | None = None

    def __call__(self, parent, label: str, on_cancel: Callable[[], None]) -> FakeProgress:  # noqa: ANN001
        self.started.append(label)
        self.cancel = on_cancel
        return self

    def finish(self) -> None:
        self.finished += 1
