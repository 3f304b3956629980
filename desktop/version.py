"""The app's one version number: `version` in pyproject.toml, read from the installed package."""

from __future__ import annotations

from functools import cache
from importlib import metadata

from desktop.assets import asset


@cache
def app_version() -> str:
    """From the package metadata (a checkout run by uv, a wheel); a frozen bundle carries it in
    resources/version.txt, written by installer/loyalty.spec, because it has no metadata."""
    try:
        return metadata.version("loyalty")
    except metadata.PackageNotFoundError:
        frozen = asset("version.txt")
        return frozen.read_text(encoding="utf-8").strip() if frozen.is_file() else "unknown"
