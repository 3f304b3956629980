"""Bugs a review found, each kept from coming back."""

from datetime import datetime, timezone

import pytest
from sqlmodel import select

from conftest import balance_of, new_customer
from desktop.core.errors import ConflictError, ValidationError
from desktop.services import adjustments, customers, expiry, purchases, redemptions, rewards, surveys
from desktop.services.check import run_checks
from desktop.services.settings import update_settings
from desktop.storage.models import AuditLog, Customer


def T(y, m, d):
    return datetime(y, m, d, 12, tzinfo=timezone.utc)


@pytest.fixture
def shop(any_db, owner):
    update_settings(any_db, owner, {"welcome_bonus": 0, "expiry_months": 1})
    rewards.create_reward(any_db, owner, "Honderd", "financial", "discount", 100)
    return any_db


def test_a_refund_is_never_paid_with_points_that_expired_but_were_not_swept_yet(shop, owner):
    customer = new_customer(shop, owner)
    purchases.register_purchase(shop, owner, customer.card_number, 10_000, at=T(2025, 1, 2))  # valid to 2 Feb
    second = purchases.register_purchase(shop, owner, customer.card_number, 10_000, at=T(2025, 3, 1))
    redemptions.redeem(shop, owner, customer.card_number, "Honderd", at=T(2025, 3, 2))
    purchases.refund_purchase(shop, owner, second.purchase_id, "returned", at=T(2025, 3, 3))
    assert balance_of(shop, customer.id) == -100  # the reward was kept: the customer owes it
    assert expiry.expire_points(shop, owner, at=T(2025, 3, 4)).points == 0
    assert run_checks(shop) == []


def test_a_correction_cannot_take_dead_points(shop, owner):
    customer = new_customer(shop, owner)
    purchases.register_purchase(shop, owner, customer.card_number, 10_000, at=T(2025, 1, 2))
    with pytest.raises(ConflictError):
        adjustments.adjust_points(shop, owner, customer.card_number, -50, "typo", at=T(2025, 3, 1))


def test_a_refund_does_not_take_back_points_that_expiry_took(shop, owner):
    customer = new_customer(shop, owner)
    bought = purchases.register_purchase(shop, owner, customer.card_number, 10_000, at=T(2025, 1, 2))
    expiry.expire_points(shop, owner, at=T(2025, 2, 3))
    result = purchases.refund_purchase(shop, owner, bought.purchase_id, "returned late", at=T(2025, 2, 4))
    assert result.points_reversed == 0 and balance_of(shop, customer.id) == 0
    assert run_checks(shop) == []


def test_a_merge_does_not_move_dead_points_to_pay_a_debt(shop, owner):
    keep, duplicate = new_customer(shop, owner, "A"), new_customer(shop, owner, "B")
    bought = purchases.register_purchase(shop, owner, keep.card_number, 10_000, at=T(2025, 3, 1))
    redemptions.redeem(shop, owner, keep.card_number, "Honderd", at=T(2025, 3, 1))
    purchases.refund_purchase(shop, owner, bought.purchase_id, "returned", at=T(2025, 3, 1))
    purchases.register_purchase(shop, owner, duplicate.card_number, 10_000, at=T(2025, 1, 2))  # dead by March
    customers.merge_customers(shop, owner, keep.card_number, duplicate.card_number, at=T(2025, 3, 5))
    assert balance_of(shop, keep.id) == -100
    assert run_checks(shop) == []


def test_retrying_a_purchase_on_a_merged_card_repeats_the_first_answer(any_db, owner):
    keep, duplicate = new_customer(any_db, owner, "A"), new_customer(any_db, owner, "B")
    customers.merge_customers(any_db, owner, keep.card_number, duplicate.card_number)
    first = purchases.register_purchase(any_db, owner, duplicate.card_number, 1_000, client_key="K1")
    again = purchases.register_purchase(any_db, owner, duplicate.card_number, 1_000, client_key="K1")
    assert again.replayed and again.purchase_id == first.purchase_id


def test_a_redemption_key_belongs_to_one_customer(any_db, owner):
    rewards.create_reward(any_db, owner, "Tien", "financial", "discount", 10)
    one, two = new_customer(any_db, owner, "Een"), new_customer(any_db, owner, "Twee")
    redemptions.redeem(any_db, owner, one.card_number, "Tien", client_key="R")
    with pytest.raises(ConflictError):
        redemptions.redeem(any_db, owner, two.card_number, "Tien", client_key="R")
    assert balance_of(any_db, two.id) == 50


def test_anonymising_reaches_merged_duplicates_and_survey_audit_entries(any_db, owner):
    keep = new_customer(any_db, owner, "Ann Jansen", email="ann@example.nl")
    duplicate = new_customer(any_db, owner, "Ann J. dup", phone="0698765432", street="Dorpstraat 1")
    surveys.record_survey(any_db, owner, {"recommend": 9}, card=duplicate.card_number, comment="bel me op 0698765432")
    customers.merge_customers(any_db, owner, keep.card_number, duplicate.card_number)
    customers.anonymise_customer(any_db, owner, duplicate.card_number)  # the old card leads to the one kept
    with any_db.read() as session:
        for person in session.exec(select(Customer)).all():
            assert person.anonymised and person.name == customers.ANONYMOUS_NAME and not person.phone
        trail = " ".join(e.before + e.after for e in session.exec(select(AuditLog)))
    for secret in ("Ann", "0698765432", "Dorpstraat", "ann@example.nl"):
        assert secret not in trail


def test_an_anonymised_customer_is_never_merged(shop, owner):
    gone = customers.create_customer(shop, owner, customers.CustomerDetails(name="Oud"), at=T(2026, 6, 15))
    duplicate = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Nieuw", phone="0612345678", email="nieuw@example.nl"), at=T(2026, 6, 15))
    customers.anonymise_customer(shop, owner, gone.card_number, at=T(2026, 6, 16))
    with pytest.raises(ConflictError):  # it would bring the duplicate's phone and e-mail back onto the row
        customers.merge_customers(shop, owner, gone.card_number, duplicate.card_number, at=T(2026, 6, 17))
    with pytest.raises(ConflictError):
        customers.merge_customers(shop, owner, duplicate.card_number, gone.card_number, at=T(2026, 6, 17))
    with shop.read() as session:
        assert (session.get(Customer, gone.id).phone, session.get(Customer, duplicate.id).merged_into_id) == ("", None)


def test_a_friend_referred_with_a_merged_card_counts_for_the_customer_kept(shop, owner):
    keep = customers.create_customer(shop, owner, customers.CustomerDetails(name="Jan"), at=T(2026, 6, 15))
    duplicate = customers.create_customer(shop, owner, customers.CustomerDetails(name="Jan (dubbel)"),
                                          at=T(2026, 6, 15))
    customers.merge_customers(shop, owner, keep.card_number, duplicate.card_number, at=T(2026, 6, 16))
    friend = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Vriend", referred_by_card=duplicate.card_number), at=T(2026, 6, 17))
    with shop.read() as session:
        assert session.get(Customer, friend.id).referred_by_id == keep.id


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


def test_referrals_never_go_round_in_a_circle(shop, owner):
    anna = customers.create_customer(shop, owner, customers.CustomerDetails(name="Anna"), at=T(2026, 6, 15))
    bram = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Bram", referred_by_card=anna.card_number), at=T(2026, 6, 15))
    cor = customers.create_customer(shop, owner, customers.CustomerDetails(
        name="Cor", referred_by_card=bram.card_number), at=T(2026, 6, 15))
    for friend in (bram, cor):  # Anna was referred by someone she (indirectly) brought in herself
        with pytest.raises(ValidationError):
            customers.update_customer(shop, owner, anna.card_number, customers.CustomerDetails(
                name="Anna", referred_by_card=friend.card_number), at=T(2026, 6, 16))
    customers.update_customer(shop, owner, cor.card_number, customers.CustomerDetails(
        name="Cor", referred_by_card=bram.card_number), at=T(2026, 6, 16))  # unchanged is fine
