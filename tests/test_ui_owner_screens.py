"""The owner's settings, staff and correction screens, used as a person would."""

import pytest
from PySide6.QtCore import QSettings

from conftest import balance_of, new_customer, press_ok
from desktop.core.kinds import Role
from desktop.services import staff
from desktop.services.settings import load_settings
from desktop.ui.formatting import Formats
from desktop.ui.owner.correction_dialog import CorrectionDialog
from desktop.ui.owner.settings_dialog import SettingsDialog
from desktop.ui.owner.staff_dialog import NewStaffDialog, StaffDialog
from desktop.ui.pc_settings import LOCK_AFTER_MINUTES


def settings_of(db):
    with db.read() as session:
        return load_settings(session)


def test_settings_check_each_field_and_store_only_good_values(qtbot, db, owner, tmp_path):
    counter = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(db, owner, Formats("nl"), counter)
    qtbot.addWidget(dialog)
    dialog.editors["point_value_cents"].setText("abc")
    assert not dialog.save()
    assert "is not an amount" in dialog.errors["point_value_cents"].text()
    dialog.editors["point_value_cents"].setText("0,10")
    dialog.editors["shop_name"].setText("")
    assert not dialog.save()
    assert dialog.errors["shop_name"].text() and settings_of(db).point_value_cents == 5  # nothing written
    dialog.editors["shop_name"].setText("Bakkerij Brood & Zo")
    dialog.editors["points_per_euro"].setValue(2)
    dialog.tiers.item(0, 2).setText("90")  # a multiplier below 100 % is refused
    assert not dialog.save()
    assert "multiplier" in dialog.errors["tier_multipliers"].text()
    assert dialog.tabs.currentIndex() == 2  # the tab with the message comes to the front
    dialog.tiers.item(0, 2).setText("150")
    dialog.tiers.item(1, 1).setText("2.000,00")  # thousands separator and comma: clear to a person
    dialog.lock_minutes.setValue(3)
    with qtbot.waitSignal(dialog.sig_lock_minutes):
        assert dialog.save()
    stored = settings_of(db)
    assert (stored.shop_name, stored.points_per_euro, stored.point_value_cents) == ("Bakkerij Brood & Zo", 2, 10)
    assert stored.tier_thresholds == {"Silver": 25_000, "Gold": 200_000}
    assert stored.tier_multipliers == {"Silver": 150}
    assert LOCK_AFTER_MINUTES.get(counter) == 3.0


def test_dutch_settings_show_the_default_tiers_in_dutch_and_keep_their_stored_names(qtbot, db, owner, tmp_path):
    dialog = SettingsDialog(db, owner, Formats("nl"), QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    assert [dialog.tiers.item(row, 0).text() for row in range(2)] == ["Zilver", "Goud"]
    dialog.tiers.item(1, 0).setText("Koffieclub")  # a name the shop types is stored as typed
    assert dialog.save()
    assert settings_of(db).tier_thresholds == {"Silver": 25_000, "Koffieclub": 100_000}


def test_the_owner_adds_a_staff_member_and_switches_them_off(qtbot, db):
    marieke = staff.actor_for(staff.create_staff(db, None, "Marieke", Role.OWNER, "111111"))
    screen = StaffDialog(db, marieke)
    qtbot.addWidget(screen)
    new = NewStaffDialog(db, marieke, screen)
    qtbot.keyClicks(new.name, "Sven")
    qtbot.keyClicks(new.first, "2222")
    qtbot.keyClicks(new.again, "2223")
    press_ok(new)
    assert "not the same" in new.errors["pin_again"].text() and len(staff.all_staff(db)) == 1
    new.again.setText("2222")
    press_ok(new)
    assert [m.name for m in staff.active_staff(db)] == ["Marieke", "Sven"]
    screen.refresh()
    screen.table.selectRow(1)
    screen.active.click()
    assert [m.name for m in staff.active_staff(db)] == ["Marieke"] and screen.table.item(1, 2).text() == "no"


def test_making_staff_owner_asks_for_an_owners_pin_and_wrong_pins_are_listed(qtbot, db, monkeypatch):
    from desktop.core.errors import ValidationError
    from desktop.ui.owner import staff_dialog

    marieke = staff.actor_for(staff.create_staff(db, None, "Marieke", Role.OWNER, "111111"))
    sven = staff.create_staff(db, marieke, "Sven", Role.STAFF, "2222")
    for _ in range(2):
        with pytest.raises(ValidationError):
            staff.sign_in(db, sven.id, "3333", counter="Kassa 1")
    screen = StaffDialog(db, marieke)
    qtbot.addWidget(screen)
    shown = [screen.failures.item(i).text() for i in range(screen.failures.count())]
    assert len(shown) == 2 and all("Sven" in line and "Kassa 1" in line for line in shown)
    asked = []

    def type_pins(dialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.first.setText("2222")
        dialog.again.setText("2222")
        press_ok(dialog)
        refused = dialog.errors["pin"].text()
        dialog.first.setText("222222")
        dialog.again.setText("222222")
        press_ok(dialog)
        asked.append(refused)
        return dialog.result()

    monkeypatch.setattr(staff_dialog.PinDialog, "exec", type_pins)
    screen.table.selectRow(1)
    screen.role.click()
    assert "Sven" in asked[0] and "6 to 8 digits" in asked[1]
    assert staff.sign_in(db, sven.id, "222222").role == Role.OWNER


def test_a_correction_needs_points_and_a_reason(qtbot, db, owner):
    customer = new_customer(db, owner)
    dialog = CorrectionDialog(db, owner, customer, 50)
    qtbot.addWidget(dialog)
    dialog.points.setValue(25)
    press_ok(dialog)
    assert "Say why" in dialog.errors["reason"].text() and balance_of(db, customer.id) == 50
    qtbot.keyClicks(dialog.reason, "Bon kwijt")
    press_ok(dialog)
    assert balance_of(db, customer.id) == 75 and dialog.result() == CorrectionDialog.DialogCode.Accepted


def test_what_a_counter_books_carries_its_name_which_the_owner_can_set(qtbot, db, tmp_path):
    from PySide6.QtCore import Qt
    from sqlmodel import select

    from desktop.storage.models import LedgerEntry, Purchase
    from desktop.ui.main_window import MainWindow

    marieke = staff.actor_for(staff.create_staff(db, None, "Marieke", Role.OWNER, "111111"))
    counter = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, Formats("nl"), "Test", counter)
    qtbot.addWidget(window)
    window.set_actor(marieke)
    assert window.actor.counter  # the computer's name until the owner names the counter
    settings = window.open_owner_screen("settings", window._settings_screen)
    settings.counter_name.setText("Kassa voor")
    assert settings.save()
    assert window.actor.counter == "Kassa voor" and window.counter.panel.actor.counter == "Kassa voor"
    customer = new_customer(db, window.actor)
    window.counter.open_customer(customer.id)
    qtbot.waitUntil(lambda: window.counter.idle)  # opened and booked on a worker thread
    qtbot.keyClicks(window.counter.panel.amount, "10,00")
    qtbot.keyClick(window.counter.panel.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.counter.idle)
    with db.read() as session:
        assert session.exec(select(Purchase.counter)).one() == "Kassa voor"
        assert set(session.exec(select(LedgerEntry.counter))) == {"Kassa voor"}
