"""Did the offer work? A mailing with a control group, and how sure the answer is.

When a mailing goes out, a random share of its list is held back (recorded with it, sent
nothing). Comparing who came back among those mailed and those held back gives the
mailing's own effect, apart from customers who would have come anyway. The difference in
the share who came back is given with its 95% confidence interval (the normal
approximation for two independent proportions); with too few customers in either group
there is nothing to tell.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

HOLD_BACK_PERCENT = 10
WINDOWS = (30, 60, 90)  # days after the mailing in which a customer may come back
MIN_GROUP = 20  # customers in each group before the difference means anything
Z_95 = 1.959964

T = TypeVar("T")


def held_back_count(listed: int, percent: int) -> int:
    """How many of `listed` customers to hold back: the share rounded half up, at least one
    when any share is asked for and the list has two or more."""
    if percent <= 0 or listed < 2:
        return 0
    return min(listed - 1, max(1, (listed * percent + 50) // 100))


def split(listed: Sequence[T], percent: int, rng: random.Random) -> tuple[list[T], list[T]]:
    """(mailed, held back): a random `percent` of `listed` held back, the order kept."""
    chosen = set(rng.sample(range(len(listed)), held_back_count(len(listed), percent)))
    return ([x for i, x in enumerate(listed) if i not in chosen], [x for i, x in enumerate(listed) if i in chosen])


@dataclass(frozen=True)
class Comparison:
    """Who came back among the mailed and the held back, within one window."""

    mailed: int
    mailed_back: int
    held: int
    held_back_came: int
    mailed_cents: int = 0  # what those mailed spent in the window
    held_cents: int = 0

    @property
    def mailed_share(self) -> float | None:
        return self.mailed_back / self.mailed if self.mailed else None

    @property
    def held_share(self) -> float | None:
        return self.held_back_came / self.held if self.held else None

    @property
    def enough(self) -> bool:
        return self.mailed >= MIN_GROUP and self.held >= MIN_GROUP

    @property
    def difference(self) -> float | None:
        """Share came back, mailed less held back (0.05: five percentage points more)."""
        if not (self.mailed and self.held):
            return None
        return self.mailed_back / self.mailed - self.held_back_came / self.held

    @property
    def interval(self) -> tuple[float, float] | None:
        """The 95% confidence interval of the difference, or None: too few to tell."""
        if not self.enough:
            return None
        p1, p2 = self.mailed_back / self.mailed, self.held_back_came / self.held
        spread = Z_95 * math.sqrt(p1 * (1 - p1) / self.mailed + p2 * (1 - p2) / self.held)
        return p1 - p2 - spread, p1 - p2 + spread

    @property
    def verdict(self) -> str:
        """'more', 'fewer', 'unclear', 'nobody' (no one came back in either group) or 'too_few'."""
        interval = self.interval
        if interval is None:
            return "too_few"
        if self.mailed_back == self.held_back_came == 0:
            return "nobody"
        if interval[0] > 0:
            return "more"
        if interval[1] < 0:
            return "fewer"
        return "unclear"

    @property
    def extra_cents(self) -> int | None:
        """Revenue the mailing brought: what a mailed customer spent beyond a held-back one,
        for everyone mailed."""
        if not (self.mailed and self.held):
            return None
        return round((self.mailed_cents / self.mailed - self.held_cents / self.held) * self.mailed)
