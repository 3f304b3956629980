"""Customers' own rhythms, read-only: one customer's for the counter, and the call list of
regulars overdue by their rhythm who have not turned latent yet.

One customer's rhythm reads that customer's purchases of the last year along
purchase(customer_id, created_at). The call list first narrows the shop down with the
running totals (purchase_month: enough purchases in the year, last bought between the
latent limit and the factor's earliest overdue day), then reads only those customers'
purchases of the year in one query.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from itertools import groupby

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from desktop.core.clock import local_date
from desktop.core.errors import ValidationError
from desktop.core.rhythm import HISTORY_DAYS, MIN_VISITS, OVERDUE_FACTOR, Rhythm, rhythm, rhythm_of_ordinals
from desktop.services.context import reads
from desktop.services.documents import day_start
from desktop.services.settings import load_settings
from desktop.services.sql_params import Params
from desktop.storage.counted import not_voided, not_voided_sql
from desktop.storage.models import Customer, Purchase

FACTOR_RANGE = (1.0, 10.0)
MIN_VISITS_RANGE = (3, 100)


class _LocalDays:
    """The local day (as date.toordinal()) of a stored time as the driver gives it (naive
    UTC; text on SQLite), for days from `first` to `last`."""

    def __init__(self, first: date, last: date, as_text: bool) -> None:
        self.first = first.toordinal() - 1
        days = [first + timedelta(days=i) for i in range((last - first).days + 2)]
        instants = [day_start(d).astimezone(UTC).replace(tzinfo=None) for d in days]
        # SQLite stores SQLAlchemy's text form, which sorts like the times it holds
        self.starts = [f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}" for t in instants] if as_text else instants

    def __call__(self, value) -> int:
        return self.first + bisect_right(self.starts, value)


_RECENT_VISITS = select(Purchase.created_at).where(
    Purchase.customer_id == bindparam("customer_id"), Purchase.created_at >= bindparam("start"),
    Purchase.created_at < bindparam("end"), not_voided())  # built once: building costs more than running


def customer_rhythm(session: Session, customer_id: int, today: date, *, min_visits: int = MIN_VISITS) -> Rhythm | None:
    moments = session.exec(_RECENT_VISITS, params={
        "customer_id": customer_id, "start": day_start(today - timedelta(days=HISTORY_DAYS)),
        "end": day_start(today + timedelta(days=1))}).all()
    return rhythm((local_date(moment) for moment in moments), today, min_visits=min_visits)


@dataclass(frozen=True)
class OverdueCustomer:
    id: int
    card_number: str
    name: str
    phone: str
    consent: bool
    rhythm: Rhythm


def check_choices(factor: float, min_visits: int) -> None:
    if not FACTOR_RANGE[0] <= factor <= FACTOR_RANGE[1]:
        raise ValidationError("factor", "The factor is a number from {low} to {high}.",
                              low=FACTOR_RANGE[0], high=FACTOR_RANGE[1])
    if not MIN_VISITS_RANGE[0] <= min_visits <= MIN_VISITS_RANGE[1]:
        raise ValidationError("visits", "The visits needed are a number from {low} to {high}.",
                              low=MIN_VISITS_RANGE[0], high=MIN_VISITS_RANGE[1])


@reads
def overdue_customers(session: Session, today: date, *, factor: float = OVERDUE_FACTOR,
                      min_visits: int = MIN_VISITS) -> list[OverdueCustomer]:
    """Regulars whose time since their last visit is `factor` usual gaps or more and who are
    not latent yet, the most overdue first."""
    check_choices(factor, min_visits)
    latent_days = load_settings(session).latent_after_days
    since = today - timedelta(days=HISTORY_DAYS)
    q = Params()
    # Raw rows, and each one's local day found among the year's local midnights: converting
    # a million purchase times one by one took nine tenths of the time on the 100,000-customer shop.
    rows = session.execute(q.sql(f"""
        WITH candidates AS (
            SELECT customer_id FROM purchase_month
            WHERE month >= {q.month(since)} AND month <= {q.month(today)}
            GROUP BY customer_id
            HAVING SUM(purchases) >= {q.int(min_visits)}
               AND MAX(last_on) >= {q.ordinal(today - timedelta(days=latent_days))}
               AND MAX(last_on) <= {q.ordinal(today - timedelta(days=math.ceil(factor)))}
        )
        SELECT p.customer_id, p.created_at FROM purchase p
        JOIN candidates c ON c.customer_id = p.customer_id
        JOIN customer k ON k.id = p.customer_id AND k.merged_into_id IS NULL AND NOT k.anonymised
        WHERE p.created_at >= {q.at(since + timedelta(days=1))} AND p.created_at < {q.at(today + timedelta(days=1))}
          AND {not_voided_sql('p')}
        ORDER BY p.customer_id""")).all()
    day_of = _LocalDays(since, today, session.get_bind().dialect.name == "sqlite")
    found: dict[int, Rhythm] = {}
    for customer_id, bought in groupby(rows, key=lambda row: row[0]):
        own = rhythm_of_ordinals([day_of(row[1]) for row in bought], today, min_visits=min_visits)
        if own is not None and own.is_overdue(today, factor):
            found[customer_id] = own
    ids, lines = sorted(found), []
    for start in range(0, len(ids), 500):
        lines += [OverdueCustomer(row[0], row[1], row[2], row[3], bool(row[4]), found[row[0]])
                  # sqlmodel.select() is typed for at most four columns; SQLAlchemy takes any number.
                  for row in session.exec(select(Customer.id, Customer.card_number, Customer.name, Customer.phone,  # type: ignore[call-overload]
                                                 Customer.marketing_consent)
                                          .where(col(Customer.id).in_(ids[start:start + 500])))]
    return sorted(lines, key=lambda line: (-line.rhythm.overdue_by(today), line.name))
