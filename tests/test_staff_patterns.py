"""Staff patterns on a constructed month: each pattern counted for whoever did it, against
the shop's average, with the lines that lead to the customer and the ledger."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from conftest import new_customer
from desktop.core import measures
from desktop.core.kinds import Role
from desktop.services import adjustments, purchases, redemptions, rewards, staff
from desktop.services.staff_patterns import BURST, CORRECTION, REFUND_AFTER_SPEND, UNDER_THRESHOLD, VOID, staff_patterns

NOVEMBER = measures.month(2026, 11)


def T(day, minute=0):
    return datetime(2026, 11, day, 10, tzinfo=UTC) + timedelta(minutes=minute)


@pytest.fixture
def month(any_db, owner):
    """Sven at counter A does twenty ordinary purchases; Fatima at counter B does twenty too,
    and also: four refunds after the customer spent points, a burst of three rewards, four
    purchases just under the Silver tier (€ 250) and two voids."""
    sven = replace(staff.actor_for(staff.create_staff(any_db, owner, "Sven", Role.STAFF, "2222")), counter="A")
    fatima = replace(staff.actor_for(staff.create_staff(any_db, owner, "Fatima", Role.STAFF, "3333")), counter="B")
    rewards.create_reward(any_db, owner, "Koffie", "financial", "free_product", 10)
    people = [new_customer(any_db, owner, f"K{i}") for i in range(6)]
    for i in range(20):
        purchases.register_purchase(any_db, sven, people[i % 6].card_number, 1_000 + i, at=T(2, i))
    for i in range(20):
        amount = 24_000 if i < 4 else 2_000  # 240 of 250: just under
        bought = purchases.register_purchase(any_db, fatima, people[i % 6].card_number, amount, at=T(3, i))
        if 4 <= i < 8:  # the customer spends points, then the purchase is refunded
            redemptions.redeem(any_db, sven, people[i % 6].card_number, "Koffie", at=T(3, 30 + 11 * i))
            purchases.refund_purchase(any_db, fatima, bought.purchase_id, "returned", at=T(4, i))
        elif i in (8, 9):
            purchases.refund_purchase(any_db, fatima, bought.purchase_id, "typo", void=True, at=T(3, i))
    for minute in (0, 2, 4):
        redemptions.redeem(any_db, fatima, people[minute].card_number, "Koffie", at=T(5, minute))
    adjustments.adjust_points(any_db, owner, people[0].card_number, 40, "forgotten", at=T(6))
    return any_db


def test_each_pattern_is_counted_for_who_did_it_against_the_shop(month):
    with month.read() as session:
        found = staff_patterns(session, NOVEMBER)
    by_name = {f.name: f for f in found.staff}
    fatima, sven = by_name["Fatima"], by_name["Sven"]
    assert (fatima.counter, fatima.purchases, sven.purchases, found.shop.purchases) == ("B", 20, 20, 40)
    assert fatima.cases[REFUND_AFTER_SPEND] == 4 and sven.cases[REFUND_AFTER_SPEND] == 0
    assert fatima.cases[UNDER_THRESHOLD] == 4 and fatima.cases[VOID] == 2 and fatima.cases[BURST] == 3
    assert sven.redemptions == 4 and sven.cases[BURST] == 0  # four rewards, minutes apart: no burst of three in 10
    assert found.stands_out(fatima, REFUND_AFTER_SPEND) and not found.stands_out(sven, REFUND_AFTER_SPEND)
    assert not found.stands_out(fatima, VOID)  # two voids: too few to be a pattern
    line = fatima.lines[REFUND_AFTER_SPEND][0]
    assert line.customer == "K4" and line.purchase_id and line.refund_id and line.entry_id
    assert fatima.lines[UNDER_THRESHOLD][0].threshold_cents == 25_000
    owner_line = next(f for f in found.staff if f.cases[CORRECTION])
    assert owner_line.correction_points == 40 and owner_line.largest_correction == 40
    assert owner_line.lines[CORRECTION][0].points == 40


def test_another_month_is_empty(month):
    with month.read() as session:
        found = staff_patterns(session, measures.month(2026, 10))
    assert found.staff == [] and found.shop.purchases == 0


def test_on_paper_from_the_command_line_and_the_reports_screen(month, qtbot, tmp_path, capsys):
    from pdfread import Pdf

    from desktop.cli import main
    from desktop.ui.formatting import Formats
    from desktop.ui.reports.reports_screen import ReportsScreen

    pdf = tmp_path / "patterns.pdf"
    assert main(["--db", month.url, "report", "staff-patterns", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--language", "en", "--out", str(pdf)]) == 0
    text = Pdf(pdf.read_bytes()).all_text()
    assert "Staff patterns worth a look" in text and "Whole shop" in text
    assert "Refunds after the customer spent points" in text and "4 · 20.0% !" in text
    assert "refund " in text and "ledger entry " in text  # the lines lead to the bookings
    assert main(["--db", month.url, "report", "staff-patterns", "--from", "2026-12-01", "--to", "2026-11-30",
                 "--out", str(pdf)]) == 1
    capsys.readouterr()
    screen = ReportsScreen(month, Formats("nl"))
    qtbot.addWidget(screen)
    screen.choose("staff_patterns")
    assert screen.editors["start"].isVisibleTo(screen) and not screen.editors["month"].isVisibleTo(screen)
