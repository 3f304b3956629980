from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from conftest import balance_of, new_customer
from desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from desktop.core.kinds import EntryKind
from desktop.services import adjustments, expiry, purchases, redemptions, rewards
from desktop.services.check import run_checks
from desktop.services.settings import update_settings
from desktop.storage.models import LedgerEntry

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_only_the_owner_adjusts_and_always_with_a_reason(db, owner, clerk):
    customer = new_customer(db, owner)
    with pytest.raises(PermissionDenied):
        adjustments.adjust_points(db, clerk, customer.card_number, 10, "gift")
    with pytest.raises(ValidationError, match="why"):
        adjustments.adjust_points(db, owner, customer.card_number, 10, "")
    with pytest.raises(ValidationError):
        adjustments.adjust_points(db, owner, customer.card_number, 0, "nothing")
    with pytest.raises(ConflictError):
        adjustments.adjust_points(db, owner, customer.card_number, -51, "too much")
    adjustments.adjust_points(db, owner, customer.card_number, -20, "double welcome by mistake")
    adjustments.adjust_points(db, owner, customer.card_number, 5, "apology for the wait")
    assert balance_of(db, customer.id) == 35


def test_expiry_takes_the_oldest_unspent_points_once(any_db, owner):
    update_settings(any_db, owner, {"expiry_months": 12, "welcome_bonus": 0})
    rewards.create_reward(any_db, owner, "Koffie", "financial", "free_product", 80)
    customer = new_customer(any_db, owner)
    purchases.register_purchase(any_db, owner, customer.card_number, 10_000, at=NOW - timedelta(days=400))
    purchases.register_purchase(any_db, owner, customer.card_number, 5_000, at=NOW - timedelta(days=100))
    # The redemption takes 80 from the old lot (it expires first), leaving 20 there.
    redemptions.redeem(any_db, owner, customer.card_number, "Koffie", at=NOW - timedelta(days=90))
    result = expiry.expire_points(any_db, owner, at=NOW)
    assert (result.customers, result.points) == (1, 20)
    assert balance_of(any_db, customer.id) == 50
    assert expiry.expire_points(any_db, owner, at=NOW).points == 0  # never twice
    with any_db.read() as session:
        expired = session.exec(select(LedgerEntry).where(LedgerEntry.kind == EntryKind.EXPIRE)).one()
    assert expired.points == -20
    assert run_checks(any_db) == []


def test_expiry_runs_in_small_transactions_and_books_every_customer(db, owner):
    from desktop.storage.models import AuditLog

    update_settings(db, owner, {"expiry_months": 12})  # the welcome bonus of 50 is past its date
    from desktop.services.customers import CustomerDetails, create_customer

    people = [create_customer(db, owner, CustomerDetails(name=f"Klant {i}"), at=NOW - timedelta(days=400))
              for i in range(5)]
    result = expiry.expire_points(db, owner, at=NOW, batch=2)
    assert (result.customers, result.points) == (5, 250)
    assert all(balance_of(db, p.id) == 0 for p in people)
    with db.read() as session:
        runs = session.exec(select(AuditLog).where(AuditLog.action == "points.expire")).all()
    assert len(runs) == 3  # 2 + 2 + 1 customers, each batch its own transaction
    assert run_checks(db) == []
