"""Is this SQLite file a sound loyalty database? Found out before anything is written to it.

Opening a file checks what is cheap on any size of shop (well under a second on the
100,000-customer demo shop): the file header, the length against the page count the header
gives, the schema, and whether the tables are ours. A full `PRAGMA quick_check` reads every
page (9-16 s on that shop, 834 MB), too slow for every start, so `loyalty check` and the
app's check after signing in run it, and every backup runs it on its copy (storage/backup.py);
`quick_check(ledger_entry)` alone still took 1.5 s of the 3.3 s (warm cache), too slow for
every write. Damage they find, or that SQLite reports while working, is noted in a file beside
the database (`shop.db-damaged`), and while that note is there
every write is refused and the app offers the restore of the latest backup.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.errors import LoyaltyError
from desktop.storage.files import SQLITE_HEADER
from desktop.storage.paths import data_dir

LOCK_WAIT_S = 5  # a migration at another counter takes its write lock only briefly
# Tables every loyalty database has had since the first schema.
OUR_TABLES = frozenset({"alembic_version", "customer", "ledger_entry"})
_DAMAGE_WORDS = ("malformed", "not a database", "disk image", "corrupt")


class DatabaseProblem(LoyaltyError):
    """The file cannot be opened as a shop; the message says what it is and what to do."""


class NoDatabase(DatabaseProblem):
    """Nothing there yet: a new shop is made only when asked."""


class NotOurs(DatabaseProblem):
    """Something else: another program's database, or not a database at all."""


class Damaged(DatabaseProblem):
    """A loyalty database that is damaged; the message names the latest backup."""


class Locked(DatabaseProblem):
    """Another program holds the file."""


def damage_note_path(database: Path) -> Path:
    return database.with_name(database.name + "-damaged")


def note_damage(database: Path, problem: str) -> None:
    try:
        damage_note_path(database).write_text(problem + "\n", encoding="utf-8")
    except OSError:  # a read-only folder: the refusal that brought us here still stands
        pass


def damage_noted(database: Path) -> str | None:
    try:
        return damage_note_path(database).read_text(encoding="utf-8").strip() or "damaged"
    except OSError:
        return None


def clear_damage(database: Path) -> None:
    damage_note_path(database).unlink(missing_ok=True)


def is_damage(error: BaseException) -> bool:
    return isinstance(error, sqlite3.DatabaseError) and any(word in str(error).lower() for word in _DAMAGE_WORDS)


def is_lock(error: BaseException) -> bool:
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error).lower()


def backup_folders(database: Path) -> tuple[Path, ...]:
    """Where backups of `database` are made: the data folder's, and the one beside an upgraded file."""
    return data_dir() / "backups", database.parent / "backups"


def latest_backup(database: Path) -> Path | None:
    """The newest backup of `database`, not counting the copies kept of what a restore replaced."""
    found = [file for folder in backup_folders(database) if folder.is_dir()
             for file in folder.glob(f"{database.stem}-*.db")
             if file.is_file() and "-before-restore" not in file.stem]
    return max(found, key=lambda file: file.stat().st_mtime, default=None)


def damaged(database: Path, problem: str) -> Damaged:
    """The refusal for a damaged file, saying how to put the latest backup back."""
    backup = latest_backup(database)
    if backup is None:
        return Damaged("The database {path} is damaged ({problem}). There is no backup of it in the data folder; "
                       "call for support before using it again.", path=database, problem=problem)
    return Damaged("The database {path} is damaged ({problem}). Restore the latest backup with: loyalty --db "
                   "{path} restore {backup}", path=database, problem=problem, backup=backup)


def locked(database: Path) -> Locked:
    return Locked("The database {path} is locked by another program; close that program and try again.",
                  path=database)


def not_ours(database: Path) -> NotOurs:
    return NotOurs("{path} is another program's database, not a loyalty database; nothing was changed. "
                   "Choose the shop's database file.", path=database)


def inspect_sqlite(database: Path, *, create: bool) -> bool:
    """Raise a DatabaseProblem unless `database` can be opened as a shop; True if it is new (no tables).

    Reads only: nothing is written to a file that is refused.
    """
    if not database.exists() or (database.is_file() and database.stat().st_size == 0):
        if create:
            return True
        raise NoDatabase("There is no shop database at {path}. To start a new shop there: loyalty --db {path} "
                         "init", path=database)
    if not database.is_file():
        raise NotOurs("{path} is a folder, not a database file.", path=database)
    with database.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise NotOurs("{path} is not a loyalty database (it is not a database file at all); nothing was changed.",
                      path=database)
    if len(header) < 100:
        raise damaged(database, "the file is cut short")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages, change_counter, valid_for = (int.from_bytes(header[i:i + 4], "big") for i in (28, 24, 92))
    if page_size and pages and change_counter == valid_for and database.stat().st_size < pages * page_size:
        raise damaged(database, "the file is cut short")
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_lock(error):
            raise locked(database) from None
        raise damaged(database, str(error)) from None
    if not tables:
        if create:
            return True
        raise NoDatabase("{path} holds no shop yet. To start a new shop there: loyalty --db {path} init",
                         path=database)
    if not OUR_TABLES <= tables:
        raise not_ours(database)
    return False


def quick_check(database: Path) -> str | None:
    """SQLite's quick_check over every page: the first problem (noted beside the file), or None."""
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
        try:
            problem = first_problem(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_lock(error):  # busy at another counter: the next start checks again
            return None
        problem = str(error)
    if problem is not None:
        note_damage(database, problem)
    return problem


def first_problem(connection: sqlite3.Connection) -> str | None:
    """The first problem SQLite's quick_check finds in the database of `connection`, or None."""
    try:
        results = [row[0] for row in connection.execute("PRAGMA quick_check(1)")]
    except sqlite3.DatabaseError as error:
        if is_lock(error):
            raise
        return str(error)
    return None if results == ["ok"] else results[0]
