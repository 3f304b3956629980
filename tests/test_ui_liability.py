"""The points liability statement in the Reports screen, with the owner's breakage rate."""

from pdfread import Pdf

from conftest import made
from desktop.core.kinds import Role
from desktop.services import customers, purchases, staff
from desktop.ui.formatting import Formats
from desktop.ui.reports.reports_screen import ReportsScreen


def test_the_liability_statement_with_an_owner_breakage_rate(qtbot, db):
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111"))
    customer = customers.create_customer(db, owner, customers.CustomerDetails(name="Anouk Smit"))
    purchases.register_purchase(db, owner, customer.card_number, 3_000)
    screen = ReportsScreen(db, Formats("en"))
    qtbot.addWidget(screen)
    screen.choose("liability")
    assert screen.editors["breakage"].isVisibleTo(screen) and not screen.editors["card"].isVisibleTo(screen)
    screen.editors["month"].setDate(screen.editors["day"].date())  # this month: the purchase is in it
    assert screen.values()["breakage"] is None  # "from the shop's own history"
    screen.editors["breakage"].setValue(20)
    text = Pdf(made(qtbot, screen)).all_text()
    assert "Points liability statement" in text and "20.0%, set by the owner" in text
