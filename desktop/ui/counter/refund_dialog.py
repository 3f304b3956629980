"""Refunding (part of) a past purchase from the customer's history."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.core.errors import LoyaltyError, ValidationError
from desktop.core.money import parse_amount
from desktop.services import purchases
from desktop.services.context import Actor
from desktop.services.overview import PurchaseLine
from desktop.storage.engine import Database
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.widgets import field_with_error


class RefundDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, formats: Formats, line: PurchaseLine, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.line = db, actor, line
        self.result_points: int | None = None
        self.setWindowTitle(self.tr("Refund"))
        left = line.amount_cents - line.refunded_cents
        self.left_text = formats.amount(left)
        self.amount = QLineEdit(formats.amount(left).replace("€", "").strip())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("For example: returned, broken, wrong size"))
        amount_box, self.amount_error = field_with_error(self.amount)
        reason_box, self.reason_error = field_with_error(self.reason)
        form = QFormLayout()
        form.addRow(self.tr("Amount to refund"), amount_box)
        form.addRow(self.tr("Reason"), reason_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refund"))
        buttons.accepted.connect(self._refund)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Purchase of {when}: {amount}; {left} can still be refunded.").format(
            when=formats.moment(line.at), amount=formats.amount(line.amount_cents), left=formats.amount(left))))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def _refund(self) -> None:
        self.amount_error.show_message("")
        self.reason_error.show_message("")
        if not self.reason.text().strip():
            self.reason_error.show_message(self.tr("Say why the purchase is refunded."))
            return
        try:
            cents = parse_amount(self.amount.text())
            result = purchases.refund_purchase(self.db, self.actor, self.line.purchase_id, self.reason.text(),
                                               amount_cents=cents)
        except ValidationError as error:  # the core speaks English: say it in the interface's language
            if error.field == "reason":
                self.reason_error.show_message(self.tr("Say why the purchase is refunded."))
            else:
                self.amount_error.show_message(self.tr("Type an amount of at most {left}.").format(left=self.left_text))
            return
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.result_points = result.points_reversed
        self.accept()
