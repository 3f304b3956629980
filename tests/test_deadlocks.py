"""Services that lock several customers keep one order, so two counters never deadlock.

The races are made deterministic with a second connection that holds a row lock the way
another service would, and waits until the service under test is blocked on it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from conftest import PG_URL, _fresh_pg_database, balance_of, new_customer
from desktop.services.customers import merge_customers
from desktop.services.purchases import register_purchase
from desktop.storage.engine import ATTEMPTS, Database, DatabaseError, retried
from desktop.storage.migrate import open_database


@pytest.fixture
def pg() -> Iterator[Database]:
    if not PG_URL:
        pytest.skip("deadlocks are a server's: set LOYALTY_TEST_PG_URL to run these")
    for url in _fresh_pg_database():
        database = open_database(url, create=True)
        yield database
        database.dispose()


def _lock(connection, customer_id: int) -> None:
    connection.execute(text("SELECT id FROM customer WHERE id = :id FOR UPDATE"), {"id": customer_id})


def _wait_until_blocked(db: Database, holder) -> None:
    """Until some other session of this database waits for a lock the holder has."""
    holder_pid = holder.execute(text("SELECT pg_backend_pid()")).scalar()
    deadline = time.monotonic() + 60  # a condition, not a time limit: CI shares a loaded machine
    with db.engine.connect() as watcher:
        while time.monotonic() < deadline:
            waiting = watcher.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock' AND :holder = ANY(pg_blocking_pids(pid))"
                ),
                {"holder": holder_pid},
            ).scalar()
            if waiting:
                return
            time.sleep(0.02)
    raise AssertionError("the service never waited for the held lock")


def _in_thread(call) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["result"] = call()
        except Exception as error:  # handed to the test thread
            outcome["error"] = error

    thread = threading.Thread(target=work)
    thread.start()
    return thread, outcome


def test_a_first_purchase_and_a_merge_of_referrer_and_referred_do_not_deadlock(pg, owner, caplog):
    referrer = new_customer(pg, owner, "Anna Referrer")
    referred = new_customer(pg, owner, "Bram Referred", referred_by_card=referrer.card_number)
    assert referrer.id < referred.id
    with pg.engine.connect() as merge:  # a merge of the two locks them in id order: the referrer first
        merge.execute(text("SET LOCAL lock_timeout = '3s'"))
        _lock(merge, referrer.id)
        thread, outcome = _in_thread(lambda: register_purchase(pg, owner, referred.card_number, 2500))
        _wait_until_blocked(pg, merge)
        # Before the fix the purchase held the referred customer here, and this deadlocked.
        _lock(merge, referred.id)
        merge.rollback()
    thread.join(20)
    assert "error" not in outcome, outcome
    assert outcome["result"].customer_id == referred.id
    assert balance_of(pg, referrer.id) > 0  # the referral was completed: the referrer got the thanks
    assert "rolled back by the server" not in caplog.text  # no deadlock, not even one that was retried


def test_the_real_purchase_and_merge_run_together_without_a_deadlock(pg, owner, caplog):
    referrer = new_customer(pg, owner, "Anna Referrer")
    referred = new_customer(pg, owner, "Bram Referred", referred_by_card=referrer.card_number)
    with pg.engine.connect() as holder:  # both services queue behind the referrer's lock, then race
        _lock(holder, referrer.id)
        buying, bought = _in_thread(lambda: register_purchase(pg, owner, referred.card_number, 2500))
        _wait_until_blocked(pg, holder)
        merging, merged = _in_thread(lambda: merge_customers(pg, owner, referrer.card_number, referred.card_number))
        time.sleep(0.3)
        holder.rollback()
    for thread in (buying, merging):
        thread.join(20)
    assert "error" not in bought and "error" not in merged, (bought, merged)
    assert "rolled back by the server" not in caplog.text


def test_a_transaction_the_server_picks_as_deadlock_victim_is_run_again(pg, owner, caplog):
    referrer = new_customer(pg, owner, "Anna Referrer")
    referred = new_customer(pg, owner, "Bram Referred", referred_by_card=referrer.card_number)
    with pg.engine.connect() as rogue:  # locks against the order, and waits long before it looks for deadlocks
        rogue.execute(text("SET LOCAL deadlock_timeout = '10s'"))
        _lock(rogue, referred.id)
        thread, outcome = _in_thread(lambda: register_purchase(pg, owner, referred.card_number, 2500))
        _wait_until_blocked(pg, rogue)  # the purchase holds the referrer and waits for the referred
        _lock(rogue, referrer.id)  # a circle: the purchase's server process finds it first and gives way
        rogue.commit()
    thread.join(20)
    assert "error" not in outcome, outcome
    assert "rolled back by the server: 40P01" in caplog.text


def test_a_conflict_that_keeps_coming_back_ends_in_a_sentence():
    import psycopg.errors

    tries = []

    @retried
    def always_deadlocked() -> None:
        tries.append(1)
        raise OperationalError("UPDATE customer", {}, psycopg.errors.DeadlockDetected("deadlock detected"))

    with pytest.raises(DatabaseError, match="Another counter was changing the same customers"):
        always_deadlocked()
    assert len(tries) == ATTEMPTS


def test_other_database_errors_are_not_retried():
    import psycopg.errors

    tries = []

    @retried
    def broken() -> None:
        tries.append(1)
        raise OperationalError("SELECT", {}, psycopg.errors.UndefinedTable("no such table"))

    with pytest.raises(OperationalError):
        broken()
    assert len(tries) == 1
