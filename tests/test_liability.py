"""The points liability statement: the months' movements add up to the dashboard's points
outstanding, on a shop worked out by hand and on a busy random one."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from conftest import new_customer
from desktop.core import measures
from desktop.core.errors import ConflictError
from desktop.core.kinds import EntryKind
from desktop.core.liability import NO_BREAKAGE_HISTORY, Breakage, deferred_revenue_cents
from desktop.services import adjustments, customers, expiry, purchases, redemptions, rewards
from desktop.services.liability import liability_statement
from desktop.services.settings import update_settings
from desktop.services.stats import period_stats


def T(y, m, d, hour=12):
    return datetime(y, m, d, hour, tzinfo=UTC)


@pytest.fixture
def shop(any_db, owner):
    update_settings(any_db, owner, {"welcome_bonus": 0, "expiry_months": 1})
    rewards.create_reward(any_db, owner, "Honderd", "financial", "discount", 100)
    return any_db


def test_a_month_worked_out_by_hand(shop, owner):
    a, b = new_customer(shop, owner, "A"), new_customer(shop, owner, "B")
    purchases.register_purchase(shop, owner, a.card_number, 10_000, at=T(2025, 1, 2))  # 100, to 2 Feb
    expiry.expire_points(shop, owner, at=T(2025, 2, 3))  # books those 100 as expired
    bought = purchases.register_purchase(shop, owner, b.card_number, 5_000, at=T(2025, 2, 5))
    purchases.refund_purchase(shop, owner, bought.purchase_id, "returned", at=T(2025, 2, 6))  # 50 back
    purchases.register_purchase(shop, owner, a.card_number, 20_000, at=T(2025, 2, 10))  # 200, to 10 March
    redemptions.redeem(shop, owner, a.card_number, "Honderd", at=T(2025, 2, 11))
    adjustments.adjust_points(shop, owner, b.card_number, 30, "forgotten", at=T(2025, 2, 20))
    adjustments.adjust_points(shop, owner, b.card_number, -10, "too many", at=T(2025, 2, 25))

    february = liability_statement(shop, measures.month(2025, 2))
    assert (february.opening, february.issued[EntryKind.EARN], february.taken_back, february.redeemed,
            february.expired, february.corrections, february.closing) == (100, 250, 50, 100, 100, 20, 120)
    assert february.issued_total == 250 and february.balanced
    assert february.closing == period_stats(shop, measures.month(2025, 2)).current.points_outstanding
    assert february.liability_cents == 120 * 5
    # Of the 200 points gone in the 24 months to February, 100 expired: half is breakage.
    assert (february.breakage.redeemed, february.breakage.expired) == (100, 100)
    assert february.breakage.estimated.value == 50.0 and february.deferred_cents == 300

    march = liability_statement(shop, measures.month(2025, 3))  # what was left lapses, unbooked
    assert (march.opening, march.expired, march.closing) == (120, 120, 0) and march.balanced
    january = liability_statement(shop, measures.month(2025, 1))
    assert (january.opening, january.issued[EntryKind.EARN], january.closing) == (0, 100, 100)
    assert january.breakage.estimated.reason == NO_BREAKAGE_HISTORY and january.deferred_cents == 500


def test_the_owner_can_set_the_breakage_rate(shop, owner):
    a = new_customer(shop, owner, "A")
    purchases.register_purchase(shop, owner, a.card_number, 10_000, at=T(2025, 1, 2))
    statement = liability_statement(shop, measures.month(2025, 1), breakage_override=20.0)
    assert statement.breakage.rate == 20.0 and statement.deferred_cents == 400


def test_merges_and_debts_keep_the_statement_balanced(shop, owner):
    keep, duplicate = new_customer(shop, owner, "A"), new_customer(shop, owner, "B")
    purchases.register_purchase(shop, owner, duplicate.card_number, 10_000, at=T(2025, 2, 20))
    bought = purchases.register_purchase(shop, owner, keep.card_number, 10_000, at=T(2025, 3, 1))
    redemptions.redeem(shop, owner, keep.card_number, "Honderd", at=T(2025, 3, 1))
    purchases.refund_purchase(shop, owner, bought.purchase_id, "returned", at=T(2025, 3, 2))  # owes 100
    customers.merge_customers(shop, owner, keep.card_number, duplicate.card_number, at=T(2025, 3, 5))
    purchases.register_purchase(shop, owner, keep.card_number, 5_000, at=T(2025, 4, 2))
    for month in (2, 3, 4):
        statement = liability_statement(shop, measures.month(2025, month))
        assert statement.balanced, statement
        assert statement.closing == period_stats(shop, measures.month(2025, month)).current.points_outstanding


def test_a_busy_random_year_balances_every_month(db, owner):
    update_settings(db, owner, {"welcome_bonus": 10, "expiry_months": 3})
    rewards.create_reward(db, owner, "Vijftig", "financial", "discount", 50)
    rng = random.Random(7)
    people = [new_customer(db, owner, f"K{i}") for i in range(8)]
    day = datetime(2025, 1, 1, 10, tzinfo=UTC)
    bought: list[int] = []
    while day < datetime(2025, 12, 31, tzinfo=UTC):
        day += timedelta(hours=rng.randint(5, 40))
        person = rng.choice(people).card_number
        roll = rng.random()
        try:
            if roll < 0.55:
                booked = purchases.register_purchase(db, owner, person, rng.randint(500, 9_000), at=day)
                bought.append(booked.purchase_id)
            elif roll < 0.7:
                redemptions.redeem(db, owner, person, "Vijftig", at=day)
            elif roll < 0.8 and bought:
                purchases.refund_purchase(db, owner, bought.pop(rng.randrange(len(bought))), "back", at=day,
                                          void=rng.random() < 0.3)
            elif roll < 0.9:
                adjustments.adjust_points(db, owner, person, rng.choice([-20, -5, 15, 40]), "fix", at=day)
            else:
                expiry.expire_points(db, owner, at=day)
        except ConflictError:
            pass  # not enough points for that: the shop goes on
    for month in range(1, 13):
        statement = liability_statement(db, measures.month(2025, month))
        assert statement.balanced, statement
        assert statement.closing == period_stats(db, measures.month(2025, month)).current.points_outstanding
    assert sum(liability_statement(db, measures.month(2025, m)).expired for m in range(1, 13)) > 0


def test_deferred_revenue_is_the_points_worth_less_the_breakage():
    assert deferred_revenue_cents(1_000, 5, 12.5) == 4_375
    assert deferred_revenue_cents(-30, 5, 0) == 0  # an open debt is not a liability
    history = Breakage(date(2023, 3, 1), date(2025, 2, 28), redeemed=300, expired=100)
    assert history.estimated.value == 25.0 and history.rate == 25.0
    assert Breakage(date(2023, 3, 1), date(2025, 2, 28), 0, 0, override=10.0).rate == 10.0


def test_the_command_prints_the_statement_or_writes_it(loyalty, tmp_path):
    card = loyalty("customer", "add", "--name", "Joëlle Maës")[1].strip()
    assert loyalty("purchase", card, "25,00")[0] == 0
    month = date.today().strftime("%Y-%m")
    code, out, _ = loyalty("report", "liability", "--month", month, "--language", "en")
    assert code == 0 and "Closing balance" in out and "Earned on purchases" in out
    pdf = tmp_path / "liability.pdf"
    code, _, _ = loyalty("report", "liability", "--month", month, "--breakage", "10", "--out", str(pdf),
                         "--language", "nl")
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    from pdfread import Pdf

    text = Pdf(pdf.read_bytes()).all_text()
    assert "Overzicht puntenverplichting" in text and "ingesteld door de eigenaar" in text
    # a movement is signed in its worth as in its points: + before the euro sign
    assert "Gespaard met aankopen +25 +€ 1,25" in " ".join(text.split())
    code, _, err = loyalty("report", "liability", "--month", "2026-13")
    assert code == 1 and "2026-13" in err
    code, _, err = loyalty("report", "liability", "--breakage", "150")
    assert code == 1 and "0 to 100" in err
