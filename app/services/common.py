"""What every service shares: the acting user, the clock, and input errors."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from app.domain.catalog import Role
from app.domain.errors import DomainError, ValidationError

if TYPE_CHECKING:  # kept out at run time: the UI imports Actor before the database is open
    from app.storage.database import Database

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Actor:
    """The authenticated user on whose behalf a service call runs."""

    user_id: str
    username: str
    display_name: str
    role: Role

    @property
    def audit_name(self) -> str:
        return self.username


SYSTEM = Actor("", "system", "系统", Role.ADMIN)


class InvalidInput(DomainError):
    """Several field errors at once (a form). Nothing was saved."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__("；".join(e.zh for e in errors), "; ".join(e.en for e in errors),
                         field=errors[0].field if errors else None)


class Service:
    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self.db = db
        self.now = clock
