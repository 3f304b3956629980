import io
import sqlite3
import sys

import pytest

from conftest import add_cli_owner
from desktop.cli import main
from desktop.services import customers
from desktop.storage import backup, restore
from desktop.storage.paths import data_dir


def names(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM customer ORDER BY id")]
    finally:
        connection.close()


def add(db, owner, name: str) -> str:
    return customers.create_customer(db, owner, customers.CustomerDetails(name=name)).card_number


@pytest.fixture
def shop(db, tmp_path) -> list[str]:
    """The command line's --db option for the `db` fixture's file, whose owner runs the restore."""
    add_cli_owner(db)
    return ["--db", str(tmp_path / "shop.db")]


def test_a_backup_taken_during_another_connections_write_is_consistent(db, owner, tmp_path):
    add(db, owner, "Eva")
    writer = sqlite3.connect(tmp_path / "shop.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE customer SET name = 'half-way'")
    # Enough rows that SQLite spills uncommitted pages to the WAL file before the commit.
    writer.executemany("INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) "
                       "VALUES ('2026-01-01', 'test', 'x', 'y', 'z', ?, '')", [("x" * 500,)] * 5000)

    target = backup.backup_sqlite(db.engine, tmp_path / "copy.db")
    writer.execute("COMMIT")
    writer.close()

    assert names(target) == ["Eva"]
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT count(*) FROM audit_log WHERE actor = 'test'").fetchone() == (0,)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    copy.close()
    assert names(tmp_path / "shop.db") == ["half-way"]


def test_the_backup_command_writes_a_new_file_only(db, owner, shop, tmp_path, capsys):
    add(db, owner, "Eva")
    out = tmp_path / "kopie.db"
    assert main([*shop, "backup", "--out", str(out)]) == 0
    assert names(out) == ["Eva"]
    assert main([*shop, "backup", "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"loyalty: {out} is a database; it is never replaced. Write to another file.\n"

    assert main([*shop, "backup"]) == 0
    made = list((data_dir() / "backups").glob("shop-*-backup.db"))
    assert len(made) == 1 and names(made[0]) == ["Eva"]


@pytest.fixture
def good_backup(db, owner, tmp_path):
    add(db, owner, "Eva")
    return backup.backup_sqlite(db.engine, tmp_path / "good.db")


def test_restore_refuses_a_file_that_is_not_a_backup(db, owner, good_backup, shop, tmp_path, capsys):
    text = tmp_path / "klanten.csv"
    text.write_text("name\nEva\n")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (id INTEGER)").connection.close()
    unreadable = tmp_path / "unreadable.db"
    unreadable.write_bytes(good_backup.read_bytes())
    with unreadable.open("r+b") as handle:
        handle.seek(2 * 4096)
        handle.write(b"\x00" * 4096)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(good_backup.read_bytes())
    connection = sqlite3.connect(damaged)
    # The index says it holds `name` while it holds `search_name`: integrity_check finds rows missing.
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_master SET sql = replace(sql, '(search_name,', '(name,') "
                       "WHERE name = 'ix_customer_search_name'")
    connection.commit()
    connection.close()
    newer = tmp_path / "newer.db"
    newer.write_bytes(good_backup.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    add(db, owner, "Piet")

    expected = {
        text: "is not a backup of this program: it is not a SQLite database file.",
        other: "is not a backup of this program: it has no schema version.",
        unreadable: "is damaged or not a database (database disk image is malformed)",
        damaged: "is damaged (row 1 missing from index ix_customer_search_name)",
        newer: "has schema version '9999', which this program does not know",
        tmp_path / "missing.db": "There is no backup file",
    }
    for path, message in expected.items():
        assert main([*shop, "restore", str(path), "--yes"]) == 1
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1
    assert names(tmp_path / "shop.db") == ["Eva", "Piet"]
    assert not (data_dir() / "backups").exists()


def test_restore_brings_the_data_back_and_keeps_a_safety_copy(db, owner, good_backup, shop, tmp_path, capsys):
    piet = add(db, owner, "Piet")

    assert main([*shop, "restore", str(good_backup), "--yes"]) == 0

    out = capsys.readouterr().out
    assert out.startswith(f"Restored {good_backup} into {tmp_path / 'shop.db'}.\n")
    # The app's own open engine sees the restored content straight away.
    with db.read() as session:
        assert customers.search(session, "piet") == [] and len(customers.search(session, "eva")) == 1
    safety = list((data_dir() / "backups").glob("shop-*-before-restore.db"))
    assert len(safety) == 1 and names(safety[0]) == ["Eva", "Piet"] and str(safety[0]) in out
    # Writing after a restore works as before.
    assert add(db, owner, "Piet") != piet


def test_restore_asks_first(db, owner, good_backup, shop, tmp_path, monkeypatch, capsys):
    add(db, owner, "Piet")
    assert main([*shop, "restore", str(good_backup)]) == 1  # no one at a terminal to say yes
    assert "nothing restored" in capsys.readouterr().err

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("nee\n"))
    assert main([*shop, "restore", str(good_backup)]) == 1
    assert names(tmp_path / "shop.db") == ["Eva", "Piet"]

    monkeypatch.setattr(sys, "stdin", Terminal("ja\n"))
    assert main([*shop, "restore", str(good_backup)]) == 0
    assert "Replace ALL data" in capsys.readouterr().out
    assert names(tmp_path / "shop.db") == ["Eva"]


def test_restore_refuses_the_database_itself(db, tmp_path):
    with pytest.raises(backup.BackupError, match="is the database itself"):
        restore.restore_sqlite(db, tmp_path / "shop.db", backup_dir=tmp_path / "backups")


def test_a_backup_of_another_programs_database_is_refused_and_leaves_it_as_it_was(tmp_path, capsys):
    other = tmp_path / "boekhouding.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total INTEGER)")
    connection.execute("INSERT INTO invoice (total) VALUES (1250)")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    out = tmp_path / "copy.db"
    assert main(["--db", str(other), "backup", "--out", str(out)]) == 1
    assert "another program's database" in capsys.readouterr().err
    assert other.read_bytes() == before and not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["boekhouding.db"]  # no -wal, no -shm
    connection = sqlite3.connect(f"{other.as_uri()}?mode=ro", uri=True)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()
