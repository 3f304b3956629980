"""Every counter action that writes waits for a locked database off the UI thread: the window
stays live, says "Working…" after a moment, takes one press, and finishes once the lock goes
(the new-customer and edit forms, their duplicate check, and the sign-in's PIN check too).

The lock is real: another connection to the shop's SQLite file holds the write lock
(`BEGIN IMMEDIATE`), as another counter or a backup program does.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPlainTextEdit
from sqlmodel import func, select

from conftest import balance_of, new_customer, press_ok, settle, worked
from desktop.core.kinds import Role
from desktop.services import purchases, rewards
from desktop.services.context import Actor
from desktop.storage.models import Customer, Occasion, Refund, Staff, SurveyResponse
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.counter.redeem_dialog import RedeemDialog
from desktop.ui.counter.refund_dialog import RefundDialog
from desktop.ui.counter.survey_dialog import SurveyDialog
from desktop.ui.customer_dialog import CustomerDialog, NewCardBox
from desktop.ui.errors import explain
from desktop.ui.formatting import Formats

CLERK = Actor(name="Sven", role=Role.STAFF)


@contextmanager
def locked(tmp_path) -> Iterator[None]:
    """The shop's file write-locked by another connection until the block ends."""
    other = sqlite3.connect(tmp_path / "shop.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def stays_live_while_it_waits(qtbot, working, field) -> None:
    """'Working…' shows, and a key typed meanwhile is taken at once (the UI thread is free)."""
    qtbot.waitUntil(working.isVisible, timeout=5_000)
    field.setFocus()
    qtbot.keyClicks(field, "7")
    assert (field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()).endswith("7")


@pytest.fixture
def counter(qtbot, db, owner):
    page = CounterPage(db, Formats("en"))
    page.set_actor(CLERK)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def opened(qtbot, counter, customer):
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    return counter.panel


def test_saving_notes_waits_for_a_locked_database_off_the_ui_thread(qtbot, db, owner, counter, tmp_path):
    customer = new_customer(db, owner)
    panel = opened(qtbot, counter, customer)
    panel.tabs.setCurrentIndex(2)
    panel.notes.setPlainText("Houdt van thee")
    with locked(tmp_path):
        qtbot.mouseClick(panel.save_notes, Qt.MouseButton.LeftButton)
        assert not panel.save_notes.isEnabled()  # a second click saves nothing twice
        stays_live_while_it_waits(qtbot, panel.working, counter.search)
    settle(qtbot, counter)
    with db.read() as session:
        assert session.get(Customer, customer.id).notes == "Houdt van thee"
    assert not panel.working.isVisible()


def test_handed_out_waits_for_a_locked_database_off_the_ui_thread(qtbot, db, owner, counter, tmp_path):
    customer = new_customer(db, owner)  # the welcome is an occasion to hand out
    panel = opened(qtbot, counter, customer)
    assert not panel.handed_out.isHidden()
    with locked(tmp_path):
        qtbot.mouseClick(panel.handed_out, Qt.MouseButton.LeftButton)
        stays_live_while_it_waits(qtbot, panel.working, counter.search)
    settle(qtbot, counter)
    assert panel.handed_out.isHidden()
    with db.read() as session:
        assert session.exec(select(Occasion.handed_out_at)).one() is not None


def test_a_reward_waits_for_a_locked_database_off_the_ui_thread(qtbot, db, owner, counter, tmp_path, monkeypatch):
    rewards.create_reward(db, owner, "Koffie", "financial", "free_product", 40)
    customer = new_customer(db, owner)  # 50 points
    opened(qtbot, counter, customer)
    dialog = RedeemDialog(db, CLERK, Formats("en"), customer.card_number, customer.name, 50)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=10_000)  # read off the UI thread
    dialog.show()
    monkeypatch.setattr("desktop.ui.counter.redeem_dialog.QMessageBox.exec", lambda box: None)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))
    with locked(tmp_path):
        qtbot.mouseClick(dialog.hand_out, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # a second Enter while it waits hands out once
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # and Esc does not leave the reward half said
        qtbot.waitUntil(dialog.working.isVisible, timeout=5_000)
        assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == RedeemDialog.DialogCode.Accepted, timeout=10_000)
    assert balance_of(db, customer.id) == 10


def test_a_refund_waits_for_a_locked_database_off_the_ui_thread(qtbot, db, owner, counter, tmp_path):
    customer = new_customer(db, owner)
    purchases.register_purchase(db, owner, customer.card_number, 3000)
    opened(qtbot, counter, customer)
    dialog = RefundDialog(db, CLERK, Formats("en"), counter.panel.view.purchases[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("broken")
    with locked(tmp_path):
        qtbot.mouseClick(dialog.refund, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # a second Enter refunds once
        stays_live_while_it_waits(qtbot, dialog.working, dialog.reason)
    qtbot.waitUntil(lambda: dialog.result() == RefundDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.result_points == 30 and balance_of(db, customer.id) == 50
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Refund)).one() == 1


def test_feedback_waits_for_a_locked_database_off_the_ui_thread(qtbot, db, owner, tmp_path):
    customer = new_customer(db, owner)
    dialog = SurveyDialog(db, CLERK, customer.card_number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.groups["recommend"].button(9), Qt.MouseButton.LeftButton)
    with locked(tmp_path):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
        assert not dialog.save.isEnabled()  # a second press stores one survey
        stays_live_while_it_waits(qtbot, dialog.working, dialog.comment)
    qtbot.waitUntil(lambda: dialog.saved, timeout=10_000)
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(SurveyResponse)).one() == 1


def runs_on_while_it_waits(qtbot) -> None:
    """A timer fires: the UI thread is free while the database waits."""
    fired: list[int] = []
    QTimer.singleShot(50, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1], timeout=5_000)


def test_a_new_customer_waits_for_a_locked_database_off_the_ui_thread(qtbot, db, tmp_path, monkeypatch):
    monkeypatch.setattr(NewCardBox, "exec", lambda box: NewCardBox.DialogCode.Accepted)
    dialog = CustomerDialog(db, CLERK, Formats("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["name"], "Noor Bakker")
    qtbot.keyClicks(dialog.edits["phone"], "0612345678")
    with locked(tmp_path):
        qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a hurried second Enter
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # and Esc does not leave the save half said
        runs_on_while_it_waits(qtbot)
        qtbot.waitUntil(dialog.working.isVisible, timeout=5_000)
        assert dialog.isVisible() and not dialog.edits["name"].isEnabled()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == CustomerDialog.DialogCode.Accepted, timeout=10_000)
    with db.read() as session:
        assert session.exec(select(Customer.name)).all() == ["Noor Bakker"]  # one customer, never two
    assert dialog.saved is not None and not dialog.working.isVisible()


def test_editing_waits_for_a_locked_database_off_the_ui_thread(qtbot, db, owner, tmp_path):
    ann = new_customer(db, owner, "Ann")
    dialog = CustomerDialog(db, CLERK, Formats("en"), ann)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["city"].setText("Utrecht")
    with locked(tmp_path):
        press_ok(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        runs_on_while_it_waits(qtbot)
        qtbot.waitUntil(dialog.working.isVisible, timeout=5_000)
        assert dialog.isVisible() and not dialog.edits["city"].isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == CustomerDialog.DialogCode.Accepted, timeout=10_000)
    with db.read() as session:
        assert session.get(Customer, ann.id).city == "Utrecht"


def test_a_database_locked_too_long_says_so_and_keeps_the_form(qtbot, db, tmp_path, monkeypatch):
    from desktop.services.database import open_database
    from desktop.storage import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # a counter that holds the lock for long
    impatient = open_database(db.url)
    said: list[str] = []
    monkeypatch.setattr("desktop.ui.customer_dialog.show_error", lambda parent, error: said.append(explain(error)))
    dialog = CustomerDialog(impatient, CLERK, Formats("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["name"].setText("Noor")
    try:
        with locked(tmp_path):
            press_ok(dialog)
            worked(qtbot, dialog)
    finally:
        impatient.dispose()
    assert said == ["The database is busy at another counter. Wait a moment and try again."]
    assert dialog.isVisible() and dialog.saved is None and dialog.edits["name"].isEnabled()
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Customer)).one() == 0


def test_an_edit_to_another_customers_phone_warns_and_enter_goes_back(qtbot, db, owner, monkeypatch):
    ann = new_customer(db, owner, "Ann", phone="06 11111111", email="ann@example.nl")
    bob = new_customer(db, owner, "Bob", phone="0622222222")
    asked: list[QMessageBox] = []

    def answer(box: QMessageBox, role: QMessageBox.ButtonRole | None) -> int:
        asked.append(box)
        chosen = box.defaultButton() if role is None else next(b for b in box.buttons() if box.buttonRole(b) == role)
        chosen.click()
        return 0

    choice: list[QMessageBox.ButtonRole | None] = [None]  # None: Enter, the default button
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, choice[0]))
    dialog = CustomerDialog(db, CLERK, Formats("en"), bob)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["phone"].setText("0611111111")
    press_ok(dialog)
    worked(qtbot, dialog)
    assert len(asked) == 1 and asked[0].objectName() == "duplicateQuestion"
    assert f"Ann, card {ann.card_number}, 06 11111111 (same phone)" in asked[0].text()
    assert dialog.isVisible() and dialog.edits["phone"].isEnabled()  # Enter: back to the form, nothing saved
    with db.read() as session:
        assert session.get(Customer, bob.id).phone == "0622222222"
    choice[0] = QMessageBox.ButtonRole.DestructiveRole  # save the change anyway
    press_ok(dialog)
    worked(qtbot, dialog)
    assert len(asked) == 2 and dialog.result() == CustomerDialog.DialogCode.Accepted
    with db.read() as session:
        assert session.get(Customer, bob.id).phone == "0611111111"
    again = CustomerDialog(db, CLERK, Formats("en"), dialog.saved)  # the shared phone is known now
    qtbot.addWidget(again)
    again.edits["city"].setText("Utrecht")
    press_ok(again)
    worked(qtbot, again)
    assert len(asked) == 2 and again.result() == CustomerDialog.DialogCode.Accepted
    itself = CustomerDialog(db, CLERK, Formats("en"), ann)  # a customer never looks like themselves
    qtbot.addWidget(itself)
    itself.edits["email"].setText("ANN@example.nl")
    itself.edits["phone"].setText("06 22222222")  # Bob's old number: nobody has it now
    press_ok(itself)
    worked(qtbot, itself)
    assert len(asked) == 2 and itself.result() == CustomerDialog.DialogCode.Accepted


def test_f4_reads_the_customer_off_the_ui_thread(qtbot, db, owner, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from desktop.services import customers, staff
    from desktop.ui.main_window import MainWindow

    ann = new_customer(db, owner, "Ann")
    member = staff.create_staff(db, None, "Eigenaar", Role.OWNER, "111111")
    window = MainWindow(db, Formats("en"), "Test", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_actor(staff.actor_for(member))
    window.counter.open_customer(ann.id)
    settle(qtbot, window.counter)
    slow = threading.Event()  # a slow server: the read waits until the test lets it go
    read = customers.customer_with_details
    monkeypatch.setattr(customers, "customer_with_details",
                        lambda *args: (slow.wait(10), read(*args))[1])
    shown: list[CustomerDialog] = []
    monkeypatch.setattr(CustomerDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.edit_customer()
    window.edit_customer()  # a second F4 while it reads opens one form
    runs_on_while_it_waits(qtbot)
    qtbot.waitUntil(lambda: window.working.isVisibleTo(window), timeout=5_000)
    assert shown == []
    slow.set()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    worked(qtbot, window.reading)
    assert len(shown) == 1 and shown[0].customer.id == ann.id and not window.working.isVisibleTo(window)


def test_the_pin_is_checked_off_the_ui_thread_and_wrong_pins_still_block(qtbot, db, tmp_path):
    from desktop.services import staff
    from desktop.ui import startup
    from desktop.ui.sign_in_dialog import SignInDialog

    sven = staff.create_staff(db, None, "Sven", Role.OWNER, "111111")
    dialog = SignInDialog(startup.current(db).people, "Test", lambda staff_id, pin: staff.sign_in(db, staff_id, pin))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "999999")
    with locked(tmp_path):  # the wrong PIN is counted in the database: it waits for the lock
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a second Enter checks once
        runs_on_while_it_waits(qtbot)
        qtbot.waitUntil(dialog.working.isVisible, timeout=5_000)
        assert not dialog.pin.isEnabled() and dialog.isVisible()
    worked(qtbot, dialog)
    assert "Wrong PIN" in dialog.pin_error.text() and dialog.pin.isEnabled() and dialog.pin.text() == ""
    with db.read() as session:
        assert session.get(Staff, sven.id).failed_pins == 1  # counted once
    for _ in range(4):
        qtbot.keyClicks(dialog.pin, "999999")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        worked(qtbot, dialog)
    qtbot.keyClicks(dialog.pin, "111111")  # the right PIN, but blocked now
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    worked(qtbot, dialog)
    assert "Too many wrong PINs: try again in 5 minute(s)." in dialog.pin_error.text() and dialog.actor is None
    assert dialog.isVisible()


def test_f4_read_slowly_opens_no_form_over_a_dialog_opened_meanwhile(qtbot, db, owner, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog

    from desktop.services import customers, staff
    from desktop.ui.main_window import MainWindow

    ann = new_customer(db, owner, "Ann")
    member = staff.create_staff(db, None, "Eigenaar", Role.OWNER, "111111")
    window = MainWindow(db, Formats("en"), "Test", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_actor(staff.actor_for(member))
    window.show()
    window.counter.open_customer(ann.id)
    settle(qtbot, window.counter)
    slow = threading.Event()
    read = customers.customer_with_details
    monkeypatch.setattr(customers, "customer_with_details", lambda *args: (slow.wait(10), read(*args))[1])
    shown: list[CustomerDialog] = []
    monkeypatch.setattr(CustomerDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.edit_customer()
    other = QDialog(window)  # F6 or F7 pressed while the customer was read
    other.setModal(True)
    other.show()
    slow.set()
    worked(qtbot, window.reading)
    assert shown == []
    other.reject()
