"""Bring a database to the current schema at start-up, after backing up the file, one counter at a time."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, insert, inspect, select, text
from sqlalchemy.exc import OperationalError

from desktop.core import clock
from desktop.storage import health
from desktop.storage.backup import backup_sqlite, dated_path
from desktop.storage.engine import Database, DatabaseError, make_engine, sqlite_path
from desktop.storage.models import SchemaUpgrade
from desktop.version import app_version

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")

# The newest migration, so that starting on an up-to-date database does not load Alembic
# (a second at start-up on a counter PC); a test keeps it equal to the migrations' head.
SCHEMA_REVISION = "0015"
UPGRADE_WAIT_S = 30 * 60  # how long a counter waits for another one's upgrade of a large shop
_UPGRADE_LOCK = 7_291_014  # the advisory lock key of an upgrade on PostgreSQL (any fixed number)


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision in the migrations folder, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every schema revision this program knows, so can bring up to date."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return _revision(connection)


def _refuse_newer(connection: Connection, revision: str) -> None:
    """A schema this program does not know: say which version made it, before anything is copied or changed."""
    upgraded_by = None
    if inspect(connection).has_table(SchemaUpgrade.__tablename__):
        upgraded_by = connection.execute(
            select(SchemaUpgrade.app_version).where(SchemaUpgrade.revision == revision)
            .order_by(SchemaUpgrade.id.desc()).limit(1)).scalar()
    if upgraded_by:
        raise DatabaseError("This database was upgraded by Loyalty {version}; this PC has Loyalty {mine}. Install "
                            "Loyalty {version} on this PC too, as on the counter that upgraded it.",
                            version=upgraded_by, mine=app_version())
    raise DatabaseError("This database was upgraded by a newer version of Loyalty (schema {revision}); this PC "
                        "has Loyalty {mine}. Install the version the other counters use on this PC too.",
                        revision=revision, mine=app_version())


@contextmanager
def _upgrade_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that only one counter at a time gets.

    Two counters starting together on a database that needs upgrading: one upgrades, the
    other waits here, then finds the schema up to date and goes on. SQLite: the write lock
    (BEGIN IMMEDIATE), waited for again while another counter still migrates. PostgreSQL:
    an advisory lock held until the transaction ends, with no counter timeouts, because
    rebuilding a large shop's tables may take minutes.
    """
    deadline = time.monotonic() + UPGRADE_WAIT_S
    while True:
        connection = engine.execution_options(loyalty_write=True).connect()
        try:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("SELECT 1")  # begins: BEGIN IMMEDIATE takes the write lock
            else:
                connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
                connection.exec_driver_sql("SET LOCAL lock_timeout = 0")
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
            break
        except OperationalError as error:
            connection.close()
            if "locked" not in str(error.orig) or time.monotonic() > deadline:
                raise
            log.info("waiting for another counter to finish upgrading the database")
    try:
        yield connection
    finally:
        connection.close()


def upgrade(db: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to the newest schema; returns the backup made first, if any.

    A SQLite file that already holds data is copied to `backup_dir` before anything
    changes. The migration runs on its own connection with foreign keys off, set outside
    its transaction because SQLite ignores that pragma inside one, and all of it in one
    transaction: a migration that fails leaves the database as it was.
    """
    if current_revision(db) == SCHEMA_REVISION:
        return None
    from alembic import command

    backup = None
    path = sqlite_path(db.url)
    engine = make_engine(db.url, foreign_keys=False) if path is not None else db.engine
    try:
        with _upgrade_lock(engine) as connection:
            current = _revision(connection)  # again: another counter may have upgraded it meanwhile
            if current == SCHEMA_REVISION:
                return None
            if current is not None and current not in known_revisions():
                _refuse_newer(connection, current)
            if current is not None and path is not None:
                folder = backup_dir or path.parent / "backups"
                backup = backup_sqlite(db.engine, dated_path(folder, path.stem, f"before-upgrade-from-{current}"))
                log.info("backed up %s to %s before upgrading", path, backup)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.execute(insert(SchemaUpgrade).values(revision=SCHEMA_REVISION, app_version=app_version(),
                                                            upgraded_at=clock.now()))
            connection.commit()
    except BaseException:
        # The upgrade rolled back, so the file is as it was: no new backup at every try.
        if backup is not None:
            backup.unlink(missing_ok=True)
        raise
    finally:
        if engine is not db.engine:
            engine.dispose()
    db.refresh_statistics()
    log.info("database upgraded from %s to %s", current, SCHEMA_REVISION)
    return backup


def open_database(url: str, *, create: bool = False) -> Database:
    """The shop's database at `url`, upgraded to the current schema.

    A new shop is made only with `create` (`loyalty init`, the app's first start); a missing
    file, a damaged one or another program's database raise a health.DatabaseProblem, and
    nothing is written to them. A file noted as damaged opens for reading only.
    """
    path = sqlite_path(url)
    if path is not None:
        health.inspect_sqlite(path, create=create)
    db = Database(url)
    try:
        if path is None:
            _inspect_server(db, create=create)
        upgrade(db)
    except BaseException:
        db.dispose()
        raise
    if path is not None:
        db.damaged = health.damage_noted(path)
    return db


def check_openable(url: str) -> None:
    """Raise what opening the SQLite file at `url` would refuse (another program's file, a damaged
    or locked one, one upgraded by a newer version), reading only; a missing or empty file is
    fine, a new shop starts there. A server's URL is left to the connection test."""
    path = sqlite_path(url)
    if path is None or health.inspect_sqlite(path, create=True):
        return
    engine = create_engine(f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true")
    try:
        with engine.connect() as connection:
            current = _revision(connection)
            if current not in (None, SCHEMA_REVISION) and current not in known_revisions():
                _refuse_newer(connection, current)
    except OperationalError as error:
        if health.is_lock(error.orig):
            raise health.locked(path) from None
        raise
    finally:
        engine.dispose()


def _inspect_server(db: Database, *, create: bool) -> None:
    with db.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    where = db.engine.url.render_as_string(hide_password=True)
    if not tables and not create:
        raise health.NoDatabase("The database {where} holds no shop yet. To start a new shop there: "
                                "loyalty --db URL init", where=where)
    if tables and not health.OUR_TABLES <= tables:
        raise health.NotOurs("The database {where} belongs to another program, not a loyalty shop; nothing was "
                             "changed.", where=where)
