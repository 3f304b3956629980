"""Query pieces that must be written differently per database to use an index."""

from __future__ import annotations

from sqlalchemy import ColumnElement, String, bindparam
from sqlalchemy.orm import InstrumentedAttribute, Mapped
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

_LAST = "\U0010ffff"  # above every character: a prefix's range ends at prefix + _LAST
_ESCAPE = "/"


def starts_with(column: InstrumentedAttribute | Mapped[str] | ColumnElement[str], name: str, dialect: str,
                *, along_index: bool = True) -> ColumnElement[bool]:
    """`column` starts with the prefix given when the statement runs, in the parameters
    `prefix_values(name, ...)`, so that a statement is built once for every prefix.

    Along the index: SQLite's LIKE ignores case and so cannot use a plain index, a range on
    the binary order can; PostgreSQL uses its pattern-ops index for LIKE 'abc%'. Not along
    the index: written so that no index serves it (SQLite's unary +), for a query that is
    sooner done by walking another index and checking this column on the way.
    """
    if dialect == "sqlite":
        if not along_index:
            column = UnaryExpression(column, operator=custom_op("+"), type_=String())  # type: ignore[arg-type]
        return (column >= bindparam(name)) & (column < bindparam(f"{name}_end"))
    if not along_index:
        column = column.concat("")
    return column.like(bindparam(name), escape=_ESCAPE)


def prefix_values(name: str, prefix: str, dialect: str) -> dict[str, str]:
    """The parameters of `starts_with(column, name, dialect)` for `prefix`."""
    if dialect == "sqlite":
        return {name: prefix, f"{name}_end": prefix + _LAST}
    escaped = prefix.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    return {name: escaped + "%"}
