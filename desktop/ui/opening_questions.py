"""What the app asks before and after opening the database: start a new shop where there is none,
put the latest backup back when the file is damaged, and choose another database (or go back
to the previous one) when the one chosen cannot be opened, rather than stopping there."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.services.places import default_database_path
from desktop.ui.pc_settings import DATABASE, PREVIOUS_DATABASE
from desktop.ui.tasks import ProgressDialog, Runner

log = logging.getLogger(__name__)
CHOOSE, GO_BACK, QUIT = "choose", "back", "quit"


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
    from desktop.services import backups
    from desktop.ui.errors import show_error

    path = sqlite_file(url)
    backup = backups.latest_backup_of(url)
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

    work, failed = ProgressDialog(parent), []
    work.run(QCoreApplication.translate("Opening", "Putting the backup back…"), lambda: backups.put_back(url, backup),
             lambda _none: None, failed.append, cancellable=False)
    work.runner.wait()  # what the start does next depends on it
    work.deleteLater()
    if failed:
        show_error(parent, failed[0])
        return False
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "Opening", "The backup of {made} is back. Check the last purchases booked since then."
        ).format(made=made),
    )
    return True


def ask_what_next(parent: QWidget | None, sentence: str, previous: str | None) -> str:
    """Why the database does not open, and the ways on: CHOOSE another, GO_BACK to `previous`, or QUIT."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Opening", "Loyalty"), sentence,
                      parent=parent)
    if previous:
        box.setInformativeText(QCoreApplication.translate(
            "Opening", "Choose another database, or go back to the one this PC worked on before."))
    choose = box.addButton(QCoreApplication.translate("Opening", "Choose another database…"),
                           QMessageBox.ButtonRole.AcceptRole)
    back = None
    if previous:
        path = sqlite_file(previous)
        back = box.addButton(QCoreApplication.translate("Opening", "Back to {where}").format(
            where=path.name if path else previous), QMessageBox.ButtonRole.AcceptRole)
        back.setToolTip(str(path or previous))
    box.addButton(QCoreApplication.translate("Opening", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back or choose)
    box.exec()
    clicked = box.clickedButton()
    return CHOOSE if clicked is choose else GO_BACK if back is not None and clicked is back else QUIT


def another_database(parent: QWidget | None, settings: QSettings, url: str, sentence: str) -> str | None:
    """`url` does not open (`sentence` says why): the URL to try instead, remembered for this PC,
    or None to quit."""
    previous = PREVIOUS_DATABASE.get(settings)
    previous = previous if previous and previous != url else ""
    answer = ask_what_next(parent, sentence, previous or None)
    if answer == GO_BACK:
        DATABASE.put(settings, previous)
        PREVIOUS_DATABASE.forget(settings)
        return previous
    if answer != CHOOSE:
        return None
    from desktop.ui.owner.database_dialog import DatabaseDialog  # SQLAlchemy is loaded by now

    dialog = DatabaseDialog(settings, url, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    if previous:  # the way back stays the one that worked, not the one that did not open
        PREVIOUS_DATABASE.put(settings, previous)
    else:
        PREVIOUS_DATABASE.forget(settings)
    return dialog.chosen


class DamageWatch(QObject):
    """The full check of the file (seconds on a large shop) on a thread after signing in.

    Opening checks only what is cheap; this reads every page with SQLite's quick_check and,
    when it finds damage, notes it (writes are refused from then on) and says so.
    """

    sig_damaged = Signal(str)

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.runner = Runner(self)

    def start(self) -> None:
        if sqlite_file(self.url) is not None:
            from desktop.services.database import quick_check

            self.runner.run(lambda: quick_check(self.url), self._checked,
                            lambda error: log.error("the full check failed", exc_info=error))

    def _checked(self, problem: str | None) -> None:
        if problem is not None:
            self.sig_damaged.emit(problem)
