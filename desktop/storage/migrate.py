"""Bring a database to the current schema at start-up, after backing up the file."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import inspect, text

from desktop.storage.backup import backup_sqlite, dated_path
from desktop.storage.engine import Database, make_engine, sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")

# The newest migration, so that starting on an up-to-date database does not load Alembic
# (a second at start-up on a counter PC); a test keeps it equal to the migrations' head.
SCHEMA_REVISION = "0008"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision in the migrations folder, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to the newest schema; returns the backup made first, if any.

    A SQLite file that already holds data is copied to `backup_dir` before anything
    changes. The migration runs on its own connection with foreign keys off, set outside
    its transaction because SQLite ignores that pragma inside one.
    """
    current = current_revision(db)
    if current == SCHEMA_REVISION:
        return None
    from alembic import command

    backup = None
    path = sqlite_path(db.url)
    if current is not None and path is not None:
        folder = backup_dir or path.parent / "backups"
        backup = backup_sqlite(db.engine, dated_path(folder, path.stem, f"before-upgrade-from-{current}"))
        log.info("backed up %s to %s before upgrading", path, backup)
    engine = make_engine(db.url, foreign_keys=False) if path is not None else db.engine
    try:
        config = alembic_config()
        with engine.execution_options(loyalty_write=True).connect() as connection:
            if connection.dialect.name != "sqlite":
                # Rebuilding a large shop's tables may take minutes: no counter timeouts here.
                connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
                connection.exec_driver_sql("SET LOCAL lock_timeout = 0")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
    finally:
        if engine is not db.engine:
            engine.dispose()
    db.refresh_statistics()
    log.info("database upgraded from %s to %s", current, SCHEMA_REVISION)
    return backup


def open_database(url: str) -> Database:
    """The database at `url`, upgraded to the current schema (created if new)."""
    db = Database(url)
    upgrade(db)
    return db
