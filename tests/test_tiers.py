"""Tiers by spend over the last 12 months: thresholds, multipliers, the rule for keeping one."""

from datetime import UTC, date, datetime, timedelta

from desktop.core import tiers as rule
from desktop.core.rules import ProgrammeSettings
from desktop.services import customers, purchases, redemptions, rewards
from desktop.services.settings import load_settings, update_settings
from desktop.services.tiers import tier_standing
from desktop.storage.models import Customer

JOINED = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def member(db, actor):
    return customers.create_customer(db, actor, customers.CustomerDetails(name="Vaste Klant"), at=JOINED)


def standing(db, customer_id, day: date):
    with db.read() as session:
        return tier_standing(session, session.get(Customer, customer_id), day, load_settings(session))


def buy(db, actor, customer, cents, at):
    return purchases.register_purchase(db, actor, customer.card_number, cents, at=at)


def test_the_tier_changes_exactly_at_the_threshold(any_db, owner):
    customer = member(any_db, owner)
    at = JOINED + timedelta(days=10)
    buy(any_db, owner, customer, 24_999, at)
    assert standing(any_db, customer.id, at.date()).tier is None
    assert standing(any_db, customer.id, at.date()).to_next_cents == 1
    buy(any_db, owner, customer, 1, at + timedelta(minutes=1))
    now = standing(any_db, customer.id, at.date())
    assert (now.tier, now.next_tier, now.to_next_cents) == ("Silver", "Gold", 75_000)
    buy(any_db, owner, customer, 75_000, at + timedelta(minutes=2))
    assert standing(any_db, customer.id, at.date()).tier == "Gold"


def test_refunds_and_redemptions_never_count_as_spend(db, owner):
    update_settings(db, owner, {"welcome_bonus": 500})
    rewards.create_reward(db, owner, "Taart", "financial", "free_product", 400)
    customer = member(db, owner)
    at = JOINED + timedelta(days=10)
    result = buy(db, owner, customer, 30_000, at)
    redemptions.redeem(db, owner, customer.card_number, "Taart", at=at)
    assert standing(db, customer.id, at.date()).spend_12_months_cents == 30_000
    purchases.refund_purchase(db, owner, result.purchase_id, "kapot", amount_cents=10_000, at=at)
    assert standing(db, customer.id, at.date()).spend_12_months_cents == 20_000
    assert standing(db, customer.id, at.date()).tier is None  # the refund took it below Silver


def test_the_purchase_that_reaches_a_tier_earns_at_its_multiplier(db, owner):
    update_settings(db, owner, {"tier_multipliers": {"Silver": 150, "Gold": 200}})
    customer = member(db, owner)
    at = JOINED + timedelta(days=10)
    assert buy(db, owner, customer, 20_000, at).points == 200
    assert buy(db, owner, customer, 5_000, at + timedelta(minutes=1)).points == 75  # now Silver: 50 × 1.5
    assert buy(db, owner, customer, 1_000, at + timedelta(minutes=2)).points == 15


def test_a_tier_is_kept_until_the_anniversary_then_set_from_the_year_before_it(db, owner):
    customer = member(db, owner)  # joined 1 March 2025
    buy(db, owner, customer, 30_000, datetime(2025, 4, 1, 12, tzinfo=UTC))
    # July 2026: the April 2025 purchase is more than 12 months ago, but on the anniversary
    # (1 March 2026) the 12 months before held € 300: Silver is kept until 1 March 2027.
    july = standing(db, customer.id, date(2026, 7, 1))
    assert (july.tier, july.spend_12_months_cents, july.review_on) == ("Silver", 0, date(2027, 3, 1))
    assert july.to_keep_cents == 25_000
    buy(db, owner, customer, 10_000, datetime(2026, 7, 1, 12, tzinfo=UTC))
    assert standing(db, customer.id, date(2026, 7, 1)).to_keep_cents == 15_000
    # On the anniversary the 12 months before held only € 100: no tier from then on.
    assert standing(db, customer.id, date(2027, 3, 1)).tier is None


def test_mid_year_the_tier_follows_the_spend_but_never_below_the_anniversary(db, owner):
    customer = member(db, owner)  # joined 1 March 2025
    buy(db, owner, customer, 100_000, datetime(2025, 6, 1, 12, tzinfo=UTC))  # Gold
    buy(db, owner, customer, 30_000, datetime(2026, 4, 1, 12, tzinfo=UTC))
    # On 1 March 2026 the year before held € 1.000: Gold is fixed until 1 March 2027.
    assert standing(db, customer.id, date(2026, 12, 1)).tier == "Gold"
    # On 1 March 2027 the year before held € 300: Silver is fixed for the next year,
    # although by June 2027 nothing of it is left in the last 12 months.
    assert standing(db, customer.id, date(2027, 3, 1)).tier == "Silver"
    assert standing(db, customer.id, date(2027, 6, 1)).tier == "Silver"
    assert standing(db, customer.id, date(2028, 3, 1)).tier is None


def test_the_rule_in_core_matches_what_the_counter_tells():
    settings = ProgrammeSettings()
    assert rule.last_anniversary(date(2024, 2, 29), date(2025, 3, 1)) == date(2025, 2, 28)
    assert rule.next_anniversary(date(2024, 5, 10), date(2025, 5, 9)) == date(2025, 5, 10)
    assert rule.held_tier(0, 100_000, settings) == "Gold"
    assert rule.held_tier(30_000, None, settings) == "Silver"
    assert rule.multiplied(33, "Gold", ProgrammeSettings(tier_multipliers={"Gold": 150})) == 49
