"""Staff members and their PINs (salted scrypt hashes, never the PIN itself)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import math
import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import col, select

from desktop.core import validation
from desktop.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from desktop.core.kinds import Role
from desktop.core.lockout import LOCKOUT, PinLockout
from desktop.services.context import Actor, at_or_now, audit, snapshot
from desktop.storage.engine import Database
from desktop.storage.models import SIGN_IN_FAILED, SIGN_IN_FAILED_WHERE, AuditLog, Staff

# scrypt with n=2**14, r=8 costs ~16 MiB and a few tens of milliseconds: slow enough that
# a stolen database file does not give up four-digit PINs at once, quick enough to sign in.
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = lambda raw: base64.b64encode(raw).decode()  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${encode(salt)}${encode(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                               dklen=len(base64.b64decode(digest)))
    return hmac.compare_digest(candidate, base64.b64decode(digest))


# An owner's PIN opens the corrections, the staff list and the restore; four digits fall to
# a brute force of a copied database in minutes (scrypt or not), six take a hundred times longer.
OWNER_PIN_MIN = 6


def validate_pin(pin: str, role: Role = Role.STAFF) -> str:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError("pin", "A PIN is 4 to 8 digits.")
    if role == Role.OWNER and len(pin) < OWNER_PIN_MIN:
        raise ValidationError("pin", "An owner's PIN is {minimum} to 8 digits.", minimum=OWNER_PIN_MIN)
    return pin


def _described(member: Staff) -> dict:
    """What the audit keeps of a staff member: not the PIN's hash, nor the count of wrong PINs."""
    return {k: v for k, v in snapshot(member).items() if k not in ("pin_hash", "failed_pins", "locked_until")}


def create_staff(db: Database, actor: Actor | None, name: str, role: Role, pin: str, *,
                 at: datetime | None = None) -> Staff:
    """Add a staff member; the first one (the owner, at set-up) needs no actor."""
    clean_name = validation.name(name)
    if role not in (Role.OWNER, Role.STAFF):
        raise ValidationError("role", "The role is owner or staff.")
    validate_pin(pin, role)
    with db.write() as session:
        has_staff = session.exec(select(Staff.id)).first() is not None
        if has_staff:
            if actor is None:
                raise ValidationError("actor", "Only the owner can add staff.")
            actor.require_owner("Only the owner may add staff members.")
        if session.exec(select(Staff.id).where(Staff.name == clean_name)).first():
            raise ConflictError("There is a staff member called {name} already.", name=clean_name)
        member = Staff(name=clean_name, role=role, pin_hash=hash_pin(pin), created_at=at_or_now(at))
        session.add(member)
        session.flush()
        who = actor or Actor(name=clean_name, role=Role.OWNER, staff_id=member.id)
        audit(session, who, "staff.create", "staff", member.id, None,
              _described(member))
        return member


def update_staff(db: Database, actor: Actor, staff_id: int, *, role: Role | None = None,
                 active: bool | None = None, pin: str | None = None) -> Staff:
    """Change a staff member's role, let them sign in or not, or set a new PIN (owner only).

    The shop always keeps one active owner: nobody could reach the owner screens otherwise.
    Making someone owner needs a new PIN with it (an owner's PIN is longer).
    """
    actor.require_owner("Only the owner may change staff members.")
    if role is not None and role not in (Role.OWNER, Role.STAFF):
        raise ValidationError("role", "The role is owner or staff.")
    with db.write() as session:
        member = session.get(Staff, staff_id)
        if member is None:
            raise NotFoundError("No staff member number {number}.", number=staff_id)
        if pin is not None:
            validate_pin(pin, role or Role(member.role))
        elif role == Role.OWNER and member.role != Role.OWNER:
            # A staff PIN may have four digits, too few for an owner; its length is not stored.
            raise ValidationError("pin", "To make {name} owner, give them a new PIN of {minimum} to 8 digits.",
                                  name=member.name, minimum=OWNER_PIN_MIN)
        before = _described(member)
        if role is not None:
            member.role = role
        if active is not None:
            member.active = active
        if pin is not None:
            member.pin_hash = hash_pin(pin)
            member.failed_pins, member.locked_until = 0, None  # a new PIN from the owner lifts a block
        session.flush()
        owners = session.exec(select(Staff.id).where(Staff.role == Role.OWNER, col(Staff.active).is_(True))).all()
        if not owners:
            raise ConflictError("The shop needs an owner who can sign in; make someone else owner first.")
        after = _described(member)
        if pin is not None:
            after["pin"] = "changed"
        audit(session, actor, "staff.update", "staff", member.id, before, after)
        return member


def all_staff(db: Database) -> list[Staff]:
    """Everyone, also who can no longer sign in: active first, then by name."""
    with db.read() as session:
        members = session.exec(select(Staff).order_by(Staff.name)).all()
    return sorted(members, key=lambda m: not m.active)


def actor_for(member: Staff) -> Actor:
    return Actor(name=member.name, role=Role(member.role), staff_id=member.id)


def staff_named(db: Database, name: str) -> Staff:
    """The active staff member with this name (capitals aside), to sign in by name."""
    wanted = name.strip().casefold()
    members = active_staff(db)
    if not members:
        raise NotFoundError("This shop has no staff yet: set up the owner in the app, or with: loyalty init --owner "
                            "NAME.")
    for member in members:
        if member.name.casefold() == wanted:
            return member
    raise NotFoundError("No staff member called {name} can sign in.", name=name.strip())


def active_staff(db: Database) -> list[Staff]:
    """Who can sign in, the owner first."""
    with db.read() as session:
        members = session.exec(select(Staff).where(col(Staff.active).is_(True)).order_by(Staff.name)).all()
    return sorted(members, key=lambda m: m.role != Role.OWNER)


def sign_in(db: Database, staff_id: int, pin: str, *, counter: str = "", at: datetime | None = None,
            rule: PinLockout = LOCKOUT) -> Actor:
    """The actor for a staff member whose PIN is right.

    A wrong PIN is counted on the staff member's row and audited (never the PIN), in its own
    transaction, so that every counter and the command line share the count and the block.
    """
    moment = at_or_now(at)
    with db.read() as session:
        member = session.get(Staff, staff_id)
    if member is None or not member.active:
        raise NotFoundError("This staff member cannot sign in.")
    _refuse_while_blocked(rule.blocked_until(member.locked_until, moment), moment)
    if not verify_pin(pin, member.pin_hash):
        _count_failure(db, staff_id, counter, moment, rule)
        raise ValidationError("pin", "Wrong PIN.")
    if member.failed_pins or member.locked_until is not None:
        with db.write() as session:
            row = session.exec(select(Staff).where(Staff.id == staff_id).with_for_update()).one()
            _refuse_while_blocked(rule.blocked_until(row.locked_until, moment), moment)  # blocked meanwhile
            row.failed_pins, row.locked_until = 0, None
    return dataclasses.replace(actor_for(member), counter=counter)


def _refuse_while_blocked(until: datetime | None, moment: datetime) -> None:
    if until is not None:
        minutes = max(1, math.ceil((until - moment).total_seconds() / 60))
        raise PermissionDenied("Too many wrong PINs: try again in {minutes} minute(s).", minutes=minutes)


def _count_failure(db: Database, staff_id: int, counter: str, moment: datetime, rule: PinLockout) -> None:
    with db.write() as session:
        member = session.exec(select(Staff).where(Staff.id == staff_id).with_for_update()).one()
        member.failed_pins, blocked = rule.after_failure(member.failed_pins, moment)
        if blocked is not None:
            member.locked_until = blocked
        where = counter or "command line"
        audit(session, Actor(name=f"sign-in ({where})", role=Role.STAFF, counter=counter), SIGN_IN_FAILED,
              "staff", staff_id, None, {"name": member.name, "counter": counter,
                                        "blocked_until": blocked.isoformat() if blocked else None})


@dataclass(frozen=True)
class SignInFailure:
    at: datetime
    name: str  # the staff member whose PIN was tried
    counter: str  # the counter PC's name ("": the command line)
    blocked: bool  # this wrong PIN started a block


def recent_sign_in_failures(db: Database, *, limit: int = 50) -> list[SignInFailure]:
    """The latest wrong PINs, newest first, for the owner (read through a partial index)."""
    with db.read() as session:
        rows = session.exec(select(AuditLog).where(text(SIGN_IN_FAILED_WHERE))
                            .order_by(col(AuditLog.at).desc()).limit(limit)).all()
    failures = []
    for row in rows:
        try:
            after = json.loads(row.after)
        except ValueError:
            after = {}
        failures.append(SignInFailure(at=row.at, name=str(after.get("name", row.entity_id)),
                                      counter=str(after.get("counter", "")), blocked=bool(after.get("blocked_until"))))
    return failures
