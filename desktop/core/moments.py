"""Which segment a customer is in and which moments to mark at the counter.

Plain functions of a customer's dates and visit count, so the counter, the reports and
the dashboard all say the same thing about the same customer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.core.rules import ProgrammeSettings

NEWCOMER_DAYS = 60
VISIT_MILESTONES = (10, 25, 50, 100, 250, 500, 1000)


class Segment(StrEnum):
    NEWCOMER = "newcomer"
    RETURNING = "returning"
    LATENT = "latent"
    SILENT_LOYALIST = "silent_loyalist"  # buys steadily, never gives feedback nor refers anyone
    ADVOCATE = "advocate"  # referred a friend, or said they would recommend the shop (9-10)


class Moment(StrEnum):
    BIRTHDAY_THIS_WEEK = "birthday_this_week"
    FIRST_VISIT = "first_visit"
    VISIT_MILESTONE = "visit_milestone"
    BACK_AFTER_A_WHILE = "back_after_a_while"


@dataclass(frozen=True)
class CustomerFacts:
    joined_on: date
    birthday: date | None
    visits: int
    last_visit: date | None
    visits_last_year: int = 0  # purchases in the 365 days up to today
    referrals: int = 0  # customers who joined on this customer's recommendation
    surveys: int = 0  # survey answers given
    last_recommend: int | None = None  # the latest "would you recommend us" score


def segment(facts: CustomerFacts, today: date, settings: ProgrammeSettings) -> Segment:
    """The first that applies: latent, newcomer, advocate, silent loyalist, returning.

    The dashboard counts segments in SQL (desktop.services.stats) with these same rules.
    """
    if facts.last_visit is not None and (today - facts.last_visit).days > settings.latent_after_days:
        return Segment.LATENT
    if (today - facts.joined_on).days <= NEWCOMER_DAYS or facts.visits <= 1:
        return Segment.NEWCOMER
    if facts.referrals >= settings.advocate_min_referrals or (
            facts.last_recommend is not None and facts.last_recommend >= 9):
        return Segment.ADVOCATE
    if facts.visits_last_year >= settings.silent_loyalist_min_visits and not facts.surveys and not facts.referrals:
        return Segment.SILENT_LOYALIST
    return Segment.RETURNING


def next_birthday(birthday: date, today: date) -> date:
    for year in (today.year, today.year + 1):
        try:
            candidate = birthday.replace(year=year)
        except ValueError:  # 29 February in a common year: celebrate on the 28th
            candidate = date(year, 2, 28)
        if candidate >= today:
            return candidate
    raise AssertionError("unreachable")


def moments(facts: CustomerFacts, today: date, settings: ProgrammeSettings) -> list[tuple[Moment, int]]:
    """The moments to mark for a customer standing at the counter today, with a number
    where one belongs (days to the birthday, the visit that is about to happen)."""
    found: list[tuple[Moment, int]] = []
    if facts.birthday is not None:
        days = (next_birthday(facts.birthday, today) - today).days
        if days <= 6:
            found.append((Moment.BIRTHDAY_THIS_WEEK, days))
    upcoming = facts.visits + 1
    if facts.visits == 0:
        found.append((Moment.FIRST_VISIT, 1))
    elif upcoming in VISIT_MILESTONES:
        found.append((Moment.VISIT_MILESTONE, upcoming))
    if facts.last_visit is not None and today - facts.last_visit > timedelta(days=settings.latent_after_days):
        found.append((Moment.BACK_AFTER_A_WHILE, (today - facts.last_visit).days))
    return found
