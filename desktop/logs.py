"""Logging to a rotating file in the data folder: users see sentences, the log keeps details."""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.storage.paths import data_dir


class _OwnerOnlyFileHandler(RotatingFileHandler):
    """Each log file readable by its owner only (0600), also the new one after a rotation:
    the log says which counter did what, and an error's details may name a customer."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file made by an older version
        return os.fdopen(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


# PostgreSQL's errors quote the row or key they refused ("DETAIL:  Failing row contains (..., name,
# e-mail, notes ...)"); SQLAlchemy's parameters are hidden by the engine (hide_parameters).
_SERVER_DETAIL = re.compile(r"^DETAIL:.*$", re.MULTILINE)


class _PrivateFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return _SERVER_DETAIL.sub("DETAIL:  (left out: it may hold personal data)", super().format(record))


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
    handler = _OwnerOnlyFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(_PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # our own line says which upgrade ran
    return path
