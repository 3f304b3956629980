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
