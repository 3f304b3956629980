"""Printing for the command line: local times, points and amounts in one style."""

from __future__ import annotations

from datetime import datetime

from desktop.core.money import format_cents


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def amount(cents: int) -> str:
    return format_cents(cents)
