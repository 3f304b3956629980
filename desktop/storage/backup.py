"""Consistent copies of a SQLite database while the app runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop.core import clock
from desktop.core.errors import LoyaltyError


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
        raise BackupError("{target} exists already; choose another file name.", target=target)
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


def dated_path(folder: Path, stem: str, label: str, suffix: str = ".db") -> Path:
    """A file name in `folder` that says when and why it was made, and is not taken yet
    (`suffix` ".dump" for a PostgreSQL server's backups)."""
    base = f"{stem}-{clock.now().astimezone():%Y%m%d-%H%M%S}-{label}"
    path, number = folder / f"{base}{suffix}", 1
    while path.exists():
        number += 1
        path = folder / f"{base}-{number}{suffix}"
    return path
