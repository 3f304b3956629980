"""Computing the dashboard's figures on the thread pool, so the window stays responsive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    sig_done = Signal(int, object)
    sig_failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.ticket, self.work, self.signals = ticket, work, signals

    def run(self) -> None:  # on a pool thread: touches no widget, only emits
        try:
            result = self.work()
        except BaseException as error:  # noqa: BLE001 (handed to the UI thread, which shows it)
            self.signals.sig_failed.emit(self.ticket, error)
        else:
            self.signals.sig_done.emit(self.ticket, result)


class Background(QObject):
    """Runs one piece of work at a time in the background; only the latest request's result
    is delivered (an older one, overtaken by a new period, is dropped)."""

    sig_done = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        self._signals = _Signals(self)
        self._signals.sig_done.connect(self._done)
        self._signals.sig_failed.connect(self._failed)

    def start(self, work: Callable[[], Any]) -> None:
        self._ticket += 1
        QThreadPool.globalInstance().start(_Job(self._ticket, work, self._signals))

    def _done(self, ticket: int, result: object) -> None:
        if ticket == self._ticket:
            self.sig_done.emit(result)

    def _failed(self, ticket: int, error: object) -> None:
        if ticket == self._ticket:
            self.sig_failed.emit(error)
