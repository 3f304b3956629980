"""Registering, voiding and refunding purchases, with their points."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from desktop.core import cardnumber, rules, validation
from desktop.core.clock import local_date
from desktop.core.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.kinds import EntryKind
from desktop.core.money import Amount
from desktop.core.validation import clean_text
from desktop.services import occasions, points, rewards
from desktop.services.context import (
    Actor,
    at_or_now,
    audit,
    card_owner,
    locked_buyer,
    locked_customers,
    saved_id,
    snapshot,
)
from desktop.services.settings import load_settings
from desktop.storage import appends, counted
from desktop.storage.engine import Database, retried
from desktop.storage.models import LedgerEntry, Purchase, Refund


@dataclass(frozen=True)
class PurchaseResult:
    purchase_id: int
    customer_id: int
    points: int
    balance: int
    replayed: bool  # True when the client key was seen before and nothing new was booked


def _replay(session: Session, key: str, card: str) -> PurchaseResult | None:
    purchase = session.exec(select(Purchase).where(Purchase.client_key == key)).first()
    if purchase is None:
        return None
    owner = card_owner(session, card)
    if owner is None or owner.id != purchase.customer_id:
        raise ConflictError("This registration key was already used for another customer's purchase.")
    earned = session.exec(
        select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(
            LedgerEntry.purchase_id == purchase.id, LedgerEntry.kind == EntryKind.EARN)
    ).one()
    return PurchaseResult(saved_id(purchase), purchase.customer_id, int(earned),
                          points.balance(session, purchase.customer_id), replayed=True)


@retried
def register_purchase(db: Database, actor: Actor, card: str, amount_cents: int, *, non_earning_cents: int = 0,
                      receipt_ref: str = "", client_key: str | None = None,
                      at: datetime | None = None) -> PurchaseResult:
    """Book a purchase and the points it earns.

    `client_key`, chosen by the caller (the counter makes one per purchase screen), makes a
    retried or double-clicked registration count once: the second call books nothing and
    answers with the first one's result.
    """
    card = cardnumber.validate(card)
    key = validation.client_key(client_key)
    receipt = clean_text(receipt_ref, field="receipt_ref", max_len=64)
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int) or amount_cents <= 0:
        raise ValidationError("amount", "The amount must be more than zero.")
    if not isinstance(non_earning_cents, int) or not 0 <= non_earning_cents <= amount_cents:
        raise ValidationError("non_earning", "The part without points must be between zero and the amount.")
    moment = at_or_now(at)
    try:
        with db.write() as session:
            if key and (earlier := _replay(session, key, card)):
                return earlier
            settings = load_settings(session)
            if amount_cents > settings.max_purchase_cents:
                raise ValidationError("amount", "{amount} is more than the largest purchase allowed ({maximum}); "
                                      "check the amount.", amount=Amount(amount_cents),
                                      maximum=Amount(settings.max_purchase_cents))
            customer = locked_buyer(session, card)
            if customer.anonymised:
                raise ConflictError("This customer was anonymised and can no longer collect points.")
            day = local_date(moment)
            # Voided purchases were mistakes and purchases refunded in full were given back:
            # neither counts towards the Nth visit or completes a referral.
            facts = occasions.registration_facts(session, customer, day, settings)
            earning = rewards.earning_today(session, customer, day, settings, facts.tier)
            tier_before = earning.facts.tier(settings)
            tier_after = earning.facts.tier(settings, plus_cents=amount_cents)
            # One INSERT each for the purchase and its points, not ORM flushes (desktop.storage.appends).
            row: dict[str, Any] = {"customer_id": saved_id(customer), "amount_cents": amount_cents,
                   "non_earning_cents": non_earning_cents, "created_at": moment, "staff_id": actor.staff_id,
                   "counter": actor.counter, "receipt_ref": receipt, "client_key": key}
            purchase_id = appends.purchase(session, row)
            earned = earning.points(amount_cents, settings, non_earning_cents=non_earning_cents)
            before = facts.balance  # the purchase's insert leaves the ledger as it was
            if earned > 0:
                points.credit(session, saved_id(customer), EntryKind.EARN, earned, at=moment, actor=actor,
                              expires_on=rules.expiry_date(day, settings),
                              available_on=rules.available_date(day, settings) if settings.pending_days else None,
                              may_owe=before < 0, purchase_id=purchase_id)
            audit(session, actor, "purchase.register", "purchase", purchase_id, None,
                  {"id": purchase_id, **row, "created_at": moment.isoformat(), "points": earned})
            granted = occasions.after_purchase(session, actor, customer, settings, at=moment,
                                               visits=facts.visits + 1, previous_visit=facts.last_visit,
                                               tier_before=tier_before, tier_after=tier_after, purchase_id=purchase_id)
            balance = before + earned + sum(o.points for o in granted)
            return PurchaseResult(purchase_id, saved_id(customer), earned, balance, False)
    except IntegrityError:
        # Two counters raced with the same key (PostgreSQL); the other one won: answer with it.
        if key is None:
            raise
        with db.read() as session:
            earlier = _replay(session, key, card)
        if earlier is None:
            raise
        return earlier


@dataclass(frozen=True)
class RefundResult:
    refund_id: int
    points_reversed: int
    balance: int


@retried
def refund_purchase(db: Database, actor: Actor, purchase_id: int, reason: str, *, amount_cents: int | None = None,
                    void: bool = False, at: datetime | None = None) -> RefundResult:
    """Give back all (`amount_cents=None`) or part of a purchase, taking back its points.

    A void undoes a mistaken registration; a refund returns goods. The points taken back
    are a new reversal entry. If the customer already spent them, the balance goes below
    zero and the next points earned pay that off. A void or a refund that leaves nothing of
    the purchase also takes back the bonuses it set off (`occasions.take_back`), the
    referrer's included; a partial refund leaves them.
    """
    why = clean_text(reason, field="reason", max_len=500)
    if not why:
        raise ValidationError("reason", "Say why the purchase is voided or refunded.")
    if amount_cents is not None and (not isinstance(amount_cents, int) or amount_cents <= 0):
        raise ValidationError("amount", "The amount to refund must be more than zero.")
    moment = at_or_now(at)
    with db.write() as session:
        purchase = session.get(Purchase, purchase_id)
        if purchase is None:
            raise NotFoundError("No purchase number {purchase_id}.", purchase_id=purchase_id)
        # Every customer whose points may change (the buyer, a referrer), in the global order.
        locked = locked_customers(session, occasions.holders_of(session, saved_id(purchase)) | {purchase.customer_id})
        customer = locked[purchase.customer_id]
        refunded = int(session.exec(select(func.coalesce(func.sum(Refund.amount_cents), 0))
                                    .where(Refund.purchase_id == purchase.id)).one())
        left = purchase.amount_cents - refunded
        amount = left if amount_cents is None else amount_cents
        if left == 0:
            raise ConflictError("This purchase was already refunded in full.")
        if amount > left:
            raise ValidationError("amount", "At most {amount} of this purchase can still be refunded.",
                                  amount=Amount(left))
        if void and amount != purchase.amount_cents:
            raise ConflictError("Only a purchase with no refunds yet can be voided; refund the rest instead.")
        today = local_date(moment)
        points.expire_due(session, saved_id(customer), at=moment, actor=actor, today=today)
        links = session.exec(select(LedgerEntry).where(LedgerEntry.purchase_id == purchase.id)).all()
        earned = sum(e.points for e in links if e.kind == EntryKind.EARN)
        reversed_before = -sum(e.points for e in links if e.kind == EntryKind.REVERSAL)
        own_lot = next((e.id for e in links if e.kind == EntryKind.EARN), None)
        # Points of this purchase that expired are gone already: never take them twice.
        expired = points.expired_from(session, own_lot) if own_lot is not None else 0
        earning = purchase.amount_cents - purchase.non_earning_cents
        to_reverse = max(0, rules.reversal_total(earned, refunded + amount, earning) - reversed_before - expired)
        refund = Refund(purchase_id=saved_id(purchase), amount_cents=amount, is_void=void, reason=why,
                        created_at=moment, staff_id=actor.staff_id, counter=actor.counter)
        session.add(refund)
        session.flush()
        if to_reverse > 0:
            points.debit(session, saved_id(customer), EntryKind.REVERSAL, to_reverse, at=moment, actor=actor,
                         today=today, spendable_only=False, allow_debt=True, prefer=own_lot,
                         purchase_id=purchase.id, reason=why)
        bonuses = 0
        if not counted.is_kept(purchase.amount_cents, refunded + amount):
            bonuses = occasions.take_back(session, actor, saved_id(purchase), at=moment, voided=void)
        audit(session, actor, "purchase.void" if void else "purchase.refund", "purchase", purchase.id,
              {"refunded_cents": refunded}, {**snapshot(refund), "points_reversed": to_reverse,
                                             "bonus_points_taken_back": bonuses})
        return RefundResult(saved_id(refund), to_reverse, points.balance(session, saved_id(customer)))
