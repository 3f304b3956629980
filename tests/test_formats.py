"""Amounts and dates per language, one rule for the screens and the documents."""

from datetime import date

from desktop.core import formats
from desktop.ui.formatting import Formats
from reports.language import Language


def test_amounts_and_days_as_each_language_writes_them():
    assert formats.amount(123_450, "nl") == "€ 1.234,50" and formats.amount(123_450, "en") == "€1,234.50"
    assert formats.amount(-5, "en") == "-€0.05"
    assert formats.day(date(2026, 12, 1), "nl") == "01-12-2026" and formats.day(date(2026, 12, 1), "en") == "01/12/2026"


def test_the_screens_and_the_documents_write_an_amount_alike():
    for language in ("nl", "en"):
        for cents in (0, 5, 123_450, -216_580):
            assert Formats(language).amount(cents).replace("\u00a0", " ") == Language(language).amount(cents)
