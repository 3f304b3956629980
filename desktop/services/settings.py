"""Reading and changing the programme's settings (stored as JSON overrides of the defaults)."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, select

from desktop.core.rules import ProgrammeSettings
from desktop.services.context import Actor, audit
from desktop.storage.engine import Database
from desktop.storage.models import Setting


def load_settings(session: Session) -> ProgrammeSettings:
    stored = {row.key: json.loads(row.value) for row in session.exec(select(Setting))}
    defaults = ProgrammeSettings()
    known = set(defaults.as_dict())
    return defaults.with_values({k: v for k, v in stored.items() if k in known})


def update_settings(db: Database, actor: Actor, values: dict[str, Any]) -> ProgrammeSettings:
    """Change settings (owner only); every value is checked before anything is stored."""
    actor.require_owner("change the programme's settings")
    with db.write() as session:
        current = load_settings(session)
        updated = current.with_values(values)
        before, after = current.as_dict(), updated.as_dict()
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
        audit(session, actor, "settings.update", "settings", "programme",
              {k: before[k] for k in values}, {k: after[k] for k in values})
        return updated
