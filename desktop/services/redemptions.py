"""Handing out a reward for points."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from desktop.core import cardnumber, validation
from desktop.core.clock import local_date
from desktop.core.errors import ConflictError, NotFoundError
from desktop.core.kinds import EntryKind, RedemptionState
from desktop.services import points, rewards
from desktop.services.context import (
    Actor,
    at_or_now,
    audit,
    card_owner,
    locked_by_card,
    saved_id,
    snapshot,
)
from desktop.storage.engine import Database
from desktop.storage.models import Redemption, Reward

# No 0/O or 1/I/L: a code read out over the counter or typed from a slip is not misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def find_reward(session: Session, reward: str) -> Reward:
    """A reward by its number or its exact name (case-insensitive)."""
    text = reward.strip()
    number = validation.record_id(text)
    found = session.get(Reward, number) if number is not None else session.exec(
        select(Reward).where(func.lower(Reward.name) == text.lower())).first()
    if found is None:
        raise NotFoundError("No reward '{text}'.", text=text)
    return found


def redeem(db: Database, actor: Actor, card: str, reward: str, *, client_key: str | None = None,
           at: datetime | None = None) -> Redemption:
    """Hand out a reward: book its cost (never below zero) and issue a code for the voucher.

    With the customer's row locked, two counters redeeming the last points at the same
    moment take turns, and the second finds the balance no longer covers it.
    """
    card = cardnumber.validate(card)
    key = validation.client_key(client_key)
    moment = at_or_now(at)
    try:
        return _redeem(db, actor, card, reward, key, moment)
    except IntegrityError:
        # Two counters raced with the same key (PostgreSQL): answer with the one that won.
        with db.read() as session:
            earlier = _earlier(session, key, card) if key else None
        if earlier is None:
            raise
        return earlier


def _earlier(session: Session, key: str, card: str) -> Redemption | None:
    earlier = session.exec(select(Redemption).where(Redemption.client_key == key)).first()
    owner = card_owner(session, card)
    if earlier is not None and (owner is None or earlier.customer_id != owner.id):
        raise ConflictError("This redemption key was already used for another customer.")
    return earlier


def _redeem(db: Database, actor: Actor, card: str, reward: str, key: str | None, moment: datetime) -> Redemption:
    with db.write() as session:
        if key and (earlier := _earlier(session, key, card)):
            return earlier
        chosen = find_reward(session, reward)
        if not chosen.active:
            raise ConflictError("'{chosen}' is no longer offered.", chosen=chosen.name)
        customer = locked_by_card(session, card)
        if customer.anonymised:
            raise ConflictError("This customer was anonymised.")
        today = local_date(moment)
        # Lock the reward after the customer (always in this order), so two counters take
        # turns on the last of a stock or the last seat of an event.
        chosen = rewards.locked_reward(session, saved_id(chosen))
        rewards.check_may_have(session, chosen, customer, today)
        rewards.take_one(session, chosen)
        redemption = Redemption(
            code=new_code(), customer_id=saved_id(customer), reward_id=saved_id(chosen), points=chosen.cost_points,
            state=RedemptionState.ISSUED, created_at=moment, staff_id=actor.staff_id, counter=actor.counter,
            valid_until=today + timedelta(days=chosen.valid_days) if chosen.valid_days else None,
            client_key=key,
        )
        session.add(redemption)
        session.flush()
        if chosen.cost_points:
            points.debit(session, saved_id(customer), EntryKind.REDEEM, chosen.cost_points, at=moment, actor=actor,
                         today=today, spendable_only=True, redemption_id=redemption.id, reason=chosen.name)
        audit(session, actor, "reward.redeem", "redemption", redemption.id, None, snapshot(redemption))
        return redemption


def mark_used(db: Database, actor: Actor, code: str, *, at: datetime | None = None) -> Redemption:
    """A voucher was used in the shop, or a guest came to the event they said yes to."""
    moment = at_or_now(at)
    with db.write() as session:
        redemption = session.exec(select(Redemption).where(Redemption.code == code.strip().upper())
                                  .with_for_update()).first()
        if redemption is None:
            raise NotFoundError("No voucher with code {code}.", code=code.strip())
        if redemption.state != RedemptionState.ISSUED:
            raise ConflictError("This voucher was {state} already.", state=redemption.state)
        if redemption.valid_until and local_date(moment) > redemption.valid_until:
            raise ConflictError("This voucher was valid until {day}.", day=redemption.valid_until.isoformat())
        before = snapshot(redemption, ("state", "used_at"))
        redemption.state, redemption.used_at = RedemptionState.USED, moment
        audit(session, actor, "redemption.use", "redemption", redemption.id, before,
              snapshot(redemption, ("state", "used_at")))
        return redemption
