"""till totals

What the shop's till took, per day or per month, as the owner enters it: the monthly
report and the dashboard set the members' purchases against it (the members' share of
revenue). Append-only: a correction is a newer row for the same day or month.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'till_total',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('whole_month', sa.Boolean(), nullable=False),
        sa.Column('revenue_cents', sa.Integer(), nullable=False),
        sa.Column('entered_at', sa.DateTime(), nullable=False),  # naive UTC, as UTCDateTime stores it
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('reason', sa.String(length=500), nullable=False),
        sa.CheckConstraint('revenue_cents >= 0', name=op.f('ck_till_total_revenue_not_negative')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name='fk_till_total_staff_id_staff'),
        sa.PrimaryKeyConstraint('id', name='pk_till_total'),
    )
    op.create_index('ix_till_total_day_whole_month_id', 'till_total', ['day', 'whole_month', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_till_total_day_whole_month_id', table_name='till_total')
    op.drop_table('till_total')
