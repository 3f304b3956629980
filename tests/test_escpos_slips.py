"""ESC/POS straight to a thermal printer, checked byte by byte on python-escpos' Dummy
printer: the texts, the barcode the printer draws (GS k, CODE128), the cut (GS V)."""

from __future__ import annotations

import re

import pytest
from escpos.printer import Dummy

from conftest import worked
from desktop.core.kinds import RetentionLevel, Role
from desktop.services import customers, purchases, redemptions, rewards, staff
from desktop.services.shop_profile import update_profile
from reports.escpos_slips import open_printer, print_points_slip, print_voucher

GS_K_CODE128 = b"\x1dk\x49"  # GS k m=73: CODE128, the function B form (length byte follows)
CUT = (b"\x1dV", b"\x1bi", b"\x1bm")


@pytest.fixture
def shop(db):
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111"))
    customer = customers.create_customer(db, owner, customers.CustomerDetails(name="Zoë Ménard"))
    update_profile(db, owner, {"street": "Markt 1", "postcode": "3511 AA", "city": "Utrecht", "address_form": "je"})
    return db, owner, customer


def test_points_slip_bytes(shop):
    db, owner, customer = shop
    booked = purchases.register_purchase(db, owner, customer.card_number, 2_675)
    printer = Dummy()
    with db.read() as session:
        print_points_slip(printer, session, booked.purchase_id, "nl")
    out = printer.output
    assert b"Puntenbon" in out and b"Bedankt voor je bezoek!" in out and b"Markt 1, 3511 AA Utrecht" in out
    code = GS_K_CODE128 + bytes([len(customer.card_number) + 2]) + b"{B" + customer.card_number.encode()
    assert code in out
    assert any(cut in out[-8:] for cut in CUT)  # cut after the slip, nothing after it


def test_a_used_voucher_has_no_barcode(shop):
    db, owner, customer = shop
    rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 10)
    code = redemptions.redeem(db, owner, customer.card_number, "Gratis koffie").code
    fresh, used = Dummy(), Dummy()
    with db.read() as session:
        print_voucher(fresh, session, code, "en")
    redemptions.mark_used(db, owner, code)
    with db.read() as session:
        print_voucher(used, session, code, "en")
    assert GS_K_CODE128 + bytes([len(code) + 2]) + b"{B" + code.encode() in fresh.output
    assert b"Show this voucher" in fresh.output
    assert GS_K_CODE128 not in used.output and b"ALREADY USED" in used.output and b"Show this" not in used.output


def test_printer_targets():
    with pytest.raises(ValueError, match="unknown printer"):
        open_printer("lpt:1")
    network = open_printer("tcp:192.0.2.10:9101")  # made, not connected: it opens on the first write
    assert (network.host, network.port) == ("192.0.2.10", 9101)


def test_the_counter_sends_the_slip_to_the_escpos_printer_without_a_preview(qtbot, shop, monkeypatch):
    from PySide6.QtCore import QSettings

    import reports.escpos_slips
    from desktop.ui.counter.slips import show_points_slip
    from desktop.ui.formatting import Formats
    from desktop.ui.pc_settings import ESCPOS_PRINTER
    from desktop.ui.reports.printing import PdfPreviewDialog

    db, owner, customer = shop
    booked = purchases.register_purchase(db, owner, customer.card_number, 1_250)
    printer, previews = Dummy(), []
    ESCPOS_PRINTER.put(QSettings(), "tcp:192.0.2.10")
    monkeypatch.setattr(reports.escpos_slips, "open_printer", lambda target: printer)
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: previews.append(dialog))
    worked(qtbot, show_points_slip(None, db, Formats("en"), booked.purchase_id))
    assert b"Points slip" in printer.output and b"\x1dV" in printer.output and previews == []


def test_a_negative_figure_reaches_the_printer_as_a_hyphen_not_a_question_mark():
    from reports.escpos_slips import _pair
    from reports.language import Language

    printer = Dummy()
    printer.text(_pair("Saldo", Language("nl").number(-12) + " " + Language("nl").amount(-550)))
    assert b"-12 -" in printer.output and b"?" not in printer.output


def test_long_lines_break_between_words_never_at_the_printer_s_edge(shop):
    """The printer breaks a full line wherever it is full: "…· www" / ".mijnwinkel.nl"."""
    db, owner, customer = shop
    update_profile(db, owner, {"phone": "030 231 4455", "email": "info@mijnwinkel.nl", "website": "www.mijnwinkel.nl"})
    rewards.create_reward(db, owner, "Rondleiding", RetentionLevel.SOCIAL_EMOTIONAL, "event", 0,
                          voucher_text="Op een zaterdagochtend naar keuze, met koffie en iets lekkers erbij.")
    code = redemptions.redeem(db, owner, customer.card_number, "Rondleiding").code
    printer = Dummy()
    with db.read() as session:
        print_voucher(printer, session, code, "nl")
    lines = [re.sub(rb"\x1b..", b"", line).decode("latin-1") for line in printer.output.split(b"\n")]
    assert "www.mijnwinkel.nl" in " ".join(lines).split() and "erbij." in " ".join(lines).split()
    assert max(len(line) for line in lines if "mijnwinkel" in line or "zaterdag" in line or "erbij" in line) <= 42
