"""No file the product writes ever destroys data: never the database in use (nor its -wal/-shm),
never any SQLite file, an existing file only with --force, and always whole or not at all."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from desktop.cli import main
from desktop.core.errors import ConflictError
from desktop.services import customers
from desktop.storage import files
from desktop.storage.files import OutputError


def sound(path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone() == ("ok",) and \
            connection.execute("SELECT count(*) FROM customer").fetchone()[0] == 1
    finally:
        connection.close()


@pytest.fixture
def shop(db, owner, tmp_path):
    """(--db option, a card) for the `db` fixture's file, with one customer."""
    card = customers.create_customer(db, owner, customers.CustomerDetails(name="Eva")).card_number
    return ["--db", str(tmp_path / "shop.db")], card


def writers(card: str, target: str) -> list[list[str]]:
    """Every command that writes a file, aimed at `target`."""
    return [["report", "day", "--out", target], ["report", "cards", "--out", target],
            ["customer", "export", card, "--out", target], ["export", "customers", target],
            ["backup", "--out", target]]


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_no_command_writes_over_the_database_in_use(shop, tmp_path, capsys, suffix):
    option, card = shop
    target = tmp_path / f"shop.db{suffix}"
    for command in writers(card, str(target)):
        for force in ([], ["--force"]):
            assert main([*option, *command, *force]) == 1, command
            assert capsys.readouterr().err == f"loyalty: {target} is the shop's database; write to another file.\n"
            assert sound(tmp_path / "shop.db")


def test_the_database_is_recognised_by_another_spelling_of_its_path(shop, tmp_path, capsys, monkeypatch):
    option, card = shop
    monkeypatch.chdir(tmp_path)
    assert main([*option, "report", "day", "--out", "./sub/../shop.db", "--force"]) == 1
    assert "is the shop's database" in capsys.readouterr().err
    assert sound(tmp_path / "shop.db")


def test_no_command_replaces_another_sqlite_file_even_with_force(shop, tmp_path, capsys):
    option, card = shop
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE kept (x)").connection.close()
    before = other.read_bytes()
    for command in writers(card, str(other)):
        assert main([*option, *command, "--force"]) == 1, command
        assert capsys.readouterr().err == f"loyalty: {other} is a database; it is never replaced. " \
                                          "Write to another file.\n"
    assert other.read_bytes() == before


def test_an_existing_file_is_replaced_only_with_force(shop, tmp_path, capsys):
    option, card = shop
    for number, command in enumerate(writers(card, "{target}")):
        target = tmp_path / f"existing-{number}.out"
        target.write_text("keep me")
        command = [part.replace("{target}", str(target)) for part in command]
        assert main([*option, *command]) == 1
        assert capsys.readouterr().err == (f"loyalty: {target} exists already; choose another file name, "
                                           "or add --force to replace it.\n")
        assert target.read_text() == "keep me"
        assert main([*option, *command, "--force"]) == 0, capsys.readouterr().err
        assert target.read_bytes() != b"keep me"
    assert not list(tmp_path.glob(".*.part"))  # no scratch file left behind


def test_a_missing_folder_or_a_folder_gives_one_clear_line(shop, tmp_path, capsys):
    option, card = shop
    missing = tmp_path / "nowhere" / "x.pdf"
    for command in writers(card, str(missing)):
        assert main([*option, *command]) == 1, command
        assert capsys.readouterr().err == (f"loyalty: The folder {missing.parent} does not exist; "
                                           "create it first or choose another.\n")
    assert not missing.parent.exists()
    for command in writers(card, str(tmp_path)):
        assert main([*option, *command]) == 1, command
        assert capsys.readouterr().err == f"loyalty: {tmp_path} is a folder; give a file name.\n"


def test_a_failed_write_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def fail_half_way(scratch):
        scratch.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="No space left on device"):
        files.write_atomically(target, fail_half_way, replace=True)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_new_file_never_replaces_one_made_meanwhile(tmp_path):
    target = tmp_path / "report.pdf"

    def another_program_gets_there_first(scratch):
        scratch.write_bytes(b"ours")
        target.write_bytes(b"theirs")

    with pytest.raises(ConflictError):
        files.write_atomically(target, another_program_gets_there_first)
    assert target.read_bytes() == b"theirs"


def test_on_postgresql_a_sqlite_file_is_still_never_replaced(any_db, owner, tmp_path, capsys):
    card = customers.create_customer(any_db, owner, customers.CustomerDetails(name="Eva")).card_number
    other = tmp_path / "backup.db"
    sqlite3.connect(other).execute("CREATE TABLE kept (x)").connection.close()
    before = other.read_bytes()
    commands = writers(card, str(other))
    if any_db.is_sqlite or shutil.which("pg_dump") is None:  # a server's backup is pg_dump's
        commands = commands[:4]
    for command in commands:
        assert main(["--db", any_db.url, *command, "--force"]) == 1, command
        assert "is a database; it is never replaced" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_the_apps_save_refuses_a_database(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.reports import printing

    shown = []
    monkeypatch.setattr(printing, "show_error", lambda parent, error: shown.append(str(error)))
    actions = printing.PdfActions(printing.PdfPreview(), "day.pdf")
    qtbot.addWidget(actions)
    actions.preview.pdf = b"%PDF-1.4 test"
    target = tmp_path / "shop.db.pdf"  # a database someone named .pdf
    sqlite3.connect(target).execute("CREATE TABLE kept (x)").connection.close()
    before = target.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert actions.save_pdf() is None
    assert target.read_bytes() == before and shown == [f"{target} is a database; it is never replaced. "
                                                       "Write to another file."]
    plain = tmp_path / "day.pdf"
    plain.write_bytes(b"old")  # the dialog itself asked whether to replace it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(plain), ""))
    assert actions.save_pdf() == plain and plain.read_bytes() == b"%PDF-1.4 test"
