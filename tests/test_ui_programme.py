"""The owner's programme screens and the counter's occasion banner, as people use them."""

from datetime import date

import pytest
from sqlmodel import func, select

from conftest import new_customer, worked
from desktop.core.kinds import Role
from desktop.services import purchases, rewards
from desktop.services.context import Actor
from desktop.storage.models import Occasion, Reward
from desktop.ui.formatting import Formats

OWNER = Actor(name="Eigenaar", role=Role.OWNER)
CLERK = Actor(name="Sven", role=Role.STAFF)


@pytest.fixture
def editor(qtbot, db):
    from desktop.ui.programme.reward_editor import RewardEditor

    screen = RewardEditor(db, OWNER, Formats("en"))
    qtbot.addWidget(screen)
    return screen


def stored(db) -> int:
    with db.read() as session:
        return session.exec(select(func.count()).select_from(Reward)).one()


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


# (field, what is typed, the kind that shows the field)
BAD_TEXT = [
    ("name", "", "free_product"), ("name", "n" * 121, "free_product"),
    ("cost_points", "-5", "free_product"), ("cost_points", "veel", "free_product"),
    ("cost_points", "2000000", "free_product"), ("valid_days", "0", "free_product"),
    ("valid_days", "1,5", "free_product"), ("offered_from", "31-02-2026", "free_product"),
    ("offered_until", "morgen", "free_product"), ("stock", "-1", "free_product"),
    ("discount_cents", "12,5x", "discount"), ("discount_cents", "-3", "discount"),
    ("discount_percent", "150", "discount"), ("stamps_needed", "1", "stamp_card"),
    ("stamps_needed", "", "stamp_card"), ("event_at", "22-11-2026", "event"),
    ("event_at", "22-11-2026 25:00", "event"),
]


@pytest.mark.parametrize("field, typed, kind", BAD_TEXT)
def test_bad_input_on_every_field_shows_a_message_beside_it_and_saves_nothing(editor, db, field, typed, kind):
    from desktop.core.catalogue import KIND_LEVEL
    choose(editor.level, KIND_LEVEL[kind])
    choose(editor.kind, kind)
    editor.edits["name"].setText("Proefavond")
    editor.edits[field].setText(typed)
    assert editor.save() is False
    assert editor.errors[field].text() and not editor.errors[field].isHidden()
    assert [name for name, error in editor.errors.items() if not error.isHidden()] == [field]
    assert stored(db) == 0


def test_the_other_fields_refuse_bad_combinations_beside_them(editor, db):
    editor.edits["name"].setText("Periode")
    editor.edits["offered_from"].setText("10-03-2026")
    editor.edits["offered_until"].setText("01-03-2026")
    assert editor.save() is False and editor.errors["offered_until"].text()
    editor.edits["offered_until"].clear()
    choose(editor.kind, "discount")
    editor.edits["discount_cents"].setText("5,00")
    editor.edits["discount_percent"].setText("10")
    assert editor.save() is False and editor.errors["discount_percent"].text()
    editor.voucher.setPlainText("v" * 1001)
    editor.edits["discount_percent"].clear()
    assert editor.save() is False and editor.errors["voucher_text"].text()
    assert stored(db) == 0


def test_a_reward_is_created_edited_and_retired_from_the_editor(editor, db):
    choose(editor.level, "social_emotional")
    choose(editor.kind, "event")
    editor.edits["name"].setText("Proefavond")
    editor.edits["stock"].setText("20")
    editor.edits["event_at"].setText("12/12/2030 19:30")
    choose(editor.min_tier, "Gold")
    assert editor.save() is True
    with db.read() as session:
        reward = session.exec(select(Reward)).one()
    assert (reward.stock, reward.min_tier, reward.event_at.astimezone().hour) == (20, "Gold", 19)
    editor.edits["cost_points"].setText("50")
    assert editor.save() is True and stored(db) == 1
    editor.retire_button.click()
    assert rewards.active_rewards(db) == []
    assert editor.table.item(0, 3).text() == "retired"


def test_the_counter_shows_the_occasions_and_marks_them_handed_out(qtbot, db):
    from desktop.ui.counter.counter_page import CounterPage

    page = CounterPage(db, Formats("en"))
    page.set_actor(CLERK)
    qtbot.addWidget(page)
    customer = new_customer(db, OWNER)
    purchases.register_purchase(db, OWNER, customer.card_number, 20_000)
    page.open_customer(customer.id)
    qtbot.waitUntil(lambda: page.idle)  # opened on a worker thread
    panel = page.panel
    assert "Welcome to the programme (+50 points)" in panel.occasions.text()
    assert not panel.handed_out.isHidden()
    assert "€50.00 more for Silver" in panel.tier_note.text()
    panel.handed_out.click()
    qtbot.waitUntil(lambda: page.idle)
    assert panel.occasions.isHidden() and panel.handed_out.isHidden()
    with db.read() as session:
        assert session.exec(select(Occasion.handed_out_at)).one() is not None


def test_opening_a_customer_in_their_birthday_week_grants_the_birthday_once(qtbot, db):
    from desktop.ui.counter.counter_page import CounterPage

    page = CounterPage(db, Formats("en"))
    page.set_actor(CLERK)
    qtbot.addWidget(page)
    today = date.today()
    born = today.replace(year=1990) if (today.month, today.day) != (2, 29) else date(1992, 2, 29)
    customer = new_customer(db, OWNER, birthday=born)
    for _ in range(2):
        page.open_customer(customer.id)
        qtbot.waitUntil(lambda: page.idle)
    assert "Birthday surprise (+100 points)" in page.panel.occasions.text()
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Occasion).where(Occasion.kind == "birthday")).one() == 1


def test_the_retention_view_shows_the_levels_the_hint_and_the_due_list(qtbot, db):
    from desktop.core.catalogue import RewardSpec
    from desktop.services import redemptions, subscriptions
    from desktop.services.settings import update_settings
    from desktop.ui.programme.retention_view import RetentionView

    update_settings(db, OWNER, {"welcome_bonus": 1000})
    rewards.save_reward(db, OWNER, RewardSpec("Korting", "financial", "discount", 10))
    beans = rewards.save_reward(db, OWNER, RewardSpec("Bonen", "structural", "subscription", 0))
    customer = new_customer(db, OWNER)
    for _ in range(10):
        redemptions.redeem(db, OWNER, customer.card_number, "Korting")
    subscriptions.subscribe(db, OWNER, customer.card_number, beans.id, 30)
    view = RetentionView(db, OWNER, Formats("en"))
    qtbot.addWidget(view)
    worked(qtbot, view.work)
    assert [view.levels.item(r, 1).text() for r in range(3)] == ["10", "0", "0"]
    assert view.hint.text().startswith("10 out of 10 rewards were financial in this period; consider a social")
    assert view.due.rowCount() == 1 and view.due.item(0, 3).text() == "Bonen"
    view.due.selectRow(0)
    view.handed_over.click()
    worked(qtbot, view.work)
    assert view.due.rowCount() == 0


def test_the_retention_hint_says_when_there_are_too_few_rewards_to_judge(qtbot, db):
    from desktop.core.catalogue import RewardSpec
    from desktop.services import redemptions
    from desktop.ui.programme.retention_view import RetentionView

    rewards.save_reward(db, OWNER, RewardSpec("Korting", "financial", "discount", 10))
    customer = new_customer(db, OWNER)
    redemptions.redeem(db, OWNER, customer.card_number, "Korting")  # 1 financial, 0 and 0
    view = RetentionView(db, OWNER, Formats("en"))
    qtbot.addWidget(view)
    worked(qtbot, view.work)
    assert view.hint.text() == "Only 1 reward handed out in this period: too few to judge the balance."


def test_the_rewards_chart_never_counts_below_zero(qtbot, db):
    from desktop.ui.programme.retention_view import RetentionView

    view = RetentionView(db, OWNER, Formats("en"))  # nothing handed out yet
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: bool(view.figure.axes))
    low, high = view.figure.axes[0].get_ylim()
    assert low == 0 and high >= 1


def test_the_programme_menu_opens_both_screens_for_the_owner_only(qtbot, db, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    window = MainWindow(db, Formats("en"), "Winkel", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_actor(CLERK)
    assert window.open_owner_screen("rewards", window._rewards_screen) is None
    window.set_actor(OWNER)
    assert type(window.open_owner_screen("rewards", window._rewards_screen)).__name__ == "RewardEditor"
    assert type(window.open_owner_screen("retention", window._retention_screen)).__name__ == "RetentionView"
