"""Every word of every document, in English and Dutch, lies within its page's margins and
touches no other word, in a font the file embeds: a table's natural widths can no longer push
a column off the paper or print one text over another (the Dutch end-of-day summary did both)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pdfplumber
import pytest
from pdfread import Pdf

from conftest import tiny_png
from desktop.core.kinds import RetentionLevel, Role
from desktop.services import customers, purchases, redemptions, rewards, staff, till_totals
from desktop.services.shop_profile import update_profile
from reports.call_list import call_list_pdf
from reports.cards import cards_pdf
from reports.letters import labels_pdf, letters_pdf
from reports.liability import liability_pdf
from reports.lists import birthdays_pdf, day_pdf
from reports.monthly import monthly_pdf
from reports.slips import points_slip_pdf, voucher_pdf
from reports.staff_patterns import staff_patterns_pdf
from reports.statement import statement_pdf

MM = 72 / 25.4
TODAY = date(2026, 11, 22)
# Each document's margin (mm) that no word may cross. A4 lists: the frame's 18 mm at the
# sides, the header and footer from 8 mm; receipts their 4 mm; A6 8 mm; the sheets of cards
# and labels 3 mm (their own layout puts text inside each card or label).
SIDES = {"a4": (18, 8), "receipt": (4, 3), "a6": (8, 8), "sheet": (3, 3)}


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture
def documents(db):
    """Every document of a small shop whose texts run long (long names, a counter PC's name)."""
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen-van der Heijden", Role.OWNER, "111111"))
    clerk = staff.actor_for(staff.create_staff(db, owner, "Fatima El Amrani", Role.STAFF, "2222"))
    update_profile(db, owner, {"street": "Oudegracht 112", "postcode": "3511 AX", "city": "Utrecht",
                               "phone": "030 231 4455", "email": "info@mijnwinkel.nl", "website": "www.mijnwinkel.nl",
                               "logo_png": tiny_png(300, 100)})
    people = [customers.create_customer(
        db, owner, customers.CustomerDetails(name=name, street="Burgemeester van Roijensingel 128", postcode="8011 BD",
                                             city="Zwolle", birthday=date(1980, 11, 28), marketing_consent=True),
        joined_on=date(2025, 1, 10), at=at(date(2025, 1, 10)))
        for name in ("Anne-Marie van den Heuvel-Oosterhout", "Jan de Vries", "Zoë Ménard")]
    offer_id = rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 40,
                                     voucher_text="Eén kop koffie naar keuze, bij elke besteding.").id
    first = purchases.register_purchase(db, clerk, people[0].card_number, 12_345, at=at(date(2026, 6, 1)))
    code = redemptions.redeem(db, clerk, people[0].card_number, "Gratis koffie", at=at(date(2026, 6, 1))).code
    rewards.create_reward(db, owner, "Rondleiding door de branderij met een proeverij van drie koffies",
                          RetentionLevel.SOCIAL_EMOTIONAL, "event", 0, voucher_text="Op een zaterdagochtend naar "
                          "keuze, met koffie en iets lekkers erbij; neem gerust iemand mee die van koffie houdt.")
    long_code = redemptions.redeem(db, clerk, people[0].card_number, "Rondleiding door de branderij met een proeverij "
                                   "van drie koffies", at=at(date(2026, 6, 1))).code
    purchases.refund_purchase(db, clerk, first.purchase_id, "returned", amount_cents=1_000, at=at(date(2026, 6, 1)))
    # The monthly report's members' share: June a month total, the June before only some days.
    till_totals.enter_till_total(db, owner, date(2026, 6, 1), 1_234_567, whole_month=True)
    for number in range(1, 13):
        till_totals.enter_till_total(db, owner, date(2025, 6, number), 98_765)
    day = date(2026, 6, 1)
    made = {}
    with db.read() as session:
        for lang in ("en", "nl"):
            made[f"voucher 80 mm {lang}"] = ("receipt", voucher_pdf(session, code, lang, "80mm"))
            made[f"voucher A6 {lang}"] = ("a6", voucher_pdf(session, code, lang, "a6"))
            made[f"voucher A6 long {lang}"] = ("a6", voucher_pdf(session, long_code, lang, "a6"))
            made[f"points slip {lang}"] = ("receipt", points_slip_pdf(session, first.purchase_id, lang, today=TODAY))
            made[f"day A4 {lang}"] = ("a4", day_pdf(session, day, lang, "a4"))
            made[f"day 80 mm {lang}"] = ("receipt", day_pdf(session, day, lang, "80mm"))
            made[f"empty day A4 {lang}"] = ("a4", day_pdf(session, day + timedelta(days=1), lang, "a4"))
            made[f"statement {lang}"] = ("a4", statement_pdf(session, people[0].card_number, date(2026, 1, 1), TODAY,
                                                             lang, today=TODAY))
            made[f"birthdays {lang}"] = ("a4", birthdays_pdf(session, TODAY, TODAY + timedelta(days=30), lang))
            made[f"letters {lang}"] = ("a4", letters_pdf(session, lang, today=TODAY))
            made[f"labels {lang}"] = ("sheet", labels_pdf(session, lang, today=TODAY))
            made[f"cards {lang}"] = ("sheet", cards_pdf(session, lang, back=True))
            made[f"cards on card stock {lang}"] = ("sheet", cards_pdf(session, lang, sheet="card-stock", back=True))
            made[f"liability {lang}"] = ("a4", liability_pdf(session, 2026, 6, lang))
            made[f"call list {lang}"] = ("a4", call_list_pdf(session, TODAY, lang, factor=2, min_visits=3))
            made[f"staff patterns {lang}"] = ("a4", staff_patterns_pdf(session, day, TODAY, lang))
            made[f"letters with an offer {lang}"] = ("a4", letters_pdf(session, lang, today=TODAY, offer=offer_id,
                                                                     offer_until=TODAY + timedelta(days=30)))
    for lang in ("en", "nl"):
        made[f"monthly {lang}"] = ("a4", monthly_pdf(db, 2026, 6, lang))
    return made


def _overlap(a: dict, b: dict) -> bool:
    slack = 0.3  # points: glyph boxes of neighbouring lines may share their edge
    return (min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > slack
            and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > slack)


def test_every_word_within_the_margins_and_clear_of_the_others(qapp, documents):
    checked = 0
    for name, (kind, pdf) in documents.items():
        side, end = (value * MM for value in SIDES[kind])
        # reportlab's base fonts are never embedded: a print shop's preflight rejects a file naming one
        assert b"/Subtype /Type1" not in pdf, f"{name}: refers to a font it does not embed"
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            metadata = document.metadata
            assert metadata.get("Title") and metadata.get("Author") and metadata.get("Subject"), name
            for number, page in enumerate(document.pages, 1):
                words = page.extract_words(use_text_flow=False, keep_blank_chars=False)
                assert words, f"{name} p{number}: no text"
                for word in words:
                    where = f"{name} p{number}: {word['text']!r}"
                    assert word["x0"] >= side - 0.5 and word["x1"] <= page.width - side + 0.5, f"{where} crosses a side"
                    assert word["top"] >= end - 0.5, f"{where} off the top"
                    assert word["bottom"] <= page.height - end + 0.5, f"{where} off the bottom"
                words.sort(key=lambda w: w["top"])
                for i, word in enumerate(words):
                    for other in words[i + 1:]:
                        if other["top"] > word["bottom"]:
                            break
                        assert not _overlap(word, other), f"{name} p{number}: {word['text']!r} over {other['text']!r}"
                checked += len(words)
    assert checked > 1000


def test_the_shops_logo_is_on_its_customers_paper_and_the_a4_lists(qapp, documents):
    for name in ("statement", "day A4", "empty day A4", "birthdays", "cards", "voucher A6", "voucher 80 mm",
                 "points slip"):
        for lang in ("en", "nl"):
            with pdfplumber.open(io.BytesIO(documents[f"{name} {lang}"][1])) as document:
                assert document.pages[0].images, f"{name} {lang}: no logo"


def test_the_checked_monthly_report_holds_the_tables_of_customers_per_tier(documents):
    for language, heading, row in (("en", "Customers per tier", "No tier"),
                                   ("nl", "Klanten per niveau", "Geen niveau")):
        text = Pdf(documents[f"monthly {language}"][1]).all_text()
        assert heading in text and row in text
