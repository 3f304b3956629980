"""Merged and anonymised customers: keys, referrals and personal data follow the customer kept."""

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from conftest import balance_of, new_customer
from desktop.core.errors import ConflictError
from desktop.services import customers, purchases, redemptions, rewards, surveys
from desktop.storage.models import AuditLog, Customer


def T(y, m, d):
    return datetime(y, m, d, 12, tzinfo=UTC)


def test_retrying_a_purchase_on_a_merged_card_repeats_the_first_answer(any_db, owner):
    keep, duplicate = new_customer(any_db, owner, "A"), new_customer(any_db, owner, "B")
    customers.merge_customers(any_db, owner, keep.card_number, duplicate.card_number)
    first = purchases.register_purchase(any_db, owner, duplicate.card_number, 1_000, client_key="K1")
    again = purchases.register_purchase(any_db, owner, duplicate.card_number, 1_000, client_key="K1")
    assert again.replayed and again.purchase_id == first.purchase_id


def test_a_redemption_key_belongs_to_one_customer(any_db, owner):
    rewards.create_reward(any_db, owner, "Tien", "financial", "discount", 10)
    one, two = new_customer(any_db, owner, "Een"), new_customer(any_db, owner, "Twee")
    redemptions.redeem(any_db, owner, one.card_number, "Tien", client_key="R")
    with pytest.raises(ConflictError):
        redemptions.redeem(any_db, owner, two.card_number, "Tien", client_key="R")
    assert balance_of(any_db, two.id) == 50


def test_anonymising_reaches_merged_duplicates_and_survey_audit_entries(any_db, owner):
    keep = new_customer(any_db, owner, "Ann Jansen", email="ann@example.nl")
    duplicate = new_customer(any_db, owner, "Ann J. dup", phone="0698765432", street="Dorpstraat 1")
    surveys.record_survey(any_db, owner, {"recommend": 9}, card=duplicate.card_number, comment="bel me op 0698765432")
    customers.merge_customers(any_db, owner, keep.card_number, duplicate.card_number)
    customers.anonymise_customer(any_db, owner, duplicate.card_number)  # the old card leads to the one kept
    with any_db.read() as session:
        for person in session.exec(select(Customer)).all():
            assert person.anonymised and person.name == customers.ANONYMOUS_NAME and not person.phone
        trail = " ".join(e.before + e.after for e in session.exec(select(AuditLog)))
    for secret in ("Ann", "0698765432", "Dorpstraat", "ann@example.nl"):
        assert secret not in trail


def test_an_anonymised_customer_is_never_merged(shop, owner):
    gone = customers.create_customer(shop, owner, customers.CustomerDetails(name="Oud"), at=T(2026, 6, 15))
    duplicate = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Nieuw", phone="0612345678", email="nieuw@example.nl"), at=T(2026, 6, 15))
    customers.anonymise_customer(shop, owner, gone.card_number, at=T(2026, 6, 16))
    with pytest.raises(ConflictError):  # it would bring the duplicate's phone and e-mail back onto the row
        customers.merge_customers(shop, owner, gone.card_number, duplicate.card_number, at=T(2026, 6, 17))
    with pytest.raises(ConflictError):
        customers.merge_customers(shop, owner, duplicate.card_number, gone.card_number, at=T(2026, 6, 17))
    with shop.read() as session:
        assert (session.get(Customer, gone.id).phone, session.get(Customer, duplicate.id).merged_into_id) == ("", None)


def test_a_friend_referred_with_a_merged_card_counts_for_the_customer_kept(shop, owner):
    keep = customers.create_customer(shop, owner, customers.CustomerDetails(name="Jan"), at=T(2026, 6, 15))
    duplicate = customers.create_customer(shop, owner, customers.CustomerDetails(name="Jan (dubbel)"),
                                          at=T(2026, 6, 15))
    customers.merge_customers(shop, owner, keep.card_number, duplicate.card_number, at=T(2026, 6, 16))
    friend = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Vriend", referred_by_card=duplicate.card_number), at=T(2026, 6, 17))
    with shop.read() as session:
        assert session.get(Customer, friend.id).referred_by_id == keep.id
