"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

import desktop.storage.types

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_number', sqlmodel.sql.sqltypes.AutoString(length=13), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('search_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('phone_digits', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('street', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('postcode', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('marketing_consent', sa.Boolean(), nullable=False),
    sa.Column('consent_at', desktop.storage.types.UTCDateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('preferences', sa.Text(), nullable=False),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('anonymised', sa.Boolean(), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['merged_into_id'], ['customer.id'], name=op.f('fk_customer_merged_into_id_customer')),
    sa.ForeignKeyConstraint(['referred_by_id'], ['customer.id'], name=op.f('fk_customer_referred_by_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('card_number', name=op.f('uq_customer_card_number'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_phone_digits', ['phone_digits'], unique=False, postgresql_ops={'phone_digits': 'varchar_pattern_ops'})
        batch_op.create_index('ix_customer_postcode', ['postcode'], unique=False, postgresql_ops={'postcode': 'varchar_pattern_ops'})
        batch_op.create_index('ix_customer_search_name', ['search_name'], unique=False, postgresql_ops={'search_name': 'varchar_pattern_ops'})

    op.create_table('reward',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('cost_points', sa.Integer(), nullable=False),
    sa.Column('valid_days', sa.Integer(), nullable=True),
    sa.Column('voucher_text', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reward'))
    )
    op.create_table('setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('pin_hash', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('name', name=op.f('uq_staff_name'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=48), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('entity_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_audit_log_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity_entity_id', ['entity', 'entity_id'], unique=False)

    op.create_table('purchase',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('non_earning_cents', sa.Integer(), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('receipt_ref', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('client_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_purchase_amount_positive')),
    sa.CheckConstraint('non_earning_cents >= 0 AND non_earning_cents <= amount_cents', name=op.f('ck_purchase_non_earning_part')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_purchase_customer_id_customer')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_purchase_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase')),
    sa.UniqueConstraint('client_key', name=op.f('uq_purchase_client_key'))
    )
    with op.batch_alter_table('purchase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_created_at'), ['created_at'], unique=False)
        batch_op.create_index('ix_purchase_customer_id_created_at', ['customer_id', 'created_at'], unique=False)

    op.create_table('redemption',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('reward_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('used_at', desktop.storage.types.UTCDateTime(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('client_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_redemption_customer_id_customer')),
    sa.ForeignKeyConstraint(['reward_id'], ['reward.id'], name=op.f('fk_redemption_reward_id_reward')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_redemption_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_redemption')),
    sa.UniqueConstraint('client_key', name=op.f('uq_redemption_client_key')),
    sa.UniqueConstraint('code', name=op.f('uq_redemption_code'))
    )
    with op.batch_alter_table('redemption', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_redemption_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_redemption_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_redemption_reward_id'), ['reward_id'], unique=False)

    op.create_table('survey_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.Column('recommend', sa.Integer(), nullable=True),
    sa.Column('buy_again', sa.Integer(), nullable=True),
    sa.Column('buy_more', sa.Integer(), nullable=True),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('buy_again IS NULL OR (buy_again >= 0 AND buy_again <= 10)', name=op.f('ck_survey_response_buy_again_0_10')),
    sa.CheckConstraint('buy_more IS NULL OR (buy_more >= 0 AND buy_more <= 10)', name=op.f('ck_survey_response_buy_more_0_10')),
    sa.CheckConstraint('recommend IS NULL OR (recommend >= 0 AND recommend <= 10)', name=op.f('ck_survey_response_recommend_0_10')),
    sa.CheckConstraint('satisfaction IS NULL OR (satisfaction >= 0 AND satisfaction <= 10)', name=op.f('ck_survey_response_satisfaction_0_10')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_survey_response_customer_id_customer')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_survey_response_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_response'))
    )
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_response_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_response_customer_id'), ['customer_id'], unique=False)

    op.create_table('ledger_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('purchase_id', sa.Integer(), nullable=True),
    sa.Column('redemption_id', sa.Integer(), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('available_on', sa.Date(), nullable=True),
    sa.CheckConstraint('points <> 0', name=op.f('ck_ledger_entry_points_nonzero')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_ledger_entry_customer_id_customer')),
    sa.ForeignKeyConstraint(['purchase_id'], ['purchase.id'], name=op.f('fk_ledger_entry_purchase_id_purchase')),
    sa.ForeignKeyConstraint(['redemption_id'], ['redemption.id'], name=op.f('fk_ledger_entry_redemption_id_redemption')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_ledger_entry_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_entry_customer_id_id', ['customer_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entry_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index('ix_ledger_entry_kind_created_at', ['kind', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entry_purchase_id'), ['purchase_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entry_redemption_id'), ['redemption_id'], unique=False)

    op.create_table('refund',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purchase_id', sa.Integer(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('is_void', sa.Boolean(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('created_at', desktop.storage.types.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_refund_amount_positive')),
    sa.ForeignKeyConstraint(['purchase_id'], ['purchase.id'], name=op.f('fk_refund_purchase_id_purchase')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_refund_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refund'))
    )
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refund_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_refund_purchase_id'), ['purchase_id'], unique=False)

    op.create_table('lot_allocation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('debit_id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.CheckConstraint('points > 0', name=op.f('ck_lot_allocation_points_positive')),
    sa.ForeignKeyConstraint(['debit_id'], ['ledger_entry.id'], name=op.f('fk_lot_allocation_debit_id_ledger_entry')),
    sa.ForeignKeyConstraint(['lot_id'], ['ledger_entry.id'], name=op.f('fk_lot_allocation_lot_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lot_allocation'))
    )
    with op.batch_alter_table('lot_allocation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lot_allocation_debit_id'), ['debit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lot_allocation_lot_id'), ['lot_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('lot_allocation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lot_allocation_lot_id'))
        batch_op.drop_index(batch_op.f('ix_lot_allocation_debit_id'))

    op.drop_table('lot_allocation')
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refund_purchase_id'))
        batch_op.drop_index(batch_op.f('ix_refund_created_at'))

    op.drop_table('refund')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entry_redemption_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_entry_purchase_id'))
        batch_op.drop_index('ix_ledger_entry_kind_created_at')
        batch_op.drop_index(batch_op.f('ix_ledger_entry_expires_on'))
        batch_op.drop_index('ix_ledger_entry_customer_id_id')

    op.drop_table('ledger_entry')
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_response_customer_id'))
        batch_op.drop_index(batch_op.f('ix_survey_response_created_at'))

    op.drop_table('survey_response')
    with op.batch_alter_table('redemption', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_redemption_reward_id'))
        batch_op.drop_index(batch_op.f('ix_redemption_customer_id'))
        batch_op.drop_index(batch_op.f('ix_redemption_created_at'))

    op.drop_table('redemption')
    with op.batch_alter_table('purchase', schema=None) as batch_op:
        batch_op.drop_index('ix_purchase_customer_id_created_at')
        batch_op.drop_index(batch_op.f('ix_purchase_created_at'))

    op.drop_table('purchase')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity_entity_id')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    op.drop_table('staff')
    op.drop_table('setting')
    op.drop_table('reward')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_search_name', postgresql_ops={'search_name': 'varchar_pattern_ops'})
        batch_op.drop_index('ix_customer_postcode', postgresql_ops={'postcode': 'varchar_pattern_ops'})
        batch_op.drop_index('ix_customer_phone_digits', postgresql_ops={'phone_digits': 'varchar_pattern_ops'})

    op.drop_table('customer')
