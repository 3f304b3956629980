"""The monthly programme report: its figures are the dashboard's measures and match a shop
whose October we know by heart; its lists name the right customers."""

from __future__ import annotations

import io
from datetime import date, datetime

import pdfplumber
import pytest
from pdfread import Pdf
from sqlalchemy import func
from sqlmodel import select

from desktop.core import measures
from desktop.core.kinds import RetentionLevel, Role
from desktop.services import customers, documents, purchases, redemptions, rewards, staff, surveys
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
    # (the reasons of the other core modules: test_reports_language)
    assert reasons <= set(REASONS) and all(REASONS[r] == r for r in REASONS)


@pytest.fixture
def november(any_db):
    """November 2026, hand-counted. All joined 1 Nov 2024 (their 50 welcome points expired
    1 Nov 2026). Anna bought € 100 on 10 Dec 2024 (100 points that expire 10 Dec 2026) and
    € 500 in November, then took ten 40-point financial rewards: 400 points, the oldest
    first, so her December points are gone. Bram bought € 50 on 20 Dec 2024 (50 points
    expiring 20 Dec 2026), € 10 in October and € 30 in November. Cas (consent, street
    address) and Dirk (consent, no address) went quiet in the summer; Eva bought € 20 in
    November 2025. Surveys: October 10, 3, 3 (NPS -33); November 10, 9, 8, 7 and Anna's 3
    (NPS 20; two of five in the 7-8 band)."""
    db = any_db
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111"))

    def customer(name: str, **details):
        return customers.create_customer(db, owner, customers.CustomerDetails(name=name, **details),
                                         joined_on=date(2024, 11, 1), at=at(date(2024, 11, 1)))

    anna = customer("Anna Aalders", phone="06 11112222")
    bram = customer("Bram Bos")
    cas = customer("Cas Cornelissen", marketing_consent=True, street="Dorpsstraat 1", postcode="1234 AB", city="Ede")
    dirk = customer("Dirk Dekker", marketing_consent=True)
    eva = customer("Eva Evers")
    for who, day, cents in ((anna, date(2024, 12, 10), 10_000), (bram, date(2024, 12, 20), 5_000),
                            (eva, date(2025, 11, 15), 2_000), (cas, date(2026, 6, 15), 4_000),
                            (dirk, date(2026, 7, 1), 4_000), (bram, date(2026, 10, 10), 1_000),
                            (anna, date(2026, 11, 2), 50_000), (bram, date(2026, 11, 10), 3_000)):
        purchases.register_purchase(db, owner, who.card_number, cents, at=at(day))
    rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 40,
                          at=at(date(2026, 11, 1)))
    for hour in range(10):
        redemptions.redeem(db, owner, anna.card_number, "Gratis koffie", at=at(date(2026, 11, 3), 8 + hour))
    for score in (10, 3, 3):
        surveys.record_survey(db, owner, {"recommend": score}, at=at(date(2026, 10, 12)))
    for score in (10, 9, 8, 7):
        surveys.record_survey(db, owner, {"recommend": score}, at=at(date(2026, 11, 12)))
    surveys.record_survey(db, owner, {"recommend": 3}, card=anna.card_number, comment="Te lang gewacht.",
                          at=at(date(2026, 11, 20)))
    return db, anna


def test_the_summary_says_what_changed_and_what_to_do(qapp, november):
    db, _ = november
    page = " ".join(Pdf(monthly_pdf(db, 2026, 11, "nl")).text(0).split())
    summary = page.split("In het kort")[1].split("Kerncijfers")[0]
    # NPS -33 to 20 on 3 and 5 answers: said, and flagged as too few to compare
    assert "De NPS steeg van \u221233 naar 20. (3 antwoorden: te weinig om te vergelijken)" in summary
    assert "Meer klanten kochten iets: 2 tegen 1 de maand ervoor." in summary
    assert "De omzet van leden steeg van € 10,00 naar € 530,00." in summary
    assert "2 van de 5 antwoorden (40%) gaven een 7 of 8: tevreden, nog niet loyaal." in summary
    assert "Antwoorden van 6 of lager (criticasters): 1. Bel ze terug" in summary
    # Bram's 50 points of 20 December; Anna's 100 went on her rewards first (oldest first)
    assert "50 punten ter waarde van € 2,50 vervallen in december 2026; klanten die ze hebben: 1." in summary
    assert "Latente klanten die post mogen ontvangen: 2; met een straatadres voor een brief: 1, zonder: 1." \
        in summary
    assert "10 van de 10 beloningen waren in november 2026 financieel; overweeg een sociaal-emotioneel moment" \
        in summary


def test_green_for_better_and_red_for_worse_follow_the_dashboards_rule(qapp, november):
    db, _ = november
    with pdfplumber.open(io.BytesIO(monthly_pdf(db, 2026, 11, "en"))) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["non_stroking_color"])
    colour = {}
    for word in words:
        colour.setdefault(word["text"], tuple(round(c, 2) for c in word["non_stroking_color"]))
    green, red, ink = (0.11, 0.5, 0.23), (0.7, 0.15, 0.12), (0.12, 0.16, 0.2)
    assert colour["bought:"] == green  # more customers bought
    assert colour["(detractors):"] == red  # someone to call back
    assert colour["rose"] == ink  # the NPS rose, on too few answers to call it good news


def test_the_new_figures_of_a_known_month(qapp, november):
    db, anna = november
    pdf = Pdf(monthly_pdf(db, 2026, 11, "nl"))
    text = " ".join(pdf.all_text().split())
    # the same month last year: Eva's € 20 in November 2025
    assert "Omzet (min retouren) € 530,00 € 10,00 +€ 520,00 € 20,00" in text
    assert "Actieve klanten (kochten deze maand) 2 1 +1 1" in text
    # the survey figures are compared on too few answers: footnoted (after the two unknowns of churn)
    assert "NPS (Net Promoter Score) 20 \u221233 +53 (3) – (4)" in text  # no answers in November 2025
    assert "(3) Minder dan 20 enquêteantwoorden in een van beide maanden: te weinig om te vergelijken." in text
    assert "Tevreden maar niet loyaal (7-8) 40,0% 0,0% +40,0 %-punt (3)" in text
    assert "In december 2026 vervallen 50 van die punten, € 2,50 waard; klanten die ze hebben: 1." in text
    assert "Latente klanten die post mogen ontvangen 2 van wie met een straatadres voor een brief 1" in text
    with db.read() as session:  # the letters of that day go to exactly those with an address: Cas
        assert [c.name for c in documents.latent_with_consent(session, date(2026, 11, 30))] == ["Cas Cornelissen"]
    # the bands, the retention levels with the 70% hint
    assert "Promotors (9-10) 2 40% 1 33% Tevreden maar niet loyaal (7-8) 2 40% 0 0% Criticasters (0-6) 1 20% 2 67%" \
        in text
    assert "Financieel 10 100% 0 1" in text and "Sociaal-emotioneel 0 0% 0 0" in text
    assert "10 van de 10 beloningen waren in deze periode financieel" in text
    assert "Een niveau met 70% of meer van de beloningen overheerst." in text
    # the detractor to call back, with card and phone
    call = text.split("Criticasters om terug te bellen")[1].split("Beste klanten deze maand")[0]
    assert f"20-11-2026 3 Anna Aalders {anna.card_number} 06 11112222 Te lang gewacht." in call


def test_signs_come_before_the_euro_sign_both_ways(qapp, november):
    db, _ = november
    with db.read() as session:
        stats = period_stats(session, measures.month(2026, 12))
    assert stats.change("revenue_cents").value == -53_000
    text = " ".join(Pdf(monthly_pdf(db, 2026, 12, "nl")).text(0).split())
    assert "Omzet (min retouren) € 0,00 € 530,00 −€ 530,00" in text


def test_customers_per_tier_at_the_months_end_against_a_year_before(qapp, november):
    db, _ = november
    # Anna's € 500 of November makes her Silver; a year before nobody had spent € 250 in 12 months
    text = " ".join(Pdf(monthly_pdf(db, 2026, 11, "nl")).all_text().split())
    table = text.split("Klanten per niveau")[1]
    assert table.startswith(" Niveau aan het eind van de maand Klanten Zelfde maand vorig jaar Verschil "
                            "Goud 0 0 0 Zilver 1 0 +1 Geen niveau 4 5 \u22121")
    english = " ".join(Pdf(monthly_pdf(db, 2026, 11, "en")).all_text().split())
    assert "Customers per tier Tier at the month's end Customers Same month last year Change " \
           "Gold 0 0 0 Silver 1 0 +1 No tier 4 5 \u22121" in english


def test_last_years_survey_figures_on_too_few_answers_are_flagged_too(qapp, november, owner):
    db, _ = november
    for score in (10, 10, 6):  # three answers in November 2025: NPS 33 on too few to compare
        surveys.record_survey(db, owner, {"recommend": score}, at=at(date(2025, 11, 12)))
    text = " ".join(Pdf(monthly_pdf(db, 2026, 11, "en")).all_text().split())
    # this month against the previous one: note (3); against the same month last year: note (4)
    assert "NPS (Net Promoter Score) 20 \u221233 +53 (3) 33 (4)" in text
    assert "(4) Fewer than 20 survey answers in this month or the same month last year: too few to compare." in text
    assert "Survey answers 5 3 +2 3" in text  # a count is no comparison: never flagged
