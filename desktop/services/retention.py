"""What the owner's retention view shows: rewards per level over a period, customers
reached, upcoming birthdays and events. All counted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, extract, func, or_
from sqlmodel import Session, col, select

from desktop.core.catalogue import RewardKind
from desktop.core.kinds import RedemptionState, RetentionLevel
from desktop.core.moments import next_birthday
from desktop.core.retention import Hint, balance_hint
from desktop.services.context import reads
from desktop.storage.models import Customer, Occasion, Redemption, Reward


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


@dataclass(frozen=True)
class LevelFigures:
    issued: int  # rewards handed out in the period
    used: int  # vouchers used (or events attended) in the period
    customers: int  # different customers who got one in the period


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date  # exclusive
    levels: dict[RetentionLevel, LevelFigures]
    by_month: list[tuple[date, dict[RetentionLevel, int]]]  # issued per level per month, for the chart
    occasions: dict[str, int]  # automatic occasions granted in the period, by kind
    hint: Hint | None


@reads
def period_figures(session: Session, start: date, end: date) -> PeriodFigures:
    low, high = _start_of(start), _start_of(end)
    by_month = _by_month(session, start, end)
    issued = {level: sum(counts[level] for _, counts in by_month) for level in RetentionLevel}
    reached = dict(session.exec(
        select(Reward.level, func.count(func.distinct(Redemption.customer_id)))
        .select_from(Redemption).join(Reward, col(Reward.id) == Redemption.reward_id)
        .where(Redemption.created_at >= low, Redemption.created_at < high,
               Redemption.state != RedemptionState.CANCELLED).group_by(Reward.level)).all())
    used = dict(session.exec(
        select(Reward.level, func.count()).select_from(Redemption).join(Reward, col(Reward.id) == Redemption.reward_id)
        .where(col(Redemption.used_at) >= low, col(Redemption.used_at) < high).group_by(col(Reward.level))).all())
    levels = {level: LevelFigures(int(issued.get(level, 0)), int(used.get(level, 0)), int(reached.get(level, 0)))
              for level in RetentionLevel}
    occasions = dict(session.exec(select(Occasion.kind, func.count())
                                  .where(Occasion.created_at >= low, Occasion.created_at < high)
                                  .group_by(Occasion.kind)).all())
    return PeriodFigures(start, end, levels, by_month, occasions,
                         balance_hint({level: f.issued for level, f in levels.items()}))


def _months(start: date, end: date) -> list[date]:
    months, month = [], start.replace(day=1)
    while month < end:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def _by_month(session: Session, start: date, end: date) -> list[tuple[date, dict[RetentionLevel, int]]]:
    """One query per month (a period is a year at most): portable, and each uses the date index."""
    result = []
    for month in _months(start, end):
        following = (month + timedelta(days=32)).replace(day=1)
        low, high = _start_of(max(month, start)), _start_of(min(following, end))
        counts = dict(session.exec(
            select(Reward.level, func.count()).select_from(Redemption)
            .join(Reward, col(Reward.id) == Redemption.reward_id)
            .where(Redemption.created_at >= low, Redemption.created_at < high,
                   Redemption.state != RedemptionState.CANCELLED).group_by(Reward.level)).all())
        result.append((month, {level: int(counts.get(level, 0)) for level in RetentionLevel}))
    return result


@dataclass(frozen=True)
class Birthday:
    day: date
    name: str
    card_number: str


@reads
def upcoming_birthdays(session: Session, today: date, *, days: int = 14, limit: int = 200) -> list[Birthday]:
    """Customers whose birthday falls in the coming `days` days (today included)."""
    days_wanted = [today + timedelta(days=n) for n in range(days)]
    if any(d.month == 2 and d.day == 28 for d in days_wanted):
        days_wanted.append(date(2000, 2, 29))  # celebrated on the 28th in a common year
    birthday = col(Customer.birthday)
    match = or_(*(and_(extract("month", birthday) == d.month, extract("day", birthday) == d.day)
                  for d in days_wanted))
    rows = session.exec(select(col(Customer.name), col(Customer.card_number), col(Customer.birthday))
                        .where(col(Customer.birthday).is_not(None), col(Customer.anonymised).is_(False),
                               col(Customer.merged_into_id).is_(None), match)).all()
    found = sorted((Birthday(next_birthday(birthday, today), name, card) for name, card, birthday in rows if birthday),
                   key=lambda b: (b.day, b.name))
    return found[:limit]


@dataclass(frozen=True)
class EventLine:
    reward_id: int
    name: str
    at: datetime
    seats_left: int | None
    replied: int  # said yes (took a seat)
    attended: int


@reads
def upcoming_events(session: Session, now: datetime) -> list[EventLine]:
    replied = (select(func.count()).where(Redemption.reward_id == Reward.id,
                                          Redemption.state != RedemptionState.CANCELLED).scalar_subquery())
    attended = (select(func.count()).where(Redemption.reward_id == Reward.id,
                                           Redemption.state == RedemptionState.USED).scalar_subquery())
    # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
    rows = session.exec(select(Reward.id, Reward.name, Reward.event_at, Reward.stock, replied, attended)  # type: ignore[call-overload]
                        .where(Reward.kind == RewardKind.EVENT, col(Reward.active).is_(True),
                               col(Reward.event_at) >= now - timedelta(hours=12))
                        .order_by(Reward.event_at)).all()
    return [EventLine(*row) for row in rows]
