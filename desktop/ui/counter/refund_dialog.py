"""Refunding (part of) a past purchase from the customer's history."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.core.errors import ValidationError
from desktop.core.money import parse_amount
from desktop.services import purchases
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.overview import PurchaseLine
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.tasks import Runner
from desktop.ui.widgets import WorkingLabel, field_with_error, touch_buttons


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
        touch_buttons(buttons)
        self.refund = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._refund)
        buttons.rejected.connect(self.reject)
        self.runner = Runner(self)  # the refund waits on the database off the UI thread
        self.working = WorkingLabel()
        self.runner.sig_busy.connect(self.working.setVisible)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Purchase of {when}: {amount}; {left} can still be refunded.").format(
            when=formats.moment(line.at), amount=formats.amount(line.amount_cents), left=formats.amount(left))))
        layout.addLayout(form)
        layout.addWidget(self.working)
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
        except ValidationError as error:
            self._refused(error)
            return
        db, actor, purchase_id, reason = self.db, self.actor, self.line.purchase_id, self.reason.text()
        if self.runner.run(lambda: purchases.refund_purchase(db, actor, purchase_id, reason, amount_cents=cents),
                           self._refunded, self._refused):
            self.refund.setEnabled(False)  # a second Enter while it books refunds once

    def _refused(self, error: BaseException) -> None:
        self.refund.setEnabled(True)
        if isinstance(error, ValidationError):  # the core speaks English: say it in the interface's language
            if error.field == "reason":
                self.reason_error.show_message(self.tr("Say why the purchase is refunded."))
            else:
                self.amount_error.show_message(self.tr("Type an amount of at most {left}.").format(left=self.left_text))
        else:
            show_error(self, error)

    def _refunded(self, result: purchases.RefundResult) -> None:
        self.result_points = result.points_reversed
        self.accept()

    def reject(self) -> None:
        if not self.runner.running:  # Esc while refunding: wait for what the database says
            super().reject()
