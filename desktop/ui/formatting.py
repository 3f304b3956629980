"""Amounts, dates and times the way the chosen language writes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.money import format_cents


@dataclass(frozen=True)
class Formats:
    language: str  # "nl" or "en"

    def amount(self, cents: int) -> str:
        if self.language == "nl":  # € 1.234,50, the € never on a line of its own
            return format_cents(cents).replace("€ ", "€\u00a0")
        sign = "-" if cents < 0 else ""
        return f"{sign}€{abs(cents) // 100:,}.{abs(cents) % 100:02d}"  # €1,234.50

    def day(self, value: date) -> str:
        return value.strftime("%d-%m-%Y") if self.language == "nl" else value.strftime("%d/%m/%Y")

    def moment(self, value: datetime) -> str:
        local = value.astimezone()
        return f"{self.day(local.date())} {local:%H:%M}"

    def typed_amount_hint(self) -> str:
        return "12,50" if self.language == "nl" else "12.50"


_current = Formats("en")


def use_formats(formats: Formats) -> None:
    """The app's language, chosen at start: messages below the UI are written in it too."""
    global _current
    _current = formats


def current_formats() -> Formats:
    return _current
