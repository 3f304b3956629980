"""Putting a backup back: check that it is one of ours, keep the current data, copy it in, upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import LoyaltyError
from desktop.storage import health
from desktop.storage.backup import BackupError, backup_sqlite, dated_path
from desktop.storage.engine import BUSY_TIMEOUT_MS, Database, sqlite_path
from desktop.storage.files import write_atomically
from desktop.storage.migrate import SCHEMA_REVISION, known_revisions, upgrade

_SQLITE_HEADER = b"SQLite format 3\x00"


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_backup(path: Path) -> str:
    """The schema revision of the backup at `path`; raises a BackupError if it cannot be restored."""
    if not path.is_file():
        raise BackupError("There is no backup file {path}.", path=path)
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise BackupError("{path} is not a backup of this program: it is not a SQLite database file.", path=path)
    try:
        connection = _open_read_only(path)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BackupError("{path} is damaged ({problem}); choose another backup.",
                                  path=path, problem=problems[0])
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupError("{path} is damaged or not a database ({error}); choose another backup.",
                          path=path, error=error) from None
    if revision is None:
        raise BackupError("{path} is not a backup of this program: it has no schema version.", path=path)
    if revision[0] not in known_revisions():
        raise BackupError("{path} has schema version '{revision}', which this program does not know: it was "
                          "made by a newer version (update this program first) or by another program.",
                          path=path, revision=revision[0])
    return revision[0]


@dataclass(frozen=True)
class Restored:
    revision: str  # the backup's schema revision, before it was brought up to date
    upgraded: bool  # the backup was older than this program's schema
    safety_copy: Path  # the data as it was before the restore


def restore_sqlite(db: Database, source: Path, *, backup_dir: Path) -> Restored:
    """Replace everything in `db` with the backup `source`, then bring it up to the current schema.

    The current data is copied to `backup_dir` first (the file itself when it is too damaged
    to read through). The backup is copied in with SQLite's backup API, so other connections
    and the WAL file see one ordinary write, and nothing changes if the copy fails.
    """
    path = sqlite_path(db.url)
    if path is None:
        raise BackupError("Only a SQLite database can be restored from a backup file.")
    if path.exists() and source.resolve() == path.resolve():
        raise BackupError("{source} is the database itself; choose a backup file.", source=source)
    revision = check_backup(source)
    safety = dated_path(backup_dir, path.stem, "before-restore")
    try:
        backup_sqlite(db.engine, safety, verify=False)  # what is replaced is kept as it is, damage and all
    except (sqlite3.Error, health.Damaged):
        # Too damaged for SQLite to read through: keep the file itself, as it is.
        try:
            write_atomically(safety, lambda scratch: shutil.copyfile(path, scratch), database=path)
        except (OSError, LoyaltyError) as error:
            raise BackupError("The current database cannot be copied first ({error}), so it is not replaced; "
                              "move {path} somewhere else and restore again.", error=error, path=path) from None
    incoming = _open_read_only(source)
    try:
        # A plain connection, not the engine's: the engine's set-up reads the schema, which
        # may be what is damaged. Other connections still see one ordinary write.
        destination = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            incoming.backup(destination)
        except sqlite3.Error as error:
            raise BackupError("The backup could not be restored ({error}); close the app on every counter "
                              "and try again. Nothing was changed.", error=error) from None
        finally:
            destination.close()
    finally:
        incoming.close()
    upgrade(db, backup_dir=backup_dir)
    health.clear_damage(path)
    db.damaged = None
    return Restored(revision=revision, upgraded=revision != SCHEMA_REVISION, safety_copy=safety)
