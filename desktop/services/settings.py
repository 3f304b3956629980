"""Reading and changing the programme's settings (stored as JSON overrides of the defaults)."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col, select

from desktop.core.errors import ValidationError
from desktop.core.rules import ProgrammeSettings
from desktop.services.context import Actor, audit, reads
from desktop.storage.engine import Database
from desktop.storage.models import Reward, Setting


@reads
def load_settings(session: Session) -> ProgrammeSettings:
    stored = {row.key: json.loads(row.value) for row in session.exec(select(Setting))}
    defaults = ProgrammeSettings()
    known = set(defaults.as_dict())
    return defaults.with_values({k: v for k, v in stored.items() if k in known})


def update_settings(db: Database, actor: Actor, values: dict[str, Any]) -> ProgrammeSettings:
    """Change settings (owner only); every value is checked before anything is stored."""
    actor.require_owner("Only the owner may change the programme's settings.")
    with db.write() as session:
        current = load_settings(session)
        updated = current.with_values(values)
        for reward in session.exec(select(Reward).where(col(Reward.active).is_(True), Reward.min_tier != "")):
            if reward.min_tier not in updated.tier_thresholds:  # it would be offered to nobody
                raise ValidationError("tier_thresholds", "The reward '{reward}' is for tier '{tier}'; give it "
                                      "another tier or retire it first.", reward=reward.name, tier=reward.min_tier)
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
