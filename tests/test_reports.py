"""The printed documents: the text read back out of each PDF matches the database, in
Dutch and in English, with the embedded font; long lists run onto further pages."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime, timedelta

import pdfplumber
import pytest
from pdfread import Pdf, read_code128

from desktop.core.errors import ValidationError
from desktop.core.kinds import RetentionLevel, Role
from desktop.services import customers, points, purchases, redemptions, rewards, staff
from desktop.services.shop_profile import update_profile
from reports.cards import cards_pdf
from reports.letters import labels_pdf, letters_pdf
from reports.lists import birthdays_pdf, day_pdf
from reports.slips import points_slip_pdf, voucher_pdf
from reports.statement import statement_pdf

TODAY = date(2026, 11, 22)
ACCENTS = "Zoë Loïs Café"


def at(day: date, hour: int = 12) -> datetime:
    """A moment on a local calendar day (the shop's days are local)."""
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture
def shop(any_db):
    """A shop with an owner and a clerk, and a customer whose name has accents (SQLite and PostgreSQL)."""
    db = any_db
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111"))
    clerk = staff.actor_for(staff.create_staff(db, owner, "Sven Bakker", Role.STAFF, "2222"))
    zoe = customers.create_customer(
        db, owner, customers.CustomerDetails(name=ACCENTS, street="Kerkstraat 1", postcode="3511 AB",
                                             city="Utrecht", birthday=date(1990, 11, 25), marketing_consent=True),
        joined_on=date(2025, 1, 10), at=at(date(2025, 1, 10)))
    return db, owner, clerk, zoe


def test_statement_figures_match_the_ledger_in_dutch(qapp, shop):
    db, owner, clerk, zoe = shop
    purchases.register_purchase(db, clerk, zoe.card_number, 12_345, at=at(date(2026, 3, 3)))
    second = purchases.register_purchase(db, clerk, zoe.card_number, 4_050, at=at(date(2026, 10, 5)))
    purchases.refund_purchase(db, owner, second.purchase_id, "returned", at=at(date(2026, 10, 6)))
    with db.read() as session:
        pdf = Pdf(statement_pdf(session, zoe.card_number, date(2026, 1, 1), TODAY, "nl", today=TODAY))
        balance = points.balance(session, zoe.id)
    text = pdf.all_text()
    assert ACCENTS in text and zoe.card_number in text
    assert "Saldo op 01-01-2026" in text and "Saldo op 22-11-2026" in text
    assert "Aankoop € 123,45" in text and "+123" in text
    assert "Aankoop geretourneerd (€ 40,50)" in text and "\u221240" in text
    assert balance == 50 + 123 and f"{balance}" in text.split("Saldo op 22-11-2026")[1]
    assert "Zo spaart u punten" in text and "100 punten zijn € 5,00 waard" in text
    assert "Pagina 1 van 1" in text


def test_statement_opening_balance_counts_entries_before_the_period(qapp, shop):
    db, _, clerk, zoe = shop
    purchases.register_purchase(db, clerk, zoe.card_number, 2_000, at=at(date(2025, 6, 1)))
    purchases.register_purchase(db, clerk, zoe.card_number, 3_000, at=at(date(2026, 6, 1)))
    with db.read() as session:
        text = Pdf(statement_pdf(session, zoe.card_number, date(2026, 1, 1), TODAY, "en", today=TODAY)).all_text()
    assert "Balance on 01/01/2026" in text and "70" in text  # welcome 50 + 20 from 2025
    assert "Purchase €20.00" not in text and "Purchase €30.00" in text
    assert "Welcome bonus" not in text


def test_a_long_statement_breaks_across_pages_with_headers_and_page_numbers(qapp, shop):
    db, _, clerk, zoe = shop
    for n in range(90):
        purchases.register_purchase(db, clerk, zoe.card_number, 1_000 + n, at=at(date(2026, 1, 1) + timedelta(days=n)))
    with db.read() as session:
        pdf = Pdf(statement_pdf(session, zoe.card_number, date(2026, 1, 1), TODAY, "en", today=TODAY))
        balance = points.balance(session, zoe.id)
    assert pdf.pages >= 3
    for page in range(pdf.pages):
        text = pdf.text(page)
        assert f"Page {page + 1} of {pdf.pages}" in text
        assert "Points statement" in text  # the header on every page
    assert "Date" in pdf.text(1) and "Description" in pdf.text(1)  # the table's header repeats
    assert "Purchase €10.89" in pdf.all_text()  # the last of the 90
    assert "Balance on 22/11/2026" in pdf.all_text() and str(balance) in pdf.all_text()


def test_the_font_is_embedded_and_carries_the_accents_and_euro(qapp, shop):
    db, _, clerk, zoe = shop
    purchases.register_purchase(db, clerk, zoe.card_number, 1_250, at=at(date(2026, 11, 1)))
    with db.read() as session:
        data = statement_pdf(session, zoe.card_number, date(2026, 1, 1), TODAY, "nl", today=TODAY)
    assert b"/FontFile2" in data and b"DejaVuSans" in data  # a TrueType font inside the file
    assert b"/Helvetica" not in data  # no unembedded base font anywhere
    text = Pdf(data).all_text()
    for character in "€ëïé":
        assert character in text


def test_cards_encode_the_card_number_and_a_scanner_reads_it_back(qapp, shop):
    db, owner, _, zoe = shop
    more = [customers.create_customer(db, owner, customers.CustomerDetails(name=f"Klant {n}")) for n in range(11)]
    with db.read() as session:
        pdf = Pdf(cards_pdf(session, "nl", [zoe.card_number] + [c.card_number for c in more]))
    assert pdf.pages == 2  # ten cards to a sheet
    assert ACCENTS in pdf.text(0) and zoe.card_number in pdf.text(0)
    assert "Klant 10" in pdf.text(1) and "Pagina 2 van 2" in pdf.text(1)
    from reports.cards import barcode

    assert barcode(zoe.card_number).value == zoe.card_number
    assert decode_card_barcode(pdf, 0, 0) == zoe.card_number
    assert decode_card_barcode(pdf, 1, 0) == more[9].card_number  # the 11th card
    assert decode_card_barcode(pdf, 1, 1) == more[10].card_number


def test_cards_for_customers_who_joined_in_a_period(qapp, shop):
    db, owner, _, _ = shop
    new = customers.create_customer(db, owner, customers.CustomerDetails(name="Nieuwe Klant"),
                                    joined_on=date(2026, 11, 2), at=at(date(2026, 11, 2)))
    with db.read() as session:
        text = Pdf(cards_pdf(session, "en", joined_from=date(2026, 11, 1), joined_to=TODAY)).all_text()
    assert new.card_number in text and ACCENTS not in text


def test_voucher_slip_in_both_sizes(qapp, shop):
    db, owner, clerk, zoe = shop
    rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 40, valid_days=30,
                          voucher_text="Eén kop koffie naar keuze.")
    redemption = redemptions.redeem(db, clerk, zoe.card_number, "Gratis koffie", at=at(date(2026, 11, 20)))
    with db.read() as session:
        narrow = Pdf(voucher_pdf(session, redemption.code, "nl", "80mm"))
        a6 = Pdf(voucher_pdf(session, redemption.code.lower(), "en", "a6"))
    width, height = narrow.size_mm()
    assert narrow.pages == 1 and round(width) == 80 and 60 < height < 200
    assert [round(v) for v in a6.size_mm()] == [105, 148]
    dutch, english = narrow.all_text(), a6.all_text()
    assert redemption.code in dutch and "Gratis koffie" in dutch and "Eén kop koffie" in dutch
    assert f"Geldig t/m {redemption.valid_until:%d-%m-%Y}" in dutch
    assert "Financieel" not in dutch and "Financial" not in english  # the programme's level is not the customer's
    assert "Betaald met 40 punten" in dutch and ACCENTS in dutch
    assert f"Valid until {redemption.valid_until:%d/%m/%Y}" in english and redemption.code in english
    for size in ("80mm", "a6"):  # every font embedded: no Helvetica from reportlab's defaults
        with db.read() as session:
            made = voucher_pdf(session, redemption.code, "nl", size)
        with pdfplumber.open(io.BytesIO(made)) as pdf:
            assert {char["fontname"].split("+")[-1] for char in pdf.chars} <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_a_used_voucher_says_so_and_nothing_that_invites_using_it(qapp, shop):
    db, owner, clerk, zoe = shop
    rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 40)
    redemption = redemptions.redeem(db, clerk, zoe.card_number, "Gratis koffie", at=at(date(2026, 11, 20)))
    with db.read() as session:
        fresh = voucher_pdf(session, redemption.code, "en", "80mm")
    redemptions.mark_used(db, clerk, redemption.code)
    with db.read() as session:
        used = Pdf(voucher_pdf(session, redemption.code, "en", "80mm")).all_text()
        used_a6 = Pdf(voucher_pdf(session, redemption.code, "nl", "a6")).all_text()
    assert "Show this voucher" in Pdf(fresh).all_text()
    assert "ALREADY USED" in used and "Used on" in used and "AL GEBRUIKT" in used_a6
    for text in (used, used_a6):
        assert "Show this voucher" not in text and "Laat deze bon zien" not in text and "Valid" not in text
    with pdfplumber.open(io.BytesIO(fresh)) as pdf:
        bars = len(pdf.pages[0].rects)
    with db.read() as session, pdfplumber.open(io.BytesIO(voucher_pdf(session, redemption.code, "en", "80mm"))) as pdf:
        assert bars > 20 and len(pdf.pages[0].rects) == 0  # the barcode went with the invitation


def test_receipt_paper_is_pure_black_and_never_under_8_points(qapp, shop):
    db, owner, clerk, zoe = shop
    rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 40)
    code = redemptions.redeem(db, clerk, zoe.card_number, "Gratis koffie").code
    result = purchases.register_purchase(db, clerk, zoe.card_number, 2_675)
    with db.read() as session:
        slips = [voucher_pdf(session, code, "nl", "80mm"), points_slip_pdf(session, result.purchase_id, "nl"),
                 day_pdf(session, TODAY, "nl", "80mm")]
    for slip in slips:
        with pdfplumber.open(io.BytesIO(slip)) as pdf:
            page = pdf.pages[0]
            assert page.chars
            assert min(char["size"] for char in page.chars) >= 8 - 0.01
            colours = {tuple(char["non_stroking_color"] or (0,)) for char in page.chars}
            colours |= {tuple(line["stroking_color"] or (0,)) for line in page.lines}
            assert colours <= {(0,), (0, 0, 0), (0.0,), (0.0, 0.0, 0.0)}, colours


def test_dutch_slips_say_je_when_the_shop_chose_it(qapp, shop):
    db, owner, clerk, zoe = shop
    update_profile(db, owner, {"address_form": "je", "street": "Markt 1", "postcode": "3511 AA", "city": "Utrecht",
                               "phone": "030 123 4567"})
    result = purchases.register_purchase(db, clerk, zoe.card_number, 2_675)
    with db.read() as session:
        text = Pdf(points_slip_pdf(session, result.purchase_id, "nl")).all_text()
    assert "Bedankt voor je bezoek!" in text and "Markt 1, 3511 AA Utrecht" in text and "Tel. 030 123 4567" in text


def test_unknown_voucher_code_is_refused(shop):
    from desktop.core.errors import NotFoundError

    db = shop[0]
    with db.read() as session, pytest.raises(NotFoundError, match="No voucher with code XYZ"):
        voucher_pdf(session, "xyz", "en")


def test_points_slip_after_a_purchase(qapp, shop):
    db, _, clerk, zoe = shop
    result = purchases.register_purchase(db, clerk, zoe.card_number, 2_675)
    with db.read() as session:
        pdf = Pdf(points_slip_pdf(session, result.purchase_id, "nl"))
    text = pdf.all_text()
    assert round(pdf.size_mm()[0]) == 80 and pdf.pages == 1
    assert "€ 26,75" in text and "+26" in text and str(result.balance) in text and "Puntenbon" in text


def test_end_of_day_summary_per_counter_and_staff_member(qapp, shop):
    db, owner, clerk, zoe = shop
    front, back = dataclasses.replace(clerk, counter="Kassa 1"), dataclasses.replace(owner, counter="Kassa 2")
    day = date(2026, 10, 20)  # not in the customer's birthday week: no birthday bonus
    rewards.create_reward(db, owner, "Tas", RetentionLevel.FINANCIAL, "free_product", 30)
    purchases.register_purchase(db, front, zoe.card_number, 1_000, at=at(day, 9))
    purchases.register_purchase(db, front, zoe.card_number, 2_500, at=at(day, 10))
    mistake = purchases.register_purchase(db, back, zoe.card_number, 9_999, at=at(day, 11))
    purchases.refund_purchase(db, back, mistake.purchase_id, "typo", void=True, at=at(day, 11))
    redemptions.redeem(db, front, zoe.card_number, "Tas", at=at(day, 12))
    purchases.register_purchase(db, clerk, zoe.card_number, 4_000, at=at(day, 13))  # the command line: no counter
    purchases.register_purchase(db, front, zoe.card_number, 7_000, at=at(day + timedelta(days=1), 10))  # not that day
    with db.read() as session:
        a4 = Pdf(day_pdf(session, day, "en", "a4"))
        receipt = Pdf(day_pdf(session, day, "nl", "80mm"))
    text = a4.all_text()
    assert "20/10/2026" in text
    with pdfplumber.open(io.BytesIO(a4.data)) as document:
        words = document.pages[0].extract_words()

    def row(name: str, counter: str) -> str:
        """A table row as one line; the counter is printed under the staff member's name."""
        for word in words:
            below = [w["text"] for w in words if 5 < w["top"] - word["top"] < 12 and w["x0"] - word["x0"] < 1]
            line = [w for w in words if abs(w["top"] - word["top"]) < 1]
            text_line = " ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"]))
            if word["x0"] < 60 and text_line.startswith(name) and below and below[0] == counter.split()[0]:
                return text_line
        raise AssertionError(f"no row for {name} at {counter}")

    sven = row("Sven Bakker", "Kassa 1")
    assert sven.split()[2:8] == ["2", "€35.00", "35", "0", "1", "30"]
    marieke = row("Marieke Jansen", "Kassa 2")
    assert "3 · €99.99" not in marieke and "1 · €99.99" in marieke  # the void
    unrecorded = row("Sven Bakker", "(not recorded)")
    assert unrecorded.split()[2:4] == ["1", "€40.00"]
    total = next(line for line in text.splitlines() if line.startswith("Total"))
    assert total.split()[1:3] == ["4", "€174.99"]
    assert round(receipt.size_mm()[0]) == 80 and "Kassa 1 · Sven Bakker" in receipt.all_text()
    assert "€ 174,99" in receipt.all_text()


def test_birthday_list_for_the_coming_week_across_the_new_year(qapp, shop):
    db, owner, _, _ = shop
    for name, born in (("Oud Jaar", date(1980, 12, 31)), ("Nieuw Jaar", date(1999, 1, 2)),
                       ("Te Laat", date(1970, 1, 9)), ("Schrikkel", date(2000, 2, 29))):
        customers.create_customer(db, owner, customers.CustomerDetails(name=name, birthday=born))
    with db.read() as session:
        week = Pdf(birthdays_pdf(session, date(2026, 12, 28), date(2027, 1, 3), "nl")).all_text()
        february = Pdf(birthdays_pdf(session, date(2027, 2, 27), date(2027, 3, 1), "en")).all_text()
    assert "Oud Jaar" in week and "Nieuw Jaar" in week and "Te Laat" not in week
    assert "31-12-2026" in week and "02-01-2027" in week and "2 klanten" in week
    assert week.index("Oud Jaar") < week.index("Nieuw Jaar")  # by date
    assert "Schrikkel" in february and "28/02/2027" in february  # 29 February in a common year


def test_letters_one_page_each_for_latent_customers_with_consent_and_labels(qapp, shop):
    db, owner, clerk, zoe = shop
    purchases.register_purchase(db, clerk, zoe.card_number, 5_000, at=at(date(2026, 3, 1)))
    quiet = customers.create_customer(db, owner, customers.CustomerDetails(
        name="Stil Klant", street="Dorpsstraat 2", postcode="1234 AB", city="Ede", marketing_consent=False))
    purchases.register_purchase(db, clerk, quiet.card_number, 5_000, at=at(date(2026, 3, 1)))
    recent = customers.create_customer(db, owner, customers.CustomerDetails(
        name="Vaste Klant", street="Dorpsstraat 3", postcode="1234 AB", city="Ede", marketing_consent=True))
    purchases.register_purchase(db, clerk, recent.card_number, 5_000, at=at(date(2026, 11, 1)))
    for n in range(25):
        other = customers.create_customer(db, owner, customers.CustomerDetails(
            name=f"Lange Tijd {n:02d}", street=f"Laan {n}", postcode="1000 AA", city="Amsterdam",
            marketing_consent=True))
        purchases.register_purchase(db, clerk, other.card_number, 1_000, at=at(date(2026, 1, 1) + timedelta(days=n)))
    with db.read() as session:
        letters = Pdf(letters_pdf(session, "nl", today=TODAY))
        labels = Pdf(labels_pdf(session, "nl", today=TODAY))
    assert letters.pages == 26  # one each; not the one without consent, not the recent one
    first = letters.text(0)
    assert "Lange Tijd 00" in first and "Beste Lange Tijd 00," in first and "Laan 0" in first  # longest away first
    zoe_page = next(letters.text(p) for p in range(letters.pages) if ACCENTS in letters.text(p))
    assert "01-03-2026" in zoe_page and "100 punten" in zoe_page and "€ 5,00" in zoe_page
    text = letters.all_text()
    assert "Stil Klant" not in text and "Vaste Klant" not in text
    assert labels.pages == 2  # 3 x 8 labels on a sheet
    assert "Lange Tijd 00" in labels.text(0) and "1000 AA Amsterdam" in labels.text(0)
    assert ACCENTS in labels.text(1)


# -- reading a Code 128 barcode from the rendered page, as a scanner would ------------------
def decode_card_barcode(pdf: Pdf, page: int, slot: int) -> str:
    from reports import cards

    sheet = cards.SHEETS[cards.DEFAULT_SHEET]
    x0, y0 = sheet.origin(slot)
    return read_code128(pdf, page, x0, x0 + sheet.card_w, y0 + cards.BAR_Y + cards.BAR_HEIGHT / 2)


def test_points_expiring_on_several_days_are_not_all_promised_the_first_day(qapp, shop):
    """The welcome bonus expires on 10-01-2027 and a purchase's points ten days later: a letter
    or slip that said "80 expire on 10-01-2027" would be false for 30 of them."""
    db, _owner, clerk, zoe = shop
    bought = purchases.register_purchase(db, clerk, zoe.card_number, 3_000, at=at(date(2025, 1, 20)))
    with db.read() as session:
        letter, english, slip = (" ".join(Pdf(pdf).all_text().split()) for pdf in (
            letters_pdf(session, "nl", today=TODAY), letters_pdf(session, "en", today=TODAY),
            points_slip_pdf(session, bought.purchase_id, "nl", today=date(2026, 12, 25))))
    assert "Daarvan vervallen er 80 tussen 10-01-2027 en 20-01-2027: kom voor 10-01-2027 langs" in letter
    assert "80 of them expire between 10/01/2027 and 20/01/2027: come by before 10/01/2027" in english
    assert "op 10-01-2027" not in letter
    assert "80 punten vervallen tussen 10-01-2027 en 20-01-2027" in slip


def test_letters_never_offer_what_has_already_ended(qapp, shop):
    db, owner, clerk, zoe = shop
    purchases.register_purchase(db, clerk, zoe.card_number, 10_000, at=at(date(2026, 3, 1)))  # latent since
    coffee = rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 40)
    with db.read() as session, pytest.raises(ValidationError, match="last day has passed") as refused:
        letters_pdf(session, "nl", today=TODAY, offer=coffee.id, offer_until=TODAY - timedelta(days=1))
    assert refused.value.field == "offer_until"
    with db.read() as session:  # the last day itself is still fine
        assert "t/m 22-11-2026" in Pdf(letters_pdf(session, "nl", today=TODAY, offer=coffee.id,
                                                   offer_until=TODAY)).all_text()


def test_letters_quote_spendable_points_expiry_and_offer_in_the_window(qapp, shop):
    db, owner, clerk, zoe = shop
    purchases.register_purchase(db, clerk, zoe.card_number, 10_000, at=at(date(2026, 3, 1)))
    coffee = rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 40,
                                   voucher_text="Eén kop koffie naar keuze.")
    redemptions.redeem(db, clerk, zoe.card_number, "Gratis koffie", at=at(date(2026, 3, 1)))  # 150 - 40 = 110 left
    update_profile(db, owner, {"street": "Oudegracht 112", "postcode": "3511 AX", "city": "Utrecht",
                               "phone": "030 231 4455", "opening_hours": "ma–za 9.00–18.00", "signer": "Marieke Jansen",
                               "kvk": "12345678", "envelope_window": "B"})
    with db.read() as session:
        dutch = letters_pdf(session, "nl", today=TODAY, offer=coffee.id, offer_until=date(2026, 12, 31))
        spendable = points.summary(session, zoe.id, TODAY).spendable
    text = Pdf(dutch).all_text().replace("\r\n", " ").replace("\n", " ")
    assert spendable == 110 and "U heeft 110 punten te besteden, ter waarde van € 5,50." in text
    assert "Daarvan vervallen er 10 op 10-01-2027" in text  # what the reward left of the welcome bonus
    assert "Gratis koffie: Eén kop koffie naar keuze." in text and "t/m 31-12-2026" in text
    assert "ma–za 9.00–18.00" in text and "Marieke Jansen" in text and "KvK 12345678" in text
    assert "Afgedrukt" not in text and "Pagina" not in text  # a one-page letter: no print time, no "1 of 1"
    for form, top in (("B", 45), ("A", 27)):
        update_profile(db, owner, {"envelope_window": form})
        with db.read() as session, pdfplumber.open(io.BytesIO(letters_pdf(session, "nl", today=TODAY))) as pdf:
            words = pdf.pages[0].extract_words()
        mm = 72 / 25.4
        window = [w for w in words if w["text"] in ("Kerkstraat", "Utrecht", "3511", "AB")
                  and w["top"] < (top + 60) * mm and w["x0"] < 100 * mm]
        back = next(w for w in words if w["text"] == "Oudegracht")
        assert {w["text"] for w in window} >= {"Kerkstraat", "3511"}
        for word in window:  # inside the 85 x 45 mm field at 20 mm from the left
            assert 20 * mm <= word["x0"] and word["x1"] <= 105 * mm
            assert top * mm <= word["top"] and word["bottom"] <= (top + 45) * mm
        assert top * mm <= back["top"] and back["bottom"] <= (top + 5) * mm + 1  # the return line on top


def test_cards_on_card_stock_are_id1_with_bleed_and_cut_marks_outside(qapp, shop):
    from reports import cards

    db = shop[0]
    with db.read() as session, pdfplumber.open(io.BytesIO(cards_pdf(session, "en", sheet="card-stock"))) as pdf:
        page = pdf.pages[0]
        bands, marks = page.rects, page.lines
    mm = 72 / 25.4
    sheet = cards.CARD_STOCK
    assert (round(sheet.card_w / mm, 2), round(sheet.card_h / mm, 2)) == (85.60, 53.98)
    x0, y0 = sheet.origin(0)
    top = page.height - (y0 + sheet.card_h)  # pdfplumber measures from the top
    band = min(bands, key=lambda r: (abs(r["x0"] - x0), abs(r["top"] - top)))
    assert band["x0"] == pytest.approx(x0 - 2 * mm, abs=0.1) and band["x1"] == pytest.approx(x0 + sheet.card_w + 2 * mm,
                                                                                              abs=0.1)
    assert band["top"] == pytest.approx(top - 2 * mm, abs=0.1)  # 2 mm bleed past the top and both sides
    boxes = [sheet.origin(i) for i in range(cards.PER_PAGE)]
    assert len(marks) == 2 * 2 * 2 + 2 * 5 * 2  # both edges of each column top and bottom, of each row both sides
    for line in marks:  # no cut mark touches a card or its bleed
        for bx, by in boxes:
            left, right = bx - 2 * mm, bx + sheet.card_w + 2 * mm
            low, high = page.height - (by + sheet.card_h + 2 * mm), page.height - by
            assert line["x1"] < left or line["x0"] > right or line["bottom"] < low or line["top"] > high


def test_a_busy_shop_s_end_of_day_summary_fits_its_page(qapp, db, monkeypatch):
    # At 100,000 customers a day's figures run to six digits and "20 · € 547,18" did not fit
    # A4 beside them (the report refused to print): the count then goes above the amount.
    from desktop.services import documents

    busy = documents.StaffDay("Fatima El Amrani", "Kassa 1", 6_949, 21_662_143, 211_853, 7_100, 602, 64_200,
                              20, 54_718, 71, 149_025)
    monkeypatch.setattr(documents, "day_summary", lambda session, day, unknown="": documents.DaySummary(
        day, "Mijn Winkel", [busy], dataclasses.replace(busy, name="")))
    for language, amount in (("nl", "€ 1.490,25"), ("en", "€1,490.25")):
        with db.read() as session:
            text = Pdf(day_pdf(session, TODAY, language, "a4")).all_text()
        assert amount in text and ("6.949" if language == "nl" else "6,949") in text
        if language == "nl":  # "€ 216.621,43" and the Dutch headers are wider: the count above the amount
            assert "71 · " not in text, text
