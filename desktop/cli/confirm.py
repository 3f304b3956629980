"""Asking a person at the terminal before a step that cannot be taken back."""

from __future__ import annotations

import sys


def confirmed(question: str) -> bool:
    """Only a person at a terminal can confirm; a script or a pipe needs --yes."""
    if sys.stdin is None or not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().casefold() in ("yes", "ja")
    except EOFError:
        return False
