"""What stands out in what staff do, against the shop's own average. It accuses nobody:
a refund after the points were spent or a burst of rewards may well be right; the owner
looks at the lines behind a figure that is far from the shop's usual.

A staff member's rate stands out when it is at least STANDS_OUT times the shop's rate
over the same period, on at least MIN_CASES cases (one odd refund is not a pattern).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

STANDS_OUT = 2.0
MIN_CASES = 3
BURST_SIZE = 3  # rewards handed out by one person at one counter ...
BURST_MINUTES = 10  # ... within this many minutes
UNDER_THRESHOLD = 0.05  # a purchase this share or less below a tier threshold is "just under" it


@dataclass(frozen=True)
class Rate:
    cases: int
    out_of: int  # purchases (or rewards, for bursts) the cases are counted against

    @property
    def value(self) -> float | None:
        return self.cases / self.out_of if self.out_of else None

    def stands_out(self, shop: Rate) -> bool:
        """At least STANDS_OUT times the shop's rate on at least MIN_CASES cases."""
        if self.cases < MIN_CASES or not self.out_of:
            return False
        if not shop.value:
            return True
        return self.cases / self.out_of >= STANDS_OUT * shop.value


def in_bursts(moments: Sequence[datetime], *, size: int = BURST_SIZE,
              minutes: int = BURST_MINUTES) -> list[int]:
    """The indexes of `moments` (sorted) that lie in a run of at least `size` within `minutes`."""
    found: set[int] = set()
    window = timedelta(minutes=minutes)
    start = 0
    for end in range(len(moments)):
        while moments[end] - moments[start] > window:
            start += 1
        if end - start + 1 >= size:
            found.update(range(start, end + 1))
    return sorted(found)


def just_under(amount_cents: int, thresholds: Sequence[int], share: float = UNDER_THRESHOLD) -> int | None:
    """The threshold `amount_cents` lies just under (within `share` below it), if any."""
    for threshold in sorted(thresholds):
        if threshold > 0 and threshold * (1 - share) <= amount_cents < threshold:
            return threshold
    return None
