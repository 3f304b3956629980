"""`loyalty report ...`: each document from the command line, as a scheduled job would make it."""

from __future__ import annotations

from datetime import date

import pytest
from pdfread import Pdf

from desktop.cli.report import parse_month
from desktop.core.errors import ValidationError


@pytest.fixture(autouse=True)
def dutch_documents(monkeypatch):
    monkeypatch.setenv("LOYALTY_LANGUAGE", "nl")


def test_documents_from_the_command_line(qapp, loyalty, tmp_path):
    card = loyalty("customer", "add", "--name", "Joëlle Maës", "--birthday", "01-01-1990", "--street", "Markt 1",
               "--postcode", "1234 AB", "--city", "Gouda", "--consent")[1].strip()
    code, out, _ = loyalty("purchase", card, "25,00")
    purchase_id = out.split()[1].rstrip(":")
    statement = tmp_path / "statement.pdf"
    code, out, err = loyalty("report", "statement", "--card", card, "--out", str(statement))
    assert code == 0 and f"Wrote {statement}" in out, err
    text = Pdf(statement.read_bytes()).all_text()
    assert "Puntenoverzicht" in text and "Joëlle Maës" in text and "Aankoop € 25,00" in text and "75" in text
    english = tmp_path / "statement-en.pdf"
    assert loyalty("report", "statement", "--card", card, "--language", "en", "--out", str(english))[0] == 0
    assert "Points statement" in Pdf(english.read_bytes()).all_text()

    for args in (("cards", "--card", card), ("cards",), ("day",), ("day", "--size", "80mm"),
                 ("birthdays", "--period", "month"), ("letters", "--labels", str(tmp_path / "labels.pdf")),
                 ("slip", "--purchase", purchase_id)):
        out_file = tmp_path / f"{args[0]}.pdf"
        code, _, err = loyalty("report", *args, "--out", str(out_file), "--force")
        assert code == 0, (args, err)
        assert out_file.read_bytes().startswith(b"%PDF")
    assert card in Pdf((tmp_path / "cards.pdf").read_bytes()).all_text()
    assert (tmp_path / "labels.pdf").read_bytes().startswith(b"%PDF")


def test_command_line_refusals_are_one_line_with_exit_code_1(loyalty, tmp_path):
    out_file = str(tmp_path / "x.pdf")
    code, _, err = loyalty("report", "voucher", "--code", "NOPE2345", "--out", out_file)
    assert code == 1 and "No voucher with code NOPE2345." in err
    code, _, err = loyalty("report", "statement", "--card", "2900000000001", "--out", out_file)
    assert code == 1
    code, _, err = loyalty("report", "monthly", "--month", "2026-13", "--out", out_file)
    assert code == 1 and "is not a month" in err
    code, _, err = loyalty("report", "statement", "--card", "1", "--from", "2026-02-01", "--to", "2026-01-01",
                       "--out", out_file)
    assert code == 1


def test_month_argument():
    assert parse_month("2026-10", date(2026, 11, 22)) == (2026, 10)
    assert parse_month(None, date(2026, 1, 5)) == (2025, 12)
    with pytest.raises(ValidationError):
        parse_month("oktober", date(2026, 11, 22))
