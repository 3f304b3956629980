"""A customer's own rhythm on constructed histories: the median gap, at least N visits,
overdue by the owner's factor; and the call list and the counter's line built on it."""

from datetime import date, datetime, time, timedelta

import pytest

from conftest import new_customer
from desktop.core.errors import ValidationError
from desktop.core.rhythm import Rhythm, rhythm
from desktop.services import purchases
from desktop.services.rhythm import customer_rhythm, overdue_customers

TODAY = date(2026, 11, 30)


def every(days: int, visits: int, last: date = TODAY) -> list[date]:
    return [last - timedelta(days=days * i) for i in range(visits)]


def test_a_weekly_customer_is_worrying_after_three_weeks_a_twice_yearly_one_is_not_after_three_months():
    weekly = rhythm(every(7, 20, last=TODAY - timedelta(days=21)), TODAY)
    assert weekly == Rhythm(20, 7, TODAY - timedelta(days=21))
    assert weekly.expected_next == TODAY - timedelta(days=14) and weekly.is_overdue(TODAY)  # 3 gaps >= 2
    assert not weekly.is_overdue(TODAY, factor=3.5)
    assert rhythm(every(180, 3, last=TODAY - timedelta(days=90)), TODAY) is None  # no rhythm: too few visits


def test_the_median_ignores_one_holiday_and_repeat_purchases_on_a_day():
    days = every(10, 8, last=TODAY - timedelta(days=5))
    days = [d - timedelta(days=60) if d < TODAY - timedelta(days=60) else d for d in days]  # a 70-day gap once
    days += [TODAY - timedelta(days=5)] * 3  # three purchases on the last day: one visit
    found = rhythm(days, TODAY)
    assert found.visits == 8 and found.usual_gap_days == 10 and found.last_visit == TODAY - timedelta(days=5)
    assert not found.is_overdue(TODAY)  # half a gap since the last visit


def test_an_even_number_of_gaps_takes_the_middle_two_and_at_least_a_day():
    # gaps 2, 4, 6, 8 -> median 5
    days = [date(2026, 11, 1), date(2026, 11, 3), date(2026, 11, 7), date(2026, 11, 13), date(2026, 11, 21)]
    assert rhythm(days, TODAY).usual_gap_days == 5
    assert rhythm(days, TODAY, min_visits=6) is None
    assert rhythm(days[:1], TODAY, min_visits=1) is None  # one visit has no gap


def test_only_the_last_year_counts_and_never_the_future():
    old = every(7, 30, last=TODAY - timedelta(days=400))
    assert rhythm(old, TODAY) is None
    found = rhythm(every(3, 10, last=TODAY + timedelta(days=9)), TODAY)  # three visits still to come
    assert found.last_visit == TODAY and found.visits == 7


def test_overdue_exactly_at_the_factor():
    r = Rhythm(10, 10, TODAY - timedelta(days=20))
    assert r.overdue_by(TODAY) == 2.0 and r.is_overdue(TODAY, 2.0) and not r.is_overdue(TODAY, 2.1)


# -- on a shop ---------------------------------------------------------------------------------

def visit(db, actor, person, day: date) -> int:
    moment = datetime.combine(day, time(11)).astimezone()
    return purchases.register_purchase(db, actor, person.card_number, 1_500, at=moment).purchase_id


@pytest.fixture
def regulars(any_db, owner):
    """Weekly Wim, three weeks away; monthly Mia, on time; twice-yearly Tom; latent Lot;
    Vera weekly but her last visit was voided (so she is five weeks away, not four)."""
    wim, mia, tom, lot, vera = (new_customer(any_db, owner, name) for name in ("Wim", "Mia", "Tom", "Lot", "Vera"))
    for day in every(7, 12, last=TODAY - timedelta(days=21)):
        visit(any_db, owner, wim, day)
    for day in every(30, 8, last=TODAY - timedelta(days=20)):
        visit(any_db, owner, mia, day)
    for day in every(180, 2, last=TODAY - timedelta(days=100)):
        visit(any_db, owner, tom, day)
    for day in every(7, 10, last=TODAY - timedelta(days=95)):
        visit(any_db, owner, lot, day)
    for day in every(7, 10, last=TODAY - timedelta(days=35)):
        visit(any_db, owner, vera, day)
    purchases.refund_purchase(any_db, owner, visit(any_db, owner, vera, TODAY - timedelta(days=28)), "typo",
                              void=True)
    return {"wim": wim, "mia": mia, "tom": tom, "lot": lot, "vera": vera}


def test_the_call_list_holds_regulars_overdue_by_their_own_rhythm_before_they_turn_latent(any_db, regulars):
    with any_db.read() as session:
        listed = overdue_customers(session, TODAY)
        assert [(c.name, c.rhythm.usual_gap_days, (TODAY - c.rhythm.last_visit).days) for c in listed] == \
            [("Vera", 7, 35), ("Wim", 7, 21)]  # most overdue first; Lot is latent already
        assert [c.name for c in overdue_customers(session, TODAY, factor=4.0)] == ["Vera"]
        assert overdue_customers(session, TODAY, min_visits=11)[0].name == "Wim"  # Vera has 10 visit days
        with pytest.raises(ValidationError):
            overdue_customers(session, TODAY, factor=0.5)


def test_one_customers_rhythm_for_the_counter(any_db, regulars):
    with any_db.read() as session:
        mia = customer_rhythm(session, regulars["mia"].id, TODAY)
        assert (mia.usual_gap_days, mia.expected_next) == (30, TODAY + timedelta(days=10))
        assert customer_rhythm(session, regulars["tom"].id, TODAY) is None


def test_the_call_list_command(loyalty, tmp_path):
    card = loyalty("customer", "add", "--name", "Olga Overdue")[1].strip()
    assert loyalty("purchase", card, "5,00")[0] == 0  # one visit today: no rhythm yet
    code, out, _ = loyalty("report", "call-list", "--language", "en")
    assert code == 0 and "at least 5 visits" in out and "Olga" not in out
    pdf = tmp_path / "calls.pdf"
    assert loyalty("report", "call-list", "--factor", "3", "--out", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, err = loyalty("report", "call-list", "--min-visits", "1")
    assert code == 1 and "3 to 100" in err


def test_the_call_list_prints_every_phone_whole_and_no_header_broken(qapp, any_db, owner):
    """Printed at 7.5 points but cut as if at 8.5, "+31 6 22637890" came out "+31 6 22637…" (on
    the list made to phone from), and "Toestemming" broke into "Toestemm" / "ing"."""
    import io

    import pdfplumber

    from reports.call_list import call_list_pdf

    wim = new_customer(any_db, owner, "Wilhelmina van Oosterhout-de Groot", phone="+31 6 22637890")
    for day in every(7, 12, last=TODAY - timedelta(days=21)):
        visit(any_db, owner, wim, day)
    with any_db.read() as session, pdfplumber.open(io.BytesIO(call_list_pdf(
            session, TODAY, "nl", factor=2, min_visits=5))) as pdf:
        text = pdf.pages[0].extract_text()
    assert "+31 6 22637890" in text and "Toestemming" in text.split()
    assert "Wilhelmina van Ooster" in text  # a name longer than its column ends in "…"; the card says who
