"""The owner's retention view: rewards per level, the hint, birthdays, events, subscriptions."""

from datetime import UTC, date, datetime, timedelta

import pytest

from conftest import new_customer
from desktop.core.catalogue import RewardSpec
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.kinds import RetentionLevel
from desktop.core.retention import balance_hint, out_of_ten
from desktop.services import redemptions, retention, rewards, subscriptions
from desktop.services.settings import update_settings

LEVELS = RetentionLevel


@pytest.fixture
def db(any_db):
    """SQL that differs between the databases (month and day of a date): run on both."""
    return any_db


def test_the_hint_speaks_only_when_one_level_dominates():
    assert balance_hint({LEVELS.FINANCIAL: 9, LEVELS.SOCIAL_EMOTIONAL: 0, LEVELS.STRUCTURAL: 0}) is None  # too few
    hint = balance_hint({LEVELS.FINANCIAL: 18, LEVELS.SOCIAL_EMOTIONAL: 1, LEVELS.STRUCTURAL: 1})
    assert (hint.level, hint.count, hint.total, hint.suggest) == (LEVELS.FINANCIAL, 18, 20, LEVELS.SOCIAL_EMOTIONAL)
    assert out_of_ten(hint.count, hint.total) == 9
    assert balance_hint({LEVELS.FINANCIAL: 6, LEVELS.SOCIAL_EMOTIONAL: 4, LEVELS.STRUCTURAL: 2}) is None
    social = balance_hint({LEVELS.FINANCIAL: 2, LEVELS.SOCIAL_EMOTIONAL: 20, LEVELS.STRUCTURAL: 0})
    assert social.suggest == LEVELS.STRUCTURAL


def test_rewards_are_counted_per_level_with_the_customers_reached(db, owner):
    update_settings(db, owner, {"welcome_bonus": 1000})
    rewards.save_reward(db, owner, RewardSpec("Korting", "financial", "discount", 10))
    rewards.save_reward(db, owner, RewardSpec("Kaartje", "social_emotional", "thank_you", 0))
    one, two = new_customer(db, owner, "Een"), new_customer(db, owner, "Twee")
    for card in (one.card_number, one.card_number, two.card_number):
        redemptions.redeem(db, owner, card, "Korting")
    card = redemptions.redeem(db, owner, two.card_number, "Kaartje")
    redemptions.mark_used(db, owner, card.code)
    today = datetime.now().astimezone().date()
    with db.read() as session:
        figures = retention.period_figures(session, today.replace(day=1), today + timedelta(days=1))
        earlier = retention.period_figures(session, today - timedelta(days=60), today - timedelta(days=30))
    assert figures.levels[LEVELS.FINANCIAL] == retention.LevelFigures(issued=3, used=0, customers=2)
    assert figures.levels[LEVELS.SOCIAL_EMOTIONAL] == retention.LevelFigures(issued=1, used=1, customers=1)
    assert figures.by_month[-1][1][LEVELS.FINANCIAL] == 3
    assert figures.occasions == {"welcome": 2}
    assert earlier.levels[LEVELS.FINANCIAL].issued == 0


def test_upcoming_birthdays_cross_the_new_year_and_skip_anonymised_customers(db, owner):
    new_customer(db, owner, "Oud en nieuw", birthday=date(1980, 1, 2))
    new_customer(db, owner, "Te laat", birthday=date(1980, 12, 20))
    new_customer(db, owner, "Kerst", birthday=date(1985, 12, 25))
    with db.read() as session:
        found = retention.upcoming_birthdays(session, date(2026, 12, 24), days=14)
    assert [(b.name, b.day) for b in found] == [("Kerst", date(2026, 12, 25)), ("Oud en nieuw", date(2027, 1, 2))]


def test_upcoming_events_show_seats_replies_and_attendance(db, owner):
    evening = datetime.now(UTC) + timedelta(days=3)
    rewards.save_reward(db, owner, RewardSpec("Proefavond", "social_emotional", "event", 0, stock=10,
                                              event_at=evening))
    rewards.save_reward(db, owner, RewardSpec("Voorbij", "social_emotional", "event", 0,
                                              event_at=evening - timedelta(days=30)))
    guest = new_customer(db, owner)
    seat = redemptions.redeem(db, owner, guest.card_number, "Proefavond")
    redemptions.mark_used(db, owner, seat.code)
    with db.read() as session:
        events = retention.upcoming_events(session, datetime.now(UTC))
    assert [(e.name, e.seats_left, e.replied, e.attended) for e in events] == [("Proefavond", 9, 1, 1)]


def test_the_subscription_due_list_moves_on_when_handed_over(db, owner, clerk):
    beans = rewards.save_reward(db, owner, RewardSpec("Bonen", "structural", "subscription", 0))
    other = rewards.save_reward(db, owner, RewardSpec("Koffie", "financial", "free_product", 0))
    customer = new_customer(db, owner)
    today = date(2026, 11, 22)
    with pytest.raises(ValidationError):
        subscriptions.subscribe(db, clerk, customer.card_number, beans.id, 0)
    with pytest.raises(NotFoundError):
        subscriptions.subscribe(db, clerk, customer.card_number, other.id, 30)
    row = subscriptions.subscribe(db, clerk, customer.card_number, beans.id, 28, first_due=today)
    with db.read() as session:
        assert [(d.customer, d.item, d.due) for d in subscriptions.due_list(session, today)] == [
            ("Sanne de Boer", "Bonen", today)]
    assert subscriptions.handed_over(db, clerk, row.id).next_due == today + timedelta(days=28)
    with db.read() as session:
        assert subscriptions.due_list(session, today) == []
        assert len(subscriptions.due_list(session, today, days_ahead=30)) == 1
    subscriptions.stop(db, clerk, row.id)
    with db.read() as session:
        assert subscriptions.due_list(session, today, days_ahead=60) == []
