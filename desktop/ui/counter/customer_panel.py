"""The counter's behaviour for the open customer: booking, undo, printing, the reward,
refund and feedback dialogs, notes and occasions handed out.

The widgets are `CustomerPanelView`'s; who is open and what was just booked is the
`OpenCustomer`'s (`state`), which this panel follows by its signals like any other window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.core import cardnumber
from desktop.core.errors import ValidationError
from desktop.core.money import parse_amount
from desktop.core.reasons import Reason, stored
from desktop.services.database import Database
from desktop.services.overview import CustomerOverview
from desktop.ui.counter.customer_panel_view import CustomerPanelView
from desktop.ui.counter.open_customer import Booking, OpenCustomer
from desktop.ui.counter.redeem_dialog import RedeemDialog
from desktop.ui.counter.refund_dialog import RefundDialog
from desktop.ui.counter.slips import show_points_slip
from desktop.ui.counter.survey_dialog import SurveyDialog
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats
from desktop.ui.widgets import grey_with_reason


class CustomerPanel(CustomerPanelView):
    """Shows the open customer (`state`, which it follows) and books for them.

    `sig_card(card)`: one of our card numbers was in the amount at Enter (a scan too slow to be
    told from typing): it is never an amount, so the counter opens that card instead.
    """

    sig_card = Signal(str)

    def __init__(self, db: Database, formats: Formats, state: OpenCustomer, parent=None) -> None:
        super().__init__(formats, parent)
        self.db, self.state = db, state
        self.amount.textChanged.connect(self._amount_changed)
        self.amount.returnPressed.connect(self._book)
        self.book.clicked.connect(self._book)
        self.undo.clicked.connect(self.undo_last)
        self.print_slip.clicked.connect(self._print_slip)
        self.save_notes.clicked.connect(self._save_notes)
        self.notes.textChanged.connect(lambda: self.state.keep_notes(self.notes.toPlainText()))
        self.handed_out.clicked.connect(self._mark_handed_out)
        self.reward_button.clicked.connect(self.redeem)
        self.feedback_button.clicked.connect(self.feedback)
        self.refund_button.clicked.connect(self.refund_selected)
        self.purchases.currentCellChanged.connect(lambda *_: self._refund_allowed())
        state.sig_opening.connect(self._opening)
        state.sig_customer_changed.connect(self._opened)
        state.sig_refreshed.connect(self._fill)
        state.sig_booked.connect(self._booked)
        state.sig_voided.connect(self._voided)
        state.sig_failed.connect(self._failed)
        state.sig_busy.connect(self.working.setVisible)

    @property
    def view(self) -> CustomerOverview | None:
        return self.state.view

    @property
    def actor(self):
        return self.state.actor

    # -- showing a customer -----------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        self.state.open(customer_id)

    def _opening(self, _customer_id: int) -> None:
        self.show_amount("")
        self.hide_confirmation()
        self.book.setEnabled(False)  # not for the customer shown until the new one is there

    def _opened(self, view: CustomerOverview | None) -> None:
        if view is None:
            return
        self._fill(view)
        self.show_amount("")
        self.amount.setFocus()

    def _fill(self, view: CustomerOverview) -> None:
        self.show_overview(view)
        self._refund_allowed()  # the purchase chosen may be refunded in full now
        self._amount_changed(self.amount.text())  # the preview follows the figures

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.field == "amount":
            self.amount_error.show_message(explain(error))
        else:  # the database or a rule said no: say so, keep the amount
            show_error(self, error)
        self._amount_changed(self.amount.text())  # Book again as the amount allows
        if self.view is not None:  # notes that could not be saved can be saved again
            self.save_notes.setEnabled(self.notes.toPlainText() != self.view.customer.notes)

    def _mark_handed_out(self) -> None:
        self.state.mark_handed_out()

    # -- booking ----------------------------------------------------------------------
    def _parsed_amount(self) -> int:
        return parse_amount(self.amount.text(), max_cents=self.state.settings.max_purchase_cents)

    def _amount_changed(self, text: str) -> None:
        if not text.strip() or self.view is None:
            self.show_preview("", "", can_book=False)
            return
        try:
            cents = self._parsed_amount()
        except ValidationError as error:
            self.show_preview("", explain(error), can_book=False)
            return
        earned = self.view.earning.points(cents, self.state.settings)  # the rule the booking uses
        self.show_preview(self.tr("{amount} earns %n point(s)", "", earned).format(amount=self.formats.amount(cents)),
                          "", can_book=cents > 0)

    def _book(self) -> None:
        typed = self.amount.text().strip()
        if cardnumber.is_ours(typed):
            self.show_amount("")
            self.sig_card.emit(typed)
            return
        if self.view is None or not self.book.isEnabled():
            return
        try:
            cents = self._parsed_amount()
        except ValidationError as error:
            self.amount_error.show_message(explain(error))
            return
        if self.state.book(cents):
            self.book.setEnabled(False)  # a second Enter while it books does nothing

    def _booked(self, booking: Booking) -> None:
        self.show_amount("")
        points = booking.points  # a plain name: lupdate finds a plural by no other
        text = self.tr("Booked {amount}: +%n point(s). New balance: {balance}.", "", points)
        self.show_confirmation(text.format(amount=self.formats.amount(booking.amount_cents), balance=booking.balance),
                               can_undo=True)

    def _print_slip(self) -> None:
        if self.state.last_booking is not None:
            show_points_slip(self, self.db, self.formats, self.state.last_booking.purchase_id)

    def undo_last(self) -> None:
        """Void the purchase just booked (the Undo button, Ctrl+Z anywhere on the counter)."""
        self.state.void_last(stored(Reason.UNDONE))  # in English, shown in the reader's language

    def _voided(self, _purchase_id: int) -> None:
        self.show_confirmation(self.tr("The purchase was voided; its points are taken back."), can_undo=False)

    # -- the dialogs ------------------------------------------------------------------
    def redeem(self) -> None:
        if self.view is None:
            return
        customer = self.view.customer
        dialog = RedeemDialog(self.db, self.actor, self.formats, customer.card_number, customer.name,
                              self.view.points.spendable, self)
        if dialog.exec() == RedeemDialog.DialogCode.Accepted:
            self.hide_confirmation()
            self.state.changed()
        self._back_to_the_amount()

    def feedback(self) -> None:
        if self.view is not None:
            SurveyDialog(self.db, self.actor, self.view.customer.card_number, self).exec()
            self._back_to_the_amount()

    def _refund_allowed(self) -> None:
        row = self.purchases.currentRow()
        lines = self.view.purchases if self.view is not None else []
        done = 0 <= row < len(lines) and lines[row].refunded_cents >= lines[row].amount_cents
        grey_with_reason(self.refund_button, self.tr("This purchase has been refunded in full.") if done else "",
                         self.refund_reason)

    def refund_selected(self) -> None:
        row = self.purchases.currentRow()
        if self.view is None or row < 0:
            return
        dialog = RefundDialog(self.db, self.actor, self.formats, self.view.purchases[row], self)
        if dialog.exec() == RefundDialog.DialogCode.Accepted:
            self.hide_confirmation()  # its "new balance" is not the balance any more
            self.state.changed()
        self._back_to_the_amount()

    def _back_to_the_amount(self) -> None:
        """After a dialog (and the box it showed) a window manager may leave the focus with the
        last one closed, or a touched button keeps it: the next amount goes where it belongs."""
        self.window().activateWindow()
        self.amount.setFocus()

    def clear(self) -> None:
        self.state.close()
        self.hide_confirmation()

    def _save_notes(self) -> None:
        if self.state.save_notes(self.notes.toPlainText()):
            self.save_notes.setEnabled(False)  # a second click while it saves does nothing
