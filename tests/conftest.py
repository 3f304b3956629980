"""Shared fixtures: a fresh, migrated database per test, on SQLite and (when set up) PostgreSQL."""

from __future__ import annotations

import os
import struct
import uuid
import zlib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # GUI tests never need a screen
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.core.kinds import Role
from desktop.services.context import Actor
from desktop.storage.engine import Database
from desktop.storage.migrate import open_database

PG_URL = os.environ.get("LOYALTY_TEST_PG_URL")
OWNER_NAME, OWNER_PIN = "Marieke Jansen", "111111"  # the demo shop's owner (desktop/demo/simulator.py)


@pytest.fixture(autouse=True)
def _own_settings_and_data(tmp_path_factory, monkeypatch) -> None:
    """Every test gets a settings and a data folder of its own: none reads or writes the
    user's (a user who chose Dutch must not turn English assertions Dutch)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    # Logs, backups and the default database of every test go to a folder of its own.
    monkeypatch.setenv("LOYALTY_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("LOYALTY_DB", raising=False)
    # Commands that change data run as the demo shop's owner (the `loyalty` fixture's shop has
    # the same one); tests of the command line's identity take these away or set their own.
    monkeypatch.setenv("LOYALTY_STAFF", OWNER_NAME)
    monkeypatch.setenv("LOYALTY_PIN", OWNER_PIN)
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))  # for child processes (test_app_start)
    # QSettings() as the app makes it (same names), but in files under `config`; INI files
    # everywhere, so Windows' registry is not touched either.
    QCoreApplication.setOrganizationName("Loyalty")
    QCoreApplication.setApplicationName("Loyalty")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for form in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(form, scope, str(config / scope.name))


_garbage: list = []  # the session's UiThreadGarbage, once a test made the application


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application as the app sets it up: speaking English with the English plural
    forms ("1 visit", "2 visits") installed, and Python's garbage collected on this thread only
    (a Qt object freed on a worker thread crashes the process, as it would the app)."""
    from desktop.ui import i18n
    from desktop.ui.tasks import UiThreadGarbage

    i18n.install_translator(qapp, "en")
    _garbage.append(UiThreadGarbage(qapp))
    return qapp


@pytest.fixture(autouse=True)
def _garbage_between_tests() -> Iterator[None]:
    """With automatic collection off, a test that never runs the event loop still has its
    garbage collected afterwards, on this thread."""
    yield
    for collector in _garbage:
        collector.collect()


class ScannerClock:
    """Time as the scanner sees it: a person waits between keys, a scanner does not."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return ScannerClock()


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    """A migrated SQLite file in tmp_path."""
    database = open_database(f"sqlite:///{tmp_path / 'shop.db'}", create=True)
    yield database
    database.dispose()


def _fresh_pg_database() -> Iterator[str]:
    url = make_url(PG_URL)
    name = f"loyalty_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    """The URL of an empty database: a SQLite file, and a new PostgreSQL database when
    LOYALTY_TEST_PG_URL is set (CI sets it where a server runs)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shop.db'}"
        return
    if not PG_URL:
        pytest.skip("PostgreSQL tests need LOYALTY_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1/test)")
    yield from _fresh_pg_database()


@pytest.fixture
def any_db(db_url) -> Iterator[Database]:
    """A migrated database on each backend: the storage tests run on both."""
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


@pytest.fixture
def owner() -> Actor:
    return Actor(name="Test Owner", role=Role.OWNER)


@pytest.fixture
def clerk() -> Actor:
    return Actor(name="Test Clerk", role=Role.STAFF)


def add_cli_owner(db: Database) -> None:
    """The owner the command line signs in as in tests (LOYALTY_STAFF and LOYALTY_PIN above)."""
    from desktop.services.staff import create_staff

    create_staff(db, None, OWNER_NAME, Role.OWNER, OWNER_PIN)


def new_customer(db: Database, actor: Actor, name: str = "Sanne de Boer", **details):
    from desktop.services.customers import CustomerDetails, create_customer

    return create_customer(db, actor, CustomerDetails(name=name, **details))


def balance_of(db: Database, customer_id: int) -> int:
    from desktop.services.points import balance

    with db.read() as session:
        return balance(session, customer_id)


@pytest.fixture
def loyalty(tmp_path, capsys):
    """The `loyalty` command on a database of its own: loyalty(*args) -> (exit code, stdout, stderr)."""
    from desktop.cli import main

    database = str(tmp_path / "cli.db")
    # Only `init` (or the app's set-up) makes a new shop; its owner runs the commands.
    assert main(["--db", database, "init", "--owner", OWNER_NAME]) == 0
    capsys.readouterr()

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", database, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


@pytest.fixture
def shop(any_db, owner):
    """A shop on each backend with no welcome bonus, points valid for a month and a 100-point discount."""
    from desktop.services import rewards
    from desktop.services.settings import update_settings

    update_settings(any_db, owner, {"welcome_bonus": 0, "expiry_months": 1})
    rewards.create_reward(any_db, owner, "Honderd", "financial", "discount", 100)
    return any_db


def settle(qtbot, counter) -> None:
    """Wait until what the counter page looks up or books off the UI thread is in."""
    qtbot.waitUntil(lambda: counter.idle, timeout=10_000)  # a bound, not a speed check


def purchases_in(db: Database) -> int:
    from sqlmodel import func, select

    from desktop.storage.models import Purchase

    with db.read() as session:
        return session.exec(select(func.count()).select_from(Purchase)).one()


def press_ok(dialog) -> None:
    """Click the dialog's accepting button (OK, Save, Sign in, …) as the person does."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    accept = [b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole]
    assert len(accept) == 1 and accept[0].isEnabled(), "the dialog's OK button is there to press"
    accept[0].click()


def tiny_png(width: int, height: int) -> bytes:
    """A black PNG of this size (a shop's logo in tests)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def worked(qtbot, work) -> None:
    """Wait until what a screen runs off the UI thread (a tasks.Runner or ProgressDialog) is back."""
    runner = getattr(work, "runner", work)
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)  # a bound, not a speed check


def made(qtbot, screen) -> bytes | None:
    """Press the reports screen's Make button and wait for the document (None: it was refused)."""
    screen.generate.click()
    worked(qtbot, screen.work)
    return screen.made.get(screen.current().key)
