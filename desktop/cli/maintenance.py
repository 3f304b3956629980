"""`loyalty backup` and `loyalty restore`: copies of the SQLite database file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.cli.context import CommandContext
from desktop.core.errors import NotFoundError
from desktop.storage import backup, restore
from desktop.storage.engine import Database, make_engine, sqlite_path
from desktop.storage.paths import data_dir


def register(commands: argparse._SubParsersAction) -> None:
    make = commands.add_parser("backup", help="copy the database to a file, also while the app is in use")
    make.add_argument("--out", type=Path, metavar="FILE",
                      help="the file to write (default: a dated file in the data folder's backups/)")
    make.set_defaults(handler=_backup)

    restore = commands.add_parser("restore", help="replace all data with a backup (the current data is kept "
                                                  "in the data folder's backups/ first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=_restore)


def _backups_dir() -> Path:
    return data_dir() / "backups"


def _database_file(url: str, postgresql_hint: str) -> Path:
    path = sqlite_path(url)
    if path is not None:
        return path
    if make_url(url).get_backend_name() == "postgresql":
        raise backup.BackupError("This database is on a PostgreSQL server: {postgresql_hint}",
                                 postgresql_hint=postgresql_hint)
    raise backup.BackupError("Only a SQLite database file can be backed up and restored this way.")


def _backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = _database_file(ctx.url, "make a backup with pg_dump (for example: pg_dump -Fc -f shop.dump shop).")
    if not path.exists():
        raise NotFoundError("There is no database at {path}.", path=path)
    target = args.out or backup.dated_path(_backups_dir(), path.stem, "backup")
    # Its own engine, not ctx.db: a backup copies the file as it is, without upgrading it first.
    engine = make_engine(ctx.url)
    try:
        backup.backup_sqlite(engine, target)
    finally:
        engine.dispose()
    print(f"Backed up {path} to {target}.")
    return 0


def _restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = _database_file(ctx.url, "restore a pg_dump backup with pg_restore.")
    restore.check_backup(args.file)
    question = (f"Replace ALL data in {path} with the backup {args.file}? "
                f"The current data is kept in {_backups_dir()} first. Type yes: ")
    if not args.yes and not _confirmed(question):
        print("loyalty: nothing restored (to restore without being asked, add --yes).", file=sys.stderr)
        return 1
    # Not ctx.db, which upgrades on opening: a database too damaged to upgrade can still be restored.
    db = Database(ctx.url)
    try:
        restored = restore.restore_sqlite(db, args.file, backup_dir=_backups_dir())
    finally:
        db.dispose()
    upgraded = f", brought up to date from schema version {restored.revision}" if restored.upgraded else ""
    print(f"Restored {args.file} into {path}{upgraded}.")
    print(f"The data from before the restore is kept in {restored.safety_copy}.")
    return 0


def _confirmed(question: str) -> bool:
    """Only a person at a terminal can confirm; a script or a pipe needs --yes."""
    if sys.stdin is None or not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().casefold() in ("yes", "ja")
    except EOFError:
        return False
