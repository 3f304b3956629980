"""Reading and changing the shop's profile (address, contact, logo, form of address), stored
beside the programme's settings as `shop.*` rows; every customer-facing document reads it."""

from __future__ import annotations

import base64
import json
from typing import Any

from sqlmodel import Session, select

from desktop.core.shop_profile import ShopProfile
from desktop.services.context import Actor, audit, reads
from desktop.storage.engine import Database
from desktop.storage.models import Setting

PREFIX = "shop."


def _stored(name: str, value: Any) -> str:
    return json.dumps(base64.b64encode(value).decode("ascii") if name == "logo_png" else value)


@reads
def load_profile(session: Session) -> ShopProfile:
    values: dict[str, Any] = {}
    defaults = ShopProfile()
    for row in session.exec(select(Setting).where(Setting.key.startswith(PREFIX))):
        name = row.key[len(PREFIX):]
        if not hasattr(defaults, name):
            continue  # written by a newer version
        value = json.loads(row.value)
        values[name] = base64.b64decode(value) if name == "logo_png" else value
    return defaults.with_values(values)


def update_profile(db: Database, actor: Actor, values: dict[str, Any]) -> ShopProfile:
    """Change the shop's profile (owner only); nothing is stored while any value is wrong."""
    actor.require_owner("Only the owner may change the shop's details.")
    with db.write() as session:
        current = load_profile(session)
        updated = current.with_values(values)
        problems = updated.problems()
        if problems:
            raise problems[0]
        for name, value in values.items():
            row = session.get(Setting, PREFIX + name)
            if row is None:
                session.add(Setting(key=PREFIX + name, value=_stored(name, value)))
            else:
                row.value = _stored(name, value)

        def shown(profile: ShopProfile) -> dict[str, Any]:  # the logo as its size, not its bytes
            return {k: (f"{len(v)} bytes" if k == "logo_png" else v)
                    for k, v in vars(profile).items() if k in values}

        audit(session, actor, "shop_profile.update", "settings", "shop", shown(current), shown(updated))
        return updated
