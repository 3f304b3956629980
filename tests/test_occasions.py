"""Automatic occasions: each fires once per occasion, never for anonymised customers."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event
from sqlmodel import select

from conftest import balance_of
from desktop.core.occasions import OccasionKind
from desktop.services import customers, occasions, purchases
from desktop.services.check import run_checks
from desktop.services.overview import open_customer
from desktop.services.settings import update_settings
from desktop.storage.models import Occasion

NOON = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def new_customer(db, actor, name="Sanne de Boer", **details):
    """A customer who joined on NOON's day, so dates in the tests line up."""
    return customers.create_customer(db, actor, customers.CustomerDetails(name=name, **details), at=NOON)


def kinds(db, customer_id) -> list[tuple[str, str, int]]:
    with db.read() as session:
        return [(o.kind, o.period, o.points) for o in session.exec(
            select(Occasion).where(Occasion.customer_id == customer_id).order_by(Occasion.id))]


def buy(db, actor, card, cents=1000, at=NOON):
    return purchases.register_purchase(db, actor, card, cents, at=at)


def test_the_welcome_is_granted_on_joining_once(any_db, owner):
    customer = new_customer(any_db, owner)
    assert kinds(any_db, customer.id) == [("welcome", "", 50)]
    assert balance_of(any_db, customer.id) == 50


def test_the_birthday_week_grants_the_birthday_once_a_year(any_db, owner):
    update_settings(any_db, owner, {"birthday_bonus": 100})
    customer = new_customer(any_db, owner, birthday=date(1990, 6, 18))
    early = NOON - timedelta(days=10)  # not yet in the birthday week
    assert occasions.greet(any_db, owner, customer.id, at=early) == []
    first = occasions.greet(any_db, owner, customer.id, at=NOON)  # 3 days before
    assert [(o.kind, o.period, o.points) for o in first] == [("birthday", "2026", 100)]
    assert occasions.greet(any_db, owner, customer.id, at=NOON + timedelta(days=2)) == []
    buy(any_db, owner, customer.card_number, at=NOON + timedelta(days=3))  # a purchase in the same week
    assert [k for k in kinds(any_db, customer.id) if k[0] == "birthday"] == [("birthday", "2026", 100)]
    next_year = occasions.greet(any_db, owner, customer.id, at=NOON + timedelta(days=365))
    assert [(o.kind, o.period) for o in next_year if o.kind == "birthday"] == [("birthday", "2027")]
    assert balance_of(any_db, customer.id) == 50 + 100 + 10 + 100  # welcome, birthday, purchase, birthday


def test_opening_a_customer_grants_the_date_s_occasions_once_and_writes_only_then(any_db, owner):
    update_settings(any_db, owner, {"birthday_bonus": 100})
    customer = new_customer(any_db, owner, birthday=date(1990, 6, 18))
    statements: list[str] = []
    event.listen(any_db.engine, "before_cursor_execute",
                 lambda _conn, _cursor, statement, *_: statements.append(" ".join(statement.split())))

    first = open_customer(any_db, owner, customer.id, at=NOON)  # the birthday week
    assert [(o.kind, o.points) for o in first.granted] == [("birthday", 100)]
    assert first.view.points.balance == 50 + 100, "the card shows the points just granted"
    assert any(s.startswith("INSERT INTO occasion") for s in statements)

    statements.clear()
    again = open_customer(any_db, owner, customer.id, at=NOON + timedelta(hours=1))
    assert again.granted == [] and again.view.points.balance == 150
    writes = [s for s in statements if s.startswith(("INSERT", "UPDATE", "DELETE", "BEGIN IMMEDIATE"))
              or "FOR UPDATE" in s]
    assert statements and writes == [], "nothing due: the card is only read"
    assert sum(s.startswith("BEGIN") for s in statements) <= 1, "in one session"


def test_the_nth_visit_is_marked_once(db, owner):
    update_settings(db, owner, {"visit_bonus": 25})
    customer = new_customer(db, owner)
    for day in range(11):
        buy(db, owner, customer.card_number, at=NOON + timedelta(days=day))
    assert [k for k in kinds(db, customer.id) if k[0] == "visit"] == [("visit", "10", 25)]


def test_the_membership_anniversary_is_celebrated_in_its_week(db, owner):
    update_settings(db, owner, {"anniversary_bonus": 40})
    with_history = customers.create_customer(db, owner, customers.CustomerDetails(name="Trouw"),
                                             joined_on=date(2024, 6, 14), at=NOON)
    granted = occasions.greet(db, owner, with_history.id, at=NOON)
    assert [(o.kind, o.period, o.detail, o.points) for o in granted] == [("anniversary", "2026", "2", 40)]
    assert occasions.greet(db, owner, with_history.id, at=NOON + timedelta(days=1)) == []
    later = occasions.greet(db, owner, with_history.id, at=NOON + timedelta(days=8))
    assert later == []  # the week is over and nothing else is due


def test_a_latent_customer_gets_one_reactivation_offer_per_absence(db, owner):
    update_settings(db, owner, {"reactivation_bonus": 30, "latent_after_days": 90})
    customer = new_customer(db, owner)
    buy(db, owner, customer.card_number, at=NOON)
    assert occasions.greet(db, owner, customer.id, at=NOON + timedelta(days=30)) == []
    offer = occasions.greet(db, owner, customer.id, at=NOON + timedelta(days=100))
    assert [(o.kind, o.period) for o in offer] == [("reactivation", "2026-06-15")]
    buy(db, owner, customer.card_number, at=NOON + timedelta(days=101))  # comes back: no second offer
    buy(db, owner, customer.card_number, at=NOON + timedelta(days=300))  # away again, then back
    assert [k for k in kinds(db, customer.id) if k[0] == "reactivation"] == [
        ("reactivation", "2026-06-15", 30), ("reactivation", "2026-09-24", 30)]


def test_a_referral_completes_on_the_first_purchase_within_the_limit(db, owner):
    update_settings(db, owner, {"referral_bonus": 100, "referral_limit": 1, "referral_bonus_to": "both"})
    referrer = new_customer(db, owner, "Ambassadeur")
    friends = [new_customer(db, owner, f"Vriend {i}", referred_by_card=referrer.card_number) for i in range(2)]
    with db.read() as session:
        assert [r.completed for r in occasions.referrals_of(session, referrer.id)] == [False, False]
    buy(db, owner, friends[0].card_number)
    buy(db, owner, friends[0].card_number, at=NOON + timedelta(days=1))  # a second purchase: nothing more
    buy(db, owner, friends[1].card_number)
    assert [k for k in kinds(db, referrer.id) if k[0] == "referral"] == [
        ("referral", str(friends[0].id), 100), ("referral", str(friends[1].id), 0)]  # over the limit
    assert [k for k in kinds(db, friends[0].id) if k[0] == "referred"] == [("referred", "", 100)]
    with db.read() as session:
        assert [r.completed for r in occasions.referrals_of(session, referrer.id)] == [True, True]
    assert balance_of(db, referrer.id) == 150
    assert run_checks(db) == []


def test_the_bonus_goes_only_to_the_side_the_settings_say(db, owner):
    update_settings(db, owner, {"referral_bonus": 100, "referral_bonus_to": "referred"})
    referrer = new_customer(db, owner, "Ambassadeur")
    friend = new_customer(db, owner, "Vriend", referred_by_card=referrer.card_number)
    buy(db, owner, friend.card_number)
    assert [k for k in kinds(db, referrer.id) if k[0] == "referral"] == [("referral", str(friend.id), 0)]
    assert balance_of(db, friend.id) == 50 + 10 + 100


def test_reaching_a_new_tier_is_an_occasion_once_per_membership_year(db, owner):
    update_settings(db, owner, {"tier_bonus": 20})
    customer = new_customer(db, owner)
    buy(db, owner, customer.card_number, 24_000)
    buy(db, owner, customer.card_number, 1_000, at=NOON + timedelta(hours=1))  # € 250: Silver
    buy(db, owner, customer.card_number, 1_000, at=NOON + timedelta(hours=2))
    assert [k for k in kinds(db, customer.id) if k[0] == "tier"] == [("tier", "Silver:2026-06-15", 20)]


def test_no_occasion_for_an_anonymised_customer(db, owner):
    update_settings(db, owner, {"birthday_bonus": 100, "visit_bonus": 5, "reactivation_bonus": 5})
    referrer = new_customer(db, owner, "Ambassadeur", birthday=date(1980, 6, 16))
    friend = new_customer(db, owner, "Vriend", referred_by_card=referrer.card_number)
    customers.anonymise_customer(db, owner, referrer.card_number)
    assert occasions.greet(db, owner, referrer.id, at=NOON) == []
    buy(db, owner, friend.card_number)
    assert [k[0] for k in kinds(db, referrer.id)] == ["welcome"]  # from before; no referral, no birthday
    customers.anonymise_customer(db, owner, friend.card_number)
    assert occasions.greet(db, owner, friend.id, at=NOON + timedelta(days=200)) == []


def test_marking_occasions_handed_out_clears_the_banner(db, owner, clerk):
    customer = new_customer(db, owner)
    with db.read() as session:
        open_ones = occasions.open_occasions(session, customer.id)
    assert [o.kind for o in open_ones] == [OccasionKind.WELCOME]
    assert occasions.mark_handed_out(db, clerk, [o.id for o in open_ones]) == 1
    assert occasions.mark_handed_out(db, clerk, [o.id for o in open_ones]) == 0
    with db.read() as session:
        assert occasions.open_occasions(session, customer.id) == []


@pytest.mark.parametrize("kind", ["birthday", "visit"])
def test_the_unique_key_refuses_a_second_grant_whatever_the_code_does(db, owner, kind):
    from sqlalchemy.exc import IntegrityError

    customer = new_customer(db, owner)
    with pytest.raises(IntegrityError):
        with db.write() as session:
            for _ in range(2):
                session.add(Occasion(customer_id=customer.id, kind=kind, period="2026", created_at=NOON))
                session.flush()
