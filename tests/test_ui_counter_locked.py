"""Every counter action that writes waits for a locked database off the UI thread: the window
stays live, says "Working…" after a moment, takes one press, and finishes once the lock goes.

The lock is real: another connection to the shop's SQLite file holds the write lock
(`BEGIN IMMEDIATE`), as another counter or a backup program does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from sqlmodel import func, select

from conftest import balance_of, new_customer, settle
from desktop.core.kinds import Role
from desktop.services import purchases, rewards
from desktop.services.context import Actor
from desktop.storage.models import Customer, Occasion, Refund, SurveyResponse
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.counter.redeem_dialog import RedeemDialog
from desktop.ui.counter.refund_dialog import RefundDialog
from desktop.ui.counter.survey_dialog import SurveyDialog
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
