"""Signing in: pick your name, type your PIN."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.core.errors import LoyaltyError, ValidationError
from desktop.core.lockout import PinLockout
from desktop.services import staff
from desktop.services.context import Actor
from desktop.storage.engine import Database
from desktop.ui.errors import explain
from desktop.ui.widgets import TOUCH_HEIGHT, field_with_error, pin_edit


class SignInDialog(QDialog):
    def __init__(self, db: Database, lockout: PinLockout, shop_name: str, parent=None) -> None:
        super().__init__(parent)
        self.db, self.lockout = db, lockout
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — {shop}").format(shop=shop_name))
        self.setMinimumWidth(380)

        self.people = QListWidget()
        for member in staff.active_staff(db):
            role = self.tr("owner") if member.role == "owner" else self.tr("staff")
            item = QListWidgetItem(f"{member.name}  ({role})")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setSizeHint(QSize(0, TOUCH_HEIGHT))
            self.people.addItem(item)
        self.people.setCurrentRow(0)
        self.pin = pin_edit()
        self.pin.setPlaceholderText(self.tr("PIN"))
        pin_box, self.pin_error = field_with_error(self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who are you?")))
        layout.addWidget(self.people)
        layout.addWidget(QLabel(self.tr("Your PIN:")))
        layout.addWidget(pin_box)
        layout.addWidget(buttons)
        self.people.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.pin.setFocus()

    def _try(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        try:
            self.actor = staff.sign_in(self.db, self.lockout, item.data(Qt.ItemDataRole.UserRole), self.pin.text())
        except ValidationError:
            self.pin_error.show_message(self.tr("Wrong PIN. Try again."))
            self.pin.clear()
            return
        except LoyaltyError as error:
            self.pin_error.show_message(explain(error))
            self.pin.clear()
            return
        self.accept()
