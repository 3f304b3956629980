"""Telling the other counters what changed, so their screens follow within a second.

PostgreSQL: every write transaction that touched customers sends NOTIFY with their ids,
delivered when (and only if) it commits; a counter LISTENs on a connection of its own.
SQLite has no messages between processes: `PRAGMA data_version` on a connection of its
own changes whenever another connection committed, one cheap call that reads no table;
which customers changed is not known, so the answer is "any of them".
"""

from __future__ import annotations

import logging
import time
from typing import Any

from sqlalchemy import event, text
from sqlmodel import Session

from desktop.storage.models import Customer

log = logging.getLogger(__name__)
CHANNEL = "loyalty_changes"
EVERYONE = None  # "any customer may have changed"
_MAX_PAYLOAD = 7000  # PostgreSQL refuses a payload over 8000 bytes: more ids are sent as "everyone"

Changed = frozenset[int] | None


def track(session: Session) -> None:
    """Note the customers this write session changes, for announce()."""
    touched: set[int] = session.info.setdefault("changed_customers", set())

    @event.listens_for(session, "before_flush")
    def _noticed(session, _context, _instances) -> None:
        for row in (*session.new, *session.dirty, *session.deleted):
            customer_id: Any = row.id if isinstance(row, Customer) else getattr(row, "customer_id", None)
            if isinstance(customer_id, int):
                touched.add(customer_id)


def noticed(session: Session, customer_id: int) -> None:
    """A customer changed without the ORM (desktop.storage.appends), for announce()."""
    touched = session.info.get("changed_customers")
    if touched is not None:
        touched.add(customer_id)


def announce(session: Session) -> None:
    """Inside the write transaction, after its last flush: tell the other counters (PostgreSQL)."""
    touched: set[int] = session.info.pop("changed_customers", set())
    connection = session.connection()
    if not touched or connection.dialect.name != "postgresql":
        return
    payload = ",".join(str(i) for i in sorted(touched))
    connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                       {"channel": CHANNEL, "payload": payload if len(payload) <= _MAX_PAYLOAD else "*"})


def _parse(payload: str) -> Changed:
    if payload == "*":
        return EVERYONE
    return frozenset(int(part) for part in payload.split(",") if part.isdigit())


class ChangeFeed:
    """Waits for other counters' changes on a connection of its own (not for the UI thread)."""

    def __init__(self, url: str) -> None:
        from desktop.storage.engine import make_engine  # engine.py imports this module

        # An engine of its own (the same timeouts and keepalives), holding one connection.
        self._engine = make_engine(url)
        self._is_sqlite = self._engine.dialect.name == "sqlite"
        self._raw = self._engine.raw_connection()
        driver = self._raw.driver_connection
        if self._is_sqlite:
            self._version = self._data_version()
        else:
            driver.autocommit = True
            driver.execute(f"LISTEN {CHANNEL}")

    def _data_version(self) -> int:
        return self._raw.driver_connection.execute("PRAGMA data_version").fetchone()[0]

    def wait(self, seconds: float) -> list[Changed]:
        """What changed within `seconds` (an empty list: nothing). Raises if the connection is lost."""
        if self._is_sqlite:
            time.sleep(seconds)
            version = self._data_version()
            if version == self._version:
                return []
            self._version = version
            return [EVERYONE]
        notices = self._raw.driver_connection.notifies(timeout=seconds, stop_after=1)
        found = [_parse(notice.payload) for notice in notices]
        # More may have arrived together: take them at once, without waiting again.
        found += [_parse(notice.payload) for notice in self._raw.driver_connection.notifies(timeout=0)]
        return found

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            self._engine.dispose()

