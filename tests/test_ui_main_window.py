from datetime import UTC

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from conftest import balance_of, new_customer, press_ok
from desktop.core.kinds import Role
from desktop.services import staff
from desktop.ui.formatting import Formats
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog


def window_for(qtbot, db, tmp_path, role: Role) -> MainWindow:
    member = staff.create_staff(db, None, "Eigenaar", Role.OWNER, "111111")
    if role == Role.STAFF:
        member = staff.create_staff(db, staff.actor_for(member), "Sven", Role.STAFF, "2222")
    window = MainWindow(db, Formats("en"), "Test", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.sign_in = lambda: True
    window.set_actor(staff.actor_for(member))
    return window


def test_staff_cannot_reach_owner_screens(qtbot, db, tmp_path, owner):
    window = window_for(qtbot, db, tmp_path, Role.STAFF)
    assert window.owner_actions and not any(a.isVisible() for a in window.owner_actions)
    one, two = new_customer(db, owner, "Een"), new_customer(db, owner, "Twee")
    window.merge_customers()  # even when triggered, nothing opens or changes
    assert balance_of(db, one.id) == 50 and balance_of(db, two.id) == 50


def test_owner_screens_open_once_for_the_owner_and_close_when_the_app_locks(qtbot, db, tmp_path):
    window = window_for(qtbot, db, tmp_path, Role.OWNER)
    built = []
    action = window.add_owner_screen("Screen", None, "screen", lambda: built.append(QWidget()) or built[-1])
    window.set_actor(window.actor)
    assert action.isVisible() and window.programme_menu.menuAction().isVisible()
    action.trigger()
    action.trigger()
    assert len(built) == 1 and built[0].isVisible()
    window.show()
    window.lock()  # sign_in is stubbed: the owner signs in again, yet the screen was closed
    assert not window._owner_screens


def test_staff_cannot_open_an_owner_screen_even_when_triggered(qtbot, db, tmp_path):
    window = window_for(qtbot, db, tmp_path, Role.STAFF)
    built = []
    action = window.add_owner_screen("Screen", None, "screen", lambda: built.append(QWidget()) or built[-1])
    window.set_actor(window.actor)
    assert not action.isVisible() and not window.programme_menu.menuAction().isVisible()
    action.trigger()
    assert built == []


def test_the_owner_merges_duplicates(qtbot, db, tmp_path, owner):
    window = window_for(qtbot, db, tmp_path, Role.OWNER)
    assert all(a.isVisible() for a in window.owner_actions)
    one, two = new_customer(db, owner, "Een"), new_customer(db, owner, "Twee")
    dialog = MergeDialog(db, window.actor, one.card_number)
    qtbot.addWidget(dialog)
    dialog.duplicate.setText(one.card_number)
    press_ok(dialog)
    assert "different" in dialog.errors["merge"].text()
    dialog.duplicate.setText(two.card_number)
    press_ok(dialog)
    assert dialog.kept_id == one.id and balance_of(db, one.id) == 50  # one welcome bonus for one person


def test_the_app_locks_after_idle_time_and_asks_who_is_there(qtbot, db, tmp_path):
    window = window_for(qtbot, db, tmp_path, Role.STAFF)
    window.show()
    asked = []
    window.sign_in = lambda: asked.append("sign in") or True
    window.idle.set_minutes(0.002)
    qtbot.waitUntil(lambda: asked == ["sign in"], timeout=3000)
    assert window.centralWidget().isEnabled()


def test_points_past_their_date_are_booked_once_a_day_in_the_background(qtbot, db, tmp_path, owner):
    from datetime import datetime, timedelta

    from sqlmodel import select

    from desktop.core.kinds import EntryKind
    from desktop.services import customers
    from desktop.storage.models import LedgerEntry

    long_ago = datetime.now(UTC) - timedelta(days=3 * 365)  # the welcome bonus expired a year ago
    old = customers.create_customer(db, owner, customers.CustomerDetails(name="Oud"), at=long_ago)
    window = window_for(qtbot, db, tmp_path, Role.STAFF)
    with qtbot.waitSignal(window.expiry.sig_finished, timeout=30_000):
        assert window.expire_due_points()
    with db.read() as session:
        expired = session.exec(select(LedgerEntry).where(LedgerEntry.kind == EntryKind.EXPIRE)).all()
    assert [(e.customer_id, e.points) for e in expired] == [(old.id, -50)] and balance_of(db, old.id) == 0
    assert not window.expire_due_points()  # once a day


def test_a_failed_expiry_run_is_tried_again_at_the_next_start(qtbot, db, tmp_path, monkeypatch):
    from desktop.services import expiry

    window = window_for(qtbot, db, tmp_path, Role.STAFF)
    monkeypatch.setattr(expiry, "expire_points", lambda *a, **k: 1 / 0)
    with qtbot.waitSignal(window.expiry.sig_finished, timeout=30_000):
        assert window.expire_due_points()
    window.settings.sync()
    assert window.expire_due_points()  # the failed day was not written off


def test_ctrl_d_brings_the_dashboard_to_the_front_and_esc_or_ctrl_w_close_it(qtbot, db, tmp_path):
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.core.kinds import Role
    from desktop.services import staff
    from desktop.ui.formatting import Formats
    from desktop.ui.main_window import MainWindow

    marieke = staff.actor_for(staff.create_staff(db, None, "Marieke", Role.OWNER, "111111"))
    window = MainWindow(db, Formats("en"), "Shop", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_actor(marieke)
    window.show()
    dashboard_action = next(a for a in window.programme_menu.actions() if a.text() == "&Dashboard…")
    assert dashboard_action.shortcut().toString() == "Ctrl+D"
    dashboard_action.trigger()
    qtbot.waitUntil(lambda: type(QApplication.activeWindow()).__name__ == "Dashboard")
    dashboard = QApplication.activeWindow()
    dashboard.showMinimized()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dashboard_action.trigger()  # behind the main window or minimised: to the front, with the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dashboard)
    assert not dashboard.isMinimized()
    qtbot.keyClick(dashboard, Qt.Key.Key_Escape)
    assert not dashboard.isVisible()
    dashboard_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dashboard)
    qtbot.keyClick(dashboard, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not dashboard.isVisible()
