"""The command line as a script or a support person uses it: output, errors and exit codes."""

import subprocess
import sys

import pytest

from desktop.cli import build_parser


def test_a_customer_from_the_command_line(loyalty):
    code, out, _ = loyalty("customer", "add", "--name", "Fenna 'Fen' Visser", "--phone", "06 12345678",
                       "--email", "fenna@example.nl", "--birthday", "03-04-1990", "--consent")
    card = out.strip()
    assert code == 0 and len(card) == 13
    assert loyalty("customer", "find", "fenna")[1].startswith(card)
    assert loyalty("purchase", card, "12,50")[1].startswith("Purchase 1: +12 points, balance 62")
    assert loyalty("purchase", card, "7.50", "--key", "k-1")[0] == 0
    code, out, _ = loyalty("purchase", card, "7.50", "--key", "k-1")
    assert code == 0 and "already registered" in out
    assert loyalty("balance", card) == (0, "69\n", "")
    code, out, _ = loyalty("customer", "show", card)
    assert "Fenna 'Fen' Visser" in out and "03-04-1990" in out and "Points:       69" in out
    assert loyalty("check")[0] == 0


def test_customer_show_counts_purchases_as_the_counter_does(loyalty):
    card = loyalty("customer", "add", "--name", "Sem")[1].strip()
    for amount in ("10,00", "20,00", "30,00"):
        assert loyalty("purchase", card, amount)[0] == 0
    assert loyalty("refund", "2", "--void", "--reason", "typo")[0] == 0  # a mistake: never a purchase
    assert loyalty("refund", "3", "--amount", "5,00", "--reason", "broken")[0] == 0
    out = loyalty("customer", "show", card)[1]
    assert "Purchases:    2, together " in out
    assert "35,00" in out.split("Purchases:")[1].splitlines()[0]  # 10 + 30 less the 5 given back


@pytest.mark.parametrize("args, message", [
    (("purchase", "2900000000001", "abc"), "not an amount"),
    (("purchase", "2900000000001", "NaN"), "not an amount"),
    (("purchase", "2900000000001", "1e309"), "not an amount"),
    (("purchase", "2900000000001", "--", "-5"), "cannot be negative"),
    (("purchase", "2900000000001", "5"), "No customer has card 2900000000001"),
    (("purchase", "2900000000002", "5"), "mistyped"),
    (("purchase", "2900000000001", "99999999,00"), "largest purchase"),
    (("customer", "add", "--name", ""), "Enter a name"),
    (("customer", "add", "--name", "Piet", "--email", "piet@"), "not an e-mail address"),
    (("customer", "add", "--name", "Piet", "--birthday", "31-02-1990"), "not a date"),
    (("balance", "12345"), "13 digits"),
    (("redeem", "2900000000001", "Niets"), "No reward"),
])
def test_bad_input_is_one_clear_line_and_a_non_zero_exit(loyalty, args, message):
    code, out, err = loyalty(*args)
    assert code == 1
    assert message in err and err.count("\n") == 1 and err.startswith("loyalty: ")
    assert "Traceback" not in err


def test_check_finds_a_broken_ledger_and_exits_non_zero(loyalty, tmp_path):
    card = loyalty("customer", "add", "--name", "Kapot")[1].strip()
    import sqlite3
    raw = sqlite3.connect(tmp_path / "cli.db")
    raw.execute("INSERT INTO ledger_entry (customer_id, kind, points, created_at, reason)"
                " VALUES (1, 'redeem', -500, '2026-11-22 10:00:00', 'tampered')")
    raw.commit()
    raw.close()
    code, out, _ = loyalty("check")
    assert code == 1 and "debit left partly unpaid" in out
    assert card


def test_help_everywhere():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for sub in commands.values():
        assert sub.format_help()
        nested = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
        for action in nested:
            for child in action.choices.values():
                assert child.description or child.format_help()
    result = subprocess.run([sys.executable, "-m", "desktop", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "purchase" in result.stdout and "customer" in result.stdout


def test_help_and_a_wrong_command_line_load_no_database_side():
    # The database side takes a second to load: `loyalty --help` and a mistyped command answer without it.
    script = """
import sys
import desktop.cli
for argv in (["--help"], ["balance", "--help"], ["purchase", "2900000000001"]):
    try:
        desktop.cli.main(argv)
    except SystemExit:
        pass
print(sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "sqlmodel", "pydantic", "alembic"}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert "the following arguments are required: amount" in result.stderr


def test_unexpected_errors_are_logged_not_shown(loyalty, monkeypatch, tmp_path):
    from desktop.cli import points as points_cli

    def explode(*args, **kwargs):
        raise RuntimeError("boom inside")

    monkeypatch.setattr(points_cli.purchases, "register_purchase", explode)
    card = loyalty("customer", "add", "--name", "Boem")[1].strip()
    code, _, err = loyalty("purchase", card, "1")
    assert code == 3 and "boom" not in err and "details are in" in err
    from desktop.logs import log_file
    assert "boom inside" in log_file().read_text()


def test_anonymise_from_a_script_asks_for_yes_and_changes_nothing(loyalty):
    card = loyalty("customer", "add", "--name", "Bram Smit")[1].strip()
    code, out, err = loyalty("customer", "anonymise", card)  # no terminal to answer the question
    assert code == 1
    assert err == "loyalty: nothing changed (to anonymise without being asked, add --yes).\n"
    assert "Bram Smit" in loyalty("customer", "show", card)[1]


def test_a_file_that_is_not_a_database_is_one_clear_line(tmp_path, capsys):
    from desktop.cli import main

    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: coffee, tea\n" * 200)
    code = main(["--db", str(notes), "balance", "2900000000001"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1  # refused before anything is opened (storage.health)
    assert "is not a loyalty database" in err and "something went wrong" not in err
