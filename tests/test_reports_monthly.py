"""The monthly programme report: its figures are the dashboard's measures and match a shop
whose October we know by heart; its lists name the right customers."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pdfread import Pdf
from sqlalchemy import func
from sqlmodel import select

from desktop.core import measures
from desktop.core.kinds import Role
from desktop.services import customers, purchases, staff, surveys
from desktop.services.stats import period_stats
from desktop.storage.models import LedgerEntry
from reports.monthly import REASONS, monthly_pdf


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture
def october(any_db):
    """Anna buys twice in October, Bram once (and in September), Cas went quiet after June,
    Dirk has his birthday in November; three survey answers: 10, 9 and 3. SQLite and PostgreSQL."""
    db = any_db
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111"))

    def customer(name: str, **details):
        return customers.create_customer(db, owner, customers.CustomerDetails(name=name, **details),
                                         joined_on=date(2026, 1, 5), at=at(date(2026, 1, 5)))

    anna, bram = customer("Anna Aalders"), customer("Bram Bos")
    cas = customer("Cas Cornelissen", phone="06 12345678", marketing_consent=True)
    customer("Dirk Dekker", birthday=date(1990, 11, 15))
    for who, day, cents in ((anna, date(2026, 10, 5), 10_000), (anna, date(2026, 10, 20), 5_000),
                            (bram, date(2026, 10, 10), 3_000), (bram, date(2026, 9, 10), 2_000),
                            (cas, date(2026, 6, 15), 20_000)):
        purchases.register_purchase(db, owner, who.card_number, cents, at=at(day))
    for score in (10, 9, 3):
        surveys.record_survey(db, owner, {"recommend": score}, at=at(date(2026, 10, 12)))
    return db


def test_key_figures_and_lists_of_a_known_month(qapp, october):
    db = october
    pdf = Pdf(monthly_pdf(db, 2026, 10, "nl"))
    text = pdf.all_text()
    assert pdf.pages >= 3 and f"Pagina {pdf.pages} van {pdf.pages}" in pdf.text(pdf.pages - 1)
    assert "Maandrapport klantenprogramma" in text and "oktober 2026" in text
    assert "Actieve klanten (kochten deze maand) 2 1 +1" in pdf.text(0)
    assert "Aankopen 3 1 +2" in pdf.text(0)
    assert "Omzet (min retouren) € 180,00 € 20,00 +€ 160,00" in pdf.text(0)
    assert "NPS (Net Promoter Score) 33" in pdf.text(0)  # (2 promoters - 1 detractor) / 3
    with db.read() as session:
        outstanding = session.exec(select(func.sum(LedgerEntry.points))).one()
    assert f"Openstaande punten {outstanding:,}".replace(",", ".") in pdf.text(0)
    assert "€ {},{:02d}".format(*divmod(outstanding * 5, 100)) in pdf.text(0)  # liability at 5 cents a point
    lists = pdf.all_text().split("Beste klanten deze maand")[1]
    assert lists.index("Anna Aalders") < lists.index("Bram Bos")  # top customers, most spent first
    assert "€ 150,00" in lists
    quiet = lists.split("Klanten om te reactiveren")[1].split("Komende verjaardagen")[0]
    assert "Cas Cornelissen" in quiet and "15-06-2026" in quiet and "06 12345678" in quiet
    assert "Anna Aalders" not in quiet
    birthdays = lists.split("Komende verjaardagen")[1]
    assert "Dirk Dekker" in birthdays and "15-11-2026" in birthdays


def test_the_report_shows_the_dashboards_measures(qapp, october):
    db = october
    with db.read() as session:
        stats = period_stats(session, measures.month(2026, 10))
        english = Pdf(monthly_pdf(session, 2026, 10, "en")).text(0)  # a session works too
    assert f"Repurchase rate {stats.current.repurchase_rate.value:.1f}%" in english
    assert f"NPS (Net Promoter Score) {round(stats.current.nps.value)}" in english
    assert f"Points issued {stats.current.points_issued:,}" in english


def test_a_month_without_surveys_says_why_instead_of_zero(qapp, db):
    staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111")
    text = Pdf(monthly_pdf(db, 2026, 10, "nl")).text(0)
    assert "NPS (Net Promoter Score) – (" in text
    assert "Geen enquêteantwoorden in deze periode." in text
    assert "Niemand kocht iets in deze periode." in text


def test_every_reason_the_core_gives_has_a_printed_version():
    reasons = {value for name, value in vars(measures).items() if name.startswith("NO_")}
    assert reasons == set(REASONS) and all(REASONS[r] == r for r in reasons)
