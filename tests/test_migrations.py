import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from desktop.storage import migrate
from desktop.storage.engine import Database
from desktop.storage.migrate import current_revision, head_revision, open_database


def test_upgrading_an_empty_database_gives_exactly_the_declared_tables(any_db):
    tables = set(inspect(any_db.engine).get_table_names()) - {"alembic_version"}
    assert tables == set(SQLModel.metadata.tables)
    with any_db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                       SQLModel.metadata)
    assert differences == []
    assert current_revision(any_db) == head_revision()


def test_a_postgresql_engine_gives_the_indexes_their_postgresql_options():
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex

    from desktop.storage.engine import make_engine
    from desktop.storage.models import AuditLog, Customer

    make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none").dispose()  # connects only when used
    indexes = {index.name: index for table in (Customer, AuditLog) for index in table.__table__.indexes}
    ddl = {name: str(CreateIndex(indexes[name]).compile(dialect=postgresql.dialect()))
           for name in ("ix_customer_search_name", "ix_audit_log_sign_in_failures")}
    assert "varchar_pattern_ops" in ddl["ix_customer_search_name"]
    assert "WHERE" in ddl["ix_audit_log_sign_in_failures"]


def test_the_start_up_shortcut_knows_the_newest_migration():
    assert migrate.SCHEMA_REVISION == head_revision()


def test_upgrading_twice_changes_nothing_and_makes_no_backup(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    open_database(url, create=True).dispose()
    db = Database(url)
    assert migrate.upgrade(db) is None
    db.dispose()
    assert not (tmp_path / "backups").exists()


def test_a_version_1_database_with_customers_is_backed_up_and_upgraded(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = Database(url)
    config = migrate.alembic_config()
    with db.engine.connect() as connection:  # the schema as the first release made it
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.commit()
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO customer (card_number, name, search_name, phone, phone_digits, email, street, postcode,"
            " city, joined_on, marketing_consent, notes, preferences, anonymised, created_at, updated_at) VALUES"
            " ('2900000000001', 'Oud', 'oud', '', '', 'Oud@Example.NL', '', '', '', '2026-01-01', 0, '', '', 0,"
            " '2026-01-01 10:00:00', '2026-01-01 10:00:00')")
    backup = migrate.upgrade(db)
    assert backup is not None and "before-upgrade-from-0001" in backup.name
    assert current_revision(db) == head_revision()
    with db.read() as session:
        from desktop.services.customers import search
        assert [c.name for c in search(session, "oud@example")] == ["Oud"]
    db.dispose()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()


def test_a_database_with_data_is_backed_up_before_it_is_upgraded(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = open_database(url, create=True)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('shop_name', '\"Het Hoekje\"')")
    # Pretend this program knows a newer schema than the file has.
    monkeypatch.setattr(migrate, "SCHEMA_REVISION", "9999_newer")
    backup = migrate.upgrade(db)
    db.dispose()
    assert backup is not None and backup.parent == tmp_path / "backups"
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT value FROM setting").fetchall() == [('"Het Hoekje"',)]
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


def test_a_version_2_database_with_rewards_upgrades_to_the_catalogue_rules(tmp_path):
    from alembic import command
    from sqlalchemy.exc import IntegrityError

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = Database(url)
    config = migrate.alembic_config()
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.commit()
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO reward (name, level, kind, cost_points, valid_days, voucher_text, active, created_at)"
            " VALUES ('Gratis koffie', 'financial', 'free_product', 100, 30, 'Koffie', 1, '2026-01-01 10:00:00')")
    assert migrate.upgrade(db) is not None
    assert current_revision(db) == head_revision()
    from desktop.storage.models import Reward
    with db.read() as session:
        reward = session.get(Reward, 1)
        assert (reward.name, reward.min_tier, reward.segment, reward.stock, reward.offered_until) == (
            "Gratis koffie", "", "", None, None)
    with db.engine.connect() as connection:  # stock can never go below zero, whatever the code does
        try:
            connection.exec_driver_sql("UPDATE reward SET stock = -1")
            raise AssertionError("a negative stock was stored")
        except IntegrityError:
            connection.rollback()
    db.dispose()


def test_a_version_3_database_finds_referrals_by_index(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = Database(url)
    config = migrate.alembic_config()
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.commit()
    assert "ix_customer_referred_by_id" not in {i["name"] for i in inspect(db.engine).get_indexes("customer")}
    migrate.upgrade(db)
    assert "ix_customer_referred_by_id" in {i["name"] for i in inspect(db.engine).get_indexes("customer")}
    db.dispose()


def test_migrations_import_no_live_code_but_the_column_types():
    # A migration runs years later against the code of that day: what it needs it holds itself.
    import ast
    from pathlib import Path

    folder = Path(migrate.__file__).parent / "migrations" / "versions"
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert all(not n.startswith("desktop") or n == "desktop.storage.types" for n in names), path.name


def test_a_version_10_database_keeps_its_staff_and_counts_wrong_pins(tmp_path):
    from alembic import command

    from desktop.services import staff

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = Database(url)
    config = migrate.alembic_config()
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0010")
        connection.commit()
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO staff (name, role, pin_hash, active, created_at) VALUES (?, 'owner', ?, 1, "
            "'2026-01-01 10:00:00')", ("Marieke", staff.hash_pin("111111")))
    migrate.upgrade(db)
    assert "ix_audit_log_sign_in_failures" in {i["name"] for i in inspect(db.engine).get_indexes("audit_log")}
    (member,) = staff.all_staff(db)
    assert (member.name, member.failed_pins, member.locked_until) == ("Marieke", 0, None)
    assert staff.sign_in(db, member.id, "111111").name == "Marieke"
    db.dispose()


def test_a_version_11_database_with_a_customer_gets_replaced_cards(tmp_path):
    from alembic import command

    from desktop.services import cards, customers
    from desktop.services.context import Actor

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = Database(url)
    config = migrate.alembic_config()
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0011")
        connection.commit()
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO customer (card_number, name, search_name, phone, phone_digits, email, email_key, street,"
            " postcode, city, joined_on, marketing_consent, notes, preferences, anonymised, created_at, updated_at)"
            " VALUES ('2900000000001', 'Oud', 'oud', '', '', '', '', '', '', '', '2026-01-01', 0, '', '', 0,"
            " '2026-01-01 10:00:00', '2026-01-01 10:00:00')")
    assert "replaced_card" not in inspect(db.engine).get_table_names()
    assert migrate.upgrade(db) is not None
    new = cards.replace_card(db, Actor("Eigenaar", "owner"), "2900000000001").card_number
    with db.read() as session:
        assert customers.find_by_card(session, new).name == "Oud"
    db.dispose()


def test_a_version_12_database_finds_its_customers_by_surname(tmp_path):
    from alembic import command

    from desktop.services import customers

    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db = Database(url)
    config = migrate.alembic_config()
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0012")
        connection.commit()
    with db.engine.begin() as connection:
        for card, name in (("2900000000001", "Arjen van den Bakker"), ("2900000000002", "Cher")):
            connection.exec_driver_sql(
                "INSERT INTO customer (card_number, name, search_name, phone, phone_digits, email, email_key, street,"
                " postcode, city, joined_on, marketing_consent, notes, preferences, anonymised, created_at,"
                " updated_at) VALUES (?, ?, lower(?), '', '', '', '', '', '', '', '2026-01-01', 0, '', '', 0,"
                " '2026-01-01 10:00:00', '2026-01-01 10:00:00')", (card, name, name))
    assert migrate.upgrade(db) is not None
    with db.read() as session:
        assert [c.name for c in customers.search(session, "bakker")] == ["Arjen van den Bakker"]
        assert [c.name for c in customers.search(session, "cher")] == ["Cher"]
    db.dispose()


def test_revision_11_comes_off_again_while_the_audit_points_at_staff(tmp_path):
    from alembic import command

    db = Database(f"sqlite:///{tmp_path / 'shop.db'}")  # foreign keys on, as every engine has them
    config = migrate.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0011")
        connection.exec_driver_sql("INSERT INTO staff (name, role, pin_hash, active, created_at) VALUES "
                                   "('Marieke', 'owner', 'x', 1, '2026-01-01 10:00:00')")
        connection.exec_driver_sql("INSERT INTO audit_log (at, staff_id, actor, action, entity, entity_id, before, "
                                   "after) VALUES ('2026-01-01 10:00:00', 1, 'Marieke', 'staff.create', 'staff', "
                                   "'1', '', '')")
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    assert current_revision(db) == "0010"
    assert {c["name"] for c in inspect(db.engine).get_columns("staff")} >= {"name", "pin_hash"}
    assert not {"failed_pins", "locked_until"} & {c["name"] for c in inspect(db.engine).get_columns("staff")}
    db.dispose()


def test_a_version_13_database_searches_from_its_indexes_and_comes_off_again(any_db_url_at_13):
    from alembic import command

    from desktop.services import customers

    db, config = any_db_url_at_13
    migrate.upgrade(db)
    assert current_revision(db) == migrate.SCHEMA_REVISION
    columns = {index["name"]: index["column_names"] for index in inspect(db.engine).get_indexes("customer")}
    assert columns["ix_customer_search_surname"] == ["search_surname", "search_name", "merged_into_id"]
    with db.read() as session:
        assert [c.name for c in customers.search(session, "bakker")] == ["Arjen van den Bakker"]
        assert [c.name for c in customers.search(session, "06 12")] == ["Cher"]
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    assert current_revision(db) == "0013"
    columns = {index["name"]: index["column_names"] for index in inspect(db.engine).get_indexes("customer")}
    assert [columns[f"ix_customer_{c}"] for c in ("search_name", "search_surname", "phone_digits")] == \
        [["search_name"], ["search_surname"], ["phone_digits"]]


@pytest.fixture
def any_db_url_at_13(db_url):
    """A database of revision 0013 (SQLite or PostgreSQL) holding two customers."""
    from alembic import command

    db = Database(db_url)
    config = migrate.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0013")
        for card, name, key, surname, phone in (("2900000000001", "Arjen van den Bakker", "arjen van den bakker",
                                                 "bakker", ""), ("2900000000002", "Cher", "cher", "", "0612345678")):
            connection.execute(text(
                "INSERT INTO customer (card_number, name, search_name, search_surname, phone, phone_digits, email,"
                " email_key, street, postcode, city, joined_on, marketing_consent, notes, preferences, anonymised,"
                " created_at, updated_at) VALUES (:card, :name, :key, :surname, :phone, :phone, '', '', '', '', '',"
                " '2026-01-01', false, '', '', false, '2026-01-01 10:00:00', '2026-01-01 10:00:00')"),
                {"card": card, "name": name, "key": key, "surname": surname, "phone": phone})
    yield db, config
    db.dispose()


def test_a_version_14_database_gets_till_totals_and_gives_them_up_again(tmp_path):
    from datetime import date

    from alembic import command

    from desktop.services.context import Actor
    from desktop.services.till_totals import enter_till_total, month_lines

    db = Database(f"sqlite:///{tmp_path / 'shop.db'}")  # foreign keys on, as every engine has them
    config = migrate.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0014")
        connection.exec_driver_sql("INSERT INTO staff (name, role, pin_hash, active, created_at, failed_pins) VALUES "
                                   "('Marieke', 'owner', 'x', 1, '2026-01-01 10:00:00', 0)")
        connection.exec_driver_sql(
            "INSERT INTO customer (card_number, name, search_name, search_surname, phone, phone_digits, email,"
            " email_key, street, postcode, city, joined_on, marketing_consent, notes, preferences, anonymised,"
            " created_at, updated_at) VALUES ('2900000000001', 'Oud', 'oud', '', '', '', '', '', '', '', '',"
            " '2026-01-01', 0, '', '', 0, '2026-01-01 10:00:00', '2026-01-01 10:00:00')")
    assert "till_total" not in inspect(db.engine).get_table_names()
    assert migrate.upgrade(db) is not None
    enter_till_total(db, Actor("Marieke", "owner", staff_id=1), date(2026, 10, 5), 123_400)
    assert [(line.revenue_cents, line.entered_by) for line in month_lines(db, 2026, 10)] == [(123_400, "Marieke")]
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014")
    assert current_revision(db) == "0014"
    assert "till_total" not in inspect(db.engine).get_table_names()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM customer").scalars().all() == ["Oud"]
        assert connection.exec_driver_sql("SELECT name FROM staff").scalars().all() == ["Marieke"]
    db.dispose()
