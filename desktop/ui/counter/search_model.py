"""Search results that load a page at a time as the list scrolls, never all customers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services import customers
from desktop.storage.engine import Database

PAGE = 50


class CustomerSearchModel(QAbstractTableModel):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.query = ""
        self._rows: list[customers.SearchHit] = []
        self._more = False
        self._headers = (self.tr("Name"), self.tr("Phone"), self.tr("City"), self.tr("Card"))

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self.query = text.strip()
        self._rows = self._page(0)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def _page(self, offset: int) -> list[customers.SearchHit]:
        if not self.query:
            return []
        with self.db.read() as session:
            return customers.search(session, self.query, limit=PAGE, offset=offset)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        page = self._page(len(self._rows))
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

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
