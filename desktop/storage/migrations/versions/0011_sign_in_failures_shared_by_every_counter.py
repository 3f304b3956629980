"""wrong PINs counted in the database

The lockout after five wrong PINs lived in each app's memory: a restart lifted it and
another counter did not know. The count and the end of the block are now kept on the staff
member's row; each wrong PIN is audited, and a partial index finds the recent ones for the
owner without reading the whole audit log.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_FAILED = "action = 'staff.sign_in_failed'"


def upgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('failed_pins', sa.Integer(), server_default='0', nullable=False))
        batch.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))  # naive UTC, as UTCDateTime
    op.create_index('ix_audit_log_sign_in_failures', 'audit_log', ['at'], unique=False,
                    sqlite_where=sa.text(_FAILED), postgresql_where=sa.text(_FAILED))


def downgrade() -> None:
    op.drop_index('ix_audit_log_sign_in_failures', table_name='audit_log')
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later), not a batch: a batch copies the table
    # and drops the old one, which the foreign keys to staff refuse while they are on.
    op.drop_column('staff', 'locked_until')
    op.drop_column('staff', 'failed_pins')
