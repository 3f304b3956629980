"""Read-only queries behind the printed documents (statements, cards, slips, lists, letters).

Each function reads what one document shows in the session it is given and returns plain
data; `reports/` lays it out. Totals are summed in SQL, so a document about a whole shop
never walks the ledger in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, bindparam, case, extract, func, or_, text, type_coerce
from sqlmodel import Session, col, select

from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.kinds import CREDIT_KINDS, EntryKind, RedemptionState
from desktop.core.moments import next_birthday
from desktop.core.rules import ProgrammeSettings
from desktop.core.shop_profile import ShopProfile
from desktop.services import points
from desktop.services.context import reads, saved_id
from desktop.services.customers import find_by_card
from desktop.services.settings import load_settings
from desktop.services.shop_profile import load_profile
from desktop.storage.counted import not_voided_sql
from desktop.storage.models import Customer, LedgerEntry, Purchase, Redemption, Refund, Reward, Staff
from desktop.storage.summaries import month_number
from desktop.storage.types import UTCDateTime


def day_start(day: date) -> datetime:
    """The first moment of a local calendar day, as an aware datetime (stored times are UTC)."""
    return datetime.combine(day, time.min).astimezone()


def _plain_customers():
    # Customers a document may address: not folded into another card, not anonymised.
    return and_(Customer.merged_into_id.is_(None), Customer.anonymised.is_(False))


# -- customer statement -------------------------------------------------------------------
@dataclass(frozen=True)
class StatementLine:
    at: datetime
    kind: str
    points: int
    balance: int  # the balance after this entry
    purchase_cents: int | None  # the purchase an earn or reversal belongs to
    reward: str  # the reward a redemption paid for
    reason: str


@dataclass(frozen=True)
class ExpiryLine:
    expires_on: date
    points: int


@dataclass(frozen=True)
class Statement:
    customer: Customer
    settings: ProgrammeSettings
    start: date
    end: date  # inclusive
    opening: int  # the balance before `start`
    closing: int  # the balance at the end of `end`
    lines: list[StatementLine]
    summary: points.PointsSummary  # as of `today`
    expiring: list[ExpiryLine]  # spendable points by expiry date, the coming `horizon` days


def statement(session: Session, card: str, start: date, end: date, today: date, *,
              horizon_days: int = 90) -> Statement:
    customer = find_by_card(session, card)
    begin, stop = day_start(start), day_start(end + timedelta(days=1))
    opening = session.exec(select(func.coalesce(func.sum(LedgerEntry.points), 0))
                           .where(LedgerEntry.customer_id == customer.id, LedgerEntry.created_at < begin)).one()
    rows = session.exec(
        # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
        select(LedgerEntry.created_at, LedgerEntry.kind, LedgerEntry.points, Purchase.amount_cents,  # type: ignore[call-overload]
               Reward.name, LedgerEntry.reason)
        .outerjoin(Purchase, Purchase.id == LedgerEntry.purchase_id)
        .outerjoin(Redemption, Redemption.id == LedgerEntry.redemption_id)
        .outerjoin(Reward, Reward.id == Redemption.reward_id)
        .where(LedgerEntry.customer_id == customer.id, LedgerEntry.created_at >= begin,
               LedgerEntry.created_at < stop)
        .order_by(LedgerEntry.created_at, LedgerEntry.id)).all()
    running = int(opening)
    lines = []
    for at, kind, pts, cents, reward, reason in rows:
        running += pts
        lines.append(StatementLine(at, kind, pts, running, cents, reward or "", reason or ""))
    lots = points.open_lots(session, saved_id(customer))
    last = today + timedelta(days=horizon_days)
    by_date: dict[date, int] = {}
    for lot in lots:
        if lot.spendable(today) and lot.expires_on and lot.expires_on <= last:
            by_date[lot.expires_on] = by_date.get(lot.expires_on, 0) + lot.left
    return Statement(customer, load_settings(session), start, end, int(opening), running, lines,
                     points.summary(session, saved_id(customer), today),
                     [ExpiryLine(day, pts) for day, pts in sorted(by_date.items())])


# -- loyalty cards --------------------------------------------------------------------------
@dataclass(frozen=True)
class CardHolder:
    name: str
    card_number: str


def card_holders(session: Session, cards: list[str] | None = None, *,
                 joined_from: date | None = None, joined_to: date | None = None) -> list[CardHolder]:
    """The named cards (in the order given), else every customer who can be addressed,
    optionally only those who joined in a period (the new customers' cards to print)."""
    if cards:
        found = [find_by_card(session, card) for card in cards]
        return [CardHolder(c.name, c.card_number) for c in found]
    query = select(Customer.name, Customer.card_number).where(_plain_customers())
    if joined_from is not None:
        query = query.where(Customer.joined_on >= joined_from)
    if joined_to is not None:
        query = query.where(Customer.joined_on <= joined_to)
    return [CardHolder(*row) for row in session.exec(query.order_by(col(Customer.search_name), col(Customer.id)))]


# -- voucher and points slips ---------------------------------------------------------------
@dataclass(frozen=True)
class Voucher:
    code: str
    reward: str
    level: str
    voucher_text: str
    points: int
    state: str
    issued_at: datetime
    valid_until: date | None
    customer_name: str
    card_number: str
    shop_name: str
    profile: ShopProfile
    used_at: datetime | None = None


@reads
def voucher(session: Session, code: str) -> Voucher:
    clean = code.strip().upper()
    row = session.exec(select(Redemption, Reward, Customer).join(Reward).join(Customer)
                       .where(Redemption.code == clean)).first()
    if row is None:
        raise NotFoundError("No voucher with code {code}.", code=clean)
    redemption, reward, customer = row
    return Voucher(redemption.code, reward.name, reward.level, reward.voucher_text, redemption.points,
                   redemption.state, redemption.created_at, redemption.valid_until, customer.name,
                   customer.card_number, load_settings(session).shop_name, load_profile(session), redemption.used_at)


@dataclass(frozen=True)
class PointsSlip:
    purchase_id: int
    at: datetime
    amount_cents: int
    earned: int
    customer_name: str
    card_number: str
    summary: points.PointsSummary
    shop_name: str
    profile: ShopProfile


@reads
def points_slip(session: Session, purchase_id: int, today: date) -> PointsSlip:
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise NotFoundError("No purchase {number}.", number=purchase_id)
    earned = session.exec(select(func.coalesce(func.sum(LedgerEntry.points), 0))
                          .where(LedgerEntry.purchase_id == purchase_id, LedgerEntry.kind == EntryKind.EARN)).one()
    customer = session.get(Customer, purchase.customer_id)
    assert customer is not None, "purchase.customer_id is a foreign key to customer"
    return PointsSlip(saved_id(purchase), purchase.created_at, purchase.amount_cents, int(earned), customer.name,
                      customer.card_number, points.summary(session, saved_id(customer), today),
                      load_settings(session).shop_name, load_profile(session))


# -- end of the day -------------------------------------------------------------------------
@dataclass
class StaffDay:
    name: str
    counter: str = ""  # the counter PC's name ("": the command line or an older booking)
    purchases: int = 0
    purchase_cents: int = 0
    points_issued: int = 0  # earned on purchases
    bonus_points: int = 0  # welcome, birthday, referral, milestone bonuses and corrections up
    rewards: int = 0
    reward_points: int = 0
    voids: int = 0
    void_cents: int = 0
    refunds: int = 0
    refund_cents: int = 0


@dataclass(frozen=True)
class DaySummary:
    day: date
    shop_name: str
    staff: list[StaffDay]  # by counter, then name; "command line" and unknown staff under their own rows
    total: StaffDay


def day_summary(session: Session, day: date, *, unknown: str = "") -> DaySummary:
    """What each staff member did on one day at each counter PC, with the shop's total."""
    begin, stop = day_start(day), day_start(day + timedelta(days=1))
    rows: dict[tuple[str, int | None], StaffDay] = {}

    def row(counter: str, staff_id: int | None) -> StaffDay:
        return rows.setdefault((counter, staff_id), StaffDay("", counter))

    for counter, staff_id, count, cents in session.exec(
            select(Purchase.counter, Purchase.staff_id, func.count(), func.coalesce(func.sum(Purchase.amount_cents), 0))
            .where(Purchase.created_at >= begin, Purchase.created_at < stop)
            .group_by(col(Purchase.counter), col(Purchase.staff_id))):
        row(counter, staff_id).purchases, row(counter, staff_id).purchase_cents = count, int(cents)
    bonus_kinds = [k.value for k in CREDIT_KINDS if k not in (EntryKind.EARN, EntryKind.TRANSFER, EntryKind.OPENING)]
    earned = func.coalesce(func.sum(case((col(LedgerEntry.kind) == EntryKind.EARN, LedgerEntry.points), else_=0)), 0)
    bonus = func.coalesce(func.sum(case((and_(col(LedgerEntry.kind).in_(bonus_kinds), col(LedgerEntry.points) > 0),
                                         LedgerEntry.points), else_=0)), 0)
    for counter, staff_id, pts, extra in session.exec(
            select(LedgerEntry.counter, LedgerEntry.staff_id, earned, bonus)
            .where(LedgerEntry.created_at >= begin, LedgerEntry.created_at < stop)
            .group_by(col(LedgerEntry.counter), col(LedgerEntry.staff_id))):
        row(counter, staff_id).points_issued, row(counter, staff_id).bonus_points = int(pts), int(extra)
    for counter, staff_id, count, pts in session.exec(
            select(Redemption.counter, Redemption.staff_id, func.count(), func.coalesce(func.sum(Redemption.points), 0))
            .where(Redemption.created_at >= begin, Redemption.created_at < stop,
                   Redemption.state != RedemptionState.CANCELLED)
            .group_by(col(Redemption.counter), col(Redemption.staff_id))):
        row(counter, staff_id).rewards, row(counter, staff_id).reward_points = count, int(pts)
    for counter, staff_id, is_void, count, cents in session.exec(
            # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
            select(Refund.counter, Refund.staff_id, Refund.is_void, func.count(),  # type: ignore[call-overload]
                   func.coalesce(func.sum(Refund.amount_cents), 0))
            .where(Refund.created_at >= begin, Refund.created_at < stop)
            .group_by(Refund.counter, Refund.staff_id, Refund.is_void)):
        if is_void:
            row(counter, staff_id).voids, row(counter, staff_id).void_cents = count, int(cents)
        else:
            row(counter, staff_id).refunds, row(counter, staff_id).refund_cents = count, int(cents)
    staff_ids = [staff_id for _, staff_id in rows if staff_id]
    names = dict(session.exec(select(Staff.id, Staff.name).where(col(Staff.id).in_(staff_ids))).all())
    for (_, staff_id), item in rows.items():
        item.name = names.get(staff_id, unknown) if staff_id else unknown
    people = sorted(rows.values(), key=lambda r: (r.counter == "", r.counter.lower(), r.name == unknown,
                                                  r.name.lower()))
    total = StaffDay("")
    for field in ("purchases", "purchase_cents", "points_issued", "bonus_points", "rewards", "reward_points",
                  "voids", "void_cents", "refunds", "refund_cents"):
        setattr(total, field, sum(getattr(p, field) for p in people))
    return DaySummary(day, load_settings(session).shop_name, people, total)


# -- birthdays ----------------------------------------------------------------------------
@dataclass(frozen=True)
class BirthdayLine:
    on: date  # the coming birthday
    age: int  # the age the customer turns
    name: str
    card_number: str
    phone: str
    balance: int


def _month_days(start: date, end: date) -> list[int]:
    """month*100+day of every date from start to end; 29 February joins 28 February in a
    common year, as next_birthday celebrates it then."""
    keys, day = set(), start
    while day <= end:
        keys.add(day.month * 100 + day.day)
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            keys.add(229)
        day += timedelta(days=1)
    return sorted(keys)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def birthdays(session: Session, start: date, end: date) -> list[BirthdayLine]:
    """Customers whose birthday falls from `start` to `end` (inclusive, at most a year)."""
    month_day = extract("month", col(Customer.birthday)) * 100 + extract("day", col(Customer.birthday))
    balance = (select(func.coalesce(func.sum(LedgerEntry.points), 0))
               .where(LedgerEntry.customer_id == Customer.id).scalar_subquery())
    # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
    rows = session.exec(select(Customer.birthday, Customer.name, Customer.card_number, Customer.phone, balance)  # type: ignore[call-overload]
                        .where(_plain_customers(), col(Customer.birthday).is_not(None),
                               month_day.in_(_month_days(start, end)))).all()
    lines = []
    for born, name, card, phone, pts in rows:
        on = next_birthday(born, start)
        lines.append(BirthdayLine(on, on.year - born.year, name, card, phone, int(pts)))
    return sorted(lines, key=lambda line: (line.on, line.name.lower()))


# -- reactivation letters -------------------------------------------------------------------
@dataclass(frozen=True)
class LatentCustomer:
    name: str
    card_number: str
    street: str
    postcode: str
    city: str
    last_visit: date
    balance: int


@dataclass(frozen=True)
class LetterPoints:
    spendable: int  # what the customer can spend today (the ledger total may hold a debt or pending points)
    expiring: int  # spendable points that expire within the letter's horizon
    expiring_on: date | None  # the first of those dates
    expiring_until: date | None  # the last of them


def letter_points(session: Session, card_number: str, today: date, *, horizon_days: int = 60) -> LetterPoints:
    """What a letter may promise a customer: spendable points, and those about to expire."""
    customer = find_by_card(session, card_number)
    summary = points.summary(session, saved_id(customer), today, warn_days=horizon_days)
    return LetterPoints(summary.spendable, summary.expiring_soon, summary.expiring_on, summary.expiring_until)


@dataclass(frozen=True)
class LetterOffer:
    reward: str
    text: str
    until: date


def letter_offer(session: Session, reward_id: int, until: date, today: date) -> LetterOffer:
    """An active reward from the catalogue, offered in the letters until a deadline (not past)."""
    if until < today:  # a letter must not invite the customer to an offer that has ended
        raise ValidationError("offer_until", "The offer's last day has passed; choose today or a later day.")
    reward = session.get(Reward, reward_id)
    if reward is None or not reward.active:
        raise NotFoundError("No reward {number} in the catalogue.", number=reward_id)
    return LetterOffer(reward.name, reward.voucher_text, until)


def latent_with_consent(session: Session, today: date, *, limit: int | None = None) -> list[LatentCustomer]:
    """Customers who gave consent for mail, have a postal address and have not bought for
    longer than the programme's latent period; longest away first."""
    settings = load_settings(session)
    cutoff = day_start(today - timedelta(days=settings.latent_after_days))
    # MAX() loses the column's type on SQLite; coerce it so times come back aware, as stored.
    last = (select(Purchase.customer_id, type_coerce(func.max(Purchase.created_at), UTCDateTime).label("last"))
            .group_by(col(Purchase.customer_id)).subquery())
    balance = (select(func.coalesce(func.sum(LedgerEntry.points), 0))
               .where(LedgerEntry.customer_id == Customer.id).scalar_subquery())
    # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
    query = (select(Customer.name, Customer.card_number, Customer.street, Customer.postcode, Customer.city,  # type: ignore[call-overload]
                    last.c.last, balance)
             .join(last, last.c.customer_id == Customer.id)
             .where(_plain_customers(), col(Customer.marketing_consent).is_(True), last.c.last < cutoff,
                    col(Customer.street) != "", or_(col(Customer.postcode) != "", col(Customer.city) != ""))
             .order_by(last.c.last, Customer.id))
    if limit is not None:
        query = query.limit(limit)
    return [LatentCustomer(name, card, street, postcode, city, at.astimezone().date(), int(pts))
            for name, card, street, postcode, city, at, pts in session.exec(query)]


# -- the monthly report's lists -----------------------------------------------------------------
@dataclass(frozen=True)
class TopCustomer:
    name: str
    card_number: str
    purchases: int
    spent_cents: int


def _whole_table(session: Session) -> str:
    """SQLite reads a month of purchases through the created_at index row by row; a plain
    scan of the table is two to three times faster. PostgreSQL's planner chooses itself."""
    return "NOT INDEXED" if session.get_bind().dialect.name == "sqlite" else ""


def _moment(name: str, day: date):
    return bindparam(name, day_start(day), type_=UTCDateTime())


def top_customers(session: Session, start: date, end: date, *, limit: int = 10) -> list[TopCustomer]:
    """The customers who spent most from `start` to `end` (voided purchases left out).

    Whole months (the monthly report's) are read from the customers' month totals along
    their index; other days from the purchases."""
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        best = f"""SELECT customer_id, SUM(purchases) AS n, SUM(amount_cents) AS spent FROM purchase_month
                   WHERE month >= {month_number(start)} AND month <= {month_number(end)}
                   GROUP BY customer_id ORDER BY spent DESC, customer_id LIMIT :limit"""
    else:
        best = f"""SELECT customer_id, COUNT(*) AS n, SUM(amount_cents) AS spent
                   FROM purchase {_whole_table(session)}
                   WHERE created_at >= :start AND created_at < :stop AND {not_voided_sql()}
                   GROUP BY customer_id ORDER BY spent DESC, customer_id LIMIT :limit"""
    statement = text(f"""
        SELECT c.name, c.card_number, best.n, best.spent FROM ({best}) best
        JOIN customer c ON c.id = best.customer_id
        ORDER BY best.spent DESC, c.id""")
    used = {"start", "stop"} & set(statement._bindparams)
    rows = session.execute(statement.bindparams(
        *(_moment(name, day) for name, day in (("start", start), ("stop", end + timedelta(days=1))) if name in used),
        limit=limit))
    return [TopCustomer(name, card, int(n), int(cents)) for name, card, n, cents in rows]


@dataclass(frozen=True)
class QuietCustomer:
    name: str
    card_number: str
    phone: str
    last_visit: date
    spent_cents: int  # in the quarter before they went quiet
    consent: bool


def customers_to_reactivate(session: Session, end: date, latent_after_days: int, *,
                            limit: int = 15) -> list[QuietCustomer]:
    """Customers who turned latent at `end` and spent most in the 90 days before their
    silence began: the ones most worth a call or a letter.

    Who bought last in those 90 days comes from the customers' month totals (the last month
    of each, along its index on (next_month, last_on)); only their purchases are read."""
    quiet_from = end - timedelta(days=latent_after_days - 1)
    since = quiet_from - timedelta(days=90)
    rows = session.execute(text(f"""
        SELECT c.name, c.card_number, c.phone, w.last, w.spent, c.marketing_consent
        FROM (SELECT p.customer_id, MAX(p.created_at) AS last, SUM(p.amount_cents) AS spent
              FROM purchase_month pm JOIN purchase p ON p.customer_id = pm.customer_id
              WHERE pm.next_month IS NULL
                    AND pm.last_on >= {since.toordinal()} AND pm.last_on < {quiet_from.toordinal()}
                    AND p.created_at >= :since AND p.created_at < :cutoff AND {not_voided_sql('p')}
              GROUP BY p.customer_id) w
        JOIN customer c ON c.id = w.customer_id
        WHERE c.merged_into_id IS NULL AND NOT c.anonymised
        ORDER BY w.spent DESC, c.id LIMIT :limit""").bindparams(
        _moment("since", since), _moment("cutoff", quiet_from), limit=limit)
        .columns(last=UTCDateTime()))
    return [QuietCustomer(name, card, phone, last.astimezone().date(), int(spent), bool(consent))
            for name, card, phone, last, spent, consent in rows]


def rewards_by_level(session: Session, months: list[tuple[date, date]]) -> dict[str, list[int]]:
    """Rewards handed out (not cancelled) per retention level in each month [first, last]."""
    bounds = [bindparam(f"m{i}", day_start(first), type_=UTCDateTime()) for i, (first, _) in enumerate(months)]
    bounds.append(bindparam("stop", day_start(months[-1][1] + timedelta(days=1)), type_=UTCDateTime()))
    bucket = " ".join(f"WHEN x.created_at < :m{i + 1} THEN {i}" for i in range(len(months) - 1))
    rows = session.execute(text(f"""
        SELECT CASE {bucket} ELSE {len(months) - 1} END AS month, r.level, COUNT(*)
        FROM redemption x {_whole_table(session)} JOIN reward r ON r.id = x.reward_id
        WHERE x.created_at >= :m0 AND x.created_at < :stop AND x.state <> :cancelled
        GROUP BY 1, 2""").bindparams(*bounds, cancelled=RedemptionState.CANCELLED.value)).all()
    result: dict[str, list[int]] = {}
    for index, level, count in rows:
        result.setdefault(level, [0] * len(months))[int(index)] = int(count)
    return result
