"""Shop → Database…: choosing a file or a server per PC, the password never in plain sight."""

from __future__ import annotations

import stat
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import make_url
from test_server_timeouts import hung_server  # noqa: F401  (a fixture)

from conftest import PG_URL
from desktop.core.errors import ValidationError
from desktop.storage.engine import CONNECT_TIMEOUT_S
from desktop.storage.server_login import Server, password_file, remember_password
from desktop.ui.owner.database_dialog import DatabaseDialog
from desktop.ui.pc_settings import DATABASE, PREVIOUS_DATABASE


@pytest.fixture(autouse=True)
def _own_password_file(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass.conf"))


def test_the_password_goes_to_the_drivers_password_file_only(tmp_path):
    shop = Server("192.168.1.10", 5432, "loyalty", "shop")
    assert shop.url() == "postgresql+psycopg://shop@192.168.1.10:5432/loyalty"
    password_file().write_text("otherhost:5432:*:someone:keep-me\n")
    remember_password(shop, "first")
    remember_password(shop, "sec:ret")  # replaces its own line, keeps the others
    lines = password_file().read_text().splitlines()
    assert lines == ["otherhost:5432:*:someone:keep-me", "192.168.1.10:5432:loyalty:shop:sec\\:ret"]
    assert stat.S_IMODE(password_file().stat().st_mode) == 0o600


def test_a_server_needs_its_host_database_and_user():
    with pytest.raises(ValidationError) as refused:
        Server(" ", 5432, "loyalty", "shop").checked()
    assert refused.value.field == "host"
    with pytest.raises(ValidationError):
        Server("server", 0, "loyalty", "shop").checked()


def _dialog(qtbot, current: str) -> tuple[DatabaseDialog, QSettings]:
    settings = QSettings()
    dialog = DatabaseDialog(settings, current)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, settings


def test_testing_a_hung_server_answers_in_seconds_and_the_window_stays_alive(qtbot, tmp_path, hung_server):  # noqa: F811
    dialog, _ = _dialog(qtbot, f"sqlite:///{tmp_path / 'shop.db'}")
    parsed = make_url(hung_server)
    dialog.server.setChecked(True)
    dialog.host.setText(parsed.host)
    dialog.port.setValue(parsed.port)
    started = time.monotonic()
    dialog.test.click()
    assert dialog.result.text() == "Connecting…"  # the click returned at once: the check runs elsewhere
    qtbot.waitUntil(lambda: "does not answer" in dialog.result.text(), timeout=15000)
    assert time.monotonic() - started < CONNECT_TIMEOUT_S + 6


def test_saving_a_server_remembers_the_url_without_the_password(qtbot, tmp_path):
    dialog, settings = _dialog(qtbot, f"sqlite:///{tmp_path / 'shop.db'}")
    dialog.server.setChecked(True)
    dialog.host.setText("192.168.1.10")
    dialog.password.setText("hunter2")
    dialog.user.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.errors["user"].isVisible() and dialog.chosen is None
    dialog.user.setText("shop")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert DATABASE.get(settings) == "postgresql+psycopg://shop@192.168.1.10:5432/loyalty"
    settings.sync()
    assert "hunter2" not in open(settings.fileName(), encoding="utf-8").read()
    assert password_file().read_text().strip() == "192.168.1.10:5432:loyalty:shop:hunter2"


@pytest.mark.skipif(not PG_URL, reason="needs a PostgreSQL server: set LOYALTY_TEST_PG_URL")
def test_testing_the_ci_server_says_it_answers(qtbot, tmp_path):
    parsed = make_url(PG_URL)
    dialog, _ = _dialog(qtbot, f"sqlite:///{tmp_path / 'shop.db'}")
    dialog.server.setChecked(True)
    dialog.host.setText(parsed.host)
    dialog.port.setValue(parsed.port or 5432)
    dialog.database.setText(parsed.database)
    dialog.user.setText(parsed.username)
    dialog.test.click()
    qtbot.waitUntil(lambda: dialog.result.text() == "The database answers.", timeout=8000)


def test_a_file_of_another_program_is_refused_with_the_right_sentence(qtbot, tmp_path):
    settings = QSettings()
    DATABASE.put(settings, f"sqlite:///{tmp_path / 'shop.db'}")
    dialog, _ = _dialog(qtbot, f"sqlite:///{tmp_path / 'shop.db'}")
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list: bread, milk\n" * 20)
    dialog.path.setText(str(notes))
    dialog.test.click()
    qtbot.waitUntil(lambda: dialog.test.isEnabled())
    assert "is not a loyalty database" in dialog.result.text() and "damaged" not in dialog.result.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(dialog.errors["file"].text()))
    assert "is not a loyalty database" in dialog.errors["file"].text()
    assert dialog.chosen is None and DATABASE.get(settings) == f"sqlite:///{tmp_path / 'shop.db'}"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_a_database_of_a_newer_version_is_refused_in_the_dialog(qtbot, tmp_path, db):
    from sqlalchemy import text

    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    dialog, settings = _dialog(qtbot, f"sqlite:///{tmp_path / 'other.db'}")
    dialog.path.setText(str(tmp_path / "shop.db"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(dialog.errors["file"].text()))
    assert "newer version" in dialog.errors["file"].text() and dialog.chosen is None


def test_a_loyalty_file_or_a_new_one_is_taken_and_the_old_one_kept_as_the_way_back(qtbot, tmp_path, db):
    dialog, settings = _dialog(qtbot, f"sqlite:///{tmp_path / 'old.db'}")
    dialog.path.setText(str(tmp_path / "shop.db"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert DATABASE.get(settings) == f"sqlite:///{tmp_path / 'shop.db'}"
    assert PREVIOUS_DATABASE.get(settings) == f"sqlite:///{tmp_path / 'old.db'}"


def _broken_choice(tmp_path) -> tuple[QSettings, str]:
    broken = tmp_path / "chosen.db"
    broken.write_bytes(b"this is not a database at all" * 100)
    settings = QSettings()
    DATABASE.put(settings, f"sqlite:///{broken}")
    return settings, str(broken)


def test_the_app_says_why_a_chosen_file_does_not_open_and_offers_a_way_on(tmp_path, monkeypatch):
    from desktop.ui import app as app_module
    from desktop.ui import opening_questions

    _settings, broken = _broken_choice(tmp_path)
    asked = []
    monkeypatch.setattr(opening_questions, "ask_what_next",
                        lambda parent, sentence, previous: asked.append((sentence, previous)) or opening_questions.QUIT)
    assert app_module.run(None) == 1
    assert asked == [(f"{broken} is not a loyalty database (it is not a database file at all); nothing was changed.",
                      None)]


def test_going_back_to_the_previous_database_remembers_it_again(tmp_path, monkeypatch, db):
    from desktop.ui import opening_questions

    settings, broken = _broken_choice(tmp_path)
    PREVIOUS_DATABASE.put(settings, db.url)
    offered = []
    monkeypatch.setattr(opening_questions, "ask_what_next",
                        lambda parent, sentence, previous: offered.append(previous) or opening_questions.GO_BACK)
    assert opening_questions.another_database(None, settings, f"sqlite:///{broken}", "refused") == db.url
    assert offered == [db.url] and DATABASE.get(settings) == db.url and not PREVIOUS_DATABASE.get(settings)


def test_choosing_another_database_at_the_start_keeps_the_way_back(qtbot, tmp_path, monkeypatch, db):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui import opening_questions

    settings, broken = _broken_choice(tmp_path)
    good = tmp_path / "previous.db"
    PREVIOUS_DATABASE.put(settings, f"sqlite:///{good}")
    monkeypatch.setattr(opening_questions, "ask_what_next", lambda *_: opening_questions.CHOOSE)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DatabaseDialog):
            QTimer.singleShot(20, choose)
            return
        dialog.path.setText(str(tmp_path / "shop.db"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, choose)
    assert opening_questions.another_database(None, settings, f"sqlite:///{broken}", "refused") == db.url
    assert DATABASE.get(settings) == db.url and PREVIOUS_DATABASE.get(settings) == f"sqlite:///{good}"
