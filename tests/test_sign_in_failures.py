"""Wrong PINs are counted in the database: every counter and the command line share the
count, a restart lifts no block, each is audited (never the PIN) and the owner sees them."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.kinds import Role
from desktop.services import staff
from desktop.storage.engine import Database
from desktop.storage.models import AuditLog

START = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_a_block_holds_at_another_counter_and_after_a_restart(any_db):
    member = staff.create_staff(any_db, None, "Marieke", Role.OWNER, "111111")
    for attempt in range(3):  # three wrong PINs at the first counter ...
        with pytest.raises(ValidationError):
            staff.sign_in(any_db, member.id, "999999", counter="Kassa 1", at=START + timedelta(seconds=attempt))
    other = Database(any_db.url)  # ... two at another (or after a restart: a new engine, nothing in memory)
    try:
        for attempt in range(2):
            with pytest.raises(ValidationError):
                staff.sign_in(other, member.id, "999999", counter="Kassa 2", at=START + timedelta(seconds=5 + attempt))
        with pytest.raises(PermissionDenied, match="try again in 5 minute"):
            staff.sign_in(other, member.id, "111111", at=START + timedelta(seconds=10))
    finally:
        other.dispose()
    restarted = Database(any_db.url)
    try:
        with pytest.raises(PermissionDenied):
            staff.sign_in(restarted, member.id, "111111", at=START + timedelta(minutes=2))
        assert staff.sign_in(restarted, member.id, "111111", at=START + timedelta(minutes=6)).staff_id == member.id
    finally:
        restarted.dispose()


def test_a_right_pin_starts_the_count_again(any_db):
    member = staff.create_staff(any_db, None, "Marieke", Role.OWNER, "111111")
    for round_ in range(3):
        for attempt in range(4):
            with pytest.raises(ValidationError):
                staff.sign_in(any_db, member.id, "999999", at=START + timedelta(minutes=round_, seconds=attempt))
        staff.sign_in(any_db, member.id, "111111", at=START + timedelta(minutes=round_, seconds=30))


def test_wrong_pins_are_audited_without_the_pin_and_shown_to_the_owner(any_db):
    owner = staff.actor_for(staff.create_staff(any_db, None, "Marieke", Role.OWNER, "111111"))
    sven = staff.create_staff(any_db, owner, "Sven", Role.STAFF, "2468")
    for attempt in range(5):
        with pytest.raises(ValidationError):
            staff.sign_in(any_db, sven.id, "1357", counter="Kassa 1", at=START + timedelta(seconds=attempt))
    with any_db.read() as session:
        rows = session.exec(select(AuditLog).where(AuditLog.action == "staff.sign_in_failed")).all()
    assert len(rows) == 5 and all(row.entity_id == str(sven.id) for row in rows)
    assert not any("1357" in row.before + row.after + row.actor for row in rows)
    failures = staff.recent_sign_in_failures(any_db)
    assert [(f.name, f.counter) for f in failures] == [("Sven", "Kassa 1")] * 5
    assert [f.blocked for f in failures] == [True, False, False, False, False]  # newest first


def test_a_new_pin_from_the_owner_lifts_a_block(any_db):
    owner = staff.actor_for(staff.create_staff(any_db, None, "Marieke", Role.OWNER, "111111"))
    sven = staff.create_staff(any_db, owner, "Sven", Role.STAFF, "2468")
    for attempt in range(5):
        with pytest.raises(ValidationError):
            staff.sign_in(any_db, sven.id, "1357", at=START + timedelta(seconds=attempt))
    staff.update_staff(any_db, owner, sven.id, pin="8642")
    assert staff.sign_in(any_db, sven.id, "8642", at=START + timedelta(seconds=10)).name == "Sven"


def test_making_someone_owner_needs_a_new_owners_pin(any_db):
    owner = staff.actor_for(staff.create_staff(any_db, None, "Marieke", Role.OWNER, "111111"))
    sven = staff.create_staff(any_db, owner, "Sven", Role.STAFF, "2468")
    with pytest.raises(ValidationError, match="new PIN of 6 to 8 digits"):
        staff.update_staff(any_db, owner, sven.id, role=Role.OWNER)
    with pytest.raises(ValidationError, match="6 to 8 digits"):
        staff.update_staff(any_db, owner, sven.id, role=Role.OWNER, pin="2468")
    assert {m.name: m.role for m in staff.all_staff(any_db)}["Sven"] == Role.STAFF
    staff.update_staff(any_db, owner, sven.id, role=Role.OWNER, pin="246800")
    promoted = staff.sign_in(any_db, sven.id, "246800")
    assert promoted.role == Role.OWNER
    with pytest.raises(ValidationError):
        staff.sign_in(any_db, sven.id, "2468")
