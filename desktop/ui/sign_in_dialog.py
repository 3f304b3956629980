"""Signing in: pick your name, type your PIN.

The PIN check reads and writes the wrong-PIN counts in the database, so it runs off the UI
thread (desktop/ui/tasks.py): a locked file or a slow server shows "Working…" after a moment,
the dialog greyed, and a second Enter checks once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.core.errors import LoyaltyError, ValidationError
from desktop.ui.errors import explain, show_error
from desktop.ui.startup import Person, Startup
from desktop.ui.tasks import Runner
from desktop.ui.widgets import TOUCH_HEIGHT, WorkingLabel, field_with_error, pin_edit

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the dialog shows before the database side is imported (see startup.py)
    from desktop.services.context import Actor


class SignInDialog(QDialog):
    """`check(staff_id, pin)` returns the actor or raises; it runs on a worker thread and may
    wait for the database to open."""

    def __init__(self, people: Sequence[Person], shop_name: str, check: Callable[[int, str], Actor],
                 parent=None) -> None:
        super().__init__(parent)
        self.check = check
        self.actor: Actor | None = None
        self.stale = False  # closed because the database has nobody who can sign in
        self._opening: Startup | None = None
        self.setWindowTitle(self.tr("Sign in — {shop}").format(shop=shop_name))
        self.setMinimumWidth(380)

        self.people = QListWidget()
        self.set_people(people)
        self.pin = pin_edit()
        self.pin.setPlaceholderText(self.tr("PIN"))
        pin_box, self.pin_error = field_with_error(self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        self.runner = Runner(self)
        self._reading = Runner(self)  # who can sign in, read again beside a PIN check
        self.working = WorkingLabel()
        self.runner.sig_busy.connect(self.working.setVisible)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who are you?")))
        layout.addWidget(self.people)
        layout.addWidget(QLabel(self.tr("Your PIN:")))
        layout.addWidget(pin_box)
        layout.addWidget(self.working)
        layout.addWidget(buttons)
        self.people.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.pin.setFocus()

    def set_people(self, people: Sequence[Person]) -> None:
        """Show who can sign in, keeping the person chosen if they are still there."""
        chosen = self.people.currentItem().data(Qt.ItemDataRole.UserRole) if self.people.currentItem() else None
        self.people.clear()
        for person in people:
            role = self.tr("owner") if person.role == "owner" else self.tr("staff")
            item = QListWidgetItem(f"{person.name}  ({role})")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setSizeHint(QSize(0, TOUCH_HEIGHT))
            self.people.addItem(item)
            if person.id == chosen:
                self.people.setCurrentItem(item)
        if self.people.currentItem() is None:
            if chosen is not None:  # the person chosen is gone: a PIN typed was theirs, not the next one's
                self.pin.clear()
            self.people.setCurrentRow(0)

    def follow(self, opening: Startup) -> None:
        """Refresh the list once the database is open; close if it failed or has nobody to sign in."""
        self._opening = opening
        opening.sig_done.connect(self._opened)  # a method of this dialog: runs in the UI thread
        if opening.done:
            self._opened()

    def _opened(self) -> None:
        if self._opening.error is not None:
            self.done(QDialog.DialogCode.Rejected)  # also while a PIN check waits for it
            return
        assert self._opening.seen is not None  # read with the opening, on its worker thread
        people = self._opening.seen.people
        self.set_people(people)
        if not people:
            self.stale = True
            self.done(QDialog.DialogCode.Rejected)

    def refresh(self, read: Callable[[], Sequence[Person]]) -> None:
        """Read who can sign in again off the UI thread (staff change at other counters); the
        list shown meanwhile stays, also when the read fails (the PIN check then says why)."""
        self._reading.run(read, self.set_people, lambda error: log.warning("the staff list was not read: %s",
                                                                            type(error).__name__))

    def _try(self) -> None:
        item = self.people.currentItem()
        if item is None or self.runner.running:
            return
        check, staff_id, pin = self.check, item.data(Qt.ItemDataRole.UserRole), self.pin.text()
        if self.runner.run(lambda: check(staff_id, pin), self._signed_in, self._refused):
            self._greyed(True)  # no second click, nor another name, while it checks

    def _greyed(self, waiting: bool) -> None:
        self.setEnabled(not waiting)  # "Working…" keeps its colour
        if not waiting:
            self.pin.setFocus()

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._greyed(False)
        self.pin.clear()
        if isinstance(error, ValidationError):
            self.pin_error.show_message(self.tr("Wrong PIN. Try again."))
        elif isinstance(error, LoyaltyError):  # blocked after wrong PINs, switched off, the database busy
            self.pin_error.show_message(explain(error))
        elif self.isVisible():  # the database failed; if that closed this dialog, its owner says so
            show_error(self, error)

    def reject(self) -> None:
        if not self.runner.running:  # Esc while it checks: wait for what the database says
            super().reject()
