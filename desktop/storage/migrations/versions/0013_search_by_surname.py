"""search by surname

Staff look a customer up by surname ("Bakker" for Arjen van den Bakker) as often as by
first name: the surname's search key gets its own column and prefix index. Existing
customers get theirs here, by a copy of the rule as it was written (core.validation's
`surname_key`), so a later change to that rule cannot change this upgrade.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "t", "'t", "in", "op",
                        "von", "vom", "zu", "la", "le", "du", "da", "di", "dos", "el", "al"})
_BATCH = 5000


def _surname_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name or "")
    words = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split()[1:]
    while words and words[0] in _PARTICLES:
        words = words[1:]
    return " ".join(words)


def upgrade() -> None:
    op.add_column('customer', sa.Column('search_surname', sa.String(length=120), nullable=False, server_default=''))
    op.create_index('ix_customer_search_surname', 'customer', ['search_surname'], unique=False,
                    postgresql_ops={'search_surname': 'varchar_pattern_ops'})
    connection = op.get_bind()
    customer = sa.table('customer', sa.column('id', sa.Integer), sa.column('name', sa.String),
                        sa.column('search_surname', sa.String))
    last = 0
    while True:
        rows = connection.execute(sa.select(customer.c.id, customer.c.name).where(customer.c.id > last)
                                  .order_by(customer.c.id).limit(_BATCH)).all()
        if not rows:
            break
        changes = [{"key": row.id, "surname": _surname_key(row.name)} for row in rows]
        changes = [change for change in changes if change["surname"]]
        if changes:
            connection.execute(customer.update().where(customer.c.id == sa.bindparam("key"))
                               .values(search_surname=sa.bindparam("surname")), changes)
        last = rows[-1].id


def downgrade() -> None:
    op.drop_index('ix_customer_search_surname', table_name='customer',
                  postgresql_ops={'search_surname': 'varchar_pattern_ops'})
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later), not a batch: a batch copies the table
    # and drops the old one, which the foreign keys to customer refuse while they are on.
    op.drop_column('customer', 'search_surname')
