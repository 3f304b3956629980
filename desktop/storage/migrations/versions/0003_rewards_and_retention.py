"""rewards and retention: the catalogue's rules, occasions granted once, subscriptions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

import desktop.storage.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reward', schema=None) as batch_op:
        # Existing rewards are for everyone (""), always offered, without a limit.
        batch_op.add_column(sa.Column('min_tier', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('segment', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('offered_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('offered_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('stock', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('discount_cents', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('discount_percent', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('stamps_needed', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('event_at', desktop.storage.types.UTCDateTime(), nullable=True))
        batch_op.create_check_constraint(op.f('ck_reward_stock_not_negative'), 'stock IS NULL OR stock >= 0')
    with op.batch_alter_table('reward', schema=None) as batch_op:
        batch_op.alter_column('min_tier', server_default=None)
        batch_op.alter_column('segment', server_default=None)

    op.create_table('occasion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('period', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('handed_out_at', desktop.storage.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_occasion_customer_id_customer')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_occasion_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occasion')),
    sa.UniqueConstraint('customer_id', 'kind', 'period', name=op.f('uq_occasion_customer_id_kind_period'))
    )
    with op.batch_alter_table('occasion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_occasion_created_at'), ['created_at'], unique=False)

    op.create_table('subscription',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('reward_id', sa.Integer(), nullable=False),
    sa.Column('every_days', sa.Integer(), nullable=False),
    sa.Column('next_due', sa.Date(), nullable=False),
    sa.Column('delivered', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.CheckConstraint('every_days > 0', name=op.f('ck_subscription_every_days_positive')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_subscription_customer_id_customer')),
    sa.ForeignKeyConstraint(['reward_id'], ['reward.id'], name=op.f('fk_subscription_reward_id_reward')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subscription'))
    )
    with op.batch_alter_table('subscription', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subscription_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscription_next_due'), ['next_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_subscription_reward_id'), ['reward_id'], unique=False)


def downgrade() -> None:
    op.drop_table('subscription')
    op.drop_table('occasion')
    with op.batch_alter_table('reward', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_reward_stock_not_negative'), type_='check')
        for column in ('event_at', 'stamps_needed', 'discount_percent', 'discount_cents', 'stock',
                       'offered_until', 'offered_from', 'segment', 'min_tier'):
            batch_op.drop_column(column)
