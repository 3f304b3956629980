"""Correcting a customer's points (owner): a new ledger entry with a reason, never an edit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from desktop.core.errors import LoyaltyError, ValidationError
from desktop.services.adjustments import adjust_points, correction_problems
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.records import Customer
from desktop.ui.errors import explain, show_error
from desktop.ui.widgets import TOUCH_HEIGHT, FormErrors


class CorrectionDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, customer: Customer, balance: int, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.customer = db, actor, customer
        self.setWindowTitle(self.tr("Correct points"))
        self.setMinimumWidth(520)
        self.points = QSpinBox()
        self.points.setRange(-1_000_000, 1_000_000)
        self.points.setMinimumHeight(TOUCH_HEIGHT)
        self.points.setToolTip(self.tr("Points to add; a minus sign takes points away"))
        self.reason = QLineEdit()
        self.reason.setMinimumHeight(TOUCH_HEIGHT)
        self.reason.setPlaceholderText(self.tr("For example: points of a lost receipt"))
        self.errors = FormErrors()
        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(f"{customer.name} ({customer.card_number})"))
        form.addRow(self.tr("Balance now"), QLabel(str(balance)))
        form.addRow(self.tr("Points (+ or −)"), self.errors.beside("points", self.points))
        form.addRow(self.tr("Reason"), self.errors.beside("reason", self.reason))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Book the correction"))
        buttons.accepted.connect(self._book)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The correction is a new line in the customer's history with your name and "
                              "the reason; nothing is overwritten."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.points.setFocus()

    def _book(self) -> None:
        problems = {e.field: explain(e) for e in correction_problems(self.points.value(), self.reason.text())}
        if self.errors.show_all(problems, "points"):
            return
        try:
            adjust_points(self.db, self.actor, self.customer.card_number, self.points.value(), self.reason.text())
        except ValidationError as error:
            self.errors.show_all({error.field: explain(error)}, "points")
            return
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.accept()
