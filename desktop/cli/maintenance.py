"""`loyalty init`, `loyalty backup` and `loyalty restore`: making the database, copying it (the SQLite
file, or pg_dump backups of a server) and putting a copy back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import identity
from desktop.cli.arguments import file_path
from desktop.cli.confirm import confirmed
from desktop.cli.lazy import lazy
from desktop.cli.output import add_force_option
from desktop.core import validation
from desktop.core.errors import ConflictError, NotFoundError
from desktop.core.kinds import Role
from desktop.storage.paths import data_dir

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

backup = lazy("desktop.storage.backup")
backups = lazy("desktop.services.backups")
staff = lazy("desktop.services.staff")
engines = lazy("desktop.storage.engine")
health = lazy("desktop.storage.health")
restore = lazy("desktop.storage.restore")
server_backup = lazy("desktop.storage.server_backup")


def register(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="start a new, empty shop database at --db (the only command that "
                                            "makes one, so a mistyped --db never starts an empty shop)")
    init.add_argument("--owner", metavar="NAME", help="also set up the shop's owner, who signs in with the PIN "
                                                      "asked twice (or $LOYALTY_PIN); without it the app does")
    init.set_defaults(handler=_init)

    make = commands.add_parser("backup", help="copy the database to a file, also while the app is in use")
    make.add_argument("--out", type=file_path, metavar="FILE",
                      help="the file to write (default: a dated file in the data folder's backups/)")
    add_force_option(make)
    make.set_defaults(handler=_backup)

    restore = commands.add_parser("restore", help="replace all data with a backup (the current data is kept "
                                                  "in the data folder's backups/ first)")
    restore.add_argument("file", type=file_path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=_restore)


def _init(args: argparse.Namespace, ctx: CommandContext) -> int:
    pin = None
    if args.owner is not None:  # name and PIN checked before the file is made
        validation.name(args.owner)
        pin = staff.validate_pin(identity.new_pin(args.owner), Role.OWNER)
    try:
        ctx.open()
    except health.NoDatabase:
        ctx.open(create=True)
    else:  # a shop set up without an owner (by an older `init`) may still get one here
        if pin is None or staff.all_staff(ctx.db):
            raise ConflictError("{where} holds a shop already; nothing was changed.", where=_where(ctx.url))
    if pin is None:
        print(f"Started a new shop database at {_where(ctx.url)}. Open the app on it to set up the owner, "
              f"or: loyalty --db {_where(ctx.url)} init --owner NAME")
        return 0
    member = staff.create_staff(ctx.db, None, args.owner, Role.OWNER, pin)
    print(f"Started a shop database at {_where(ctx.url)} with {member.name} as its owner.")
    return 0


def _where(url: str) -> str:
    return str(engines.sqlite_path(url) or engines.masked(url))


def _backups_dir() -> Path:
    return data_dir() / "backups"


def _database_file(url: str) -> Path:
    path = engines.sqlite_path(url)
    if path is None:
        raise backup.BackupError("Only a SQLite file or a PostgreSQL database can be backed up and restored.")
    return path


def _backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    if server_backup.is_server(ctx.url):
        name = server_backup.database_name(ctx.url)
        target = server_backup.dump(ctx.url, args.out or backup.dated_path(
            _backups_dir(), name, "backup", server_backup.SUFFIX), replace=args.force)
        print(f"Backed up the database {name} on {engines.server_name(ctx.url)} to {target}.")
        return 0
    path = _database_file(ctx.url)
    if not path.exists():
        raise NotFoundError("There is no database at {path}.", path=path)
    # Read-only first: opening an engine on another program's file would switch it to WAL.
    health.inspect_sqlite(path, create=False)
    target = args.out or backup.dated_path(_backups_dir(), path.stem, "backup")
    # Its own engine, not ctx.db: a backup copies the file as it is, without upgrading it first.
    engine = engines.make_engine(ctx.url)
    try:
        backup.backup_sqlite(engine, target, replace=args.force)
    finally:
        engine.dispose()
    print(f"Backed up {path} to {target}.")
    return 0


def _restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    if server_backup.is_server(ctx.url):
        return _restore_server(args, ctx)
    path = _database_file(ctx.url)
    restore.check_backup(args.file)
    _owner_may_restore(ctx)
    question = (f"Replace ALL data in {path} with the backup {args.file}? "
                f"The current data is kept in {_backups_dir()} first. Type yes: ")
    if not args.yes and not confirmed(question):
        print("loyalty: nothing restored (to restore without being asked, add --yes).", file=sys.stderr)
        return 1
    # Not ctx.db, which upgrades on opening: a database too damaged to upgrade can still be restored.
    db = engines.Database(ctx.url)
    try:
        restored = restore.restore_sqlite(db, args.file, backup_dir=_backups_dir())
    finally:
        db.dispose()
    upgraded = f", brought up to date from schema version {restored.revision}" if restored.upgraded else ""
    print(f"Restored {args.file} into {path}{upgraded}.")
    print(f"The data from before the restore is kept in {restored.safety_copy}.")
    return 0


def _owner_may_restore(ctx: CommandContext) -> None:
    """Only the owner restores (anyone into a shop without staff, which nobody could sign in to);
    but a file too damaged to open cannot say who the owner is, and its restore is offered to
    whoever is there, as the app does when it finds one at its start."""
    try:
        backups.check_may_restore(ctx.first_actor())
    except health.Damaged:
        pass
    ctx.close()  # the restore opens the file its own way; this connection must not hold it meanwhile


def _restore_server(args: argparse.Namespace, ctx: CommandContext) -> int:
    server_backup.backup_revision(args.file)
    _owner_may_restore(ctx)
    where = f"the database {server_backup.database_name(ctx.url)} on {engines.server_name(ctx.url)}"
    question = (f"Replace ALL data in {where} with the backup {args.file}? Close the app on every counter "
                f"first. The current data is kept in {_backups_dir()} first. Type yes: ")
    if not args.yes and not confirmed(question):
        print("loyalty: nothing restored (to restore without being asked, add --yes).", file=sys.stderr)
        return 1
    db = engines.Database(ctx.url)
    try:
        restored = server_backup.restore(db, args.file, backup_dir=_backups_dir())
    finally:
        db.dispose()
    upgraded = f", brought up to date from schema version {restored.revision}" if restored.upgraded else ""
    print(f"Restored {args.file} into {where}{upgraded}.")
    print(f"The data from before the restore is kept in {restored.safety_copy}.")
    return 0
