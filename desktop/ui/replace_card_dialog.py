"""A lost card: the customer gets a new one (scanned pre-printed, or a new number); the old one is blocked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.core.errors import LoyaltyError, ValidationError
from desktop.services import cards
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.records import Customer
from desktop.ui.errors import explain, show_error
from desktop.ui.widgets import TOUCH_HEIGHT, field_with_error


class ReplaceCardDialog(QDialog):
    """`replaced` is the customer with the new card once done."""

    def __init__(self, db: Database, actor: Actor, name: str, card: str, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.card = db, actor, card
        self.replaced: Customer | None = None
        self.setWindowTitle(self.tr("Replace a lost card"))
        note = QLabel(self.tr("{name}'s card {card} will be blocked for good; points and history stay. "
                              "Scanning the old card will say which card replaced it.").format(name=name, card=card))
        note.setWordWrap(True)
        self.new_card = QLineEdit()
        self.new_card.setPlaceholderText(self.tr("Scan a pre-printed card, or leave empty for a new number"))
        self.new_card.setMinimumHeight(TOUCH_HEIGHT - 8)
        box, self.error = field_with_error(self.new_card)
        form = QFormLayout()
        form.addRow(self.tr("New card"), box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Block the old card and replace it"))
        for button in self.buttons.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        self.buttons.accepted.connect(self._replace)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.new_card.setFocus()

    def _replace(self) -> None:
        self.error.show_message("")
        try:
            self.replaced = cards.replace_card(self.db, self.actor, self.card, new_card=self.new_card.text())
        except ValidationError as error:
            self.error.show_message(explain(error))
            return
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.accept()
