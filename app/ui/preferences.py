"""Per-PC interface preferences (language, the room this PC stands in).

A small JSON file in the data folder, written atomically and only when something is
changed, so an empty data folder stays empty until the setup wizard has run. Window
geometry is kept in QSettings (app.ui.mainwindow); no case data is ever stored here.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

log = logging.getLogger(__name__)

PREFERENCES_FILE = "ui-preferences.json"
DEFAULT_LANGUAGE = "zh_CN"


@dataclass(frozen=True)
class UiPreferences:
    language: str = DEFAULT_LANGUAGE
    room_code: str = ""  # the window or room this PC stands in ("" = not set)


class PreferencesStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_folder(cls, folder: Path) -> PreferencesStore:
        return cls(folder / PREFERENCES_FILE)

    def load(self) -> UiPreferences:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return UiPreferences()
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable %s: %s", self.path, exc)
            return UiPreferences()
        known = {k: str(v) for k, v in data.items() if k in UiPreferences.__dataclass_fields__}
        return replace(UiPreferences(), **known)

    def save(self, prefs: UiPreferences) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".ui-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(prefs), fh, ensure_ascii=False, indent=2)
        os.replace(tmp, self.path)
