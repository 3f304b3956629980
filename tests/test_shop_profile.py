"""The shop's profile for paper: stored beside the settings, every mistake found at once, the
logo checked (PNG, size) and scaled (SVG drawn to PNG), and its own tab in Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from sqlmodel import select

from conftest import tiny_png
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.shop_profile import ShopProfile, logo_problem, png_size
from desktop.services.shop_profile import load_profile, update_profile
from desktop.storage.models import AuditLog


def test_every_wrong_value_is_named_at_once():
    profile = ShopProfile(postcode="12", phone="call me", email="info.shop.nl", website="not a site",
                          kvk="1234", address_form="jij", envelope_window="C", logo_png=b"GIF89a")
    assert {p.field for p in profile.problems()} == {"postcode", "phone", "email", "website", "kvk", "address_form",
                                                     "envelope_window", "logo_png"}
    good = ShopProfile(street="Markt 1", postcode="1234 AB", city="Utrecht", phone="030 123 4567",
                       email="info@winkel.nl", website="www.winkel.nl", kvk="12345678", address_form="je")
    assert good.problems() == [] and good.address_lines == ["Markt 1", "1234 AB Utrecht"] and good.informal


def test_the_logo_is_checked_for_size():
    assert png_size(tiny_png(300, 100)) == (300, 100)
    assert logo_problem(tiny_png(300, 100)) is None
    small = logo_problem(tiny_png(40, 40))
    assert small is not None and small.params == {"width": 40, "height": 40, "least": 64}


def test_stored_and_read_back_audited_and_owner_only(db, owner, clerk):
    logo = tiny_png(200, 80)
    update_profile(db, owner, {"street": "Markt 1", "city": "Utrecht", "logo_png": logo, "address_form": "je"})
    with db.read() as session:
        profile = load_profile(session)
        audit = session.exec(select(AuditLog).where(AuditLog.action == "shop_profile.update")).one()
    assert (profile.street, profile.city, profile.logo_png, profile.address_form) == ("Markt 1", "Utrecht", logo, "je")
    assert "bytes" in audit.after and "\\x89" not in audit.after  # the logo's size, not its bytes
    with pytest.raises(ValidationError) as wrong:
        update_profile(db, owner, {"kvk": "12", "city": "Amersfoort"})
    assert wrong.value.field == "kvk"
    with db.read() as session:
        assert load_profile(session).city == "Utrecht"  # nothing stored
    with pytest.raises(PermissionDenied):
        update_profile(db, clerk, {"city": "Zeist"})


def test_the_settings_tab_shows_every_mistake_and_saves(qtbot, db, owner, tmp_path):
    from desktop.ui.formatting import Formats
    from desktop.ui.owner.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db, owner, Formats("en"), QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.shop_tab
    tab.texts["email"].setText("info.winkel.nl")
    tab.texts["kvk"].setText("12ab")
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is tab
    assert tab.errors["email"].isVisible() and tab.errors["kvk"].isVisible() and "8 digits" in tab.errors["kvk"].text()
    tab.texts["email"].setText("info@winkel.nl")
    tab.texts["kvk"].setText("12345678")
    tab.address_form.setCurrentIndex(tab.address_form.findData("je"))
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
                   '<rect width="300" height="100" fill="#1c5d99"/></svg>')
    tab.load_logo(svg)
    assert png_size(tab.logo) == (1200, 400)  # drawn to a PNG, scaled to the stored size
    big = QImage(3000, 1500, QImage.Format.Format_RGB32)
    big.fill(QColor("red"))
    big.save(str(tmp_path / "big.png"))
    tab.load_logo(tmp_path / "big.png")
    assert png_size(tab.logo) == (1200, 600)
    (tmp_path / "broken.png").write_bytes(b"not a picture")
    tab.load_logo(tmp_path / "broken.png")
    assert tab.errors["logo_png"].isVisible() and png_size(tab.logo) == (1200, 600)
    assert dialog.save()
    with db.read() as session:
        saved = load_profile(session)
    assert (saved.email, saved.kvk, saved.address_form, png_size(saved.logo_png)) == (
        "info@winkel.nl", "12345678", "je", (1200, 600))
