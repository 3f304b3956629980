"""occasions remember the purchase that set them off, and their bonus entry

A bonus set off by a purchase (the Nth visit, a tier reached, a welcome back, a referral
completed) is taken back when that purchase is voided or refunded in full. The occasion
keeps which purchase it came from (the referrer's occasion belongs to the friend's
purchase, so the ledger entry of the bonus cannot carry that link without showing one
customer's purchase in another's history) and which ledger entry holds its bonus.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('occasion', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purchase_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('entry_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_occasion_purchase_id'), ['purchase_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_occasion_purchase_id_purchase'), 'purchase',
                                    ['purchase_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_occasion_entry_id_ledger_entry'), 'ledger_entry',
                                    ['entry_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('occasion', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_occasion_entry_id_ledger_entry'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_occasion_purchase_id_purchase'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_occasion_purchase_id'))
        batch_op.drop_column('entry_id')
        batch_op.drop_column('purchase_id')
