"""Amounts and dates as each language writes them: the screens and the documents both use these."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.money import format_cents

MINUS = "\u2212"  # the minus sign: a hyphen is shorter than the plus beside it and breaks a line


def sign(value: float) -> str:
    """The sign written before a figure: + for a rise, − (the minus sign) for a fall, none for 0."""
    return "+" if value > 0 else MINUS if value < 0 else ""


def amount(cents: int, language: str) -> str:
    """€ 1.234,50 in Dutch, €1,234.50 in English; a negative amount has its minus sign before
    the euro sign (−€ 12,50), as a change has its + or −: one rule for every figure."""
    minus = MINUS if cents < 0 else ""
    if language == "nl":
        return minus + format_cents(abs(cents))
    return f"{minus}€{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def number(value: int, language: str) -> str:
    """12.345 in Dutch, 12,345 in English; −33 with the minus sign."""
    text = f"{abs(value):,}"
    return (MINUS if value < 0 else "") + (text.replace(",", ".") if language == "nl" else text)


def decimal(value: float, language: str, digits: int = 1) -> str:
    """1.234,5 in Dutch, 1,234.5 in English; −2,5 with the minus sign (none for a value that
    rounds to 0)."""
    text = f"{abs(value):,.{digits}f}"
    minus = MINUS if value < 0 and float(text.replace(",", "")) != 0 else ""
    return minus + (text.translate(str.maketrans(",.", ".,")) if language == "nl" else text)


def signed_amount(cents: int, language: str) -> str:
    """A change of money, its sign before the euro sign: +€ 2.327,95 and −€ 2.165,80 alike."""
    return sign(cents) + amount(abs(cents), language)


def day(value: date, language: str) -> str:
    return value.strftime("%d-%m-%Y") if language == "nl" else value.strftime("%d/%m/%Y")


def moment(value: datetime, language: str) -> str:
    """A moment in the PC's local time."""
    local = value.astimezone()
    return f"{day(local.date(), language)} {local:%H:%M}"
