"""The reasons the programme writes beside a ledger entry are stored in English (old rows
too) and show in the reader's language: on the counter's points history and on the statement."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from pdfread import Pdf
from PySide6.QtCore import Qt
from sqlmodel import select

from conftest import new_customer, settle
from desktop.core import reasons
from desktop.core.glossary import disagreements
from desktop.core.reasons import Reason, read, shown, stored
from desktop.services import customers, expiry, purchases
from desktop.storage.models import LedgerEntry, Refund
from desktop.ui import i18n
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.formatting import Formats
from reports.statement import statement_pdf

VALUES = {"period": "2026", "n": "10", "tier": "Silver", "what": "visit number 10", "day": date(2026, 3, 1),
          "card": "2900000000017"}


def values_of(reason: Reason) -> dict:
    return {name: VALUES[name] for name in re.findall(r"\{([a-z]+)\}", reason.value)}


@pytest.mark.parametrize("reason", list(Reason))
def test_each_stored_form_is_read_back_and_said_in_dutch(reason):
    text = stored(reason, **values_of(reason))
    assert read(text)[0] == reason
    dutch = shown(text, "nl")
    assert dutch != text and disagreements(reason.value, dutch) == []
    assert shown(text, "en") == text.replace("2026-03-01", "01/03/2026")  # English reads as stored


def test_old_rows_as_the_services_always_wrote_them_show_in_dutch():
    assert shown("welcome bonus", "nl") == "welkomstbonus"
    assert shown("points valid until 2026-03-01", "nl") == "punten geldig tot 01-03-2026"
    assert shown("taken back: reached tier Silver (the purchase was voided)", "nl") == \
        "teruggenomen: niveau Zilver bereikt (de aankoop is geannuleerd)"
    assert shown("merged from card 2900000000017", "nl") == "samengevoegd vanaf pas 2900000000017"
    assert shown("taken back: a second welcome bonus (merged into card 2900000000017)", "nl") == \
        "teruggenomen: een tweede welkomstbonus (samengevoegd met pas 2900000000017)"


def test_an_undo_stored_in_dutch_before_reads_in_english_too():
    assert shown("Aan de kassa direct na het boeken teruggedraaid", "en") == "Undone at the counter right after booking"


def test_a_reason_staff_typed_is_shown_as_typed():
    for typed in ("kapot", "welcome bonus for Anne", "undone", ""):
        assert read(typed) is None and shown(typed, "nl") == typed


def test_no_english_reason_is_left_untranslated():
    assert set(reasons.DUTCH) == set(Reason)


@pytest.fixture
def merged_and_expired(db, owner):
    """Bram's card was merged into Anne's; later their points expired."""
    anne = new_customer(db, owner, "Anne")
    bram = new_customer(db, owner, "Bram")
    purchases.register_purchase(db, owner, anne.card_number, 2000)
    purchases.register_purchase(db, owner, bram.card_number, 1000)  # his welcome bonus is taken back on merging
    customers.merge_customers(db, owner, anne.card_number, bram.card_number)
    expiry.expire_points(db, owner, at=datetime.now(UTC) + timedelta(days=30 * 25))
    return anne, bram


def test_the_counter_shows_the_reasons_in_dutch(qtbot, qapp, db, owner, merged_and_expired):
    anne, bram = merged_and_expired
    translator = i18n.install_translator(qapp, "nl")
    try:
        page = CounterPage(db, Formats("nl"))
        page.set_actor(owner)
        qtbot.addWidget(page)
        page.open_customer(anne.id)
        settle(qtbot, page)
        history = page.panel.history
        shown_reasons = {history.item(row, 3).text() for row in range(history.rowCount())}
    finally:
        qapp.removeTranslator(translator)
    assert "welkomstbonus" in shown_reasons and f"samengevoegd vanaf pas {bram.card_number}" in shown_reasons
    assert any(text.startswith("punten geldig tot ") for text in shown_reasons)
    assert not any(re.search(r"welcome|valid until|merged|card", text) for text in shown_reasons)


def test_an_undo_at_a_dutch_counter_is_stored_in_english_and_shown_in_dutch(qtbot, qapp, db, owner):
    customer = new_customer(db, owner)
    translator = i18n.install_translator(qapp, "nl")
    try:
        page = CounterPage(db, Formats("nl"))
        page.set_actor(owner)
        qtbot.addWidget(page)
        page.open_customer(customer.id)
        settle(qtbot, page)
        qtbot.keyClicks(page.panel.amount, "12,50")
        qtbot.keyClick(page.panel.amount, Qt.Key.Key_Return)
        settle(qtbot, page)
        qtbot.mouseClick(page.panel.undo, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
        shown_reason = page.panel.history.item(0, 3).text()
    finally:
        qapp.removeTranslator(translator)
    with db.read() as session:
        stored_reason = session.exec(select(Refund.reason)).one()
    assert stored_reason == "Undone at the counter right after booking"
    assert shown_reason == "Aan de kassa direct na het boeken teruggedraaid"


def test_the_statement_says_the_reasons_in_dutch(db, owner, merged_and_expired):
    anne, bram = merged_and_expired
    with db.read() as session:
        expired_on = session.exec(select(LedgerEntry.reason).where(LedgerEntry.kind == "expire")).one()
        pdf = Pdf(statement_pdf(session, anne.card_number, date(2020, 1, 1), date(2100, 1, 1), "nl"))
    text = " ".join(pdf.all_text().split())  # a long description wraps in its cell
    day = date.fromisoformat(expired_on.removeprefix("points valid until "))
    assert f"Punten vervallen: punten geldig tot {day:%d-%m-%Y}" in text
    assert f"Punten overgezet van een samengevoegde pas: samengevoegd vanaf pas {bram.card_number}" in text
    assert "valid until" not in text and "merged" not in text
