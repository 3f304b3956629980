"""Every form shows every mistake at once, each beside its own field, and nothing is stored
until all are right; a greyed button says why it is greyed."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from conftest import balance_of, new_customer
from desktop.core.kinds import Role
from desktop.services import staff
from desktop.services.settings import load_settings
from desktop.ui.customer_dialog import CustomerDialog
from desktop.ui.formatting import Formats
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.owner.correction_dialog import CorrectionDialog
from desktop.ui.owner.database_dialog import DatabaseDialog
from desktop.ui.owner.settings_dialog import SettingsDialog
from desktop.ui.owner.staff_dialog import NewStaffDialog, StaffDialog


def press(dialog, which=QDialogButtonBox.StandardButton.Save) -> None:
    dialog.findChild(QDialogButtonBox).button(which).click()


def shown(errors) -> dict[str, str]:
    return {key: error.text() for key, error in errors.items() if not error.isHidden() and error.text()}


def test_settings_show_every_mistake_on_every_tab_at_once(qtbot, db, owner, tmp_path):
    dialog = SettingsDialog(db, owner, Formats("en"), QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.editors["shop_name"].setText(" ")
    dialog.editors["point_value_cents"].setText("abc")
    dialog.editors["max_purchase_cents"].setText("0.50")  # an amount, but below the lowest largest purchase
    dialog.tiers.item(0, 2).setText("90")
    dialog.shop_tab.texts["postcode"].setText("!!")
    dialog.shop_tab.texts["kvk"].setText("123")
    assert not dialog.save()
    messages = shown(dialog.errors)
    assert set(messages) == {"shop_name", "point_value_cents", "max_purchase_cents", "tier_thresholds",
                             "tier_multipliers"}, messages  # the tiers table holds both
    assert "multiplier" in messages["tier_thresholds"] and "is not an amount" in messages["point_value_cents"]
    assert set(shown(dialog.shop_tab.errors)) == {"postcode", "kvk"}
    assert dialog.tabs.currentIndex() == 0  # the first tab with a message comes to the front
    assert not dialog.status.isHidden()
    assert all(tab in dialog.status.text() for tab in ("Points", "Tiers", "Shop on paper")), dialog.status.text()
    assert load_settings_of(db).shop_name == "Mijn Winkel"  # nothing stored while anything is wrong


def load_settings_of(db):
    with db.read() as session:
        return load_settings(session)


def test_settings_put_right_clear_their_messages_and_save(qtbot, db, owner, tmp_path):
    dialog = SettingsDialog(db, owner, Formats("en"), QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.editors["shop_name"].setText("")
    dialog.shop_tab.texts["kvk"].setText("123")
    assert not dialog.save()
    dialog.editors["shop_name"].setText("Bakkerij")
    dialog.shop_tab.texts["kvk"].setText("12345678")
    assert dialog.save()
    assert not shown(dialog.errors) and not shown(dialog.shop_tab.errors) and not dialog.status.text()
    assert load_settings_of(db).shop_name == "Bakkerij"


def test_a_new_staff_member_hears_of_name_pin_and_repeat_at_once(qtbot, db):
    marieke = staff.actor_for(staff.create_staff(db, None, "Marieke", Role.OWNER, "111111"))
    screen = StaffDialog(db, marieke)
    qtbot.addWidget(screen)
    new = NewStaffDialog(db, marieke, screen)
    new.role.setCurrentIndex(new.role.findData(Role.OWNER))
    qtbot.keyClicks(new.first, "2222")  # long enough for staff, too short for an owner
    qtbot.keyClicks(new.again, "2223")
    press(new)
    assert set(shown(new.errors)) == {"name", "pin", "pin_again"}
    assert "owner" in new.errors["pin"].text() and len(staff.all_staff(db)) == 1


def test_a_correction_hears_of_points_and_reason_at_once(qtbot, db, owner):
    customer = new_customer(db, owner)
    dialog = CorrectionDialog(db, owner, customer, 50)
    qtbot.addWidget(dialog)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert set(shown(dialog.errors)) == {"points", "reason"} and balance_of(db, customer.id) == 50


def test_merging_hears_of_both_card_numbers_at_once(qtbot, db, owner):
    dialog = MergeDialog(db, owner, "12")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.duplicate.setText("abc")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert set(shown(dialog.errors)) == {"keep", "merge"}
    layout = dialog.layout()  # the window grew to show them, not squeezed them
    assert dialog.height() >= max(dialog.sizeHint().height(), layout.totalHeightForWidth(dialog.width()))


def test_a_server_hears_of_every_empty_field_at_once(qtbot, tmp_path):
    dialog = DatabaseDialog(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                            f"sqlite:///{tmp_path / 'shop.db'}")
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    for edit in (dialog.host, dialog.database, dialog.user):
        edit.clear()
    press(dialog)
    assert set(shown(dialog.errors)) == {"host", "database", "user"} and dialog.chosen is None


def test_a_greyed_save_says_why(qtbot, db, owner):
    dialog = CustomerDialog(db, owner, Formats("en"))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "name" in save.toolTip()
    assert dialog.save_reason.isVisibleTo(dialog) and dialog.save_reason.text() == save.toolTip()
    qtbot.keyClicks(dialog.edits["name"], "Sanne")
    assert save.isEnabled() and not save.toolTip() and not dialog.save_reason.isVisibleTo(dialog)
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Delete)
    assert not save.isEnabled() and dialog.save_reason.isVisibleTo(dialog)


def test_a_greyed_retire_says_to_choose_a_reward_first(qtbot, db, owner):
    from desktop.services import rewards
    from desktop.ui.programme.reward_editor import RewardEditor

    rewards.seed_example_catalogue(db, owner)
    editor = RewardEditor(db, owner, Formats("en"))
    qtbot.addWidget(editor)
    assert not editor.retire_button.isEnabled() and "Choose a reward" in editor.retire_button.toolTip()
    editor.table.selectRow(0)
    assert editor.retire_button.isEnabled() and "Stop offering" in editor.retire_button.toolTip()
