"""Typed errors of the domain rules. Each carries a Chinese message for the UI and an
English one for logs, and names the field it is about. `Notice` is the non-blocking kind:
something to check, in both languages."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """A remark that does not stop anything ("please check ..."): `zh` and `en`, like errors."""

    zh: str
    en: str

    def prefixed(self, zh: str, en: str) -> Notice:
        """The same remark about something named first: 当事人2：… / party 2: …"""
        return Notice(zh + self.zh, en + self.en)


class DomainError(Exception):
    """Base class: `zh` is shown to the user, `en` goes to the log."""

    def __init__(self, zh: str, en: str, field: str | None = None) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en
        self.field = field

    def __str__(self) -> str:
        return self.en


class ValidationError(DomainError):
    """Bad input for one field. Nothing is saved when this is raised."""


class IllegalTransition(DomainError):
    """A case status change the lifecycle does not allow."""

    def __init__(self, from_status: str, to_status: str, zh: str, en: str) -> None:
        super().__init__(zh, en, field="status")
        self.from_status = from_status
        self.to_status = to_status


class PermissionDenied(DomainError):
    """The acting user's role may not do this."""


class NotFound(DomainError):
    """A record the caller named does not exist (or is not visible to them)."""
