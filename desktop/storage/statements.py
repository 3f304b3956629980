"""Running a built statement past the ORM's session layer.

Session.execute costs about 40 us of CPU a statement on top of the connection's own
execution (its plugin lookup, bind resolution and result set-up), more than a short
statement itself; a registration sends twelve. Statements that read or write columns,
not ORM objects, run here on the session's connection, in its transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Executable, Result
from sqlmodel import Session


def run(session: Session, statement: Executable, params: Mapping[str, Any] | None = None) -> Result[*tuple[Any, ...]]:
    """Execute `statement` on the session's connection. What the session holds unflushed is
    flushed first, as its autoflush would, so the statement sees it."""
    if session.autoflush:
        session.flush()  # nothing to do (a few us) when the session holds no changes
    return session.connection().execute(statement, params)
