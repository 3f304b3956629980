from PySide6.QtCore import QSettings

from conftest import balance_of, new_customer
from desktop.core.kinds import Role
from desktop.services import staff
from desktop.ui.formatting import Formats
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog


def window_for(qtbot, db, tmp_path, role: Role) -> MainWindow:
    member = staff.create_staff(db, None, "Eigenaar", Role.OWNER, "1111")
    if role == Role.STAFF:
        member = staff.create_staff(db, staff.actor_for(member), "Sven", Role.STAFF, "2222")
    window = MainWindow(db, Formats("en"), "Test", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.sign_in = lambda: True
    window.actor = staff.actor_for(member)
    for action in window.owner_actions:
        action.setVisible(window.actor.role == Role.OWNER)
    window.counter.set_actor(window.actor)
    return window


def test_staff_cannot_reach_owner_screens(qtbot, db, tmp_path, owner):
    window = window_for(qtbot, db, tmp_path, Role.STAFF)
    assert window.owner_actions and not any(a.isVisible() for a in window.owner_actions)
    one, two = new_customer(db, owner, "Een"), new_customer(db, owner, "Twee")
    window.merge_customers()  # even when triggered, nothing opens or changes
    assert balance_of(db, one.id) == 50 and balance_of(db, two.id) == 50


def test_the_owner_merges_duplicates(qtbot, db, tmp_path, owner):
    window = window_for(qtbot, db, tmp_path, Role.OWNER)
    assert all(a.isVisible() for a in window.owner_actions)
    one, two = new_customer(db, owner, "Een"), new_customer(db, owner, "Twee")
    dialog = MergeDialog(db, window.actor, one.card_number)
    qtbot.addWidget(dialog)
    dialog.duplicate.setText(one.card_number)
    dialog._merge()
    assert "different" in dialog.duplicate_error.text()
    dialog.duplicate.setText(two.card_number)
    dialog._merge()
    assert dialog.kept_id == one.id and balance_of(db, one.id) == 100


def test_the_app_locks_after_idle_time_and_asks_who_is_there(qtbot, db, tmp_path):
    window = window_for(qtbot, db, tmp_path, Role.STAFF)
    window.show()
    asked = []
    window.sign_in = lambda: asked.append("sign in") or True
    window.idle.set_minutes(0.002)
    qtbot.waitUntil(lambda: asked == ["sign in"], timeout=3000)
    assert window.centralWidget().isEnabled()
