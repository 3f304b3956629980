"""One version (pyproject.toml) everywhere, the About box, the app icon and the one resource finder."""

import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop import assets
from desktop.storage.paths import shown_database
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.app import app_icon
from desktop.version import app_version

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_the_version_is_the_one_in_pyproject():
    assert app_version() == PYPROJECT_VERSION


def test_loyalty_version_prints_it_and_exits_0(capsys):
    from desktop.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"loyalty {PYPROJECT_VERSION}"


def test_a_database_is_shown_without_its_password(tmp_path):
    assert shown_database("postgresql+psycopg://kassa:geheim@server/shop") == "postgresql+psycopg://kassa:***@server/shop"
    assert shown_database(f"sqlite:///{tmp_path}/shop.db") == f"{tmp_path}/shop.db"


def test_the_about_box_shows_version_database_folder_and_log(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LOYALTY_DATA_DIR", str(tmp_path / "data"))
    QApplication.setWindowIcon(app_icon())
    dialog = AboutDialog("postgresql+psycopg://kassa:geheim@server/shop")
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in (dialog.database, dialog.folder, dialog.log))
    assert "geheim" not in shown and "kassa:***@server/shop" in shown
    assert str(tmp_path / "data") == dialog.folder.text()
    assert dialog.log.text() == str(tmp_path / "data" / "loyalty.log")
    assert PYPROJECT_VERSION in dialog.title.text()


def test_help_about_is_in_the_main_window(qtbot, db, tmp_path, monkeypatch):
    from test_ui_main_window import window_for

    from desktop.core.kinds import Role

    window = window_for(qtbot, db, tmp_path, Role.STAFF)  # everyone may read About
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self.database.text()))
    window.menuBar().actions()[-1].menu().actions()[0].trigger()
    assert opened == [shown_database(db.url)]


def test_the_icon_has_every_size_drawn_from_the_svg():
    icon = app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == [16, 24, 32, 48, 64, 128, 256]
    for size in (16, 256, 512):
        image = QImage(str(assets.asset(f"icons/loyalty-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(size // 2, size // 2).alpha() == 255
    ico = assets.asset("icons/loyalty.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 7


def test_resources_are_found_in_a_checkout_and_in_a_package(tmp_path, monkeypatch):
    assert assets.resources_dir.__wrapped__() == ROOT / "resources"  # this checkout
    package = tmp_path / "site-packages" / "desktop"
    (package / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(assets, "_PACKAGE", package)  # a wheel install or a PyInstaller bundle
    assert assets.resources_dir.__wrapped__() == package / "resources"
