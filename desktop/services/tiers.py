"""A customer's tier from their spend (see desktop.core.tiers for the rule), read in SQL."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from desktop.core import tiers
from desktop.core.rules import ProgrammeSettings
from desktop.core.tiers import TierFacts
from desktop.services.context import saved_id
from desktop.storage.counted import refunded_cents
from desktop.storage.models import Customer, Purchase


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def spend_in(session: Session, customer_id: int, windows: list[tuple[date, date | None]]) -> list[int]:
    """For each window [start, end) (end None: up to now), the purchases made in it less what
    was refunded of them (voids included), all in one pass over the customer's purchases."""
    kept_cents = Purchase.amount_cents - refunded_cents()
    sums = []
    for start, end in windows:
        inside = col(Purchase.created_at) >= _start_of(start)
        if end is not None:
            inside = inside & (col(Purchase.created_at) < _start_of(end))
        sums.append(func.coalesce(func.sum(case((inside, kept_cents), else_=0)), 0))
    earliest = min(start for start, _ in windows)
    row = session.execute(select(*sums).where(Purchase.customer_id == customer_id,
                                              Purchase.created_at >= _start_of(earliest))).one()
    return [int(value) for value in row]


def twelve_months_before(today: date) -> date:
    return today - timedelta(days=365)


def _windows(customer: Customer, today: date) -> list[tuple[date, date | None]]:
    """The last 12 months, and the 12 months before the last anniversary (after the first)."""
    year_start = tiers.last_anniversary(customer.joined_on, today)
    return [(twelve_months_before(today), None)] + (
        [(tiers.year_before(year_start), year_start)] if year_start > customer.joined_on else [])


def tier_facts(session: Session, customer: Customer, today: date, settings: ProgrammeSettings) -> TierFacts:
    if not settings.tier_thresholds:
        return TierFacts(0, None)
    spend, *at_anniversary = spend_in(session, saved_id(customer), _windows(customer, today))
    return TierFacts(spend, at_anniversary[0] if at_anniversary else None)


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
    last_12_months, *before_anniversary = _windows(customer, today)
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
