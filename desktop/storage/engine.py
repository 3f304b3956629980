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
Every engine hides the SQL parameters in its errors (hide_parameters): an error is logged,
and its parameters are customers' names, phones, e-mails and notes.
PostgreSQL needs none of this: services lock the customer's row (SELECT ... FOR UPDATE).
A server, though, can stop answering (switched off, network gone, overloaded), and a
counter must then say so within seconds instead of freezing: connections give up after
CONNECT_TIMEOUT_S, statements after STATEMENT_TIMEOUT_MS, waits for another counter's row
lock after LOCK_TIMEOUT_MS, and TCP keepalives notice a dead network under an open
connection. Those failures reach the caller as a DatabaseError with a sentence.
"""

from __future__ import annotations

import functools
import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from desktop.core.errors import LoyaltyError
from desktop.storage import changes, health, models, summaries
from desktop.storage.network_share import is_network_path

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")
BUSY_TIMEOUT_MS = 15_000
CONNECT_TIMEOUT_S = 4
STATEMENT_TIMEOUT_MS = 60_000  # far above any counter's statement; migrations run without it
LOCK_TIMEOUT_MS = 10_000  # other counters hold a customer's row for milliseconds
_WRITE = "loyalty_write"
_QUERY_CANCELED, _LOCK_NOT_AVAILABLE = "57014", "55P03"
_TRY_AGAIN = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected
ATTEMPTS = 4

# Dates in raw SQL on SQLite are stored as ISO text, as Python's default adapters did; those
# defaults are deprecated since Python 3.12, so the same adapters are registered here.
sqlite3.register_adapter(date, date.isoformat)
sqlite3.register_adapter(datetime, lambda value: value.isoformat(" "))


class DatabaseError(LoyaltyError):
    """The database cannot be used; the message says what to do."""


def masked(url: str) -> str:
    """The URL as it may be shown or logged: never with its password."""
    return make_url(url).render_as_string(hide_password=True)


def server_name(url: str) -> str:
    """host:port/database, how a person names the server in a message."""
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def _postgresql_connect_args() -> dict[str, object]:
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        # jit=off: the dashboard's customers' pass is estimated costly enough for the server to
        # compile it to machine code first, which took 2.7 of its 2.9 s on the 10,000-customer
        # shop; no query of the app runs long enough to win that back. random_page_cost=1.1: a
        # shop's database sits in the server's memory or on an SSD; at the default 4 the server
        # read a customer's purchases' voids from the whole refund table instead of its index.
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS} "
                   "-c jit=off -c random_page_cost=1.1",
        # A server that vanishes under an open connection (switched off, cable out): a request
        # nobody acknowledges fails after 5 s, an idle connection is found dead within 20 s.
        "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 2,
        "tcp_user_timeout": 5_000,
    }


def _server_problem(url: str, context) -> DatabaseError | None:
    """The sentence for a server that does not answer in time, or None for other errors."""
    original = context.original_exception
    code = getattr(original, "sqlstate", None)
    server = server_name(url)
    if code == _QUERY_CANCELED:
        return DatabaseError("The database server {server} took longer than {seconds} s to answer, so the work "
                             "was stopped and nothing was saved. Try again; if it keeps happening, the server "
                             "is overloaded.", server=server, seconds=STATEMENT_TIMEOUT_MS // 1000)
    if code == _LOCK_NOT_AVAILABLE:
        return DatabaseError("Another counter is still busy with the same customer, so nothing was saved. "
                             "Try again in a moment.")
    if context.connection is not None:  # a statement's error, not the connection's
        return None
    said = str(original).strip()
    if "timeout" in said.lower():
        return DatabaseError("The database server {server} does not answer (waited {seconds} s). Check that the "
                             "server PC is on and connected to the network, then try again.",
                             server=server, seconds=CONNECT_TIMEOUT_S)
    if any(
        words in said for words in ("Connection refused", "resolve host", "translate host name", "No route to host")
    ):
        return DatabaseError("The database server {server} cannot be reached. Check that the server PC is on and "
                             "connected to the network, and the server's address, then try again.", server=server)
    reason = said.rsplit("FATAL:", 1)[-1].strip()
    return DatabaseError("The database server {server} refused the connection: {reason}", server=server,
                         reason=reason)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _write_ahead_log(cursor: sqlite3.Cursor) -> None:
    """WAL mode, kept in the file once set. Counters starting together on a new file race to set
    it, and SQLite refuses the change at once ("database is locked", no busy wait) while another
    connection holds the file: try again until the busy timeout (seen: 1 start in 5 failed)."""
    give_up = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() > give_up:
                raise
            time.sleep(0.01 + random.random() * 0.02)


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine for `url`; `foreign_keys=False` only for migrations (see migrate.py)."""
    path = sqlite_path(url)
    if path is None:
        return _server_engine(url)
    if is_network_path(path.parent if not path.exists() else path):
        raise DatabaseError(
            "{path} is on a network share. SQLite cannot safely share a file between computers; for several counter "
            "PCs use a PostgreSQL server (--db postgresql+psycopg://user@server/shop).", path=path
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's begin event below issue BEGIN instead of the driver.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        _write_ahead_log(cursor)
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> None:
        # Damage SQLite finds while working is noted, so the next write is refused before it starts.
        if health.is_damage(context.original_exception):
            log.error("the database file is damaged: %s", context.original_exception)
            health.note_damage(path, str(context.original_exception))
            raise health.damaged(path, str(context.original_exception)) from None

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _server_engine(url: str) -> Engine:
    is_postgresql = make_url(url).get_backend_name() == "postgresql"
    if is_postgresql:
        models.add_postgresql_options()
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True,
                           connect_args=_postgresql_connect_args() if is_postgresql else {})

    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> None:
        if context.is_pre_ping:  # the pool reconnects by itself; a second failure comes back here
            return
        problem = _server_problem(url, context)
        if problem is not None:
            log.warning("database server problem: %s", context.original_exception)
            raise problem from None

    return engine


def retried(service: Callable[P, T]) -> Callable[P, T]:
    """Run a writing service again when PostgreSQL rolled its transaction back to break a
    deadlock or a serialization conflict with another counter, a few times, then say so.

    Services lock in one order (services/context.locked_customers), so this is the last
    resort for what that order cannot foresee. Safe because a service is one transaction:
    a rolled-back try left nothing behind.
    """

    @functools.wraps(service)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return service(*args, **kwargs)
            except DBAPIError as error:
                if getattr(error.orig, "sqlstate", None) not in _TRY_AGAIN:
                    raise
                log.warning("%s: try %d of %d rolled back by the server: %s", service.__name__, attempt,
                            ATTEMPTS, error.orig.sqlstate)
                if attempt < ATTEMPTS:
                    time.sleep(random.uniform(0.01, 0.05) * attempt)  # apart, so the two do not meet again
        raise DatabaseError("Another counter was changing the same customers at the same moment, so nothing "
                            "was saved. Try again.")

    return run


class Database:
    """Owns the engine; hands out short sessions, one transaction each."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._writer = self.engine.execution_options(**{_WRITE: True})
        self.damaged: str | None = None  # what `check` found wrong with the file: writes are refused

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a transaction that holds the write lock; commits on success."""
        self.refuse_if_damaged()
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            summaries.track(session)
            changes.track(session)
            yield session
            summaries.settle(session)
            changes.announce(session)

    @contextmanager
    def rollback_journal(self) -> Iterator[bool]:
        """SQLite: a rollback journal instead of the write-ahead log while one big transaction fills
        a new file (the demo shop); yields whether it is in use. Through the log every new page is
        written twice, into the log and at the checkpoint into the file (4.5 of the 100,000-customer
        demo's 48 s); a rollback journal keeps only the pages that were there before, so the new
        ones are written once, and a failure or a crash still takes all back (the file is cut to its
        old size). Only when no other connection has the file open (SQLite refuses at once, and the
        log is kept); one that opens meanwhile waits for the end. The log is back afterwards."""
        switched = False
        if self.is_sqlite:
            raw = self.engine.raw_connection()
            try:
                switched = raw.driver_connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
            except sqlite3.OperationalError as error:
                if "locked" not in str(error).lower():
                    raise
            finally:
                raw.close()
        try:
            yield switched
        finally:
            if switched:
                raw = self.engine.raw_connection()
                try:
                    cursor = raw.driver_connection.cursor()
                    _write_ahead_log(cursor)
                    cursor.close()
                finally:
                    raw.close()

    def refuse_if_damaged(self) -> None:
        if self.damaged is not None:
            raise health.damaged(sqlite_path(self.url), self.damaged)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def refresh_statistics(self) -> None:
        """After a bulk load or a migration on PostgreSQL: sample the tables again (ANALYZE).

        The server plans each query from row counts it otherwise refreshes only now and then;
        a freshly loaded 100,000-customer shop planned as if its tables were empty and took
        1.6 s to open a customer until it was analysed. SQLite plans without statistics here.
        """
        if self.is_sqlite:
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
            connection.exec_driver_sql("ANALYZE")
            connection.commit()

    def dispose(self) -> None:
        self.engine.dispose()
