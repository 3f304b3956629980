"""The dashboard's running totals (desktop/storage/summaries.py): what each write keeps
equals what a rebuild from the purchases and the ledger finds."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from desktop.services.adjustments import adjust_points
from desktop.services.customers import merge_customers
from desktop.services.expiry import expire_points
from desktop.services.purchases import refund_purchase, register_purchase
from desktop.storage import summaries
from desktop.storage.models import Purchase
from desktop.storage.summaries import month_number, month_rows
from tests.conftest import new_customer


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def test_month_rows_link_each_month_to_the_next():
    rows = month_rows(7, [(date(2026, 1, 3), 100), (date(2026, 1, 20), 50), (date(2026, 3, 1), 10)])
    assert rows == [
        [7, month_number(date(2026, 1, 1)), 2, 150, date(2026, 1, 3).toordinal(), date(2026, 1, 20).toordinal(),
         month_number(date(2026, 3, 1))],
        [7, month_number(date(2026, 3, 1)), 1, 10, date(2026, 3, 1).toordinal(), date(2026, 3, 1).toordinal(), None],
    ]
    assert summaries.month_start(month_number(date(2026, 12, 31))) == date(2026, 12, 1)


def _totals(db) -> dict[str, list[tuple]]:
    with db.read() as session:
        return {table: [tuple(row) for row in session.execute(text(f"SELECT * FROM {table} ORDER BY {keys}"))]
                for table, keys in (("purchase_month", "customer_id, month"), ("ledger_day", "day, kind, expires_on"),
                                    ("allocation_day", "day, expires_on"))}


@pytest.fixture
def db(any_db):
    """Also on PostgreSQL when LOYALTY_TEST_PG_URL is set."""
    return any_db


def _writes_of_every_kind(db, owner):
    """Purchases, a void, refunds (one leaves a debt), an adjustment, a merge and expiry."""
    start = date(2025, 1, 6)
    anna, bram, twin = (new_customer(db, owner, name) for name in ("Anna", "Bram", "Bram (dubbel)"))
    bought = [register_purchase(db, owner, person.card_number, 1000 + 100 * i, at=at(start + timedelta(days=9 * i)))
              for i, person in enumerate([anna, bram, twin] * 6)]
    register_purchase(db, owner, anna.card_number, 700, at=at(start + timedelta(days=2)))  # back-dated
    refund_purchase(db, owner, bought[3].purchase_id, "typo", void=True, at=at(start + timedelta(days=28), 13))
    refund_purchase(db, owner, bought[4].purchase_id, "kapot", amount_cents=500, at=at(start + timedelta(days=40)))
    refund_purchase(db, owner, bought[0].purchase_id, "retour", at=at(start + timedelta(days=100)))  # leaves a debt
    adjust_points(db, owner, bram.card_number, -5, "telfout", at=at(start + timedelta(days=120)))
    merge_customers(db, owner, bram.card_number, twin.card_number, at=at(start + timedelta(days=150)))
    expire_points(db, owner, at=at(start + timedelta(days=1200)))
    return bram, twin


def test_every_write_keeps_the_totals_a_rebuild_finds(db, owner):
    bram, twin = _writes_of_every_kind(db, owner)
    kept = _totals(db)

    assert all(kept.values()), "every table has totals"
    with db.read() as session:  # the voided purchase is not counted; the twin's months moved to Bram
        purchases, cents = session.execute(text("SELECT SUM(purchases), SUM(amount_cents) FROM purchase_month")).one()
        assert (purchases, cents) == (18, sum(1000 + 100 * i for i in range(18)) - 1300 + 700)
        assert session.execute(text(f"SELECT COUNT(*) FROM purchase_month WHERE customer_id = {twin.id}")).scalar() == 0
        kinds = {row[0] for row in session.execute(text("SELECT DISTINCT kind FROM ledger_day"))}
        assert {"earn", "reversal", "adjust", "transfer", "expire"} <= kinds
    with db.write() as session:
        summaries.rebuild(session)
    assert _totals(db) == kept


def test_back_dated_purchases_keep_each_month_and_its_links_as_a_rebuild_finds(db, owner):
    # January and March, then (back-dated) February between them, the 1st of January before
    # its first day, a day inside March, and a month before all of them.
    carla = new_customer(db, owner, "Carla")
    for day in (date(2026, 1, 10), date(2026, 3, 5), date(2026, 2, 14), date(2026, 1, 1), date(2026, 3, 20),
                date(2025, 11, 30)):
        register_purchase(db, owner, carla.card_number, 1000, at=at(day))
    kept = _totals(db)["purchase_month"]
    months = {row[1]: row for row in kept}
    november, january, february, march = (month_number(date(2025, 11, 1)), month_number(date(2026, 1, 1)),
                                          month_number(date(2026, 2, 1)), month_number(date(2026, 3, 1)))
    assert [months[m][6] for m in (november, january, february, march)] == [january, february, march, None]
    assert months[january][2:6] == (2, 2000, date(2026, 1, 1).toordinal(), date(2026, 1, 10).toordinal())
    assert months[march][2:6] == (2, 2000, date(2026, 3, 5).toordinal(), date(2026, 3, 20).toordinal())
    with db.write() as session:
        summaries.rebuild(session)
    assert _totals(db)["purchase_month"] == kept


def test_a_failed_write_leaves_the_totals_alone(db, owner):
    anna = new_customer(db, owner, "Anna")
    register_purchase(db, owner, anna.card_number, 1000, at=at(date(2026, 3, 2)))
    before = _totals(db)
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Purchase(customer_id=anna.id, amount_cents=500, created_at=at(date(2026, 4, 1))))
        session.flush()
        raise RuntimeError("the till crashed")
    assert _totals(db) == before


def test_migration_0008_fills_a_populated_0007_database_as_the_writes_keep_them(db, owner):
    from alembic import command

    from desktop.storage import migrate

    _writes_of_every_kind(db, owner)
    kept = _totals(db)
    config = migrate.alembic_config()
    with db.engine.begin() as connection:  # the shop as revision 0007 had it: the same rows, no totals
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    assert migrate.current_revision(db) == "0007"
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert _totals(db) == kept


@pytest.fixture
def amsterdam(monkeypatch):
    """The machine's time zone is Amsterdam's (CET, CEST from the last Sunday of March)."""
    import time as clock

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


def test_a_rebuild_counts_local_days_across_a_change_of_summer_time(amsterdam, db, owner):
    anna, bram = new_customer(db, owner, "Anna"), new_customer(db, owner, "Bram")
    # 23:30 and 00:30 local around the night the clocks go forward (29-30 March 2025) and back
    # (25-26 October), and at the end of a month: UTC puts several on the day (and month) before.
    moments = [datetime(2025, 3, 29, 23, 30), datetime(2025, 3, 30, 0, 30), datetime(2025, 3, 31, 23, 30),
               datetime(2025, 4, 1, 0, 30), datetime(2025, 10, 25, 23, 30), datetime(2025, 10, 26, 0, 30),
               datetime(2025, 10, 31, 23, 59), datetime(2025, 11, 1, 0, 1)]
    for i, moment in enumerate(moments):
        register_purchase(db, owner, (anna if i % 2 else bram).card_number, 1000 + i, at=moment.astimezone())
    expire_points(db, owner, at=datetime(2028, 1, 1, 0, 30).astimezone())
    kept = _totals(db)
    with db.read() as session:
        april = session.execute(text(f"SELECT purchases FROM purchase_month WHERE customer_id = {anna.id} "
                                     f"AND month = {month_number(date(2025, 4, 1))}")).scalar()
    assert april == 1, "00:30 on 1 April in Amsterdam is 31 March in UTC, and counts in April"
    with db.write() as session:
        summaries.rebuild(session)
    assert _totals(db) == kept


def test_a_registration_s_upserts_are_built_once():
    # Building an upsert cost more than running it (a fifth of a registration's CPU, once
    # when the cache was lost): each is built once per table and columns.
    from desktop.storage.models import LedgerDay

    table, keys = LedgerDay.__table__, ("day", "kind", "expires_on")
    columns = ("day", "kind", "expires_on", "points", "gained")
    assert summaries._upsert_statement("sqlite", table, keys, columns) is \
        summaries._upsert_statement("sqlite", table, keys, columns)
    assert summaries._add_to_month("sqlite") is summaries._add_to_month("sqlite")
