"""What the customer's own screen at the counter shows: only what a customer may see about
themselves across the counter (first name, points, what the purchase just earned, how far
the next reward and tier are, a birthday greeting), never notes, the full name or contact."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""


@dataclass(frozen=True)
class NextReward:
    name: str
    cost: int
    to_go: int  # points still needed


def next_reward(spendable: int, rewards: Iterable[tuple[str, int]]) -> NextReward | None:
    """The cheapest reward the customer cannot have yet (ties by name), if any."""
    ahead = sorted((cost, name) for name, cost in rewards if cost > max(spendable, 0))
    if not ahead:
        return None
    cost, name = ahead[0]
    return NextReward(name, cost, cost - max(spendable, 0))


@dataclass(frozen=True)
class DisplayFacts:
    first_name: str
    spendable: int
    just_earned: int | None  # points the purchase just booked earned (None: no such purchase)
    next_reward: NextReward | None
    tier: str | None
    next_tier: str | None
    to_next_tier_cents: int
    birthday_week: bool
