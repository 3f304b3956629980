"""Backups made from the app: the owner's backup to a chosen file, the daily backup on the PC
the owner chose (the last N kept), putting the latest back after damage, and when the database
was last backed up (kept in the database, so that every counter can show it)."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from desktop.core import clock
from desktop.services.context import Actor, audit, reads
from desktop.storage import daily_backup, health, server_backup
from desktop.storage.backup import backup_sqlite, dated_path
from desktop.storage.engine import Database, sqlite_path
from desktop.storage.models import Setting
from desktop.storage.paths import data_dir
from desktop.storage.restore import restore_sqlite

log = logging.getLogger(__name__)
_KEY = "backup.last"  # beside the programme's settings, which ignore keys they do not know


def check_may_restore(actor: Actor) -> None:
    """Putting a backup back replaces every counter's work since it was made: the owner's call."""
    actor.require_owner("Only the owner may restore a backup.")


def record_backup(db: Database, actor: Actor, made: Path, *, at: datetime | None = None) -> datetime:
    moment = at or clock.now()
    with db.write() as session:
        row = session.get(Setting, _KEY)
        value = json.dumps({"at": moment.isoformat(), "counter": actor.counter})
        if row is None:
            session.add(Setting(key=_KEY, value=value))
        else:
            row.value = value
        audit(session, actor, "database.backup", "database", made.name, None, {"at": moment.isoformat()})
    return moment


@reads
def last_backup(session: Session) -> datetime | None:
    row = session.get(Setting, _KEY)
    if row is None:
        return None
    try:
        return datetime.fromisoformat(json.loads(row.value)["at"])
    except (ValueError, KeyError, TypeError):
        return None


def backup_folder() -> Path:
    return data_dir() / "backups"


def suggested_backup(db: Database) -> Path:
    """The dated file Back up offers (a `.dump` of a server); its folder is made, so the file
    dialog opens there."""
    source = sqlite_path(db.url)
    if source is None:
        target = dated_path(backup_folder(), server_backup.database_name(db.url), "backup", server_backup.SUFFIX)
    else:
        target = dated_path(backup_folder(), source.stem, "backup")
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def back_up_to(db: Database, target: Path) -> Path:
    """SQLite's online copy of the file, or pg_dump's own format of a server; a database is never replaced."""
    if sqlite_path(db.url) is None:
        return server_backup.dump(db.url, target, replace=True)
    return backup_sqlite(db.engine, target, replace=True)


def daily_backup_if_due(db: Database, actor: Actor, *, keep: int) -> datetime | None:
    """The day's backup unless one was made today, keeping the last `keep`; when the last one was made."""
    last = last_backup(db)
    if last is None or last.astimezone().date() < clock.today():
        folder = backup_folder()
        daily = daily_backup.back_up(db, folder, daily_backup.DAILY)
        daily_backup.keep_last(db, folder, keep)
        last = record_backup(db, actor, daily)
        log.info("daily backup made: %s", daily.name)
    return last


def latest_backup_of(url: str) -> Path | None:
    """The newest backup of a SQLite file, to put back after damage."""
    path = sqlite_path(url)
    return health.latest_backup(path) if path is not None else None


def put_back(url: str, backup: Path) -> None:
    """Put `backup` back in place of the damaged file, which is kept in the backups folder."""
    path = sqlite_path(url)
    assert path is not None  # only a file is damaged this way
    db = Database(url)
    try:
        restore_sqlite(db, backup, backup_dir=health.backup_folders(path)[0])
    finally:
        db.dispose()
