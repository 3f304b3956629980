import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlmodel import select

from conftest import new_customer
from desktop.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from desktop.core.kinds import Role
from desktop.services import staff, surveys
from desktop.services.settings import load_settings, update_settings
from desktop.storage.models import AuditLog, Purchase, Staff


def test_pins_are_stored_as_salted_slow_hashes(db):
    owner_row = staff.create_staff(db, None, "Marieke", Role.OWNER, "123456")
    assert "123456" not in owner_row.pin_hash and owner_row.pin_hash.startswith("scrypt$16384$8$1$")
    assert staff.verify_pin("123456", owner_row.pin_hash) and not staff.verify_pin("123457", owner_row.pin_hash)
    assert staff.hash_pin("1234") != staff.hash_pin("1234")  # a new salt every time
    with db.read() as session:
        audit = session.exec(select(AuditLog).where(AuditLog.action == "staff.create")).one()
    assert "pin" not in audit.after


def test_only_the_owner_adds_staff_after_the_first(db):
    first = staff.create_staff(db, None, "Marieke", Role.OWNER, "111111")
    with pytest.raises(ValidationError):
        staff.create_staff(db, None, "Indringer", Role.STAFF, "2222")
    clerk = staff.create_staff(db, staff.actor_for(first), "Sven", Role.STAFF, "2222")
    with pytest.raises(PermissionDenied):
        staff.create_staff(db, staff.actor_for(clerk), "Nog een", Role.STAFF, "3333")
    with pytest.raises(ConflictError):
        staff.create_staff(db, staff.actor_for(first), "Sven", Role.STAFF, "4444")
    for bad_pin in ("12", "abcd", "123456789", "12 34"):
        with pytest.raises(ValidationError, match="PIN"):
            staff.create_staff(db, staff.actor_for(first), "Fatima", Role.STAFF, bad_pin)
    with db.read() as session:
        assert len(session.exec(select(Staff)).all()) == 2


def test_an_owners_pin_has_at_least_six_digits(db):
    with pytest.raises(ValidationError, match="An owner's PIN is 6 to 8 digits."):
        staff.create_staff(db, None, "Marieke", Role.OWNER, "1111")
    first = staff.create_staff(db, None, "Marieke", Role.OWNER, "271828")
    owner = staff.actor_for(first)
    with pytest.raises(ValidationError, match="An owner's PIN is 6 to 8 digits."):
        staff.create_staff(db, owner, "Bas", Role.OWNER, "12345")
    with pytest.raises(ValidationError, match="An owner's PIN is 6 to 8 digits."):
        staff.update_staff(db, owner, first.id, pin="4321")
    clerk = staff.create_staff(db, owner, "Sven", Role.STAFF, "2222")  # staff keep four digits
    staff.update_staff(db, owner, clerk.id, pin="3333")
    with pytest.raises(ValidationError, match="An owner's PIN"):
        staff.update_staff(db, owner, clerk.id, role=Role.OWNER, pin="4444")


def test_settings_are_changed_by_the_owner_only_and_audited(db, owner, clerk):
    with pytest.raises(PermissionDenied):
        update_settings(db, clerk, {"points_per_euro": 2})
    with pytest.raises(ValidationError):
        update_settings(db, owner, {"points_per_euro": 2, "rounding": "random"})
    with db.read() as session:
        assert load_settings(session).points_per_euro == 1  # nothing of a refused change is stored
    update_settings(db, owner, {"points_per_euro": 2, "shop_name": "Bakkerij 't Hoekje"})
    with db.read() as session:
        assert load_settings(session).shop_name == "Bakkerij 't Hoekje"
        entry = session.exec(select(AuditLog).where(AuditLog.action == "settings.update")).one()
    assert json.loads(entry.before) == {"points_per_euro": 1, "shop_name": "Mijn Winkel"}


def test_surveys_with_and_without_a_customer(any_db, owner):
    customer = new_customer(any_db, owner)
    with_card = surveys.record_survey(any_db, owner, {"recommend": 9, "buy_again": 10}, card=customer.card_number,
                                      comment="Altijd vriendelijk 😊")
    anonymous = surveys.record_survey(any_db, owner, {"recommend": 3})
    assert with_card.customer_id == customer.id and anonymous.customer_id is None
    for answers in ({"recommend": 11}, {"recommend": -1}, {"buy_again": 5}, {"recommend": 5, "mood": 3},
                    {"recommend": 7.5}):
        with pytest.raises(ValidationError):
            surveys.record_survey(any_db, owner, answers)


def test_times_are_stored_in_utc_and_come_back_aware(any_db, owner):
    customer = new_customer(any_db, owner)
    amsterdam = timezone(timedelta(hours=1))
    moment = datetime(2026, 11, 22, 23, 30, tzinfo=amsterdam)
    from desktop.services.purchases import register_purchase
    register_purchase(any_db, owner, customer.card_number, 1000, at=moment)
    with any_db.read() as session:
        stored = session.exec(select(Purchase)).one().created_at
    assert stored == moment and stored.tzinfo == UTC and stored.hour == 22


def test_five_wrong_pins_block_that_user_for_a_while(db):
    member = staff.create_staff(db, None, "Marieke", Role.OWNER, "111111")
    start = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    for attempt in range(5):
        with pytest.raises(ValidationError, match="Wrong PIN"):
            staff.sign_in(db, member.id, "9999", at=start + timedelta(seconds=attempt))
    with pytest.raises(PermissionDenied, match="try again in 5 minute"):
        staff.sign_in(db, member.id, "111111", at=start + timedelta(seconds=10))
    actor = staff.sign_in(db, member.id, "111111", at=start + timedelta(minutes=6))
    assert actor.role == Role.OWNER and actor.staff_id == member.id
    assert [m.name for m in staff.active_staff(db)] == ["Marieke"]


def test_the_owner_manages_staff_but_the_shop_always_keeps_an_owner(db):
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke", Role.OWNER, "111111"))
    sven = staff.create_staff(db, owner, "Sven", Role.STAFF, "2222")
    staff.update_staff(db, owner, sven.id, pin="5678")
    assert staff.sign_in(db, sven.id, "5678").name == "Sven"
    staff.update_staff(db, owner, sven.id, active=False)
    assert [m.name for m in staff.active_staff(db)] == [owner.name]
    assert [m.name for m in staff.all_staff(db)] == [owner.name, "Sven"]
    with pytest.raises(NotFoundError):
        staff.sign_in(db, sven.id, "5678")
    with pytest.raises(ConflictError):  # the only owner cannot step down or be switched off
        staff.update_staff(db, owner, owner.staff_id, role=Role.STAFF)
    with pytest.raises(ConflictError):
        staff.update_staff(db, owner, owner.staff_id, active=False)
    with pytest.raises(ValidationError):
        staff.update_staff(db, owner, sven.id, pin="12")
    with pytest.raises(PermissionDenied):
        staff.update_staff(db, staff.actor_for(sven), sven.id, active=True)
    with db.read() as session:
        logged = session.exec(select(AuditLog).where(AuditLog.action == "staff.update")).all()
    assert len(logged) == 2 and "5678" not in logged[0].after and "pin_hash" not in logged[0].after


def test_a_tier_a_reward_is_for_cannot_be_renamed_away(db, owner):
    from desktop.services import rewards

    tour = rewards.create_reward(db, owner, "Rondleiding", "social_emotional", "thank_you", 0, min_tier="Gold")
    with pytest.raises(ValidationError, match="Rondleiding"):
        update_settings(db, owner, {"tier_thresholds": {"Silver": 25_000, "Goud": 100_000}})
    with db.read() as session:
        assert load_settings(session).tier_thresholds == {"Silver": 25_000, "Gold": 100_000}  # nothing written
    rewards.set_retired(db, owner, tour.id)
    update_settings(db, owner, {"tier_thresholds": {"Silver": 25_000, "Goud": 100_000}})
