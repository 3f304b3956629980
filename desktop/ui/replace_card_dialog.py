"""A lost card: the customer gets a new one (scanned pre-printed, or a new number); the old one is blocked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.core.errors import ValidationError
from desktop.services import cards
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.records import Customer
from desktop.ui.counter.scanner import takes_a_card
from desktop.ui.errors import explain, show_error
from desktop.ui.tasks import Runner
from desktop.ui.widgets import TOUCH_HEIGHT, WorkingLabel, field_with_error, whole_placeholder


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
        self.new_card = takes_a_card(QLineEdit())
        self.new_card.setPlaceholderText(self.tr("Scan a pre-printed card, or leave empty for a new number"))
        self.new_card.setMinimumHeight(TOUCH_HEIGHT - 8)
        whole_placeholder(self.new_card)  # wide enough for the hint, and the refusal below it fits
        box, self.error = field_with_error(self.new_card)
        self.new_card.textChanged.connect(lambda _text: self.error.show_message(""))  # a new scan: the old refusal goes
        form = QFormLayout()
        form.addRow(self.tr("New card"), box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Block the old card and replace it"))
        for button in self.buttons.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        self.buttons.accepted.connect(self._replace)
        self.buttons.rejected.connect(self.reject)
        self.runner = Runner(self)  # the replacement waits on the database off the UI thread
        self.working = WorkingLabel()
        self.runner.sig_busy.connect(self.working.setVisible)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.new_card.setFocus()

    def _replace(self) -> None:
        self.error.show_message("")
        db, actor, card, new_card = self.db, self.actor, self.card, self.new_card.text()
        if self.runner.run(lambda: cards.replace_card(db, actor, card, new_card=new_card), self._replaced,
                           self._refused):
            self.ok.setEnabled(False)  # a second Enter while it works replaces once

    def _replaced(self, customer: Customer) -> None:
        self.replaced = customer
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        if isinstance(error, ValidationError):
            self.error.show_message(explain(error))
        else:
            show_error(self, error)

    def reject(self) -> None:
        if not self.runner.running:  # Esc while it works: wait for what the database says
            super().reject()
