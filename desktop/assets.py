"""The files the app ships with (resources/: fonts, translations, icons), found the same way
from a checkout, an installed wheel and a frozen bundle; every lookup goes through asset()."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """desktop/resources inside a wheel or a PyInstaller bundle, else resources/ beside the checkout's desktop/."""
    packaged = _PACKAGE / "resources"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "resources"


def asset(relative: str) -> Path:
    return resources_dir() / relative
