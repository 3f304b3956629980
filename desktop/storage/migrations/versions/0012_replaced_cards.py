"""replaced cards

A lost card is replaced by a new one: the old number is kept, blocked, with the day it
was replaced and the card that took its place, so scanning it says so.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'replaced_card',
        sa.Column('card_number', sa.String(length=13), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('replaced_by', sa.String(length=13), nullable=False),
        sa.Column('replaced_at', sa.DateTime(), nullable=False),  # naive UTC, as UTCDateTime stores it
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name='fk_replaced_card_customer_id_customer'),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name='fk_replaced_card_staff_id_staff'),
        sa.PrimaryKeyConstraint('card_number', name='pk_replaced_card'),
    )
    op.create_index('ix_replaced_card_customer_id', 'replaced_card', ['customer_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_replaced_card_customer_id', table_name='replaced_card')
    op.drop_table('replaced_card')
