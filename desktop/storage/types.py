"""Column types shared by the tables."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Stores times as UTC and gives them back as aware UTC datetimes on every database.

    SQLite has no time zones; storing naive UTC and marking it on the way out means the
    same row reads the same on SQLite and PostgreSQL. The UI converts to local time.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("Times must be timezone-aware; use desktop.core.clock.now().")
        return value.astimezone(UTC).replace(tzinfo=None)

    @overload
    def process_result_value(self, value: datetime, dialect) -> datetime: ...
    @overload
    def process_result_value(self, value: None, dialect) -> None: ...

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)
