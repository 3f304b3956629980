"""The customers behind a figure, in a list that reads a page at a time as it scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout

from desktop.core.measures import Period
from desktop.core.rules import ProgrammeSettings
from desktop.services.database import Database
from desktop.services.stats import Behind, CustomerLine, customers_behind
from desktop.ui.formatting import Formats

PAGE = 200
_ROOT = QModelIndex()  # the invalid index Qt passes for "the whole table"


class CustomerPages(QAbstractTableModel):
    """Lazy: Qt asks for more (canFetchMore/fetchMore) only when the view scrolls near the end."""

    def __init__(self, db: Database, figure: Behind, period: Period, settings: ProgrammeSettings,
                 formats: Formats, parent=None) -> None:
        super().__init__(parent)
        self.db, self.figure, self.period, self.settings, self.formats = db, figure, period, settings, formats
        self.lines: list[CustomerLine] = []
        self._more = True
        self.headers = [self.tr("Card"), self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Joined")]
        self.fetchMore(QModelIndex())

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        line = self.lines[index.row()]
        return (line.card_number, line.name, line.phone, line.email, self.formats.day(line.joined_on))[index.column()]

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        after = self.lines[-1].id if self.lines else 0
        page = customers_behind(self.db, self.figure, self.period, self.settings, after_id=after, limit=PAGE)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines) + len(page) - 1)
            self.lines.extend(page)
            self.endInsertRows()


class CustomerListDialog(QDialog):
    def __init__(self, title: str, total: int, model: CustomerPages, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
        self.model = model
        model.setParent(self)
        self.view = QTableView()
        self.view.setModel(model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 220, 140, 260)):
            self.view.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{count} customers").format(count=total)))
        layout.addWidget(self.view)
