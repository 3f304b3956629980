"""Where the app keeps its files: the data folder, overridable for tests and portable installs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Loyalty"


def data_dir() -> Path:
    """The user's data folder (LOYALTY_DATA_DIR overrides it); created on first use."""
    override = os.environ.get("LOYALTY_DATA_DIR")
    folder = Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return data_dir() / "loyalty.db"


def database_url(value: str | None = None) -> str:
    """The database to use: --db, else LOYALTY_DB, else the SQLite file in the data folder.

    A plain path means a SQLite file; anything with '://' is an SQLAlchemy URL such as
    postgresql+psycopg://user@host/shop.
    """
    chosen = value or os.environ.get("LOYALTY_DB") or str(default_database_path())
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def shown_database(url: str) -> str:
    """The database as shown to a person: a SQLite file's path, else the URL with its password masked."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True)
