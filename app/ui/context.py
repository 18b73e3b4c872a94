"""What a screen is given: the services, the signed-in user and the shared helpers.

Screens receive a `Workspace` instead of reaching for globals (vorta's injected providers).
It holds plain data and service objects only: no Session, no ORM rows.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from app.services.common import Actor, utc_now
from app.ui.dialogs import Prompter
from app.ui.preferences import PreferencesStore
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services import Services
    from app.services.station import StationInfo


@dataclass
class Workspace:
    services: Services
    actor: Actor
    station: StationInfo
    runner: TaskRunner
    prompter: Prompter
    preferences: PreferencesStore
    language: str = "zh_CN"
    key_description: str = ""        # where the database key lives (settings page)
    clock: Callable[[], datetime] = utc_now
    # Provided by the shell: switch the interface language (rebuilds the main window).
    set_language: Callable[[str], None] | None = None

    def refresh_station(self) -> StationInfo:
        self.station = self.services.station.get()
        return self.station
