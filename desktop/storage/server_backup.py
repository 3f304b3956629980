"""Backups of a PostgreSQL server's database with PostgreSQL's own tools (pg_dump, pg_restore, psql).

The tools come with the PostgreSQL client (on the server PC, or installed on a counter);
they are found in LOYALTY_PG_BIN, else on PATH. The password, if the URL has one, goes
to them in their environment (PGPASSWORD), never on a command line another user could read.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.storage.backup import BackupError, dated_path
from desktop.storage.engine import CONNECT_TIMEOUT_S, Database
from desktop.storage.files import write_atomically
from desktop.storage.migrate import SCHEMA_REVISION, known_revisions, upgrade

log = logging.getLogger(__name__)
TOOLS_SETTING = "LOYALTY_PG_BIN"
SUFFIX = ".dump"


def is_server(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def database_name(url: str) -> str:
    return make_url(url).database or "shop"


def _tool(name: str) -> str:
    folder = os.environ.get(TOOLS_SETTING)
    found = shutil.which(name, path=folder) if folder else shutil.which(name)
    if found is None:
        raise BackupError("{tool} was not found on this PC. Install the PostgreSQL client tools, or set "
                          "LOYALTY_PG_BIN to the folder that holds {tool}.", tool=name)
    return found


def _environment(url: str) -> dict[str, str]:
    parsed = make_url(url)
    settings = {"PGHOST": parsed.host, "PGPORT": parsed.port, "PGUSER": parsed.username,
                "PGPASSWORD": parsed.password, "PGDATABASE": parsed.database}
    return {**os.environ, "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S),
            **{key: str(value) for key, value in settings.items() if value}}


def _run(url: str, command: list[str], *, restoring: bool) -> None:
    done = subprocess.run(command, env=_environment(url), capture_output=True, text=True)
    if done.returncode == 0:
        return
    problem = (done.stderr.strip().splitlines() or ["no message"])[-1]
    log.error("%s failed (%s): %s", command[0], done.returncode, done.stderr.strip())
    if restoring:
        raise BackupError("The restore did not work, so the data is as it was: {problem}", problem=problem)
    raise BackupError("The backup did not work: {problem}", problem=problem)


def dump(url: str, target: Path, *, replace: bool = False) -> Path:
    """The whole database into `target`, in pg_dump's compressed custom format (-Fc).

    Written like every output (storage.files): beside the target first and renamed when
    complete, so a failed backup never leaves a file that looks like one; never over a database.
    """
    return write_atomically(target, lambda scratch: _run(url, [_tool("pg_dump"), "-Fc", "--no-owner", "-f",
                                                                str(scratch)], restoring=False), replace=replace)


def backup_revision(source: Path) -> str:
    """The schema revision inside a pg_dump backup; raises a BackupError if it is not one of ours."""
    if not source.is_file():
        raise BackupError("There is no backup file {path}.", path=source)
    listing = subprocess.run([_tool("pg_restore"), "--data-only", "--table=alembic_version", "-f", "-",
                              str(source)], capture_output=True, text=True)
    if listing.returncode != 0:
        raise BackupError("{path} is not a backup of a PostgreSQL database (made with pg_dump -Fc).", path=source)
    lines = listing.stdout.splitlines()
    copy = next((n for n, line in enumerate(lines) if line.startswith("COPY ") and "alembic_version" in line), None)
    if copy is None or copy + 1 >= len(lines) or lines[copy + 1] == "\\.":
        raise BackupError("{path} is not a backup of this program: it has no schema version.", path=source)
    revision = lines[copy + 1].strip()
    if revision not in known_revisions():
        raise BackupError("{path} has schema version '{revision}', which this program does not know: it was "
                          "made by a newer version (update this program first) or by another program.",
                          path=source, revision=revision)
    return revision


@dataclass(frozen=True)
class ServerRestored:
    revision: str
    upgraded: bool
    safety_copy: Path


def restore(db: Database, source: Path, *, backup_dir: Path) -> ServerRestored:
    """Replace everything in the server's database with the backup `source`, then upgrade it.

    The current data is dumped to `backup_dir` first. Emptying the database and loading the
    backup run in one transaction (psql --single-transaction), so a restore that fails
    halfway leaves the data as it was.
    """
    revision = backup_revision(source)
    safety = dump(db.url, dated_path(backup_dir, database_name(db.url), "before-restore", SUFFIX))
    db.engine.dispose()  # this program's own idle connections would hold the tables
    with tempfile.TemporaryDirectory(prefix="loyalty-restore-") as scratch:
        script = Path(scratch) / "restore.sql"
        _run(db.url, [_tool("pg_restore"), "--no-owner", "--no-privileges", "-f", str(script), str(source)],
             restoring=True)
        _run(db.url, [_tool("psql"), "--no-psqlrc", "--quiet", "--single-transaction", "-v", "ON_ERROR_STOP=1",
                      "-c", "DROP SCHEMA public CASCADE", "-c", "CREATE SCHEMA public", "-f", str(script)],
             restoring=True)
    upgrade(db, backup_dir=backup_dir)
    return ServerRestored(revision=revision, upgraded=revision != SCHEMA_REVISION, safety_copy=safety)
