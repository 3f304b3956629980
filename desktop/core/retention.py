"""The balance between the three levels of retention, and the hint when one dominates."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.kinds import RetentionLevel

DOMINANT_SHARE = 0.7  # this share of the rewards at one level is "dominating"
MIN_FOR_A_HINT = 10  # fewer rewards than this say nothing yet


@dataclass(frozen=True)
class Hint:
    level: RetentionLevel  # the level that dominates
    count: int
    total: int
    suggest: RetentionLevel  # the level to add a moment at


def balance_hint(issued: dict[str, int]) -> Hint | None:
    """A plain hint when one level holds most of the rewards handed out.

    The texts say the social-emotional level gives the biggest gains, so that is what is
    suggested, unless it is the dominant one itself; then the least used other level.
    """
    total = sum(issued.values())
    if total < MIN_FOR_A_HINT:
        return None
    level, count = max(issued.items(), key=lambda item: item[1])
    if count < DOMINANT_SHARE * total:
        return None
    if level != RetentionLevel.SOCIAL_EMOTIONAL:
        suggest = RetentionLevel.SOCIAL_EMOTIONAL
    else:
        suggest = min((lv for lv in RetentionLevel if lv != level), key=lambda lv: issued.get(lv, 0))
    return Hint(RetentionLevel(level), count, total, suggest)


def out_of_ten(count: int, total: int) -> int:
    """'9 out of 10': the share rounded to tenths."""
    return round(10 * count / total) if total else 0
