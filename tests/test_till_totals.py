"""The till's totals: entered and corrected by the owner, and the members' share of revenue
they give the dashboard and the monthly report (desktop.core.till, services.till_totals)."""

import json
from datetime import date, datetime, time

import pytest
from sqlmodel import col, select

from desktop.core import measures, till
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.measures import Measure, Period
from desktop.services.customers import CustomerDetails, create_customer
from desktop.services.purchases import refund_purchase, register_purchase
from desktop.services.stats import key_figures, period_stats
from desktop.services.till_totals import enter_till_total, month_lines
from desktop.storage.models import AuditLog, TillTotal

OCTOBER = measures.month(2026, 10)
DECEMBER = datetime(2026, 12, 1, 12).astimezone()  # "now" for the entries: both Octobers are over


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def enter(db, actor, day: date, cents: int, **options):
    return enter_till_total(db, actor, day, cents, at=DECEMBER, **options)


def every_day(db, actor, period: Period, cents: int) -> None:
    for number in range(period.days):
        enter(db, actor, date.fromordinal(period.start.toordinal() + number), cents)


def rows(db) -> list[TillTotal]:
    with db.read() as session:
        return list(session.exec(select(TillTotal).order_by(col(TillTotal.id))))


@pytest.fixture
def db(any_db):
    """These tests also run on PostgreSQL when LOYALTY_TEST_PG_URL is set."""
    return any_db


# -- the rule (core) ----------------------------------------------------------------------------

def test_a_month_counts_by_its_month_total_else_by_its_days():
    days = {date(2026, 10, d): 100 for d in range(1, 32)} | {date(2026, 11, 1): 7}
    assert till.coverage(OCTOBER, days, {}) == till.TillCoverage(31, 31, 3100)
    # A month total is the month's checked figure: it stands for the days entered as well.
    assert till.coverage(OCTOBER, days, {date(2026, 10, 1): 5000}) == till.TillCoverage(31, 31, 5000)
    # A period cutting a month cannot use its month total: only the days in the period count.
    half = Period(date(2026, 10, 20), date(2026, 11, 5))
    assert till.coverage(half, days, {date(2026, 10, 1): 5000, date(2026, 11, 1): 9}) == \
        till.TillCoverage(17, 13, 1207)


def test_the_share_is_known_only_where_the_till_was_entered_every_day():
    assert till.members_share(2500, till.TillCoverage(31, 31, 10_000)) == Measure(25.0)
    assert till.members_share(2500, till.TillCoverage(31, 30, 10_000)).reason == till.NOT_ENTERED
    assert till.members_share(0, till.TillCoverage(31, 31, 0)).reason == till.NO_TILL_REVENUE


# -- entering and correcting (service) -----------------------------------------------------------

def test_the_owner_enters_a_day_and_corrects_it_with_a_reason(db, owner):
    first = enter(db, owner, date(2026, 10, 5), 123_456)
    assert first.changed and first.line.revenue_cents == 123_456 and first.line.corrections == 0
    with pytest.raises(ValidationError, match="say why") as refused:
        enter(db, owner, date(2026, 10, 5), 120_000)
    assert refused.value.field == "reason"
    again = enter(db, owner, date(2026, 10, 5), 123_456)  # the same figure twice: nothing new
    assert not again.changed
    corrected = enter(db, owner, date(2026, 10, 5), 120_000, reason="Pin-terugboeking vergeten")
    assert corrected.changed and corrected.line.corrections == 1
    assert [(r.revenue_cents, r.reason) for r in rows(db)] == [(123_456, ""), (120_000, "Pin-terugboeking vergeten")]
    assert [line.revenue_cents for line in month_lines(db, 2026, 10)] == [120_000]
    with db.read() as session:
        audits = list(session.exec(select(AuditLog).where(AuditLog.entity == "till_total").order_by(col(AuditLog.id))))
    assert [a.action for a in audits] == ["till_total.enter", "till_total.correct"]
    assert json.loads(audits[1].before)["revenue_cents"] == 123_456
    assert json.loads(audits[1].after)["revenue_cents"] == 120_000


@pytest.mark.parametrize("day, cents, whole_month, field, message", [
    (date(2026, 12, 2), 100, False, "day", "not before"),  # tomorrow
    (date(2026, 12, 1), 100, True, "day", "once the month is over"),
    (date(2026, 10, 2), 100, True, "day", "first day"),
    (date(2015, 12, 31), 100, False, "day", "from"),
    (date(2026, 10, 2), -1, False, "amount", "0 or more"),
    (date(2026, 10, 2), till.MAX_TILL_CENTS + 1, False, "amount", "more than a till takes"),
])
def test_a_wrong_figure_is_refused_beside_its_field_and_nothing_is_written(db, owner, day, cents, whole_month,
                                                                            field, message):
    with pytest.raises(ValidationError, match=message) as refused:
        enter(db, owner, day, cents, whole_month=whole_month)
    assert refused.value.field == field
    assert rows(db) == []


def test_only_the_owner_enters_the_till_total(db, clerk):
    with pytest.raises(PermissionDenied, match="Only the owner"):
        enter(db, clerk, date(2026, 10, 5), 100)
    assert rows(db) == []


def test_today_and_a_finished_month_may_be_entered(db, owner):
    assert enter(db, owner, date(2026, 12, 1), 0).line.revenue_cents == 0  # closed, or nothing sold yet
    month = enter(db, owner, date(2026, 11, 1), 4_000_000, whole_month=True).line
    assert month.whole_month and month.day == date(2026, 11, 1)
    assert [line.whole_month for line in month_lines(db, 2026, 11)] == [True]


# -- the figure on the dashboard and in the report (stats) ---------------------------------------

@pytest.fixture
def members(db, owner):
    """October 2026: € 100 + € 60 of which € 10 refunded = € 150. October 2025: € 80."""
    anna = create_customer(db, owner, CustomerDetails(name="Anna"), joined_on=date(2025, 1, 5),
                           at=at(date(2025, 1, 5), 9))
    register_purchase(db, owner, anna.card_number, 10_000, at=at(date(2026, 10, 3)))
    bought = register_purchase(db, owner, anna.card_number, 6_000, at=at(date(2026, 10, 20))).purchase_id
    refund_purchase(db, owner, bought, "te groot", amount_cents=1_000, at=at(date(2026, 10, 21)))
    register_purchase(db, owner, anna.card_number, 8_000, at=at(date(2025, 10, 9)))
    return anna


def test_the_share_of_a_month_and_the_same_month_last_year(db, owner, members):
    every_day(db, owner, OCTOBER, 1_000)  # € 310 in the till
    enter(db, owner, date(2025, 10, 1), 40_000, whole_month=True)  # last year from the books: € 400
    stats = period_stats(db, OCTOBER, year_ago=True)
    assert stats.current.revenue_cents == 15_000
    assert stats.current.till == till.TillCoverage(31, 31, 31_000)
    assert stats.current.members_share == Measure(100 * 15_000 / 31_000)
    assert stats.year_ago is not None and stats.year_ago.members_share == Measure(20.0)
    assert stats.previous.members_share.reason == till.NOT_ENTERED  # September: nothing entered
    shown = {figure.name: figure for figure in key_figures(stats)}["members_share"]
    assert shown.value == stats.current.members_share and shown.change.reason == measures.NO_PREVIOUS


def test_a_month_with_days_missing_has_no_share_and_says_how_many_days(db, owner, members):
    every_day(db, owner, Period(date(2026, 10, 1), date(2026, 10, 12)), 1_000)
    now = period_stats(db, OCTOBER).current
    assert now.till == till.TillCoverage(31, 12, 12_000)
    assert now.members_share.reason == till.NOT_ENTERED


# -- on paper (the monthly report) -------------------------------------------------------------

def test_the_monthly_report_sets_both_octobers_against_the_till(db, owner, members):
    from pdfread import Pdf

    from reports.monthly import monthly_pdf

    every_day(db, owner, OCTOBER, 1_000)
    every_day(db, owner, Period(date(2025, 10, 1), date(2025, 10, 12)), 2_000)
    dutch = Pdf(monthly_pdf(db, 2026, 10, "nl")).all_text()
    assert "Aandeel leden in de omzet" in dutch
    assert "Dagen met een kassatotaal 31 van 31 12 van 31" in dutch
    assert "Kassatotaal € 310,00 –" in dutch  # last year's days do not add up to a month
    assert "Omzet van leden (min retouren) € 150,00 € 80,00" in dutch
    assert "Aandeel leden in de omzet 48,4% –" in dutch
    assert "voor elke dag is ingevoerd" in dutch
    english = Pdf(monthly_pdf(db, 2026, 10, "en")).all_text()
    assert "Members' share of revenue 48.4% –" in english


def test_a_report_without_till_totals_says_where_to_enter_them(db, owner, members):
    from pdfread import Pdf

    from reports.monthly import monthly_pdf

    english = Pdf(monthly_pdf(db, 2026, 10, "en")).all_text()
    assert "No till total is entered for October 2026." in english
    assert "Days with a till total" not in english


# -- the command line ------------------------------------------------------------------------------

def test_the_command_line_enters_corrects_and_shows_the_till_totals(loyalty):
    assert loyalty("till", "enter", "05-10-2026", "1234,56") == (0, "Till total of 05-10-2026: € 1.234,56\n", "")
    assert loyalty("till", "enter", "2026-10-05", "1234.56")[1].endswith("already; nothing changed.\n")
    code, _, err = loyalty("till", "enter", "05-10-2026", "1200")
    assert code == 1 and "say why it is corrected" in err and len(err.strip().splitlines()) == 1
    assert loyalty("till", "enter", "05-10-2026", "1200", "--reason", "pin dubbel")[1].endswith("(corrected)\n")
    assert loyalty("till", "enter", "2026-09", "30000")[1] == "Till total of 09-2026: € 30.000,00\n"
    code, out, _ = loyalty("till", "show", "--month", "2026-10")
    assert code == 0 and out.splitlines() == ["05-10-2026\t€ 1.200,00\tMarieke Jansen, corrected 1x: pin dubbel"]
    assert loyalty("till", "show", "--month", "2026-09")[1].startswith("month 09-2026\t€ 30.000,00")
