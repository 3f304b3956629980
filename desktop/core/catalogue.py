"""The reward catalogue's vocabulary and rules: kinds per retention level, what an owner may
enter for a reward, and whether a customer may have one today.

Pure functions of plain values, shared by the services (which enforce them) and the
screens (which explain them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from desktop.core import validation
from desktop.core.errors import ValidationError
from desktop.core.kinds import RetentionLevel
from desktop.core.moments import Segment
from desktop.core.rules import ProgrammeSettings

MAX_COST = 1_000_000
MAX_STOCK = 1_000_000
MAX_DISCOUNT_CENTS = 100_000
VOUCHER_MAX = 1000


class RewardKind(StrEnum):
    # financial
    DISCOUNT = "discount"  # an amount or a percentage off
    FREE_PRODUCT = "free_product"
    STAMP_CARD = "stamp_card"  # the Nth qualifying purchase free
    DOUBLE_POINTS = "double_points"  # a day on which purchases earn double
    MEMBER_PRICE = "member_price"
    # social-emotional
    BIRTHDAY_SURPRISE = "birthday_surprise"
    THANK_YOU = "thank_you"  # a personal thank-you
    EVENT = "event"  # a tour, a product demo, a preview evening: seats, RSVP, attendance
    REFERRAL_THANKS = "referral_thanks"
    # structural
    SUBSCRIPTION = "subscription"  # a recurring item collected or delivered on a schedule
    RESERVATION = "reservation"  # a reservation or hold service
    AFTER_SALES = "after_sales"  # after-sales service and maintenance reminders


KIND_LEVEL: dict[RewardKind, RetentionLevel] = {
    **dict.fromkeys((RewardKind.DISCOUNT, RewardKind.FREE_PRODUCT, RewardKind.STAMP_CARD,
                     RewardKind.DOUBLE_POINTS, RewardKind.MEMBER_PRICE), RetentionLevel.FINANCIAL),
    **dict.fromkeys((RewardKind.BIRTHDAY_SURPRISE, RewardKind.THANK_YOU, RewardKind.EVENT,
                     RewardKind.REFERRAL_THANKS), RetentionLevel.SOCIAL_EMOTIONAL),
    **dict.fromkeys((RewardKind.SUBSCRIPTION, RewardKind.RESERVATION, RewardKind.AFTER_SALES),
                    RetentionLevel.STRUCTURAL),
}


def kinds_of(level: RetentionLevel) -> list[RewardKind]:
    return [kind for kind, of in KIND_LEVEL.items() if of == level]


@dataclass(frozen=True)
class RewardSpec:
    """What the owner enters for a reward; `cleaned()` checks every field."""

    name: str
    level: str
    kind: str
    cost_points: int = 0
    valid_days: int | None = None
    voucher_text: str = ""
    min_tier: str = ""
    segment: str = ""
    offered_from: date | None = None
    offered_until: date | None = None
    stock: int | None = None
    discount_cents: int | None = None
    discount_percent: int | None = None
    stamps_needed: int | None = None  # the number of the free purchase (10: the 10th is free)
    event_at: datetime | None = None

    def cleaned(self, settings: ProgrammeSettings) -> dict:
        """The values for the Reward row; raises a ValidationError naming the first bad field."""
        if self.level not in set(RetentionLevel):
            raise ValidationError("level", "Choose financial, social-emotional or structural.")
        if self.kind not in set(RewardKind):
            raise ValidationError("kind", "Choose the kind of reward.")
        kind = RewardKind(self.kind)
        if KIND_LEVEL[kind] != self.level:
            raise ValidationError("kind", "This kind of reward belongs to another retention level.")
        values = {
            "name": validation.name(self.name),
            "level": RetentionLevel(self.level), "kind": kind,
            "cost_points": _whole(self.cost_points, "cost_points", 0, MAX_COST),
            "valid_days": _whole_or_none(self.valid_days, "valid_days", 1, 3650),
            "voucher_text": validation.clean_text(self.voucher_text, field="voucher_text", max_len=VOUCHER_MAX),
            "stock": _whole_or_none(self.stock, "stock", 0, MAX_STOCK),
            "offered_from": self.offered_from, "offered_until": self.offered_until,
            "event_at": self.event_at,
        }
        if self.min_tier and self.min_tier not in settings.tier_thresholds:
            raise ValidationError("min_tier", "There is no tier called '{tier}'.", tier=self.min_tier)
        values["min_tier"] = self.min_tier
        if self.segment and self.segment not in set(Segment):
            raise ValidationError("segment", "Choose a customer segment, or everyone.")
        values["segment"] = self.segment
        if self.offered_from and self.offered_until and self.offered_until < self.offered_from:
            raise ValidationError("offered_until", "The last day comes before the first day.")
        values.update(self._kind_values(kind))
        return values

    def _kind_values(self, kind: RewardKind) -> dict:
        """The fields that belong to one kind only; the others are cleared."""
        values: dict[str, int | datetime | None] = {"discount_cents": None, "discount_percent": None,
                                                    "stamps_needed": None}
        if kind in (RewardKind.DISCOUNT, RewardKind.MEMBER_PRICE):
            cents = _whole_or_none(self.discount_cents, "discount_cents", 1, MAX_DISCOUNT_CENTS)
            percent = _whole_or_none(self.discount_percent, "discount_percent", 1, 100)
            if cents is not None and percent is not None:
                raise ValidationError("discount_percent", "A discount is either an amount or a percentage, not both.")
            values.update(discount_cents=cents, discount_percent=percent)
        elif kind == RewardKind.STAMP_CARD:
            stamps = _whole_or_none(self.stamps_needed, "stamps_needed", 2, 100)
            if stamps is None:
                raise ValidationError("stamps_needed", "Say which purchase is free (2 to 100).")
            values["stamps_needed"] = stamps
        if kind != RewardKind.EVENT:
            values["event_at"] = None
        return values


def _whole(value, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, "Enter a whole number from {low} to {high}.", low=low, high=high)
    return value


def _whole_or_none(value, field: str, low: int, high: int) -> int | None:
    return None if value is None else _whole(value, field, low, high)


def whole_number(text: str, *, field: str, low: int, high: int) -> int | None:
    """A whole number typed in a field ("" is none); for the screens, which check as you type."""
    raw = (text or "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ValidationError(field, "Enter a whole number from {low} to {high}.", low=low, high=high)
    return _whole(int(raw), field, low, high)


def stamps_to_fill(free_purchase: int) -> int:
    """Stamps that fill a card whose `free_purchase`-th purchase is free (10th free: 9 stamps)."""
    return max(free_purchase - 1, 1)


def parse_moment(text: str, *, field: str) -> datetime | None:
    """A local date and time typed like 22-11-2026 19:30 ("" is none), as an aware datetime."""
    raw = (text or "").strip()
    if not raw:
        return None
    day_text, _, clock_text = raw.partition(" ")
    day = validation.parse_date(day_text, field=field)
    match = re.match(r"^(\d{1,2})[:.](\d{2})$", clock_text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationError(field, "Type a date and a time, like 22-11-2026 19:30.")
    return datetime.combine(day, time(int(match[1]), int(match[2]))).astimezone()


class Refusal(StrEnum):
    """Why a customer may not have a reward today (None when they may)."""

    RETIRED = "retired"
    NOT_YET = "not_yet"
    ENDED = "ended"
    TIER = "tier"
    NO_SUCH_TIER = "no_such_tier"  # its minimum tier was renamed or removed: offered to nobody
    SEGMENT = "segment"
    SOLD_OUT = "sold_out"
    STAMPS = "stamps"
    POINTS = "points"
    AUTOMATIC = "automatic"  # a double-points day: it applies by itself today, nothing to hand out
    NOT_BIRTHDAY = "not_birthday"  # a birthday surprise, outside the customer's birthday week


@dataclass(frozen=True)
class Customer:
    """What decides whether a customer may have a reward."""

    tier: str | None
    segment: str
    spendable: int
    stamps: int = 0  # qualifying purchases on this reward's stamp card since it was last redeemed
    birthday_week: bool = False  # in the week of their birthday (core/occasions.celebrating_birthday)


def tier_rank(tier: str | None, settings: ProgrammeSettings) -> int:
    """0 for no tier, then 1, 2, ... by threshold."""
    ordered = sorted(settings.tier_thresholds, key=settings.tier_thresholds.__getitem__)
    return ordered.index(tier) + 1 if tier in ordered else 0


def refusal(reward, who: Customer, today: date, settings: ProgrammeSettings) -> Refusal | None:
    """Whether `who` may have `reward` (a Reward row or anything with its fields) today."""
    if not reward.active:
        return Refusal.RETIRED
    if reward.offered_from and today < reward.offered_from:
        return Refusal.NOT_YET
    if reward.offered_until and today > reward.offered_until:
        return Refusal.ENDED
    if reward.event_at and reward.event_at.astimezone().date() < today:
        return Refusal.ENDED
    if reward.min_tier and reward.min_tier not in settings.tier_thresholds:
        return Refusal.NO_SUCH_TIER  # fail closed: an unknown tier would rank as "no tier", i.e. everyone
    if reward.min_tier and tier_rank(who.tier, settings) < tier_rank(reward.min_tier, settings):
        return Refusal.TIER
    if reward.segment and reward.segment != who.segment:
        return Refusal.SEGMENT
    if reward.kind == RewardKind.BIRTHDAY_SURPRISE and not who.birthday_week:
        return Refusal.NOT_BIRTHDAY
    if reward.stock is not None and reward.stock <= 0:
        return Refusal.SOLD_OUT
    if reward.kind == RewardKind.STAMP_CARD and who.stamps < stamps_to_fill(reward.stamps_needed or 0):
        return Refusal.STAMPS
    if reward.kind == RewardKind.DOUBLE_POINTS:
        return Refusal.AUTOMATIC
    if reward.cost_points > who.spendable:
        return Refusal.POINTS
    return None
