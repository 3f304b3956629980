"""Which purchases count: the one definition every query and rule uses.

A void undoes a mistaken registration: the purchase never happened, so it is left out of
everything (visits, spend, the dashboard, the paper). A refund in full gives everything
back: the purchase happened (the dashboard counts it and takes the refund off the sales),
but nothing of it was kept, so it is no visit: it neither counts towards the Nth visit nor
completes a referral. A purchase that is `kept` is not voided and not refunded in full.

Each test is written three ways that must agree (tests/test_counted.py): an SQLAlchemy
expression, the same as SQL text for hand-written queries, and a Python twin. The SQL is
NOT EXISTS / a correlated sum along refund(purchase_id): one index probe per purchase,
never a scan of the refund table.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, exists, func, select

from desktop.storage.models import Purchase, Refund


def not_voided(purchase=Purchase) -> ColumnElement[bool]:
    """SQL: `purchase` (the Purchase entity or an alias of it) was not voided."""
    return ~exists().where(Refund.purchase_id == purchase.id, Refund.is_void)


def not_voided_sql(purchase: str = "purchase") -> str:
    """`not_voided` as SQL text, for the purchase table or its alias `purchase`."""
    return f"NOT EXISTS (SELECT 1 FROM refund rv WHERE rv.purchase_id = {purchase}.id AND rv.is_void)"


def refunded_cents(purchase=Purchase) -> ColumnElement[int]:
    """SQL: what was given back of `purchase`, voids included (a void gives back all of it)."""
    return (select(func.coalesce(func.sum(Refund.amount_cents), 0))
            .where(Refund.purchase_id == purchase.id).scalar_subquery())


def kept(purchase=Purchase) -> ColumnElement[bool]:
    """SQL: `purchase` is kept (a void refunds the whole amount, so it is never kept)."""
    return purchase.amount_cents > refunded_cents(purchase)


def is_voided(refunds) -> bool:
    """Python twin of `not not_voided`: one of the purchase's refunds is a void."""
    return any(refund.is_void for refund in refunds)


def is_kept(amount_cents: int, refunded_cents: int) -> bool:
    """Python twin of `kept`: something of the purchase is left after its refunds (voids included)."""
    return amount_cents > refunded_cents
