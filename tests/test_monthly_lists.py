"""The monthly report's lists read from the customers' month totals: the same customers as
counted from the purchases themselves, voided purchases left out."""

from datetime import date, datetime, time

from desktop.services import documents
from desktop.services.purchases import refund_purchase, register_purchase
from tests.conftest import new_customer


def at(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone()


def test_top_customers_of_a_month_equal_those_counted_day_by_day(any_db, owner):
    anna, bram, cas = (new_customer(any_db, owner, name) for name in ("Anna", "Bram", "Cas"))
    for card, cents, day in ((anna.card_number, 2000, date(2026, 10, 3)), (anna.card_number, 1500, date(2026, 10, 20)),
                             (bram.card_number, 3000, date(2026, 10, 5)), (bram.card_number, 9000, date(2026, 9, 30)),
                             (cas.card_number, 2500, date(2026, 11, 2))):
        register_purchase(any_db, owner, card, cents, at=at(day))
    mistake = register_purchase(any_db, owner, cas.card_number, 90_000, at=at(date(2026, 10, 9)))
    refund_purchase(any_db, owner, mistake.purchase_id, "typo", void=True, at=at(date(2026, 10, 9)))
    with any_db.read() as session:
        whole_month = documents.top_customers(session, date(2026, 10, 1), date(2026, 10, 31))
        day_by_day = documents.top_customers(session, date(2026, 10, 2), date(2026, 10, 30))
    assert whole_month == day_by_day
    assert [(c.name, c.purchases, c.spent_cents) for c in whole_month] == [("Anna", 2, 3500), ("Bram", 1, 3000)]


def test_customers_to_reactivate_are_those_whose_last_purchase_fell_in_the_quarter_before(any_db, owner):
    anna, bram, cas = (new_customer(any_db, owner, name) for name in ("Anna", "Bram", "Cas"))
    register_purchase(any_db, owner, anna.card_number, 4000, at=at(date(2026, 6, 15)))  # quiet since
    register_purchase(any_db, owner, anna.card_number, 1000, at=at(date(2026, 5, 1)))  # back-dated: before the 90 days
    register_purchase(any_db, owner, bram.card_number, 3000, at=at(date(2026, 6, 1)))
    register_purchase(any_db, owner, bram.card_number, 500, at=at(date(2026, 10, 1)))  # came back
    register_purchase(any_db, owner, cas.card_number, 2000, at=at(date(2026, 7, 1)))
    later = register_purchase(any_db, owner, cas.card_number, 700, at=at(date(2026, 9, 15)))
    refund_purchase(any_db, owner, later.purchase_id, "typo", void=True, at=at(date(2026, 9, 15)))  # still quiet
    with any_db.read() as session:
        quiet = documents.customers_to_reactivate(session, date(2026, 10, 31), 90)
    # quiet from 3 August: the last purchase between 5 May and 2 August counts, and what was spent since 5 May
    assert [(c.name, c.last_visit, c.spent_cents) for c in quiet] == [
        ("Anna", date(2026, 6, 15), 4000), ("Cas", date(2026, 7, 1), 2000)]
