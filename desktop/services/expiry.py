"""Expiring points whose validity has ended."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from desktop.core import ledger
from desktop.core.clock import local_date
from desktop.services import points
from desktop.services.context import Actor, at_or_now, audit, locked_by_id
from desktop.storage.engine import Database

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
