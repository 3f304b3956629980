"""One customer at the counter: who they are, their points, booking a purchase, their history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import LoyaltyError, ValidationError
from desktop.core.kinds import EntryKind
from desktop.core.moments import Moment, Segment
from desktop.core.money import parse_amount
from desktop.core.occasions import OccasionKind
from desktop.core.tiers import TierStanding
from desktop.services import customers, occasions
from desktop.services.overview import CustomerOverview
from desktop.storage.engine import Database
from desktop.storage.models import Occasion
from desktop.ui.counter.open_customer import Booking, OpenCustomer
from desktop.ui.counter.redeem_dialog import RedeemDialog
from desktop.ui.counter.refund_dialog import RefundDialog
from desktop.ui.counter.slips import show_points_slip
from desktop.ui.counter.survey_dialog import SurveyDialog
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats, current_formats
from desktop.ui.widgets import TOUCH_HEIGHT, FieldError, read_only_table


def entry_kind_label(kind: str) -> str:
    labels = {
        EntryKind.EARN: QCoreApplication.translate("CustomerPanel", "purchase"),
        EntryKind.REDEEM: QCoreApplication.translate("CustomerPanel", "reward"),
        EntryKind.REVERSAL: QCoreApplication.translate("CustomerPanel", "refund"),
        EntryKind.EXPIRE: QCoreApplication.translate("CustomerPanel", "expired"),
        EntryKind.ADJUST: QCoreApplication.translate("CustomerPanel", "correction"),
        EntryKind.WELCOME: QCoreApplication.translate("CustomerPanel", "welcome bonus"),
        EntryKind.BIRTHDAY: QCoreApplication.translate("CustomerPanel", "birthday bonus"),
        EntryKind.REFERRAL: QCoreApplication.translate("CustomerPanel", "referral bonus"),
        EntryKind.MILESTONE: QCoreApplication.translate("CustomerPanel", "milestone bonus"),
        EntryKind.OPENING: QCoreApplication.translate("CustomerPanel", "opening balance"),
        EntryKind.TRANSFER: QCoreApplication.translate("CustomerPanel", "merged"),
    }
    return labels.get(kind, kind)


def segment_label(segment: Segment) -> str:
    return {
        Segment.NEWCOMER: QCoreApplication.translate("CustomerPanel", "newcomer"),
        Segment.RETURNING: QCoreApplication.translate("CustomerPanel", "returning"),
        Segment.LATENT: QCoreApplication.translate("CustomerPanel", "latent"),
        Segment.SILENT_LOYALIST: QCoreApplication.translate("CustomerPanel", "silent loyalist"),
        Segment.ADVOCATE: QCoreApplication.translate("CustomerPanel", "advocate"),
    }[segment]


def moment_label(moment: Moment, number: int) -> str:
    if moment == Moment.BIRTHDAY_THIS_WEEK:
        return (
            QCoreApplication.translate("CustomerPanel", "Birthday today!")
            if number == 0
            else QCoreApplication.translate("CustomerPanel", "Birthday in {n} days").format(n=number)
        )
    if moment == Moment.FIRST_VISIT:
        return QCoreApplication.translate("CustomerPanel", "First visit: welcome them!")
    if moment == Moment.VISIT_MILESTONE:
        return QCoreApplication.translate("CustomerPanel", "This is visit number {n}").format(n=number)
    return QCoreApplication.translate("CustomerPanel", "Back after {n} days away").format(n=number)


def occasion_kind_label(kind: str) -> str:
    return {
        OccasionKind.WELCOME: QCoreApplication.translate("CustomerPanel", "welcome"),
        OccasionKind.BIRTHDAY: QCoreApplication.translate("CustomerPanel", "birthday"),
        OccasionKind.VISIT: QCoreApplication.translate("CustomerPanel", "Nth visit"),
        OccasionKind.ANNIVERSARY: QCoreApplication.translate("CustomerPanel", "anniversary"),
        OccasionKind.REFERRAL: QCoreApplication.translate("CustomerPanel", "referral thanks"),
        OccasionKind.REFERRED: QCoreApplication.translate("CustomerPanel", "referred friend"),
        OccasionKind.REACTIVATION: QCoreApplication.translate("CustomerPanel", "welcome back"),
        OccasionKind.TIER: QCoreApplication.translate("CustomerPanel", "new tier"),
    }.get(kind, kind)


def occasion_label(occasion: Occasion) -> str:
    """What staff hand out or say in person, with the bonus points if there were any."""
    text = {
        OccasionKind.WELCOME: QCoreApplication.translate("CustomerPanel", "Welcome to the programme"),
        OccasionKind.BIRTHDAY: QCoreApplication.translate("CustomerPanel", "Birthday surprise"),
        OccasionKind.VISIT: QCoreApplication.translate("CustomerPanel", "Visit number {detail}: thank them"),
        OccasionKind.ANNIVERSARY: QCoreApplication.translate("CustomerPanel", "Member for {detail} years"),
        OccasionKind.REFERRAL: QCoreApplication.translate(
            "CustomerPanel", "A friend they referred made a first purchase: thank them"
        ),
        OccasionKind.REFERRED: QCoreApplication.translate("CustomerPanel", "Referred by a friend: welcome them"),
        OccasionKind.REACTIVATION: QCoreApplication.translate("CustomerPanel", "Welcome back offer"),
        OccasionKind.TIER: QCoreApplication.translate("CustomerPanel", "Reached tier {detail}"),
    }.get(occasion.kind, occasion.kind)
    detail = current_formats().tier(occasion.detail) if occasion.kind == OccasionKind.TIER else occasion.detail
    text = text.format(detail=detail)
    if occasion.points:
        text += QCoreApplication.translate("CustomerPanel", " (+{n} points)").format(n=occasion.points)
    return text


class CustomerPanel(QWidget):
    """Shows the open customer (`state`, which it follows) and books for them."""

    def __init__(self, db: Database, formats: Formats, state: OpenCustomer, parent=None) -> None:
        super().__init__(parent)
        self.db, self.formats, self.state = db, formats, state
        self._shown_id: int | None = None
        self._build()
        state.sig_opening.connect(self._opening)
        state.sig_customer_changed.connect(self._opened)
        state.sig_refreshed.connect(self._fill)
        state.sig_booked.connect(self._booked)
        state.sig_voided.connect(self._voided)
        state.sig_failed.connect(self._failed)
        state.sig_busy.connect(self._busy)

    @property
    def view(self) -> CustomerOverview | None:
        return self.state.view

    @property
    def actor(self):
        return self.state.actor

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        big = QFont()
        big.setPointSize(20)
        big.setBold(True)
        self.name = QLabel()
        self.name.setFont(big)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setStyleSheet("color: #555;")
        self.details.setWordWrap(True)  # a long line must not push the search list narrow
        self.banner = QLabel()
        self.banner.setStyleSheet("background: #fff4cc; border: 1px solid #e0c060; border-radius: 4px; padding: 6px;")
        self.banner.setWordWrap(True)
        self.occasions = QLabel()
        self.occasions.setStyleSheet(
            "background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 4px; padding: 6px;"
        )
        self.occasions.setWordWrap(True)
        self.handed_out = QPushButton(self.tr("Handed out"))
        self.handed_out.setMinimumHeight(TOUCH_HEIGHT)
        self.handed_out.setToolTip(self.tr("Mark these occasions as handed out in person (F8)"))
        self.handed_out.setShortcut("F8")
        self.handed_out.clicked.connect(self._mark_handed_out)
        occasion_row = QHBoxLayout()
        occasion_row.addWidget(self.occasions, 1)
        occasion_row.addWidget(self.handed_out)
        self.tier_note = QLabel()
        self.tier_note.setWordWrap(True)

        self.balance = QLabel()
        self.balance.setFont(big)
        self.balance_note = QLabel()
        self.balance_note.setWordWrap(True)
        points_box = QFrame()
        points_box.setFrameShape(QFrame.Shape.StyledPanel)
        points_layout = QVBoxLayout(points_box)
        points_layout.addWidget(QLabel(self.tr("Points")))
        points_layout.addWidget(self.balance)
        points_layout.addWidget(self.balance_note)

        self.amount = QLineEdit()
        self.amount.setPlaceholderText(
            self.tr("Amount, like {example}").format(example=self.formats.typed_amount_hint())
        )
        self.amount.setMinimumHeight(TOUCH_HEIGHT)
        amount_font = QFont()
        amount_font.setPointSize(16)
        self.amount.setFont(amount_font)
        self.amount.setToolTip(self.tr("Type the amount and press Enter to book it"))
        self.preview = QLabel()
        self.amount_error = FieldError()
        self.working = QLabel(self.tr("Working…"))  # the database is slow to answer: say so
        self.working.setStyleSheet("color: #555;")
        self.working.hide()
        self.book = QPushButton(self.tr("Book purchase"))
        self.book.setMinimumHeight(TOUCH_HEIGHT)
        self.book.setEnabled(False)
        self.book.setToolTip(self.tr("Book the purchase (Enter)"))
        purchase_box = QFrame()
        purchase_box.setFrameShape(QFrame.Shape.StyledPanel)
        purchase = QGridLayout(purchase_box)
        purchase.addWidget(QLabel(self.tr("New purchase")), 0, 0, 1, 2)
        purchase.addWidget(self.amount, 1, 0)
        purchase.addWidget(self.book, 1, 1)
        purchase.addWidget(self.preview, 2, 0, 1, 2)
        purchase.addWidget(self.amount_error, 3, 0, 1, 2)
        purchase.addWidget(self.working, 4, 0, 1, 2)

        self.confirmation = QLabel()
        self.confirmation.setStyleSheet(
            "background: #e6f4ea; border: 1px solid #7cb990; border-radius: 4px; padding: 6px;"
        )
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setMinimumHeight(TOUCH_HEIGHT)
        self.undo.setToolTip(self.tr("Void this purchase again (Ctrl+Z)"))
        # Ctrl+Z is the counter's (counter_page.py), so a field's own undo cannot take it.
        self.print_slip = QPushButton(self.tr("Print slip"))
        self.print_slip.setMinimumHeight(TOUCH_HEIGHT)
        self.print_slip.setToolTip(
            self.tr("Points earned, the balance and what expires soon, for the customer (Ctrl+P)")
        )
        self.print_slip.setShortcut("Ctrl+P")
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirmation, 1)
        confirm_row.addWidget(self.print_slip)
        confirm_row.addWidget(self.undo)

        self.reward_button = QPushButton(self.tr("Reward… (F6)"))
        self.feedback_button = QPushButton(self.tr("Feedback… (F7)"))
        self.refund_button = QPushButton(self.tr("Refund selected purchase…"))
        for button, key in ((self.reward_button, "F6"), (self.feedback_button, "F7")):
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setShortcut(key)
        actions = QHBoxLayout()
        actions.addWidget(self.reward_button)
        actions.addWidget(self.feedback_button)
        actions.addStretch()

        self.history = read_only_table([self.tr("When"), self.tr("Points"), self.tr("What"), self.tr("Reason")])
        self.purchases = read_only_table([self.tr("When"), self.tr("Amount"), self.tr("Refunded"), self.tr("Points")])
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What did the customer tell you? (Remember it for next time.)"))
        self.save_notes = QPushButton(self.tr("Save notes"))
        self.save_notes.setEnabled(False)
        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.save_notes, 0, Qt.AlignmentFlag.AlignRight)
        self.preferences = QLabel()
        self.preferences.setWordWrap(True)
        notes_layout.addWidget(self.preferences)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history, self.tr("Points history"))
        purchases_page = QWidget()
        purchases_layout = QVBoxLayout(purchases_page)
        purchases_layout.addWidget(self.purchases)
        purchases_layout.addWidget(self.refund_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(purchases_page, self.tr("Purchases"))
        self.tabs.addTab(notes_page, self.tr("Notes"))

        top = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.name)
        who.addWidget(self.details)
        who.addWidget(self.tier_note)
        who.addWidget(self.banner)
        who.addLayout(occasion_row)
        who.addStretch()
        top.addLayout(who, 3)
        top.addWidget(points_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(purchase_box)
        layout.addLayout(confirm_row)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

        self.amount.textChanged.connect(self._amount_changed)
        self.amount.returnPressed.connect(self._book)
        self.book.clicked.connect(self._book)
        self.undo.clicked.connect(self.undo_last)
        self.print_slip.clicked.connect(self._print_slip)
        self.notes.textChanged.connect(lambda: self.save_notes.setEnabled(True))
        self.save_notes.clicked.connect(self._save_notes)
        self.reward_button.clicked.connect(self.redeem)
        self.feedback_button.clicked.connect(self.feedback)
        self.refund_button.clicked.connect(self.refund_selected)
        self._hide_confirmation()

    # -- showing a customer -----------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        self.state.open(customer_id)

    def _opening(self, _customer_id: int) -> None:
        self._set_amount("")
        self._hide_confirmation()
        self.book.setEnabled(False)  # not for the customer shown until the new one is there

    def _opened(self, view: CustomerOverview | None) -> None:
        if view is None:
            return
        self._fill(view)
        self._set_amount("")
        self.amount.setFocus()

    def _set_amount(self, text: str) -> None:
        self.amount.setText(text)  # setText, not clear(): Ctrl+Z must not bring a booked amount back
        self.amount_error.show_message("")

    def _busy(self, busy: bool) -> None:
        self.working.setVisible(busy)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.field == "amount":
            self.amount_error.show_message(explain(error))
        else:  # the database or a rule said no: say so, keep the amount
            show_error(self, error)
        self._amount_changed(self.amount.text())  # Book again as the amount allows

    def _fill(self, view: CustomerOverview) -> None:
        f = self.formats
        customer = view.customer
        self.name.setText(customer.name)
        parts = [
            self.tr("Card {card}").format(card=customer.card_number),
            segment_label(view.segment),
            *([self.tr("tier {tier}").format(tier=f.tier(view.tier))] if view.tier else []),
            self.tr("%n visit(s)", "", view.visits),
            self.tr("member since {day}").format(day=f.day(customer.joined_on)),
            *(
                [
                    self.tr("usually every {n} days, next visit expected {day}").format(
                        n=view.rhythm.usual_gap_days, day=f.day(view.rhythm.expected_next)
                    )
                ]
                if view.rhythm
                else []
            ),
        ]
        self.details.setText(" · ".join(parts))
        self.tier_note.setText(self._tier_text(view.tier_standing))
        open_ones = [occasion_label(o) for o in view.occasions]
        self.occasions.setText("\n".join(open_ones))
        self.occasions.setVisible(bool(open_ones))
        self.handed_out.setVisible(bool(open_ones))
        banner = [moment_label(m, n) for m, n in view.moments]
        self.banner.setText("  ·  ".join(banner))
        self.banner.setVisible(bool(banner))
        p = view.points
        self.balance.setText(str(p.balance))
        notes = [self.tr("{n} can be spent").format(n=p.spendable)]
        if p.pending:
            notes.append(self.tr("{n} pending").format(n=p.pending))
        if p.expiring_soon:
            notes.append(self.tr("%n expire(s) on {day}", "", p.expiring_soon).format(day=f.day(p.expiring_on)))
        self.balance_note.setText("\n".join(notes))
        self.history.setRowCount(len(view.history))
        for row, entry in enumerate(view.history):
            for column, text in enumerate((f.moment(entry.created_at), f"{entry.points:+d}",
                                           entry_kind_label(entry.kind), entry.reason)):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.purchases.setRowCount(len(view.purchases))
        for row, line in enumerate(view.purchases):
            texts = (f.moment(line.at), f.amount(line.amount_cents),
                     f.amount(line.refunded_cents) if line.refunded_cents else "", str(line.points))
            for column, text in enumerate(texts):
                self.purchases.setItem(row, column, QTableWidgetItem(text))
        if not (self.save_notes.isEnabled() and customer.id == self._shown_id):  # notes being typed stay
            self.notes.blockSignals(True)
            self.notes.setPlainText(customer.notes)
            self.notes.blockSignals(False)
            self.save_notes.setEnabled(False)
        self._shown_id = customer.id
        self.preferences.setText(self.tr("Preferences: {text}").format(text=customer.preferences)
                                 if customer.preferences else "")
        self._amount_changed(self.amount.text())  # the preview follows the figures

    def _tier_text(self, standing: TierStanding) -> str:
        """What is needed to reach the next tier and to keep this one at the yearly review."""
        f, parts = self.formats, []
        if standing.next_tier:
            parts.append(self.tr("{amount} more for {tier}").format(amount=f.amount(standing.to_next_cents),
                                                                    tier=f.tier(standing.next_tier)))
        if standing.tier and standing.to_keep_cents:
            parts.append(self.tr("to keep {tier} at the review on {day}: {amount} more").format(
                tier=f.tier(standing.tier), day=f.day(standing.review_on), amount=f.amount(standing.to_keep_cents)))
        elif standing.tier:
            parts.append(
                self.tr("{tier} is kept at the review on {day}").format(
                    tier=f.tier(standing.tier), day=f.day(standing.review_on)
                )
            )
        return " · ".join(parts)

    def _mark_handed_out(self) -> None:
        if self.view is None or not self.view.occasions:
            return
        try:
            occasions.mark_handed_out(self.db, self.actor, [o.id for o in self.view.occasions])
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.state.refresh()

    # -- booking ----------------------------------------------------------------------
    def _parsed_amount(self) -> int:
        return parse_amount(self.amount.text(), max_cents=self.state.settings.max_purchase_cents)

    def _amount_changed(self, text: str) -> None:
        if not text.strip() or self.view is None:
            self.preview.setText("")
            self.amount_error.show_message("")
            self.book.setEnabled(False)
            return
        try:
            cents = self._parsed_amount()
        except ValidationError as error:
            self.preview.setText("")
            self.amount_error.show_message(explain(error))
            self.book.setEnabled(False)
            return
        earned = self.view.earning.points(cents, self.state.settings)  # the rule the booking uses
        self.amount_error.show_message("")
        self.preview.setText(
            self.tr("{amount} earns %n point(s)", "", earned).format(amount=self.formats.amount(cents))
        )
        self.book.setEnabled(cents > 0)

    def _book(self) -> None:
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
        self._set_amount("")
        self.confirmation.setText(self.tr("Booked {amount}: +%n point(s). New balance: {balance}.", "",
                                          booking.points).format(amount=self.formats.amount(booking.amount_cents),
                                                                 balance=booking.balance))
        self.confirmation.show()
        self.undo.show()
        self.print_slip.show()

    def _print_slip(self) -> None:
        if self.state.last_booking is not None:
            show_points_slip(self, self.db, self.formats, self.state.last_booking.purchase_id)

    def undo_last(self) -> None:
        """Void the purchase just booked (the Undo button, Ctrl+Z anywhere on the counter)."""
        self.state.void_last(self.tr("Undone at the counter right after booking"))

    def _voided(self, _purchase_id: int) -> None:
        self.confirmation.setText(self.tr("The purchase was voided; its points are taken back."))
        self.confirmation.show()
        self.undo.hide()
        self.print_slip.hide()

    def redeem(self) -> None:
        if self.view is None:
            return
        customer = self.view.customer
        dialog = RedeemDialog(self.db, self.actor, self.formats, customer.card_number, customer.name,
                              self.view.points.spendable, self)
        if dialog.exec() == RedeemDialog.DialogCode.Accepted:
            self._hide_confirmation()
            self.state.changed()

    def feedback(self) -> None:
        if self.view is not None:
            SurveyDialog(self.db, self.actor, self.view.customer.card_number, self).exec()

    def refund_selected(self) -> None:
        row = self.purchases.currentRow()
        if self.view is None or row < 0:
            return
        dialog = RefundDialog(self.db, self.actor, self.formats, self.view.purchases[row], self)
        if dialog.exec() == RefundDialog.DialogCode.Accepted:
            self._hide_confirmation()  # its "new balance" is not the balance any more
            self.state.changed()

    def _hide_confirmation(self) -> None:
        self.confirmation.hide()
        self.undo.hide()
        self.print_slip.hide()

    def clear(self) -> None:
        self.state.close()
        self._hide_confirmation()

    def _save_notes(self) -> None:
        with self.db.read() as session:
            details = customers.details_of(session, self.view.customer)
        details.notes = self.notes.toPlainText()
        try:
            customers.update_customer(self.db, self.actor, self.view.customer.card_number, details)
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.save_notes.setEnabled(False)
