"""The rhythm at the counter and the call list on screen and paper."""

from datetime import datetime, time, timedelta

from pdfread import Pdf
from PySide6.QtWidgets import QDialog

from conftest import new_customer, worked
from desktop.core import clock
from desktop.core.kinds import Role
from desktop.services import purchases
from desktop.services.context import Actor
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.formatting import Formats
from desktop.ui.programme.call_list import CallListPage
from desktop.ui.reports import printing


def weekly(db, owner, name: str, away_days: int):
    person = new_customer(db, owner, name)
    last = clock.today() - timedelta(days=away_days)
    for week in range(8):
        moment = datetime.combine(last - timedelta(days=7 * week), time(11)).astimezone()
        purchases.register_purchase(db, owner, person.card_number, 2_000, at=moment)
    return person


def test_the_counter_panel_says_when_a_regular_is_expected(qtbot, db, owner):
    person = weekly(db, owner, "Wim Weekman", 3)
    page = CounterPage(db, Formats("en"))
    page.set_actor(Actor(name="Sven", role=Role.STAFF))
    qtbot.addWidget(page)
    page.open_customer(person.id)
    qtbot.waitUntil(lambda: page.idle)  # opened on a worker thread
    expected = Formats("en").day(clock.today() + timedelta(days=4))
    assert f"usually every 7 days, next visit expected {expected}" in page.panel.details.text()
    newcomer = new_customer(db, owner, "Nina Nieuw")
    page.open_customer(newcomer.id)
    qtbot.waitUntil(lambda: page.idle)
    assert "usually" not in page.panel.details.text()


def test_the_call_list_on_screen_and_on_paper(qtbot, db, owner, monkeypatch):
    weekly(db, owner, "Wim Weekman", 3)
    weekly(db, owner, "Olga Overdue", 25)
    page = CallListPage(db, Formats("en"))
    qtbot.addWidget(page)
    page.show()  # the list is read when first shown
    worked(qtbot, page.work)
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Olga Overdue"
    assert page.table.item(0, 3).text() == "7 days" and page.table.item(0, 6).text() == "3.6×"
    page.factor.setValue(4.0)
    page.refresh()
    worked(qtbot, page.work)
    assert page.table.rowCount() == 0 and "No regular" in page.summary.text()
    shown = {}
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec",
                        lambda dialog: shown.setdefault("text", Pdf(dialog.preview.pdf).all_text())
                        or QDialog.DialogCode.Accepted)
    page.factor.setValue(2.0)
    page.on_paper()
    worked(qtbot, page.work)
    assert "Olga Overdue" in shown["text"] and "Wim Weekman" not in shown["text"]
