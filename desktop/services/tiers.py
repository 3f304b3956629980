"""A customer's tier from their spend (see desktop.core.tiers for the rule), read in SQL."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.core import tiers
from desktop.core.rules import ProgrammeSettings
from desktop.core.tiers import TierFacts
from desktop.storage.models import Customer, Purchase, Refund


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def spend_since(session: Session, customer_id: int, start: date, end: date | None = None) -> int:
    """Purchases made from `start` (up to `end`, exclusive), less what was refunded of them."""
    window = [Purchase.customer_id == customer_id, Purchase.created_at >= _start_of(start)]
    if end is not None:
        window.append(Purchase.created_at < _start_of(end))
    bought = session.exec(select(func.coalesce(func.sum(Purchase.amount_cents), 0)).where(*window)).one()
    returned = session.exec(select(func.coalesce(func.sum(Refund.amount_cents), 0)).join(Purchase)
                            .where(*window)).one()
    return int(bought) - int(returned)


def twelve_months_before(today: date) -> date:
    return today - timedelta(days=365)


def tier_facts(session: Session, customer: Customer, today: date, settings: ProgrammeSettings) -> TierFacts:
    if not settings.tier_thresholds:
        return TierFacts(0, None)
    year_start = tiers.last_anniversary(customer.joined_on, today)
    spend = spend_since(session, customer.id, twelve_months_before(today))
    at_anniversary = (spend_since(session, customer.id, tiers.year_before(year_start), year_start)
                      if year_start > customer.joined_on else None)
    return TierFacts(spend, at_anniversary)


def tier_standing(session: Session, customer: Customer, today: date, settings: ProgrammeSettings,
                  facts: TierFacts | None = None) -> tiers.TierStanding:
    """The tier held today, what is needed for the next one and to keep it at the review."""
    facts = facts or tier_facts(session, customer, today, settings)
    held = facts.tier(settings)
    review = tiers.next_anniversary(customer.joined_on, today)
    towards = spend_since(session, customer.id, tiers.year_before(review)) if held else 0
    return tiers.standing(held, facts.spend_12_months, towards, review, settings)
