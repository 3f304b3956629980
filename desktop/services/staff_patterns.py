"""The owner's report of staff patterns worth a look over a period (read-only): per staff
member and counter, refunds after the customer had spent points, points corrections,
rewards handed out in bursts, purchases just under a tier threshold and voids, each rate
against the shop's own (desktop.core.patterns), with the lines behind it: the customer and
the purchase, refund or ledger entry, to look up.

Everything is read along the period's indexes (purchase, refund and redemption by time,
the ledger by kind and time), so a month costs what that month holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import groupby
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from desktop.core.kinds import EntryKind
from desktop.core.measures import Period
from desktop.core.patterns import Rate, in_bursts, just_under
from desktop.services.documents import day_start
from desktop.services.settings import load_settings
from desktop.storage.models import Customer, LedgerEntry, Purchase, Redemption, Refund, Staff

LINES_LISTED = 25  # per staff member and pattern
REFUND_AFTER_SPEND, CORRECTION, BURST, UNDER_THRESHOLD, VOID = (
    "refund_after_spend", "correction", "burst", "under_threshold", "void")
PATTERNS = (REFUND_AFTER_SPEND, CORRECTION, BURST, UNDER_THRESHOLD, VOID)


@dataclass(frozen=True)
class PatternLine:
    pattern: str
    at: datetime
    customer_id: int
    amount_cents: int | None = None
    points: int | None = None
    purchase_id: int | None = None
    refund_id: int | None = None
    entry_id: int | None = None  # the ledger entry: the correction, the reward's debit
    threshold_cents: int | None = None
    card_number: str = ""
    customer: str = ""


@dataclass
class StaffFigures:
    staff_id: int | None
    name: str
    counter: str
    purchases: int = 0
    redemptions: int = 0
    cases: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PATTERNS, 0))
    correction_points: int = 0  # the corrections' size, added up without their signs
    largest_correction: int = 0
    lines: dict[str, list[PatternLine]] = field(default_factory=lambda: defaultdict(list))

    def rate(self, pattern: str) -> Rate:
        return Rate(self.cases[pattern], self.redemptions if pattern == BURST else self.purchases)


@dataclass(frozen=True)
class StaffPatterns:
    period: Period
    shop: StaffFigures  # everyone together: the average each is compared with
    staff: list[StaffFigures]

    def stands_out(self, figures: StaffFigures, pattern: str) -> bool:
        return figures.rate(pattern).stands_out(self.shop.rate(pattern))


def staff_patterns(session: Session, period: Period) -> StaffPatterns:
    start, end = day_start(period.start), day_start(period.end + timedelta(days=1))
    names = dict(session.exec(select(Staff.id, Staff.name)).all())
    shop = StaffFigures(None, "", "")
    people: dict[tuple[int | None, str], StaffFigures] = {}

    def who(staff_id: int | None, counter: str) -> StaffFigures:
        key = (staff_id, counter or "")
        if key not in people:
            people[key] = StaffFigures(staff_id, names.get(staff_id, ""), counter or "")
        return people[key]

    def found(figures: StaffFigures, line: PatternLine) -> None:
        for target in (figures, shop):
            target.cases[line.pattern] += 1
        if len(figures.lines[line.pattern]) < LINES_LISTED:
            figures.lines[line.pattern].append(line)

    in_period = and_(col(Purchase.created_at) >= start, col(Purchase.created_at) < end)
    for staff_id, counter, count in session.exec(select(Purchase.staff_id, Purchase.counter, func.count())
                                                 .where(in_period)
                                                 .group_by(col(Purchase.staff_id), col(Purchase.counter))):
        who(staff_id, counter).purchases += count
        shop.purchases += count

    thresholds = sorted(load_settings(session).tier_thresholds.values())
    if thresholds:
        amount = col(Purchase.amount_cents)
        bands = or_(*(and_(amount >= round(t * 0.95), amount < t) for t in thresholds))
        # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
        # SQLAlchemy gives Rows with named fields; SQLModel types them as plain tuples.
        row: Any
        for row in session.exec(select(Purchase.id, Purchase.staff_id, Purchase.counter, Purchase.created_at,  # type: ignore[call-overload]
                                       Purchase.amount_cents, Purchase.customer_id).where(in_period, bands)
                                .order_by(Purchase.created_at)):
            found(who(row.staff_id, row.counter), PatternLine(
                UNDER_THRESHOLD, row.created_at, row.customer_id, amount_cents=row.amount_cents, purchase_id=row.id,
                threshold_cents=just_under(row.amount_cents, thresholds)))

    spent_between = (select(func.min(LedgerEntry.id)).where(
        LedgerEntry.customer_id == Purchase.customer_id, LedgerEntry.kind == EntryKind.REDEEM,
        LedgerEntry.created_at > Purchase.created_at, LedgerEntry.created_at < Refund.created_at)
        .correlate(Purchase, Refund).scalar_subquery())
    # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
    # SQLAlchemy gives Rows with named fields; SQLModel types them as plain tuples.
    for row in session.exec(select(Refund.id, Refund.staff_id, Refund.counter, Refund.created_at, Refund.amount_cents,  # type: ignore[call-overload]
                                   Refund.is_void, col(Purchase.id).label("purchase_id"), Purchase.customer_id,
                                   spent_between.label("redeem_id"))
                            .join(Purchase, Purchase.id == Refund.purchase_id)
                            .where(Refund.created_at >= start, Refund.created_at < end).order_by(Refund.created_at)):
        figures = who(row.staff_id, row.counter)
        link = dict(amount_cents=row.amount_cents, purchase_id=row.purchase_id, refund_id=row.id)
        if row.is_void:
            found(figures, PatternLine(VOID, row.created_at, row.customer_id, **link))
        if row.redeem_id is not None:
            found(figures, PatternLine(REFUND_AFTER_SPEND, row.created_at, row.customer_id, entry_id=row.redeem_id,
                                       **link))

    # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
    for row in session.exec(select(LedgerEntry.id, LedgerEntry.staff_id, LedgerEntry.counter, LedgerEntry.created_at,  # type: ignore[call-overload]
                                   LedgerEntry.customer_id, LedgerEntry.points)
                            .where(LedgerEntry.kind == EntryKind.ADJUST, LedgerEntry.created_at >= start,
                                   LedgerEntry.created_at < end).order_by(LedgerEntry.created_at)):
        figures = who(row.staff_id, row.counter)
        for target in (figures, shop):
            target.correction_points += abs(row.points)
            target.largest_correction = max(target.largest_correction, abs(row.points))
        found(figures, PatternLine(CORRECTION, row.created_at, row.customer_id, points=row.points, entry_id=row.id))

    debit = (select(func.min(LedgerEntry.id)).where(LedgerEntry.redemption_id == Redemption.id)
             .correlate(Redemption).scalar_subquery())
    # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
    # SQLAlchemy gives Rows with named fields; SQLModel types them as plain tuples.
    rewards: Sequence[Any] = session.exec(
        select(Redemption.id, Redemption.staff_id, Redemption.counter, Redemption.created_at,  # type: ignore[call-overload]
               Redemption.customer_id, Redemption.points, debit.label("entry_id"))
        .where(Redemption.created_at >= start, Redemption.created_at < end)
        .order_by(Redemption.staff_id, Redemption.counter, Redemption.created_at)).all()
    for (staff_id, counter), group in groupby(rewards, key=lambda r: (r.staff_id, r.counter)):
        handed = list(group)
        figures = who(staff_id, counter)
        figures.redemptions += len(handed)
        shop.redemptions += len(handed)
        for index in in_bursts([r.created_at for r in handed]):
            r = handed[index]
            found(figures, PatternLine(BURST, r.created_at, r.customer_id, points=r.points, entry_id=r.entry_id))

    _name_customers(session, people.values())
    staff = sorted(people.values(), key=lambda f: (f.name.lower(), f.counter))
    return StaffPatterns(period, shop, staff)


def _name_customers(session: Session, people) -> None:
    """Fill in the card number and name of each line's customer."""
    lines = [line for figures in people for kind in figures.lines.values() for line in kind]
    ids = sorted({line.customer_id for line in lines})
    known: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        known.update((i, (card, name)) for i, card, name in session.exec(
            select(Customer.id, Customer.card_number, Customer.name)
            .where(col(Customer.id).in_(ids[start:start + 500])))
            if i is not None)
    for figures in people:
        for kind, kept in figures.lines.items():
            figures.lines[kind] = [PatternLine(**{**line.__dict__, "card_number": known[line.customer_id][0],
                                                  "customer": known[line.customer_id][1]}) for line in kept]
