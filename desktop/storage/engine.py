"""The one place that creates database engines and sessions.

SQLite, on every connection:
- foreign_keys=ON: SQLite leaves them off by default;
- journal_mode=WAL: readers at other counters never wait for a writer;
- synchronous=FULL: in WAL mode NORMAL may lose the last commits on a power cut (the file
  stays consistent, but a registered purchase could vanish); FULL syncs the log on every
  commit, so a purchase the screen confirmed is on disk. Commits are small and few
  (a counter books a purchase every few seconds at most), so the cost is not felt;
- busy_timeout: a second counter waits for the lock instead of failing at once.
A writing transaction starts with BEGIN IMMEDIATE, taking the write lock before its first
read, so two counters queue up at the start instead of failing half-way with
"database is locked" when both try to upgrade a read lock.
PostgreSQL needs none of this: services lock the customer's row (SELECT ... FOR UPDATE).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session

from desktop.core.errors import LoyaltyError
from desktop.storage import summaries
from desktop.storage.network_share import is_network_path

BUSY_TIMEOUT_MS = 15_000
_WRITE = "loyalty_write"


class DatabaseError(LoyaltyError):
    """The database cannot be used; the message says what to do."""


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine for `url`; `foreign_keys=False` only for migrations (see migrate.py)."""
    path = sqlite_path(url)
    if path is None:
        return create_engine(url, pool_pre_ping=True)
    if is_network_path(path.parent if not path.exists() else path):
        raise DatabaseError(
            "{path} is on a network share. SQLite cannot safely share a file between computers; for several counter "
            "PCs use a PostgreSQL server (--db postgresql+psycopg://user@server/shop).", path=path
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's begin event below issue BEGIN instead of the driver.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """Owns the engine; hands out short sessions, one transaction each."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._writer = self.engine.execution_options(**{_WRITE: True})

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a transaction that holds the write lock; commits on success."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            summaries.track(session)
            yield session
            summaries.settle(session)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
