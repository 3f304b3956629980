"""Backing up the database from the app (owner): a copy of the SQLite file or a pg_dump of the
server, made off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services import backups
from desktop.services.database import Database
from desktop.ui.errors import show_error
from desktop.ui.tasks import ProgressDialog


def back_up(parent: QWidget, work: ProgressDialog, db: Database, made: Callable[[Path], None]) -> None:
    """Ask where (a dated file in the data folder by default), copy on `work`, say where it went, then `made(path)`."""
    title = QCoreApplication.translate("Backup", "Back up")
    suggested = backups.suggested_backup(db)
    if suggested.suffix == ".db":
        kinds = QCoreApplication.translate("Backup", "Backups (*.db)")
    else:  # a PostgreSQL server: pg_dump's own format
        kinds = QCoreApplication.translate("Backup", "Server backups (*.dump)")
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Backup", "Back up to"),
                                            str(suggested), kinds)
    if not chosen:
        return
    target = Path(chosen)  # the dialog asked before replacing a file; a database is refused all the same

    def done(_path: Path) -> None:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Backup", "The backup is in {path}. Keep a copy on a USB stick or another PC.").format(path=target))
        made(target)

    work.run(QCoreApplication.translate("Backup", "Backing up…"), lambda: backups.back_up_to(db, target), done,
             lambda error: show_error(parent, error), cancellable=False)
