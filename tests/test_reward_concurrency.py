"""Two counters at the same moment on the last of a stock, the last seat, the same occasion."""

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import func, select
from test_concurrency import _race

from conftest import new_customer
from desktop.core import race_points
from desktop.core.catalogue import RewardSpec
from desktop.core.errors import ConflictError
from desktop.core.kinds import Role
from desktop.services import occasions, redemptions, rewards
from desktop.services.check import run_checks
from desktop.services.context import Actor
from desktop.services.settings import update_settings
from desktop.storage.engine import Database
from desktop.storage.models import Occasion, Redemption, Reward

COUNTER = Actor(name="Counter", role=Role.STAFF)


def _redeem_last(url: str, cards: str, barrier, results) -> None:
    db = Database(url)
    # Widen the race: pause after reading the reward, so without a lock both would see one left.
    card = cards.split(",")[barrier.wait()]  # each process its own customer
    try:
        with race_points.pause_at(race_points.REWARD_READ, lambda: time.sleep(0.3)):
            redemptions.redeem(db, COUNTER, card, "Laatste")
        results.put("ok")
    except ConflictError as error:
        results.put(f"refused: {error}")
    finally:
        db.dispose()


@pytest.mark.parametrize("kind", ["free_product", "event"])
def test_two_counters_never_hand_out_more_than_the_stock_or_the_seats(any_db, owner, kind):
    level = "financial" if kind == "free_product" else "social_emotional"
    when = datetime.now(UTC) + timedelta(days=3) if kind == "event" else None
    rewards.save_reward(any_db, owner, RewardSpec("Laatste", level, kind, 0, stock=1, event_at=when))
    cards = ",".join(new_customer(any_db, owner, name).card_number for name in ("Een", "Twee"))
    outcomes = _race(_redeem_last, any_db.url, cards)
    assert sorted(o.split(":")[0] for o in outcomes) == ["ok", "refused"]
    with any_db.read() as session:
        assert session.exec(select(Reward.stock)).one() == 0
        assert session.exec(select(func.count()).select_from(Redemption)).one() == 1
    assert run_checks(any_db) == []


def _greet(url: str, customer_id: str, barrier, results) -> None:
    db = Database(url)
    barrier.wait()
    results.put(len(occasions.greet(db, COUNTER, int(customer_id))))
    db.dispose()


def test_two_counters_grant_a_birthday_once(any_db, owner):
    update_settings(any_db, owner, {"birthday_bonus": 100})
    today = datetime.now().astimezone().date()
    customer = new_customer(any_db, owner, birthday=today.replace(year=1990) if today.month != 2 or today.day != 29
                            else today.replace(year=1992))
    outcomes = _race(_greet, any_db.url, str(customer.id))
    assert sorted(outcomes) == [0, 1]
    with any_db.read() as session:
        assert session.exec(select(func.count()).select_from(Occasion)
                            .where(Occasion.kind == "birthday")).one() == 1
    assert run_checks(any_db) == []
