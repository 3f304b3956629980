"""The log keeps details for support, never customers' personal data or passwords, and only its
owner can read it."""

from __future__ import annotations

import logging
import stat

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.cli import main
from desktop.logs import log_file, setup_logging

SECRET_NOTE = "diabetes type 2, insulin at 12:00"


def test_a_failed_write_logs_no_personal_data(any_db, owner):
    from conftest import new_customer

    setup_logging()
    customer = new_customer(any_db, owner, email="sanne@example.nl")
    personal = {"card": customer.card_number, "name": "Geheim Persoon", "phone": "0687654321",
                "email": "geheim@example.nl", "notes": SECRET_NOTE}
    with pytest.raises(IntegrityError) as failure:  # the database's own error, on either backend
        with any_db.write() as session:  # the same card number twice: the database refuses it
            session.execute(text("INSERT INTO customer (card_number, name, search_name, phone, phone_digits, email,"
                                 " street, postcode, city, joined_on, marketing_consent, notes, preferences,"
                                 " anonymised, created_at, updated_at) VALUES (:card, :name, :name, :phone, :phone,"
                                 " :email, '', '', '', '2026-01-01', false, :notes, '', false, '2026-01-01',"
                                 " '2026-01-01')"), personal)
    logging.getLogger("test").error("a write failed", exc_info=failure.value)
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file().read_text(encoding="utf-8")
    assert "a write failed" in logged and "parameters hidden" in logged
    for value in personal.values():
        assert value not in logged


def test_the_log_is_readable_by_its_owner_only_also_after_a_rotation(tmp_path):
    path = setup_logging()
    logging.getLogger("test").info("hello")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    (handler,) = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)]
    handler.doRollover()
    logging.getLogger("test").info("after the rotation")
    for file in path.parent.glob("loyalty.log*"):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_an_older_log_file_is_made_owner_only(tmp_path):
    path = log_file()
    path.write_text("old lines\n")
    path.chmod(0o644)
    for handler in [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)]:
        logging.getLogger().removeHandler(handler)
        handler.close()
    setup_logging()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_database_password_is_never_printed_or_logged(capsys):
    assert main(["--db", "postgresql+psycopg://shop:Sup3rGeheim@127.0.0.1:1/shop", "check"]) != 0
    printed = capsys.readouterr()
    assert "Sup3rGeheim" not in printed.out + printed.err
    assert "Sup3rGeheim" not in log_file().read_text(encoding="utf-8")
