"""The counter and the dashboard agree at the edges: who is latent, what the points are worth."""

from datetime import datetime

from conftest import balance_of
from desktop.services import customers, purchases, redemptions, rewards


def test_the_dashboard_and_the_counter_agree_on_who_is_latent_at_the_edge(db, owner):
    from datetime import date, time, timedelta

    from desktop.core import measures
    from desktop.core.moments import CustomerFacts, Segment, segment
    from desktop.core.rules import ProgrammeSettings
    from desktop.services.stats import Behind, customers_behind, period_stats

    def at(day):
        return datetime.combine(day, time(12)).astimezone()

    settings, end = ProgrammeSettings(), date(2026, 10, 31)
    joined = date(2026, 1, 5)
    person = customers.create_customer(db, owner, customers.CustomerDetails(name="Anna", marketing_consent=True),
                                       joined_on=joined, at=at(joined))
    for days_before_end, latent in ((settings.latent_after_days + 1, True), (settings.latent_after_days, False)):
        last = end - timedelta(days=days_before_end)
        purchases.register_purchase(db, owner, person.card_number, 1000, at=at(last))
        assert (segment(CustomerFacts(joined, None, 2, last, visits_last_year=2), end, settings)
                == Segment.LATENT) is latent
        stats = period_stats(db, measures.month(2026, 10), settings)
        with db.read() as session:
            mailing = customers_behind(session, Behind.LATENT_WITH_CONSENT, measures.month(2026, 10), settings)
        assert (stats.segments[Segment.LATENT], stats.series.latent[-1], len(mailing)) == (int(latent),) * 3


def test_the_liability_is_what_is_left_in_valid_points_never_less_for_another_customers_debt(db, owner):
    from datetime import date, time

    from desktop.core import measures
    from desktop.services.points import summary
    from desktop.services.stats import period_stats

    def at(day, hour=12):
        return datetime.combine(day, time(hour)).astimezone()

    old = customers.create_customer(db, owner, customers.CustomerDetails(name="Oud"), joined_on=date(2024, 1, 10),
                                    at=at(date(2024, 1, 10)))  # 50 welcome points, past their date in 2026
    day = date(2026, 10, 5)
    anna = customers.create_customer(db, owner, customers.CustomerDetails(name="Anna"), joined_on=day, at=at(day, 9))
    bram = customers.create_customer(db, owner, customers.CustomerDetails(name="Bram"), joined_on=day, at=at(day, 9))
    bought = purchases.register_purchase(db, owner, bram.card_number, 10_000, at=at(day, 10))  # +100
    gift = rewards.create_reward(db, owner, "Cadeau", "financial", "free_product", 150, at=at(day, 8))
    redemptions.redeem(db, owner, bram.card_number, str(gift.id), at=at(day, 11))
    purchases.refund_purchase(db, owner, bought.purchase_id, "returned", at=at(day, 12))  # Bram owes 100
    assert (balance_of(db, anna.id), balance_of(db, bram.id), balance_of(db, old.id)) == (50, -100, 50)
    with db.read() as session:
        assert summary(session, old.id, date(2026, 10, 31)).spendable == 0  # no expiry run booked it yet
    figures = period_stats(db, measures.month(2026, 10)).current
    assert (figures.points_outstanding, figures.liability_cents.value) == (50, 50 * 5)  # Anna's 50 only
