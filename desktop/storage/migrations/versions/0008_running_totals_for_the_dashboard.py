"""running totals for the dashboard: purchases per customer and month, the ledger per day

The dashboard summed up to two years of raw purchases and the whole ledger for every
figure (3 to 4 s on the 100,000-customer demo shop). These tables hold the same sums, kept
in each write's transaction by desktop/storage/summaries.py; this migration fills them
from what is there (about 10 s on that shop), with its own copy of the code as it was then
(a migration never imports live code that may change later).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""
from collections import defaultdict
from datetime import UTC, date, datetime
from itertools import groupby

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'purchase_month',
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('purchases', sa.Integer(), nullable=False),
        sa.Column('amount_cents', sa.Integer(), nullable=False),
        sa.Column('first_on', sa.Integer(), nullable=False),
        sa.Column('last_on', sa.Integer(), nullable=False),
        sa.Column('next_month', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name='fk_purchase_month_customer_id_customer'),
        sa.PrimaryKeyConstraint('customer_id', 'month', name='pk_purchase_month'),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'ledger_day',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('expires_on', sa.Date(), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('gained', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('day', 'kind', 'expires_on', name='pk_ledger_day'),
    )
    op.create_table(
        'allocation_day',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('expires_on', sa.Date(), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('day', 'expires_on', name='pk_allocation_day'),
    )
    _fill(op.get_bind())
    op.create_index('ix_purchase_month_month_purchases_amount_cents', 'purchase_month',
                    ['month', 'purchases', 'amount_cents'], unique=False)
    op.create_index('ix_purchase_month_next_month_last_on', 'purchase_month', ['next_month', 'last_on'], unique=False)


def downgrade() -> None:
    op.drop_table('allocation_day')
    op.drop_table('ledger_day')
    op.drop_index('ix_purchase_month_next_month_last_on', table_name='purchase_month')
    op.drop_index('ix_purchase_month_month_purchases_amount_cents', table_name='purchase_month')
    op.drop_table('purchase_month')


# What follows is desktop/storage/summaries.py's rebuild as it was at this revision.

_BATCH = 5000
_NEVER_EXPIRES = date(9999, 12, 31)
_MONTH_COLUMNS = ("customer_id", "month", "purchases", "amount_cents", "first_on", "last_on", "next_month")


def _fill(connection) -> None:
    days, dates = _LocalDays(), _Dates()
    purchases = connection.exec_driver_sql(
        "SELECT customer_id, created_at, amount_cents FROM purchase p WHERE NOT EXISTS "
        "(SELECT 1 FROM refund v WHERE v.purchase_id = p.id AND v.is_void) ORDER BY customer_id, created_at, id").cursor
    rows: list[list] = []
    for customer, bought in groupby(purchases, key=lambda r: r[0]):
        rows += _month_rows(customer, ((days(at), cents) for _, at, cents in bought))
        if len(rows) >= _BATCH:
            _insert(connection, "purchase_month", _MONTH_COLUMNS, rows)
            rows = []
    _insert(connection, "purchase_month", _MONTH_COLUMNS, rows)

    ledger: dict = defaultdict(lambda: [0, 0])
    for at, kind, expires_on, points in connection.exec_driver_sql(
            "SELECT created_at, kind, expires_on, points FROM ledger_entry").cursor:
        found = ledger[(days(at), kind, dates(expires_on))]
        found[0] += points
        if points > 0:
            found[1] += points
    _insert(connection, "ledger_day", ("day", "kind", "expires_on", "points", "gained"),
            [(*key, *totals) for key, totals in ledger.items()])

    taken: dict = defaultdict(int)
    for debit_at, lot_at, expires_on, points in connection.exec_driver_sql(
            "SELECT d.created_at, l.created_at, l.expires_on, a.points FROM lot_allocation a "
            "JOIN ledger_entry d ON d.id = a.debit_id JOIN ledger_entry l ON l.id = a.lot_id").cursor:
        taken[(max(days(debit_at), days(lot_at)), dates(expires_on))] += points
    _insert(connection, "allocation_day", ("day", "expires_on", "points"), [(*key, p) for key, p in taken.items()])


def _month_rows(customer_id: int, purchases) -> list[list]:
    """One customer's rows from their purchases (local day, amount), oldest first."""
    rows: list[list] = []
    row: list = []
    for day, cents in purchases:
        month = day.year * 12 + day.month - 1
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


class _LocalDays:
    """The machine's local calendar day of a stored UTC time (text on SQLite), each minute once."""

    def __init__(self) -> None:
        self.seen: dict = {}

    def __call__(self, value) -> date:
        key = value[:16] if isinstance(value, str) else value.replace(second=0, microsecond=0)
        day = self.seen.get(key)
        if day is None:
            moment = datetime.fromisoformat(key) if isinstance(key, str) else key
            day = self.seen[key] = moment.replace(tzinfo=UTC).astimezone().date()
        return day


class _Dates:
    """A stored date (text on SQLite); NULL is the date of points that never expire."""

    def __init__(self) -> None:
        self.seen: dict = {None: _NEVER_EXPIRES}

    def __call__(self, value) -> date:
        found = self.seen.get(value)
        if found is None:
            found = self.seen[value] = value if isinstance(value, date) else date.fromisoformat(value)
        return found


def _insert(connection, table: str, columns: tuple[str, ...], rows: list) -> None:
    if not rows:
        return
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([marker] * len(columns))})"
    sqlite_file = connection.dialect.name == "sqlite"
    rows = [tuple(v.isoformat() if sqlite_file and isinstance(v, date) else v for v in row) for row in rows]
    for start in range(0, len(rows), _BATCH):
        connection.exec_driver_sql(statement, rows[start:start + _BATCH])
