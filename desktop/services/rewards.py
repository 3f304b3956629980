"""The reward catalogue (filled out by the rewards part of the programme)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from desktop.core import validation
from desktop.core.errors import ValidationError
from desktop.core.kinds import RetentionLevel
from desktop.services.context import Actor, at_or_now, audit, snapshot
from desktop.storage.engine import Database
from desktop.storage.models import Reward


def create_reward(db: Database, actor: Actor, name: str, level: RetentionLevel, kind: str, cost_points: int, *,
                  valid_days: int | None = None, voucher_text: str = "", at: datetime | None = None) -> Reward:
    actor.require_owner("change the reward catalogue")
    clean_name = validation.name(name)
    if level not in set(RetentionLevel):
        raise ValidationError("level", "Choose financial, social-emotional or structural.")
    clean_kind = validation.clean_text(kind, field="kind", max_len=32)
    if not clean_kind:
        raise ValidationError("kind", "Choose the kind of reward.")
    if isinstance(cost_points, bool) or not isinstance(cost_points, int) or not 0 <= cost_points <= 1_000_000:
        raise ValidationError("cost_points", "The cost is a whole number of points, 0 or more.")
    if valid_days is not None and not 1 <= valid_days <= 3650:
        raise ValidationError("valid_days", "A reward is valid for 1 to 3650 days.")
    with db.write() as session:
        reward = Reward(name=clean_name, level=level, kind=clean_kind, cost_points=cost_points,
                        valid_days=valid_days, voucher_text=validation.clean_text(voucher_text, field="voucher_text"),
                        created_at=at_or_now(at))
        session.add(reward)
        session.flush()
        audit(session, actor, "reward.create", "reward", reward.id, None, snapshot(reward))
        return reward


def active_rewards(db: Database) -> list[Reward]:
    """The catalogue as the counter offers it: by level, then cheapest first."""
    with db.read() as session:
        rows = session.exec(select(Reward).where(Reward.active.is_(True))).all()
    order = list(RetentionLevel)
    return sorted(rows, key=lambda r: (order.index(RetentionLevel(r.level)), r.cost_points, r.name))
