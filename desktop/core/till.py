"""The till's own totals against the members' purchases: the members' share of revenue.

The owner enters what the till took: per day (the till's Z-report), or as one figure for a
whole month when only that is at hand (a past year's books, needed to compare with the
same month last year). For a period, each calendar month wholly inside it counts by its
month total when one is entered, else by its days; a month the period only partly covers
counts by its days. The share is known only when every day of the period has a figure:
otherwise it would set the members' whole period against part of the till's.

Members' share = the loyalty customers' purchases less their refunds (the dashboard's
"revenue from members") / the till's total for the same days, as a percentage.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.measures import Measure, Period

MAX_TILL_CENTS = 1_000_000_000  # € 10 million: more for a day or a month of a small shop is a typo

# Why the share is unknown (English; the screens and the documents translate them).
NOT_ENTERED = "The till total is not entered for every day of this period."
NO_TILL_REVENUE = "The till took nothing in this period."


@dataclass(frozen=True)
class TillCoverage:
    """What the till took in a period, as far as it was entered."""

    days: int  # the days of the period
    entered_days: int  # the days with a figure (a month total stands for each day of its month)
    cents: int  # what the till took on those days

    @property
    def complete(self) -> bool:
        return self.entered_days == self.days


def month_days(first: date) -> int:
    return calendar.monthrange(first.year, first.month)[1]


def coverage(period: Period, day_totals: Mapping[date, int], month_totals: Mapping[date, int]) -> TillCoverage:
    """The till's figure for `period`, from the totals entered per day and per month (keyed by
    the month's first day); see the module's docstring for which counts where."""
    entered = cents = 0
    first = period.start.replace(day=1)
    while first <= period.end:
        last = first.replace(day=month_days(first))
        if period.start <= first and last <= period.end and first in month_totals:
            entered, cents = entered + month_days(first), cents + month_totals[first]
        else:
            day = max(first, period.start)
            while day <= min(last, period.end):
                if day in day_totals:
                    entered, cents = entered + 1, cents + day_totals[day]
                day += timedelta(days=1)
        first = last + timedelta(days=1)
    return TillCoverage(period.days, entered, cents)


def members_share(members_cents: int, till: TillCoverage) -> Measure:
    """The members' revenue as a percentage of the till's, for a period the till covers wholly."""
    if not till.complete:
        return Measure.missing(NOT_ENTERED)
    if till.cents <= 0:
        return Measure.missing(NO_TILL_REVENUE)
    return Measure(100.0 * members_cents / till.cents)
