from datetime import date

import pytest
from sqlmodel import func, select

from conftest import add_cli_owner
from desktop.cli import main
from desktop.core import cardnumber, clock, rules
from desktop.core.clock import local_date
from desktop.core.kinds import EntryKind
from desktop.services import csv_transfer, customers, points
from desktop.services.check import run_checks
from desktop.storage.migrate import open_database
from desktop.storage.models import AuditLog, Customer, LedgerEntry


def card(number: int) -> str:
    body = f"29{number:010d}"
    return body + cardnumber.check_digit(body)


def counts(db) -> tuple[int, int, int]:
    with db.read() as session:
        return tuple(session.exec(select(func.count()).select_from(table)).one()
                     for table in (Customer, LedgerEntry, AuditLog))


def rejected(db, owner, text: str, **options) -> list[str]:
    with pytest.raises(csv_transfer.ImportRejected) as caught:
        csv_transfer.import_customers(db, owner, text.encode("utf-8"), **options)
    return caught.value.problems


DUTCH = (
    'Naam;Kaartnummer;Telefoon;E-mail;Straat;Postcode;Woonplaats;Geboortedatum;Lid sinds;Toestemming;'
    'Notities;Voorkeuren;Punten\r\n'
    f'"Zoë ""Zus"" de Vries";{card(1)};+31 6 1234 5678;zoe@voorbeeld.nl;Dorpsstraat 1;1234ab;Utrecht;'
    '22-11-1980;01-02-2015;ja;"Vraagt altijd naar\r\nnieuwe thee";groene thee;250\r\n'
    'André van \'t Hek;;;;;;Zeist;;;nee;;;\r\n'
)


def test_imports_a_dutch_semicolon_windows_1252_file(any_db, owner):
    summary = csv_transfer.import_customers(any_db, owner, DUTCH.encode("cp1252"), source="klanten.csv")

    assert (summary.customers, summary.points, summary.dry_run) == (2, 250, False)
    today = local_date(clock.now())
    with any_db.read() as session:
        zoe = customers.find_by_card(session, card(1))
        andre = session.exec(select(Customer).where(Customer.name == "André van 't Hek")).one()
        assert zoe.name == 'Zoë "Zus" de Vries' and zoe.search_name == 'zoe "zus" de vries'
        assert (zoe.phone, zoe.phone_digits, zoe.postcode) == ("+31 6 1234 5678", "0612345678", "1234 AB")
        assert (zoe.birthday, zoe.joined_on) == (date(1980, 11, 22), date(2015, 2, 1))
        assert zoe.marketing_consent and zoe.consent_at is not None
        assert zoe.notes == "Vraagt altijd naar\nnieuwe thee" and zoe.preferences == "groene thee"
        assert cardnumber.is_valid(andre.card_number) and andre.joined_on == today
        assert not andre.marketing_consent and andre.consent_at is None
        entries = session.exec(select(LedgerEntry)).all()
        assert [(e.customer_id, e.kind, e.points) for e in entries] == [(zoe.id, EntryKind.OPENING, 250)]
        assert entries[0].expires_on == rules.expiry_date(today, rules.ProgrammeSettings())
        assert points.balance(session, andre.id) == 0  # no welcome bonus for customers carried over
        log = session.exec(select(AuditLog).where(AuditLog.action == "customer.import")).one()
        assert '"customers": 2' in log.after and "klanten.csv" in log.after
    assert run_checks(any_db) == []


def test_imports_an_english_comma_utf8_file_with_byte_order_mark(db, owner):
    text = "NAME,Email,Consent,Points,Birthday\nEva,eva@voorbeeld.nl,true,,1990-05-01\nÉmile,,,7,\n"
    summary = csv_transfer.import_customers(db, owner, text.encode("utf-8-sig"))

    assert (summary.customers, summary.points) == (2, 7)
    with db.read() as session:
        rows = session.exec(select(Customer).order_by(Customer.id)).all()
        assert [(c.name, c.email, c.marketing_consent, c.birthday) for c in rows] == [
            ("Eva", "eva@voorbeeld.nl", True, date(1990, 5, 1)), ("Émile", "", False, None)]
        assert [points.balance(session, c.id) for c in rows] == [0, 7]
        assert len({c.card_number for c in rows}) == 2


def test_every_problem_is_reported_with_its_line_and_nothing_is_written(db, owner):
    existing = customers.create_customer(db, owner, customers.CustomerDetails(name="Al klant"))
    wrong_check_digit = card(3)[:-1] + str((int(card(3)[-1]) + 1) % 10)
    product_barcode = "871234567890" + cardnumber.check_digit("871234567890")  # a valid EAN-13, not our range
    text = (
        "naam;kaart;e-mail;punten\n"
        f"Goed;{card(2)};;10\n"
        ";;;\n"  # an empty line is skipped, an empty name is not
        f";{card(4)};;\n"
        "Bea;;x@;\n"
        f"Cas;{wrong_check_digit};;\n"
        f"Dirk;{card(2)};;\n"
        f"Eef;{product_barcode};;\n"
        f"Fien;{existing.card_number};;\n"
        "Gijs;;y@;veel\n"
    )
    before = counts(db)

    problems = rejected(db, owner, text)

    assert problems == [
        "line 4, naam: Enter a name.",
        "line 5, e-mail: 'x@' is not an e-mail address (like naam@voorbeeld.nl).",
        f"line 6, kaart: '{wrong_check_digit}' is not a valid card number: a digit is mistyped.",
        f"line 7, kaart: {card(2)} is on line 2 as well.",
        f"line 8, kaart: '{product_barcode}' is not one of this shop's cards: they start with 29.",
        f"line 9, kaart: {existing.card_number} belongs to a customer already.",
        "line 10, e-mail: 'y@' is not an e-mail address (like naam@voorbeeld.nl).",
        "line 10, punten: 'veel' is not a whole number of points.",
    ]
    assert counts(db) == before


def test_a_wrong_header_is_refused(db, owner):
    assert rejected(db, owner, "naam;emial\nEva;eva@voorbeeld.nl\n")[0].startswith(
        "line 1: unknown column 'emial'; the columns can be:")
    assert rejected(db, owner, "naam,name\nEva,Eva\n") == [
        "line 1: the columns 'naam' and 'name' are the same (name)."]
    assert rejected(db, owner, "phone\n0612345678\n")[0].startswith("line 1: there is no column 'name'")
    assert rejected(db, owner, "") == [
        "line 1: the first line must name the columns (at least 'name' or 'naam')."]
    assert rejected(db, owner, "name\n") == ["line 2: there are no customers below the line with the column names."]


def test_lines_that_are_not_csv_or_not_text_are_refused(db, owner):
    assert rejected(db, owner, "name;city\nEva;Utrecht;extra\n")[0].startswith(
        "line 2: has 3 values but the first line names 2 columns")
    assert rejected(db, owner, 'name\nEva\n"Bob"x\n')[0].startswith("line 3: the line cannot be read as CSV")
    with pytest.raises(csv_transfer.ImportRejected) as caught:
        csv_transfer.import_customers(db, owner, b"name\nEva\n\x81\x8d\n")
    assert caught.value.problems == [
        "line 3: the file is not text in UTF-8 or Windows-1252; save it again as CSV (UTF-8)."]


def test_a_dry_run_checks_but_writes_nothing(db, owner):
    before = counts(db)
    summary = csv_transfer.import_customers(db, owner, DUTCH.encode("cp1252"), dry_run=True)
    assert (summary.customers, summary.points, summary.dry_run) == (2, 250, True)
    assert counts(db) == before


def test_many_lines_without_cards_get_distinct_new_cards(db, owner):
    text = "name,card\n" + "".join(f"Klant {i},{card(i) if i % 3 == 0 else ''}\n" for i in range(600))
    assert csv_transfer.import_customers(db, owner, text.encode()).customers == 600
    with db.read() as session:
        cards = session.exec(select(Customer.card_number)).all()
    assert len(set(cards)) == 600 and all(cardnumber.is_valid(c) for c in cards)


def _shop(db, owner) -> None:
    details = customers.CustomerDetails
    customers.create_customer(db, owner, details(
        name="Zoë de Vries", phone="06 12345678", email="zoe@voorbeeld.nl", street="Dorpsstraat 1",
        postcode="1234 AB", city="Utrecht", birthday=date(1980, 11, 22), marketing_consent=True,
        notes="Houdt van thee;\nen van koekjes", preferences='maat "M"'), joined_on=date(2019, 3, 4),
        opening_points=120)
    customers.create_customer(db, owner, details(name="André"))
    keep = customers.create_customer(db, owner, details(name="Bram"))
    twin = customers.create_customer(db, owner, details(name="Bram (dubbel)"))
    customers.merge_customers(db, owner, keep.card_number, twin.card_number)
    gone = customers.create_customer(db, owner, details(name="Weg"))
    customers.anonymise_customer(db, owner, gone.card_number)


def _listed(db) -> list[tuple]:
    names = ("name", "card_number", "phone", "phone_digits", "email", "street", "postcode", "city",
             "birthday", "joined_on", "marketing_consent", "notes", "preferences", "search_name")
    with db.read() as session:
        rows = session.exec(select(Customer).where(Customer.merged_into_id.is_(None),
                                                   Customer.anonymised.is_(False))).all()
        return sorted((*(getattr(c, n) for n in names), points.balance(session, c.id)) for c in rows)


def test_export_then_import_into_an_empty_database_round_trips(db, owner, tmp_path):
    _shop(db, owner)
    data, count = csv_transfer.export_customers(db)
    assert count == 3 and data.startswith(b"\xef\xbb\xbfname;card;phone;")

    other = open_database(f"sqlite:///{tmp_path / 'other.db'}", create=True)
    try:
        assert csv_transfer.import_customers(other, owner, data).customers == 3
        assert _listed(other) == _listed(db)
        assert [balance for *_, balance in _listed(other)] == [50, 50, 170]  # Bram: one welcome bonus
        assert run_checks(other) == []
    finally:
        other.dispose()


def test_the_commands_report_and_exit(db, owner, tmp_path, capsys):
    good, bad, out = tmp_path / "good.csv", tmp_path / "bad.csv", tmp_path / "out.csv"
    good.write_bytes(DUTCH.encode("cp1252"))
    bad.write_text("naam;e-mail\nEva;x@\n;\nBob;bob@voorbeeld.nl\n", encoding="utf-8")
    shop = ["--db", str(tmp_path / "shop.db")]
    add_cli_owner(db)

    assert main([*shop, "import", "customers", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["line 2, e-mail: 'x@' is not an e-mail address (like naam@voorbeeld.nl).",
                   "loyalty: 1 problem(s) in the file; nothing was imported."]

    assert main([*shop, "import", "customers", str(good), "--dry-run"]) == 0
    assert capsys.readouterr().out == "Would import 2 customers with 250 opening points.\n"
    assert counts(db)[0] == 0
    assert main([*shop, "import", "customers", str(good)]) == 0
    assert capsys.readouterr().out == "Imported 2 customers with 250 opening points.\n"
    assert main([*shop, "import", "customers", str(tmp_path / "missing.csv")]) == 1
    assert "There is no file" in capsys.readouterr().err

    assert main([*shop, "export", "customers", str(out)]) == 0
    assert capsys.readouterr().out == f"Wrote 2 customers to {out}.\n"
    assert out.read_bytes().decode("utf-8-sig").splitlines()[1].startswith('"Zoë ""Zus"" de Vries";')
    assert main([*shop, "export", "customers", str(out)]) == 1
    assert capsys.readouterr().err == (f"loyalty: {out} exists already; choose another file name, "
                                       "or add --force to replace it.\n")
