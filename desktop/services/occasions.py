"""Granting automatic occasions exactly once, and what the counter's banner shows of them.

Every grant runs inside a write transaction that holds the customer's row lock, checks the
occasion's key first and inserts it; the unique key on (customer, kind, period) is the
backstop, so two counters can never both grant the same one. Anonymised customers get none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

from sqlalchemy import bindparam, case, func, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from desktop.core import rules
from desktop.core.catalogue import tier_rank
from desktop.core.clock import local_date
from desktop.core.kinds import EntryKind
from desktop.core.occasions import (
    ENTRY_KIND,
    Due,
    OccasionKind,
    bonus,
    ledger_reason,
    on_a_day,
    on_a_purchase,
    tier_reached,
)
from desktop.core.reasons import Reason, stored
from desktop.core.rules import ProgrammeSettings
from desktop.core.tiers import TierFacts, last_anniversary
from desktop.services import points, tiers
from desktop.services.context import (
    Actor,
    at_or_now,
    audit,
    locked_by_id,
    saved_id,
    snapshot,
)
from desktop.services.settings import load_settings
from desktop.storage import counted, statements
from desktop.storage.engine import Database
from desktop.storage.models import Customer, Occasion, Purchase
from desktop.storage.types import UTCDateTime


@cache
def _granted_query():
    return select(Occasion.id).where(Occasion.customer_id == bindparam("customer_id"),
                                     Occasion.kind == bindparam("kind"), Occasion.period == bindparam("period"))


def granted(session: Session, customer_id: int, due: Due) -> bool:
    return statements.run(session, _granted_query(), {"customer_id": customer_id, "kind": due.kind,
                                                      "period": due.period}).first() is not None


def grant(session: Session, actor: Actor, customer: Customer, due: Due, settings: ProgrammeSettings, *,
          at: datetime, points_given: int | None = None, purchase_id: int | None = None) -> Occasion | None:
    """Record `due` for the customer (whose row the caller locked) with its bonus; None when
    it was granted before or the customer was anonymised. `purchase_id` names the purchase
    that set it off: voiding or refunding that purchase in full takes it back (`take_back`)."""
    if customer.anonymised or granted(session, saved_id(customer), due):
        return None
    given = bonus(due.kind, settings) if points_given is None else points_given
    entry_id = None
    if given > 0:
        entry_id = points.credit(session, saved_id(customer), ENTRY_KIND.get(due.kind, EntryKind.MILESTONE), given,
                                 at=at, actor=actor, expires_on=rules.expiry_date(local_date(at), settings),
                                 reason=ledger_reason(due))
    occasion = Occasion(customer_id=saved_id(customer), kind=due.kind, period=due.period, points=given,
                        detail=due.detail, created_at=at, staff_id=actor.staff_id, purchase_id=purchase_id,
                        entry_id=entry_id)
    session.add(occasion)
    session.flush()
    audit(session, actor, "occasion.grant", "occasion", occasion.id, None, snapshot(occasion))
    return occasion


def _visit_columns() -> list:
    return [func.count(case((counted.kept(), 1))),
            type_coerce(func.max(case((counted.not_voided(), Purchase.created_at))), UTCDateTime())]


@cache
def _visit_facts_query(open_ended: tuple[bool, ...] | None = None):
    # Built once (as the other queries of a registration): building and keying an expression
    # like this one costs five times what running it does. For a registration (`open_ended`,
    # the tier spend's windows), the balance and the windows' sums come along in the same pass.
    extra = [] if open_ended is None else [points.BALANCE.scalar_subquery(), *tiers.spend_sums(open_ended)]
    return select(*_visit_columns(), *extra).where(Purchase.customer_id == bindparam("customer_id"))


def visit_facts(session: Session, customer_id: int) -> tuple[int, date | None]:
    """The customer's kept purchases (`counted.kept`: the visits) and the day of the last
    purchase not voided, in one pass over their purchases."""
    visits, last = statements.run(session, _visit_facts_query(), {"customer_id": customer_id}).one()
    return int(visits), local_date(last) if last else None


class RegistrationFacts(NamedTuple):
    visits: int  # before this purchase (visit_facts)
    last_visit: date | None
    tier: TierFacts
    balance: int


def registration_facts(session: Session, customer: Customer, today: date,
                       settings: ProgrammeSettings) -> RegistrationFacts:
    """What a registration reads before it books, in one statement: visit_facts, the tier
    facts (tiers.tier_facts) and the balance (points.balance)."""
    windows = tiers.windows(customer, today) if settings.tier_thresholds else []
    visits, last, balance, *spend = statements.run(
        session, _visit_facts_query(tuple(end is None for _, end in windows)),
        {"customer_id": saved_id(customer), **tiers.spend_values(windows)}).one()
    return RegistrationFacts(int(visits), local_date(last) if last else None,
                             tiers.facts_of(spend) if spend else TierFacts(0, None), int(balance))


def due_today(session: Session, customer: Customer, today: date, settings: ProgrammeSettings,
              last_visit: date | None) -> list[Due]:
    """The occasions the date brings the customer (birthday week, anniversary, a reactivation
    offer while latent) not granted yet; `last_visit` as visit_facts finds it."""
    if customer.anonymised:
        return []
    return [due for due in on_a_day(customer.joined_on, customer.birthday, last_visit, today, settings)
            if not granted(session, saved_id(customer), due)]


def _due_today(session: Session, customer: Customer, today: date, settings: ProgrammeSettings) -> list[Due]:
    return due_today(session, customer, today, settings, visit_facts(session, saved_id(customer))[1])


def greet(db: Database, actor: Actor, customer_id: int, *, at: datetime | None = None) -> list[Occasion]:
    """Grant the occasions a customer at the counter has because of the date (birthday week,
    anniversary, a reactivation offer while latent). Reads first: a write only when one is due."""
    moment = at_or_now(at)
    today = local_date(moment)
    with db.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or not _due_today(session, customer, today, load_settings(session)):
            return []
    return grant_due_today(db, actor, customer_id, at=moment)


def grant_due_today(db: Database, actor: Actor, customer_id: int, *, at: datetime) -> list[Occasion]:
    """Grant what `due_today` found, in a write transaction that checks again under the lock."""
    today = local_date(at)
    try:
        with db.write() as session:
            customer = locked_by_id(session, customer_id)
            settings = load_settings(session)
            new = [grant(session, actor, customer, due, settings, at=at)
                   for due in _due_today(session, customer, today, settings)]
            return [o for o in new if o is not None]
    except IntegrityError:  # another counter granted it between our read and our write
        return []


# Occasions a purchase sets off; the birthday and anniversary weeks come with the date (the
# counter grants them without a purchase too), so voiding the purchase leaves them.
_SET_OFF_BY_A_PURCHASE = frozenset({OccasionKind.VISIT, OccasionKind.TIER, OccasionKind.REACTIVATION,
                                    OccasionKind.REFERRAL, OccasionKind.REFERRED})


def after_purchase(session: Session, actor: Actor, customer: Customer, settings: ProgrammeSettings, *,
                   at: datetime, visits: int, previous_visit: date | None, tier_before: str | None,
                   tier_after: str | None, purchase_id: int | None = None) -> list[Occasion]:
    """Inside the purchase's transaction (customer locked): grant what this purchase brings.

    `visits` counts the kept purchases (`counted.kept`), this one included."""
    if customer.anonymised:
        return []
    today = local_date(at)
    dues = on_a_purchase(customer.joined_on, customer.birthday, visits, previous_visit, today, settings)
    if tier_after and tier_rank(tier_after, settings) > tier_rank(tier_before, settings):
        dues.append(tier_reached(tier_after, last_anniversary(customer.joined_on, today)))
    new = [grant(session, actor, customer, due, settings, at=at,
                 purchase_id=purchase_id if due.kind in _SET_OFF_BY_A_PURCHASE else None) for due in dues]
    if visits == 1:
        referral_on_first_purchase(session, actor, customer, settings, at=at, purchase_id=purchase_id)
    return [o for o in new if o is not None]


def referral_on_first_purchase(session: Session, actor: Actor, customer: Customer, settings: ProgrammeSettings, *,
                               at: datetime, purchase_id: int | None = None) -> None:
    """The referred customer just made their first purchase: the referral is completed.

    The referrer gets the thanks (and the bonus while under the limit per referrer); the
    referred customer gets the bonus when the settings give it to them. A first purchase
    that is voided or refunded in full takes both back; the next kept purchase completes it.
    """
    if customer.referred_by_id is None or customer.anonymised:
        return
    referrer = locked_by_id(session, customer.referred_by_id)
    if not referrer.anonymised and referrer.id != customer.id:
        completed = session.exec(select(func.count()).select_from(Occasion).where(
            Occasion.customer_id == referrer.id, Occasion.kind == OccasionKind.REFERRAL)).one()
        within_limit = completed < settings.referral_limit
        grant(session, actor, referrer, Due(OccasionKind.REFERRAL, str(customer.id)), settings, at=at,
              points_given=None if within_limit else 0, purchase_id=purchase_id)
    if settings.referral_bonus_to != "referrer":
        grant(session, actor, customer, Due(OccasionKind.REFERRED, ""), settings, at=at, purchase_id=purchase_id)


def _holder_id(session: Session, customer_id: int) -> int:
    """The customer an id leads to now (a merged duplicate leads to the customer kept)."""
    seen = {customer_id}
    while (merged := session.exec(select(Customer.merged_into_id).where(Customer.id == customer_id)).one()) \
            is not None and merged not in seen:
        seen.add(merged)
        customer_id = merged
    return customer_id


def set_off_by(session: Session, purchase_id: int) -> list[Occasion]:
    return list(session.exec(select(Occasion).where(col(Occasion.purchase_id) == purchase_id)
                             .order_by(col(Occasion.id))))


def holders_of(session: Session, purchase_id: int) -> set[int]:
    """The customers whose points `take_back` may change for this purchase (the referrer too),
    for the caller to lock in id order before it locks anything else."""
    return {_holder_id(session, o.customer_id) for o in set_off_by(session, purchase_id)}


def take_back(session: Session, actor: Actor, purchase_id: int, *, at: datetime, voided: bool) -> int:
    """The purchase was voided or refunded in full: take back the bonus of every occasion it
    set off (a reversal entry; points already spent leave a debt, as a refund does) and
    remove the occasion, so that a later purchase can set it off again. The caller holds
    the row locks of `holders_of`. Returns the points taken back."""
    today = local_date(at)
    total = 0
    for occasion in set_off_by(session, purchase_id):
        holder = _holder_id(session, occasion.customer_id)
        taken = 0
        if occasion.points > 0:
            # Points of the bonus that expired are gone already: never take them twice.
            taken = occasion.points - (points.expired_from(session, occasion.entry_id) if occasion.entry_id else 0)
            if taken > 0:
                due = Due(OccasionKind(occasion.kind), occasion.period, occasion.detail)
                points.debit(session, holder, EntryKind.REVERSAL, taken, at=at, actor=actor, today=today,
                             spendable_only=False, allow_debt=True,
                             prefer=occasion.entry_id if holder == occasion.customer_id else None,
                             reason=stored(Reason.TAKEN_BACK_VOIDED if voided else Reason.TAKEN_BACK_REFUNDED,
                                           what=ledger_reason(due)))
        before = snapshot(occasion)
        session.delete(occasion)
        session.flush()
        audit(session, actor, "occasion.take_back", "occasion", before["id"], before,
              {"points_taken_back": taken, "purchase_id": purchase_id, "voided": voided})
        total += taken
    return total


@dataclass(frozen=True)
class Referral:
    customer_id: int
    name: str
    joined_on: date
    completed: bool  # pending until the referred customer's first purchase


def referrals_of(session: Session, referrer_id: int) -> list[Referral]:
    done = {int(p) for p in session.exec(select(Occasion.period).where(
        Occasion.customer_id == referrer_id, Occasion.kind == OccasionKind.REFERRAL))}
    rows = session.exec(select(col(Customer.id), col(Customer.name), col(Customer.joined_on))
                        .where(col(Customer.referred_by_id) == referrer_id).order_by(col(Customer.joined_on))).all()
    return [Referral(saved, name, joined_on, saved in done) for saved, name, joined_on in rows if saved is not None]


def open_occasions(session: Session, customer_id: int) -> list[Occasion]:
    """Occasions granted but not yet marked as handed out in person, oldest first."""
    return list(session.exec(_OPEN_OCCASIONS, params={"customer_id": customer_id}))


_OPEN_OCCASIONS = (select(Occasion).where(Occasion.customer_id == bindparam("customer_id"),
                                          col(Occasion.handed_out_at).is_(None)).order_by(col(Occasion.id)))


def mark_handed_out(db: Database, actor: Actor, occasion_ids: list[int], *, at: datetime | None = None) -> int:
    """Staff handed these out in person; returns how many were still open."""
    moment = at_or_now(at)
    with db.write() as session:
        rows = session.exec(select(Occasion).where(col(Occasion.id).in_(occasion_ids),
                                                   col(Occasion.handed_out_at).is_(None))).all()
        for row in rows:
            row.handed_out_at = moment
            audit(session, actor, "occasion.hand_out", "occasion", row.id, None, {"handed_out_at": moment})
        return len(rows)
