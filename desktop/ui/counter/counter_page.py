"""The counter: a search field that always has the focus, the results, and the customer.

Who is open lives in `self.state` (an OpenCustomer, see open_customer.py), which other
windows follow; a card scanned anywhere on the counter opens that customer (scanner.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import cardnumber
from desktop.core.errors import NotFoundError, ReplacedCard
from desktop.services import customers
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.ui.counter.customer_panel import CustomerPanel
from desktop.ui.counter.open_customer import OpenCustomer
from desktop.ui.counter.scanner import SCAN_GAP_MS, CardScanner
from desktop.ui.counter.search_model import CustomerSearchModel
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats
from desktop.ui.live import LiveChanges, concerns
from desktop.ui.tasks import Runner
from desktop.ui.widgets import TOUCH_HEIGHT, FieldError, touch_rows


class CounterPage(QWidget):
    def __init__(self, db: Database, formats: Formats, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.search = QLineEdit()
        self.search.setObjectName("counterSearch")
        self.search.setPlaceholderText(self.tr("Scan a card or type a name or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(TOUCH_HEIGHT + 8)
        font = QFont()
        font.setPointSize(15)
        self.search.setFont(font)
        self.search.setToolTip(
            self.tr("Find a customer by card, name, phone, e-mail or postcode (Ctrl+F); Esc comes back here")
        )
        self.search_error = FieldError()

        self.model = CustomerSearchModel(db, self)
        self.results = QTableView()
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        touch_rows(self.results)
        self.results.setWordWrap(False)
        # Fixed widths: measuring every row's text on each keystroke costs more than the query.
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 125)):
            self.results.setColumnWidth(column, width)

        self.state = OpenCustomer(db, self)
        self.panel = CustomerPanel(db, formats, self.state)
        self.unknown_card = ""  # the card just scanned that nobody has: F2 registers it
        self.empty = QLabel(self.tr("Scan the customer's card or search for them on the left.\n\n"
                                    "New customer: F2"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777; font-size: 15px;")
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.panel)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.search_error)
        left_layout.addWidget(self.results, 1)
        # For a touch screen: the main window connects it to F2's action.
        self.new_customer_button = QPushButton(self.tr("New customer… (F2)"))
        self.new_customer_button.setMinimumHeight(TOUCH_HEIGHT)
        left_layout.addWidget(self.new_customer_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 820])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self.scanner = CardScanner(self)
        self.scanner.sig_card.connect(self._open_card)
        self.panel.sig_card.connect(self._open_card)
        # A person's key searches at once; keys at a scanner's pace wait for the burst to end.
        self._last_key = 0.0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SCAN_GAP_MS)
        self._pause.timeout.connect(self._run_search)
        self._open_when_found = False
        self.search.textEdited.connect(self._edited)
        self.search.returnPressed.connect(self._enter)
        self.model.sig_found.connect(self._found)
        self._cards = Runner(self)  # looking up a scanned card
        app = QApplication.instance()
        app.installEventFilter(self.scanner)
        app.installEventFilter(self)
        app.aboutToQuit.connect(self._stop_watching)  # no Python filter while Qt tears down
        self.results.activated.connect(lambda index: self.open_customer(self.model.customer_id(index.row())))
        self.state.sig_customer_changed.connect(self._customer_changed)
        self.state.sig_booked.connect(lambda _booking: self.model.refresh())

    def follow(self, live: LiveChanges) -> None:
        """Other counters' changes: the open customer's figures and the listed search results follow."""
        live.sig_changed.connect(self._others_changed)

    def _others_changed(self, changed: frozenset[int] | None) -> None:
        if concerns(changed, self.current_customer_id()):
            self.state.refresh()
        elif self.right.currentWidget() is not self.panel and self.model.query and (
                changed is None or any(self.model.customer_id(row) in changed for row in range(self.model.rowCount()))):
            self.model.refresh()  # the newest query: an Esc meanwhile asked for none

    def set_actor(self, actor: Actor) -> None:
        self.state.actor = actor

    def _stop_watching(self) -> None:
        app = QApplication.instance()
        app.removeEventFilter(self.scanner)
        app.removeEventFilter(self)

    @property
    def idle(self) -> bool:
        """Nothing is being looked up or booked (tests wait for this)."""
        return not (self.state.busy or self.model.busy or self._cards.running or self._pause.isActive()
                    or self.scanner.holding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z anywhere on the counter voids the purchase just booked: a field's own undo
        # must not take the key (it would bring the booked amount back, and Enter books it twice).
        # So the key comes to us as a key press (the override asks for it), never to the field.
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.matches(QKeySequence.StandardKey.Undo) and self.state.last_booking is not None \
                and isinstance(watched, QWidget) and self.isAncestorOf(watched):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.panel.undo_last()
            return True
        # Arrow keys in the search field move through the results, so hands stay on the keys.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.results.currentIndex().row()
                row = 0 if row < 0 else row + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(row, self.model.rowCount() - 1))
                self.results.selectRow(row)
                return True
        return False  # not super(): this runs for every event of the app, also while Qt tears down

    def _edited(self, _text: str) -> None:
        now = self.scanner.clock()
        gap_ms, self._last_key = (now - self._last_key) * 1000, now
        if gap_ms > SCAN_GAP_MS:
            self._run_search()
        else:
            self._pause.start()

    def _run_search(self) -> None:
        self._pause.stop()
        self.search_error.show_message("")
        self.unknown_card = ""
        self.model.set_query(self.search.text())

    def _enter(self) -> None:
        """Enter: a full card number opens that customer at once (a scanner ends with Enter);
        otherwise the chosen, or only, result (once the results for what was typed are in)."""
        text = cardnumber.normalise(self.search.text())
        if len(text) == cardnumber.LENGTH and text.isdigit():
            self._open_card(text)
            return
        if not text and self.results.currentIndex().row() < 0:
            return  # nothing typed or chosen (a late Enter after a scan): keep what the counter says
        if self.model.query != self.search.text().strip() or self.model.busy or self._pause.isActive():
            self._open_when_found = True  # typed faster than the search: choose when it is in
            self._run_search()
            return
        self._choose()

    def _found(self, query: str) -> None:
        if self._open_when_found and query == self.search.text().strip():
            self._open_when_found = False
            self._choose()

    def _choose(self) -> None:
        row = self.results.currentIndex().row()
        if row < 0 and self.model.rowCount() >= 1:
            row = 0
        if row >= 0:
            self.open_customer(self.model.customer_id(row))
        elif self.search.text().strip():
            self.search_error.show_message(self.tr("Nobody found. Check the spelling, or add a new customer (F2)."))

    def _open_card(self, card: str) -> None:
        self._pause.stop()  # the digits were a card, not something to search for
        self.search.clear()
        self.unknown_card = ""
        if not cardnumber.is_valid(card):
            self.search_error.show_message(self.tr("This card number has a mistyped digit. Scan or type it again."))
            return

        def find() -> tuple[int | None, ReplacedCard | None]:
            try:
                return customers.customer_id_of_card(self.db, card), None
            except ReplacedCard as replaced:  # a lost card: blocked, but its customer is standing here
                return replaced.customer_id, replaced
            except NotFoundError:
                return None, None

        def found(outcome: tuple[int | None, ReplacedCard | None]) -> None:
            customer_id, replaced = outcome
            if customer_id is not None:
                self.open_customer(customer_id)
                if replaced is not None:  # said beside the search field, where the next scan goes
                    self.search_error.show_message(explain(replaced))
                return
            self.unknown_card = card
            self.back_to_search(keep_message=True)
            self.search_error.show_message(self.tr("No customer has card {card}. "
                                                   "New customer with this card: F2").format(card=card))

        self._cards.run(find, found, lambda error: show_error(self, error), latest=True)

    def open_customer(self, customer_id: int) -> None:
        self._pause.stop()
        self.search_error.show_message("")
        self.unknown_card = ""
        self.search.clear()
        self.state.open(customer_id)

    def _customer_changed(self, view) -> None:
        self.right.setCurrentWidget(self.panel if view is not None else self.empty)

    def back_to_search(self, keep_message: bool = False) -> None:
        if self.state.view is not None:
            self.panel.clear()
        if not keep_message:
            self.search_error.show_message("")
            self.unknown_card = ""
        self.right.setCurrentWidget(self.empty)
        self.search.clear()
        self.model.set_query("")
        self.search.setFocus()

    def current_customer_id(self) -> int | None:
        return self.state.customer_id
