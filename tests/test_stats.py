"""period_stats on small fixed shops, against figures worked out by hand."""

from datetime import date, datetime, time

import pytest

from desktop.core import measures
from desktop.core.measures import Measure, Period
from desktop.core.moments import Segment
from desktop.services.customers import CustomerDetails, create_customer
from desktop.services.purchases import refund_purchase, register_purchase
from desktop.services.stats import period_stats
from desktop.services.surveys import record_survey

OCTOBER = measures.month(2026, 10)


def at(day: date, hour: int = 12) -> datetime:
    """A moment in the shop's local time."""
    return datetime.combine(day, time(hour)).astimezone()


def customer(db, actor, name: str, joined: date, **details):
    return create_customer(db, actor, CustomerDetails(name=name, **details), joined_on=joined, at=at(joined, 9))


def buy(db, actor, person, day: date, euros: int, hour: int = 12) -> int:
    return register_purchase(db, actor, person.card_number, euros * 100, at=at(day, hour)).purchase_id


@pytest.fixture
def db(any_db):
    """These tests also run on PostgreSQL when LOYALTY_TEST_PG_URL is set."""
    return any_db


@pytest.fixture
def shop(db, owner):
    """A: bought in September and twice in October, promoter. B: only September.
    C: new in October, bought once (€ 10 of € 50 refunded), detractor. D: a voided purchase.
    E: latent since June 2025, mailable. F: six purchases March-August 2026, silent."""
    a = customer(db, owner, "Anna", date(2026, 1, 5))
    b = customer(db, owner, "Bram", date(2026, 1, 5))
    c = customer(db, owner, "Cor", date(2026, 10, 15))
    d = customer(db, owner, "Dirk", date(2026, 1, 5))
    e = customer(db, owner, "Eva", date(2025, 1, 5), marketing_consent=True)
    f = customer(db, owner, "Fenna", date(2025, 1, 5))
    buy(db, owner, a, date(2026, 9, 10), 10)
    buy(db, owner, a, date(2026, 10, 3), 20)
    buy(db, owner, a, date(2026, 10, 20), 30)
    buy(db, owner, b, date(2026, 9, 12), 40)
    refund_purchase(db, owner, buy(db, owner, c, date(2026, 10, 15), 50), "te groot", amount_cents=1000,
                    at=at(date(2026, 10, 16)))
    refund_purchase(
        db, owner, buy(db, owner, d, date(2026, 10, 5), 60), "typo", void=True, at=at(date(2026, 10, 5), 13)
    )
    buy(db, owner, e, date(2025, 6, 1), 15)
    buy(db, owner, e, date(2025, 6, 10), 15)
    for month in range(3, 9):
        buy(db, owner, f, date(2026, month, 15), 5)
    record_survey(db, owner, {"recommend": 10, "buy_again": 9, "buy_more": 8, "satisfaction": 9},
                  card=a.card_number, at=at(date(2026, 10, 20)))
    record_survey(db, owner, {"recommend": 6}, card=c.card_number, comment="Te duur", at=at(date(2026, 10, 15)))
    record_survey(db, owner, {"recommend": 8}, at=at(date(2026, 10, 31), 17))
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}


def test_survey_measures(db, shop):
    stats = period_stats(db, OCTOBER)
    now = stats.current
    assert now.responses == 3 and now.bands.passives == 1
    assert now.nps == Measure(0.0)  # one promoter, one passive, one detractor
    assert now.cli == Measure(9.0)  # only Anna answered all three: (10 + 9 + 8) / 3
    assert now.sci == Measure(100.0)  # Anna: 9, 9, 10
    assert [(d.score, d.comment, d.name) for d in stats.detractors] == [(6, "Te duur", "Cor")]
    assert stats.previous.nps.reason == measures.NO_SURVEYS
    assert stats.change("nps").reason == measures.NO_PREVIOUS


def test_purchase_measures(db, shop):
    stats = period_stats(db, OCTOBER)
    now = stats.current
    assert now.active == 2  # Anna and Cor; Dirk's purchase was voided
    assert now.purchases == 3
    assert now.revenue_cents == (20 + 30 + 50 - 10) * 100
    assert now.average_purchase_cents == Measure(3000.0)
    assert now.purchase_frequency == Measure(1.5)
    assert now.repurchase_rate == Measure(50.0)
    assert now.churn == Measure(50.0)  # of Anna and Bram (September), Bram did not come back
    assert now.retention == Measure(50.0)
    assert now.new_customers == 1
    assert stats.previous.active == 2 and stats.change("active") == Measure(0.0)


def test_points_and_liability(db, shop):
    now = period_stats(db, OCTOBER).current
    # earned 20 + 30 (Anna) + 50 - 10 (Cor, refund) + 60 - 60 (Dirk, void); Cor's welcome bonus 50
    assert now.points_issued == 50 + 40 + 0 + 50
    assert now.points_redeemed == 0 and now.points_expired == 0
    welcome = 6 * 50
    earned = 10 + 20 + 30 + 40 + 40 + 30 + 6 * 5
    assert now.points_outstanding == welcome + earned
    assert now.liability_cents == Measure((welcome + earned) * 5.0)


def test_segments_at_the_period_end_and_monthly_series(db, shop):
    stats = period_stats(db, OCTOBER)
    assert stats.segments == {Segment.ADVOCATE: 1, Segment.NEWCOMER: 3, Segment.LATENT: 1,
                              Segment.SILENT_LOYALIST: 1, Segment.RETURNING: 0}
    assert stats.latent_with_consent == 1
    series = stats.series
    assert series.months[-1] == OCTOBER and len(series.months) == 12
    assert series.active[-1] == 2 and series.active[-2] == 2  # September: Anna, Bram
    assert series.latent[-1] == 1 and series.new_customers[-1] == 1
    assert series.nps[-1] == Measure(0.0) and series.nps[0].reason == measures.NO_SURVEYS


def test_clv_on_the_year_to_the_period_end(db, shop):
    clv = period_stats(db, OCTOBER).clv_cents
    # Year Nov 2025 - Oct 2026: Anna 3, Bram 1, Cor 1, Fenna 6 = 11 purchases by 4 buyers, net € 170;
    # the year before had only Eva, who did not come back: churn 100 % -> 1 year.
    assert clv.value == pytest.approx(17000 / 11 * (11 / 4) * 1)


def test_an_empty_period_says_what_it_cannot_compute(db, owner):
    stats = period_stats(db, Period(date(2020, 3, 1), date(2020, 3, 31)))
    now = stats.current
    assert now.active == 0 and now.purchases == 0 and now.revenue_cents == 0
    assert now.nps.reason == measures.NO_SURVEYS
    assert now.repurchase_rate.reason == measures.NO_BUYERS
    assert now.churn.reason == measures.NO_PREVIOUS_BUYERS
    assert stats.clv_cents.reason == measures.NO_YEAR_BUYERS
    assert now.liability_cents == Measure(0.0)
    assert all(count == 0 for count in stats.segments.values())


def test_one_customer(db, owner):
    person = customer(db, owner, "Jan", date(2026, 10, 1))
    buy(db, owner, person, date(2026, 10, 2), 12)
    now = period_stats(db, OCTOBER).current
    assert (now.active, now.purchases) == (1, 1)
    assert now.repurchase_rate == Measure(0.0)
    assert now.average_purchase_cents == Measure(1200.0)
    assert now.churn.reason == measures.NO_PREVIOUS_BUYERS


def test_all_detractors(db, owner):
    for score in (0, 3, 6):
        record_survey(db, owner, {"recommend": score}, at=at(date(2026, 10, 10)))
    now = period_stats(db, OCTOBER).current
    assert now.nps == Measure(-100.0)
    assert now.detractors_share == Measure(100.0)
    assert now.cli.reason == measures.NO_CLI_ANSWERS


def test_local_day_boundaries(db, owner):
    # 23:30 local on 31 October is still October in the shop, whatever UTC says.
    person = customer(db, owner, "Laat", date(2026, 1, 5))
    register_purchase(db, owner, person.card_number, 500,
                      at=datetime.combine(date(2026, 10, 31), time(23, 30)).astimezone())
    assert period_stats(db, OCTOBER).current.purchases == 1
    assert period_stats(db, measures.month(2026, 11)).current.purchases == 0


def test_customers_behind_the_figures(db, shop):
    from desktop.services.settings import load_settings
    from desktop.services.stats import Behind, customers_behind

    with db.read() as session:
        settings = load_settings(session)
        names = {figure: [line.name for line in customers_behind(session, figure, OCTOBER, settings)]
                 for figure in Behind}
        first_page = customers_behind(session, Behind.ACTIVE, OCTOBER, settings, limit=1)
        second_page = customers_behind(session, Behind.ACTIVE, OCTOBER, settings, after_id=first_page[-1].id)
    assert names[Behind.ACTIVE] == ["Anna", "Cor"]
    assert names[Behind.NEW] == ["Cor"]
    assert names[Behind.LATENT_WITH_CONSENT] == ["Eva"]
    assert [line.name for line in first_page + second_page] == ["Anna", "Cor"]
    stats = period_stats(db, OCTOBER)
    assert stats.latent_with_consent == len(names[Behind.LATENT_WITH_CONSENT])


def test_the_counter_sees_the_segment_the_dashboard_counts(db, shop):
    from desktop.core.moments import segment
    from desktop.services.customer_facts import customer_facts
    from desktop.services.settings import load_settings
    from desktop.storage.models import Customer

    with db.read() as session:
        settings = load_settings(session)
        found = {}
        for person in shop.values():
            facts = customer_facts(session, session.get(Customer, person.id), OCTOBER.end)
            found[person.name] = segment(facts, OCTOBER.end, settings)
    assert found == {"Anna": Segment.ADVOCATE, "Bram": Segment.NEWCOMER, "Cor": Segment.NEWCOMER,
                     "Dirk": Segment.NEWCOMER, "Eva": Segment.LATENT, "Fenna": Segment.SILENT_LOYALIST}
    counted = period_stats(db, OCTOBER).segments
    assert {s: list(found.values()).count(s) for s in Segment} == counted


def test_a_period_not_over_yet_counts_up_to_today(db, shop, monkeypatch):
    from desktop.core import clock
    from desktop.services.settings import load_settings
    from desktop.services.stats import Behind, customers_behind

    monkeypatch.setattr(clock, "today", lambda: date(2026, 10, 20))
    stats = period_stats(db, measures.year(2026))
    assert stats.series.months[-1] == OCTOBER  # no months yet to come
    assert stats.segments[Segment.LATENT] == 1  # on 20 October: only Eva
    with db.read() as session:
        latent = customers_behind(session, Behind.LATENT_WITH_CONSENT, measures.year(2026), load_settings(session))
    assert [line.name for line in latent] == ["Eva"]


def test_customers_who_never_bought_are_newcomers_until_counted_elsewhere(db, owner):
    """The customers' pass reads only customers with purchase months; the others are
    newcomers when they had joined by the period's end, and a merged-away card is nobody."""
    from desktop.services.customers import merge_customers

    customer(db, owner, "Gijs", date(2026, 1, 5))  # never bought
    customer(db, owner, "Hanna", date(2026, 11, 2))  # joins after October
    keep = customer(db, owner, "Ilse", date(2025, 1, 5))
    twin = customer(db, owner, "Ilse B", date(2025, 1, 5))
    buy(db, owner, twin, date(2025, 6, 1), 10)  # latent since June 2025, on Ilse's card after the merge
    merge_customers(db, owner, keep.card_number, twin.card_number)
    stats = period_stats(db, OCTOBER)
    assert stats.segments == {Segment.NEWCOMER: 1, Segment.LATENT: 1, Segment.ADVOCATE: 0,
                              Segment.SILENT_LOYALIST: 0, Segment.RETURNING: 0}
    assert stats.current.active == 0 and stats.series.latent[-1] == 1


def test_the_customers_pass_in_parts_counts_what_one_pass_counts(db, shop):
    """With a Database the pass runs in parts of the customer ids on two connections (six
    customers: three parts); a session tied to one connection counts them in one part."""
    from sqlmodel import Session

    from desktop.services import stats as stats_module

    assert stats_module._PASS_PARTS > 1
    in_parts = period_stats(db, OCTOBER, year_ago=True)
    with db.engine.connect() as connection, Session(bind=connection) as session:
        in_one = period_stats(session, OCTOBER, year_ago=True)
    assert in_parts.current == in_one.current and in_parts.previous == in_one.previous
    assert in_parts.year_ago == in_one.year_ago and in_parts.segments == in_one.segments
    assert in_parts.segments[Segment.LATENT] == 1 and in_parts.current.active == 2  # Anna and Cor
