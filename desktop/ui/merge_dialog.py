"""Merging two duplicate customers (owner only): the duplicate's points and history move over."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.core import cardnumber
from desktop.core.errors import LoyaltyError, ValidationError
from desktop.services import customers
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.ui.counter.scanner import takes_a_card
from desktop.ui.errors import explain, show_error
from desktop.ui.widgets import FormErrors, check_each


class MergeDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, keep_card: str = "", parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.kept_id: int | None = None
        self.setWindowTitle(self.tr("Merge duplicate customers"))
        self.setMinimumWidth(560)  # a card number's message on one line, the title whole
        self.keep = takes_a_card(QLineEdit(keep_card))
        self.duplicate = takes_a_card(QLineEdit())
        self.errors = FormErrors()
        form = QFormLayout()
        form.addRow(self.tr("Keep (card number)"), self.errors.beside("keep", self.keep))
        form.addRow(self.tr("Duplicate (card number)"), self.errors.beside("merge", self.duplicate))
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
        _cards, problems = check_each({"keep": lambda: cardnumber.validate(self.keep.text(), field="keep"),
                                       "merge": lambda: cardnumber.validate(self.duplicate.text(), field="merge")})
        if self.errors.show_all(problems, "merge"):
            return
        try:
            kept = customers.merge_customers(self.db, self.actor, self.keep.text(), self.duplicate.text())
        except ValidationError as error:
            self.errors.show_all({error.field: explain(error)}, "merge")
            return
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.kept_id = kept.id
        self.accept()
