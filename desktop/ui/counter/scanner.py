"""Telling a scanned card from a person typing, anywhere in the counter's window.

A barcode scanner is a keyboard that types very fast: its keys come a few milliseconds
apart, a person's (even a fast typist's) 80 ms or more. So thirteen digits that come in
one fast burst and form one of our card numbers are a scan, wherever the focus was: the
digits are taken back out of the field they landed in (the amount of the previous
customer, say) and the card is opened instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from desktop.core import cardnumber

SCAN_GAP_MS = 40  # at most this long between a scanner's keys; a person is slower
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CardScanner(QObject):
    """Watches the key presses meant for `area` and the widgets in it (installed on the
    application; dialogs over it are left alone).

    `sig_card(card)` when a card was scanned; the Enter that ends a scan is swallowed, every
    other key goes on as usual. `clock()` (seconds) can be replaced by tests.
    """

    sig_card = Signal(str)

    def __init__(self, area: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(area)
        self.area, self.clock = area, clock
        self._digits = ""
        self._last = 0.0
        self._target: QWidget | None = None
        self._before: tuple[str, int] | None = None  # a line edit's text and cursor when the burst began
        self._pause = QTimer(self)  # a scanner without Enter at the end: the pause ends the scan
        self._pause.setSingleShot(True)
        self._pause.setInterval(SCAN_GAP_MS * 2)
        self._pause.timeout.connect(self._scanned)

    def gap_ms(self) -> float:
        """Milliseconds since the last key seen: more than SCAN_GAP_MS means a person."""
        return (self.clock() - self._last) * 1000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched is not QApplication.focusWidget():
            return False
        if not isinstance(watched, QWidget) or not (watched is self.area or self.area.isAncestorOf(watched)):
            return False
        assert isinstance(event, QKeyEvent)
        fast = self.gap_ms() <= SCAN_GAP_MS and watched is self._target
        self._last = self.clock()
        if event.key() in _ENTER:
            if fast and self._is_card():
                self._scanned()
                return True
            self._reset()
            return False
        text = event.text()
        if not (len(text) == 1 and text.isdigit() and text.isascii()):
            self._reset()
            return False
        if not fast:
            self._reset()
            self._target = watched
            if isinstance(watched, QLineEdit):
                self._before = (watched.text(), watched.cursorPosition())
        self._digits += text
        if self._is_card():
            self._pause.start()
        else:
            self._pause.stop()
        return False

    def _is_card(self) -> bool:
        return len(self._digits) == cardnumber.LENGTH and cardnumber.is_ours(self._digits)

    def _scanned(self) -> None:
        self._pause.stop()
        card, target, before, count = self._digits, self._target, self._before, len(self._digits)
        self._reset()
        if isinstance(target, QLineEdit) and before is not None:
            target.setText(before[0])  # also forgets the digits in its undo history
            target.setCursorPosition(before[1])
        elif isinstance(target, QPlainTextEdit):
            cursor = target.textCursor()
            for _ in range(count):
                cursor.deletePreviousChar()
        self.sig_card.emit(card)

    def _reset(self) -> None:
        self._pause.stop()
        self._digits, self._target, self._before = "", None, None
