"""Dates, times and countdowns as people read them (local time, Chinese first)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

SOON = timedelta(minutes=30)  # amber once this little time is left


def local(dt: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return dt.astimezone().strftime(fmt) if dt is not None else ""


def day(d: date | None) -> str:
    return d.strftime("%Y-%m-%d") if d is not None else ""


def duration(delta: timedelta) -> str:
    """A positive span, coarse when long: 3天4小时, 2小时05分, 12:09."""
    seconds = int(abs(delta).total_seconds())
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("timefmt", "{d}天{h}小时").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("timefmt", "{h}小时{m:02d}分").format(h=hours, m=minutes)
    return f"{minutes:02d}:{secs:02d}"


def countdown(due_at: datetime, now: datetime, *, soon: timedelta = SOON) -> tuple[str, str]:
    """(text, tone) for a deadline: '剩余 12:09' / '已超时 1小时05分'; tone '', 'weak', 'strong'."""
    left = due_at - now
    if left.total_seconds() < 0:
        return QCoreApplication.translate("timefmt", "已超时 {span}").format(span=duration(left)), "strong"
    text = QCoreApplication.translate("timefmt", "剩余 {span}").format(span=duration(left))
    return text, "weak" if left <= soon else ""
