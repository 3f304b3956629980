"""Opening a database: each kind of wrong file gets its own sentence and exit 1, and nothing is
written to it (no tables added, no backup made at each try); a new shop only when asked;
damage that `check` finds is remembered, so writes are refused until a backup is put back."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from conftest import add_cli_owner
from desktop.cli import main
from desktop.services import customers
from desktop.storage import health
from desktop.storage.migrate import open_database
from desktop.storage.paths import data_dir


def fingerprint(folder) -> dict[str, str]:
    """Every file in `folder` (also the data folder's backups) and its content.

    SQLite's own lock file (-shm) and an empty -wal, which a read-only look leaves beside a WAL
    database, hold no data and do not count.
    """
    files = [p for p in folder.rglob("*") if p.is_file()] + [p for p in data_dir().rglob("*") if p.is_file()
                                                             and p.name != "loyalty.log"]
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files
            if not p.name.endswith("-shm") and not (p.name.endswith("-wal") and p.stat().st_size == 0)}


def refused(tmp_path, capsys, path, *commands) -> str:
    """Run each command on `path`; each must be refused with exit 1 and change no file; the message."""
    before = fingerprint(tmp_path)
    messages = set()
    for command in commands or (["check"], ["customer", "add", "--name", "Eva"], ["balance", "2900000000001"]):
        assert main(["--db", str(path), *command]) == 1, command
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err and "went wrong" not in err, err
        messages.add(err)
    assert fingerprint(tmp_path) == before
    assert len(messages) == 1
    return messages.pop()


def a_shop(tmp_path, owner, name="shop.db"):
    db = open_database(f"sqlite:///{tmp_path / name}", create=True)
    add_cli_owner(db)
    card = customers.create_customer(db, owner, customers.CustomerDetails(name="Eva")).card_number
    db.dispose()
    return tmp_path / name, card


def test_a_missing_file_is_not_made_into_a_shop_unless_asked(tmp_path, capsys):
    typo = tmp_path / "shpo.db"
    message = refused(tmp_path, capsys, typo)
    assert message == f"loyalty: There is no shop database at {typo}. To start a new shop there: " \
                      f"loyalty --db {typo} init\n"
    assert not typo.exists()
    assert main(["--db", str(typo), "init"]) == 0
    assert (
        capsys.readouterr().out == f"Started a new shop database at {typo}. Open the app on it to set up the owner, "
                                   f"or: loyalty --db {typo} init --owner NAME\n"
    )
    assert main(["--db", str(typo), "init"]) == 1
    assert capsys.readouterr().err == f"loyalty: {typo} holds a shop already; nothing was changed.\n"
    assert main(["--db", str(typo), "customer", "add", "--name", "Eva"]) == 1  # nobody to sign in as yet
    assert "has no staff yet" in capsys.readouterr().err
    assert main(["--db", str(typo), "init", "--owner", "Marieke Jansen"]) == 0  # the PIN: $LOYALTY_PIN (conftest)
    assert main(["--db", str(typo), "customer", "add", "--name", "Eva"]) == 0
    assert main(["--db", str(typo), "init", "--owner", "Someone Else"]) == 1


def test_a_missing_folder_is_not_made_either(tmp_path, capsys):
    refused(tmp_path, capsys, tmp_path / "nowhere" / "shop.db")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("content", [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n" * 50,
                                     bytes(range(256)) * 40, b"name;phone\nEva;0612345678\n"])
def test_a_file_that_is_no_database_is_refused_unchanged(tmp_path, capsys, content):
    path = tmp_path / "shop.db"
    path.write_bytes(content)
    assert refused(tmp_path, capsys, path) == (f"loyalty: {path} is not a loyalty database (it is not a database "
                                               "file at all); nothing was changed.\n")


def test_another_programs_database_is_refused_unchanged(tmp_path, capsys):
    path = tmp_path / "photos.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, file TEXT)")
    other.execute("INSERT INTO photo (file) VALUES ('beach.jpg')")
    other.commit()
    other.close()
    assert refused(tmp_path, capsys, path) == (f"loyalty: {path} is another program's database, not a loyalty "
                                               "database; nothing was changed. Choose the shop's database file.\n")
    assert sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone() == (1,)


def test_a_truncated_database_is_damaged(tmp_path, owner, capsys):
    path, _ = a_shop(tmp_path, owner)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    message = refused(tmp_path, capsys, path)
    assert message.startswith(f"loyalty: The database {path} is damaged (the file is cut short).")


def test_a_damaged_schema_is_damaged(tmp_path, owner, capsys):
    path, _ = a_shop(tmp_path, owner)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA writable_schema=ON")
    raw.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE customer (' WHERE name = 'customer'")
    raw.commit()
    raw.close()
    message = refused(tmp_path, capsys, path)
    assert message.startswith(f"loyalty: The database {path} is damaged (malformed database schema")


def test_a_file_locked_by_another_program_says_so(tmp_path, owner, capsys, monkeypatch):
    monkeypatch.setattr(health, "LOCK_WAIT_S", 0.2)
    path, card = a_shop(tmp_path, owner)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        message = refused(tmp_path, capsys, path, ["balance", card], ["check"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert message == (f"loyalty: The database {path} is locked by another program; close that program and "
                       "try again.\n")


def test_a_file_with_a_damaged_schema_can_have_its_backup_put_back(tmp_path, owner, capsys):
    path, card = a_shop(tmp_path, owner)
    assert main(["--db", str(path), "backup"]) == 0
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA writable_schema=ON")
    raw.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE customer (' WHERE name = 'customer'")
    raw.commit()
    raw.close()
    (backup,) = (data_dir() / "backups").glob("shop-*-backup.db")
    capsys.readouterr()
    assert main(["--db", str(path), "balance", card]) == 1
    assert f"restore {backup}" in capsys.readouterr().err
    assert main(["--db", str(path), "restore", str(backup), "--yes"]) == 0, capsys.readouterr().err
    assert main(["--db", str(path), "check"]) == 0


def flip_a_ledger_page(path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    page = raw.execute("SELECT pageno FROM dbstat WHERE name = 'ledger_entry' AND pagetype = 'leaf' "
                       "ORDER BY pageno LIMIT 1 OFFSET 1").fetchone()[0]
    raw.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size + 1000)
        handle.write(b"\xff" * 200)


@pytest.fixture
def damaged_shop(tmp_path, owner):
    """A shop with enough history for several ledger pages, backed up, then one ledger page flipped."""
    path, card = a_shop(tmp_path, owner)
    db = open_database(f"sqlite:///{path}")
    from desktop.services.adjustments import adjust_points

    for number in range(300):
        adjust_points(db, owner, card, 5, f"a long enough reason to fill the ledger pages, number {number}")
    db.dispose()
    assert main(["--db", str(path), "backup"]) == 0
    (backup,) = (data_dir() / "backups").glob("shop-*-backup.db")
    flip_a_ledger_page(path)
    return path, card, backup


def test_check_names_the_damage_and_the_backup_and_writes_are_refused_until_it_is_back(damaged_shop, capsys):
    path, card, backup = damaged_shop
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "went wrong" not in err
    assert err.splitlines()[-1] == (f"loyalty: The database {path} is damaged ({health.damage_noted(path)}). "
                                    f"Restore the latest backup with: loyalty --db {path} restore {backup}")
    assert main(["--db", str(path), "purchase", card, "10"]) == 1
    assert capsys.readouterr().err.startswith(f"loyalty: The database {path} is damaged")
    assert main(["--db", str(path), "restore", str(backup), "--yes"]) == 0
    assert not health.damage_note_path(path).exists()
    assert main(["--db", str(path), "check"]) == 0
    assert main(["--db", str(path), "purchase", card, "10"]) == 0
    # The damaged file is kept, but it is never offered as "the latest backup".
    assert health.latest_backup(path) == backup


def test_damage_noticed_while_working_is_remembered(damaged_shop, capsys):
    path, card, _ = damaged_shop
    assert health.quick_check(path) is not None
    assert health.damage_noted(path)
    capsys.readouterr()
    assert main(["--db", str(path), "customer", "add", "--name", "Nieuw"]) == 1
    assert "is damaged" in capsys.readouterr().err


def test_a_failed_upgrade_leaves_no_backup_behind(tmp_path, owner, monkeypatch):
    from desktop.storage import migrate

    path, _ = a_shop(tmp_path, owner)
    monkeypatch.setattr(migrate, "SCHEMA_REVISION", "9999_newer")

    def failing_upgrade(config, revision):
        raise RuntimeError("the migration failed")

    import alembic.command
    monkeypatch.setattr(alembic.command, "upgrade", failing_upgrade)
    monkeypatch.setattr(migrate, "current_revision", lambda db: "0001")
    for _ in range(3):
        with pytest.raises(RuntimeError):
            open_database(f"sqlite:///{path}")
    assert not list(tmp_path.rglob("*before-upgrade*"))


def test_an_empty_server_database_is_a_shop_only_when_asked(db_url, capsys):
    if db_url.startswith("sqlite"):
        pytest.skip("the SQLite cases are above")
    assert main(["--db", db_url, "customer", "add", "--name", "Eva"]) == 1
    assert "holds no shop yet" in capsys.readouterr().err
    assert main(["--db", db_url, "init", "--owner", "Marieke Jansen"]) == 0  # the PIN: $LOYALTY_PIN (conftest)
    assert main(["--db", db_url, "customer", "add", "--name", "Eva"]) == 0


def test_another_programs_server_database_is_refused_unchanged(db_url, capsys):
    if db_url.startswith("sqlite"):
        pytest.skip("the SQLite cases are above")
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoice (id integer primary key)"))
    assert main(["--db", db_url, "check"]) == 1
    assert "belongs to another program" in capsys.readouterr().err
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == ["invoice"]
    engine.dispose()


def test_the_app_starts_a_new_shop_only_on_its_own_file_or_when_told(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.storage.paths import default_database_path
    from desktop.ui import opening_questions

    assert opening_questions.may_create(f"sqlite:///{default_database_path()}") is True
    asked = []

    def answer(button):
        def question(parent, title, text, *args):
            asked.append(text)
            return button
        return question

    typo = tmp_path / "shpo.db"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert opening_questions.may_create(f"sqlite:///{typo}") is None
    assert asked == [f"There is no shop database at {typo}. Start a new shop there?"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert opening_questions.may_create(f"sqlite:///{typo}") is True
    assert not typo.exists()


def test_the_app_offers_the_latest_backup_of_a_damaged_file(qtbot, damaged_shop, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import opening_questions

    path, card, backup = damaged_shop
    problem = health.quick_check(path)
    watch = opening_questions.DamageWatch(f"sqlite:///{path}")
    with qtbot.waitSignal(watch.sig_damaged, timeout=20_000) as found:
        watch.start()
    assert found.args == [problem]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    assert opening_questions.offer_restore(None, f"sqlite:///{path}", problem)
    assert told and not health.damage_noted(path)
    db = open_database(f"sqlite:///{path}")
    assert db.damaged is None
    with db.read() as session:
        assert customers.find_by_card(session, card).name == "Eva"
    db.dispose()


def test_a_damaged_shop_is_not_backed_up_so_the_latest_backup_stays_a_good_one(damaged_shop, capsys):
    path, card, backup = damaged_shop
    assert not health.damage_noted(path)  # nothing has read the flipped page yet
    capsys.readouterr()
    assert main(["--db", str(path), "backup"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"loyalty: The database {path} is damaged") and err.rstrip().endswith(str(backup))
    assert list((data_dir() / "backups").glob("shop-*-backup*.db")) == [backup]
    assert health.damage_noted(path)
    assert main(["--db", str(path), "purchase", card, "10"]) == 1  # and writes are refused from now on
    assert "is damaged" in capsys.readouterr().err
