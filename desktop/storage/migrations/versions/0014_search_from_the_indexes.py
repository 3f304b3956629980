"""search from the indexes

A name search at 300,000 customers read thousands of customers' rows to find the 50 it
shows (a surname's matches to sort them by name, or the names in order to find the surname
among them), often from disk. The search's indexes now hold what it looks at, so it reads
the rows of the 50 only: the name's index also the surname, phone, card and merge; the
surname's and phone's also the name. The columns are written here, not taken from the
models, so a later change there cannot change this upgrade.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_COVERING = {
    'search_name': ['id', 'search_surname', 'phone_digits', 'card_number', 'merged_into_id'],
    'search_surname': ['search_name', 'merged_into_id'],
    'phone_digits': ['search_name', 'merged_into_id'],
}


def _remake(column: str, covering: list[str]) -> None:
    name = f'ix_customer_{column}'
    ops = {column: 'varchar_pattern_ops'}
    op.drop_index(name, table_name='customer', postgresql_ops=ops)
    op.create_index(name, 'customer', [column, *covering], unique=False, postgresql_ops=ops)


def upgrade() -> None:
    for column, covering in _COVERING.items():
        _remake(column, covering)


def downgrade() -> None:
    for column in _COVERING:
        _remake(column, [])
