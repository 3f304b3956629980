"""Merging two duplicate customers (owner only): the duplicate's points and history move over."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.core.errors import LoyaltyError, ValidationError
from desktop.services import customers
from desktop.services.context import Actor
from desktop.storage.engine import Database
from desktop.ui.errors import explain, show_error
from desktop.ui.widgets import field_with_error


class MergeDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, keep_card: str = "", parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.kept_id: int | None = None
        self.setWindowTitle(self.tr("Merge duplicate customers"))
        self.keep = QLineEdit(keep_card)
        self.duplicate = QLineEdit()
        keep_box, self.keep_error = field_with_error(self.keep)
        duplicate_box, self.duplicate_error = field_with_error(self.duplicate)
        form = QFormLayout()
        form.addRow(self.tr("Keep (card number)"), keep_box)
        form.addRow(self.tr("Duplicate (card number)"), duplicate_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self._merge)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The duplicate's points, purchases and rewards move to the customer kept "
                              "(a second welcome bonus is taken back); its card keeps working. "
                              "This cannot be undone."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _merge(self) -> None:
        self.keep_error.show_message("")
        self.duplicate_error.show_message("")
        try:
            kept = customers.merge_customers(self.db, self.actor, self.keep.text(), self.duplicate.text())
        except ValidationError as error:
            (self.keep_error if error.field in ("keep", "card") else self.duplicate_error).show_message(explain(error))
            return
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.kept_id = kept.id
        self.accept()
