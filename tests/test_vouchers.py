"""The A6 voucher: the page's size, a barcode a scanner reads, embedded fonts and the logo;
a used voucher says it is used and nothing that invites using it."""

import io
from datetime import date, datetime

import pdfplumber
import pytest
from pdfread import Pdf, read_code128
from reportlab.lib.units import mm

from conftest import tiny_png
from desktop.core.kinds import RetentionLevel, Role
from desktop.services import customers, redemptions, rewards, staff
from desktop.services.shop_profile import update_profile
from reports import voucher_a6
from reports.slips import voucher_pdf


@pytest.fixture
def voucher(db):
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111"))
    update_profile(db, owner, {"street": "Oudegracht 112", "postcode": "3511 AX", "city": "Utrecht",
                               "phone": "030 231 4455", "logo_png": tiny_png(300, 100)})
    zoe = customers.create_customer(db, owner, customers.CustomerDetails(name="Zoë Ménard"), joined_on=date(2026, 1, 5))
    rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 0, valid_days=30,
                          voucher_text="Eén kop koffie naar keuze.")
    redemption = redemptions.redeem(db, owner, zoe.card_number, "Gratis koffie",
                                    at=datetime(2026, 11, 20, 12).astimezone())
    return db, owner, redemption, zoe


def test_the_a6_voucher_is_a6_with_a_barcode_the_scanner_reads(qapp, voucher):
    db, _, redemption, zoe = voucher
    with db.read() as session:
        made = voucher_pdf(session, redemption.code, "nl", "a6")
    pdf = Pdf(made)
    assert pdf.pages == 1 and [round(v, 1) for v in pdf.size_mm()] == [105.0, 148.0]
    middle = voucher_a6.BAR_BOTTOM + voucher_a6.LOWEST_BAR / 2
    assert read_code128(pdf, 0, 8 * mm, 97 * mm, middle) == redemption.code
    text = pdf.all_text()
    assert "Gratis koffie" in text and "Voor Zoë Ménard" in text and f"Pas {zoe.card_number}" in text
    assert f"Geldig t/m {redemption.valid_until:%d-%m-%Y}" in text and "Laat deze bon zien aan de kassa." in text
    with pdfplumber.open(io.BytesIO(made)) as document:
        assert {char["fontname"].split("+")[-1] for char in document.chars} <= {"DejaVuSans", "DejaVuSans-Bold"}
        assert len(document.pages[0].images) == 1  # the logo
        assert document.metadata["Author"] == "Mijn Winkel" and redemption.code in document.metadata["Subject"]


@pytest.mark.parametrize("language, used_word, invitations", [
    ("en", "ALREADY USED", ("Show this voucher", "Valid until")),
    ("nl", "AL GEBRUIKT", ("Laat deze bon zien", "Geldig t/m"))])
def test_a_used_a6_voucher_says_used_and_nothing_inviting_use(qapp, voucher, language, used_word, invitations):
    db, owner, redemption, _ = voucher
    redemptions.mark_used(db, owner, redemption.code)
    with db.read() as session:
        made = voucher_pdf(session, redemption.code, language, "a6")
    text = Pdf(made).all_text()
    assert used_word in text and redemption.code in text  # the code stays, small, for reference
    assert not any(invitation in text for invitation in invitations)
    with pdfplumber.open(io.BytesIO(made)) as document:
        assert document.pages[0].rects == []  # no barcode to scan
