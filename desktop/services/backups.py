"""When the database was last backed up, kept in the database so that every counter can show it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from desktop.core import clock
from desktop.services.context import Actor, audit
from desktop.storage.engine import Database
from desktop.storage.models import Setting

_KEY = "backup.last"  # beside the programme's settings, which ignore keys they do not know


def check_may_restore(actor: Actor) -> None:
    """Putting a backup back replaces every counter's work since it was made: the owner's call."""
    actor.require_owner("Only the owner may restore a backup.")


def record_backup(db: Database, actor: Actor, made: Path, *, at: datetime | None = None) -> datetime:
    moment = at or clock.now()
    with db.write() as session:
        row = session.get(Setting, _KEY)
        value = json.dumps({"at": moment.isoformat(), "counter": actor.counter})
        if row is None:
            session.add(Setting(key=_KEY, value=value))
        else:
            row.value = value
        audit(session, actor, "database.backup", "database", made.name, None, {"at": moment.isoformat()})
    return moment


def last_backup(session: Session) -> datetime | None:
    row = session.get(Setting, _KEY)
    if row is None:
        return None
    try:
        return datetime.fromisoformat(json.loads(row.value)["at"])
    except (ValueError, KeyError, TypeError):
        return None
