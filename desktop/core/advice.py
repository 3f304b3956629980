"""What the owner should read first: which changes are good news or bad, which are too thin
to mean anything, and what to do about them. The dashboard and the monthly report both
take their colours, their "too few to compare" and their summary sentences from here;
each words the lines in its own catalogue (Qt's for the screen, reports/language.py for
paper) from the topic and the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from desktop.core.control_group import MIN_GROUP
from desktop.core.measures import Measure, ScoreBands
from desktop.core.retention import Hint, out_of_ten

# Figures where a fall is good news: their change shows green when it goes down.
LOWER_IS_BETTER = frozenset({"churn", "passives_share", "points_expired", "liability_cents"})
# Survey answers a period needs before its NPS or bands are compared with another period's:
# the floor the mailing comparison uses for each group, so both say "too few" alike.
MIN_ANSWERS = MIN_GROUP


class Tone(StrEnum):
    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"  # no change, or too few to tell


class Topic(StrEnum):
    NPS = "nps"  # values: now, before, answers_now, answers_before
    PASSIVES = "passives"  # values: passives, answers, share (the 7-8 band)
    DETRACTORS = "detractors"  # values: count: call them back
    ACTIVE = "active"  # values: now, before
    REVENUE = "revenue"  # values: now, before (cents)
    CHURN = "churn"  # values: now, before (percent)
    LATENT = "latent"  # values: mailable, with_address: reactivate them
    EXPIRING = "expiring"  # values: points, cents, customers: remind them before their points go
    BALANCE = "balance"  # values: share (out of ten); level, suggest in `levels`


@dataclass(frozen=True)
class Line:
    """One sentence of the summary: its topic, whether it is good news, and its numbers."""

    topic: Topic
    tone: Tone
    values: dict[str, float] = field(default_factory=dict)
    too_few: bool = False  # a comparison on fewer than MIN_ANSWERS answers on one side
    levels: tuple[str, ...] = ()  # BALANCE: the dominant level and the one to add


class Period(Protocol):
    """What the summary reads of a period (desktop.services.stats.Figures has it)."""

    @property
    def nps(self) -> Measure: ...
    @property
    def bands(self) -> ScoreBands: ...
    @property
    def active(self) -> int: ...
    @property
    def revenue_cents(self) -> int: ...
    @property
    def churn(self) -> Measure: ...


def tone(name: str, change: float) -> Tone:
    """Good or bad news for the figure `name` changing by `change`."""
    if change == 0:
        return Tone.NEUTRAL
    return Tone.GOOD if (change < 0) == (name in LOWER_IS_BETTER) else Tone.BAD


def comparable(answers_now: int, answers_before: int) -> bool:
    """Survey figures of two periods may be compared: enough answers on both sides."""
    return min(answers_now, answers_before) >= MIN_ANSWERS


@dataclass(frozen=True)
class Expiring:
    points: int
    cents: int
    customers: int


def summary(now: Period, before: Period, *, detractors: int, latent_mailable: int,
            latent_with_address: int | None = None, expiring: Expiring | None = None,
            hint: Hint | None = None) -> list[Line]:
    """The summary's lines, what changed first and then what to do."""
    lines: list[Line] = []
    if now.nps.value is not None and before.nps.value is not None:
        change = round(now.nps.value) - round(before.nps.value)
        few = not comparable(now.bands.total, before.bands.total)
        lines.append(Line(Topic.NPS, Tone.NEUTRAL if few else tone("nps", change),
                          {"now": now.nps.value, "before": before.nps.value, "answers_now": now.bands.total,
                           "answers_before": before.bands.total}, too_few=few))
    for topic, name, value_now, value_before in (
            (Topic.ACTIVE, "active", now.active, before.active),
            (Topic.REVENUE, "revenue_cents", now.revenue_cents, before.revenue_cents),
            (Topic.CHURN, "churn", now.churn.value, before.churn.value)):
        if value_now is not None and value_before is not None:
            lines.append(Line(topic, tone(name, value_now - value_before), {"now": value_now, "before": value_before}))
    if now.bands.passives:
        lines.append(Line(Topic.PASSIVES, Tone.NEUTRAL, {
            "passives": now.bands.passives, "answers": now.bands.total,
            "share": 100 * now.bands.passives / now.bands.total}, too_few=now.bands.total < MIN_ANSWERS))
    if detractors:
        lines.append(Line(Topic.DETRACTORS, Tone.BAD, {"count": detractors}))
    if expiring is not None and expiring.points > 0:
        lines.append(Line(Topic.EXPIRING, Tone.NEUTRAL, {"points": expiring.points, "cents": expiring.cents,
                                                         "customers": expiring.customers}))
    if latent_mailable:
        lines.append(Line(Topic.LATENT, Tone.NEUTRAL, {
            "mailable": latent_mailable,
            "with_address": latent_mailable if latent_with_address is None else latent_with_address}))
    if hint is not None:
        lines.append(Line(Topic.BALANCE, Tone.NEUTRAL, {"share": out_of_ten(hint.count, hint.total)},
                          levels=(hint.level.value, hint.suggest.value)))
    return lines
