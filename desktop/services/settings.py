"""Reading and changing the programme's settings (stored as JSON overrides of the defaults)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlmodel import Session, col, select

from desktop.core.errors import ValidationError
from desktop.core.rules import ProgrammeSettings
from desktop.services.context import Actor, audit, reads
from desktop.storage import statements
from desktop.storage.engine import Database
from desktop.storage.models import Reward, Setting

_STORED = select(Setting.key, Setting.value).order_by(Setting.key)


@reads
def load_settings(session: Session) -> ProgrammeSettings:
    """The settings as stored now (read every time: another counter may have changed them)."""
    return _parsed(tuple((key, value) for key, value in statements.run(session, _STORED)))


@lru_cache(maxsize=8)
def _parsed(stored: tuple[tuple[str, str], ...]) -> ProgrammeSettings:
    # The same stored rows give the same settings: parsing and checking them cost more than
    # the read, on every registration. Nothing changes a ProgrammeSettings (frozen, its
    # dicts only read), so one may be shared.
    defaults = ProgrammeSettings()
    known = set(defaults.as_dict())
    return defaults.with_values({key: json.loads(value) for key, value in stored if key in known})


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
