"""Backing up the database from the app (owner): a copy of the SQLite file or a pg_dump of the
server, made off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.storage import backup, server_backup
from desktop.storage.engine import Database, sqlite_path
from desktop.storage.paths import data_dir
from desktop.ui.errors import show_error
from desktop.ui.tasks import run_with_progress


def back_up(parent: QWidget, db: Database) -> Path | None:
    """Ask where (a dated file in the data folder by default), copy, and say where it went."""
    title = QCoreApplication.translate("Backup", "Back up")
    source = sqlite_path(db.url)
    on_server = source is None
    if on_server:  # a PostgreSQL server: pg_dump's own format
        suggested = backup.dated_path(data_dir() / "backups", server_backup.database_name(db.url), "backup",
                                      server_backup.SUFFIX)
        kinds = QCoreApplication.translate("Backup", "Server backups (*.dump)")
    else:
        suggested = backup.dated_path(data_dir() / "backups", source.stem, "backup")
        kinds = QCoreApplication.translate("Backup", "Backups (*.db)")
    suggested.parent.mkdir(parents=True, exist_ok=True)  # else the file dialog opens in the home folder
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Backup", "Back up to"),
                                            str(suggested), kinds)
    if not chosen:
        return None
    target = Path(chosen)  # the dialog asked before replacing a file; a database is refused all the same

    def make(_progress) -> Path:
        if on_server:
            return server_backup.dump(db.url, target, replace=True)
        return backup.backup_sqlite(db.engine, target, replace=True)

    try:
        run_with_progress(parent, QCoreApplication.translate("Backup", "Backing up…"), make)
    except Exception as error:  # noqa: BLE001 (shown as a sentence, details in the log)
        show_error(parent, error)
        return None
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "Backup", "The backup is in {path}. Keep a copy on a USB stick or another PC.").format(path=target))
    return target
