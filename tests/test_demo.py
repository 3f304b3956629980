"""The demo shop: reproducible, realistic, and its ledger as sound as the services' own."""

from __future__ import annotations

import gc
import hashlib
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from desktop.cli import main
from desktop.core.errors import ConflictError
from desktop.core.kinds import EntryKind
from desktop.demo import simulator
from desktop.services import customers, points, purchases
from desktop.services.staff import verify_pin
from desktop.storage import summaries
from desktop.storage.migrate import open_database
from desktop.storage.models import Staff
from tests.test_summaries import _totals

TODAY = date(2026, 11, 22)


def _make(database, *, seed=1, months=12, count=300):
    return simulator.generate_demo(database, customers.Actor.set_up(), customers=count, months=months,
                              seed=seed, today=TODAY)


def _rows(session, sql):
    return [tuple(row) for row in session.execute(text(sql))]


def _fingerprint(database) -> str:
    with database.read() as session:
        data = (_rows(session, "SELECT id, card_number, name, phone, email, postcode, birthday, joined_on "
                               "FROM customer ORDER BY id"),
                _rows(session, "SELECT id, customer_id, kind, points, created_at, expires_on FROM ledger_entry "
                               "ORDER BY id"),
                _rows(session, "SELECT debit_id, lot_id, points FROM lot_allocation ORDER BY id"),
                _rows(session, "SELECT customer_id, amount_cents, created_at FROM purchase ORDER BY id"))
    return hashlib.sha256(repr(data).encode()).hexdigest()


def test_the_same_seed_gives_the_same_shop_and_another_seed_another(db, tmp_path):
    twin, other = (open_database(f"sqlite:///{tmp_path / name}", create=True) for name in ("twin.db", "other.db"))
    try:
        _make(db, seed=7)
        _make(twin, seed=7)
        _make(other, seed=8)
        assert _fingerprint(db) == _fingerprint(twin)
        assert _fingerprint(db) != _fingerprint(other)
    finally:
        twin.dispose()
        other.dispose()


def test_a_second_process_makes_the_same_shop(db, tmp_path):
    alone = open_database(f"sqlite:///{tmp_path / 'alone.db'}", create=True)
    try:
        assert simulator.generate_demo(db, customers.Actor.set_up(), customers=120, months=6, seed=5,
                                  today=TODAY, parallel=True).customers == 120
        simulator.generate_demo(alone, customers.Actor.set_up(), customers=120, months=6, seed=5, today=TODAY,
                           parallel=False)
        assert _fingerprint(db) == _fingerprint(alone)
    finally:
        alone.dispose()


def test_the_shop_has_newcomers_regulars_and_latent_customers_and_a_busy_saturday(db):
    summary = _make(db, months=24)
    assert summary.customers == 300 and summary.purchases > 300 * 5
    with db.read() as session:
        joined = dict(_rows(session, "SELECT id, joined_on FROM customer"))
        visits = defaultdict(list)
        amounts = []
        for customer_id, amount, created_at in session.execute(
                text("SELECT customer_id, amount_cents, created_at FROM purchase")):
            visits[customer_id].append(_local(created_at))
            amounts.append(amount)
    joined = {k: v if isinstance(v, date) else date.fromisoformat(v) for k, v in joined.items()}
    newcomers = [c for c, day in joined.items() if day >= TODAY - timedelta(days=61)]
    regulars = [c for c, times in visits.items() if sum(t.date() >= TODAY - timedelta(days=90) for t in times) >= 6]
    latent = [c for c, times in visits.items() if max(times).date() < TODAY - timedelta(days=90)]
    assert len(newcomers) >= 5 and len(regulars) >= 30 and len(latent) >= 30
    assert all(max(times).date() < TODAY for times in visits.values())  # all history lies before today
    weekdays = Counter(t.weekday() for times in visits.values() for t in times)
    assert weekdays[5] > 1.5 * weekdays[2] and weekdays[5] > 4 * weekdays[6]  # Saturday busy, Sunday mostly shut
    # December peak, summer dip, for the customers who came before and after both months:
    steady = [c for c, times in visits.items()
              if joined[c] < date(2025, 8, 1) and max(times).date() > date(2026, 1, 1)]
    in_month = lambda year, month: sum((t.year, t.month) == (year, month) for c in steady for t in visits[c])  # noqa: E731
    assert len(steady) > 30 and in_month(2025, 12) > 1.5 * in_month(2025, 8)
    assert all(9 <= t.hour < 21 for times in visits.values() for t in times)
    amounts.sort()
    assert amounts[0] >= 300 and amounts[-1] <= 15_000
    assert 1000 <= amounts[len(amounts) // 2] <= 4000


def _local(created_at) -> datetime:
    """A purchase time in the shop's zone, from either database's raw value (naive UTC)."""
    moment = created_at if isinstance(created_at, datetime) else datetime.fromisoformat(created_at)
    return moment.replace(tzinfo=UTC).astimezone()


@pytest.mark.postgres
def test_the_ledger_keeps_every_invariant_of_the_services(any_db):
    summary = _make(any_db, months=30)  # longer than the 24 months points stay valid, so some expire
    with any_db.read() as session:
        entries = _rows(session, "SELECT id, customer_id, kind, points FROM ledger_entry ORDER BY id")
        allocations = _rows(session, "SELECT debit_id, lot_id, points FROM lot_allocation")
    kinds = Counter(kind for _, _, kind, _ in entries)
    assert kinds[EntryKind.EXPIRE] > 0 and kinds[EntryKind.REVERSAL] > 0 and kinds[EntryKind.REDEEM] > 0
    assert kinds[EntryKind.WELCOME] == summary.customers
    by_id = {e[0]: e for e in entries}
    taken_from, taken_by = Counter(), Counter()
    for debit_id, lot_id, part in allocations:
        debit, lot = by_id[debit_id], by_id[lot_id]
        assert part > 0 and debit[3] < 0 < lot[3] and debit[1] == lot[1]
        taken_from[lot_id] += part
        taken_by[debit_id] += part
    assert all(taken_from[e[0]] <= e[3] for e in entries if e[3] > 0)  # no lot over-allocated
    assert all(taken_by[e[0]] <= -e[3] for e in entries if e[3] < 0)
    assert all(taken_by[e[0]] == -e[3] for e in entries if e[2] in (EntryKind.REDEEM, EntryKind.EXPIRE))
    balance, left, debt = Counter(), Counter(), Counter()
    for entry_id, customer_id, kind, pts in entries:
        balance[customer_id] += pts
        if kind == EntryKind.REDEEM:
            assert balance[customer_id] >= 0, f"redemption {entry_id} went below zero"
        if pts > 0:
            left[customer_id] += pts - taken_from[entry_id]
        else:
            debt[customer_id] += -pts - taken_by[entry_id]
    assert all(balance[c] == left[c] - debt[c] for c in balance)
    with any_db.read() as session:  # the services read the same balances
        for customer_id in list(balance)[:: max(1, len(balance) // 25)]:
            assert points.balance(session, customer_id) == balance[customer_id]


@pytest.mark.postgres
def test_the_totals_added_up_in_the_simulation_are_those_a_rebuild_finds(any_db, monkeypatch):
    """In Amsterdam's zone, over 30 months: two changes of summer time a year, voids,
    refunds that leave debts, expiry."""
    import time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        summary = simulator.generate_demo(any_db, customers.Actor.set_up(), customers=300, months=30, seed=3,
                                          today=TODAY, parallel=True)
        kept = _totals(any_db)
        with any_db.write() as session:
            summaries.rebuild(session)
        assert summary.refunds > 0 and all(kept.values())
        assert _totals(any_db) == kept
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.postgres
def test_the_services_carry_on_where_the_demo_stopped(any_db):
    _make(any_db, count=40, months=3)
    actor = customers.Actor.set_up()
    with any_db.read() as session:
        card = session.execute(text("SELECT card_number FROM customer ORDER BY id LIMIT 1")).scalar_one()
    new = customers.create_customer(any_db, actor, customers.CustomerDetails(name="Nieuwe Klant"))
    result = purchases.register_purchase(any_db, actor, card, 2500)
    assert new.id == 41 and result.points == 25


def test_the_demo_staff_sign_in_with_their_pins(db):
    _make(db, count=20, months=2)
    with db.read() as session:
        staff = {member.name: member for member in session.exec(select(Staff))}
    for name, role, pin in simulator.DEMO_STAFF:
        assert staff[name].role == role and verify_pin(pin, staff[name].pin_hash)
        assert not verify_pin("0000", staff[name].pin_hash)


def test_the_surveys_score_from_0_to_10_with_comments(db):
    summary = _make(db)
    with db.read() as session:
        scores = _rows(session, "SELECT recommend, buy_again, buy_more, satisfaction, comment FROM survey_response")
    assert len(scores) == summary.surveys > 10
    assert all(0 <= s <= 10 for row in scores for s in row[:4] if s is not None)
    assert any(row[4] for row in scores) and {r[0] for r in scores} & {9, 10} and {r[0] for r in scores} & set(range(7))


@pytest.fixture
def collector_on():
    """The cycle collector on for the test (a test run with the app's UiThreadGarbage has it
    off: desktop/ui/tasks.py), as it was afterwards."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_database_with_customers_is_refused(db, collector_on):
    customers.create_customer(db, customers.Actor.set_up(), customers.CustomerDetails(name="Eva"))
    with pytest.raises(ConflictError, match="has customers already"):
        _make(db, count=10)
    assert gc.isenabled()  # paused while the shop is made, back on after a refusal too


def test_the_demo_puts_back_every_index_it_set_aside(db, tmp_path):
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.db'}", create=True)
    try:
        _make(db, count=30, months=2)
        schema = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        with db.read() as made, fresh.read() as empty:
            assert _rows(made, schema) == _rows(empty, schema)
    finally:
        fresh.dispose()


def test_the_cycle_collector_is_back_on_after_the_demo(db, collector_on):
    _make(db, count=20, months=2)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off_after_the_demo(db):
    was = gc.isenabled()
    gc.disable()
    try:
        _make(db, count=20, months=2)
        assert not gc.isenabled()  # the app's UI thread collects on its own timer (UiThreadGarbage)
    finally:
        if was:
            gc.enable()


def test_the_command_line_makes_a_demo_shop(tmp_path, capsys):
    path = str(tmp_path / "demo.db")
    assert main(["--db", path, "demo", "--customers", "50", "--months", "6", "--seed", "3"]) == 0
    out, err = capsys.readouterr()
    assert "50 customers" in out and "Marieke Jansen" in out and "PIN 111111" in out
    assert "50 of 50 customers" in err
    assert main(["--db", path, "demo", "--customers", "50"]) == 1  # a second time: refused
