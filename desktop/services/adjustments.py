"""Corrections of a customer's points by the owner."""

from __future__ import annotations

from datetime import datetime

from desktop.core import cardnumber, rules
from desktop.core.clock import local_date
from desktop.core.errors import ValidationError
from desktop.core.kinds import EntryKind
from desktop.core.validation import clean_text
from desktop.services import points
from desktop.services.context import Actor, at_or_now, audit, locked_by_card, saved_id, snapshot
from desktop.services.settings import load_settings
from desktop.storage.engine import Database
from desktop.storage.models import LedgerEntry


def correction_problems(delta: int, reason: str) -> list[ValidationError]:
    """Everything wrong with a correction's points and reason, each naming its field."""
    found = []
    try:
        if not clean_text(reason, field="reason", max_len=500):
            found.append(ValidationError("reason", "Say why the points are corrected."))
    except ValidationError as error:
        found.append(error)
    if isinstance(delta, bool) or not isinstance(delta, int) or delta == 0 or abs(delta) > 1_000_000:
        found.append(ValidationError("points", "Enter a number of points other than zero."))
    return found


def adjust_points(db: Database, actor: Actor, card: str, delta: int, reason: str, *,
                  at: datetime | None = None) -> LedgerEntry:
    """Add or take away points with a reason (owner only); never below zero."""
    actor.require_owner("Only the owner may correct a customer's points.")
    card = cardnumber.validate(card)
    problems = correction_problems(delta, reason)
    if problems:
        raise problems[0]
    why = clean_text(reason, field="reason", max_len=500)
    moment = at_or_now(at)
    today = local_date(moment)
    with db.write() as session:
        customer = locked_by_card(session, card)
        if delta > 0:
            entry = session.get_one(LedgerEntry, points.credit(
                session, saved_id(customer), EntryKind.ADJUST, delta, at=moment, actor=actor,
                expires_on=rules.expiry_date(today, load_settings(session)), reason=why))
        else:
            entry = points.debit(session, saved_id(customer), EntryKind.ADJUST, -delta, at=moment, actor=actor,
                                 today=today, spendable_only=False, reason=why)
        audit(session, actor, "points.adjust", "ledger_entry", entry.id, None, snapshot(entry))
        return entry
