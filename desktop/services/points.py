"""Posting to the points ledger inside a service's transaction.

Only these functions write LedgerEntry and LotAllocation rows (a credit's entry through
desktop.storage.appends), and they only insert:
a credit pays off any debt first, a debit is allocated to lots by desktop.core.ledger.
The caller holds the customer's row lock (see context.locked_by_card).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, func, text
from sqlmodel import Session, col, select

from desktop.core import ledger, race_points
from desktop.core.errors import ConflictError
from desktop.core.kinds import EntryKind
from desktop.core.reasons import Reason, stored
from desktop.services.context import Actor, saved_id
from desktop.storage import appends, statements
from desktop.storage.models import LedgerEntry, LotAllocation

_LOTS = text(
    """
    SELECT e.id, e.points - COALESCE(SUM(a.points), 0) AS left_points, e.expires_on, e.available_on
    FROM ledger_entry e LEFT JOIN lot_allocation a ON a.lot_id = e.id
    WHERE e.customer_id = :customer_id AND e.points > 0
    GROUP BY e.id, e.points, e.expires_on, e.available_on
    HAVING e.points - COALESCE(SUM(a.points), 0) > 0
    ORDER BY e.id
    """
)
_DEBTS = text(
    """
    SELECT e.id, -e.points - COALESCE(SUM(a.points), 0) AS owed
    FROM ledger_entry e LEFT JOIN lot_allocation a ON a.debit_id = e.id
    WHERE e.customer_id = :customer_id AND e.points < 0
    GROUP BY e.id, e.points
    HAVING -e.points - COALESCE(SUM(a.points), 0) > 0
    ORDER BY e.id
    """
)


def _as_date(value) -> date | None:
    # SQLite hands back dates from raw SQL as ISO strings.
    return date.fromisoformat(value) if isinstance(value, str) else value


def open_lots(session: Session, customer_id: int) -> list[ledger.Lot]:
    """The customer's lots that still hold points."""
    lots = [
        ledger.Lot(row.id, row.left_points, _as_date(row.expires_on), _as_date(row.available_on))
        for row in session.execute(_LOTS, {"customer_id": customer_id})
    ]
    race_points.reached(race_points.LOTS_READ)
    return lots


def open_debts(session: Session, customer_id: int) -> list[ledger.Debt]:
    """Points a refund took that the customer did not have any more, not yet paid off."""
    return [ledger.Debt(row.id, row.owed) for row in session.execute(_DEBTS, {"customer_id": customer_id})]


def expired_from(session: Session, lot_id: int) -> int:
    """How many points of one lot expiry took."""
    total = session.exec(
        select(func.coalesce(func.sum(LotAllocation.points), 0))
        .join(LedgerEntry, col(LedgerEntry.id) == LotAllocation.debit_id)
        .where(LotAllocation.lot_id == lot_id, LedgerEntry.kind == EntryKind.EXPIRE)
    ).one()
    return int(total)


# The one rule of a balance (a registration reads it inside another statement: occasions).
BALANCE = select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
    LedgerEntry.customer_id == bindparam("customer_id"))


def balance(session: Session, customer_id: int) -> int:
    """The balance is the sum of the customer's ledger entries; nothing else."""
    return int(statements.run(session, BALANCE, {"customer_id": customer_id}).scalar_one())


@dataclass(frozen=True)
class PointsSummary:
    balance: int  # sum of all entries; negative only while a refund's debt is open
    spendable: int  # what a redemption may take today
    pending: int  # earned but still in the return window
    expiring_soon: int  # spendable points that expire within the warning period
    expiring_on: date | None  # the first date on which some of them expire
    expiring_until: date | None = None  # the last of those dates (expiring_on when they share one)


def summary(session: Session, customer_id: int, today: date, *, warn_days: int = 30) -> PointsSummary:
    lots, debts = open_lots(session, customer_id), open_debts(session, customer_id)
    horizon = today + timedelta(days=warn_days)
    soon = [lot for lot in lots if lot.spendable(today) and lot.expires_on and lot.expires_on <= horizon]
    return PointsSummary(
        balance=balance(session, customer_id),
        spendable=ledger.spendable(lots, debts, today),
        pending=sum(lot.left for lot in lots if lot.available_on and lot.available_on > today),
        expiring_soon=sum(lot.left for lot in soon),
        expiring_on=min((lot.expires_on for lot in soon if lot.expires_on), default=None),
        expiring_until=max((lot.expires_on for lot in soon if lot.expires_on), default=None),
    )


def _entry(customer_id: int, kind: EntryKind, points: int, at: datetime, actor: Actor, **links) -> LedgerEntry:
    return LedgerEntry(customer_id=customer_id, kind=kind, points=points, created_at=at,
                       staff_id=actor.staff_id, counter=actor.counter, **links)


def credit(session: Session, customer_id: int, kind: EntryKind, points: int, *, at: datetime, actor: Actor,
           expires_on: date | None, available_on: date | None = None, may_owe: bool = True,
           **links) -> int:
    """Add a lot of `points` (> 0); it pays off open debts, oldest first, before anything else.
    Returns the new entry's id.

    A caller that read the balance may pass `may_owe=balance < 0`: debt is open exactly when
    the balance is below zero (debt is paid before any points are kept), which saves a query
    and a flush. The entry is one INSERT, not an ORM flush (see desktop.storage.appends).
    """
    assert points > 0, "a credit adds points"
    entry_id = appends.ledger_entry(session, customer_id=customer_id, kind=kind, points=points, created_at=at,
                                    staff_id=actor.staff_id, counter=actor.counter, expires_on=expires_on,
                                    available_on=available_on, **links)
    if not may_owe:
        return entry_id
    session.flush()  # the debts are read in SQL: allocations still pending in the session must be in it
    left = points
    for debt in open_debts(session, customer_id):
        if left == 0:
            break
        part = min(left, debt.owed)
        session.add(LotAllocation(debit_id=debt.entry_id, lot_id=entry_id, points=part))
        left -= part
    return entry_id


def expire_due(session: Session, customer_id: int, *, at: datetime, actor: Actor, today: date) -> list[ledger.Lot]:
    """Expire the customer's lots whose date has come, before anything else touches them;
    returns the lots still open.

    The daily `expire` run may not have run yet; without this a refund or a correction
    could be paid with points that are already dead.
    """
    lots = open_lots(session, customer_id)
    due = ledger.expirable(lots, today)
    if due:
        expire_lots(session, customer_id, due, at=at, actor=actor)
    return [lot for lot in lots if lot not in due]


def debit(session: Session, customer_id: int, kind: EntryKind, points: int, *, at: datetime, actor: Actor,
          today: date, spendable_only: bool, allow_debt: bool = False, prefer: int | None = None,
          **links) -> LedgerEntry:
    """Take `points` (> 0) from the customer's lots, soonest to expire first.

    A redemption (`spendable_only`) may take only spendable points and never goes below
    zero; a correction may also take pending points; only a refund (`allow_debt`) may take
    more than there is, leaving the rest as debt. Expired points are never taken.
    """
    assert points > 0, "a debit takes points"
    lots, debts = expire_due(session, customer_id, at=at, actor=actor, today=today), open_debts(session, customer_id)
    available = ledger.spendable(lots, debts, today) if spendable_only else sum(lot.left for lot in lots)
    if not allow_debt and points > available:
        raise ConflictError("Not enough points: {available} available, {points} needed.",
                            available=available, points=points)
    entry = _entry(customer_id, kind, -points, at, actor, **links)
    session.add(entry)
    session.flush()
    for lot_id, part in ledger.allocate(lots, points, today=today, spendable_only=spendable_only, prefer=prefer):
        session.add(LotAllocation(debit_id=saved_id(entry), lot_id=lot_id, points=part))
    return entry


def expire_lots(session: Session, customer_id: int, lots: list[ledger.Lot], *, at: datetime,
                actor: Actor) -> LedgerEntry | None:
    """One expire entry for what is left in `lots`, allocated to exactly those lots."""
    total = sum(lot.left for lot in lots)
    if total <= 0:
        return None
    first = min(lot.expires_on for lot in lots if lot.expires_on)
    entry = _entry(customer_id, EntryKind.EXPIRE, -total, at, actor,
                   reason=stored(Reason.EXPIRED, day=first))
    session.add(entry)
    session.flush()
    for lot in lots:
        session.add(LotAllocation(debit_id=saved_id(entry), lot_id=lot.entry_id, points=lot.left))
    return entry
