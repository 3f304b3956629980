"""The database as the app sees it: the handle the screens pass to services, and what the app
itself does with its choice of database — open it at start, test a server, write a file the
person chose, look for damage, follow other counters' changes. The UI imports these from here,
never from desktop.storage, so the layers keep their direction.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url

from desktop.storage import files, health
from desktop.storage.changes import ChangeFeed
from desktop.storage.engine import Database, masked, sqlite_path
from desktop.storage.migrate import check_openable, open_database
from desktop.storage.server_login import Server, check_connection, remember_password

__all__ = ["ChangeFeed", "Database", "Server", "check_connection", "check_openable", "masked", "open_database",
           "quick_check", "remember_password", "server_of", "sqlite_path", "url_with_password", "write_file"]

def server_of(url: str) -> Server | None:
    """The server a URL names (None for a SQLite file), for the fields of Shop → Database…."""
    if sqlite_path(url) is not None:
        return None
    parsed = make_url(url)
    return Server(parsed.host or "", parsed.port or 5432, parsed.database or "", parsed.username or "")


def url_with_password(server: Server, password: str) -> str:
    """The URL to try a connection with what was typed (never remembered or shown)."""
    return URL.create("postgresql+psycopg", username=server.user, password=password, host=server.host,
                      port=server.port, database=server.database).render_as_string(hide_password=False)


def write_file(path: Path, data: bytes) -> Path:
    """A file the person chose (a PDF): written whole or not at all, never over a database."""
    return files.write_bytes(path, data, replace=True)


def quick_check(url: str) -> str | None:
    """The full check of a SQLite file (seconds on a large shop): the damage found, or None."""
    path = sqlite_path(url)
    return health.quick_check(path) if path is not None else None
