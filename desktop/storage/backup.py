"""Consistent copies of a SQLite database while the app runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop.core import clock
from desktop.core.errors import LoyaltyError
from desktop.storage.files import write_atomically


class BackupError(LoyaltyError):
    pass


def backup_sqlite(engine: Engine, target: Path, *, replace: bool = False) -> Path:
    """Copy the live database to `target` with SQLite's online backup API.

    The backup API copies a consistent snapshot even while other counters write. The copy
    is switched out of WAL mode, so it is one self-contained file that can be opened
    read-only (for checking it) without leaving -wal and -shm files beside it. It is written
    like every other output (storage.files): never over a database, whole or not at all.
    """
    def fill(scratch: Path) -> None:
        raw = engine.raw_connection()
        try:
            destination = sqlite3.connect(scratch)
            try:
                raw.driver_connection.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            raw.close()

    database = engine.url.database
    return write_atomically(target, fill, database=Path(database) if database else None, replace=replace)


def dated_path(folder: Path, stem: str, label: str, suffix: str = ".db") -> Path:
    """A file name in `folder` (created if need be) that says when and why it was made, and is
    not taken yet (`suffix` ".dump" for a PostgreSQL server's backups)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{stem}-{clock.now().astimezone():%Y%m%d-%H%M%S}-{label}"
    path, number = folder / f"{base}{suffix}", 1
    while path.exists():
        number += 1
        path = folder / f"{base}-{number}{suffix}"
    return path
