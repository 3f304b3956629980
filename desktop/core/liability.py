"""What the programme owes: the month's points movements and their value under IFRS 15.

A statement walks from the points outstanding at the end of the previous month to those at
the end of this one: closing = opening + issued - taken back - redeemed - expired
+ corrections, to the point. Under IFRS 15 (customer loyalty programmes) part of a sale
pays for the points it earns; that part is revenue only when the points are redeemed or
lapse. The shop defers the points' worth less the share it expects never to be redeemed
(the breakage), estimated from its own history: of the points that left customers'
accounts in the last 24 months, the share that expired rather than being spent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.kinds import EntryKind
from desktop.core.measures import Measure, Period

BREAKAGE_MONTHS = 24
NO_BREAKAGE_HISTORY = "No points were redeemed or expired in the last 24 months."
# The kinds of new points a statement lists one by one, in its order.
ISSUED_KINDS = (EntryKind.EARN, EntryKind.WELCOME, EntryKind.BIRTHDAY, EntryKind.REFERRAL,
                EntryKind.MILESTONE, EntryKind.OPENING)


@dataclass(frozen=True)
class Breakage:
    """The expected share of points never redeemed, with the history it rests on."""

    start: date  # the window the estimate reads (BREAKAGE_MONTHS to the month's end)
    end: date
    redeemed: int  # points spent on rewards in the window
    expired: int  # points that lapsed in the window
    override: float | None = None  # the owner's own rate in percent, if given

    @property
    def estimated(self) -> Measure:
        """Percent of the points gone in the window that expired."""
        gone = self.redeemed + self.expired
        if gone <= 0:
            return Measure.missing(NO_BREAKAGE_HISTORY)
        return Measure(100.0 * self.expired / gone)

    @property
    def rate(self) -> float:
        """The percent used: the owner's, else the estimate, else none (nothing deferred away)."""
        if self.override is not None:
            return self.override
        estimate = self.estimated.value
        return estimate if estimate is not None else 0.0


def deferred_revenue_cents(points: int, point_value_cents: int, breakage_percent: float) -> int:
    """The revenue deferred for `points` not yet redeemed: their worth less the expected breakage."""
    worth = max(points, 0) * point_value_cents
    return round(worth * (100.0 - breakage_percent) / 100.0)


@dataclass(frozen=True)
class LiabilityStatement:
    period: Period
    opening: int  # outstanding at the end of the previous month
    issued: dict[EntryKind, int]  # new points by kind (ISSUED_KINDS)
    taken_back: int  # points taken back when purchases were refunded or voided
    redeemed: int  # spent on rewards
    expired: int  # whose date passed in the month (booked by the expiry run or not yet)
    corrections: int  # signed: the owner's corrections and cards merged into others
    closing: int  # outstanding at the month's end: the dashboard's figure
    point_value_cents: int
    breakage: Breakage

    @property
    def issued_total(self) -> int:
        return sum(self.issued.values())

    @property
    def balanced(self) -> bool:
        """Whether the movements lead from the opening to the closing points exactly."""
        return self.opening + self.issued_total - self.taken_back - self.redeemed - self.expired \
            + self.corrections == self.closing

    @property
    def liability_cents(self) -> int:
        return max(self.closing, 0) * self.point_value_cents

    @property
    def deferred_cents(self) -> int:
        return deferred_revenue_cents(self.closing, self.point_value_cents, self.breakage.rate)
