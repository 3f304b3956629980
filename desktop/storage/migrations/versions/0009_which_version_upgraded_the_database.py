"""which version of the app brought the database to each schema revision

A counter PC still on an older version then says which version upgraded the database
and that this PC needs it, instead of failing on a schema it does not know.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'schema_upgrade',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('revision', sa.String(length=32), nullable=False),
        sa.Column('app_version', sa.String(length=64), nullable=False),
        sa.Column('upgraded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_schema_upgrade')),
    )


def downgrade() -> None:
    op.drop_table('schema_upgrade')
