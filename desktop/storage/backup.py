"""Consistent copies of a SQLite database while the app runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop.core import clock
from desktop.core.errors import LoyaltyError
from desktop.storage import health
from desktop.storage.files import write_atomically


class BackupError(LoyaltyError):
    pass


def backup_sqlite(engine: Engine, target: Path, *, replace: bool = False, verify: bool = True) -> Path:
    """Copy the live database to `target` with SQLite's online backup API.

    The backup API copies a consistent snapshot even while other counters write. The copy
    is switched out of WAL mode, so it is one self-contained file that can be opened
    read-only (for checking it) without leaving -wal and -shm files beside it. It is written
    like every other output (storage.files): never over a database, whole or not at all.

    With `verify` the copy gets SQLite's quick_check before it takes the target's name (as
    long again as the copy: 3.7 s beside 3.6 s on the 100,000-customer shop). The backup API
    copies pages as they are, so a damaged database gave a damaged backup that then became
    "the latest backup" a restore is pointed to; now it is refused and the damage noted.
    Only the safety copy a restore keeps of what it replaces is made without.
    """
    database = Path(engine.url.database) if engine.url.database else None

    def fill(scratch: Path) -> None:
        raw = engine.raw_connection()
        try:
            destination = sqlite3.connect(scratch)
            try:
                raw.driver_connection.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
                problem = health.first_problem(destination) if verify else None
            finally:
                destination.close()
        finally:
            raw.close()
        if problem is not None and database is not None:
            health.note_damage(database, problem)
            raise health.damaged(database, problem)

    return write_atomically(target, fill, database=database, replace=replace)



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
