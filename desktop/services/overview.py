"""What the counter shows about one customer, read in one short session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sqlalchemy import bindparam, func
from sqlmodel import Session, col, select

from desktop.core.clock import local_date
from desktop.core.errors import LoyaltyError, NotFoundError
from desktop.core.moments import CustomerFacts, Moment, Segment, moments, segment
from desktop.core.rhythm import Rhythm
from desktop.core.rules import ProgrammeSettings
from desktop.core.tiers import Earning, TierStanding
from desktop.services import occasions, points, rewards
from desktop.services.context import Actor, at_or_now
from desktop.services.customer_facts import customer_facts
from desktop.services.occasions import open_occasions, visit_facts
from desktop.services.rhythm import customer_rhythm
from desktop.services.settings import load_settings
from desktop.services.tiers import facts_and_standing
from desktop.storage.counted import refunded_cents
from desktop.storage.engine import Database
from desktop.storage.models import Customer, LedgerEntry, Occasion, Purchase


@dataclass(frozen=True)
class PurchaseLine:
    purchase_id: int
    at: datetime
    amount_cents: int
    refunded_cents: int
    points: int


@dataclass(frozen=True)
class CustomerOverview:
    customer: Customer
    points: points.PointsSummary
    visits: int  # kept purchases (desktop.storage.counted.kept)
    segment: Segment
    spend_12_months_cents: int  # purchases less refunds: what tiers are measured on
    tier: str | None
    moments: list[tuple[Moment, int]]
    purchases: list[PurchaseLine]
    history: list[LedgerEntry]
    tier_standing: TierStanding  # what is needed for the next tier and to keep this one
    occasions: list[Occasion]  # granted, not yet marked as handed out in person
    earning: Earning  # what a purchase would earn today: the counter's preview
    settings: ProgrammeSettings  # the programme as it was read with the rest
    last_visit: date | None  # the last purchase not voided (occasions.visit_facts)
    rhythm: Rhythm | None = None  # the usual gap between visits, for a regular


@cache
def _recent_query(rows: int):
    """The customer's last purchases with what was refunded and earned of each, built once."""
    earned = (select(func.coalesce(func.sum(LedgerEntry.points), 0))
              .where(LedgerEntry.purchase_id == Purchase.id, LedgerEntry.kind == "earn").scalar_subquery())
    # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
    return (select(Purchase.id, Purchase.created_at, Purchase.amount_cents, refunded_cents(), earned)  # type: ignore[call-overload]
            .where(Purchase.customer_id == bindparam("customer_id"))
            .order_by(col(Purchase.created_at).desc(), col(Purchase.id).desc()).limit(rows))


@cache
def _history_query(rows: int):
    return (select(LedgerEntry).where(LedgerEntry.customer_id == bindparam("customer_id"))
            .order_by(col(LedgerEntry.id).desc()).limit(rows))


def overview(session: Session, customer_id: int, today: date, *, rows: int = 30) -> CustomerOverview:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("No customer number {number}.", number=customer_id)
    recent = session.execute(_recent_query(rows), {"customer_id": customer_id}).all()
    history = session.exec(_history_query(rows), params={"customer_id": customer_id}).all()
    settings = load_settings(session)
    tiers_now, standing = facts_and_standing(session, customer, today, settings)
    # The card and the banner count visits as the purchase service does when it grants the
    # Nth visit: kept purchases only (desktop.storage.counted).
    visits, last_visit = visit_facts(session, customer_id)
    facts = CustomerFacts(customer.joined_on, customer.birthday, visits, last_visit)
    return CustomerOverview(
        customer=customer, points=points.summary(session, customer_id, today), visits=visits,
        segment=segment(customer_facts(session, customer, today), today, settings),
        spend_12_months_cents=standing.spend_12_months_cents, tier=standing.tier,
        moments=moments(facts, today, settings),
        purchases=[PurchaseLine(*row) for row in recent], history=list(history),
        tier_standing=standing, occasions=open_occasions(session, customer_id),
        earning=rewards.earning_today(session, customer, today, settings, tiers_now),
        settings=settings, last_visit=last_visit, rhythm=customer_rhythm(session, customer_id, today),
    )


@dataclass(frozen=True)
class Opened:
    view: CustomerOverview
    granted: list[Occasion]  # the date's occasions granted now (each once)
    greet_error: LoyaltyError | None = None  # they could not be granted: the card shows without them


def current_view(db: Database, customer_id: int, *, at: datetime | None = None) -> CustomerOverview:
    """The open customer's figures read again (after a booking, a refund, a change made at
    another counter), in a session of its own; nothing is granted."""
    with db.read() as session:
        return overview(session, customer_id, local_date(at_or_now(at)))


def open_customer(db: Database, actor: Actor, customer_id: int, *, at: datetime | None = None) -> Opened:
    """The counter opens a customer: their card, and the occasions the date brings them
    (birthday week, anniversary, a reactivation offer while latent) granted once.

    One read session; a write transaction only when an occasion is due, which happens once
    per occasion: the card is read again with its points.
    """
    moment = at_or_now(at)
    today = local_date(moment)
    with db.read() as session:
        view = overview(session, customer_id, today)
        due = occasions.due_today(session, view.customer, today, view.settings, view.last_visit)
    if not due:
        return Opened(view, [])
    try:
        granted = occasions.grant_due_today(db, actor, customer_id, at=moment)
    except LoyaltyError as error:
        return Opened(view, [], error)
    with db.read() as session:
        return Opened(overview(session, customer_id, today), granted)
