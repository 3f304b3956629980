"""The customer display follows the counter: idle, a customer opened, a purchase booked,
undone, a reward, the counter cleared; it shows nothing private."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from conftest import new_customer, settle
from desktop.core import clock
from desktop.core.customer_display import first_name, next_reward
from desktop.core.kinds import Role
from desktop.services import rewards
from desktop.services.context import Actor
from desktop.services.shop_profile import update_profile
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.customer_display.window import CustomerDisplay
from desktop.ui.formatting import Formats


def test_what_may_be_shown():
    assert first_name("  Anna de Vries ") == "Anna" and first_name("") == ""
    assert next_reward(62, [("Koffie", 50), ("Taart", 100), ("Tas", 300)]).to_go == 38
    assert next_reward(500, [("Koffie", 50)]) is None and next_reward(-20, [("Koffie", 50)]).to_go == 50


@pytest.fixture
def counter_and_display(qtbot, db, owner):
    rewards.create_reward(db, owner, "Taart", "financial", "free_product", 100)
    page = CounterPage(db, Formats("en"))
    page.set_actor(Actor(name="Sven", role=Role.STAFF))
    qtbot.addWidget(page)
    page.show()
    display = CustomerDisplay(db, Formats("en"))
    qtbot.addWidget(display)
    display.follow(page.state)
    qtbot.waitUntil(lambda: "Mijn Winkel" in display.texts())  # idle: the shop and its programme line
    return page, display


def shown(qtbot, display, text):
    qtbot.waitUntil(lambda: any(text in line for line in display.texts()), timeout=5000)


def test_it_follows_booking_undo_and_clearing(qtbot, db, owner, counter_and_display):
    page, display = counter_and_display
    assert any("Every euro you spend earns 1 point;" in line for line in display.texts())
    customer = new_customer(db, owner, "Anna de Vries", phone="0612345678", notes="pays late")
    page.open_customer(customer.id)
    settle(qtbot, page)
    shown(qtbot, display, "Hello Anna!")
    assert "You have 50 points to spend" in display.texts() and "50 more points for Taart" in display.texts()
    qtbot.keyClicks(page.panel.amount, "12,50")
    qtbot.keyClick(page.panel.amount, Qt.Key.Key_Return)
    settle(qtbot, page)
    shown(qtbot, display, "This purchase earned you 12 points")
    assert "You have 62 points to spend" in display.texts() and "38 more points for Taart" in display.texts()
    qtbot.mouseClick(page.panel.undo, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    qtbot.waitUntil(lambda: "You have 50 points to spend" in display.texts())
    assert not any("earned" in line for line in display.texts())  # the purchase was voided
    everything = " ".join(display.texts())
    assert "de Vries" not in everything and "0612345678" not in everything and "pays late" not in everything
    page.back_to_search()  # also what switching users does
    qtbot.waitUntil(lambda: "Mijn Winkel" in display.texts())
    assert not any("Anna" in line for line in display.texts())


def test_a_birthday_week_greeting(qtbot, db, owner, counter_and_display):
    page, display = counter_and_display
    today = clock.today()
    born = date(1992, today.month, today.day)  # a leap year: 29 February exists
    customer = new_customer(db, owner, "Bram Kok", birthday=born)
    page.open_customer(customer.id)
    shown(qtbot, display, "Happy birthday, Bram!")


def test_shop_menu_opens_it_on_the_remembered_screen_and_closes_it(qtbot, db, owner):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from desktop.ui.customer_display.control import DisplayControl
    from desktop.ui.pc_settings import CUSTOMER_DISPLAY_SCREEN

    page = CounterPage(db, Formats("en"))
    qtbot.addWidget(page)
    control = DisplayControl(db, Formats("en"), page.state, page)
    control.toggle()  # one screen: taken without asking, remembered for this PC
    assert control.display.isVisible()
    assert CUSTOMER_DISPLAY_SCREEN.get(QSettings()) == QGuiApplication.screens()[0].name()
    control.toggle()
    assert not control.display.isVisible()


@pytest.mark.parametrize("form, idle, points", [
    ("u", "Elke euro die u besteedt levert 1 punt op", "U hebt 50 punten te besteden"),
    ("je", "Elke euro die je besteedt levert 1 punt op", "Je hebt 50 punten te besteden"),
])
def test_in_dutch_it_speaks_in_the_shops_form_of_address(qtbot, db, owner, form, idle, points):
    update_profile(db, owner, {"address_form": form})
    page = CounterPage(db, Formats("nl"))
    page.set_actor(Actor(name="Sven", role=Role.STAFF))
    qtbot.addWidget(page)
    display = CustomerDisplay(db, Formats("nl"))
    qtbot.addWidget(display)
    display.follow(page.state)
    shown(qtbot, display, idle)
    customer = new_customer(db, owner, "Anna de Vries")
    page.open_customer(customer.id)
    settle(qtbot, page)
    shown(qtbot, display, points)
