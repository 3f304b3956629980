"""Telling a scanned card from a person typing, anywhere in the counter's window and the
dialogs over it.

A barcode scanner is a keyboard that types very fast: its keys come a few milliseconds
apart, a person's (even a fast typist's) 80 ms or more. So thirteen digits that come in
one fast burst and form one of our card numbers are a scan, wherever the focus was:

- on the counter itself the digits are taken back out of the field they landed in (the
  amount of the previous customer, say) and the card is opened instead;
- in a field that takes a card (`takes_a_card`: the new customer's pre-printed card, the
  replacement card) the scan fills the field, and its Enter goes to that field alone
  (`returnPressed`), never to the dialog's default button;
- anywhere else in a dialog over the counter (a reward, feedback, a message box) the burst
  never reaches the dialog: digits that could still be the start of our card are held back
  (at most SCAN_GAP_MS, so a person's key arrives a moment late, never lost), the Enter
  is swallowed, and the card opens when the dialog has closed (`sig_waiting` says so meanwhile).
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QToolTip, QWidget
from shiboken6 import isValid

from desktop.core import cardnumber

SCAN_GAP_MS = 40  # at most this long between a scanner's keys; a person is slower
LATE_ENTER_MS = 250  # a scanner's Enter this long after its last digit is still its own (a busy PC)
AFTER_CLOSE_MS = 100  # a closed dialog's caller finishes first (it may open a customer of its own)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAKES_A_CARD = "takesACard"  # the dynamic property that marks a card field


def takes_a_card(edit: QLineEdit) -> QLineEdit:
    """Mark a dialog's field where a scanned card belongs: the scan fills it, its Enter stays in it."""
    edit.setProperty(_TAKES_A_CARD, True)
    return edit


class _Place(enum.Enum):
    COUNTER = "counter"  # the counter's own widgets: the card opens at once
    CARD_FIELD = "card field"  # a dialog's card field: the scan fills it
    DIALOG = "dialog"  # anything else over the counter: nothing reaches it, the card opens after


class CardScanner(QObject):
    """Watches the key presses meant for `area` and the widgets in it, and for the modal
    windows over it (dialogs whose parent is in `area`'s window); installed on the application.

    `sig_card(card)` when a card was scanned (in a dialog: once it has closed);
    `sig_waiting(text)` when a card scanned in a dialog waits for it to close, with the
    sentence to show. `clock()` (seconds) can be replaced by tests.
    """

    sig_card = Signal(str)
    sig_waiting = Signal(str)

    def __init__(self, area: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(area)
        self.area, self.clock = area, clock
        self.waiting = ""  # a card scanned in a dialog, opened when the dialog has closed
        self._waiting_in: QWidget | None = None  # the dialog it was scanned in
        self._digits = ""
        self._last = 0.0
        self._target: QWidget | None = None
        self._place = _Place.COUNTER
        self._before: tuple[str, int] | None = None  # a line edit's text and cursor when the burst began
        self._held: list[QKeyEvent] = []  # a dialog's keys held back while they may be a card
        self._replaying = False
        self._late_enter_until = 0.0  # (clock) a dialog's Enter before this is a scan's, not a person's
        self._pause = QTimer(self)  # a scanner without Enter at the end: the pause ends the scan
        self._pause.setSingleShot(True)
        self._pause.setInterval(SCAN_GAP_MS * 2)
        self._pause.timeout.connect(self._scanned)
        self._let_go_timer = QTimer(self)  # held keys go on once no scanner's key follows them
        self._let_go_timer.setSingleShot(True)
        self._let_go_timer.setInterval(SCAN_GAP_MS)
        self._let_go_timer.timeout.connect(self._let_go_if_slow)
        self._closed = QTimer(self)
        self._closed.setSingleShot(True)
        self._closed.setInterval(AFTER_CLOSE_MS)
        self._closed.timeout.connect(self._open_waiting)

    @property
    def holding(self) -> bool:
        """Keys are held back or a card waits for its dialog to close (tests wait for this)."""
        return bool(self._held) or bool(self.waiting)

    def gap_ms(self) -> float:
        """Milliseconds since the last key seen: more than SCAN_GAP_MS means a person."""
        return (self.clock() - self._last) * 1000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide and self.waiting and watched is self._waiting_in:
            self._closed.start()  # the dialog the card was scanned in has closed
            return False
        if kind != QEvent.Type.KeyPress or self._replaying or not isinstance(watched, QWidget):
            return False
        if watched.window().focusWidget() is not watched:  # the key passing on to a parent: seen already
            return False
        place = self._place_of(watched)
        if place is None:
            return False
        assert isinstance(event, QKeyEvent)
        gap = self.gap_ms()
        fast = gap <= SCAN_GAP_MS and watched is self._target
        self._last = self.clock()
        if event.key() in _ENTER:
            # A whole card came at a scanner's pace: its Enter ends the scan, also a little late.
            if self._is_card() and watched is self._target and gap <= LATE_ENTER_MS:
                self._scanned(by_enter=True)
                return True
            late, self._late_enter_until = self._late_enter_until >= self._last, 0.0
            self._let_go()
            # A scan's late Enter is the scan's, also on the counter: it would book the amount
            # field's unbooked text on the customer still open while the card is looked up.
            return late
        text = event.text()
        if not (len(text) == 1 and text.isdigit() and text.isascii()):
            self._let_go()
            return False
        if not fast:
            self._let_go()
            self._target, self._place = watched, place
            if isinstance(watched, QLineEdit):
                self._before = (watched.text(), watched.cursorPosition())
        self._digits += text
        if self._is_card():
            self._pause.start()
        else:
            self._pause.stop()
        if self._place is _Place.DIALOG:
            if self._may_be_card():
                self._held.append(QKeyEvent(event.type(), event.key(), event.modifiers(), text,
                                            event.isAutoRepeat(), event.count()))
                if self._is_card():
                    self._let_go_timer.stop()  # a whole card: its Enter, or the pause, ends the scan
                else:
                    self._let_go_timer.start()
                return True
            self._let_go(keep_burst=True)  # not our card: what was held goes on, and so does this key
        return False

    def _place_of(self, widget: QWidget) -> _Place | None:
        """Where a key for this focused widget lands: the counter, a dialog over it, or elsewhere (None)."""
        if widget is self.area or self.area.isAncestorOf(widget):
            return _Place.COUNTER
        home, window = self.area.window(), widget.window()
        while window is not home:  # a dialog, or a dialog's dialog, over the counter's window
            parent = window.parentWidget()
            if parent is None:
                return None
            window = parent.window()
        if widget.window() is home or not widget.window().isModal():
            return None  # the main window's own widgets, and windows that leave the counter free to use
        return _Place.CARD_FIELD if widget.property(_TAKES_A_CARD) else _Place.DIALOG

    def _is_card(self) -> bool:
        return len(self._digits) == cardnumber.LENGTH and cardnumber.is_ours(self._digits)

    def _may_be_card(self) -> bool:
        """The digits so far may still become one of our card numbers."""
        digits, prefix = self._digits, cardnumber.PREFIX
        if not digits.startswith(prefix[:len(digits)]):
            return False
        return len(digits) < cardnumber.LENGTH or self._is_card()

    def _scanned(self, by_enter: bool = False) -> None:
        if not by_enter:  # the pause ended it: the scanner's Enter may still come, late
            self._late_enter_until = self._last + LATE_ENTER_MS / 1000
        card, target, before, place = self._digits, self._target, self._before, self._place
        count = len(card)
        self._reset()
        if target is None or not isValid(target):
            return
        if place is _Place.CARD_FIELD:
            assert isinstance(target, QLineEdit)
            target.setText(card)  # the scan is the field's whole content, whatever was in it
            target.returnPressed.emit()  # what Enter in the field does; the dialog's button never sees it
            return
        if place is _Place.DIALOG:
            self._wait_for_close(card, target)
            return
        if isinstance(target, QLineEdit) and before is not None:
            target.setText(before[0])  # also forgets the digits in its undo history
            target.setCursorPosition(before[1])
        elif isinstance(target, QPlainTextEdit):
            cursor = target.textCursor()
            for _ in range(count):
                cursor.deletePreviousChar()
        self.sig_card.emit(card)

    def waiting_text(self, card: str) -> str:
        return self.tr("Card {card} scanned: it opens when this window closes.").format(card=card)

    def _wait_for_close(self, card: str, target: QWidget) -> None:
        self.waiting, self._waiting_in = card, target.window()
        text = self.waiting_text(card)
        QToolTip.showText(target.mapToGlobal(QPoint(0, target.height())), text, target)
        self.sig_waiting.emit(text)
        if not self._waiting_in.isVisible():  # it closed during the scan's pause: no Hide to come
            self._closed.start()

    def _open_waiting(self) -> None:
        """The dialog has closed: open the card, unless another dialog over the counter is
        still open (the box a dialog showed, or the dialog that showed it): then after that one."""
        modal = QApplication.activeModalWidget()
        if modal is not None and self._place_of(modal) is _Place.DIALOG:
            self._waiting_in = modal
            return
        card, self.waiting, self._waiting_in = self.waiting, "", None
        if card:
            self.sig_card.emit(card)

    def _let_go_if_slow(self) -> None:
        if self.gap_ms() > SCAN_GAP_MS:
            self._let_go()
        else:  # a (test's) clock that says the burst goes on: wait for its next key
            self._let_go_timer.start()

    def _let_go(self, keep_burst: bool = False) -> None:
        """The keys held back were a person's (or not our card): they go on to where they were
        typed, in order. `keep_burst`: the burst goes on, nothing more of it is held back."""
        held, target = self._held, self._target
        self._held = []
        self._let_go_timer.stop()
        if keep_burst:
            self._digits = "-"  # no card can come of this burst any more
        else:
            self._reset()
        if held and target is not None and isValid(target) and target.isVisible():  # never into a closed dialog
            self._replaying = True
            try:
                for key in held:
                    QApplication.sendEvent(target, key)
            finally:
                self._replaying = False
        self._late_enter_until = 0.0  # (clock) a dialog's Enter before this is a scan's, not a person's

    def _reset(self) -> None:
        self._pause.stop()
        self._let_go_timer.stop()
        self._digits, self._target, self._before, self._held = "", None, None, []
        self._place = _Place.COUNTER
