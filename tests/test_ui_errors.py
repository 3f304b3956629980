"""Database trouble becomes a sentence that says what to do; the details go to the log."""

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from desktop.core.errors import ConflictError, ValidationError
from desktop.ui.errors import explain


@pytest.mark.parametrize("driver_message, words", [
    ("database is locked", "busy at another counter"),
    ("connection refused: is the server running", "cannot be reached"),
    ("file is not a database", "damaged"),
    ("disk I/O error", "cannot be used right now"),
])
def test_database_errors_are_explained_without_a_traceback(driver_message, words):
    error = OperationalError("SELECT 1", {}, sqlite3.OperationalError(driver_message))
    text = explain(error)
    assert words in text and "Traceback" not in text and "SELECT" not in text


def test_refusals_show_their_own_sentence_and_surprises_a_safe_one():
    assert explain(ValidationError("amount", "The amount cannot be negative.")) == "The amount cannot be negative."
    assert explain(ConflictError("Not enough points: 5 available, 100 needed.")).startswith("Not enough points")
    assert explain(KeyError("internal")) == "Something went wrong. Nothing was saved."


def test_a_database_that_cannot_be_opened_gives_a_dialog_not_a_traceback(tmp_path, monkeypatch):
    from desktop.ui import app as app_module
    from desktop.ui import opening_questions

    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database at all" * 100)
    shown = []

    def asked(parent, sentence, previous):  # the person quits instead of choosing another database
        shown.append(sentence)
        return opening_questions.QUIT

    monkeypatch.setattr(opening_questions, "ask_what_next", asked)
    assert app_module.run(f"sqlite:///{broken}") == 1
    assert shown == [f"{broken} is not a loyalty database (it is not a database file at all); nothing was changed."]
