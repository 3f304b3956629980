"""Every window fits the screen's available area and keeps its size on this PC."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.ui import pc_settings
from desktop.ui.window_fit import WindowFit


class ShopDialog(QDialog):
    pass


@pytest.fixture
def fitting(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    watcher = WindowFit(settings)
    qapp.installEventFilter(watcher)
    yield watcher
    qapp.removeEventFilter(watcher)


def test_a_window_larger_than_the_screen_is_made_to_fit(qtbot, fitting):
    area = QApplication.primaryScreen().availableGeometry()
    dialog = ShopDialog()
    qtbot.addWidget(dialog)
    dialog.move(area.right() - 50, area.bottom() - 50)
    dialog.resize(area.width() + 600, area.height() + 400)
    dialog.show()
    assert area.contains(dialog.frameGeometry()), (area, dialog.frameGeometry())


def test_a_window_keeps_its_size_on_this_pc(qtbot, fitting):
    first = ShopDialog()
    qtbot.addWidget(first)
    first.show()
    first.resize(420, 333)
    first.close()
    assert pc_settings.window_geometry("ShopDialog").get(fitting.settings)
    again = ShopDialog()
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (420, 333)


def test_message_boxes_are_sized_by_what_they_say_each_time(qtbot, fitting):
    box = QMessageBox(QMessageBox.Icon.Information, "Loyalty", "Saved.")
    qtbot.addWidget(box)
    box.show()
    box.close()
    assert fitting.settings.allKeys() == []


# A 1366x768 screen less a 40 px taskbar, less the title bar a window manager puts on top.
SCREEN_W, SCREEN_H, TITLE_BAR = 1366, 728, 30


def _every_window(db, owner, formats, settings) -> dict:
    from conftest import new_customer
    from desktop.ui.about_dialog import AboutDialog
    from desktop.ui.customer_dialog import CustomerDialog
    from desktop.ui.dashboard.dashboard import Dashboard
    from desktop.ui.main_window import MainWindow
    from desktop.ui.merge_dialog import MergeDialog
    from desktop.ui.owner.correction_dialog import CorrectionDialog
    from desktop.ui.owner.database_dialog import DatabaseDialog
    from desktop.ui.owner.settings_dialog import SettingsDialog
    from desktop.ui.owner.staff_dialog import NewStaffDialog, StaffDialog
    from desktop.ui.programme.retention_view import RetentionView
    from desktop.ui.programme.reward_editor import RewardEditor
    from desktop.ui.reports.reports_screen import ReportsScreen
    from desktop.ui.setup_dialog import SetupDialog
    from desktop.ui.sign_in_dialog import SignInDialog
    from desktop.ui.startup import Person

    customer = new_customer(db, owner)
    return {
        "main window": MainWindow(db, formats, "Shop", settings), "dashboard": Dashboard(db, owner, formats),
        "rewards": RewardEditor(db, owner, formats), "retention": RetentionView(db, owner, formats),
        "reports": ReportsScreen(db, formats), "settings": SettingsDialog(db, owner, formats, settings),
        "staff": StaffDialog(db, owner), "new staff member": NewStaffDialog(db, owner),
        "database": DatabaseDialog(settings, db.url), "about": AboutDialog(db.url), "set-up": SetupDialog(db),
        "sign-in": SignInDialog([Person(1, "Marieke Jansen", "owner")], "Shop", lambda *_: None),
        "customer": CustomerDialog(db, owner, formats), "merge": MergeDialog(db, owner),
        "correction": CorrectionDialog(db, owner, customer, 0),
    }


@pytest.fixture(params=["en", "nl"])
def language(request, qapp):
    """Each language the app speaks, with its translations installed for the test."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from desktop.assets import asset

    translators = []
    if request.param == "nl":
        for name, folder in (("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                             ("loyalty_nl", str(asset("i18n")))):
            translator = QTranslator()
            assert translator.load(name, folder)
            qapp.installTranslator(translator)
            translators.append(translator)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_window_and_dialog_fits_a_low_screen_with_every_message_shown(qtbot, db, owner, tmp_path, language):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.formatting import Formats
    from desktop.ui.reports.reports_screen import DOCUMENTS

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    windows = _every_window(db, owner, Formats(language), settings)
    for window in windows.values():
        qtbot.addWidget(window)
        window.show()  # a hidden window's size hints do not follow its rows shown and hidden
        buttons = window.findChild(QDialogButtonBox)
        save = buttons and (buttons.button(QDialogButtonBox.StandardButton.Save)
                            or buttons.button(QDialogButtonBox.StandardButton.Ok))
        if save is not None and save.isEnabled() and not isinstance(window, type(windows["database"])):
            save.click()  # every message a form can show at once (the empty form's)
    customer = windows["customer"]
    for key, edit in customer.edits.items():
        edit.setText("x" if key == "name" else "@@ wrong @@")  # a message under every field
    customer.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert sum(not error.isHidden() for error in customer.errors.values()) >= 4
    too_big = {}
    reports = windows["reports"]
    for name, window in windows.items():
        for document in ([d.key for d in DOCUMENTS] if window is reports else [None]):
            if document:
                reports.choose(document)  # each document's own fields
            QApplication.processEvents()
            needed = window.minimumSizeHint().expandedTo(window.minimumSize())
            if needed.width() > SCREEN_W or needed.height() > SCREEN_H - TITLE_BAR:
                too_big[f"{name} {document or ''}"] = (needed.width(), needed.height())
    assert not too_big, too_big


def test_the_fitting_watches_every_kind_of_window_but_no_menu(qtbot, fitting):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu, QWidget

    area = QApplication.primaryScreen().availableGeometry()
    screen = QWidget(None, Qt.WindowType.Window)  # a window that is neither a dialog nor a main window
    qtbot.addWidget(screen)
    screen.resize(area.width() + 300, area.height() + 300)
    screen.show()
    assert area.contains(screen.frameGeometry()), (area, screen.frameGeometry())
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.addAction("Quit")
    menu.popup(area.topLeft())
    menu.close()
    assert not any("QMenu" in key for key in fitting.settings.allKeys())


def test_no_text_is_cut_where_it_was_seen_cut(qtbot, db, owner, tmp_path, language):
    """The staff table's headers ("Kan aanmelden") and the hints of the password and receipt
    printer fields are shown whole."""
    from desktop.ui.formatting import Formats
    from desktop.ui.owner.database_dialog import DatabaseDialog
    from desktop.ui.owner.settings_dialog import SettingsDialog
    from desktop.ui.owner.staff_dialog import StaffDialog

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    staff = StaffDialog(db, owner)
    qtbot.addWidget(staff)
    staff.show()
    header = staff.table.horizontalHeader()
    for column in range(staff.table.columnCount()):
        text = staff.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
    database = DatabaseDialog(settings, db.url)
    counter = SettingsDialog(db, owner, Formats(language), settings)
    for dialog, edit in ((database, database.password), (counter, counter.escpos)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText()), edit.placeholderText()


def test_every_menu_gives_each_item_its_own_key(qtbot, db, owner, tmp_path, language):
    from desktop.ui.formatting import Formats
    from desktop.ui.main_window import MainWindow

    window = MainWindow(db, Formats(language), "Shop", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_actor(owner)
    for menu_action in window.menuBar().actions():
        keys = [action.text().split("&", 1)[1][0].lower() for action in menu_action.menu().actions()
                if action.isVisible() and "&" in action.text()]
        assert len(keys) == len(set(keys)), (menu_action.text(), keys)


def test_a_scrolling_form_asks_for_all_of_its_height(qtbot, db, owner):
    from PySide6.QtWidgets import QScrollArea

    from desktop.ui.customer_dialog import CustomerDialog
    from desktop.ui.formatting import Formats

    dialog = CustomerDialog(db, owner, Formats("en"))
    qtbot.addWidget(dialog)
    form = dialog.findChild(QScrollArea)
    assert form.sizeHint().height() >= form.widget().sizeHint().height()  # scrolls only on a screen too low
