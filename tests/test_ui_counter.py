"""The counter as staff use it: scan or type, Enter, type an amount, Enter."""


import pytest
from pdfread import Pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import func, select

from conftest import balance_of, new_customer, press_ok, purchases_in, settle, worked
from desktop.core.kinds import Role
from desktop.services.context import Actor
from desktop.storage.models import Customer, Refund
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.customer_dialog import CustomerDialog
from desktop.ui.formatting import Formats

CLERK = Actor(name="Sven", role=Role.STAFF)


@pytest.fixture
def counter(qtbot, db):
    page = CounterPage(db, Formats("nl"))
    page.set_actor(CLERK)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def test_scan_a_card_type_an_amount_and_enter(qtbot, db, owner, counter):
    customer = new_customer(db, owner, "Bram Kok")
    qtbot.keyClicks(counter.search, customer.card_number)
    qtbot.keyClick(counter.search, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert counter.panel.name.text() == "Bram Kok" and counter.panel.balance.text() == "50"
    qtbot.keyClicks(counter.panel.amount, "12,50")
    assert counter.panel.preview.text() == "€\u00a012,50 earns 12 points"
    qtbot.keyClick(counter.panel.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert purchases_in(db) == 1 and balance_of(db, customer.id) == 62
    assert counter.panel.balance.text() == "62"
    assert "+12" in counter.panel.confirmation.text() and counter.panel.undo.isVisible()
    qtbot.keyClick(counter.panel.amount, Qt.Key.Key_Return)  # an empty field books nothing
    settle(qtbot, counter)
    assert purchases_in(db) == 1


def test_undo_voids_the_purchase_with_a_reason(qtbot, db, owner, counter):
    customer = new_customer(db, owner)
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    qtbot.keyClicks(counter.panel.amount, "20.00")
    qtbot.keyClick(counter.panel.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    qtbot.mouseClick(counter.panel.undo, Qt.MouseButton.LeftButton)
    settle(qtbot, counter)
    with db.read() as session:
        refund = session.exec(select(Refund)).one()
    assert refund.is_void and refund.reason and balance_of(db, customer.id) == 50
    assert not counter.panel.undo.isVisible()


@pytest.mark.parametrize("typed, message", [("-5", "negative"), ("abc", "like 12,50"), ("1e309", "like 12,50"),
                                            ("99999999", "more than the maximum")])
def test_a_bad_amount_shows_a_message_beside_the_field_and_books_nothing(qtbot, db, owner, counter, typed, message):
    customer = new_customer(db, owner)
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    qtbot.keyClicks(counter.panel.amount, typed)
    qtbot.keyClick(counter.panel.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert counter.panel.amount_error.isVisible() and message in counter.panel.amount_error.text()
    assert not counter.panel.book.isEnabled()
    assert purchases_in(db) == 0


def test_typing_a_name_lists_matches_and_arrows_and_enter_choose(qtbot, db, owner, counter):
    for name in ("Anne Visser", "Anouk de Wit", "Bert Aarts"):
        new_customer(db, owner, name)
    qtbot.keyClicks(counter.search, "an")
    settle(qtbot, counter)
    assert counter.model.rowCount() == 2
    qtbot.keyClick(counter.search, Qt.Key.Key_Down)
    qtbot.keyClick(counter.search, Qt.Key.Key_Down)
    qtbot.keyClick(counter.search, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert counter.panel.name.text() == "Anouk de Wit"
    counter.back_to_search()
    settle(qtbot, counter)
    assert counter.search.hasFocus() or not counter.isActiveWindow()
    assert counter.model.rowCount() == 0


def test_unknown_and_mistyped_cards_say_so(qtbot, db, owner, counter):
    customer = new_customer(db, owner)
    wrong = customer.card_number[:-1] + str((int(customer.card_number[-1]) + 1) % 10)
    qtbot.keyClicks(counter.search, wrong)
    qtbot.keyClick(counter.search, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert "mistyped" in counter.search_error.text()
    counter.search.clear()
    qtbot.keyClicks(counter.search, "2900000000001")
    qtbot.keyClick(counter.search, Qt.Key.Key_Return)
    settle(qtbot, counter)
    assert "No customer has card" in counter.search_error.text()


def test_the_search_model_loads_a_page_at_a_time(qtbot, db, owner, counter):
    from desktop.services.customers import CustomerDetails, create_customer
    from desktop.ui.counter.search_model import PAGE
    for number in range(PAGE + 7):
        create_customer(db, owner, CustomerDetails(name=f"Jansen {number:03d}"))
    counter.model.set_query("jansen")
    settle(qtbot, counter)
    assert counter.model.rowCount() == PAGE and counter.model.canFetchMore()
    counter.model.fetchMore()
    settle(qtbot, counter)
    assert counter.model.rowCount() == PAGE + 7 and not counter.model.canFetchMore()


def test_new_customer_form_checks_each_field_and_writes_nothing_when_wrong(qtbot, db, monkeypatch):
    dialog = CustomerDialog(db, CLERK, Formats("nl"))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()  # the name is required
    qtbot.keyClicks(dialog.edits["name"], "Noor Bakker")
    qtbot.keyClicks(dialog.edits["email"], "noor@")
    press_ok(dialog)
    assert "not an e-mail address" in dialog.errors["email"].text() and dialog.saved is None
    dialog.edits["email"].setText("noor@example.nl")
    dialog.edits["birthday"].setText("31-02-1990")
    press_ok(dialog)
    assert "is not a date" in dialog.errors["birthday"].text()
    dialog.edits["birthday"].setText("")
    dialog.edits["referred_by"].setText("2900000000001")
    press_ok(dialog)
    worked(qtbot, dialog)  # the service refuses it, off the UI thread
    assert "No customer has card number 2900000000001" in dialog.errors["referred_by"].text()
    dialog.edits["referred_by"].setText("")
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Customer)).one() == 0
    dialog.edits["birthday"].setText("12-05-1990")
    monkeypatch.setattr(QDialog, "exec", lambda box: QDialog.DialogCode.Accepted)  # the card-number box is modal
    press_ok(dialog)
    worked(qtbot, dialog)
    assert dialog.saved is not None and dialog.saved.birthday.isoformat() == "1990-05-12"


def test_notes_are_edited_in_place(qtbot, db, owner, counter):
    customer = new_customer(db, owner)
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    counter.panel.notes.setPlainText("Houdt van zwarte koffie")
    qtbot.mouseClick(counter.panel.save_notes, Qt.MouseButton.LeftButton)
    settle(qtbot, counter)
    with db.read() as session:
        assert session.get(Customer, customer.id).notes == "Houdt van zwarte koffie"
    assert not counter.panel.save_notes.isEnabled() and counter.panel.notes.toPlainText() == "Houdt van zwarte koffie"


def test_redeeming_a_reward_the_balance_covers(qtbot, db, owner, counter, monkeypatch):
    from desktop.services import rewards
    from desktop.ui.counter.redeem_dialog import RedeemDialog
    rewards.create_reward(db, owner, "Koffie", "financial", "free_product", 40)
    rewards.create_reward(db, owner, "Proefavond", "social_emotional", "event", 500)
    customer = new_customer(db, owner)  # 50 points
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    dialog = RedeemDialog(db, CLERK, Formats("nl"), customer.card_number, customer.name, 50)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=10_000)  # read off the UI thread
    levels = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert levels == ["Financial", "Social-emotional"]
    too_dear = dialog.tree.topLevelItem(1).child(0)
    assert "450 more needed" in too_dear.text(2) and not too_dear.flags()
    assert dialog.tree.topLevelItem(0).child(0).text(2) == "can be handed out"
    # The confirmation offers to print the voucher; the person clicks it.
    monkeypatch.setattr("desktop.ui.counter.redeem_dialog.QMessageBox.exec",
                        lambda box: next(b for b in box.buttons() if b.text() == "Print voucher").click())
    printed = []
    monkeypatch.setattr(
        "desktop.ui.counter.slips._preview", lambda parent, pdf, title, name: printed.append((pdf, name))
    )
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))
    qtbot.mouseClick(dialog.hand_out, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == RedeemDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.redemption is not None and balance_of(db, customer.id) == 10
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)  # made off the UI thread
    (pdf, name), = printed
    assert name == f"voucher-{dialog.redemption.code}.pdf"
    text = Pdf(pdf).text(0)
    assert dialog.redemption.code in text and "Koffie" in text


def test_the_points_slip_of_the_purchase_just_booked(qtbot, db, owner, counter, monkeypatch):
    customer = new_customer(db, owner)
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    assert not counter.panel.print_slip.isVisible()
    qtbot.keyClicks(counter.panel.amount, "23,80")
    qtbot.keyClick(counter.panel.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    printed = []
    monkeypatch.setattr("desktop.ui.counter.slips._preview", lambda parent, pdf, title, name: printed.append(pdf))
    qtbot.mouseClick(counter.panel.print_slip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)  # made off the UI thread
    text = Pdf(printed[0]).text(0)
    assert "23" in text and "73" in text  # 23 points earned, 50 + 23 on the card
    qtbot.mouseClick(counter.panel.undo, Qt.MouseButton.LeftButton)
    settle(qtbot, counter)
    assert not counter.panel.print_slip.isVisible()


def test_feedback_needs_the_recommend_score_and_is_stored(qtbot, db, owner):
    from desktop.storage.models import SurveyResponse
    from desktop.ui.counter.survey_dialog import SurveyDialog
    customer = new_customer(db, owner)
    dialog = SurveyDialog(db, CLERK, customer.card_number)
    qtbot.addWidget(dialog)
    assert not dialog.save.isEnabled()
    qtbot.mouseClick(dialog.groups["recommend"].button(9), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.groups["satisfaction"].button(8), Qt.MouseButton.LeftButton)
    assert dialog.save.isEnabled()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved, timeout=10_000)
    with db.read() as session:
        stored = session.exec(select(SurveyResponse)).one()
    assert (stored.recommend, stored.satisfaction, stored.buy_again, stored.customer_id) == (9, 8, None, customer.id)


def test_refund_from_the_history_needs_a_reason(qtbot, db, owner, counter):
    from desktop.ui.counter.refund_dialog import RefundDialog
    customer = new_customer(db, owner)
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    qtbot.keyClicks(counter.panel.amount, "30")
    qtbot.keyClick(counter.panel.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    dialog = RefundDialog(db, CLERK, Formats("nl"), counter.panel.view.purchases[0])
    qtbot.addWidget(dialog)
    dialog.amount.setText("10,00")
    qtbot.mouseClick(dialog.refund, Qt.MouseButton.LeftButton)
    assert "why" in dialog.reason_error.text()
    dialog.reason.setText("kapot")
    dialog.amount.setText("40,00")
    qtbot.mouseClick(dialog.refund, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "at most €\u00a030,00" in dialog.amount_error.text(), timeout=10_000)  # the service's
    dialog.amount.setText("10,00")
    qtbot.mouseClick(dialog.refund, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_points is not None, timeout=10_000)
    assert dialog.result_points == 10 and balance_of(db, customer.id) == 70


def test_the_panel_shows_the_tier_reached_by_spend_less_refunds(qtbot, db, owner, counter):
    customer = new_customer(db, owner)
    from desktop.services import purchases
    big = purchases.register_purchase(db, owner, customer.card_number, 30_000)
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    assert "tier Zilver" in counter.panel.details.text()  # Formats("nl"): the default tier in Dutch
    purchases.refund_purchase(db, owner, big.purchase_id, "returned", amount_cents=10_000)
    counter.open_customer(customer.id)
    settle(qtbot, counter)
    assert counter.panel.view.spend_12_months_cents == 20_000 and "tier" not in counter.panel.details.text()


def test_new_customer_for_a_scanned_unknown_card_starts_at_the_name(qtbot, db):
    dialog = CustomerDialog(db, CLERK, Formats("nl"), card="2900000000001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.edits["name"]  # the assistant types the name at once
    assert dialog.edits["card"].text() == "2900000000001"
