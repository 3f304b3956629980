"""Backups made by the app itself: one function for a SQLite file and a server, and keeping the last N."""

from __future__ import annotations

from pathlib import Path

from desktop.storage import server_backup
from desktop.storage.backup import backup_sqlite, dated_path
from desktop.storage.engine import Database, sqlite_path

DAILY = "daily"


def _naming(db: Database) -> tuple[str, str]:
    path = sqlite_path(db.url)
    return (path.stem, ".db") if path is not None else (server_backup.database_name(db.url), server_backup.SUFFIX)


def back_up(db: Database, folder: Path, label: str) -> Path:
    """A dated backup in `folder`: SQLite's online copy of a file, pg_dump -Fc of a server."""
    stem, suffix = _naming(db)
    target = dated_path(folder, stem, label, suffix)
    return backup_sqlite(db.engine, target) if suffix == ".db" else server_backup.dump(db.url, target)


def keep_last(db: Database, folder: Path, keep: int, label: str = DAILY) -> list[Path]:
    """Delete all but the newest `keep` backups of this database with this label; returns those deleted.

    The names start with the date and time, so their order is their age.
    """
    stem, suffix = _naming(db)
    made = sorted(folder.glob(f"{stem}-[0-9]*-{label}*{suffix}"))
    gone = made[:-keep] if keep > 0 else []
    for path in gone:
        path.unlink()
    return gone
