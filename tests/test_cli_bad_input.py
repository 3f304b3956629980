"""Whatever is typed on the command line, the answer is a refusal in one clear line (exit 1 or 2)
with nothing written, never "something went wrong" (exit 3) or a traceback."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import func, select

from conftest import OWNER_NAME, OWNER_PIN, add_cli_owner
from desktop.cli import build_parser, main
from desktop.services import customers
from desktop.storage.models import AuditLog, Customer, LedgerEntry

HUGE = "99999999999999999999"


@pytest.fixture
def shop(db, owner, tmp_path):
    """(the --db option, a customer's card) on the `db` fixture's file, with the owner the commands run as."""
    add_cli_owner(db)
    card = customers.create_customer(db, owner, customers.CustomerDetails(name="Eva")).card_number
    return ["--db", str(tmp_path / "shop.db")], card


def written(db) -> tuple[int, int, int]:
    with db.read() as session:
        return tuple(session.exec(select(func.count()).select_from(table)).one()
                     for table in (Customer, LedgerEntry, AuditLog))


BAD_INPUTS = [
    ["mailing", "list", "--name", "x", "--cards", "\x00"],  # a file name no file system takes
    ["refund", HUGE, "--reason", "x"],
    ["customer", "find", "a", "--limit", HUGE],
    ["redeem", "{card}", HUGE],
    ["report", "slip", "--purchase", HUGE, "--out", "{out}"],
    ["reward", "retire", HUGE],
    ["subscription", "done", HUGE],
    ["subscription", "due", "--days", "999999999"],
    ["retention", "--months", "999999999"],
    ["stats", "--from", "0001-01-01"],
    ["stats", "--to", "9999-12-31"],
    ["report", "monthly", "--month", "0-1", "--out", "{out}"],
    ["report", "monthly", "--month", "9999-12", "--out", "{out}"],
    ["report", "birthdays", "--from", "9999-12-31", "--out", "{out}"],
    ["redeem", "{card}", "²"],
    ["report", "day", "--out", "{missing}"],
    ["report", "day", "--out", "{folder}"],
    ["customer", "anonymise", "{card}"],  # no --yes and no terminal to ask at
    ["customer", "add", "--name", "\u200b\u200b"],  # an invisible customer
    ["purchase", "{card}", "5", "--key", "a\x01b"],
    ["redeem", "{card}", "1", "--key", "a\nb"],
    ["adjust", "{card}", HUGE, "--reason", "x"],
    ["customer", "show", "8712345678906"],
    ["report", "letters", "--out", "{out}", "--labels", "{missing}"],  # the letters not written without labels
    ["report", "letters", "--out", "{out}", "--labels", "{out}"],
    ["report", "letters", "--out", "{out}", "--offer-until", "31-12-2026"],  # a last day without an offer
    ["report", "letters", "--out", "{out}", "--offer", HUGE],
    ["mailing", "letters", "--name", "x", "--out", "{out}", "--offer", HUGE],
    ["till", "enter", "31-02-2026", "5"],
    ["till", "enter", "2026-13", "5"],
    ["till", "enter", "01-10-2026", "-5"],
    ["till", "enter", "01-10-2026", HUGE],
    ["till", "enter", "31-12-2199", "5"],  # a day still to come
    ["till", "show", "--month", "0-1"],
]


@pytest.mark.parametrize("command", BAD_INPUTS, ids=lambda command: " ".join(command)[:40])
def test_bad_input_is_refused_in_one_line_and_nothing_is_written(shop, db, tmp_path, capsys, monkeypatch, command):
    option, card = shop
    monkeypatch.setattr(sys, "stdin", None)  # as from a scheduled script
    out, folder = tmp_path / "out.pdf", tmp_path
    filled = [part.format(card=card, out=out, missing=tmp_path / "nowhere" / "x.pdf", folder=folder)
              for part in command]
    before = written(db)
    try:
        code = main([*option, *filled])
    except SystemExit as exit_:  # argparse's usage error
        code = exit_.code
    err = capsys.readouterr().err
    assert code in (1, 2), err
    assert "Traceback" not in err and "went wrong" not in err
    assert err.strip().splitlines()[-1].startswith(("loyalty: ", "loyalty ")), err
    assert written(db) == before
    assert not out.exists()


def test_a_closed_pipe_ends_the_command_quietly(shop, tmp_path):
    option, _ = shop
    reader = subprocess.Popen([sys.executable, "-m", "desktop", *option, "customer", "find", "E"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # like `| head -0`: nobody reads what it prints
    _, err = reader.communicate(timeout=120)
    assert reader.returncode == 1, err
    assert b"Traceback" not in err and b"BrokenPipe" not in err and b"went wrong" not in err, err


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    """Every command as (its words, its parser), e.g. (("report", "day"), parser)."""
    subcommands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subcommands:
        yield prefix, parser
        return
    for name, sub in subcommands[0].choices.items():
        yield from _commands(sub, (*prefix, name))


# `demo` makes as many customers as asked (a minute for 100,000): its numbers are checked above.
COMMANDS = [(words, parser) for words, parser in _commands(build_parser()) if words[0] != "demo"]
VALUES = st.one_of(
    st.text(max_size=12), st.integers(-2**70, 2**70).map(str), st.sampled_from(
        [HUGE, "-1", "0", "²", "0001-01-01", "9999-12-31", "0-1", "31-02-2026", "2026-13", "\u200b", "a\x00b",
         "2900000000001", "=1+1", "%s", "{0}", "../..", "12,50", "1e9", "nan", "💥"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_generated_command_line_ends_in_something_went_wrong(shop, tmp_path, capsys, monkeypatch, data):
    option, card = shop
    monkeypatch.setattr(sys, "stdin", None)
    words, parser = data.draw(st.sampled_from(COMMANDS), label="command")
    # Who runs it: mostly the owner; now and then a name or PIN that is wrong, or none at all.
    who = data.draw(st.one_of(st.just([]), st.just(["--as", OWNER_NAME]), VALUES.map(lambda v: ["--as", v])),
                    label="--as")
    # Wrong PINs rarely: five in a row would block the owner for the rest of the run.
    pin = data.draw(st.integers(0, 19).flatmap(
        lambda n: st.just(OWNER_PIN) if n < 17 else st.just(None) if n < 19 else VALUES), label="LOYALTY_PIN")
    if pin is None or "\x00" in pin:
        monkeypatch.delenv("LOYALTY_PIN", raising=False)
    else:
        monkeypatch.setenv("LOYALTY_PIN", pin)
    argv = [*who, *words]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.option_strings and not action.required and not data.draw(st.booleans(), label=action.dest):
            continue
        if action.option_strings:
            argv.append(action.option_strings[0])
            if action.nargs == 0:
                continue
        if "out" in action.dest or action.dest in ("file", "labels"):
            value = str(tmp_path / data.draw(st.sampled_from(["a.pdf", "b.csv", "c.db", "nowhere/d.pdf"])))
        else:
            value = data.draw(st.one_of(VALUES, st.just(card)), label=action.dest)
        argv.append(value)
    try:
        code = main([*option, *argv])
    except SystemExit as exit_:
        code = exit_.code
    err = capsys.readouterr().err
    assert code in (0, 1, 2), (argv, err)
    assert "Traceback" not in err and "went wrong" not in err, (argv, err)
