import threading

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from conftest import press_ok, worked
from desktop.core.kinds import Role
from desktop.services import staff
from desktop.services.settings import load_settings
from desktop.storage.engine import DatabaseError
from desktop.ui import startup
from desktop.ui.idle import IdleWatcher
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.sign_in_dialog import SignInDialog


def test_first_start_asks_for_shop_owner_and_pin(qtbot, db):
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.shop, "Bakkerij Brood & Zo")
    qtbot.keyClicks(dialog.owner, "Marieke")
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.pin_again, "1234")
    press_ok(dialog)
    assert "6 to 8 digits" in dialog.errors["pin"].text() and staff.active_staff(db) == []
    dialog.pin.setText("123456")
    dialog.pin_again.setText("123465")
    press_ok(dialog)
    assert "not the same" in dialog.errors["pin_again"].text() and staff.active_staff(db) == []
    dialog.pin_again.setText("123456")
    press_ok(dialog)
    assert [(m.name, m.role) for m in staff.active_staff(db)] == [("Marieke", Role.OWNER)]
    with db.read() as session:
        assert load_settings(session).shop_name == "Bakkerij Brood & Zo"


def test_signing_in_with_name_and_pin(qtbot, db):
    staff.create_staff(db, None, "Marieke", Role.OWNER, "111111")
    dialog = SignInDialog(startup.current(db).people, "Test", lambda staff_id, pin: staff.sign_in(db, staff_id, pin))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    worked(qtbot, dialog)  # the PIN is checked off the UI thread
    assert "Wrong PIN" in dialog.pin_error.text() and dialog.actor is None
    qtbot.keyClicks(dialog.pin, "111111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    worked(qtbot, dialog)
    assert dialog.actor is not None and dialog.actor.role == Role.OWNER


def test_the_app_locks_itself_after_idle_time(qtbot):
    watcher = IdleWatcher(minutes=0.002)  # 120 ms
    with qtbot.waitSignal(watcher.sig_idle, timeout=2000):
        pass


def test_first_start_can_fill_the_shop_with_demo_data_off_the_ui_thread(qtbot, db, monkeypatch):
    from desktop.ui import setup_dialog

    monkeypatch.setattr(setup_dialog, "DEMO_CUSTOMERS", 40)
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.shop.setText("Demo")
    dialog.owner.setText("Eigenaar")
    dialog.pin.setText("654321")
    dialog.pin_again.setText("654321")
    dialog.demo.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):  # once the demo shop is made
        press_ok(dialog)
    from sqlmodel import func, select

    from desktop.storage.models import Customer
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Customer)).one() == 40
    assert [m.name for m in staff.active_staff(db)] == ["Eigenaar"]  # no demo owner with a known PIN


def test_the_demo_s_progress_is_said_in_the_app_s_language(qapp, monkeypatch):
    from desktop.demo.simulator import DemoProgress
    from desktop.ui import formatting, i18n, setup_dialog
    from desktop.ui.formatting import Formats

    monkeypatch.setattr(formatting, "_current", Formats("nl"))
    step = DemoProgress("customers", 3.2, done=1500, customers=2000, purchases=12345)
    translator = i18n.install_translator(qapp, "nl")
    try:
        said = [setup_dialog.demo_step(s) for s in (step, DemoProgress("indexes", 4.0), DemoProgress("totals", 5.0))]
    finally:
        qapp.removeTranslator(translator)
    assert said == ["1.500 van 2.000 klanten, 12.345 aankopen", "De indexen opbouwen…",
                    "De totalen voor het dashboard optellen…"]
    assert str(step) == "1,500 of 2,000 customers, 12,345 purchases, 3.2 s"  # the command line's line


def test_the_sign_in_shows_remembered_people_before_the_database_is_open(qtbot, db, tmp_path):
    marieke = staff.create_staff(db, None, "Marieke", Role.OWNER, "111111")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert startup.remembered(settings, db.url) is None
    startup.remember(settings, db.url, startup.current(db))
    staff.create_staff(db, staff.actor_for(marieke), "Sven", Role.STAFF, "2222")  # added at another counter
    seen = startup.remembered(settings, db.url)
    assert [p.name for p in seen.people] == ["Marieke"] and startup.remembered(settings, "sqlite:///other.db") is None

    opening = startup.Startup(db.url)
    dialog = SignInDialog(seen.people, seen.shop_name, lambda staff_id, pin: None)
    qtbot.addWidget(dialog)
    dialog.follow(opening)
    assert dialog.people.count() == 1  # shown at once, from what was remembered
    with qtbot.waitSignal(opening.sig_done, timeout=20000):
        opening.start()
    qtbot.waitUntil(lambda: dialog.people.count() == 2)
    assert opening.wait() is opening.db and dialog.people.currentItem().text().startswith("Marieke")
    opening.db.dispose()


def test_a_database_that_cannot_be_opened_closes_the_sign_in(qtbot, tmp_path):
    opening = startup.Startup("postgresql+psycopg://nobody@127.0.0.1:1/nothing")
    people = (startup.Person(1, "Marieke", "owner"),)
    dialog = SignInDialog(people, "Test", lambda staff_id, pin: None)
    qtbot.addWidget(dialog)
    dialog.follow(opening)
    dialog.show()
    with qtbot.waitSignal(opening.sig_done, timeout=20000):
        opening.start()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == SignInDialog.DialogCode.Rejected and opening.error is not None
    with pytest.raises(DatabaseError):
        opening.wait()


def recorded_reads(monkeypatch, module) -> list[threading.Thread]:
    """The threads on which `module` reads who can sign in (startup.current)."""
    read_in, read = [], module.current
    monkeypatch.setattr(module, "current", lambda db: read_in.append(threading.current_thread()) or read(db))
    return read_in


def test_who_can_sign_in_is_read_off_the_ui_thread_at_the_start(qtbot, db, monkeypatch):
    staff.create_staff(db, None, "Marieke", Role.OWNER, "111111")
    read_in = recorded_reads(monkeypatch, startup)
    opening = startup.Startup(db.url)
    dialog = SignInDialog((), "Test", lambda staff_id, pin: None)
    qtbot.addWidget(dialog)
    dialog.follow(opening)
    with qtbot.waitSignal(opening.sig_done, timeout=20000):
        opening.start()
    assert dialog.people.count() == 1 and [p.name for p in opening.seen.people] == ["Marieke"]
    assert read_in and threading.main_thread() not in read_in
    opening.db.dispose()


def test_signing_in_again_after_a_lock_reads_the_staff_off_the_ui_thread(qtbot, db, tmp_path, monkeypatch):
    from desktop.ui import main_window
    from desktop.ui.formatting import Formats

    marieke = staff.create_staff(db, None, "Marieke", Role.OWNER, "111111")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    startup.remember(settings, db.url, startup.current(db))
    staff.create_staff(db, staff.actor_for(marieke), "Sven", Role.STAFF, "2222")  # added at another counter
    window = main_window.MainWindow(db, Formats("en"), "Test", settings)
    qtbot.addWidget(window)
    read_in = recorded_reads(monkeypatch, main_window)
    seen: list[int] = []

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, when_shown)
            return
        seen.append(dialog.people.count())  # at once: who this PC remembers
        qtbot.waitUntil(lambda: dialog.people.count() == 2)  # then Sven too, read meanwhile
        seen.append(dialog.people.count())
        dialog.reject()

    QTimer.singleShot(0, when_shown)
    assert window.sign_in() is False
    assert seen == [1, 2] and read_in and threading.main_thread() not in read_in


def test_a_pin_typed_for_someone_the_refresh_removes_is_not_tried_on_another(qtbot):
    owner, sven = startup.Person(1, "Marieke", "owner"), startup.Person(2, "Sven", "staff")
    dialog = SignInDialog((owner, sven), "Test", lambda staff_id, pin: None)
    qtbot.addWidget(dialog)
    dialog.people.setCurrentRow(1)
    qtbot.keyClicks(dialog.pin, "2222")
    dialog.set_people((owner,))  # Sven was switched off at another counter
    assert dialog.people.currentItem().text().startswith("Marieke") and dialog.pin.text() == ""
    dialog.set_people((owner,))  # still Marieke chosen: what she typed stays
    qtbot.keyClicks(dialog.pin, "1")
    dialog.set_people((owner, sven))
    assert dialog.pin.text() == "1"
