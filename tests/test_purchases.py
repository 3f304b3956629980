from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import func, select

from conftest import balance_of, new_customer
from desktop.core.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.kinds import EntryKind
from desktop.services import points, purchases, redemptions, rewards
from desktop.services.check import run_checks
from desktop.services.settings import update_settings
from desktop.storage.models import AuditLog, LedgerEntry, Purchase, Refund


def count(db, table) -> int:
    with db.read() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_a_purchase_earns_points_by_the_programme_rules(any_db, owner):
    customer = new_customer(any_db, owner)
    result = purchases.register_purchase(any_db, owner, customer.card_number, 12_550, receipt_ref="R-1")
    assert (result.points, result.balance, result.replayed) == (125, 175, False)  # 50 welcome + 125
    with any_db.read() as session:
        entry = session.exec(select(LedgerEntry).where(LedgerEntry.purchase_id == result.purchase_id)).one()
        assert entry.kind == EntryKind.EARN and entry.points == 125 and entry.expires_on is not None
        assert session.exec(select(AuditLog).where(AuditLog.action == "purchase.register")).one().after


def test_the_part_without_points_earns_nothing(db, owner):
    customer = new_customer(db, owner)
    result = purchases.register_purchase(db, owner, customer.card_number, 5000, non_earning_cents=2500)
    assert result.points == 25


def test_a_repeated_registration_key_counts_once(any_db, owner):
    customer = new_customer(any_db, owner)
    first = purchases.register_purchase(any_db, owner, customer.card_number, 1000, client_key="till-1/0001")
    again = purchases.register_purchase(any_db, owner, customer.card_number, 1000, client_key="till-1/0001")
    assert again.replayed and again.purchase_id == first.purchase_id and again.points == first.points
    assert count(any_db, Purchase) == 1 and balance_of(any_db, customer.id) == 60


def test_a_key_used_for_another_customer_is_refused(db, owner):
    one, two = new_customer(db, owner, "Een"), new_customer(db, owner, "Twee")
    purchases.register_purchase(db, owner, one.card_number, 1000, client_key="k")
    with pytest.raises(ConflictError):
        purchases.register_purchase(db, owner, two.card_number, 1000, client_key="k")


@pytest.mark.parametrize("amount, non_earning, field", [
    (0, 0, "amount"), (-500, 0, "amount"), (True, 0, "amount"), (1000, 1001, "non_earning"),
    (1000, -1, "non_earning"), (2_000_000, 0, "amount"),
])
def test_bad_amounts_write_nothing(db, owner, amount, non_earning, field):
    customer = new_customer(db, owner)
    with pytest.raises(ValidationError) as caught:
        purchases.register_purchase(db, owner, customer.card_number, amount, non_earning_cents=non_earning)
    assert caught.value.field == field
    assert count(db, Purchase) == 0


def test_unknown_and_mistyped_cards_write_nothing(db, owner):
    customer = new_customer(db, owner)
    mistyped = customer.card_number[:-1] + str((int(customer.card_number[-1]) + 1) % 10)
    with pytest.raises(ValidationError, match="mistyped"):
        purchases.register_purchase(db, owner, mistyped, 1000)
    with pytest.raises(NotFoundError):
        purchases.register_purchase(db, owner, "2900000000001", 1000)
    assert count(db, Purchase) == 0


def test_refund_takes_back_the_points_proportionally_and_never_leaves_any(any_db, owner):
    customer = new_customer(any_db, owner)
    bought = purchases.register_purchase(any_db, owner, customer.card_number, 10_000)  # 100 points
    first = purchases.refund_purchase(any_db, owner, bought.purchase_id, "one item back", amount_cents=3333)
    assert first.points_reversed == 34  # rounded up: refunds never leave points behind
    rest = purchases.refund_purchase(any_db, owner, bought.purchase_id, "the rest back")
    assert rest.points_reversed == 66 and rest.balance == 50
    with pytest.raises(ConflictError, match="already refunded"):
        purchases.refund_purchase(any_db, owner, bought.purchase_id, "again")
    assert run_checks(any_db) == []


def test_refunding_spent_points_leaves_a_debt_that_the_next_purchase_pays_off(any_db, owner):
    update_settings(any_db, owner, {"welcome_bonus": 0})
    customer = new_customer(any_db, owner)
    bought = purchases.register_purchase(any_db, owner, customer.card_number, 20_000)  # 200 points
    rewards.create_reward(any_db, owner, "Tas", "financial", "free_product", 150)
    redemptions.redeem(any_db, owner, customer.card_number, "Tas")
    refund = purchases.refund_purchase(any_db, owner, bought.purchase_id, "returned")
    assert refund.points_reversed == 200 and refund.balance == -150  # bought, redeemed, returned: owes 150
    later = purchases.register_purchase(any_db, owner, customer.card_number, 10_000)
    assert later.balance == -50
    with any_db.read() as session:
        assert points.summary(session, customer.id, datetime.now().date()).spendable == 0
    purchases.register_purchase(any_db, owner, customer.card_number, 8_000)
    assert balance_of(any_db, customer.id) == 30
    assert run_checks(any_db) == []


def test_a_void_needs_a_reason_and_an_unrefunded_purchase(db, owner):
    customer = new_customer(db, owner)
    bought = purchases.register_purchase(db, owner, customer.card_number, 1000)
    with pytest.raises(ValidationError, match="why"):
        purchases.refund_purchase(db, owner, bought.purchase_id, "  ", void=True)
    purchases.refund_purchase(db, owner, bought.purchase_id, "wrong customer", amount_cents=100)
    with pytest.raises(ConflictError, match="voided"):
        purchases.refund_purchase(db, owner, bought.purchase_id, "typo", void=True)
    with pytest.raises(ValidationError, match="At most"):
        purchases.refund_purchase(db, owner, bought.purchase_id, "too much", amount_cents=1000)
    assert count(db, Refund) == 1


def test_pending_points_cannot_be_spent_until_the_return_window_closes(db, owner):
    update_settings(db, owner, {"pending_days": 14, "welcome_bonus": 0})
    customer = new_customer(db, owner)
    now = datetime.now(UTC)
    purchases.register_purchase(db, owner, customer.card_number, 10_000, at=now)
    with db.read() as session:
        today = points.summary(session, customer.id, now.astimezone().date())
        later = points.summary(session, customer.id, (now + timedelta(days=14)).astimezone().date())
    assert (today.balance, today.spendable, today.pending) == (100, 0, 100)
    assert (later.spendable, later.pending) == (100, 0)
