"""What the customer display shows about the customer open at the counter, read in one
short session (desktop.core.customer_display says what may be shown)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from desktop.core.customer_display import DisplayFacts, first_name, next_reward
from desktop.core.errors import NotFoundError
from desktop.core.occasions import celebrating_birthday
from desktop.services import points
from desktop.services.context import reads
from desktop.services.settings import load_settings
from desktop.services.tiers import tier_standing
from desktop.storage.models import Customer, Reward


@reads
def display_facts(session: Session, customer_id: int, today: date, just_earned: int | None = None) -> DisplayFacts:
    """`just_earned`: the points of the purchase just booked at the counter (it knows it)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("No customer number {number}.", number=customer_id)
    summary = points.summary(session, customer_id, today)
    standing = tier_standing(session, customer, today, load_settings(session))
    costs = session.exec(select(Reward.name, Reward.cost_points)
                         .where(col(Reward.active).is_(True), Reward.cost_points > 0)).all()
    return DisplayFacts(
        first_name=first_name(customer.name), spendable=summary.spendable,
        just_earned=just_earned,
        next_reward=next_reward(summary.spendable, costs),
        tier=standing.tier, next_tier=standing.next_tier, to_next_tier_cents=standing.to_next_cents,
        birthday_week=celebrating_birthday(customer.birthday, today),
    )
