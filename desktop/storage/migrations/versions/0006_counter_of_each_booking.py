"""every booking remembers the counter PC it was made at

Purchases, refunds, rewards handed out and ledger entries get the name of the counter PC
(set in the app's Settings, else the computer's name), so the end-of-day summary can be
per counter and staff member. Older bookings keep an empty name ("not recorded").

Plain ALTER TABLE ADD COLUMN with a constant default, not batch mode: SQLite adds such a
column without rewriting the table, which matters for millions of ledger entries.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TABLES = ('purchase', 'refund', 'redemption', 'ledger_entry')


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column('counter', sa.String(length=64), server_default='', nullable=False))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('counter')
