"""The owner's till totals screen, used as a person would: errors beside the field, saving off
the UI thread, a correction that needs its reason, and the dashboard's members' share."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from conftest import worked
from desktop.core import clock
from desktop.services.till_totals import enter_till_total, month_lines
from desktop.ui.formatting import Formats
from desktop.ui.owner.till_totals_screen import TillTotalsScreen


def open_screen(qtbot, db, owner, language="en") -> TillTotalsScreen:
    screen = TillTotalsScreen(db, owner, Formats(language), None)
    qtbot.addWidget(screen)
    worked(qtbot, screen.reading)
    return screen


def choose(screen, qtbot, day: date) -> None:
    screen.day.setDate(QDate(day.year, day.month, day.day))
    worked(qtbot, screen.reading)


def type_and_enter(qtbot, editor, text: str) -> None:
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_bad_amount_is_refused_beside_the_field_and_nothing_is_saved(qtbot, db, owner):
    screen = open_screen(qtbot, db, owner)
    yesterday = clock.today() - timedelta(days=1)
    choose(screen, qtbot, yesterday)
    type_and_enter(qtbot, screen.amount, "12,3,4")
    assert "is not an amount" in screen.errors["amount"].text()
    type_and_enter(qtbot, screen.amount, "-5")
    assert "cannot be negative" in screen.errors["amount"].text()
    assert not screen.saving.running and month_lines(db, yesterday.year, yesterday.month) == []


def test_the_owner_enters_days_one_after_another_and_corrects_one(qtbot, db, owner):
    screen = open_screen(qtbot, db, owner)
    first = (clock.today().replace(day=1) - timedelta(days=1)).replace(day=1)  # last month's first day
    choose(screen, qtbot, first)
    type_and_enter(qtbot, screen.amount, "1234,50")
    worked(qtbot, screen.saving)
    worked(qtbot, screen.reading)
    assert "Saved" in screen.status.text()
    assert screen.chosen_day() == first + timedelta(days=1)  # on to the next Z-report
    assert screen.table.rowCount() == 1 and "1,234.50" in screen.table.item(0, 1).text()
    assert "entered for 1 of" in screen.month_label.text()
    choose(screen, qtbot, first + timedelta(days=3))
    cell = screen.table.visualItemRect(screen.table.item(0, 0)).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # the figure to correct
    assert screen.chosen_day() == first
    type_and_enter(qtbot, screen.amount, "1200")
    worked(qtbot, screen.saving)
    assert "say why" in screen.errors["reason"].text()  # beside the reason, nothing saved
    assert [line.revenue_cents for line in month_lines(db, first.year, first.month)] == [123_450]
    type_and_enter(qtbot, screen.reason, "Pin dubbel geteld")
    worked(qtbot, screen.saving)
    worked(qtbot, screen.reading)
    assert screen.errors["reason"].text() == ""
    assert [line.revenue_cents for line in month_lines(db, first.year, first.month)] == [120_000]
    assert "1× corrected: Pin dubbel geteld" in screen.table.item(0, 3).text()


def test_a_month_total_for_a_month_not_over_is_refused_beside_the_date(qtbot, db, owner):
    screen = open_screen(qtbot, db, owner)
    screen.per_month.click()
    choose(screen, qtbot, clock.today())
    type_and_enter(qtbot, screen.amount, "40000")
    assert "once the month is over" in screen.errors["day"].text()
    choose(screen, qtbot, clock.today().replace(day=1) - timedelta(days=1))
    type_and_enter(qtbot, screen.amount, "40000")
    worked(qtbot, screen.saving)
    worked(qtbot, screen.reading)
    assert "entered for every day" in screen.month_label.text()


def test_the_dashboard_says_for_how_many_days_the_till_is_entered(qtbot, db, owner):
    from desktop.ui.dashboard.dashboard import Dashboard

    last_month = clock.today().replace(day=1) - timedelta(days=1)
    enter_till_total(db, owner, last_month, 50_000)
    dashboard = Dashboard(db, owner, Formats("en"))
    qtbot.addWidget(dashboard)
    worked(qtbot, dashboard.runner)
    tile = dashboard.tiles["members_share"]
    assert tile.value.text() == "—"
    assert tile.change.text() == f"Till total for 1 of {last_month.day} days entered"


def test_while_a_figure_saves_the_form_is_greyed_and_a_second_enter_enters_once(qtbot, db, owner, monkeypatch):
    import threading

    from desktop.services import till_totals

    screen = open_screen(qtbot, db, owner)
    yesterday = clock.today() - timedelta(days=1)
    choose(screen, qtbot, yesterday)
    slow, calls, enter = threading.Event(), [], till_totals.enter_till_total
    monkeypatch.setattr(till_totals, "enter_till_total",
                        lambda *args, **kwargs: (calls.append(1), slow.wait(10), enter(*args, **kwargs))[2])
    type_and_enter(qtbot, screen.amount, "1234,50")
    assert not screen.amount.isEnabled() and not screen.reason.isEnabled() and not screen.day.isEnabled()
    qtbot.keyClick(screen.amount, Qt.Key.Key_Return)  # a hurried second Enter
    slow.set()
    worked(qtbot, screen.saving)
    assert calls == [1] and screen.amount.isEnabled() and screen.amount.text() == ""
    assert [line.revenue_cents for line in month_lines(db, yesterday.year, yesterday.month)] == [123_450]
