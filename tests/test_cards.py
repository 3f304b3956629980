"""Loyalty cards on the named pre-cut sheet and on card stock: where each card sits against the
sheet's data sheet, the back side mirrored behind its front for long-edge duplex, the logo."""

import io
import subprocess
import sys
from datetime import date

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4

from conftest import tiny_png
from desktop.core.kinds import Role
from desktop.services import customers, staff
from desktop.services.shop_profile import update_profile
from reports import cards
from reports.cards import cards_pdf

MM = 72 / 25.4



@pytest.fixture
def shop(db):
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111"))
    update_profile(db, owner, {"street": "Oudegracht 112", "postcode": "3511 AX", "city": "Utrecht",
                               "phone": "030 231 4455", "opening_hours": "di-za 9:00-18:00"})
    people = [customers.create_customer(db, owner, customers.CustomerDetails(name=f"Klant {n}"),
                                        joined_on=date(2026, 1, 1)) for n in range(12)]
    return db, owner, [p.card_number for p in people]


def test_the_avery_sheet_follows_its_data_sheet():
    sheet = cards.AVERY_C32011
    assert (sheet.card_w / MM, sheet.card_h / MM) == pytest.approx((85, 54))
    corners = [(x / MM, (A4[1] - y - sheet.card_h) / MM) for x, y in map(sheet.origin, range(cards.PER_PAGE))]
    # C32011: 15 mm side margin, 13.5 mm top margin, 95 mm across and 54 mm down from card to card
    assert corners[0] == pytest.approx((15, 13.5))
    assert corners[1] == pytest.approx((110, 13.5))
    assert corners[9] == pytest.approx((110, 13.5 + 4 * 54))
    assert 2 * 15 + 85 + 95 == pytest.approx(A4[0] / MM) and 2 * 13.5 + 5 * 54 == pytest.approx(A4[1] / MM)


def test_on_the_pre_cut_sheet_colour_and_words_stay_inside_each_card(qapp, shop):
    db, _, numbers = shop
    sheet = cards.AVERY_C32011
    with db.read() as session, pdfplumber.open(io.BytesIO(cards_pdf(session, "nl", numbers[:10]))) as pdf:
        page = pdf.pages[0]
        boxes = []
        for x, y in map(sheet.origin, range(cards.PER_PAGE)):
            top = page.height - y - sheet.card_h
            boxes.append((x, top, x + sheet.card_w, top + sheet.card_h))
        drawn = page.rects + page.curves  # the bars, the bands (round rectangles) and the logos' plates
        words = page.extract_words()
        assert len(page.curves) >= cards.PER_PAGE and page.lines == []  # a pre-cut sheet needs no cut marks
    for rect in drawn:  # no colour runs onto a die cut, even 2 mm off
        assert any(x0 + 2 * MM <= rect["x0"] and rect["x1"] <= x1 - 2 * MM
                   and top + 2 * MM <= rect["top"] and rect["bottom"] <= bottom - 2 * MM
                   for x0, top, x1, bottom in boxes)
    for word in words:
        if word["top"] > page.height - 13.5 * MM:
            continue  # the footer below the cards
        assert any(x0 + 3 * MM <= word["x0"] and word["x1"] <= x1 - 3 * MM and top <= word["top"]
                   and word["bottom"] <= bottom for x0, top, x1, bottom in boxes), word["text"]


@pytest.mark.parametrize("sheet", sorted(cards.SHEETS))
def test_each_back_lands_behind_its_front_when_turned_over_the_long_edge(qapp, shop, sheet):
    db, _, numbers = shop
    layout = cards.SHEETS[sheet]
    with db.read() as session, pdfplumber.open(io.BytesIO(
            cards_pdf(session, "en", numbers, sheet=sheet, back=True))) as pdf:
        assert len(pdf.pages) == 4  # 12 cards: fronts, their backs, fronts, their backs
        for front, back in ((pdf.pages[0], pdf.pages[1]), (pdf.pages[2], pdf.pages[3])):
            fronts = {w["text"]: w for w in front.extract_words() if w["text"] in numbers}
            backs = {w["text"]: w for w in back.extract_words() if w["text"] in numbers}
            assert fronts and fronts.keys() == backs.keys()
            for number, word in backs.items():
                slot = numbers.index(number) % cards.PER_PAGE
                x, y = layout.origin(slot)  # the front card; turned over, the back's x runs from the other edge
                turned_x0, turned_x1 = back.width - word["x1"], back.width - word["x0"]
                top = back.height - y - layout.card_h
                assert x <= turned_x0 and turned_x1 <= x + layout.card_w, number
                assert top <= word["top"] and word["bottom"] <= top + layout.card_h, number
                assert top <= fronts[number]["top"] <= top + layout.card_h
            if sheet == "avery-c32011":  # the first card's back is on the right of the back page
                first = numbers[0] if numbers[0] in backs else numbers[10]
                assert backs[first]["x0"] > back.width / 2 > fronts[first]["x1"]
        text = pdf.pages[1].extract_text()
    assert "One point for every euro you spend" in text and "Oudegracht 112" in text and "di-za 9:00-18:00" in text


def test_without_a_back_every_page_is_fronts(qapp, shop):
    db, _, numbers = shop
    with db.read() as session, pdfplumber.open(io.BytesIO(cards_pdf(session, "nl", numbers))) as pdf:
        assert len(pdf.pages) == 2
        assert "Avery Zweckform C32011" in pdf.pages[0].extract_text()  # the sheet to buy is named on the page


def test_the_logo_is_on_every_card(qapp, shop):
    db, owner, numbers = shop
    update_profile(db, owner, {"logo_png": tiny_png(200, 100)})
    with db.read() as session, pdfplumber.open(io.BytesIO(cards_pdf(session, "nl", numbers[:10]))) as pdf:
        assert len(pdf.pages[0].images) == cards.PER_PAGE


def test_the_command_line_names_the_sheets():
    shown = subprocess.run([sys.executable, "-m", "desktop", "report", "cards", "--help"], capture_output=True,
                           text=True, check=True).stdout
    assert "Avery Zweckform C32011" in shown and all(key in shown for key in cards.SHEETS)


@pytest.mark.parametrize("sheet", sorted(cards.SHEETS))
def test_the_back_never_parts_the_euro_sign_from_its_amount(qapp, shop, sheet):
    """The Dutch rule wrapped as "100 punten zijn €" / "5,00 waard bij een beloning"."""
    db, _, numbers = shop
    with db.read() as session, pdfplumber.open(io.BytesIO(cards_pdf(session, "nl", numbers[:1], sheet=sheet,
                                                                    back=True))) as pdf:
        lines = [line.strip() for line in pdf.pages[1].extract_text().splitlines()]
    assert any("5,00 waard" in line for line in lines), lines
    assert not [line for line in lines if line.endswith("€")], lines
