"""The customer open at this counter, as an object any window can follow.

`OpenCustomer` holds who is open and what the counter just did for them. It reads and
books on a worker thread (`desktop.ui.tasks.Runner`), so the window never waits on the
database, and tells what happened by signal. The counter panel is one follower; a customer
display or a live update from another counter needs only this object, never the widgets.

Signals (all emitted on the UI thread):
- `sig_opening(customer_id)`: a customer is being opened (the old one's figures are stale).
- `sig_customer_changed(view)`: another customer is open now (`CustomerOverview`), or
  nobody (`None`) after `close()`.
- `sig_refreshed(view)`: the open customer's figures were read again: after a booking, a
  void, a reward, a refund, an edit, or a change made at another counter.
- `sig_booked(Booking)`: a purchase was booked for the open customer.
- `sig_voided(purchase_id)`: the purchase just booked was voided (Undo, Ctrl+Z).
- `sig_failed(error)`: opening, booking, voiding or saving failed; nothing changed.
- `sig_busy(bool)`: work has run for 300 ms (True) / ended (False).

Read: `view` (CustomerOverview or None), `customer_id`, `settings`,
`last_booking` (the Booking that Undo would void, or None), `busy`.
Do: `open(customer_id)`, `refresh()`, `changed()` (after a local change other than
booking: the last booking can no longer be undone), `refresh_if_open(customer_id)` (for
changes made elsewhere), `close()`, `book(cents)`, `void_last(reason)`,
`mark_handed_out()` (the open occasions), `save_notes(text)`, `keep_notes(text)` (notes typed
and not saved yet: saved when another customer is opened or the customer is closed, so a
scan of the next card never loses them).
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import LoyaltyError
from desktop.core.rules import ProgrammeSettings
from desktop.services import customers, occasions, purchases
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.overview import CustomerOverview, current_view, open_customer
from desktop.ui.tasks import Runner


@dataclass(frozen=True)
class Booking:
    purchase_id: int
    customer_id: int
    amount_cents: int
    points: int
    balance: int


@dataclass(frozen=True)
class _Loaded:
    view: CustomerOverview
    settings: ProgrammeSettings
    greet_error: LoyaltyError | None = None
    notes_error: LoyaltyError | None = None  # the previous customer's notes were not saved


class OpenCustomer(QObject):
    sig_opening = Signal(int)
    sig_customer_changed = Signal(object)
    sig_refreshed = Signal(object)
    sig_booked = Signal(object)
    sig_voided = Signal(int)
    sig_failed = Signal(object)
    sig_busy = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.view: CustomerOverview | None = None
        self.settings: ProgrammeSettings | None = None
        self.last_booking: Booking | None = None
        self._key = uuid.uuid4().hex  # one booking's idempotency key: a retry never books twice
        self._draft: tuple[str, str] | None = None  # (card, notes) typed and not saved yet
        self._runner = Runner(self)
        self._runner.sig_busy.connect(self.sig_busy)

    @property
    def customer_id(self) -> int | None:
        return self.view.customer.id if self.view is not None else None

    @property
    def busy(self) -> bool:
        return self._runner.running

    # -- reading ------------------------------------------------------------------------
    def _load(self, customer_id: int, greet: bool = False) -> _Loaded:  # on the worker thread
        if greet and self.actor is not None:  # a birthday week, an anniversary, a latent customer back
            opened = open_customer(self.db, self.actor, customer_id)
            view, greet_error = opened.view, opened.greet_error
        else:
            view, greet_error = current_view(self.db, customer_id), None
        return _Loaded(view, view.settings, greet_error)

    def _take(self, loaded: _Loaded) -> None:
        self.view, self.settings = loaded.view, loaded.settings
        for error in (loaded.notes_error, loaded.greet_error):
            if error is not None:
                self.sig_failed.emit(error)

    def keep_notes(self, text: str) -> None:
        """Notes typed for the open customer, not saved yet: saved before another one opens."""
        if self.view is not None:
            card = self.view.customer.card_number
            self._draft = (card, text) if text != self.view.customer.notes else None

    def _save_draft(self, draft: tuple[str, str] | None, actor: Actor | None) -> LoyaltyError | None:
        """On the worker thread: store notes left unsaved; the error, if they could not be."""
        if draft is None or actor is None:
            return None
        try:
            customers.save_notes(self.db, actor, *draft)
        except LoyaltyError as error:
            return error
        return None

    def _saved(self, draft: tuple[str, str] | None) -> None:
        if self._draft == draft:  # nothing newer was typed meanwhile
            self._draft = None

    def open(self, customer_id: int) -> None:
        """Open this customer (greeting them: occasions due today are granted)."""
        draft, actor = self._draft, self.actor  # kept until saved: a newer open may replace this one
        if self.customer_id == customer_id:
            draft = None  # the same customer again: the notes being typed stay in the field
        self.sig_opening.emit(customer_id)

        def work() -> _Loaded:
            notes_error = self._save_draft(draft, actor)
            return dataclasses.replace(self._load(customer_id, greet=True), notes_error=notes_error)

        def opened(loaded: _Loaded) -> None:
            self.last_booking = None
            self._key = uuid.uuid4().hex
            self._saved(draft)
            self._take(loaded)
            self.sig_customer_changed.emit(self.view)

        self._runner.run(work, opened, self.sig_failed.emit, latest=True)

    def refresh(self) -> None:
        """Read the open customer's figures again."""
        if self.view is None:
            return
        customer_id = self.view.customer.id

        self._runner.run(lambda: self._load(customer_id), lambda loaded: self._refreshed(customer_id, loaded),
                         self.sig_failed.emit, latest=True)

    def _refreshed(self, customer_id: int, loaded: _Loaded) -> None:
        if self.customer_id == customer_id:  # not closed or changed meanwhile
            self._take(loaded)
            self.sig_refreshed.emit(self.view)

    def changed(self) -> None:
        """Something other than booking changed the open customer here (a reward, a refund, an
        edit): the purchase just booked can no longer be undone from the banner."""
        self.last_booking = None
        self.refresh()

    def refresh_if_open(self, customer_id: int) -> None:
        """A change made elsewhere (another counter, another window) to this customer."""
        if customer_id == self.customer_id:
            self.refresh()

    def close(self) -> None:
        draft, actor = self._draft, self.actor
        self.view, self.last_booking, self._draft = None, None, None
        self.sig_customer_changed.emit(None)
        if draft is not None:
            self._runner.run(lambda: self._save_draft(draft, actor), self._closed, self.sig_failed.emit, latest=True)

    def _closed(self, notes_error: LoyaltyError | None) -> None:
        if notes_error is not None:
            self.sig_failed.emit(notes_error)

    # -- booking ------------------------------------------------------------------------
    def book(self, amount_cents: int) -> bool:
        """Book a purchase for the open customer; False (nothing done) while other work runs."""
        if self.view is None or self.actor is None:
            return False
        card, key, actor = self.view.customer.card_number, self._key, self.actor

        def work() -> tuple[purchases.PurchaseResult, _Loaded]:
            result = purchases.register_purchase(self.db, actor, card, amount_cents, client_key=key)
            return result, self._load(result.customer_id)

        def booked(outcome) -> None:
            result, loaded = outcome
            self._key = uuid.uuid4().hex  # the next purchase is a new one
            self._take(loaded)
            self.last_booking = Booking(result.purchase_id, result.customer_id, amount_cents, result.points,
                                        result.balance)
            self.sig_refreshed.emit(self.view)
            self.sig_booked.emit(self.last_booking)

        return self._runner.run(work, booked, self.sig_failed.emit)

    def void_last(self, reason: str) -> bool:
        """Void the purchase just booked (Undo); False when there is none or other work runs."""
        booking = self.last_booking
        if booking is None or self.actor is None:
            return False
        actor = self.actor

        def work() -> _Loaded:
            purchases.refund_purchase(self.db, actor, booking.purchase_id, reason, void=True)
            return self._load(booking.customer_id)

        def voided(loaded: _Loaded) -> None:
            self.last_booking = None
            self._take(loaded)
            self.sig_refreshed.emit(self.view)
            self.sig_voided.emit(booking.purchase_id)

        return self._runner.run(work, voided, self.sig_failed.emit)

    # -- what staff note and hand out -----------------------------------------------------
    def mark_handed_out(self) -> bool:
        """The open customer's occasions were handed out in person; False when there are none
        or other work runs."""
        if self.view is None or self.actor is None or not self.view.occasions:
            return False
        customer_id, actor, ids = self.view.customer.id, self.actor, [o.id for o in self.view.occasions]

        def work() -> _Loaded:
            occasions.mark_handed_out(self.db, actor, ids)
            return self._load(customer_id)

        return self._runner.run(work, lambda loaded: self._refreshed(customer_id, loaded), self.sig_failed.emit)

    def save_notes(self, text: str) -> bool:
        """Store what staff noted about the open customer; False while other work runs."""
        if self.view is None or self.actor is None:
            return False
        card, customer_id, actor = self.view.customer.card_number, self.view.customer.id, self.actor

        def work() -> _Loaded:
            customers.save_notes(self.db, actor, card, text)
            return self._load(customer_id)

        def saved(loaded: _Loaded) -> None:
            self._saved((card, text))
            self._refreshed(customer_id, loaded)

        return self._runner.run(work, saved, self.sig_failed.emit)
