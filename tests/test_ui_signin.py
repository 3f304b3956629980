from PySide6.QtCore import Qt

from desktop.core.kinds import Role
from desktop.core.lockout import PinLockout
from desktop.services import staff
from desktop.services.settings import load_settings
from desktop.ui.idle import IdleWatcher
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.sign_in_dialog import SignInDialog


def test_first_start_asks_for_shop_owner_and_pin(qtbot, db):
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.shop, "Bakkerij Brood & Zo")
    qtbot.keyClicks(dialog.owner, "Marieke")
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.pin_again, "1243")
    dialog._save()
    assert "not the same" in dialog.errors["pin_again"].text() and staff.active_staff(db) == []
    dialog.pin_again.setText("1234")
    dialog._save()
    assert [(m.name, m.role) for m in staff.active_staff(db)] == [("Marieke", Role.OWNER)]
    with db.read() as session:
        assert load_settings(session).shop_name == "Bakkerij Brood & Zo"


def test_signing_in_with_name_and_pin(qtbot, db):
    staff.create_staff(db, None, "Marieke", Role.OWNER, "1111")
    dialog = SignInDialog(db, PinLockout(), "Test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "Wrong PIN" in dialog.pin_error.text() and dialog.actor is None
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role == Role.OWNER


def test_the_app_locks_itself_after_idle_time(qtbot):
    watcher = IdleWatcher(minutes=0.002)  # 120 ms
    with qtbot.waitSignal(watcher.sig_idle, timeout=2000):
        pass


def test_first_start_can_fill_the_shop_with_demo_data_off_the_ui_thread(qtbot, db, monkeypatch):
    from desktop.ui import setup_dialog

    monkeypatch.setattr(setup_dialog, "DEMO_CUSTOMERS", 40)
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.shop.setText("Demo")
    dialog.owner.setText("Eigenaar")
    dialog.pin.setText("4321")
    dialog.pin_again.setText("4321")
    dialog.demo.setChecked(True)
    dialog._save()
    from sqlmodel import func, select
    from desktop.storage.models import Customer
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Customer)).one() == 40
    assert [m.name for m in staff.active_staff(db)] == ["Eigenaar"]  # no demo owner with a known PIN
