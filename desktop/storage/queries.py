"""Query pieces that must be written differently per database to use an index."""

from __future__ import annotations

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute, Mapped
from sqlmodel import Session


def starts_with(
    column: InstrumentedAttribute | Mapped[str] | ColumnElement[str], prefix: str, session: Session
) -> ColumnElement[bool]:
    """`column` starts with `prefix`, written so the column's index is used.

    SQLite's LIKE ignores case and so cannot use a plain index: a range on the binary
    order can. PostgreSQL uses its pattern-ops index for LIKE 'abc%'.
    """
    if session.get_bind().dialect.name == "sqlite":
        return (column >= prefix) & (column < prefix + "\U0010ffff")
    return column.startswith(prefix, autoescape=True)
