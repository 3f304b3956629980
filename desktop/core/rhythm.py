"""Each regular customer's own rhythm: the usual gap between their visits, and when a
customer is overdue by it, long before the shop-wide latent rule (no purchase for 90
days) notices.

The usual gap is the median of the gaps between the days the customer bought on in the
last year: one holiday or one extra visit hardly moves it, where an average would. A
customer with fewer than `min_visits` visit days in that year has no rhythm to go by.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

HISTORY_DAYS = 365  # the visits a rhythm is read from
MIN_VISITS = 5  # visit days in that year before a customer has a rhythm
OVERDUE_FACTOR = 2.0  # overdue when the time since the last visit is this many usual gaps


@dataclass(frozen=True)
class Rhythm:
    visits: int  # visit days in the year read
    usual_gap_days: int  # the median gap, at least a day
    last_visit: date

    @property
    def expected_next(self) -> date:
        return self.last_visit + timedelta(days=self.usual_gap_days)

    def overdue_by(self, today: date) -> float:
        """The time since the last visit in usual gaps (1.0: exactly on time)."""
        return (today - self.last_visit).days / self.usual_gap_days

    def is_overdue(self, today: date, factor: float = OVERDUE_FACTOR) -> bool:
        return today > self.expected_next and self.overdue_by(today) >= factor


def rhythm(visit_days: Iterable[date], today: date, *, min_visits: int = MIN_VISITS) -> Rhythm | None:
    """The rhythm of the visits on `visit_days` (any order, repeats allowed) up to `today`."""
    return rhythm_of_ordinals({day.toordinal() for day in visit_days}, today, min_visits=min_visits)


def rhythm_of_ordinals(visit_days: Iterable[int], today: date, *, min_visits: int = MIN_VISITS) -> Rhythm | None:
    """rhythm() of days given as date.toordinal() numbers (the call list reads a million)."""
    end = today.toordinal()
    days = sorted({day for day in visit_days if end - HISTORY_DAYS < day <= end})
    if len(days) < max(min_visits, 2):
        return None
    gaps = [later - earlier for earlier, later in zip(days, days[1:], strict=False)]
    return Rhythm(len(days), max(1, round(median(gaps))), date.fromordinal(days[-1]))
