"""Argument types for numbers typed on the command line: ASCII digits within a range that the
database and the calendar can hold, or argparse's own usage error (exit 2)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.core.validation import RECORD_ID_MAX, record_id


def whole_number(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        digits = text.strip().removeprefix("-").removeprefix("+")
        if digits.isascii() and digits.isdigit() and len(digits) <= len(str(max(abs(low), abs(high)))):
            number = int(text)
            if low <= number <= high:
                return number
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number from {low} to {high}")

    parse.__name__ = "whole number"
    return parse


def number_of(what: str) -> Callable[[str], int]:
    """The number of a purchase, subscription ... as the command line printed it."""
    def parse(text: str) -> int:
        number = record_id(text)
        if number is None:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what}'s number (1 to {RECORD_ID_MAX})")
        return number

    parse.__name__ = f"{what}'s number"
    return parse


POINTS = whole_number(-1_000_000_000, 1_000_000_000)
DAYS = whole_number(0, 36_500)
MONTHS = whole_number(1, 1_200)


def file_path(text: str) -> Path:
    """A file named on the command line; a name no file system takes (a NUL byte, nothing at
    all) is a usage error, not a failure deep in the command."""
    if not text or "\x00" in text:
        raise argparse.ArgumentTypeError(f"{text!r} is not a file name")
    return Path(text)


file_path.__name__ = "file name"
