"""mailings and their control groups

A mailing (reactivation letters, or any offer to a list of customers) records who was on
its list and which of them were held back at random, so that the Retention screen can
compare who came back among the mailed and the held back.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'mailing',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),  # naive UTC, as UTCDateTime stores it
        sa.Column('held_back_percent', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name='fk_mailing_staff_id_staff'),
        sa.PrimaryKeyConstraint('id', name='pk_mailing'),
    )
    op.create_index('ix_mailing_sent_at', 'mailing', ['sent_at'], unique=False)
    op.create_table(
        'mailing_recipient',
        sa.Column('mailing_id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('held_back', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name='fk_mailing_recipient_customer_id_customer'),
        sa.ForeignKeyConstraint(['mailing_id'], ['mailing.id'], name='fk_mailing_recipient_mailing_id_mailing'),
        sa.PrimaryKeyConstraint('mailing_id', 'customer_id', name='pk_mailing_recipient'),
    )
    op.create_index('ix_mailing_recipient_customer_id', 'mailing_recipient', ['customer_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_mailing_recipient_customer_id', table_name='mailing_recipient')
    op.drop_table('mailing_recipient')
    op.drop_index('ix_mailing_sent_at', table_name='mailing')
    op.drop_table('mailing')
