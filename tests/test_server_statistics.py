"""PostgreSQL plans from table statistics: bulk loads and migrations refresh them (ANALYZE)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from conftest import PG_URL, _fresh_pg_database
from desktop.demo import simulator
from desktop.services import csv_transfer
from desktop.services.context import Actor
from desktop.storage.engine import Database
from desktop.storage.migrate import open_database


@pytest.fixture
def pg() -> Iterator[Database]:
    if not PG_URL:
        pytest.skip("table statistics are a server's: set LOYALTY_TEST_PG_URL to run these")
    for url in _fresh_pg_database():
        database = open_database(url, create=True)
        yield database
        database.dispose()


def _analysed(db: Database, table: str) -> int:
    """How often `table` was analysed by hand (autovacuum's own runs are counted apart)."""
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = :t"),
                                  {"t": table}).scalar_one()


def test_a_new_database_is_analysed_after_its_migrations(pg):
    assert _analysed(pg, "customer") >= 1


def test_the_demo_loader_analyses_what_it_loaded(pg):
    before = _analysed(pg, "purchase")
    simulator.generate_demo(pg, Actor.set_up(), customers=40, months=2, seed=3, today=date(2026, 11, 22))
    assert _analysed(pg, "purchase") > before


def test_a_csv_import_analyses_but_a_dry_run_does_not(pg, owner):
    data = b"name;card\nEva Jansen;\nPiet de Vries;\n"
    before = _analysed(pg, "customer")
    csv_transfer.import_customers(pg, owner, data, dry_run=True)
    assert _analysed(pg, "customer") == before
    csv_transfer.import_customers(pg, owner, data)
    assert _analysed(pg, "customer") > before
