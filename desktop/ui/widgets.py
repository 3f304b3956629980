"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

TOUCH_HEIGHT = 44  # a finger's width: every button and field at the counter is at least this tall


class FieldError(QLabel):
    """The message shown beside (under) a field when what was typed is not right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #b3261e;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def field_with_error(editor: QWidget) -> tuple[QWidget, FieldError]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    error = FieldError(box)
    layout.addWidget(error)
    return box, error


def pin_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))  # digits only
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    edit.setMinimumHeight(TOUCH_HEIGHT)
    return edit


def read_only_table(headers: list[str]) -> QTableWidget:
    """A table to look at: whole rows selected, columns fitted, the last one stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class WorkingLabel(QLabel):
    """"Working…", shown while work that waits on the database has run a moment (a `Runner`'s
    `sig_busy`): the window stays live and says why nothing happened yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Working…"), parent)
        self.setStyleSheet("color: #555;")
        self.hide()
