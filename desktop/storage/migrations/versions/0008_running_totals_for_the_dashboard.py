"""running totals for the dashboard: purchases per customer and month, the ledger per day

The dashboard summed up to two years of raw purchases and the whole ledger for every
figure (3 to 4 s on the 100,000-customer demo shop). These tables hold the same sums, kept
in each write's transaction by desktop/storage/summaries.py; this migration fills them
from what is there (about 10 s on that shop).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op
from sqlmodel import Session

from desktop.storage import summaries

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
    op.create_index('ix_purchase_month_month_purchases_amount_cents', 'purchase_month',
                    ['month', 'purchases', 'amount_cents'], unique=False)
    op.create_index('ix_purchase_month_next_month_last_on', 'purchase_month', ['next_month', 'last_on'], unique=False)
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
    summaries.rebuild(Session(op.get_bind()))


def downgrade() -> None:
    op.drop_table('allocation_day')
    op.drop_table('ledger_day')
    op.drop_index('ix_purchase_month_next_month_last_on', table_name='purchase_month')
    op.drop_index('ix_purchase_month_month_purchases_amount_cents', table_name='purchase_month')
    op.drop_table('purchase_month')
