"""Two counter PCs at the same moment: separate processes, each with its own engine."""

import multiprocessing
import time

import pytest
from sqlmodel import func, select

from conftest import balance_of, new_customer
from desktop.core import race_points
from desktop.core.errors import ConflictError
from desktop.core.kinds import Role
from desktop.services import purchases, redemptions, rewards
from desktop.services.check import run_checks
from desktop.services.context import Actor
from desktop.services.settings import update_settings
from desktop.storage.engine import Database
from desktop.storage.models import Purchase, Redemption

COUNTER = Actor(name="Counter", role=Role.STAFF)


def _redeem_at_once(url: str, card: str, barrier, results) -> None:
    db = Database(url)
    # Widen the race: pause after reading the lots, so without a lock both would read 100.
    barrier.wait()
    try:
        with race_points.pause_at(race_points.LOTS_READ, lambda: time.sleep(0.3)):
            redemptions.redeem(db, COUNTER, card, "Taart")
        results.put("ok")
    except ConflictError as error:
        results.put(f"refused: {error}")
    finally:
        db.dispose()


def _register_at_once(url: str, card: str, barrier, results) -> None:
    db = Database(url)
    barrier.wait()
    result = purchases.register_purchase(db, COUNTER, card, 2_000, client_key="double-click-42")
    results.put((result.purchase_id, result.replayed))
    db.dispose()


def _race(target, url: str, card: str, runs: int = 2) -> list:
    # fork: the children start at once with the modules loaded; each makes its own engine
    # and never touches the parent's connections.
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(runs), ctx.Queue()
    workers = [ctx.Process(target=target, args=(url, card, barrier, results)) for _ in range(runs)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return [results.get(timeout=5) for _ in workers]


@pytest.mark.parametrize("attempt", range(2))
def test_two_counters_redeeming_the_last_points_exactly_one_succeeds(any_db, owner, attempt):
    update_settings(any_db, owner, {"welcome_bonus": 100})
    rewards.create_reward(any_db, owner, "Taart", "financial", "free_product", 100)
    customer = new_customer(any_db, owner)
    outcomes = _race(_redeem_at_once, any_db.url, customer.card_number)
    assert sorted(o.split(":")[0] for o in outcomes) == ["ok", "refused"]
    assert balance_of(any_db, customer.id) == 0
    with any_db.read() as session:
        assert session.exec(select(func.count()).select_from(Redemption)).one() == 1
    assert run_checks(any_db) == []


def test_a_double_click_on_two_processes_books_the_purchase_once(any_db, owner):
    customer = new_customer(any_db, owner)
    outcomes = _race(_register_at_once, any_db.url, customer.card_number)
    assert len({purchase_id for purchase_id, _ in outcomes}) == 1
    assert sorted(replayed for _, replayed in outcomes) == [False, True]
    with any_db.read() as session:
        assert session.exec(select(func.count()).select_from(Purchase)).one() == 1
    assert balance_of(any_db, customer.id) == 70


@pytest.mark.parametrize("point, stock", [(race_points.LOTS_READ, None), (race_points.REWARD_READ, 1)])
def test_the_races_pause_where_the_services_read_what_another_counter_may_change(db, owner, point, stock):
    # Guards the race tests above: a point no service reaches would widen no race.
    update_settings(db, owner, {"welcome_bonus": 100})
    rewards.create_reward(db, owner, "Taart", "financial", "free_product", 100, stock=stock)
    customer = new_customer(db, owner)
    seen = []
    with race_points.pause_at(point, lambda: seen.append(point)):
        redemptions.redeem(db, COUNTER, customer.card_number, "Taart")
    assert seen
    reached = len(seen)
    race_points.reached(point)  # outside the block the pause is gone
    assert len(seen) == reached
