"""Consistent copies of a SQLite database while the app runs, and restoring one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.core import clock
from desktop.core.errors import LoyaltyError
from desktop.storage.engine import Database, sqlite_path

_SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(LoyaltyError):
    pass


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy the live database to `target` with SQLite's online backup API.

    The backup API copies a consistent snapshot even while other counters write. The copy
    is switched out of WAL mode, so it is one self-contained file that can be opened
    read-only (for checking it) without leaving -wal and -shm files beside it.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise BackupError(f"{target} exists already; choose another file name.")
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        raw.close()
    return target


def dated_path(folder: Path, stem: str, label: str) -> Path:
    """A file name in `folder` that says when and why it was made, and is not taken yet."""
    base = f"{stem}-{clock.now().astimezone():%Y%m%d-%H%M%S}-{label}"
    path, number = folder / f"{base}.db", 1
    while path.exists():
        number += 1
        path = folder / f"{base}-{number}.db"
    return path


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def known_revisions() -> set[str]:
    """Every schema revision this program knows, so can bring up to date."""
    from desktop.storage.migrate import alembic_config  # migrate imports this module

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_backup(path: Path) -> str:
    """The schema revision of the backup at `path`; raises a BackupError if it cannot be restored."""
    if not path.is_file():
        raise BackupError(f"There is no backup file {path}.")
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise BackupError(f"{path} is not a backup of this program: it is not a SQLite database file.")
    try:
        connection = _open_read_only(path)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BackupError(f"{path} is damaged ({problems[0]}); choose another backup.")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is damaged or not a database ({error}); choose another backup.") from None
    if revision is None:
        raise BackupError(f"{path} is not a backup of this program: it has no schema version.")
    if revision[0] not in known_revisions():
        raise BackupError(f"{path} has schema version '{revision[0]}', which this program does not know: "
                          "it was made by a newer version (update this program first) or by another program.")
    return revision[0]


@dataclass(frozen=True)
class Restored:
    revision: str  # the backup's schema revision, before it was brought up to date
    upgraded: bool  # the backup was older than this program's schema
    safety_copy: Path  # the data as it was before the restore


def restore_sqlite(db: Database, source: Path, *, backup_dir: Path) -> Restored:
    """Replace everything in `db` with the backup `source`, then bring it up to the current schema.

    The current data is copied to `backup_dir` first. The backup is copied in through the
    live database's own connection (SQLite's backup API), so other connections and the
    WAL file see one ordinary write, and nothing changes if the copy fails.
    """
    from desktop.storage.migrate import head_revision, upgrade  # migrate imports this module

    path = sqlite_path(db.url)
    if path is None:
        raise BackupError("Only a SQLite database can be restored from a backup file.")
    if path.exists() and source.resolve() == path.resolve():
        raise BackupError(f"{source} is the database itself; choose a backup file.")
    revision = check_backup(source)
    try:
        safety = backup_sqlite(db.engine, dated_path(backup_dir, path.stem, "before-restore"))
    except sqlite3.Error as error:
        raise BackupError(f"The current database cannot be copied first ({error}), so it is not replaced; "
                          f"move {path} somewhere else and restore again.") from None
    incoming = _open_read_only(source)
    try:
        raw = db.engine.raw_connection()
        try:
            incoming.backup(raw.driver_connection)
        except sqlite3.Error as error:
            raise BackupError(f"The backup could not be restored ({error}); close the app on every "
                              "counter and try again. Nothing was changed.") from None
        finally:
            raw.close()
    finally:
        incoming.close()
    upgrade(db, backup_dir=backup_dir)
    return Restored(revision=revision, upgraded=revision != head_revision(), safety_copy=safety)
