"""What a command needs: the database, opened (and upgraded) on first use, and who runs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.cli import identity
from desktop.cli.lazy import lazy
from desktop.core.kinds import Role
from desktop.storage.paths import database_url

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.storage.engine import Database

# Command modules import this one for their type hints: it must not load the database side.
services_context = lazy("desktop.services.context")
migrate = lazy("desktop.storage.migrate")
staff = lazy("desktop.services.staff")


class CommandContext:
    def __init__(self, db_option: str | None, as_staff: str | None = None) -> None:
        self.url = database_url(db_option)
        self.as_staff = as_staff
        self._actor: Actor | None = None
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        return self.open()

    @property
    def actor(self) -> Actor:
        """The staff member running a command that changes data, signed in with their PIN on first use.

        Only such commands ask: reading commands never touch this, so they run without a PIN.
        """
        if self._actor is None:
            self.db.refuse_if_damaged()  # before the PIN is asked: the write would be refused anyway
            self._actor = identity.sign_in(self.db, self.as_staff)
        return self._actor

    def first_actor(self) -> Actor:
        """A shop without staff has nobody to sign in (as the app's first start): the set-up
        acts as owner there; once anyone can sign in, only they can."""
        if staff.all_staff(self.db):
            return self.actor
        return services_context.Actor.set_up()

    @staticmethod
    def scheduled_actor(task: str) -> Actor:
        """A task that books by the programme's rules alone (expiry), the same whoever starts it:
        a scheduled script runs it without a PIN, and it may do nothing only an owner may."""
        return services_context.Actor(name=f"command line ({task})", role=Role.STAFF)

    def open(self, *, create: bool = False) -> Database:
        """The shop's database; a new one only with `create` (init, demo): a typo never starts an empty shop."""
        if self._db is None:
            self._db = migrate.open_database(self.url, create=create)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
