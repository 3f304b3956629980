"""The current time, always aware and in UTC; the one place services ask for it."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    """Today's date where the shop is (the machine's local time zone)."""
    return datetime.now().astimezone().date()


def local_date(moment: datetime) -> date:
    """The shop's calendar date of a moment (the machine's local time zone)."""
    return moment.astimezone().date()
