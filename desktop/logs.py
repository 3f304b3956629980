"""Logging to a rotating file in the data folder: users see sentences, the log keeps details."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.storage.paths import data_dir


def log_file() -> Path:
    return data_dir() / "loyalty.log"


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_file()
    root = logging.getLogger()
    ours = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    if any(Path(h.baseFilename) == path for h in ours):
        return path
    for old in ours:  # the data folder changed (another database folder, a test)
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # our own line says which upgrade ran
    return path
