"""Points past their date are never used again: not to pay a refund, a correction or a merge's debt."""

from datetime import UTC, datetime

import pytest

from conftest import balance_of, new_customer
from desktop.core.errors import ConflictError
from desktop.services import adjustments, customers, expiry, purchases, redemptions
from desktop.services.check import run_checks


def T(y, m, d):
    return datetime(y, m, d, 12, tzinfo=UTC)


def test_a_refund_is_never_paid_with_points_that_expired_but_were_not_swept_yet(shop, owner):
    customer = new_customer(shop, owner)
    purchases.register_purchase(shop, owner, customer.card_number, 10_000, at=T(2025, 1, 2))  # valid to 2 Feb
    second = purchases.register_purchase(shop, owner, customer.card_number, 10_000, at=T(2025, 3, 1))
    redemptions.redeem(shop, owner, customer.card_number, "Honderd", at=T(2025, 3, 2))
    purchases.refund_purchase(shop, owner, second.purchase_id, "returned", at=T(2025, 3, 3))
    assert balance_of(shop, customer.id) == -100  # the reward was kept: the customer owes it
    assert expiry.expire_points(shop, owner, at=T(2025, 3, 4)).points == 0
    assert run_checks(shop) == []


def test_a_correction_cannot_take_dead_points(shop, owner):
    customer = new_customer(shop, owner)
    purchases.register_purchase(shop, owner, customer.card_number, 10_000, at=T(2025, 1, 2))
    with pytest.raises(ConflictError):
        adjustments.adjust_points(shop, owner, customer.card_number, -50, "typo", at=T(2025, 3, 1))


def test_a_refund_does_not_take_back_points_that_expiry_took(shop, owner):
    customer = new_customer(shop, owner)
    bought = purchases.register_purchase(shop, owner, customer.card_number, 10_000, at=T(2025, 1, 2))
    expiry.expire_points(shop, owner, at=T(2025, 2, 3))
    result = purchases.refund_purchase(shop, owner, bought.purchase_id, "returned late", at=T(2025, 2, 4))
    assert result.points_reversed == 0 and balance_of(shop, customer.id) == 0
    assert run_checks(shop) == []


def test_a_merge_does_not_move_dead_points_to_pay_a_debt(shop, owner):
    keep, duplicate = new_customer(shop, owner, "A"), new_customer(shop, owner, "B")
    bought = purchases.register_purchase(shop, owner, keep.card_number, 10_000, at=T(2025, 3, 1))
    redemptions.redeem(shop, owner, keep.card_number, "Honderd", at=T(2025, 3, 1))
    purchases.refund_purchase(shop, owner, bought.purchase_id, "returned", at=T(2025, 3, 1))
    purchases.register_purchase(shop, owner, duplicate.card_number, 10_000, at=T(2025, 1, 2))  # dead by March
    customers.merge_customers(shop, owner, keep.card_number, duplicate.card_number, at=T(2025, 3, 5))
    assert balance_of(shop, keep.id) == -100
    assert run_checks(shop) == []
