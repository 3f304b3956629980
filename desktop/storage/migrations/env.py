"""Alembic environment: always given a connection by desktop.storage.migrate."""

from alembic import context
from sqlalchemy import text
from sqlmodel import SQLModel

from desktop.storage import models  # noqa: F401  (registers the tables)

connection = context.config.attributes["connection"]
is_sqlite = connection.dialect.name == "sqlite"
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=is_sqlite,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
    if is_sqlite:
        # Foreign keys are off during the migration (so a table copy cannot cascade);
        # check them before committing so a migration can never leave dangling rows.
        broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise RuntimeError(f"Migration would break {len(broken)} foreign keys, first: {broken[0]}")
