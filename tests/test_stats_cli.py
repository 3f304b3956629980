"""`loyalty stats` prints the figures period_stats computes."""

import json
from datetime import date

from desktop.cli import main
from desktop.core import measures
from desktop.services.stats import key_figures, period_stats
from desktop.storage.migrate import open_database
from tests.test_stats import OCTOBER, buy, customer


def test_stats_json_matches_period_stats(tmp_path, capsys, owner):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = open_database(url, create=True)
    anna = customer(db, owner, "Anna", date(2026, 1, 5))
    buy(db, owner, anna, date(2026, 9, 3), 10)
    buy(db, owner, anna, date(2026, 10, 3), 20)
    expected = {f.name: f.value.value for f in key_figures(period_stats(db, OCTOBER))}
    db.dispose()
    assert main(["--db", url, "stats", "--from", "2026-10-01", "--to", "31-10-2026", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert {name: value["value"] for name, value in printed["figures"].items()} == expected
    assert printed["figures"]["active"]["value"] == 1
    assert printed["figures"]["nps"] == {"value": None, "reason": measures.NO_SURVEYS,
                                         "change": {"value": None, "reason": measures.NO_SURVEYS}}
    assert printed["previous"] == {"from": "2026-09-01", "to": "2026-09-30"}


def test_stats_text_and_a_bad_date(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    assert main(["--db", url, "init"]) == 0
    assert main(["--db", url, "stats", "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    out = capsys.readouterr().out
    assert "NPS" in out and "unknown: No survey answers in this period." in out
    assert main(["--db", url, "stats", "--from", "tomorrow"]) == 1
    assert "'tomorrow' is not a date" in capsys.readouterr().err
