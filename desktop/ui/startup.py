"""Opening the database while the sign-in is already on the screen.

Most of the start-up time is importing SQLAlchemy and SQLModel, not Qt. The app remembers
(per database) the shop's name and who can sign in, shows the sign-in from that at once,
and imports and opens the database on a worker thread (desktop/ui/tasks.py) while the person picks their
name and types a PIN. The list is refreshed from the database as soon as it is open; a
first start on a PC waits for the database instead.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from desktop.ui import pc_settings
from desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from desktop.services.database import Database


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str


@dataclass(frozen=True)
class Remembered:
    shop_name: str
    people: tuple[Person, ...]


class Startup(QObject):
    """Imports the app's database side and opens the database on a worker thread."""

    sig_done = Signal()

    def __init__(self, url: str, *, create: bool = False) -> None:
        super().__init__()
        self.url = url
        self.create = create  # a new shop may be started (the first start's set-up follows)
        self.db: Database | None = None
        self.seen: Remembered | None = None  # who can sign in, read with the opening
        self.error: BaseException | None = None
        self.done = False
        self._ended = threading.Event()  # for a worker thread that needs the database: see opened()
        self._runner = Runner(self)

    def start(self) -> None:
        self._runner.run(self._open, self._opened, self._failed)

    def _open(self) -> tuple[Database, Remembered]:  # on the worker thread
        import desktop.ui.main_window  # noqa: F401  (its imports are most of the start-up time)
        from desktop.services.database import open_database

        db = open_database(self.url, create=self.create)
        return db, current(db)

    def _opened(self, opened: tuple[Database, Remembered]) -> None:
        self.db, self.seen = opened
        self._finish()

    def _failed(self, error: BaseException) -> None:  # shown by the start as a sentence
        self.error = error
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self._ended.set()
        self.sig_done.emit()

    def wait(self) -> Database:
        """The open database; keeps the windows painted while waiting (the start has no window
        of its own to go back to yet); raises what went wrong."""
        if not self.done:
            self._runner.wait()
        if self.error is not None:
            raise self.error
        assert self.db is not None
        return self.db

    def opened(self) -> Database:
        """On a worker thread (the sign-in's PIN check): the open database once it is, raising
        what went wrong. The UI thread, free meanwhile, finishes the opening."""
        self._ended.wait()
        if self.error is not None:
            raise self.error
        assert self.db is not None
        return self.db


def current(db: Database) -> Remembered:
    """The shop's name and who can sign in, read from the database."""
    from desktop.services import staff
    from desktop.services.settings import load_settings

    shop_name = load_settings(db).shop_name
    people = tuple(Person(m.id, m.name, m.role) for m in staff.active_staff(db))
    return Remembered(shop_name, people)


def remembered(settings: QSettings, url: str) -> Remembered | None:
    """What the last start on this PC saw of this database, if anything."""
    try:
        stored = json.loads(pc_settings.REMEMBERED_SIGN_IN.get(settings) or "{}")
        if stored.get("url") != url or not stored.get("people"):
            return None
        return Remembered(stored["shop_name"], tuple(Person(*person) for person in stored["people"]))
    except (ValueError, TypeError, KeyError):  # an old or hand-edited value: start as if new
        return None


def remember(settings: QSettings, url: str, seen: Remembered) -> None:
    people = [[p.id, p.name, p.role] for p in seen.people]
    pc_settings.REMEMBERED_SIGN_IN.put(settings, json.dumps({"url": url, "shop_name": seen.shop_name,
                                                             "people": people}))
