"""Two counter PCs at the same moment: separate processes, each with its own engine."""

import multiprocessing
import time

import pytest
from sqlalchemy import event
from sqlmodel import func, select

from conftest import balance_of, new_customer
from desktop.core.errors import ConflictError
from desktop.core.kinds import Role
from desktop.services import purchases, redemptions, rewards
from desktop.services.check import run_checks
from desktop.services.context import Actor
from desktop.services.settings import update_settings
from desktop.storage.engine import Database
from desktop.storage.models import Purchase, Redemption

COUNTER = Actor(name="Counter", role=Role.STAFF)


def _slow_after_reading_lots(db: Database) -> None:
    """Widen the race: pause after reading the lots, so without a lock both would read 100."""

    def pause(conn, cursor, statement, *args) -> None:
        if "lot_allocation a ON a.lot_id" in statement:
            time.sleep(0.3)

    event.listen(db.engine, "after_cursor_execute", pause)


def _redeem_at_once(url: str, card: str, barrier, results) -> None:
    db = Database(url)
    _slow_after_reading_lots(db)
    barrier.wait()
    try:
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
