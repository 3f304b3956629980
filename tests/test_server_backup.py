"""`loyalty backup` and `loyalty restore` on a PostgreSQL server: pg_dump -Fc and back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from conftest import PG_URL, _fresh_pg_database, add_cli_owner, new_customer
from desktop.cli import main
from desktop.storage.migrate import open_database
from desktop.storage.models import Customer
from desktop.storage.paths import data_dir


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("server backups need a PostgreSQL server: set LOYALTY_TEST_PG_URL")
    if shutil.which("pg_dump") is None:
        pytest.skip("server backups need the PostgreSQL client tools (pg_dump, pg_restore, psql) on PATH")
    yield from _fresh_pg_database()


def _customers(url: str) -> list[str]:
    db = open_database(url)
    try:
        with db.read() as session:
            return list(session.exec(select(Customer.name).order_by(Customer.id)))
    finally:
        db.dispose()


def test_a_server_backup_restores_what_was_there(pg_url, owner, capsys):
    db = open_database(pg_url, create=True)
    add_cli_owner(db)  # who runs the restore
    new_customer(db, owner, "Anna Before")
    db.dispose()
    assert main(["--db", pg_url, "backup"]) == 0
    out = capsys.readouterr().out
    made = sorted((data_dir() / "backups").glob("loyalty_test_*-backup.dump"))
    assert len(made) == 1 and str(made[0]) in out and "***" not in out

    db = open_database(pg_url, create=True)
    new_customer(db, owner, "Bram After")
    db.dispose()
    assert main(["--db", pg_url, "restore", str(made[0]), "--yes"]) == 0
    out = capsys.readouterr().out
    assert _customers(pg_url) == ["Anna Before"]
    safety = sorted((data_dir() / "backups").glob("*-before-restore.dump"))
    assert len(safety) == 1 and str(safety[0]) in out

    assert main(["--db", pg_url, "restore", str(safety[0]), "--yes"]) == 0  # and the safety copy back again
    assert _customers(pg_url) == ["Anna Before", "Bram After"]


def test_a_file_that_is_not_a_server_backup_is_refused_and_nothing_changes(pg_url, owner, tmp_path, capsys):
    db = open_database(pg_url, create=True)
    new_customer(db, owner, "Anna Kept")
    db.dispose()
    bogus = tmp_path / "shop.dump"
    bogus.write_bytes(b"not a dump at all" * 50)
    assert main(["--db", pg_url, "restore", str(bogus), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "is not a backup of a PostgreSQL database" in err and "Traceback" not in err
    assert _customers(pg_url) == ["Anna Kept"] and not (data_dir() / "backups").exists()


def test_without_pg_dump_the_backup_says_what_to_install(pg_url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LOYALTY_PG_BIN", str(tmp_path))  # a folder without the tools
    assert main(["--db", pg_url, "backup"]) == 1
    assert "pg_dump was not found on this PC" in capsys.readouterr().err
    assert not any(Path(data_dir() / "backups").glob("*"))
