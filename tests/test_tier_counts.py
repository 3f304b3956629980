"""Customers per tier for the whole shop (desktop.services.tier_counts) agree with the tier
the counter works out for each customer (desktop.services.tiers)."""

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlmodel import select

from desktop.core import tiers
from desktop.core.clock import local_date
from desktop.core.measures import month
from desktop.demo import simulator
from desktop.services.context import Actor
from desktop.services.settings import load_settings
from desktop.services.tier_counts import customers_per_tier, month_tiers
from desktop.services.tiers import tier_facts, twelve_months_before
from desktop.storage.models import Customer, Purchase, Refund

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from desktop.storage.migrate import open_database

    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('tiers') / 'shop.db'}", create=True)
    simulator.generate_demo(db, Actor.set_up(), customers=500, months=30, seed=7, today=TODAY)
    yield db
    db.dispose()


def _held_per_customer(session, day: date) -> Counter:
    """The tier of every customer on `day`, one by one from their purchases and refunds (the
    refunds made by the end of `day`; a void undoes a purchase whenever it came)."""
    settings = load_settings(session)
    end = day + timedelta(days=1)
    kept: dict[int, list[tuple[date, int]]] = {}
    refunds: dict[int, int] = Counter()
    for refund in session.exec(select(Refund)):
        if refund.is_void or local_date(refund.created_at) < end:
            refunds[refund.purchase_id] += refund.amount_cents
    for purchase in session.exec(select(Purchase)):
        kept.setdefault(purchase.customer_id, []).append(
            (local_date(purchase.created_at), purchase.amount_cents - refunds[purchase.id]))
    counts: Counter = Counter()
    for customer in session.exec(select(Customer).where(Customer.merged_into_id.is_(None),
                                                        Customer.joined_on <= day)):
        bought = kept.get(customer.id, [])

        def spent(start: date, stop: date, bought=bought) -> int:
            return sum(cents for on, cents in bought if start <= on < stop)

        anniversary = tiers.last_anniversary(customer.joined_on, day)
        before = spent(tiers.year_before(anniversary), anniversary) if anniversary > customer.joined_on else None
        counts[tiers.held_tier(spent(twelve_months_before(day), end), before, settings)] += 1
    return counts


def test_the_counts_are_the_counters_tiers_today(demo):
    day = TODAY - timedelta(days=1)  # the demo's last day: the counter's "up to now" is the day's end
    with demo.read() as session:
        settings = load_settings(session)
        counter = Counter(tier_facts(session, c, day, settings).tier(settings)
                          for c in session.exec(select(Customer).where(Customer.merged_into_id.is_(None))))
        assert customers_per_tier(session, [day], settings) == [counter]
        assert set(counter) == {None, "Silver", "Gold"}  # the demo reaches every tier


@pytest.mark.parametrize("day", [date(2026, 11, 30), date(2025, 11, 30), date(2026, 2, 28), date(2025, 3, 1),
                                 date(2026, 7, 15), date(2024, 12, 31)])
def test_the_counts_on_a_past_day_follow_the_rule_customer_by_customer(demo, day):
    with demo.read() as session:
        found, = customers_per_tier(session, [day], load_settings(session))
        assert found == _held_per_customer(session, day)
        assert sum(found.values()) > 0


def test_the_month_table_has_every_tier_and_the_same_month_a_year_before(demo):
    with demo.read() as session:
        found = month_tiers(session, month(2026, 11), TODAY)
        settings = load_settings(session)
        assert found is not None
        assert found.ordered == ["Gold", "Silver", None]
        ends = [date(2026, 11, 30), date(2025, 11, 30)]
        assert [found.now, found.year_ago] == customers_per_tier(session, ends, settings)
        assert found.now != found.year_ago


def test_a_programme_without_tiers_has_no_table(db, owner):
    from desktop.services.settings import update_settings

    update_settings(db, owner, {"tier_thresholds": {}})
    with db.read() as session:
        assert month_tiers(session, month(2026, 11), TODAY) is None
