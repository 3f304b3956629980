"""Writing the files the product makes (PDFs, JSON, CSV, backups) without ever destroying data.

One rule for every writer: never the database in use (nor its -wal, -shm or -journal file),
never any SQLite database, an existing file only when the person asked to replace it, and
atomically: the data goes to a new file beside the target, which then takes its name, so
a crash or a full disk leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import ConflictError, LoyaltyError

SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutputError(LoyaltyError):
    """The file cannot be written where asked; the message says why."""


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_target(target: Path, *, database: Path | None = None, replace: bool = False) -> Path:
    """The absolute path to write, or an OutputError/ConflictError saying why not."""
    path = Path(os.path.abspath(target.expanduser()))
    if database is not None:
        live = Path(os.path.abspath(database))
        if any(path == live.with_name(live.name + suffix) for suffix in _COMPANIONS) or (
                path.exists() and live.exists() and path.samefile(live)):
            raise OutputError("{path} is the shop's database; write to another file.", path=target)
    if path.is_dir():
        raise OutputError("{path} is a folder; give a file name.", path=target)
    if not path.parent.is_dir():
        raise OutputError("The folder {folder} does not exist; create it first or choose another.",
                          folder=path.parent)
    if path.exists():
        if is_sqlite_file(path):
            raise OutputError("{path} is a database; it is never replaced. Write to another file.", path=target)
        if not replace:
            raise ConflictError("{path} exists already; choose another file name, or add --force to replace it.",
                                path=target)
    return path


def write_atomically(target: Path, fill: Callable[[Path], None], *, database: Path | None = None,
                     replace: bool = False) -> Path:
    """Check `target`, let `fill` write a new file beside it, then give that file the target's name."""
    path = check_target(target, database=database, replace=replace)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(handle)
    scratch = Path(temporary)
    os.chmod(scratch, 0o666 & ~_umask())  # mkstemp makes it owner-only; an output file gets the usual rights
    try:
        fill(scratch)
        with scratch.open("rb+") as written:
            os.fsync(written.fileno())
        if replace:
            os.replace(scratch, path)
        else:
            # A hard link never overwrites: if the name was taken meanwhile, nothing is replaced.
            try:
                os.link(scratch, path)
            except FileExistsError:
                raise ConflictError("{path} exists already; choose another file name, or add --force to replace it.",
                                    path=target) from None
            except OSError:  # a file system without hard links (FAT on a USB stick)
                if path.exists():
                    raise ConflictError("{path} exists already; choose another file name, or add --force to "
                                        "replace it.", path=target) from None
                os.replace(scratch, path)
    except OSError as error:
        raise OutputError("{path} cannot be written: {reason}.", path=target,
                          reason=error.strerror or str(error)) from None
    finally:
        scratch.unlink(missing_ok=True)
    return path


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_bytes(target: Path, data: bytes, *, database: Path | None = None, replace: bool = False) -> Path:
    return write_atomically(target, lambda scratch: scratch.write_bytes(data), database=database, replace=replace)
