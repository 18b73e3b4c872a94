"""Typed errors of the domain rules. Each carries a Chinese message for the UI and an
English one for logs, and names the field it is about."""
from __future__ import annotations


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
