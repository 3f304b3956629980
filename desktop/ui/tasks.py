"""Work off the UI thread: a plain function runs on a worker thread; results and errors come
back by signal. Two forms: `run_with_progress` for long work behind a progress dialog, and
`Runner` for the counter's quick database calls (opening a customer, booking, searching),
which must not freeze the window when the database waits on a lock or a slow server.

The signals and their receivers are QObjects made in the UI thread, so every emit from the
worker is queued to the UI thread; the worker touches no widget. (An earlier version used
QRunnable on the global pool with lambdas as receivers and crashed now and then when the
pool deleted the finished job while its signals were still being delivered.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Outcome(QObject):
    sig_progress = Signal(str)
    sig_done = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.result: Any = None
        self.error: BaseException | None = None
        self.sig_done.connect(self._done)
        self.sig_failed.connect(self._failed)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self.result = result
        self.loop.quit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.error = error
        self.loop.quit()


def run_with_progress(parent: QWidget | None, title: str, work: Callable[[Callable[[str], None]], Any]) -> Any:
    """Run `work(progress)` on a worker thread; show its progress lines; return its result or raise."""
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    outcome = _Outcome(loop)
    outcome.sig_progress.connect(dialog.setLabelText)

    def run() -> None:  # on the worker thread: only emits
        try:
            result = work(outcome.sig_progress.emit)
        except BaseException as error:  # noqa: BLE001 (handed to the UI thread, which shows it)
            outcome.sig_failed.emit(error)
        else:
            outcome.sig_done.emit(result)

    worker = threading.Thread(target=run, name=f"task: {title}", daemon=True)
    dialog.show()
    worker.start()
    loop.exec()
    worker.join()
    dialog.close()
    if outcome.error is not None:
        raise outcome.error
    return outcome.result


BUSY_AFTER_MS = 300  # work that takes longer than this shows that it is working


class Runner(QObject):
    """One piece of work at a time on a worker thread; its result comes back on the UI thread.

    `run(work, done, failed)` calls `work()` on a worker thread, then `done(result)` or
    `failed(error)` on the UI thread. While work runs, a further `run` is refused (returns
    False): a second Enter books once. With `latest=True` it waits instead, replacing any
    request already waiting: only the newest search or customer is loaded after the current.
    `sig_busy(True)` comes when work has run BUSY_AFTER_MS, `sig_busy(False)` when it ends.
    """

    sig_busy = Signal(bool)
    _sig_finished = Signal(object, object, object)  # done, failed, (result, error)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._waiting: tuple | None = None
        self._busy_shown = False
        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.setInterval(BUSY_AFTER_MS)
        self._busy.timeout.connect(self._show_busy)
        self._sig_finished.connect(self._finished)  # a method of this UI-thread object: queued

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None], *, latest: bool = False) -> bool:
        if self.running:
            if latest:
                self._waiting = (work, done, failed)
            return latest
        self.running = True
        if not self._busy_shown:
            self._busy.start()

        def on_worker() -> None:  # touches no widget, only emits
            try:
                outcome = (work(), None)
            except BaseException as error:  # noqa: BLE001 (handed to the UI thread, which shows it)
                outcome = (None, error)
            self._sig_finished.emit(done, failed, outcome)

        threading.Thread(target=on_worker, name="counter task", daemon=True).start()
        return True

    @Slot()
    def _show_busy(self) -> None:
        self._busy_shown = True
        self.sig_busy.emit(True)

    @Slot(object, object, object)
    def _finished(self, done, failed, outcome) -> None:
        self.running = False
        self._busy.stop()
        if self._busy_shown and self._waiting is None:
            self._busy_shown = False
            self.sig_busy.emit(False)
        result, error = outcome
        if error is None:
            done(result)
        else:
            failed(error)
        if self._waiting is not None and not self.running:
            work, done, failed = self._waiting
            self._waiting = None
            self.run(work, done, failed)
