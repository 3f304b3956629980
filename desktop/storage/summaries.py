"""Running totals the dashboard reads instead of millions of rows, kept in the transaction
that writes the rows they sum.

- purchase_month: per customer and local calendar month, the purchases (voids left out),
  their amount, the first and last day bought, and the next month the customer bought in;
- ledger_day: the ledger per local day, kind and expiry date;
- allocation_day: what debits took from lots, per local day and expiry date of the lot.

Database.write() calls track() on its session and settle() before it commits: whatever a
transaction adds through the ORM (a purchase, a void, a merge that moves purchases, ledger
entries, lot allocations) is noticed in a before_flush listener, so no service can forget a
total. A new purchase, the customer's latest, is added to its month; otherwise a
customer's months are recomputed from their purchases (a void, a merge or a back-dated
purchase changes the first, last and next days); ledger and allocation totals grow by increments, applied in
key order so that two counters on PostgreSQL never wait on each other in a circle. Loaders
that write with plain SQL (the demo, migration 0008) call rebuild() afterwards.

Days are the shop's calendar days (the machine's time zone), as the dashboard counts them.
purchase_month holds months and days as numbers (month_number, date.toordinal).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import groupby

from sqlalchemy import delete, event, inspect, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from desktop.core.clock import local_date
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

_BATCH = 5000  # rows per insert when rebuilding
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


def _upsert(session: Session, table, keys: tuple[str, ...], rows: list[dict]) -> None:
    """Add each row's totals to the row with its key, or insert it."""
    make = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    for row in sorted(rows, key=lambda r: tuple(r[k] for k in keys)):
        statement = make(table).values(**row)
        totals = {name: table.c[name] + statement.excluded[name] for name in row if name not in keys}
        session.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=totals))


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


def _append(session: Session, customer_id: int, day: date, cents: int) -> bool:
    """Add one purchase made on or after the customer's last one to their months (two
    statements instead of a recount); False when it is back-dated and needs the recount."""
    table = PurchaseMonth.__table__
    last = session.execute(select(table.c.month, table.c.last_on).where(table.c.customer_id == customer_id)
                           .order_by(table.c.month.desc()).limit(1)).first()
    month, ordinal = month_number(day), day.toordinal()
    if last is not None and (last.month > month or last.last_on > ordinal):
        return False
    if last is not None and last.month == month:
        session.execute(update(table).where(table.c.customer_id == customer_id, table.c.month == month).values(
            purchases=table.c.purchases + 1, amount_cents=table.c.amount_cents + cents, last_on=ordinal))
        return True
    if last is not None:
        session.execute(update(table).where(table.c.customer_id == customer_id, table.c.month == last.month)
                        .values(next_month=month))
    values = (customer_id, month, 1, cents, ordinal, ordinal, None)
    session.execute(table.insert().values(dict(zip(MONTH_COLUMNS, values, strict=True))))
    return True


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
                pending.bought.append((row.customer_id, local_date(row.created_at), row.amount_cents))
            elif isinstance(row, Refund) and is_voided((row,)):
                pending.voided.add(row.purchase_id)
            elif isinstance(row, LedgerEntry):
                pending.entries.append((local_date(row.created_at), row.kind, row.expires_on or NEVER_EXPIRES,
                                        row.points))
            elif isinstance(row, LotAllocation):
                pending.allocations.append(row)
        for row in session.dirty:
            if isinstance(row, Purchase):  # a merge moves purchases to another customer
                history = inspect(row).attrs.customer_id.history
                pending.customers.update(history.added or (), history.deleted or ())


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
        if not _append(session, *pending.bought[0]):
            pending.customers.add(pending.bought[0][0])
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
    """Recompute every total from the purchases and the ledger (after a bulk load).

    Reads and writes through the driver: on the 100,000-customer demo shop (2 million
    purchases, 2.25 million ledger entries) the ORM's type conversions made it 2.5 times slower.
    """
    connection = session.connection()
    for table in ("purchase_month", "ledger_day", "allocation_day"):
        connection.exec_driver_sql(f"DELETE FROM {table}")
    indexes = PurchaseMonth.__table__.indexes  # made again after the load: four times quicker
    for index in indexes:
        index.drop(connection)
    days, dates = _LocalDays(), _Dates()
    purchases = _rows(
        connection, f"SELECT customer_id, created_at, amount_cents FROM purchase WHERE {not_voided_sql()} "
        "ORDER BY customer_id, created_at, id")
    rows: list[list] = []
    for customer, bought in groupby(purchases, key=lambda r: r[0]):
        rows += month_rows(customer, ((days(at), cents) for _, at, cents in bought))
        if len(rows) >= _BATCH:
            _insert(connection, "purchase_month", MONTH_COLUMNS, rows)
            rows = []
    _insert(connection, "purchase_month", MONTH_COLUMNS, rows)
    for index in indexes:
        index.create(connection)

    entries = _rows(connection, "SELECT created_at, kind, expires_on, points FROM ledger_entry")
    ledger = _ledger_totals((days(at), kind, dates(expires_on), points) for at, kind, expires_on, points in entries)
    _insert(connection, "ledger_day", ("day", "kind", "expires_on", "points", "gained"),
            [(*key, *totals) for key, totals in ledger.items()])

    allocations = _rows(connection, "SELECT d.created_at, l.created_at, l.expires_on, a.points FROM lot_allocation a "
                                    "JOIN ledger_entry d ON d.id = a.debit_id JOIN ledger_entry l ON l.id = a.lot_id")
    taken = _allocation_totals((days(debit_at), days(lot_at), dates(expires_on), points)
                               for debit_at, lot_at, expires_on, points in allocations)
    _insert(connection, "allocation_day", ("day", "expires_on", "points"),
            [(*key, points) for key, points in taken.items()])


def _rows(connection, statement: str):
    """The rows of a query straight from the driver's cursor."""
    return connection.exec_driver_sql(statement).cursor


class _LocalDays:
    """The local calendar day of a stored UTC time as the driver gives it (text on SQLite),
    converting each minute once: time zones differ from UTC by whole minutes."""

    def __init__(self) -> None:
        self.seen: dict = {}

    def __call__(self, value) -> date:
        key = value[:16] if isinstance(value, str) else value.replace(second=0, microsecond=0)
        day = self.seen.get(key)
        if day is None:
            moment = datetime.fromisoformat(key) if isinstance(key, str) else key
            day = self.seen[key] = local_date(moment.replace(tzinfo=UTC))
        return day


class _Dates:
    """A stored date as the driver gives it (text on SQLite); NULL is NEVER_EXPIRES."""

    def __init__(self) -> None:
        self.seen: dict = {None: NEVER_EXPIRES}

    def __call__(self, value) -> date:
        found = self.seen.get(value)
        if found is None:
            found = self.seen[value] = value if isinstance(value, date) else date.fromisoformat(value)
        return found


def _insert(connection, table: str, columns: tuple[str, ...], rows: list) -> None:
    """Insert through the driver, dates as ISO text on SQLite."""
    if not rows:
        return
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([marker] * len(columns))})"
    sqlite_file = connection.dialect.name == "sqlite"
    rows = [tuple(v.isoformat() if sqlite_file and isinstance(v, date) else v for v in row) for row in rows]
    for start in range(0, len(rows), _BATCH):
        connection.exec_driver_sql(statement, rows[start:start + _BATCH])
