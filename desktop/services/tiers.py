"""A customer's tier from their spend (see desktop.core.tiers for the rule), read in SQL."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import cache

from sqlalchemy import bindparam, case, func
from sqlmodel import Session, col, select

from desktop.core import tiers
from desktop.core.rules import ProgrammeSettings
from desktop.core.tiers import TierFacts
from desktop.services.context import saved_id
from desktop.storage.counted import refunded_cents
from desktop.storage.models import Customer, Purchase


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def spend_sums(open_ended: tuple[bool, ...]) -> list:
    """For windows that end (False) or run up to now (True), the sums of what was bought in
    each less what was refunded of it, bound to spend_values' parameters."""
    kept_cents = Purchase.amount_cents - refunded_cents()
    sums = []
    for i, up_to_now in enumerate(open_ended):
        inside = col(Purchase.created_at) >= bindparam(f"start{i}")
        if not up_to_now:
            inside = inside & (col(Purchase.created_at) < bindparam(f"end{i}"))
        sums.append(func.coalesce(func.sum(case((inside, kept_cents), else_=0)), 0))
    return sums


def spend_values(windows: list[tuple[date, date | None]]) -> dict[str, datetime]:
    values = {}
    for i, (start, end) in enumerate(windows):
        values[f"start{i}"] = _start_of(start)
        if end is not None:
            values[f"end{i}"] = _start_of(end)
    return values


@cache
def _spend_query(open_ended: tuple[bool, ...]):
    """spend_in's query, built once."""
    return select(*spend_sums(open_ended)).where(Purchase.customer_id == bindparam("customer_id"),
                                                 Purchase.created_at >= bindparam("earliest"))


def spend_in(session: Session, customer_id: int, windows: list[tuple[date, date | None]]) -> list[int]:
    """For each window [start, end) (end None: up to now), the purchases made in it less what
    was refunded of them (voids included), all in one pass over the customer's purchases."""
    values = {"customer_id": customer_id, "earliest": _start_of(min(start for start, _ in windows)),
              **spend_values(windows)}
    row = session.execute(_spend_query(tuple(end is None for _, end in windows)), values).one()
    return [int(value) for value in row]


def twelve_months_before(today: date) -> date:
    return today - timedelta(days=365)


def windows(customer: Customer, today: date) -> list[tuple[date, date | None]]:
    """The last 12 months, and the 12 months before the last anniversary (after the first)."""
    year_start = tiers.last_anniversary(customer.joined_on, today)
    return [(twelve_months_before(today), None)] + (
        [(tiers.year_before(year_start), year_start)] if year_start > customer.joined_on else [])


def tier_facts(session: Session, customer: Customer, today: date, settings: ProgrammeSettings) -> TierFacts:
    if not settings.tier_thresholds:
        return TierFacts(0, None)
    return facts_of(spend_in(session, saved_id(customer), windows(customer, today)))


def facts_of(spend: list[int]) -> TierFacts:
    """The tier facts from the spend in `windows` (spend_in's or spend_sums' figures)."""
    return TierFacts(int(spend[0]), int(spend[1]) if len(spend) > 1 else None)


def tier_standing(session: Session, customer: Customer, today: date, settings: ProgrammeSettings,
                  facts: TierFacts | None = None) -> tiers.TierStanding:
    """The tier held today, what is needed for the next one and to keep it at the review."""
    if facts is None:
        return facts_and_standing(session, customer, today, settings)[1]
    towards = spend_in(session, saved_id(customer), [_since_review_year(customer, today)])[0] \
        if facts.tier(settings) else 0
    return _standing(customer, today, settings, facts, towards)


def facts_and_standing(session: Session, customer: Customer, today: date,
                       settings: ProgrammeSettings) -> tuple[TierFacts, tiers.TierStanding]:
    """tier_facts and tier_standing in one pass over the customer's purchases."""
    if not settings.tier_thresholds:
        facts = TierFacts(0, None)
        return facts, _standing(customer, today, settings, facts, 0)
    last_12_months, *before_anniversary = windows(customer, today)
    spend, towards, *at_anniversary = spend_in(session, saved_id(customer), [
        last_12_months, _since_review_year(customer, today), *before_anniversary])
    facts = TierFacts(spend, at_anniversary[0] if at_anniversary else None)
    return facts, _standing(customer, today, settings, facts, towards)


def _since_review_year(customer: Customer, today: date) -> tuple[date, None]:
    return tiers.year_before(tiers.next_anniversary(customer.joined_on, today)), None


def _standing(customer: Customer, today: date, settings: ProgrammeSettings, facts: TierFacts,
              towards: int) -> tiers.TierStanding:
    held = facts.tier(settings)
    return tiers.standing(held, facts.spend_12_months, towards if held else 0,
                          tiers.next_anniversary(customer.joined_on, today), settings)
