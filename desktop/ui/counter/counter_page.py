"""The counter: a search field that always has the focus, the results, and the customer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget,
)

from desktop.core import cardnumber
from desktop.core.errors import NotFoundError
from desktop.services import customers
from desktop.services.context import Actor
from desktop.storage.engine import Database
from desktop.ui.counter.customer_panel import CustomerPanel
from desktop.ui.counter.search_model import CustomerSearchModel
from desktop.ui.formatting import Formats
from desktop.ui.live import LiveChanges, concerns
from desktop.ui.widgets import TOUCH_HEIGHT, FieldError

TYPING_PAUSE_MS = 120  # search after a short pause, not on every key a scanner sends


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
        self.search.setToolTip(self.tr("Find a customer by card, name, phone, e-mail or postcode (Ctrl+F); Esc comes back here"))
        self.search_error = FieldError()

        self.model = CustomerSearchModel(db, self)
        self.results = QTableView()
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT - 8)
        self.results.setWordWrap(False)
        # Fixed widths: measuring every row's text on each keystroke costs more than the query.
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 125)):
            self.results.setColumnWidth(column, width)

        self.panel = CustomerPanel(db, formats)
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
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 820])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _text: self._pause.start())
        self.search.returnPressed.connect(self._enter)
        self.search.installEventFilter(self)
        self.results.activated.connect(lambda index: self.open_customer(self.model.customer_id(index.row())))
        self.panel.sig_booked.connect(lambda _id: self.model.set_query(self.model.query))

    def follow(self, live: LiveChanges) -> None:
        """Other counters' changes: the open customer's figures and the listed search results follow."""
        live.sig_changed.connect(self._others_changed)

    def _others_changed(self, changed: frozenset[int] | None) -> None:
        if concerns(changed, self.current_customer_id()):
            self.panel.reload()
        elif self.right.currentWidget() is not self.panel and self.model.query and (
                changed is None or any(self.model.customer_id(row) in changed for row in range(self.model.rowCount()))):
            self.model.set_query(self.model.query)

    def set_actor(self, actor: Actor) -> None:
        self.panel.actor = actor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the search field move through the results, so hands stay on the keys.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.results.currentIndex().row()
                row = 0 if row < 0 else row + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(row, self.model.rowCount() - 1))
                self.results.selectRow(row)
                return True
        return super().eventFilter(watched, event)

    def _run_search(self) -> None:
        self._pause.stop()
        self.search_error.show_message("")
        self.model.set_query(self.search.text())

    def _enter(self) -> None:
        """Enter: a full card number opens that customer at once (a scanner ends with Enter);
        otherwise the chosen, or only, result."""
        text = cardnumber.normalise(self.search.text())
        if len(text) == cardnumber.LENGTH and text.isdigit():
            self._open_card(text)
            return
        if self.model.query != self.search.text().strip():  # typed faster than the pause
            self._run_search()
        row = self.results.currentIndex().row()
        if row < 0 and self.model.rowCount() >= 1:
            row = 0
        if row >= 0:
            self.open_customer(self.model.customer_id(row))
        elif self.search.text().strip():
            self.search_error.show_message(self.tr("Nobody found. Check the spelling, or add a new customer (F2)."))

    def _open_card(self, card: str) -> None:
        if not cardnumber.is_valid(card):
            self.search_error.show_message(self.tr("This card number has a mistyped digit. Scan or type it again."))
            return
        try:
            with self.db.read() as session:
                customer = customers.find_by_card(session, card)
        except NotFoundError:
            self.search_error.show_message(self.tr("No customer has card {card}.").format(card=card))
            return
        self.open_customer(customer.id)

    def open_customer(self, customer_id: int) -> None:
        self.search_error.show_message("")
        self.panel.show_customer(customer_id)
        self.right.setCurrentWidget(self.panel)
        self.search.clear()

    def back_to_search(self) -> None:
        self.panel.clear()
        self.right.setCurrentWidget(self.empty)
        self.search.clear()
        self.model.set_query("")
        self.search.setFocus()

    def current_customer_id(self) -> int | None:
        view = self.panel.view
        return view.customer.id if view is not None and self.right.currentWidget() is self.panel else None
