"""The points the counter shows before booking are the points the booking gives: one rule."""

from PySide6.QtCore import Qt

from conftest import new_customer
from desktop.core.catalogue import RewardSpec
from desktop.core.kinds import Role
from desktop.services import purchases, rewards
from desktop.services.context import Actor
from desktop.services.settings import update_settings
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.formatting import Formats


def test_the_preview_counts_the_tier_and_the_double_points_day_the_purchase_reaches(qtbot, db, owner):
    update_settings(db, owner, {"welcome_bonus": 0, "tier_thresholds": {"Silver": 25_000, "Gold": 100_000},
                                "tier_multipliers": {"Silver": 150, "Gold": 200}})
    rewards.save_reward(db, owner, RewardSpec("Dubbel voor Zilver", "financial", "double_points", 0,
                                              min_tier="Silver"))
    customer = new_customer(db, owner)
    assert purchases.register_purchase(db, owner, customer.card_number, 20_000).points == 200  # no tier yet
    page = CounterPage(db, Formats("en"))
    page.set_actor(Actor(name="Sven", role=Role.STAFF))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search, customer.card_number)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.panel.amount.hasFocus())
    # € 60 more reaches Silver: 60 points × 1.5 for Silver, doubled on Silver's double-points day.
    qtbot.keyClicks(page.panel.amount, "60")
    assert "earns 180 points" in page.panel.preview.text()
    booked = purchases.register_purchase(db, owner, customer.card_number, 6_000)
    assert booked.points == 180
