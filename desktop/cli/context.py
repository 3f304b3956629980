"""What a command needs: the database, opened (and upgraded) on first use."""

from __future__ import annotations

from desktop.services.context import Actor
from desktop.storage.engine import Database
from desktop.storage.migrate import open_database
from desktop.storage.paths import database_url


class CommandContext:
    def __init__(self, db_option: str | None) -> None:
        self.url = database_url(db_option)
        self.actor = Actor.command_line()
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self.url)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
