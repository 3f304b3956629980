"""Finding the files in resources/, from a checkout and from a frozen build alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    return Path(frozen) / "resources" if frozen else Path(__file__).resolve().parents[2] / "resources"


def asset(relative: str) -> Path:
    return resources_dir() / relative
