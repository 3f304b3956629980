"""Counters on different versions, and counters starting together on a database to upgrade."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, text
from sqlmodel import select

from desktop.cli import main
from desktop.core import clock
from desktop.storage import migrate
from desktop.storage.engine import Database, DatabaseError
from desktop.storage.migrate import current_revision, open_database
from desktop.storage.models import SchemaUpgrade
from desktop.version import app_version


def _upgraded_elsewhere(url: str, revision: str, version: str | None) -> None:
    """As if a counter on a newer version had upgraded the database to `revision`."""
    db = Database(url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        if version:
            connection.execute(SchemaUpgrade.__table__.insert().values(
                revision=revision, app_version=version, upgraded_at=clock.now()))
    db.dispose()


def test_the_database_records_which_version_upgraded_it(any_db):
    with any_db.read() as session:
        rows = session.exec(select(SchemaUpgrade.revision, SchemaUpgrade.app_version)).all()
    assert rows == [(migrate.SCHEMA_REVISION, app_version())]


def test_an_older_counter_says_which_version_upgraded_the_database(db_url, tmp_path):
    open_database(db_url, create=True).dispose()
    _upgraded_elsewhere(db_url, "0099", "9.4.0")
    with pytest.raises(DatabaseError, match="upgraded by Loyalty 9.4.0; this PC has Loyalty") as refused:
        open_database(db_url)
    assert refused.value.params["version"] == "9.4.0"
    assert not (tmp_path / "backups").exists()  # not a new backup at every try


def test_an_unknown_newer_schema_is_refused_in_a_sentence_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "shop.db"
    url = f"sqlite:///{path}"
    open_database(url, create=True).dispose()
    _upgraded_elsewhere(url, "0099", None)
    for _ in range(2):
        assert main(["--db", str(path), "customer", "find", "Sanne"]) == 1
    err = capsys.readouterr().err
    assert err.count("loyalty: This database was upgraded by a newer version of Loyalty (schema 0099)") == 2
    assert "Traceback" not in err and not (tmp_path / "backups").exists()


def _start_together(url: str, counters: int = 2) -> list[BaseException | None]:
    barrier = threading.Barrier(counters)
    outcome: list[BaseException | None] = [None] * counters

    def start(number: int) -> None:
        try:
            barrier.wait()
            open_database(url, create=True).dispose()
        except BaseException as error:  # handed to the test
            outcome[number] = error

    threads = [threading.Thread(target=start, args=(n,)) for n in range(counters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return outcome


def test_counters_starting_together_on_a_new_database_upgrade_it_once(db_url):
    assert _start_together(db_url, 3) == [None, None, None]
    db = Database(db_url)
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(SchemaUpgrade)).one() == 1
    assert current_revision(db) == migrate.SCHEMA_REVISION
    db.dispose()


def test_counters_starting_together_on_an_old_database_make_one_backup(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = Database(url)
    config = migrate.alembic_config()
    with db.engine.connect() as connection:  # the schema before this version's migrations
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        connection.commit()
    db.dispose()
    assert _start_together(url) == [None, None]
    assert len(list((tmp_path / "backups").glob("*before-upgrade-from-0008*"))) == 1
