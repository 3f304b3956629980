import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text

from desktop.storage import engine as engine_module
from desktop.storage.engine import Database, DatabaseError, make_engine
from desktop.storage.network_share import NETWORK_FILESYSTEMS, filesystem_type
from desktop.storage.paths import database_url

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
server:/export /mnt/shop nfs4 rw 0 0
//nas/winkel /media/winkel\\040data cifs rw 0 0
tmpfs /mnt/shop/tmp tmpfs rw 0 0
"""


def test_every_sqlite_connection_gets_the_safety_pragmas(db):
    with db.read() as session:
        values = {name: session.execute(text(f"PRAGMA {name}")).scalar()
                  for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")}
    assert values == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2,  # 2 = FULL
                      "busy_timeout": engine_module.BUSY_TIMEOUT_MS}


def test_writing_transactions_take_the_lock_at_begin(db):
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with db.write() as session:
        session.execute(text("SELECT 1"))
    with db.read() as session:
        session.execute(text("SELECT 1"))
    assert statements == ["BEGIN IMMEDIATE", "SELECT 1", "BEGIN", "SELECT 1"]


def test_a_second_writer_waits_for_the_first_instead_of_failing(db, tmp_path):
    order = []
    first_has_lock = threading.Event()

    def first() -> None:
        with db.write() as session:
            session.execute(text("INSERT INTO setting (key, value) VALUES ('a', '1')"))
            first_has_lock.set()
            time.sleep(0.5)
            order.append("first commits")

    thread = threading.Thread(target=first)
    thread.start()
    first_has_lock.wait()
    other = Database(db.url)
    with other.write() as session:
        # The transaction's first statement issues BEGIN IMMEDIATE, which waits for the lock.
        session.execute(text("SELECT count(*) FROM setting"))
        order.append("second begins")
        session.execute(text("INSERT INTO setting (key, value) VALUES ('b', '2')"))
    thread.join()
    other.dispose()
    assert order == ["first commits", "second begins"]


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with db.write() as session:
            session.execute(text("INSERT INTO purchase (customer_id, amount_cents, non_earning_cents, created_at,"
                                 " receipt_ref) VALUES (999, 100, 0, '2026-01-01', '')"))


def test_network_shares_are_recognised_from_the_mount_table():
    assert filesystem_type(Path("/mnt/shop/loyalty.db"), MOUNTS) == "nfs4"
    assert filesystem_type(Path("/media/winkel data/x.db"), MOUNTS) == "cifs"
    assert filesystem_type(Path("/mnt/shop/tmp/x.db"), MOUNTS) == "tmpfs"  # the deepest mount wins
    assert filesystem_type(Path("/home/shop/x.db"), MOUNTS) == "ext4"
    assert {"nfs4", "cifs"} <= NETWORK_FILESYSTEMS and "ext4" not in NETWORK_FILESYSTEMS


def test_a_sqlite_file_on_a_network_share_is_refused_with_a_pointer_to_postgresql(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "is_network_path", lambda path: True)
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        make_engine(f"sqlite:///{tmp_path / 'shop.db'}")
    assert not (tmp_path / "shop.db").exists()


def test_database_location_from_option_environment_or_default(tmp_path, monkeypatch):
    monkeypatch.setenv("LOYALTY_DATA_DIR", str(tmp_path / "data"))
    assert database_url() == f"sqlite:///{tmp_path / 'data' / 'loyalty.db'}"
    monkeypatch.setenv("LOYALTY_DB", str(tmp_path / "env.db"))
    assert database_url() == f"sqlite:///{tmp_path / 'env.db'}"
    assert database_url("postgresql+psycopg://shop@server/loyalty") == "postgresql+psycopg://shop@server/loyalty"
    assert database_url(str(tmp_path / "opt.db")) == f"sqlite:///{tmp_path / 'opt.db'}"


def test_committed_data_is_in_the_file_for_another_program(db):
    with db.write() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('shop_name', '\"Bakker Bart\"')"))
    raw = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    assert raw.execute("SELECT value FROM setting").fetchone() == ('"Bakker Bart"',)
    raw.close()


def _journal_mode(db) -> str:
    with db.read() as session:
        return session.execute(text("PRAGMA journal_mode")).scalar()


def test_a_bulk_load_writes_through_a_rollback_journal_and_the_log_comes_back(db):
    with db.rollback_journal() as switched, db.write() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('shop_name', '\"Bakker Bart\"')"))
        during = session.execute(text("PRAGMA journal_mode")).scalar()
    assert switched and during == "delete"
    assert _journal_mode(db) == "wal"
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM setting WHERE key = 'shop_name'")).scalar() == 1


def test_a_bulk_load_that_fails_leaves_nothing_behind(db):
    with pytest.raises(RuntimeError), db.rollback_journal(), db.write() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('shop_name', '\"Bakker Bart\"')"))
        raise RuntimeError("the load failed")
    assert _journal_mode(db) == "wal"
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM setting WHERE key = 'shop_name'")).scalar() == 0


def test_a_bulk_load_cut_off_by_a_crash_is_rolled_back_when_the_file_opens_again(db):
    path = db.url.removeprefix("sqlite:///")
    db.dispose()
    crash = f"""
import os
from sqlalchemy import text
from desktop.storage.engine import Database
db = Database({db.url!r})
with db.rollback_journal(), db.write() as session:
    session.execute(text("PRAGMA cache_size = 10"))  # pages reach the file before the end
    for n in range(5000):
        session.execute(text("INSERT INTO setting (key, value) VALUES (:k, :v)"), {{"k": f"k{{n}}", "v": "x" * 200}})
    os._exit(3)
"""
    assert subprocess.run([sys.executable, "-c", crash], check=False).returncode == 3
    assert Path(path + "-journal").exists()  # the crash left the journal behind
    again = Database(db.url)
    try:
        assert _journal_mode(again) == "wal"
        with again.read() as session:
            assert session.execute(text("SELECT count(*) FROM setting WHERE key LIKE 'k%'")).scalar() == 0
    finally:
        again.dispose()


def test_the_log_is_kept_while_another_connection_has_the_file_open(db):
    other = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    try:
        other.execute("SELECT count(*) FROM setting").fetchone()  # it reads through the log
        with db.rollback_journal() as switched, db.write() as session:
            during = session.execute(text("PRAGMA journal_mode")).scalar()
        assert not switched and during == "wal"
    finally:
        other.close()
