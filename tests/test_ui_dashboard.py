"""The dashboard shows the same numbers as `loyalty stats`, computes off the UI thread and
opens the customers behind a figure."""

import json
from datetime import date

from PySide6.QtCore import Qt

from desktop.cli import main
from desktop.core import till
from desktop.ui.dashboard.dashboard import Dashboard, number
from desktop.ui.formatting import Formats
from tests.test_stats import shop  # noqa: F401 (the fixture)


def shown_dashboard(qtbot, db, owner, formats: Formats | None = None) -> Dashboard:
    dashboard = Dashboard(db, owner, formats or Formats("en"))
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.sig_shown, timeout=20_000):
        dashboard.set_period("month", date(2026, 10, 1))
    return dashboard


def test_the_dashboard_shows_what_loyalty_stats_prints(qtbot, db, owner, shop, capsys):  # noqa: F811
    dashboard = shown_dashboard(qtbot, db, owner)
    assert main(["--db", db.url, "stats", "--from", "2026-10-01", "--to", "2026-10-31", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)["figures"]
    assert set(printed) == set(dashboard.tiles)
    for name, tile in dashboard.tiles.items():
        assert tile.figure.value.value == printed[name]["value"], name
        if name == "members_share":  # the reason in the owner's words: for how many days the till is entered
            assert printed[name]["reason"] == till.NOT_ENTERED
            assert tile.value.text() == "—" and tile.change.text() == "Till total for 0 of 31 days entered"
        elif printed[name]["value"] is None:
            assert tile.value.text() == "—" and tile.change.text() == printed[name]["reason"]
        else:
            assert tile.value.text() == number(dashboard.formats, tile.figure.unit, printed[name]["value"])
    assert dashboard.tiles["active"].value.text() == "2"
    assert dashboard.tiles["churn"].value.text() == "50.0 %"
    assert dashboard.detractors.rowCount() == 1 and dashboard.detractors.item(0, 3).text() == "Te duur"


def test_dutch_numbers(qtbot, db, owner, shop):  # noqa: F811
    dashboard = shown_dashboard(qtbot, db, owner, Formats("nl"))
    assert dashboard.tiles["revenue_cents"].value.text() == "€\u00a090,00"
    assert dashboard.tiles["average_purchase_cents"].value.text() == "€\u00a030,00"
    assert dashboard.tiles["purchase_frequency"].value.text() == "1,50"


def test_periods_step_back_and_forth(qtbot, db, owner, shop):  # noqa: F811
    dashboard = shown_dashboard(qtbot, db, owner)
    with qtbot.waitSignal(dashboard.sig_shown, timeout=20_000):
        dashboard.earlier.click()
    assert dashboard.stats.current.period.start == date(2026, 9, 1)
    assert dashboard.tiles["active"].value.text() == "2"  # September: Anna and Bram
    with qtbot.waitSignal(dashboard.sig_shown, timeout=20_000):
        dashboard.set_period("quarter", date(2026, 10, 1))
    assert (dashboard.stats.current.period.start, dashboard.stats.current.period.end) == (date(2026, 10, 1),
                                                                                        date(2026, 12, 31))


def test_click_through_to_the_customers_behind_a_figure(qtbot, db, owner, shop):  # noqa: F811
    dashboard = shown_dashboard(qtbot, db, owner)
    qtbot.mouseClick(dashboard.tiles["active"], Qt.MouseButton.LeftButton)
    names = [line.name for line in dashboard.customer_list.model.lines]
    assert names == ["Anna", "Cor"]
    dashboard.latent_button.click()
    assert [line.name for line in dashboard.customer_list.model.lines] == ["Eva"]
    assert "1" in dashboard.latent_button.text()


def test_figures_are_computed_off_the_ui_thread(qtbot, db, owner, monkeypatch):
    import threading

    from desktop.ui.dashboard import dashboard as module

    threads = []
    real = module.period_stats

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "period_stats", recording)
    shown_dashboard(qtbot, db, owner)
    assert threads and threading.main_thread() not in threads


def test_the_counter_names_every_segment_the_dashboard_counts(qtbot):
    from desktop.core.moments import Segment
    from desktop.ui.counter.labels import segment_label

    assert len({segment_label(segment) for segment in Segment}) == len(Segment)
