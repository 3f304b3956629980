"""Amounts and dates per language, one rule for the screens and the documents."""

from datetime import date

from desktop.core import formats
from desktop.ui.formatting import Formats
from reports.language import Language


def test_amounts_and_days_as_each_language_writes_them():
    assert formats.amount(123_450, "nl") == "€ 1.234,50" and formats.amount(123_450, "en") == "€1,234.50"
    # a negative figure has the minus sign (not a hyphen) first, as a change has its sign first
    assert formats.amount(-5, "en") == "\u2212€0.05" and formats.amount(-216_580, "nl") == "\u2212€ 2.165,80"
    assert formats.signed_amount(-216_580, "nl") == "\u2212€ 2.165,80" and formats.signed_amount(232_795, "nl") == \
        "+€ 2.327,95"
    assert formats.number(-33, "nl") == "\u221233" and formats.number(-12_345, "nl") == "\u221212.345"
    assert formats.decimal(-2.54, "nl") == "\u22122,5" and formats.decimal(-0.04, "en") == "0.0"
    assert formats.day(date(2026, 12, 1), "nl") == "01-12-2026" and formats.day(date(2026, 12, 1), "en") == "01/12/2026"


def test_the_screens_and_the_documents_write_an_amount_alike():
    for language in ("nl", "en"):
        for cents in (0, 5, 123_450, -216_580):
            assert Formats(language).amount(cents).replace("\u00a0", " ") == Language(language).amount(cents)
