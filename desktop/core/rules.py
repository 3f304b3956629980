"""The programme's settings, with typed defaults, and the rules computed from them."""

from __future__ import annotations

import calendar
import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.money import Amount

ROUNDING_MODES = ("down", "nearest", "up")
REFERRAL_SIDES = ("referrer", "referred", "both")


def _default_tiers() -> dict[str, int]:
    return {"Silver": 25_000, "Gold": 100_000}


@dataclass(frozen=True)
class ProgrammeSettings:
    """Every setting of the programme with its default; stored overrides replace these."""

    shop_name: str = "Mijn Winkel"
    points_per_euro: int = 1
    rounding: str = "down"
    point_value_cents: int = 5  # what a point is worth when spent: 100 points = € 5
    expiry_months: int = 24  # 0: points never expire
    pending_days: int = 0  # new points wait this many days (the return window)
    welcome_bonus: int = 50
    birthday_bonus: int = 100
    referral_bonus: int = 100
    tier_thresholds: dict[str, int] = field(default_factory=_default_tiers)  # spend in cents / 12 months
    latent_after_days: int = 90
    silent_loyalist_min_visits: int = 6  # purchases in the last 365 days that make a steady customer
    advocate_min_referrals: int = 1  # friends referred that make a customer an advocate
    max_purchase_cents: int = 1_000_000  # a single purchase above € 10.000 is refused as a typo
    # Occasions (desktop.core.occasions): bonus points; 0 makes it a moment to mark in person.
    visit_bonus: int = 0  # on the 10th, 25th, 50th, ... visit
    anniversary_bonus: int = 0
    reactivation_bonus: int = 0  # a latent customer coming back
    tier_bonus: int = 0  # reaching a higher tier
    referral_limit: int = 10  # referrals per referrer that earn a bonus
    referral_bonus_to: str = "referrer"  # who gets referral_bonus: referrer, referred or both
    tier_multipliers: dict[str, int] = field(default_factory=dict)  # percent of the points per tier; 100 if absent

    def validated(self) -> ProgrammeSettings:
        """Check every value; raise a ValidationError naming the first wrong setting."""
        problems = self.problems()
        if problems:
            raise problems[0]
        return self

    def problems(self) -> list[ValidationError]:
        """Every wrong setting, each naming its field (empty when all are right)."""
        found: list[ValidationError] = []
        ints = {
            "points_per_euro": (0, 1000),
            "point_value_cents": (0, 10_000),
            "expiry_months": (0, 120),
            "pending_days": (0, 365),
            "welcome_bonus": (0, 100_000),
            "birthday_bonus": (0, 100_000),
            "referral_bonus": (0, 100_000),
            "latent_after_days": (1, 3650),
            "silent_loyalist_min_visits": (1, 1000),
            "advocate_min_referrals": (1, 1000),
            "max_purchase_cents": (100, 100_000_000),
            "visit_bonus": (0, 100_000),
            "anniversary_bonus": (0, 100_000),
            "reactivation_bonus": (0, 100_000),
            "tier_bonus": (0, 100_000),
            "referral_limit": (0, 1000),
        }
        for name, (low, high) in ints.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                if name.endswith("_cents"):
                    found.append(ValidationError(name, "Must be an amount from {low} to {high}.", low=Amount(low),
                                                 high=Amount(high)))
                else:
                    found.append(ValidationError(name, "Must be a whole number from {low} to {high}.", low=low,
                                                 high=high))
        if self.rounding not in ROUNDING_MODES:
            found.append(ValidationError("rounding", "Must be one of {choices}.", choices=", ".join(ROUNDING_MODES)))
        if not self.shop_name.strip() or len(self.shop_name) > 80:
            found.append(ValidationError("shop_name", "Enter the shop's name (at most 80 characters)."))
        if self.referral_bonus_to not in REFERRAL_SIDES:
            found.append(ValidationError("referral_bonus_to", "Must be one of {choices}.",
                                         choices=", ".join(REFERRAL_SIDES)))
        for tier, percent in self.tier_multipliers.items():
            if tier not in self.tier_thresholds or not isinstance(percent, int) or not 100 <= percent <= 1000:
                found.append(ValidationError("tier_multipliers",
                                             "Tier '{tier}' needs a multiplier from 100 to 1000 percent.", tier=tier))
        for tier, cents in self.tier_thresholds.items():
            if not tier.strip() or not isinstance(cents, int) or cents < 0:
                found.append(ValidationError("tier_thresholds", "Tier '{tier}' needs a name and a spend of 0 or more.",
                                             tier=tier))
        return found

    def with_values(self, values: dict[str, Any]) -> ProgrammeSettings:
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(values) - known
        if unknown:
            raise ValidationError(sorted(unknown)[0], "Unknown setting.")
        return dataclasses.replace(self, **values).validated()

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def points_for(earning_cents: int, settings: ProgrammeSettings) -> int:
    """Points earned on the part of a purchase that earns points."""
    scaled = earning_cents * settings.points_per_euro
    whole, rest = divmod(scaled, 100)
    if settings.rounding == "up" and rest:
        return whole + 1
    if settings.rounding == "nearest" and rest >= 50:
        return whole + 1
    return whole


def reversal_total(earned: int, refunded_cents: int, earning_cents: int) -> int:
    """How many of a purchase's earned points a refund of `refunded_cents` takes back in total.

    Refunds come off the earning part first and round up, so a purchase refunded in any
    number of small parts gives back every point it earned: nobody can buy, refund and keep
    the points.
    """
    if earning_cents <= 0 or earned <= 0:
        return 0
    taken = min(refunded_cents, earning_cents)
    return -(-earned * taken // earning_cents)  # ceiling division


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry_date(earned_on: date, settings: ProgrammeSettings) -> date | None:
    """The first day on which points earned on `earned_on` are no longer valid."""
    if settings.expiry_months == 0:
        return None
    return add_months(earned_on, settings.expiry_months)


def available_date(earned_on: date, settings: ProgrammeSettings) -> date:
    """The first day new points can be spent (after the return window)."""
    return earned_on + timedelta(days=settings.pending_days)


def tier_for(spend_cents: int, settings: ProgrammeSettings) -> str | None:
    """The highest tier whose threshold the spend over the last 12 months reaches, if any."""
    reached = [(cents, name) for name, cents in settings.tier_thresholds.items() if spend_cents >= cents]
    return max(reached)[1] if reached else None
