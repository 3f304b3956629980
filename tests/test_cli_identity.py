"""The command line names who runs a command that changes data, as the app's sign-in does:
their PIN (asked without echo, or $LOYALTY_PIN for a script), their staff id in the audit,
the owner's commands refused to staff, and wrong PINs counted with the app's."""

import io
import sys

import pytest
from sqlmodel import select

from conftest import OWNER_NAME, OWNER_PIN
from desktop.cli import identity
from desktop.core.errors import PermissionDenied
from desktop.core.kinds import Role
from desktop.services import staff
from desktop.storage.migrate import open_database
from desktop.storage.models import AuditLog, Customer, LedgerEntry


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def counter(loyalty, tmp_path, monkeypatch):
    """The `loyalty` shop with Sven (staff, PIN 2468) and a customer; nobody named in the environment."""
    db = open_database(f"sqlite:///{tmp_path / 'cli.db'}")
    owner = staff.actor_for(next(m for m in staff.all_staff(db) if m.name == OWNER_NAME))
    sven = staff.create_staff(db, owner, "Sven", Role.STAFF, "2468")
    code, card, _ = loyalty("customer", "add", "--name", "Eva")
    assert code == 0
    monkeypatch.delenv("LOYALTY_STAFF")
    monkeypatch.delenv("LOYALTY_PIN")
    monkeypatch.setattr(sys, "stdin", None)
    yield db, sven, card.strip()
    db.dispose()


def ledger(db) -> int:
    with db.read() as session:
        return len(session.exec(select(LedgerEntry)).all())


def test_a_change_without_a_name_is_refused_and_says_how(counter, loyalty, monkeypatch):
    db, _, card = counter
    monkeypatch.setenv("USER", "Marieke Jansen")  # the login name proves nothing any more
    before = ledger(db)
    code, out, err = loyalty("adjust", card, "5000", "--reason", "ik")
    assert code == 2 and out == ""
    assert err == ("loyalty: this command changes data: say who you are with --as NAME (your PIN is asked), "
                   "or set LOYALTY_STAFF and LOYALTY_PIN for a scheduled script\n")
    assert ledger(db) == before


def test_without_a_terminal_or_a_pin_variable_the_pin_cannot_be_asked(counter, loyalty):
    db, _, card = counter
    code, _, err = loyalty("--as", "Sven", "purchase", card, "10")
    assert code == 2 and "no terminal to ask Sven's PIN" in err and "LOYALTY_PIN" in err
    assert ledger(db) == 1  # the welcome bonus only


def test_the_pin_is_asked_without_echo_and_the_audit_names_the_staff_member(counter, loyalty, monkeypatch):
    db, sven, card = counter
    asked = []
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(identity.getpass, "getpass", lambda prompt: asked.append(prompt) or "2468")
    code, out, _ = loyalty("--as", "sven", "purchase", card, "10")  # capitals aside
    assert code == 0 and "+10 points" in out and asked == ["PIN for Sven: "]
    with db.read() as session:
        row = session.exec(select(AuditLog).where(AuditLog.action == "purchase.register")).one()
    assert (row.staff_id, row.actor) == (sven.id, "Sven")


def test_a_scheduled_script_names_the_staff_member_in_the_environment(counter, loyalty, monkeypatch):
    db, sven, card = counter
    monkeypatch.setenv("LOYALTY_STAFF", "Sven")
    monkeypatch.setenv("LOYALTY_PIN", "2468")
    assert loyalty("purchase", card, "10")[0] == 0
    with db.read() as session:
        assert session.exec(select(AuditLog.staff_id).where(AuditLog.action == "purchase.register")).one() == sven.id


@pytest.mark.parametrize("command", [
    ("adjust", "{card}", "50", "--reason", "correctie"),
    ("customer", "merge", "{card}", "{other}"),
    ("customer", "anonymise", "{card}", "--yes"),
    ("reward", "add", "Taart", "--level", "financial", "--kind", "discount", "--cost", "100"),
    ("import", "customers", "{csv}"),
    ("mailing", "list", "--name", "Najaar", "--cards", "{cards}"),
    ("restore", "{backup}", "--yes"),
])
def test_staff_are_refused_what_only_the_owner_may_do(counter, loyalty, monkeypatch, tmp_path, command):
    db, _, card = counter
    other = loyalty("customer", "add", "--name", "Bob")[1].strip()
    csv = tmp_path / "list.csv"
    csv.write_text("naam\nPiet\n", encoding="utf-8")
    cards = tmp_path / "cards.txt"
    cards.write_text(f"{card}\n", encoding="utf-8")
    backup = tmp_path / "backup.db"
    assert loyalty("backup", "--out", str(backup))[0] == 0
    monkeypatch.setenv("LOYALTY_PIN", "2468")
    with db.read() as session:
        before = (len(session.exec(select(AuditLog)).all()), [c.name for c in session.exec(select(Customer))])
    words = [w.format(card=card, other=other, csv=csv, cards=cards, backup=backup) for w in command]
    code, out, err = loyalty("--as", "Sven", *words)
    assert code == 1 and out == "", err
    assert err.startswith("loyalty: Only the owner may ") and len(err.splitlines()) == 1
    with db.read() as session:
        assert (len(session.exec(select(AuditLog)).all()), [c.name for c in session.exec(select(Customer))]) == before


def test_the_owner_may_and_a_wrong_pin_counts_towards_the_apps_lockout(counter, loyalty, monkeypatch):
    db, _, card = counter
    monkeypatch.setenv("LOYALTY_PIN", OWNER_PIN)
    assert loyalty("--as", OWNER_NAME, "adjust", card, "50", "--reason", "correctie")[0] == 0
    monkeypatch.setenv("LOYALTY_PIN", "999999")
    for _ in range(5):
        code, _, err = loyalty("--as", OWNER_NAME, "adjust", card, "50", "--reason", "correctie")
        assert (code, err) == (1, "loyalty: pin: Wrong PIN.\n")
    owner_id = next(m.id for m in staff.all_staff(db) if m.name == OWNER_NAME)
    with pytest.raises(PermissionDenied, match="Too many wrong PINs"):  # the app's sign-in is blocked too
        staff.sign_in(db, owner_id, OWNER_PIN, counter="Kassa 1")
    monkeypatch.setenv("LOYALTY_PIN", OWNER_PIN)
    code, _, err = loyalty("--as", OWNER_NAME, "adjust", card, "50", "--reason", "correctie")
    assert code == 1 and "Too many wrong PINs" in err
    assert [(f.name, f.counter) for f in staff.recent_sign_in_failures(db)] == [(OWNER_NAME, "")] * 5


def test_an_unknown_name_is_refused(counter, loyalty, monkeypatch):
    _, _, card = counter
    monkeypatch.setenv("LOYALTY_PIN", "2468")
    assert loyalty("--as", "Svenn", "purchase", card, "10") == (1, "", "loyalty: No staff member called Svenn can "
                                                                         "sign in.\n")


def test_reading_commands_and_the_expiry_need_no_name(counter, loyalty, tmp_path):
    _, _, card = counter
    for command in (("balance", card), ("customer", "find", "Eva"), ("check",), ("expire",),
                    ("report", "day", "--out", str(tmp_path / "day.pdf")), ("stats",)):
        code, _, err = loyalty(*command)
        assert code == 0, (command, err)


def test_a_new_shop_gets_its_owner_from_init_with_the_pin_typed_twice(tmp_path, capsys, monkeypatch):
    from desktop.cli import main

    monkeypatch.delenv("LOYALTY_PIN")
    monkeypatch.delenv("LOYALTY_STAFF")
    path = tmp_path / "new.db"
    typed = iter(["123456", "123465", "1234", "1234", "246810", "246810"])
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(identity.getpass, "getpass", lambda prompt: next(typed))
    assert main(["--db", str(path), "init", "--owner", "Anna"]) == 1
    assert capsys.readouterr().err == "loyalty: pin: The two PINs are not the same.\n" and not path.exists()
    assert main(["--db", str(path), "init", "--owner", "Anna"]) == 1
    assert "6 to 8 digits" in capsys.readouterr().err and not path.exists()
    assert main(["--db", str(path), "init", "--owner", "Anna"]) == 0
    assert capsys.readouterr().out == f"Started a shop database at {path} with Anna as its owner.\n"
    monkeypatch.setattr(sys, "stdin", None)
    monkeypatch.setenv("LOYALTY_PIN", "246810")
    assert main(["--db", str(path), "--as", "Anna", "customer", "add", "--name", "Eva"]) == 0


def test_the_demo_fills_a_new_file_without_a_name_but_not_a_shop_with_staff(tmp_path, capsys, monkeypatch):
    from desktop.cli import main

    monkeypatch.delenv("LOYALTY_STAFF")
    new = ["--db", str(tmp_path / "demo.db"), "demo", "--customers", "3", "--months", "1"]
    assert main(new) == 0
    staffed = tmp_path / "staffed.db"
    assert main(["--db", str(staffed), "init", "--owner", "Anna"]) == 0  # PIN 111111 from $LOYALTY_PIN
    capsys.readouterr()
    assert main(["--db", str(staffed), "demo", "--customers", "3", "--months", "1"]) == 2
    assert "say who you are" in capsys.readouterr().err
    assert [m.name for m in staff.all_staff(open_database(f"sqlite:///{staffed}"))] == ["Anna"]
