"""Tiers by spend over the last 12 months, and the rule for keeping one.

The rule a customer can be told: "Your tier follows what you spent in the last 12 months,
refunds taken off; a higher tier counts from the purchase that reaches it. On each
membership anniversary the tier is fixed for the year ahead: until the next anniversary
you keep at least the tier your spend reached on that day."
Redemptions are not spend at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.catalogue import tier_rank
from desktop.core.rules import ProgrammeSettings, add_months, points_for, tier_for


def last_anniversary(joined_on: date, today: date) -> date:
    """The start of the current membership year: the latest anniversary of joining (or joining itself)."""
    years = today.year - joined_on.year
    day = add_months(joined_on, 12 * years)
    return day if day <= today else add_months(joined_on, 12 * (years - 1))


def next_anniversary(joined_on: date, today: date) -> date:
    return add_months(last_anniversary(joined_on, today), 12)


def year_before(day: date) -> date:
    """The first day of the 12 months that end the day before `day`."""
    return add_months(day, -12)


def held_tier(spend_12_months: int, spend_at_anniversary: int | None, settings: ProgrammeSettings) -> str | None:
    """The tier a customer has now: the higher of what the last 12 months' spend reaches and
    what it reached on the last anniversary (None before the first one)."""
    candidates = [tier_for(spend_12_months, settings)]
    if spend_at_anniversary is not None:
        candidates.append(tier_for(spend_at_anniversary, settings))
    return max(candidates, key=lambda t: tier_rank(t, settings))


def next_tier(tier: str | None, settings: ProgrammeSettings) -> str | None:
    ordered = sorted(settings.tier_thresholds, key=settings.tier_thresholds.__getitem__)
    rank = tier_rank(tier, settings)
    return ordered[rank] if rank < len(ordered) else None


def multiplied(points: int, tier: str | None, settings: ProgrammeSettings) -> int:
    """Points earned with the tier's multiplier (a percentage), rounded down."""
    percent = settings.tier_multipliers.get(tier, 100) if tier else 100
    return points * percent // 100


@dataclass(frozen=True)
class TierFacts:
    """What the tier rule needs to know about one customer today."""

    spend_12_months: int
    spend_at_anniversary: int | None  # the 12 months before the last anniversary; None before the first

    def tier(self, settings: ProgrammeSettings, *, plus_cents: int = 0) -> str | None:
        """The tier held, or the one held after a purchase of `plus_cents` more."""
        return held_tier(self.spend_12_months + plus_cents, self.spend_at_anniversary, settings)


@dataclass(frozen=True)
class Earning:
    """What a purchase earns one customer today: the counter's preview and the booking use
    this one rule, so the points shown are the points booked."""

    facts: TierFacts
    doubled_tiers: frozenset[str | None]  # the tiers (None: no tier) a double-points day applies to today

    def points(self, amount_cents: int, settings: ProgrammeSettings, *, non_earning_cents: int = 0) -> int:
        """The earning part at the programme's rate, times the multiplier of the tier this
        purchase reaches (an upgrade counts at once), doubled on a double-points day."""
        tier = self.facts.tier(settings, plus_cents=amount_cents)
        earned = multiplied(points_for(amount_cents - non_earning_cents, settings), tier, settings)
        return earned * 2 if tier in self.doubled_tiers else earned


@dataclass(frozen=True)
class TierStanding:
    """What the counter tells a customer about their tier."""

    tier: str | None
    spend_12_months_cents: int
    next_tier: str | None
    to_next_cents: int  # spend still needed for the next tier (0 when there is none)
    review_on: date  # the next anniversary, when the tier is set again
    to_keep_cents: int  # spend still needed before review_on to keep `tier` (0: kept already)


def standing(tier: str | None, spend_12_months: int, spend_towards_review: int, review_on: date,
             settings: ProgrammeSettings) -> TierStanding:
    """`spend_towards_review`: what was spent so far in the 12 months that end at `review_on`."""
    upper = next_tier(tier, settings)
    to_next = max(0, settings.tier_thresholds[upper] - spend_12_months) if upper else 0
    to_keep = max(0, settings.tier_thresholds[tier] - spend_towards_review) if tier else 0
    return TierStanding(tier, spend_12_months, upper, to_next, review_on, to_keep)
