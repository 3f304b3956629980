"""Consistent copies of a SQLite database while the app runs, and restoring one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop.core.errors import LoyaltyError


class BackupError(LoyaltyError):
    pass


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy the live database to `target` with SQLite's online backup API.

    The backup API copies a consistent snapshot even while other counters write.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise BackupError(f"{target} exists already; choose another file name.")
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)
        finally:
            destination.close()
    finally:
        raw.close()
    return target
