"""The open customer's panel on the counter as widgets: who they are, their points, the
purchase field, the confirmation banner, the actions and the history tabs.

It shows what it is given and does nothing by itself; `customer_panel.CustomerPanel` adds
the counter's behaviour (booking, undo, printing, the dialogs, notes).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
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

from desktop.core import reasons
from desktop.core.tiers import TierStanding
from desktop.services.overview import CustomerOverview
from desktop.ui.counter.labels import entry_kind_label, moment_label, occasion_label, segment_label
from desktop.ui.formatting import Formats
from desktop.ui.widgets import TOUCH_HEIGHT, FieldError, read_only_table, reason_line, touch_rows

# The texts keep the context of the panel they were written for (its subclass), which is the
# class name Qt looks them up under.
translate = QCoreApplication.translate


class CounterPlurals(QObject):
    """The panel's texts with a count: lupdate takes a plural only from self.tr with the count
    as a plain name, and this class has one name for lupdate and Qt alike."""

    def visits(self, n: int) -> str:
        return self.tr("%n visit(s)", "", n)

    def expiring(self, n: int) -> str:
        return self.tr("%n expire(s) on {day}", "", n)


PLURALS = CounterPlurals()


class CustomerPanelView(QWidget):
    """The widgets, laid out; `show_*` fill them. The buttons' clicks are the subclass's."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self._shown_id: int | None = None
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
        self.handed_out = QPushButton(translate("CustomerPanel", "Handed out"))
        self.handed_out.setMinimumHeight(TOUCH_HEIGHT)
        self.handed_out.setToolTip(translate("CustomerPanel", "Mark these occasions as handed out in person (F8)"))
        self.handed_out.setShortcut("F8")
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
        points_layout.addWidget(QLabel(translate("CustomerPanel", "Points")))
        points_layout.addWidget(self.balance)
        points_layout.addWidget(self.balance_note)

        self.amount = QLineEdit()
        self.amount.setPlaceholderText(
            translate("CustomerPanel", "Amount, like {example}").format(example=self.formats.typed_amount_hint())
        )
        self.amount.setMinimumHeight(TOUCH_HEIGHT)
        amount_font = QFont()
        amount_font.setPointSize(16)
        self.amount.setFont(amount_font)
        self.amount.setToolTip(translate("CustomerPanel", "Type the amount and press Enter to book it"))
        self.preview = QLabel()
        self.amount_error = FieldError()
        self.working = QLabel(translate("CustomerPanel", "Working…"))  # the database is slow to answer: say so
        self.working.setStyleSheet("color: #555;")
        self.working.hide()
        self.book = QPushButton(translate("CustomerPanel", "Book purchase"))
        self.book.setMinimumHeight(TOUCH_HEIGHT)
        self.book.setEnabled(False)
        self.book.setToolTip(translate("CustomerPanel", "Book the purchase (Enter)"))
        purchase_box = QFrame()
        purchase_box.setFrameShape(QFrame.Shape.StyledPanel)
        purchase = QGridLayout(purchase_box)
        purchase.addWidget(QLabel(translate("CustomerPanel", "New purchase")), 0, 0, 1, 2)
        purchase.addWidget(self.amount, 1, 0)
        purchase.addWidget(self.book, 1, 1)
        purchase.addWidget(self.preview, 2, 0, 1, 2)
        purchase.addWidget(self.amount_error, 3, 0, 1, 2)
        purchase.addWidget(self.working, 4, 0, 1, 2)

        self.confirmation = QLabel()
        self.confirmation.setStyleSheet(
            "background: #e6f4ea; border: 1px solid #7cb990; border-radius: 4px; padding: 6px;"
        )
        self.undo = QPushButton(translate("CustomerPanel", "Undo"))
        self.undo.setMinimumHeight(TOUCH_HEIGHT)
        self.undo.setToolTip(translate("CustomerPanel", "Void this purchase again (Ctrl+Z)"))
        # Ctrl+Z is the counter's (counter_page.py), so a field's own undo cannot take it.
        self.print_slip = QPushButton(translate("CustomerPanel", "Print slip"))
        self.print_slip.setMinimumHeight(TOUCH_HEIGHT)
        self.print_slip.setToolTip(
            translate("CustomerPanel", "Points earned, the balance and what expires soon, for the customer (Ctrl+P)")
        )
        self.print_slip.setShortcut("Ctrl+P")
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirmation, 1)
        confirm_row.addWidget(self.print_slip)
        confirm_row.addWidget(self.undo)

        self.reward_button = QPushButton(translate("CustomerPanel", "Reward… (F6)"))
        self.feedback_button = QPushButton(translate("CustomerPanel", "Feedback… (F7)"))
        self.refund_button = QPushButton(translate("CustomerPanel", "Refund selected purchase…"))
        for button, key in ((self.reward_button, "F6"), (self.feedback_button, "F7")):
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setShortcut(key)
        # For a touch screen; their keys are the main window's (F3, F4, F9), which connects them.
        self.edit_button = QPushButton(translate("CustomerPanel", "Edit… (F4)"))
        self.replace_card_button = QPushButton(translate("CustomerPanel", "Replace lost card… (F3)"))
        self.replace_card_button.setToolTip(
            translate("CustomerPanel", "A new card for this customer; the lost one is blocked, points stay (F3)"))
        self.print_card_button = QPushButton(translate("CustomerPanel", "Print card… (F9)"))
        for button in (self.edit_button, self.replace_card_button, self.print_card_button, self.refund_button):
            button.setMinimumHeight(TOUCH_HEIGHT)
        actions = QHBoxLayout()
        actions.addWidget(self.reward_button)
        actions.addWidget(self.feedback_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.print_card_button)
        actions.addWidget(self.replace_card_button)
        actions.addStretch()

        self.history = read_only_table([translate("CustomerPanel", "When"), translate("CustomerPanel", "Points"),
                                        translate("CustomerPanel", "What"), translate("CustomerPanel", "Reason")])
        self.purchases = read_only_table([translate("CustomerPanel", "When"), translate("CustomerPanel", "Amount"),
                                          translate("CustomerPanel", "Refunded"),
                                          translate("CustomerPanel", "Points")])
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            translate("CustomerPanel", "What did the customer tell you? (Remember it for next time.)"))
        self.save_notes = QPushButton(translate("CustomerPanel", "Save notes"))
        self.save_notes.setEnabled(False)
        self.save_notes.setMinimumHeight(TOUCH_HEIGHT)
        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.save_notes, 0, Qt.AlignmentFlag.AlignRight)
        self.preferences = QLabel()
        self.preferences.setWordWrap(True)
        notes_layout.addWidget(self.preferences)
        for table in (self.history, self.purchases):  # a purchase is chosen with a finger to refund it
            touch_rows(table)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history, translate("CustomerPanel", "Points history"))
        purchases_page = QWidget()
        purchases_layout = QVBoxLayout(purchases_page)
        purchases_layout.addWidget(self.purchases)
        self.refund_reason = reason_line()  # why Refund is greyed for the purchase chosen
        purchases_layout.addWidget(self.refund_reason, 0, Qt.AlignmentFlag.AlignRight)
        purchases_layout.addWidget(self.refund_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(purchases_page, translate("CustomerPanel", "Purchases"))
        self.tabs.addTab(notes_page, translate("CustomerPanel", "Notes"))

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
        self.notes.textChanged.connect(lambda: self.save_notes.setEnabled(True))
        self.hide_confirmation()

    def show_overview(self, view: CustomerOverview) -> None:
        """Fill every widget from the customer's figures (notes being typed for them stay)."""
        f = self.formats
        customer = view.customer
        self.name.setText(customer.name)
        parts = [
            translate("CustomerPanel", "Card {card}").format(card=customer.card_number),
            segment_label(view.segment),
            *([translate("CustomerPanel", "tier {tier}").format(tier=f.tier(view.tier))] if view.tier else []),
            PLURALS.visits(view.visits),
            translate("CustomerPanel", "member since {day}").format(day=f.day(customer.joined_on)),
            *(
                [
                    translate("CustomerPanel", "usually every {n} days, next visit expected {day}").format(
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
        notes = [translate("CustomerPanel", "{n} can be spent").format(n=p.spendable)]
        if p.pending:
            notes.append(translate("CustomerPanel", "{n} pending").format(n=p.pending))
        if p.expiring_soon:
            notes.append(PLURALS.expiring(p.expiring_soon).format(day=f.day(p.expiring_on)))
        self.balance_note.setText("\n".join(notes))
        self.history.setRowCount(len(view.history))
        for row, entry in enumerate(view.history):
            for column, text in enumerate((f.moment(entry.created_at), f"{entry.points:+d}",
                                           entry_kind_label(entry.kind), reasons.shown(entry.reason, f.language))):
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
        self.preferences.setText(translate("CustomerPanel", "Preferences: {text}").format(text=customer.preferences)
                                 if customer.preferences else "")

    def _tier_text(self, standing: TierStanding) -> str:
        """What is needed to reach the next tier and to keep this one at the yearly review."""
        f, parts = self.formats, []
        if standing.next_tier:
            parts.append(translate("CustomerPanel", "{amount} more for {tier}").format(
                amount=f.amount(standing.to_next_cents), tier=f.tier(standing.next_tier)))
        if standing.tier and standing.to_keep_cents:
            parts.append(translate("CustomerPanel", "to keep {tier} at the review on {day}: {amount} more").format(
                tier=f.tier(standing.tier), day=f.day(standing.review_on), amount=f.amount(standing.to_keep_cents)))
        elif standing.tier:
            parts.append(
                translate("CustomerPanel", "{tier} is kept at the review on {day}").format(
                    tier=f.tier(standing.tier), day=f.day(standing.review_on)
                )
            )
        return " · ".join(parts)

    def show_amount(self, text: str) -> None:
        self.amount.setText(text)  # setText, not clear(): Ctrl+Z must not bring a booked amount back
        self.amount_error.show_message("")

    def show_preview(self, text: str, error: str, can_book: bool) -> None:
        self.preview.setText(text)
        self.amount_error.show_message(error)
        self.book.setEnabled(can_book)

    def show_confirmation(self, text: str, *, can_undo: bool) -> None:
        self.confirmation.setText(text)
        self.confirmation.show()
        self.undo.setVisible(can_undo)
        self.print_slip.setVisible(can_undo)

    def hide_confirmation(self) -> None:
        self.confirmation.hide()
        self.undo.hide()
        self.print_slip.hide()
