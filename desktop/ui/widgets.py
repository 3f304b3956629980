"""Small building blocks shared by the screens."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QRegularExpression, QSize, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.ui.errors import explain

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
        if text and isinstance(self.window(), QDialog):  # a message that wraps needs the room to show whole
            _grow_to_show(self.window())


def field_with_error(editor: QWidget) -> tuple[QWidget, FieldError]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    error = FieldError(box)
    layout.addWidget(error)
    return box, error


class FormErrors(dict[str, FieldError]):
    """A form's messages by field: every problem is shown at once, each beside its own field.

    Two keys may share one message (a table that holds two settings); its messages are joined.
    """

    def beside(self, key: str, editor: QWidget) -> QWidget:
        """`editor` with room for its message below it, to put in the form."""
        box, self[key] = field_with_error(editor)
        return box

    def show_all(self, problems: Mapping[str, str], fallback: str) -> bool:
        """Show each problem beside its field (one of no field beside `fallback`), clear the
        other messages; True when there was any problem."""
        messages: dict[int, list[str]] = {id(error): [] for error in self.values()}
        for key, message in problems.items():
            messages[id(self.get(key, self[fallback]))].append(message)
        for error in self.values():
            error.show_message(" ".join(dict.fromkeys(messages[id(error)])))
        if problems and self:
            _grow_to_show(next(iter(self.values())).window())
        return bool(problems)


def _grow_to_show(window: QWidget) -> None:
    """The messages made the form taller: let its window grow to show them, as far as the screen allows."""
    from desktop.ui.window_fit import fit

    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    wanted = window.sizeHint().height()
    if layout.hasHeightForWidth():  # wrapped messages: as tall as they are at this width
        wanted = max(wanted, layout.totalHeightForWidth(window.width()))
    if window.isVisible() and wanted > window.height():
        window.resize(window.width(), wanted)
        fit(window)


def check_each(checks: Mapping[str, Callable[[], Any]]) -> tuple[dict[str, Any], dict[str, str]]:
    """Run every field's check, each alone: (the values read, every problem as a sentence)."""
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for key, check in checks.items():
        try:
            values[key] = check()
        except ValidationError as error:
            problems[key] = explain(error)
    return values, problems


def grey_with_reason(button: QAbstractButton, reason: str, line: QLabel | None = None, tip: str = "") -> None:
    """Grey `button` while there is a `reason` not to press it, and say it: as its tooltip (`tip`
    when it is not greyed), and on `line` (a finger on a touch screen never hovers)."""
    button.setEnabled(not reason)
    button.setToolTip(reason or tip)
    if line is not None:
        line.setText(reason)
        line.setVisible(bool(reason))


def reason_line() -> QLabel:
    """The line beside a greyed button saying why it is greyed (see grey_with_reason)."""
    line = QLabel()
    line.setObjectName("greyedReason")
    line.setStyleSheet("color: #555;")
    line.setWordWrap(True)
    line.hide()
    return line


class _Scrolling(QScrollArea):
    """A scroll area as tall as its form where there is room (Qt's caps its hint at 24 lines),
    and never narrower than its form beside the scroll bar: it scrolls only up and down, so a
    window made (or remembered) narrower would put the fields under the scroll bar and cut them."""

    def _extra(self) -> int:
        return 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.widget()
        return page.sizeHint() + QSize(self._extra(), 2 * self.frameWidth()) if page else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page, hint = self.widget(), super().minimumSizeHint()
        return QSize(page.minimumSizeHint().width() + self._extra(), hint.height()) if page else hint


def scrolling(layout: QLayout) -> QScrollArea:
    """`layout` in a vertical scroll area without a frame: a tall form on a low screen scrolls
    instead of making its window taller than the screen."""
    page = QWidget()
    page.setLayout(layout)
    area = _Scrolling()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def whole_placeholder(edit: QLineEdit) -> QLineEdit:
    """Make `edit` wide enough to show its placeholder (a hint) whole, in Dutch too."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
    return edit


def closes_with_keys(window: QWidget) -> None:
    """A secondary window closes with Esc and Ctrl+W, as a dialog closes with Esc."""
    for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
        QShortcut(keys, window, window.close)


def bring_to_front(window: QWidget) -> None:
    """Show `window` above the others and give it the keyboard, also when it was minimised or
    hidden behind the main window."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


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


class _TouchRow(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        return super().sizeHint(option, index).expandedTo(QSize(0, TOUCH_HEIGHT))


def touch_rows(view: QAbstractItemView) -> None:
    """Rows a finger can hit on a touch screen: at least TOUCH_HEIGHT tall."""
    if isinstance(view, QTableView):
        view.verticalHeader().setMinimumSectionSize(TOUCH_HEIGHT)
        view.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
    else:
        view.setItemDelegate(_TouchRow(view))


def touch_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """A dialog's buttons a finger can hit (TOUCH_HEIGHT)."""
    for button in box.buttons():
        button.setMinimumHeight(TOUCH_HEIGHT)
    return box


class WorkingLabel(QLabel):
    """"Working…", shown while work that waits on the database has run a moment (a `Runner`'s
    `sig_busy`): the window stays live and says why nothing happened yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Working…"), parent)
        self.setStyleSheet("color: #555;")
        self.hide()
