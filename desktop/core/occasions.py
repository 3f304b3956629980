"""Automatic occasions: which ones a customer has due, each with a key that makes it
happen once (the customer, the kind and the period: the year of a birthday, the number of
a visit, ...). The services record them in a table with that key unique.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.core.kinds import EntryKind
from desktop.core.moments import VISIT_MILESTONES, next_birthday
from desktop.core.reasons import Reason, stored
from desktop.core.rules import ProgrammeSettings, add_months

CELEBRATION_DAYS = 7  # a birthday or anniversary is celebrated in the week from the day before


class OccasionKind(StrEnum):
    WELCOME = "welcome"
    BIRTHDAY = "birthday"
    VISIT = "visit"  # the 10th, 25th, 50th, ... purchase
    ANNIVERSARY = "anniversary"
    REFERRAL = "referral"  # the referrer's thanks when a referred friend first buys
    REFERRED = "referred"  # the referred friend's side of a referral bonus
    REACTIVATION = "reactivation"  # a latent customer: an offer to come back
    TIER = "tier"  # a higher tier reached


ENTRY_KIND = {
    OccasionKind.WELCOME: EntryKind.WELCOME,
    OccasionKind.BIRTHDAY: EntryKind.BIRTHDAY,
    OccasionKind.REFERRAL: EntryKind.REFERRAL,
    OccasionKind.REFERRED: EntryKind.REFERRAL,
}  # the others are milestones


@dataclass(frozen=True)
class Due:
    kind: OccasionKind
    period: str  # with the customer and the kind, the unique key
    detail: str = ""  # what the banner mentions: the visit number, the years, the tier


def bonus(kind: OccasionKind, settings: ProgrammeSettings) -> int:
    return {
        OccasionKind.WELCOME: settings.welcome_bonus,
        OccasionKind.BIRTHDAY: settings.birthday_bonus,
        OccasionKind.VISIT: settings.visit_bonus,
        OccasionKind.ANNIVERSARY: settings.anniversary_bonus,
        OccasionKind.REFERRAL: settings.referral_bonus if settings.referral_bonus_to != "referred" else 0,
        OccasionKind.REFERRED: settings.referral_bonus if settings.referral_bonus_to != "referrer" else 0,
        OccasionKind.REACTIVATION: settings.reactivation_bonus,
        OccasionKind.TIER: settings.tier_bonus,
    }[kind]


def ledger_reason(due: Due) -> str:
    """The reason written beside the bonus in the points history."""
    return {
        OccasionKind.WELCOME: stored(Reason.WELCOME),
        OccasionKind.BIRTHDAY: stored(Reason.BIRTHDAY, period=due.period),
        OccasionKind.VISIT: stored(Reason.VISIT, n=due.detail),
        OccasionKind.ANNIVERSARY: stored(Reason.ANNIVERSARY, n=due.detail),
        OccasionKind.REFERRAL: stored(Reason.REFERRAL),
        OccasionKind.REFERRED: stored(Reason.REFERRED),
        OccasionKind.REACTIVATION: stored(Reason.REACTIVATION),
        OccasionKind.TIER: stored(Reason.TIER, tier=due.detail),
    }[due.kind]


def celebrating_birthday(birthday: date | None, today: date) -> bool:
    """Whether today is in the birthday's celebration window: from 6 days before to the day itself."""
    return birthday is not None and (next_birthday(birthday, today) - today).days < CELEBRATION_DAYS


def on_a_day(joined_on: date, birthday: date | None, last_visit: date | None, today: date,
             settings: ProgrammeSettings) -> list[Due]:
    """Occasions due because of the date, whether or not the customer buys: the birthday
    week, the membership anniversary's week, and a reactivation offer while latent."""
    found = []
    if birthday is not None and celebrating_birthday(birthday, today):
        found.append(Due(OccasionKind.BIRTHDAY, str(next_birthday(birthday, today).year)))
    years = today.year - joined_on.year
    for n in (years - 1, years):
        if n >= 1 and 0 <= (today - add_months(joined_on, 12 * n)).days < CELEBRATION_DAYS:
            found.append(Due(OccasionKind.ANNIVERSARY, str(add_months(joined_on, 12 * n).year), str(n)))
    if last_visit is not None and today - last_visit > timedelta(days=settings.latent_after_days):
        # One offer per absence: the absence is known by the visit it started after.
        found.append(Due(OccasionKind.REACTIVATION, last_visit.isoformat()))
    return found


def on_a_purchase(joined_on: date, birthday: date | None, visits: int, previous_visit: date | None, today: date,
                  settings: ProgrammeSettings) -> list[Due]:
    """Occasions due when the customer makes their `visits`-th purchase: those of the day
    (a latent customer coming back gets the reactivation offer) and the visit milestones."""
    found = on_a_day(joined_on, birthday, previous_visit, today, settings)
    if visits in VISIT_MILESTONES:
        found.append(Due(OccasionKind.VISIT, str(visits), str(visits)))
    return found


def tier_reached(tier: str, year_start: date) -> Due:
    """A tier reached in the membership year that began on `year_start`: once per tier per year."""
    return Due(OccasionKind.TIER, f"{tier}:{year_start.isoformat()}", tier)
