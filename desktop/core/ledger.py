"""The points ledger's lot logic, in plain Python so it can be tested on its own.

Every positive entry is a *lot*. Every negative entry is a *debit* that is allocated to
lots, the soonest to expire first (then the oldest). Expiry only takes what is still left
in a lot, so it never takes points that were spent and never takes them twice. A refund
whose points were already spent leaves the rest of its debit unallocated: that is debt,
which the next lots pay off first. At all times: balance = sum(entries)
= sum(left in lots) - sum(debt).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Lot:
    entry_id: int
    left: int
    expires_on: date | None
    available_on: date | None

    def spendable(self, today: date) -> bool:
        not_pending = self.available_on is None or self.available_on <= today
        not_expired = self.expires_on is None or self.expires_on > today
        return self.left > 0 and not_pending and not_expired


@dataclass
class Debt:
    entry_id: int
    owed: int


def _order(lot: Lot) -> tuple:
    # Soonest expiry first; lots that never expire last; then the oldest entry first.
    return (lot.expires_on is None, lot.expires_on or date.max, lot.entry_id)


def allocate(lots: list[Lot], points: int, *, today: date, spendable_only: bool,
             prefer: int | None = None) -> list[tuple[int, int]]:
    """Take `points` from `lots`; return (lot entry id, points) pairs, soonest expiry first.

    With `spendable_only` pending and expired lots are skipped (a redemption); without it
    every lot with points left counts (a reversal or a correction). `prefer` names a lot to
    take from first: a refund takes back the purchase's own points before any others.
    Takes as much as there is; the caller decides whether a shortfall is allowed.
    """
    ordered = sorted(lots, key=lambda lot: (lot.entry_id != prefer, *_order(lot)))
    taken: list[tuple[int, int]] = []
    need = points
    for lot in ordered:
        if need == 0:
            break
        if lot.left <= 0 or (spendable_only and not lot.spendable(today)):
            continue
        part = min(lot.left, need)
        lot.left -= part
        need -= part
        taken.append((lot.entry_id, part))
    return taken


def spendable(lots: list[Lot], debts: list[Debt], today: date) -> int:
    """Points the customer can spend today: never negative."""
    return max(0, sum(lot.left for lot in lots if lot.spendable(today)) - sum(d.owed for d in debts))


def expirable(lots: list[Lot], today: date) -> list[Lot]:
    """Lots whose expiry date has come and that still hold points."""
    return [lot for lot in lots if lot.left > 0 and lot.expires_on is not None and lot.expires_on <= today]
