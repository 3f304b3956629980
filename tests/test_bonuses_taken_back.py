"""Bonuses a purchase set off are taken back with it: referrals, visits, tiers, welcome back."""

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from conftest import balance_of, new_customer
from desktop.core.errors import ValidationError
from desktop.services import customers, purchases, redemptions
from desktop.services.check import run_checks
from desktop.services.settings import update_settings
from desktop.storage.models import AuditLog


def T(y, m, d):
    return datetime(y, m, d, 12, tzinfo=UTC)


def test_referrals_never_go_round_in_a_circle(shop, owner):
    anna = customers.create_customer(shop, owner, customers.CustomerDetails(name="Anna"), at=T(2026, 6, 15))
    bram = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Bram", referred_by_card=anna.card_number), at=T(2026, 6, 15))
    cor = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Cor", referred_by_card=bram.card_number), at=T(2026, 6, 15))
    for friend in (bram, cor):  # Anna was referred by someone she (indirectly) brought in herself
        with pytest.raises(ValidationError):
            customers.update_customer(shop, owner, anna.card_number, customers.CustomerDetails(
                name="Anna", referred_by_card=friend.card_number), at=T(2026, 6, 16))
    customers.update_customer(shop, owner, cor.card_number, customers.CustomerDetails(
        name="Cor", referred_by_card=bram.card_number), at=T(2026, 6, 16))  # unchanged is fine


def _occasions(db, customer_id):
    from desktop.storage.models import Occasion

    with db.read() as session:
        return sorted((o.kind, o.period) for o in session.exec(select(Occasion).where(
            Occasion.customer_id == customer_id, Occasion.kind != "welcome")))


def test_a_voided_first_purchase_takes_the_referral_bonus_back_and_the_next_real_one_earns_it(shop, owner):
    referrer = customers.create_customer(shop, owner, customers.CustomerDetails(name="Anna"), at=T(2026, 6, 15))
    update_settings(shop, owner, {"referral_bonus_to": "both"})
    friend = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Bram", referred_by_card=referrer.card_number), at=T(2026, 6, 15))
    mistake = purchases.register_purchase(shop, owner, friend.card_number, 1, at=T(2026, 6, 16))
    assert (balance_of(shop, referrer.id), balance_of(shop, friend.id)) == (100, 100)
    redemptions.redeem(shop, owner, referrer.card_number, "Honderd", at=T(2026, 6, 16))  # spent at once
    purchases.refund_purchase(shop, owner, mistake.purchase_id, "typo", void=True, at=T(2026, 6, 17))
    assert (balance_of(shop, referrer.id), balance_of(shop, friend.id)) == (-100, 0)  # like a refund: a debt
    assert _occasions(shop, referrer.id) == _occasions(shop, friend.id) == []
    with shop.read() as session:
        taken = session.exec(select(AuditLog).where(AuditLog.action == "occasion.take_back")).all()
        assert len(taken) == 2
        assert occasions_of_referrer(session, referrer.id) == [False]  # pending again
    purchases.register_purchase(shop, owner, friend.card_number, 2_000, at=T(2026, 6, 18))
    assert (balance_of(shop, referrer.id), balance_of(shop, friend.id)) == (0, 120)
    assert run_checks(shop) == []


def occasions_of_referrer(session, referrer_id):
    from desktop.services.occasions import referrals_of

    return [r.completed for r in referrals_of(session, referrer_id)]


def test_voided_purchases_are_no_visits_and_a_refunded_milestone_comes_again(shop, owner):
    update_settings(shop, owner, {"visit_bonus": 25})
    customer = new_customer(shop, owner)
    for minute in range(10):
        mistake = purchases.register_purchase(shop, owner, customer.card_number, 1,
                                              at=T(2026, 6, 15).replace(minute=minute))
        purchases.refund_purchase(shop, owner, mistake.purchase_id, "typo", void=True,
                                  at=T(2026, 6, 15).replace(minute=minute, second=30))
    assert _occasions(shop, customer.id) == [] and balance_of(shop, customer.id) == 0
    bought = [purchases.register_purchase(shop, owner, customer.card_number, 1_000, at=T(2026, 6, 16 + day))
              for day in range(10)]
    assert _occasions(shop, customer.id) == [("visit", "10")] and balance_of(shop, customer.id) == 125
    purchases.refund_purchase(shop, owner, bought[-1].purchase_id, "returned", amount_cents=400, at=T(2026, 6, 26))
    assert _occasions(shop, customer.id) == [("visit", "10")]  # a partial refund keeps it
    purchases.refund_purchase(shop, owner, bought[-1].purchase_id, "returned", at=T(2026, 6, 26))
    assert _occasions(shop, customer.id) == [] and balance_of(shop, customer.id) == 90
    purchases.register_purchase(shop, owner, customer.card_number, 1_000, at=T(2026, 6, 27))  # the 10th kept
    assert _occasions(shop, customer.id) == [("visit", "10")] and balance_of(shop, customer.id) == 125
    assert run_checks(shop) == []


def test_refunding_the_purchase_that_reached_a_tier_takes_the_tier_bonus_back(shop, owner):
    update_settings(shop, owner, {"tier_bonus": 200})
    customer = customers.create_customer(shop, owner, customers.CustomerDetails(name="Anna"), at=T(2026, 6, 15))
    gold = purchases.register_purchase(shop, owner, customer.card_number, 100_000, at=T(2026, 6, 15))
    assert balance_of(shop, customer.id) == 1_000 + 200
    purchases.refund_purchase(shop, owner, gold.purchase_id, "returned", amount_cents=50_000, at=T(2026, 6, 16))
    assert balance_of(shop, customer.id) == 500 + 200  # a partial refund keeps the bonus
    purchases.refund_purchase(shop, owner, gold.purchase_id, "returned", at=T(2026, 6, 17))
    assert balance_of(shop, customer.id) == 0 and _occasions(shop, customer.id) == []
    purchases.register_purchase(shop, owner, customer.card_number, 30_000, at=T(2026, 6, 18))  # Silver, for real
    assert _occasions(shop, customer.id) == [("tier", "Silver:2026-06-15")]
    assert balance_of(shop, customer.id) == 300 + 200
    assert run_checks(shop) == []


def test_voiding_the_purchase_that_brought_a_latent_customer_back_takes_the_welcome_back(shop, owner):
    from desktop.services import occasions

    update_settings(shop, owner, {"reactivation_bonus": 30, "expiry_months": 0})
    customer = customers.create_customer(shop, owner, customers.CustomerDetails(name="Anna"), at=T(2026, 1, 5))
    purchases.register_purchase(shop, owner, customer.card_number, 1_000, at=T(2026, 1, 5))
    back = purchases.register_purchase(shop, owner, customer.card_number, 1_000, at=T(2026, 6, 1))
    assert _occasions(shop, customer.id) == [("reactivation", "2026-01-05")] and balance_of(shop, customer.id) == 50
    purchases.refund_purchase(shop, owner, back.purchase_id, "wrong card", void=True, at=T(2026, 6, 1))
    assert _occasions(shop, customer.id) == [] and balance_of(shop, customer.id) == 10
    # Still latent (the voided purchase was no visit): at the counter the offer comes again, once.
    assert [o.kind for o in occasions.greet(shop, owner, customer.id, at=T(2026, 6, 2))] == ["reactivation"]
    assert balance_of(shop, customer.id) == 40 and run_checks(shop) == []
