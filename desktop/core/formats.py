"""Amounts and dates as each language writes them: the screens and the documents both use these."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.money import format_cents


def amount(cents: int, language: str) -> str:
    """€ 1.234,50 in Dutch, €1,234.50 in English."""
    if language == "nl":
        return format_cents(cents)
    sign = "-" if cents < 0 else ""
    return f"{sign}€{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def number(value: int, language: str) -> str:
    """12.345 in Dutch, 12,345 in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "nl" else text


def sign(value: float) -> str:
    """The sign written before a change: + for a rise, − (the minus sign) for a fall, none for 0."""
    return "+" if value > 0 else "\u2212" if value < 0 else ""


def signed_amount(cents: int, language: str) -> str:
    """A change of money, its sign before the euro sign: +€ 2.327,95 and −€ 2.165,80 alike."""
    return sign(cents) + amount(abs(cents), language)


def day(value: date, language: str) -> str:
    return value.strftime("%d-%m-%Y") if language == "nl" else value.strftime("%d/%m/%Y")


def moment(value: datetime, language: str) -> str:
    """A moment in the PC's local time."""
    local = value.astimezone()
    return f"{day(local.date(), language)} {local:%H:%M}"
