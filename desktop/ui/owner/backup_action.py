"""Backing up the database from the app (owner): a copy of the SQLite file, made off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.storage import backup
from desktop.storage.engine import Database, sqlite_path
from desktop.storage.paths import data_dir
from desktop.ui.errors import show_error
from desktop.ui.tasks import run_with_progress


def back_up(parent: QWidget, db: Database) -> Path | None:
    """Ask where (a dated file in the data folder by default), copy, and say where it went."""
    title = QCoreApplication.translate("Backup", "Back up")
    source = sqlite_path(db.url)
    if source is None:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Backup", "This database is on a PostgreSQL server: make backups there, for example with "
                      "pg_dump -Fc -f shop.dump shop."))
        return None
    suggested = backup.dated_path(data_dir() / "backups", source.stem, "backup")
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Backup", "Back up to"),
                                            str(suggested), QCoreApplication.translate("Backup", "Backups (*.db)"))
    if not chosen:
        return None
    target = Path(chosen)
    try:
        run_with_progress(parent, QCoreApplication.translate("Backup", "Backing up…"),
                          lambda progress: backup.backup_sqlite(db.engine, target))
    except Exception as error:  # noqa: BLE001 (shown as a sentence, details in the log)
        show_error(parent, error)
        return None
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "Backup", "The backup is in {path}. Keep a copy on a USB stick or another PC.").format(path=target))
    return target
