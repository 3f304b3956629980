"""Printing for the command line: local times, points and amounts in one style."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Any

from desktop.core.money import format_cents


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def amount(cents: int) -> str:
    return format_cents(cents)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
