"""What the app asks before and after opening the database: start a new shop where there is none,
and put the latest backup back when the file is damaged."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.storage.paths import default_database_path


def sqlite_file(url: str) -> Path | None:
    """The file of a sqlite:/// URL (as paths.database_url writes it), without loading SQLAlchemy."""
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def may_create(url: str, parent: QWidget | None = None) -> bool | None:
    """Whether opening `url` may start a new shop: None if the person said no.

    The first start on a PC (the data folder's own file is not there yet) goes straight on to
    the set-up; a file named with --db that does not exist is asked about, so a typing
    mistake never silently starts an empty shop.
    """
    path = sqlite_file(url)
    if path is None or path.exists():
        return False
    if path.resolve() == default_database_path().resolve():
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Opening", "Loyalty"),
        QCoreApplication.translate("Opening", "There is no shop database at {path}. Start a new shop there?").format(
            path=path
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return True if answer == QMessageBox.StandardButton.Yes else None


def offer_restore(parent: QWidget | None, url: str, problem: str) -> bool:
    """The database is damaged: offer its latest backup; True when it was put back."""
    from desktop.storage import health
    from desktop.storage.engine import Database
    from desktop.storage.restore import restore_sqlite
    from desktop.ui.errors import show_error
    from desktop.ui.tasks import run_with_progress

    path = sqlite_file(url)
    backup = health.latest_backup(path) if path is not None else None
    title = QCoreApplication.translate("Opening", "The database is damaged")
    if backup is None:
        QMessageBox.critical(parent, title, QCoreApplication.translate("Opening",
            "The database {path} is damaged ({problem}) and there is no backup of it in the data folder. "
            "Call for support before using it again.").format(path=path, problem=problem))
        return False
    made = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d-%m-%Y %H:%M")
    answer = QMessageBox.question(parent, title, QCoreApplication.translate("Opening",
        "The database {path} is damaged ({problem}). Put back the latest backup, made {made}? Whatever was "
        "booked after it is lost; the damaged file is kept in the backups folder.").format(
            path=path, problem=problem, made=made),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False

    def restore(_progress) -> None:
        db = Database(url)
        try:
            restore_sqlite(db, backup, backup_dir=health.backup_folders(path)[0])
        finally:
            db.dispose()

    try:
        run_with_progress(parent, QCoreApplication.translate("Opening", "Putting the backup back…"), restore)
    except Exception as error:  # noqa: BLE001 (shown as a sentence, details in the log)
        show_error(parent, error)
        return False
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "Opening", "The backup of {made} is back. Check the last purchases booked since then."
        ).format(made=made),
    )
    return True


class DamageWatch(QObject):
    """The full check of the file (seconds on a large shop) on a thread after signing in.

    Opening checks only what is cheap; this reads every page with SQLite's quick_check and,
    when it finds damage, notes it (writes are refused from then on) and says so.
    """

    sig_damaged = Signal(str)

    def __init__(self, url: str) -> None:
        super().__init__()
        self.path = sqlite_file(url)
        self.thread = threading.Thread(target=self._work, name="quick-check", daemon=True)

    def start(self) -> None:
        if self.path is not None:
            self.thread.start()

    def _work(self) -> None:
        from desktop.storage import health

        problem = health.quick_check(self.path)
        if problem is not None:
            self.sig_damaged.emit(problem)  # queued to the UI thread
