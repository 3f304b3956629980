"""Where this PC keeps its data and which database it works on, for the app's start, before the
database side is loaded (only the standard library and platformdirs): the UI's way to
desktop/storage/paths.py."""

from desktop.storage.paths import data_dir, database_url, default_database_path, shown_database

__all__ = ["data_dir", "database_url", "default_database_path", "shown_database"]
