"""Showing errors as sentences: the details go to the log file, never to the screen."""

from __future__ import annotations

import logging
import sys
from datetime import date, datetime
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import LoyaltyError
from desktop.core.money import Amount
from desktop.logs import log_file
from desktop.ui.formatting import current_formats

log = logging.getLogger(__name__)


def explain(error: BaseException) -> str:
    """One or two sentences a shop owner can act on."""
    if isinstance(error, LoyaltyError):
        # The lower layers speak English templates; resources/i18n/error_templates.py collects them.
        template = QCoreApplication.translate("CoreMessages", error.template)
        values = {name: _shown(value, name) for name, value in error.params.items()}
        return template.format(**values) if values else template
    # Looked up, not imported: the sign-in shows before SQLAlchemy is loaded (see startup.py).
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors and isinstance(error, sqlalchemy_errors.DBAPIError):  # locked, unreachable, damaged
        text = str(error.orig).lower()
        if "locked" in text or "busy" in text:
            return QCoreApplication.translate(
                "Errors", "The database is busy at another counter. Wait a moment and try again."
            )
        if "connection" in text or "server" in text:
            return QCoreApplication.translate(
                "Errors",
                "The database server cannot be reached. Check that the server PC is on and "
                "connected to the network, then try again.",
            )
        if "malformed" in text or "not a database" in text:
            return QCoreApplication.translate(
                "Errors",
                "The database file is damaged. Restore the latest backup (loyalty restore) or call for support.",
            )
        return QCoreApplication.translate(
            "Errors", "The database cannot be used right now. Try again; if it keeps happening, call for support."
        )
    return QCoreApplication.translate("Errors", "Something went wrong. Nothing was saved.")


def _shown(value: object, name: str) -> object:
    """An error's value as the language shown writes it (amounts, days, the default tier names)."""
    if name == "tier" and isinstance(value, str):
        return current_formats().tier(value)
    if isinstance(value, Amount):
        return current_formats().amount(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return current_formats().day(value)
    return value


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    if not isinstance(error, LoyaltyError):
        log.error("error shown to the user", exc_info=error)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("Errors", "Loyalty"),
        explain(error),
        parent=parent,
    )
    if not isinstance(error, LoyaltyError):
        box.setInformativeText(
            QCoreApplication.translate("Errors", "Details are in the log file: {path}").format(path=log_file())
        )
    box.exec()


def excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """Last resort for errors nobody caught: log them and say so, never show a traceback."""
    log.critical("uncaught error", exc_info=(kind, error, trace))
    try:
        show_error(None, error)
    except Exception:  # no window system left: the log has it
        print(explain(error), file=sys.stderr)
