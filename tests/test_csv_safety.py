"""Spreadsheets: a cell a spreadsheet would run as a formula is exported as text and imported back
exactly; balances below zero (debts) survive export -> import into a new shop."""

from __future__ import annotations

import csv
import io

from sqlmodel import select

from desktop.core import clock
from desktop.demo import simulator
from desktop.services import csv_transfer, customers, points, purchases, redemptions, rewards
from desktop.services.check import run_checks
from desktop.storage.migrate import open_database
from desktop.storage.models import Customer

RISKY = ["=cmd|' /C calc'!A0", "+31 trick", "-minus", "@SUM(1+1)", "'=already quoted"]
SAFE = ["'t Hoekje", "Zoë O'Neill", "Jan-Willem"]


def rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def balances(db) -> dict[str, int]:
    with db.read() as session:
        current = session.exec(select(Customer).where(Customer.merged_into_id.is_(None),
                                                      Customer.anonymised.is_(False))).all()
        return {c.card_number: points.balance(session, c.id) for c in current}


def test_formulas_are_exported_as_text_and_imported_back_exactly(any_db, owner, tmp_path):
    for name in RISKY + SAFE:
        customers.create_customer(any_db, owner, customers.CustomerDetails(
            name=name, notes="=HYPERLINK(\"http://evil\")", city="-Utrecht" if name == "-minus" else "Utrecht"))
    data, _ = csv_transfer.export_customers(any_db)
    exported = {row[0]: row for row in rows(data)[1:]}
    for name in RISKY:
        assert "'" + name in exported, name
    for name in SAFE:
        assert name in exported, name
    for row in exported.values():
        assert row[0][:1] not in ("=", "+", "-", "@", "\t") and row[10] == "'=HYPERLINK(\"http://evil\")"
    assert exported["'-minus"][6] == "'-Utrecht"

    other = open_database(f"sqlite:///{tmp_path / 'other.db'}", create=True)
    try:
        csv_transfer.import_customers(other, owner, data)
        with other.read() as session:
            imported = {c.name: c for c in session.exec(select(Customer))}
        assert sorted(imported) == sorted(RISKY + SAFE)
        assert {c.notes for c in imported.values()} == {"=HYPERLINK(\"http://evil\")"}
        assert imported["-minus"].city == "-Utrecht"
    finally:
        other.dispose()


def test_debts_and_every_balance_survive_export_and_import_of_a_demo_shop(any_db, owner, tmp_path):
    today = clock.today()
    simulator.generate_demo(any_db, owner, customers=150, months=6, seed=3, today=today)
    # A customer who spent the points of a purchase that is then refunded owes points.
    debtor = customers.create_customer(any_db, owner, customers.CustomerDetails(name="Schuld de Boer"))
    bought = purchases.register_purchase(any_db, owner, debtor.card_number, 200_00)
    reward = rewards.create_reward(any_db, owner, "Taart", "financial", "free_product", 100)
    with any_db.write() as session:  # the points are spendable at once for this test
        from desktop.storage.models import LedgerEntry
        for entry in session.exec(select(LedgerEntry).where(LedgerEntry.customer_id == debtor.id)):
            entry.available_on = None
    redemptions.redeem(any_db, owner, debtor.card_number, str(reward.id))
    purchases.refund_purchase(any_db, owner, bought.purchase_id, "returned")
    before = balances(any_db)
    assert before[debtor.card_number] < 0
    data, count = csv_transfer.export_customers(any_db)
    assert count == len(before)

    other = open_database(f"sqlite:///{tmp_path / 'other.db'}", create=True)
    try:
        result = csv_transfer.import_customers(other, owner, data)
        assert result.customers == len(before)
        assert balances(other) == before
        assert run_checks(other) == []
    finally:
        other.dispose()
