"""A counter's way to a PostgreSQL server: the URL without its password, the password in
the driver's own password file (pgpass), and a check that the server answers.

The URL a counter remembers, shows and logs never holds the password; libpq (and with it
pg_dump) reads it from the password file by itself: PGPASSFILE if set, else
%APPDATA%\\postgresql\\pgpass.conf on Windows, ~/.pgpass elsewhere (kept readable by this
user only, which libpq requires).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL

from desktop.core.errors import ValidationError
from desktop.storage.engine import make_engine


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    database: str
    user: str

    def url(self) -> str:
        """The URL without a password, as a counter remembers it."""
        return URL.create("postgresql+psycopg", username=self.user, host=self.host, port=self.port,
                          database=self.database).render_as_string(hide_password=False)

    def problems(self) -> list[ValidationError]:
        """Every field that is wrong, each naming its field."""
        found = []
        for field, value in (("host", self.host), ("database", self.database), ("user", self.user)):
            if not value.strip():
                found.append(ValidationError(field, "Fill this in."))
            elif any(c in value for c in ":\\\n"):
                found.append(ValidationError(field, "This cannot hold a colon, a backslash or a new line."))
        if not 1 <= self.port <= 65535:
            found.append(ValidationError("port", "The port is a number from 1 to 65535 (PostgreSQL's usual one is "
                                                 "5432)."))
        return found

    def checked(self) -> Server:
        problems = self.problems()
        if problems:
            raise problems[0]
        return Server(self.host.strip(), self.port, self.database.strip(), self.user.strip())


def password_file() -> Path:
    chosen = os.environ.get("PGPASSFILE")
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(server: Server, password: str) -> Path:
    """Write (or replace) this server's line in the password file; other lines stay as they are."""
    if "\n" in password:
        raise ValidationError("password", "The password cannot hold a new line.")
    path = password_file()
    key = ":".join(_escaped(v) for v in (server.host, str(server.port), server.database, server.user))
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key + ":")]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text("\n".join([*kept, f"{key}:{_escaped(password)}"]) + "\n", encoding="utf-8")
    partial.chmod(0o600)
    partial.replace(path)
    return path


def check_connection(url: str) -> None:
    """Connect once and ask a trivial question; raises a DatabaseError sentence if that fails."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()
