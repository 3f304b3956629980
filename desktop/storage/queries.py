"""Query pieces that must be written differently per database to use an index."""

from __future__ import annotations

from sqlalchemy import ColumnElement, String, bindparam
from sqlalchemy.orm import InstrumentedAttribute, Mapped
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

_LAST = "\U0010ffff"  # above every character: a prefix's range ends at prefix + _LAST
_ESCAPE = "/"


def starts_with(column: InstrumentedAttribute | Mapped[str] | ColumnElement[str], name: str, dialect: str,
                *, along_index: bool = True, digits: bool = False) -> ColumnElement[bool]:
    """`column` starts with the prefix given when the statement runs, in the parameters
    `prefix_values(name, ...)`, so that a statement is built once for every prefix.

    Along the index: SQLite's LIKE ignores case and so cannot use a plain index, a range on
    the binary order can; PostgreSQL uses its pattern-ops index for LIKE 'abc%'. Not along
    the index: written so that no index serves it (SQLite's unary +), for a query that is
    sooner done by walking another index and checking this column on the way.

    `digits`: the column holds digits only and has a plain index (the card number's unique
    one), which serves a range on PostgreSQL too, where LIKE would read the whole table.
    """
    if dialect == "sqlite" or digits:
        if not along_index:
            column = column.concat("") if dialect != "sqlite" else \
                UnaryExpression(column, operator=custom_op("+"), type_=String())  # type: ignore[arg-type]
        return (column >= bindparam(name)) & (column < bindparam(f"{name}_end"))
    if not along_index:
        column = column.concat("")
    return column.like(bindparam(name), escape=_ESCAPE)


def prefix_values(name: str, prefix: str, dialect: str, *, digits: bool = False) -> dict[str, str]:
    """The parameters of `starts_with(column, name, dialect, digits=...)` for `prefix`."""
    if dialect == "sqlite":
        return {name: prefix, f"{name}_end": prefix + _LAST}
    if digits:
        return {name: prefix, f"{name}_end": _digits_after(prefix)}
    escaped = prefix.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    return {name: escaped + "%"}


def _digits_after(prefix: str) -> str:
    """The first digit string after every one starting with `prefix` ("0613" after "0612",
    "062" after "0619"): in every collation digits sort among themselves as in ASCII, but
    a character after them (a ':', U+10FFFF) may sort anywhere."""
    kept = prefix.rstrip("9")
    if not kept:
        return "9" * 64  # longer than any digit string the column holds
    return kept[:-1] + str(int(kept[-1]) + 1)
