"""The reward catalogue: creating, editing and retiring rewards (owner only), the example
catalogue of a new shop, and what the counter may offer one customer."""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from desktop.core import race_points
from desktop.core.catalogue import (
    MAX_COST,
    Refusal,
    RewardKind,
    RewardSpec,
    refusal,
    stamps_to_fill,
)
from desktop.core.catalogue import Customer as Who
from desktop.core.clock import local_date
from desktop.core.errors import ConflictError, NotFoundError
from desktop.core.kinds import RetentionLevel
from desktop.core.moments import segment
from desktop.core.occasions import celebrating_birthday
from desktop.core.tiers import Earning, TierFacts
from desktop.services import points
from desktop.services.context import Actor, at_or_now, audit, reads, saved_id, snapshot
from desktop.services.customer_facts import customer_facts
from desktop.services.customers import find_by_card
from desktop.services.settings import load_settings
from desktop.services.tiers import tier_facts
from desktop.storage.engine import Database
from desktop.storage.models import Customer, Purchase, Redemption, Refund, Reward

EDITABLE = tuple(f.name for f in dataclasses.fields(RewardSpec))
_AS_GIVEN = object()  # save_reward without the stock the editor loaded: the spec's stock is set as given


def create_reward(db: Database, actor: Actor, name: str, level: RetentionLevel | str, kind: str, cost_points: int,
                  *, at: datetime | None = None, **options) -> Reward:
    """A new reward; `options` are the other RewardSpec fields (valid_days, stock, min_tier, ...)."""
    return save_reward(db, actor, RewardSpec(name=name, level=level, kind=kind, cost_points=cost_points, **options),
                       at=at)


def save_reward(db: Database, actor: Actor, spec: RewardSpec, *, reward_id: int | None = None,
                stock_loaded: int | None | object = _AS_GIVEN, at: datetime | None = None) -> Reward:
    """Create a reward from `spec`, or change reward `reward_id` to it; every field checked first.

    An editor passes `stock_loaded`, the stock it showed: counters may hand out seats or
    items meanwhile, and those are never put back. When the spec's stock is still the one
    loaded, the stock is left as it is now; when the owner changed it while the counters
    changed it too, nothing is saved (ConflictError) and the editor shows the stock anew.
    """
    actor.require_owner("Only the owner may change the reward catalogue.")
    with db.write() as session:
        values = spec.cleaned(load_settings(session))
        if reward_id is None:
            reward = Reward(**values, created_at=at_or_now(at))
            session.add(reward)
            session.flush()
            audit(session, actor, "reward.create", "reward", reward.id, None, snapshot(reward))
            return reward
        reward = _locked(session, reward_id)
        before = snapshot(reward)
        if stock_loaded is not _AS_GIVEN and reward.stock != stock_loaded:
            if values["stock"] == stock_loaded:
                values.pop("stock")  # the owner did not touch it: keep what the counters left
            else:
                raise ConflictError("The stock changed from {loaded} to {now} while you edited this reward; "
                                    "nothing was saved. Check the stock and save again.",
                                    loaded="—" if stock_loaded is None else stock_loaded,
                                    now="—" if reward.stock is None else reward.stock)
        for name, value in values.items():
            setattr(reward, name, value)
        after = snapshot(reward)
        changed = [k for k in after if after[k] != before[k]]
        if changed:
            audit(session, actor, "reward.update", "reward", reward.id,
                  {k: before[k] for k in changed}, {k: after[k] for k in changed})
        return reward


def set_retired(db: Database, actor: Actor, reward_id: int, retired: bool = True) -> Reward:
    """Stop offering a reward (or offer it again); its redemptions keep pointing at it."""
    actor.require_owner("Only the owner may change the reward catalogue.")
    with db.write() as session:
        reward = _locked(session, reward_id)
        if reward.active == (not retired):
            return reward
        reward.active = not retired
        audit(session, actor, "reward.retire" if retired else "reward.reinstate", "reward", reward.id,
              {"active": retired}, {"active": not retired})
        return reward


def spec_of(reward: Reward) -> RewardSpec:
    return RewardSpec(**{name: getattr(reward, name) for name in EDITABLE})


def _locked(session: Session, reward_id: int) -> Reward:
    """The reward's row, locked (PostgreSQL) so stock and seats are counted by one counter at a time."""
    # populate_existing: a reward read earlier in this session must show the row as locked now.
    reward = session.exec(select(Reward).where(Reward.id == reward_id).with_for_update()
                          .execution_options(populate_existing=True)).first()
    if reward is None:
        raise NotFoundError("No reward number {number}.", number=reward_id)
    race_points.reached(race_points.REWARD_READ)
    return reward


@reads
def reward_by_id(session: Session, reward_id: int) -> Reward | None:
    """The reward as it is now (the counters change its stock), None if it is gone."""
    return session.get(Reward, reward_id)


@reads
def all_rewards(session: Session) -> list[Reward]:
    """The whole catalogue, retired ones included, by level and name."""
    order = list(RetentionLevel)
    rows = session.exec(select(Reward)).all()
    return sorted(rows, key=lambda r: (not r.active, order.index(RetentionLevel(r.level)), r.name.casefold()))


def active_rewards(db: Database) -> list[Reward]:
    """The catalogue as the counter offers it: by level, then cheapest first."""
    with db.read() as session:
        rows = session.exec(select(Reward).where(col(Reward.active).is_(True))).all()
    order = list(RetentionLevel)
    return sorted(rows, key=lambda r: (order.index(RetentionLevel(r.level)), r.cost_points, r.name))


# A new shop's example catalogue at all three levels; the owner edits or retires what does not fit.
EXAMPLE_CATALOGUE = (
    RewardSpec("Gratis koffie", RetentionLevel.FINANCIAL, RewardKind.FREE_PRODUCT, 100, valid_days=30,
               voucher_text="Goed voor een kop koffie naar keuze."),
    RewardSpec("€ 5 korting", RetentionLevel.FINANCIAL, RewardKind.DISCOUNT, 250, valid_days=60,
               voucher_text="€ 5 korting op je volgende aankoop.", discount_cents=500),
    RewardSpec("Koffiekaart: 10e koffie gratis", RetentionLevel.FINANCIAL, RewardKind.STAMP_CARD, 0, valid_days=30,
               voucher_text="Je kaart is vol: deze koffie is van ons.", stamps_needed=10),
    RewardSpec("Ledenprijs thee", RetentionLevel.FINANCIAL, RewardKind.MEMBER_PRICE, 0, valid_days=7,
               voucher_text="10% korting op losse thee voor leden.", discount_percent=10),
    RewardSpec("Verjaardagsverrassing", RetentionLevel.SOCIAL_EMOTIONAL, RewardKind.BIRTHDAY_SURPRISE, 0,
               valid_days=30, voucher_text="Gefeliciteerd! Haal je verrassing op in de winkel."),
    RewardSpec("Persoonlijk bedankkaartje", RetentionLevel.SOCIAL_EMOTIONAL, RewardKind.THANK_YOU, 0,
               voucher_text="Bedankt dat je al zo lang bij ons komt."),
    RewardSpec("Uitnodiging proefavond", RetentionLevel.SOCIAL_EMOTIONAL, RewardKind.EVENT, 150, valid_days=90,
               voucher_text="Je bent welkom op onze volgende proefavond."),
    RewardSpec("Rondleiding branderij", RetentionLevel.SOCIAL_EMOTIONAL, RewardKind.EVENT, 0, min_tier="Gold",
               stock=12, voucher_text="Kijk mee achter de schermen van onze branderij."),
    RewardSpec("Bedankje voor een aanbeveling", RetentionLevel.SOCIAL_EMOTIONAL, RewardKind.REFERRAL_THANKS, 0,
               voucher_text="Dank je wel dat je ons aanbeveelt!"),
    RewardSpec("Gratis reparatiecheck", RetentionLevel.STRUCTURAL, RewardKind.AFTER_SALES, 200, valid_days=180,
               voucher_text="Een gratis check van je espressomachine."),
    RewardSpec("Reserveerservice", RetentionLevel.STRUCTURAL, RewardKind.RESERVATION, 0,
               voucher_text="We leggen je favoriete bonen voor je apart."),
    RewardSpec("Bonenabonnement", RetentionLevel.STRUCTURAL, RewardKind.SUBSCRIPTION, 0,
               voucher_text="Elke maand je favoriete bonen klaar om op te halen."),
)


def seed_example_catalogue(db: Database, actor: Actor, *, at: datetime | None = None) -> list[Reward]:
    """Add the example rewards whose names the catalogue does not have yet."""
    with db.read() as session:
        have = {name.casefold() for name in session.exec(select(Reward.name))}
    return [save_reward(db, actor, spec, at=at) for spec in EXAMPLE_CATALOGUE if spec.name.casefold() not in have]


# -- what one customer may have ----------------------------------------------------------

def stamps(session: Session, customer_id: int, reward: Reward) -> int:
    """Qualifying purchases for a stamp card: since the card was created or last redeemed,
    not refunded in full. Redeeming the card starts it again.

    When purchases that filled a card already redeemed are refunded in full afterwards, that
    card falls short of the stamps it used: the shortfall comes off the stamps of the next
    card, so a free item is never earned with purchases that were given back."""
    redeemed = session.exec(select(Redemption.created_at).where(
        Redemption.customer_id == customer_id, Redemption.reward_id == reward.id)
        .order_by(col(Redemption.created_at))).all()
    refunded = (select(func.coalesce(func.sum(Refund.amount_cents), 0))
                .where(Refund.purchase_id == Purchase.id).scalar_subquery())
    mine = (Purchase.customer_id == customer_id, Purchase.created_at > reward.created_at)
    if not redeemed:
        return int(session.exec(select(func.count()).select_from(Purchase).where(
            *mine, refunded < Purchase.amount_cents)).one())
    # Each purchase with the moment its last refund took the rest (None: kept).
    last_refund = select(func.max(Refund.created_at)).where(Refund.purchase_id == Purchase.id).scalar_subquery()
    rows = session.exec(select(Purchase.created_at, refunded >= Purchase.amount_cents, last_refund)
                        .where(*mine).order_by(col(Purchase.created_at))).all()
    bought = [(at, (gone_at if gone_at is None or gone_at.tzinfo else gone_at.replace(tzinfo=at.tzinfo))
               if gone else None) for at, gone, gone_at in rows]
    need, owed, start = stamps_to_fill(reward.stamps_needed or 0), 0, 0
    for until in redeemed:
        end = bisect_right(bought, until, lo=start, key=lambda row: row[0])
        window = bought[start:end]
        kept_then = sum(1 for _, gone in window if gone is None or gone > until)
        kept_now = sum(1 for _, gone in window if gone is None)
        used = min(need, max(0, kept_then - owed))  # the stamps this card took when it was redeemed
        owed = max(0, used - (kept_now - owed))
        start = end
    return max(0, sum(1 for _, gone in bought[start:] if gone is None) - owed)


def who(session: Session, customer: Customer, today: date, *, with_points: bool = True,
        with_segment: bool = True) -> Who:
    """What decides the offers for this customer (the stamps are counted per stamp card).
    Without `with_points` the points are left to the ledger's own check when it debits;
    without `with_segment` the segment (a query of its own) is left empty."""
    settings = load_settings(session)
    return Who(tier=tier_facts(session, customer, today, settings).tier(settings),
               segment=segment(customer_facts(session, customer, today), today, settings) if with_segment else "",
               spendable=points.summary(session, saved_id(customer), today).spendable if with_points else MAX_COST,
               birthday_week=celebrating_birthday(customer.birthday, today))


@dataclass(frozen=True)
class Offer:
    reward: Reward
    refused: Refusal | None  # None: the customer may have it now
    stamps: int | None  # for a stamp card: the stamps collected, and reward.stamps_needed - 1 fill it


def offers_for_card(db: Database, card: str, *, at: datetime | None = None) -> list[Offer]:
    """What the customer with this card may have today (the counter's reward list), read in a
    session of its own."""
    with db.read() as session:
        return offers(session, find_by_card(session, card), local_date(at_or_now(at)))


def offers(session: Session, customer: Customer, today: date) -> list[Offer]:
    """Every active reward with whether this customer may have it today, in catalogue order."""
    settings = load_settings(session)
    base = who(session, customer, today)
    result = []
    order = list(RetentionLevel)
    for reward in sorted(session.exec(select(Reward).where(col(Reward.active).is_(True))).all(),
                         key=lambda r: (order.index(RetentionLevel(r.level)), r.cost_points, r.name)):
        count = stamps(session, saved_id(customer), reward) if reward.kind == RewardKind.STAMP_CARD else None
        person = dataclasses.replace(base, stamps=count or 0)
        result.append(Offer(reward, refusal(reward, person, today, settings), count))
    return result


def check_may_have(session: Session, reward: Reward, customer: Customer, today: date) -> None:
    """Raise a ConflictError saying why, when the customer may not have the reward today."""
    settings = load_settings(session)
    person = who(session, customer, today, with_points=False, with_segment=bool(reward.segment))
    if reward.kind == RewardKind.STAMP_CARD:
        person = dataclasses.replace(person, stamps=stamps(session, saved_id(customer), reward))
    reason = refusal(reward, person, today, settings)
    if reason is None:
        return
    if reason == Refusal.RETIRED:
        raise ConflictError("'{name}' is no longer offered.", name=reward.name)
    if reason == Refusal.NOT_YET:
        assert reward.offered_from is not None, "NOT_YET is only given for a reward with a start day"
        raise ConflictError("'{name}' is offered from {day}.", name=reward.name, day=reward.offered_from.isoformat())
    if reason == Refusal.ENDED:
        raise ConflictError("'{name}' is no longer offered: its period has ended.", name=reward.name)
    if reason == Refusal.TIER:
        raise ConflictError("'{name}' is for customers with tier {tier} or higher.", name=reward.name,
                            tier=reward.min_tier)
    if reason == Refusal.NO_SUCH_TIER:
        raise ConflictError("'{name}' is for tier {tier}, which the programme no longer has; "
                            "the owner can choose a tier for it in Rewards.", name=reward.name, tier=reward.min_tier)
    if reason == Refusal.SEGMENT:
        raise ConflictError("'{name}' is for another group of customers.", name=reward.name)
    if reason == Refusal.SOLD_OUT:
        raise ConflictError("'{name}' is all gone: none left to hand out.", name=reward.name)
    if reason == Refusal.AUTOMATIC:
        raise ConflictError("'{name}' counts by itself on its days; there is nothing to hand out.", name=reward.name)
    if reason == Refusal.NOT_BIRTHDAY:
        raise ConflictError("'{name}' is for the week of the customer's birthday.", name=reward.name)
    if reason == Refusal.STAMPS:
        raise ConflictError("The stamp card is not full yet: {have} of {need} stamps.", have=person.stamps,
                            need=stamps_to_fill(reward.stamps_needed or 0))
    raise AssertionError(f"unexplained refusal {reason}")


_DOUBLE_POINTS_DAYS = select(Reward).where(Reward.kind == RewardKind.DOUBLE_POINTS, col(Reward.active).is_(True))


def earning_today(session: Session, customer: Customer, today: date, settings,
                  facts: TierFacts | None = None) -> Earning:
    """What a purchase earns this customer today: their tier facts, and the tiers for which
    a double-points day in the catalogue applies (its offered period are the days; tier and
    segment limit it like any reward)."""
    facts = facts or tier_facts(session, customer, today, settings)
    days = session.exec(_DOUBLE_POINTS_DAYS).all()
    if not days:
        return Earning(facts, frozenset())
    # The segment takes a query of its own: only when a double-points day asks for one.
    segment_now = segment(customer_facts(session, customer, today), today, settings) if any(
        d.segment for d in days) else ""
    doubled = frozenset(
        tier for tier in (None, *settings.tier_thresholds)
        if any(refusal(day, Who(tier=tier, segment=segment_now, spendable=MAX_COST), today, settings)
               == Refusal.AUTOMATIC for day in days))
    return Earning(facts, doubled)


def take_one(session: Session, reward: Reward) -> None:
    """One of a limited reward (or one seat) is handed out; the caller holds the reward's lock."""
    if reward.stock is None:
        return
    # Decrement in SQL, only while there is one: right even if a lock was missed somewhere.
    taken = session.exec(update(Reward).where(col(Reward.id) == reward.id, col(Reward.stock) > 0)
                         .values(stock=col(Reward.stock) - 1).execution_options(synchronize_session=False))
    if taken.rowcount != 1:
        raise ConflictError("'{name}' is all gone: none left to hand out.", name=reward.name)
    session.refresh(reward)


def locked_reward(session: Session, reward_id: int) -> Reward:
    return _locked(session, reward_id)
