"""Search results that load a page at a time as the list scrolls, never all customers.

The query runs on a worker thread (desktop.ui.tasks.Runner): typing never waits on the
database; only the newest query's results are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.services import customers
from desktop.services.database import Database
from desktop.ui.errors import show_error
from desktop.ui.tasks import Runner

PAGE = 50


class CustomerSearchModel(QAbstractTableModel):
    """`set_query(text)` searches; `sig_found(query)` when its results are in (`query` is
    then the text they are for); `busy` while a search runs. `refresh()` runs the newest
    query asked for again (not `query`, the one whose results are in: it may be older)."""

    sig_found = Signal(str)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.query = ""
        self._asked = ""
        self._rows: list[customers.SearchHit] = []
        self._more = False
        self._headers = (self.tr("Name"), self.tr("Phone"), self.tr("City"), self.tr("Card"))
        self.runner = Runner(self)

    @property
    def busy(self) -> bool:
        return self.runner.running

    def set_query(self, text: str) -> None:
        query = self._asked = text.strip()

        def found(rows: list[customers.SearchHit]) -> None:
            self.beginResetModel()
            self.query, self._rows, self._more = query, rows, len(rows) == PAGE
            self.endResetModel()
            self.sig_found.emit(query)

        self.runner.run(lambda: self._page(query, 0), found, self._failed, latest=True)

    def refresh(self) -> None:
        """The newest query again (another counter changed customers, a purchase was booked)."""
        if self._asked:
            self.set_query(self._asked)

    def _page(self, query: str, offset: int) -> list[customers.SearchHit]:  # on the worker thread
        if not query:
            return []
        return customers.search_page(self.db, query, limit=PAGE, offset=offset)

    def _failed(self, error: BaseException) -> None:
        show_error(None, error)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self._more and not self.busy

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        query, offset = self.query, len(self._rows)

        def more(page: list[customers.SearchHit]) -> None:
            if query != self.query or offset != len(self._rows):
                return  # a new search came meanwhile
            self._more = len(page) == PAGE
            if page:
                self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()

        self.runner.run(lambda: self._page(query, offset), more, self._failed)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        customer = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (customer.name, customer.phone, customer.city, customer.card_number)[index.column()]
        return None

    def customer_id(self, row: int) -> int:
        return self._rows[row].id
