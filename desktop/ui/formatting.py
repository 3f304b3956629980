"""Amounts, dates and times the way the chosen language writes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.core import formats, glossary


@dataclass(frozen=True)
class Formats:
    language: str  # "nl" or "en"

    def amount(self, cents: int) -> str:
        return formats.amount(cents, self.language).replace("€ ", "€\u00a0")  # the € never on a line of its own

    def number(self, value: int) -> str:
        return formats.number(value, self.language)

    def day(self, value: date) -> str:
        return formats.day(value, self.language)

    def moment(self, value: datetime) -> str:
        return formats.moment(value, self.language)

    def tier(self, name: str | None) -> str:
        """A tier's name as shown: the programme's default names in the reader's language."""
        return glossary.tier_name(name, self.language)

    def typed_amount_hint(self) -> str:
        return "12,50" if self.language == "nl" else "12.50"


_current = Formats("en")


def use_formats(formats: Formats) -> None:
    """The app's language, chosen at start: messages below the UI are written in it too."""
    global _current
    _current = formats


def current_formats() -> Formats:
    return _current
