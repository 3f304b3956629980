"""search customers by e-mail

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email_key', sa.String(length=254), nullable=False, server_default=''))
    # SQL's lower() folds ASCII only; the app stores str.lower(), which differs only for
    # capitals with accents in an address, rare enough to be found by retyping.
    op.execute("UPDATE customer SET email_key = lower(email)")
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.alter_column('email_key', server_default=None)
        batch_op.create_index('ix_customer_email_key', ['email_key'], unique=False,
                              postgresql_ops={'email_key': 'varchar_pattern_ops'})


def downgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_email_key', postgresql_ops={'email_key': 'varchar_pattern_ops'})
        batch_op.drop_column('email_key')
