"""What a command needs: the database, opened (and upgraded) on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.cli.lazy import lazy
from desktop.storage.paths import database_url

if TYPE_CHECKING:
    from desktop.storage.engine import Database

# Command modules import this one for their type hints: it must not load the database side.
services_context = lazy("desktop.services.context")
migrate = lazy("desktop.storage.migrate")


class CommandContext:
    def __init__(self, db_option: str | None) -> None:
        self.url = database_url(db_option)
        self.actor = services_context.Actor.command_line()
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        return self.open()

    def open(self, *, create: bool = False) -> Database:
        """The shop's database; a new one only with `create` (init, demo): a typo never starts an empty shop."""
        if self._db is None:
            self._db = migrate.open_database(self.url, create=create)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
