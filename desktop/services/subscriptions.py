"""Subscriptions to a recurring item, collected or delivered on a schedule, after-sales service
reminders on one (a machine's yearly check), and the list of what is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from desktop.core import cardnumber
from desktop.core.catalogue import RewardKind
from desktop.core.clock import local_date
from desktop.core.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.context import (
    Actor,
    at_or_now,
    audit,
    locked_by_card,
    reads,
    saved_id,
    snapshot,
)
from desktop.storage.engine import Database
from desktop.storage.models import Customer, Reward, Subscription

# A subscription hands over an item on a schedule; an after-sales service reminds on one.
SCHEDULED = (RewardKind.SUBSCRIPTION, RewardKind.AFTER_SALES)


def subscribe(db: Database, actor: Actor, card: str, reward_id: int, every_days: int, *, first_due: date | None = None,
              delivered: bool = False, at: datetime | None = None) -> Subscription:
    """Put a customer on a subscription reward's schedule: every `every_days` days from `first_due`."""
    card = cardnumber.validate(card)
    if isinstance(every_days, bool) or not isinstance(every_days, int) or not 1 <= every_days <= 366:
        raise ValidationError("every_days", "Every 1 to 366 days.")
    moment = at_or_now(at)
    with db.write() as session:
        customer = locked_by_card(session, card)
        if customer.anonymised:
            raise ConflictError("This customer was anonymised.")
        reward = session.get(Reward, reward_id)
        if reward is None or reward.kind not in SCHEDULED or not reward.active:
            raise NotFoundError("No subscription offered with number {number}.", number=reward_id)
        row = Subscription(customer_id=saved_id(customer), reward_id=saved_id(reward), every_days=every_days,
                           next_due=first_due or local_date(moment), delivered=delivered, created_at=moment)
        session.add(row)
        session.flush()
        audit(session, actor, "subscription.create", "subscription", row.id, None, snapshot(row))
        return row


def _open(session: Session, subscription_id: int) -> Subscription:
    row = session.exec(select(Subscription).where(Subscription.id == subscription_id).with_for_update()
                       .execution_options(populate_existing=True)).first()
    if row is None or not row.active:
        raise NotFoundError("No running subscription number {number}.", number=subscription_id)
    return row


def handed_over(db: Database, actor: Actor, subscription_id: int) -> Subscription:
    """This round was collected or delivered: the next one is due `every_days` later."""
    with db.write() as session:
        row = _open(session, subscription_id)
        before = row.next_due
        row.next_due = before + timedelta(days=row.every_days)
        audit(session, actor, "subscription.handed_over", "subscription", row.id,
              {"next_due": before.isoformat()}, {"next_due": row.next_due.isoformat()})
        return row


def stop(db: Database, actor: Actor, subscription_id: int) -> Subscription:
    with db.write() as session:
        row = _open(session, subscription_id)
        row.active = False
        audit(session, actor, "subscription.stop", "subscription", row.id, {"active": True}, {"active": False})
        return row


@dataclass(frozen=True)
class DueLine:
    subscription_id: int
    due: date
    customer: str
    card_number: str
    item: str
    delivered: bool


@reads
def due_list(session: Session, today: date, *, days_ahead: int = 7, limit: int = 500) -> list[DueLine]:
    """Running subscriptions due up to `days_ahead` days from today (overdue ones first)."""
    rows = session.exec(
        # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
        select(Subscription.id, Subscription.next_due, Customer.name, Customer.card_number, Reward.name,  # type: ignore[call-overload]
               Subscription.delivered)
        .join(Customer, Customer.id == Subscription.customer_id).join(Reward, Reward.id == Subscription.reward_id)
        .where(col(Subscription.active).is_(True), Subscription.next_due <= today + timedelta(days=days_ahead))
        .order_by(Subscription.next_due, Customer.name).limit(limit)).all()
    return [DueLine(*row) for row in rows]
