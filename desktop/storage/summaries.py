"""Running totals the dashboard reads instead of millions of rows, kept in the transaction
that writes the rows they sum.

- purchase_month: per customer and local calendar month, the purchases (voids left out),
  their amount, the first and last day bought, and the next month the customer bought in;
- ledger_day: the ledger per local day, kind and expiry date;
- allocation_day: what debits took from lots, per local day and expiry date of the lot.

Database.write() calls track() on its session and settle() before it commits: whatever a
transaction adds through the ORM (a purchase, a void, a merge that moves purchases, ledger
entries, lot allocations) is noticed in a before_flush listener, so no service can forget a
total. A new purchase is added to its month (its first and last day, and the next-month
links when the month is new); otherwise a customer's months are recomputed from their
purchases (a void or a merge changes the first, last and next days); ledger and allocation
totals grow by increments, applied in key order so that two counters on PostgreSQL never
wait on each other in a circle. Loaders that write with plain SQL call rebuild()
afterwards (migration 0008), or write the totals their rows add up to (the demo, checked
against a rebuild by a test).

Days are the shop's calendar days (the machine's time zone), as the dashboard counts them.
purchase_month holds months and days as numbers (month_number, date.toordinal).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from itertools import groupby

from sqlalchemy import bindparam, case, delete, event, func, inspect, select, update
from sqlalchemy.dialects import sqlite
from sqlmodel import Session

from desktop.core.clock import local_date
from desktop.storage import statements
from desktop.storage.counted import is_voided, not_voided, not_voided_sql
from desktop.storage.models import (
    NEVER_EXPIRES,
    AllocationDay,
    LedgerDay,
    LedgerEntry,
    LotAllocation,
    Purchase,
    PurchaseMonth,
    Refund,
)

MONTH_COLUMNS = ("customer_id", "month", "purchases", "amount_cents", "first_on", "last_on", "next_month")


def month_number(day: date) -> int:
    """purchase_month's number of the month `day` lies in."""
    return day.year * 12 + day.month - 1


def month_start(number: int) -> date:
    return date(number // 12, number % 12 + 1, 1)


def month_rows(customer_id: int, purchases: Iterable[tuple[date, int]]) -> list[list]:
    """The purchase_month rows (MONTH_COLUMNS) of one customer from their purchases
    (local day, amount), oldest first."""
    rows: list[list] = []
    row: list = []
    for day, cents in purchases:
        month = month_number(day)
        if row and month == row[1]:
            row[2] += 1
            row[3] += cents
            row[5] = day.toordinal()
        else:
            if row:
                row[6] = month
            row = [customer_id, month, 1, cents, day.toordinal(), day.toordinal(), None]
            rows.append(row)
    return rows


def _purchases_not_voided():
    return (select(Purchase.customer_id, Purchase.created_at, Purchase.amount_cents)
            .where(not_voided()).order_by(Purchase.customer_id, Purchase.created_at, Purchase.id))


def refresh_customers(session: Session, customer_ids: Iterable[int]) -> None:
    """Recompute the purchase months of these customers from their purchases."""
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        session.execute(delete(PurchaseMonth).where(PurchaseMonth.customer_id.in_(part)))
        found = session.execute(_purchases_not_voided().where(Purchase.customer_id.in_(part))).all()
        rows = [row for customer, bought in groupby(found, key=lambda r: r.customer_id)
                for row in month_rows(customer, ((local_date(r.created_at), r.amount_cents) for r in bought))]
        if rows:
            session.execute(
                PurchaseMonth.__table__.insert(), [dict(zip(MONTH_COLUMNS, row, strict=True)) for row in rows]
            )


def _insert_with_upsert(dialect: str, table):
    """The dialect's INSERT, which has ON CONFLICT DO UPDATE."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # loaded only on a server: see models.add_postgresql_options

        return postgresql.insert(table)
    return sqlite.insert(table)


@cache
def _upsert_statement(dialect: str, table, keys: tuple[str, ...], columns: tuple[str, ...]):
    """INSERT ... ON CONFLICT DO UPDATE adding the totals, built once (it is built for every
    write otherwise, which costs more than running it)."""
    statement = _insert_with_upsert(dialect, table)
    totals = {name: table.c[name] + statement.excluded[name] for name in columns if name not in keys}
    return statement.on_conflict_do_update(index_elements=list(keys), set_=totals)


def _upsert(session: Session, table, keys: tuple[str, ...], rows: list[dict]) -> None:
    """Add each row's totals to the row with its key, or insert it."""
    dialect = session.get_bind().dialect.name
    for row in sorted(rows, key=lambda r: tuple(r[k] for k in keys)):
        statements.run(session, _upsert_statement(dialect, table, keys, tuple(row)), row)


def _ledger_totals(entries: Iterable[tuple[date, str, date, int]]) -> dict[tuple[date, str, date], list[int]]:
    """(day, kind, expires_on, points) entries summed per key: [points, positive points]."""
    totals: dict[tuple[date, str, date], list[int]] = defaultdict(lambda: [0, 0])
    for day, kind, expires_on, points in entries:
        found = totals[(day, kind, expires_on)]
        found[0] += points
        if points > 0:
            found[1] += points
    return totals


def _allocation_totals(allocations: Iterable[tuple[date, date, date, int]]) -> dict[tuple[date, date], int]:
    """(debit day, lot day, lot's expires_on, points) summed per later day and expiry."""
    totals: dict[tuple[date, date], int] = defaultdict(int)
    for debit_day, lot_day, expires_on, points in allocations:
        totals[(max(debit_day, lot_day), expires_on)] += points
    return totals


_MONTHS = PurchaseMonth.__table__
_OF_CUSTOMER = _MONTHS.c.customer_id == bindparam("customer")


@cache
def _add_to_month(dialect: str):
    """A registration's purchase added to its month in one statement, built once: the month's
    row made (pointing to the customer's next month, if the purchase is back-dated) or added
    to. It returns the month's purchases: 1 when the row is new."""
    later = select(func.min(_MONTHS.c.month)).where(_OF_CUSTOMER, _MONTHS.c.month > bindparam("of_month"))
    statement = _insert_with_upsert(dialect, _MONTHS).values(
        customer_id=bindparam("customer"), month=bindparam("of_month"), purchases=1, amount_cents=bindparam("cents"),
        first_on=bindparam("day"), last_on=bindparam("day"), next_month=later.scalar_subquery())
    new = statement.excluded
    return statement.on_conflict_do_update(index_elements=["customer_id", "month"], set_={
        "purchases": _MONTHS.c.purchases + 1, "amount_cents": _MONTHS.c.amount_cents + new.amount_cents,
        "first_on": case((new.first_on < _MONTHS.c.first_on, new.first_on), else_=_MONTHS.c.first_on),
        "last_on": case((new.last_on > _MONTHS.c.last_on, new.last_on), else_=_MONTHS.c.last_on),
    }).returning(_MONTHS.c.purchases)


# A new month's row: the customer's month before it now points to it.
_LINK_EARLIER = update(_MONTHS).where(_OF_CUSTOMER, _MONTHS.c.month == select(func.max(_MONTHS.c.month)).where(
    _OF_CUSTOMER, _MONTHS.c.month < bindparam("of_month")).scalar_subquery()).values(next_month=bindparam("of_month"))


def _append(session: Session, customer_id: int, day: date, cents: int) -> None:
    """Add one new purchase to the customer's months: one statement, two in a month they had
    not bought in yet (instead of a recount of their history)."""
    values = {"customer": customer_id, "of_month": month_number(day), "cents": cents, "day": day.toordinal()}
    if statements.run(session, _add_to_month(session.get_bind().dialect.name), values).scalar_one() == 1:
        statements.run(session, _LINK_EARLIER, values)


@dataclass
class _Pending:
    customers: set[int] = field(default_factory=set)  # their months are recounted
    bought: list[tuple[int, date, int]] = field(default_factory=list)  # new purchases: customer, day, cents
    voided: set[int] = field(default_factory=set)  # purchase ids
    entries: list[tuple[date, str, date, int]] = field(default_factory=list)
    allocations: list[LotAllocation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.customers or self.bought or self.voided or self.entries or self.allocations)


def track(session: Session) -> None:
    """Note what this session adds, for settle()."""
    pending = session.info["summaries"] = _Pending()

    @event.listens_for(session, "before_flush")
    def _noticed(session, _context, _instances) -> None:
        for row in session.new:
            if isinstance(row, Purchase):
                noticed_purchase(session, row.customer_id, row.created_at, row.amount_cents)
            elif isinstance(row, Refund) and is_voided((row,)):
                pending.voided.add(row.purchase_id)
            elif isinstance(row, LedgerEntry):
                noticed_entry(session, row.created_at, row.kind, row.expires_on, row.points)
            elif isinstance(row, LotAllocation):
                pending.allocations.append(row)
        for row in session.dirty:
            if isinstance(row, Purchase):  # a merge moves purchases to another customer
                history = inspect(row).attrs.customer_id.history
                pending.customers.update(history.added or (), history.deleted or ())


def noticed_purchase(session: Session, customer_id: int, created_at: datetime, amount_cents: int) -> None:
    """A new purchase, for settle() (desktop.storage.appends inserts without the ORM)."""
    if (pending := session.info.get("summaries")) is not None:
        pending.bought.append((customer_id, local_date(created_at), amount_cents))


def noticed_entry(session: Session, created_at: datetime, kind: str, expires_on: date | None, points: int) -> None:
    """A new ledger entry, for settle()."""
    if (pending := session.info.get("summaries")) is not None:
        pending.entries.append((local_date(created_at), kind, expires_on or NEVER_EXPIRES, points))


def settle(session: Session) -> None:
    """Bring the totals up to date with what the session wrote (before it commits)."""
    session.flush()
    pending: _Pending = session.info.pop("summaries")
    if not pending:
        return
    if pending.voided:
        pending.customers.update(session.scalars(
            select(Purchase.customer_id).where(Purchase.id.in_(sorted(pending.voided)))))
    if len(pending.bought) == 1 and pending.bought[0][0] not in pending.customers:  # a registration
        _append(session, *pending.bought[0])
    else:
        pending.customers.update(customer for customer, _, _ in pending.bought)
    refresh_customers(session, pending.customers)
    _upsert(session, LedgerDay.__table__, ("day", "kind", "expires_on"),
            [{"day": d, "kind": k, "expires_on": e, "points": p, "gained": g}
             for (d, k, e), (p, g) in _ledger_totals(pending.entries).items()])
    _upsert(session, AllocationDay.__table__, ("day", "expires_on"),
            [{"day": d, "expires_on": e, "points": p}
             for (d, e), p in _allocation_totals(_allocated(session, pending.allocations)).items()])


def _allocated(session: Session, allocations: list[LotAllocation]) -> Iterator[tuple[date, date, date, int]]:
    """Each allocation as (debit day, lot day, lot's expires_on, points)."""
    ids = sorted({i for a in allocations for i in (a.debit_id, a.lot_id)})
    found = {}
    for start in range(0, len(ids), 500):
        found.update((row.id, (local_date(row.created_at), row.expires_on or NEVER_EXPIRES)) for row in session.execute(
            select(LedgerEntry.id, LedgerEntry.created_at, LedgerEntry.expires_on)
            .where(LedgerEntry.id.in_(ids[start:start + 500]))))
    for allocation in allocations:
        (debit_day, _), (lot_day, expires_on) = found[allocation.debit_id], found[allocation.lot_id]
        yield debit_day, lot_day, expires_on, allocation.points


def rebuild(session: Session) -> None:
    """Recompute every total from the purchases and the ledger (after a bulk load), in SQL:
    on the 100,000-customer demo shop (2 million purchases, 2.25 million ledger entries)
    reading the rows into Python took twice as long.
    """
    connection = session.connection()
    local = _LocalDay(connection)
    indexes = PurchaseMonth.__table__.indexes  # made again after the load: four times quicker
    for index in indexes:
        index.drop(connection)
    for table in ("purchase_month", "ledger_day", "allocation_day"):
        connection.exec_driver_sql(f"DELETE FROM {table}")
    # Grouped by the month's text first: the numbers are made once per month row, not per
    # purchase. The next month a customer bought in is the next of their rows (LEAD).
    connection.exec_driver_sql(
        f"INSERT INTO purchase_month ({', '.join(MONTH_COLUMNS)}) "
        f"SELECT customer_id, {local.month('month')}, purchases, amount_cents, {local.ordinal('first_on')}, "
        f"{local.ordinal('last_on')}, LEAD({local.month('month')}) OVER (PARTITION BY customer_id ORDER BY month) "
        f"FROM (SELECT customer_id, {local.month_start('day')} AS month, COUNT(*) AS purchases, "
        "SUM(amount_cents) AS amount_cents, MIN(day) AS first_on, MAX(day) AS last_on "
        f"FROM (SELECT customer_id, amount_cents, {local.day('purchase.created_at')} AS day FROM purchase "
        f"WHERE {not_voided_sql()}) bought GROUP BY customer_id, {local.month_start('day')}) months "
        "ORDER BY customer_id, month")
    for index in indexes:
        index.create(connection)
    never = local.date_literal(NEVER_EXPIRES)
    connection.exec_driver_sql(
        "INSERT INTO ledger_day (day, kind, expires_on, points, gained) "
        "SELECT day, kind, expires_on, SUM(points), SUM(CASE WHEN points > 0 THEN points ELSE 0 END) "
        f"FROM (SELECT {local.day('created_at')} AS day, kind, COALESCE(expires_on, {never}) AS expires_on, points "
        "FROM ledger_entry) entries GROUP BY day, kind, expires_on")
    later = "GREATEST" if connection.dialect.name == "postgresql" else "MAX"
    connection.exec_driver_sql(
        "INSERT INTO allocation_day (day, expires_on, points) "
        f"SELECT {later}({local.day('d.created_at')}, {local.day('l.created_at')}) AS day, "
        f"COALESCE(l.expires_on, {never}) AS expires_on, SUM(a.points) FROM lot_allocation a "
        "JOIN ledger_entry d ON d.id = a.debit_id JOIN ledger_entry l ON l.id = a.lot_id "
        f"GROUP BY {later}({local.day('d.created_at')}, {local.day('l.created_at')}), "
        f"COALESCE(l.expires_on, {never})")


class _LocalDay:
    """SQL for the shop's calendar day of a stored UTC time, as desktop.core.clock.local_date
    finds it in Python: the machine's time zone is not the database's to know, so its UTC
    offsets over the stored times are found here and written into the SQL as ranges (a
    CASE with a branch per offset change: a handful for years of history)."""

    def __init__(self, connection) -> None:
        self.postgresql = connection.dialect.name == "postgresql"
        # MIN and MAX apart: SQLite reads one end of an index for each, but scans for both at once.
        found = [connection.exec_driver_sql(f"SELECT {end}(created_at) FROM {table}").scalar()
                 for table in ("purchase", "ledger_entry") for end in ("MIN", "MAX")]
        moments = [_as_utc(value) for value in found if value is not None]
        self.changes = _offset_changes(min(moments), max(moments)) if moments else [(None, 0)]

    def day(self, column: str) -> str:
        branches = [(at, self._shifted(column, offset)) for at, offset in self.changes]
        if len(branches) == 1:
            return branches[0][1]
        whens = " ".join(f"WHEN {column} < {self._moment(at)} THEN {day}"
                         for (_, day), (at, _) in zip(branches, branches[1:], strict=False))
        return f"(CASE {whens} ELSE {branches[-1][1]} END)"

    def _shifted(self, column: str, seconds: int) -> str:
        if self.postgresql:
            return f"CAST({column} + INTERVAL '{seconds} seconds' AS DATE)"
        return f"date({column}, '{seconds:+d} seconds')"

    def _moment(self, at: datetime) -> str:
        return moment_literal(at, postgresql=self.postgresql)

    def date_literal(self, day: date) -> str:
        return date_literal(day, postgresql=self.postgresql)

    def month_start(self, day: str) -> str:
        """The first of the month of a day (on SQLite its text, 'YYYY-MM')."""
        return f"CAST(date_trunc('month', {day}) AS DATE)" if self.postgresql else f"substr({day}, 1, 7)"

    def month(self, start: str) -> str:
        """month_number of a month_start."""
        if self.postgresql:
            return f"CAST(EXTRACT(YEAR FROM {start}) * 12 + EXTRACT(MONTH FROM {start}) - 1 AS INTEGER)"
        return f"(CAST(substr({start}, 1, 4) AS INTEGER) * 12 + CAST(substr({start}, 6, 2) AS INTEGER) - 1)"

    def ordinal(self, day: str) -> str:
        """date.toordinal of a day."""
        if self.postgresql:
            return f"({day} - DATE '0001-01-01' + 1)"
        return f"CAST(julianday({day}) - 1721424.5 AS INTEGER)"


def moment_literal(at: datetime, *, postgresql: bool) -> str:
    """SQL text of a UTC moment as the tables store it (for statements too long to bind)."""
    if postgresql:
        return f"TIMESTAMP '{at:%Y-%m-%d %H:%M:%S}'"
    return f"'{at:%Y-%m-%d %H:%M:%S}.000000'"  # SQLAlchemy's text form of a time on SQLite


def date_literal(day: date, *, postgresql: bool) -> str:
    return f"DATE '{day.isoformat()}'" if postgresql else f"'{day.isoformat()}'"


def _as_utc(value) -> datetime:
    """A stored time as the driver gives it (text on SQLite), aware in UTC."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)


def _offset(seconds: int) -> int:
    """The machine's UTC offset at a moment (UTC seconds since 1970), in seconds."""
    offset = datetime.fromtimestamp(seconds, UTC).astimezone().utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _offset_changes(first: datetime, last: datetime) -> list[tuple[datetime | None, int]]:
    """The machine's UTC offsets from `first` to `last`: (the UTC moment it starts, offset),
    the first from the beginning of time. Looked at hour by hour (no zone changes its
    offset twice within an hour), each change found to the second."""
    moment, end = int(first.timestamp()) // 3600 * 3600, int(last.timestamp()) + 1
    changes: list[tuple[datetime | None, int]] = [(None, _offset(moment))]
    while moment <= end:
        if _offset(moment + 3600) != changes[-1][1]:
            low, high = moment, moment + 3600  # the offset changes after low, at or before high
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (low, middle) if _offset(middle) != changes[-1][1] else (middle, high)
            changes.append((datetime.fromtimestamp(high, UTC), _offset(high)))
        moment += 3600
    return changes
