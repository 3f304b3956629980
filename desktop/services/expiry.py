"""Expiring points whose validity has ended, and the points whose date is coming."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Date, bindparam, text
from sqlmodel import Session

from desktop.core import advice, ledger
from desktop.core.clock import local_date
from desktop.core.measures import Period
from desktop.services import points
from desktop.services.context import Actor, at_or_now, audit, locked_by_id
from desktop.storage.engine import Database
from desktop.storage.types import UTCDateTime

# Customers with at least one lot past its date that still holds points, found in one query.
_DUE = text(
    """
    SELECT DISTINCT e.customer_id
    FROM ledger_entry e LEFT JOIN lot_allocation a ON a.lot_id = e.id
    WHERE e.points > 0 AND e.expires_on <= :today
    GROUP BY e.id, e.customer_id, e.points
    HAVING e.points - COALESCE(SUM(a.points), 0) > 0
    """
)


@dataclass(frozen=True)
class ExpiryResult:
    customers: int
    points: int


def expire_points(db: Database, actor: Actor, *, at: datetime | None = None, batch: int = 200) -> ExpiryResult:
    """Expire what is left of every lot whose expiry date has come, for all customers.

    Each expire entry is allocated to the lots it empties, so points already spent are
    never expired and a second run finds nothing left to take. Customers are done `batch`
    at a time, each batch its own transaction, so a long catch-up never holds the other
    counters up for more than a moment.
    """
    moment = at_or_now(at)
    today = local_date(moment)
    customers = total = 0
    with db.read() as session:
        due = sorted(row[0] for row in session.execute(_DUE, {"today": today}))
    for start in range(0, len(due), batch):
        done = points_taken = 0
        with db.write() as session:
            for customer_id in due[start:start + batch]:
                locked_by_id(session, customer_id)
                lots = ledger.expirable(points.open_lots(session, customer_id), today)
                entry = points.expire_lots(session, customer_id, lots, at=moment, actor=actor)
                if entry is not None:
                    done += 1
                    points_taken += -entry.points
            audit(session, actor, "points.expire", "ledger", today.isoformat(), None,
                  {"customers": done, "points": points_taken})
        customers, total = customers + done, total + points_taken
    return ExpiryResult(customers, total)


def coming_expiry(session: Session, period: Period, as_of: date, point_value_cents: int) -> advice.Expiring:
    """Points whose date falls within `period` (the first day they are no longer valid), as
    the ledger stood at the end of `as_of`: what is left in those lots, and whose they are.
    Reads only the lots of those dates (ledger_entry's expires_on index) and what was taken
    from them."""
    end = datetime.combine(as_of + timedelta(days=1), time.min).astimezone()
    row = session.execute(text("""
        SELECT COUNT(DISTINCT customer_id) AS customers, COALESCE(SUM(left_points), 0) AS points FROM (
            SELECT e.customer_id, e.points - COALESCE((
                SELECT SUM(a.points) FROM lot_allocation a JOIN ledger_entry d ON d.id = a.debit_id
                WHERE a.lot_id = e.id AND d.created_at < :end), 0) AS left_points
            FROM ledger_entry e
            WHERE e.points > 0 AND e.expires_on >= :first AND e.expires_on <= :last AND e.created_at < :end
        ) lots WHERE left_points > 0""").bindparams(
        bindparam("first", period.start, type_=Date()), bindparam("last", period.end, type_=Date()),
        bindparam("end", end, type_=UTCDateTime()))).one()
    points_left = int(row.points)
    return advice.Expiring(points_left, points_left * max(point_value_cents, 0), int(row.customers))
