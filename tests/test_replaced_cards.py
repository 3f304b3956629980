"""A lost card is replaced: a new number, the old one blocked with the day, points and history kept."""

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from conftest import balance_of, new_customer
from desktop.core import cardnumber
from desktop.core.errors import ConflictError, NotFoundError, ReplacedCard, ValidationError
from desktop.services import cards, customers, purchases, redemptions, rewards
from desktop.storage.models import AuditLog, Purchase


def _card(first12: str) -> str:
    return first12 + cardnumber.check_digit(first12)


def T(y, m, d):
    return datetime(y, m, d, 12, tzinfo=UTC)


def test_a_replaced_card_is_blocked_and_says_by_which_card_and_when(any_db, clerk, owner):
    ann = new_customer(any_db, clerk, "Ann")
    purchases.register_purchase(any_db, clerk, ann.card_number, 2_000)
    old = ann.card_number
    replaced = cards.replace_card(any_db, clerk, old, at=T(2026, 11, 3))  # staff may, at the counter
    assert replaced.id == ann.id and replaced.card_number != old and cardnumber.is_valid(replaced.card_number)
    assert balance_of(any_db, ann.id) == 50 + 20  # points and history stay with the customer
    with any_db.read() as session:
        assert len(session.exec(select(Purchase).where(Purchase.customer_id == ann.id)).all()) == 1
        assert customers.find_by_card(session, replaced.card_number).id == ann.id
        with pytest.raises(ReplacedCard) as found:
            customers.find_by_card(session, old)
    error = found.value
    assert error.customer_id == ann.id and error.params["day"] == date(2026, 11, 3)
    assert str(error) == f"Card {old} was replaced on 2026-11-03 by card {replaced.card_number}."
    with pytest.raises(ReplacedCard):  # a stranger holding the lost card books nothing on it
        purchases.register_purchase(any_db, clerk, old, 1_000)
    rewards.create_reward(any_db, owner, "Tien", "financial", "discount", 10)
    with pytest.raises(ReplacedCard):
        redemptions.redeem(any_db, clerk, old, "Tien")
    assert balance_of(any_db, ann.id) == 70
    with any_db.read() as session:
        entry = session.exec(select(AuditLog).where(AuditLog.action == "customer.replace_card")).one()
    assert (entry.actor, old in entry.before, replaced.card_number in entry.after) == ("Test Clerk", True, True)


def test_a_pre_printed_card_can_replace_a_lost_one_but_never_a_used_or_blocked_one(any_db, owner):
    ann, bert = new_customer(any_db, owner, "Ann"), new_customer(any_db, owner, "Bert")
    old = ann.card_number
    printed = _card("290000012345")
    assert cards.replace_card(any_db, owner, old, new_card=printed).card_number == printed
    with pytest.raises(ValidationError) as used:
        cards.replace_card(any_db, owner, printed, new_card=bert.card_number)
    assert used.value.field == "new_card"
    with pytest.raises(ValidationError):  # the lost card never comes back, not to anybody
        cards.replace_card(any_db, owner, bert.card_number, new_card=old)
    with pytest.raises(ValidationError) as blocked:
        customers.create_customer(any_db, owner, customers.CustomerDetails(name="Cor"), card_number=old)
    assert blocked.value.field == "card"
    with any_db.read() as session:
        assert old in customers.cards_in_use(session, [old]) and old not in customers.unused_cards(session, 50)
    with pytest.raises(ReplacedCard):  # replacing the lost card twice: it says what happened
        cards.replace_card(any_db, owner, old)
    with pytest.raises(ValidationError):
        cards.replace_card(any_db, owner, printed, new_card=printed)


def test_a_merged_duplicates_card_is_not_replaced_in_its_place(any_db, owner):
    keep, duplicate = new_customer(any_db, owner, "Ann"), new_customer(any_db, owner, "Ann 2")
    customers.merge_customers(any_db, owner, keep.card_number, duplicate.card_number)
    with pytest.raises(ConflictError):
        cards.replace_card(any_db, owner, duplicate.card_number)
    with pytest.raises(NotFoundError):
        cards.replace_card(any_db, owner, _card("290000099999"))


def test_the_customers_data_export_lists_their_earlier_cards(any_db, owner):
    ann = new_customer(any_db, owner, "Ann")
    new = cards.replace_card(any_db, owner, ann.card_number).card_number
    data = customers.export_customer_data(any_db, new)
    assert [(c["card_number"], c["replaced_by"]) for c in data["replaced_cards"]] == [(ann.card_number, new)]


def test_the_command_line_replaces_a_card_and_then_names_the_new_one(loyalty):
    code, out, _ = loyalty("customer", "add", "--name", "Ann")
    old = out.strip()
    code, out, err = loyalty("customer", "replace-card", old)
    assert code == 0, err
    new = out.split()[-1].rstrip(".")
    assert cardnumber.is_valid(new) and new != old
    code, out, err = loyalty("purchase", old, "5")
    assert code == 1 and f"Card {old} was replaced on" in err and f"by card {new}" in err
    code, out, err = loyalty("customer", "replace-card", new, "--new", new)
    assert code == 1 and "Traceback" not in err
