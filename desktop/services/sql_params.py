"""Typed bound parameters for the read services' hand-written SQL (stats, liability, rhythm,
customer facts): each value is bound with the column type that stores it, so a local day
becomes the UTC instant the tables hold on SQLite and PostgreSQL alike."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, bindparam, text

from desktop.storage.summaries import month_number
from desktop.storage.types import UTCDateTime


def local_midnight(day: date) -> datetime:
    """The instant the shop's local day begins, as an aware datetime."""
    return datetime.combine(day, time.min).astimezone()


def as_datetime(value: Any) -> datetime:
    """A time read by raw SQL, naive UTC (SQLite hands times back as text)."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value.replace(tzinfo=None)


class Params:
    """Bound parameters with the column types that store them, named as they are added."""

    def __init__(self) -> None:
        self.binds: list[Any] = []

    def at(self, day: date) -> str:
        """The start of `day` (local) as a UTC time parameter."""
        return self._add(local_midnight(day), UTCDateTime())

    def day(self, value: date) -> str:
        return self._add(value, Date())

    def int(self, value: int) -> str:
        return self._add(value, None)

    def month(self, day: date) -> str:
        """The number purchase_month gives the month of `day`."""
        return self._add(month_number(day), None)

    def ordinal(self, day: date) -> str:
        """`day` as purchase_month stores its first and last days."""
        return self._add(day.toordinal(), None)

    def _add(self, value: Any, type_) -> str:
        name = f"p{len(self.binds)}"
        self.binds.append(bindparam(name, value, type_=type_) if type_ is not None else bindparam(name, value))
        return f":{name}"

    def sql(self, statement: str):
        used = set(re.findall(r":(p\d+)\b", statement))
        return text(statement).bindparams(*(b for b in self.binds if b.key in used))
