"""Work off the UI thread, one way for all of it: `Runner`.

A piece of work is a plain function. It runs on a worker thread (the database may wait on a
lock or a slow server, a document may take seconds); its result or its error comes back by
signal to the UI thread, where `done(result)` or `failed(error)` is called. Work that takes
long reports how far it got with `progress("12 / 40")`, which also is where it stops when
the person cancels (`Runner.cancel()`: `progress` raises `Cancelled` on the worker thread,
and neither `done` nor `failed` is called). Work that never calls `progress` cannot be
stopped half-way; cancelling it only drops its result.

One runner runs one piece of work at a time: while it runs, a further `run` is refused (a
second Enter books once), or with `latest=True` waits, replacing any request already waiting
(only the newest search or period is loaded after the current one). `sig_busy(True)` comes
when work has run BUSY_AFTER_MS, `sig_busy(False)` when it ends; `ProgressDialog` shows a
runner's work in a window-modal dialog from then on, with its progress and a Cancel button.

The signals and their receivers are QObjects made in the UI thread, so every emit from the
worker is queued to the UI thread; the worker touches no widget. (An earlier version used
QRunnable on the global pool with lambdas as receivers and crashed now and then when the
pool deleted the finished job while its signals were still being delivered.) Worker threads
are daemons: a server that never answers cannot keep the app from closing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

BUSY_AFTER_MS = 300  # work that takes longer than this shows that it is working


class Cancelled(Exception):  # noqa: N818 (an outcome, not an error)
    """Raised by `progress` on the worker thread once the person cancelled the work."""


class _Job:
    def __init__(self, work: Callable[[], Any], done: Callable[[Any], None],
                 failed: Callable[[BaseException], None]) -> None:
        self.work, self.done, self.failed = work, done, failed
        self.cancelled = threading.Event()
        self.report: Callable[[str], None] = lambda text: None


_current = threading.local()  # the job of this worker thread, for progress()


def progress(text: str) -> None:
    """On a worker thread: say how far the work got; raises Cancelled once it was cancelled."""
    job: _Job | None = getattr(_current, "job", None)
    if job is None:
        return  # called outside a runner (a test, the command line): nothing to show
    if job.cancelled.is_set():
        raise Cancelled
    job.report(text)


class Runner(QObject):
    """Runs one piece of work at a time on a worker thread; its outcome comes back on the UI thread."""

    sig_busy = Signal(bool)
    sig_progress = Signal(str)
    sig_finished = Signal()  # after done, failed or a cancel, when nothing waits
    _sig_progress = Signal(object, str)  # job, text (from the worker)
    _sig_ended = Signal(object, object, object)  # job, result, error (from the worker)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: _Job | None = None
        self._waiting: _Job | None = None
        self._busy_shown = False
        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.setInterval(BUSY_AFTER_MS)
        self._busy.timeout.connect(self._show_busy)
        self._sig_progress.connect(self._progressed)  # methods of this UI-thread object: queued
        self._sig_ended.connect(self._ended)

    @property
    def running(self) -> bool:
        return self._job is not None

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None], *, latest: bool = False) -> bool:
        """Start `work()`; False when other work runs (with `latest`, it waits instead: True)."""
        job = _Job(work, done, failed)
        if self._job is not None:
            if latest:
                self._waiting = job
            return latest
        self._start(job)
        return True

    def wait(self) -> None:
        """Until the work has ended, keeping the windows painted but taking no input: only for the
        app's start, whose next step depends on it and which has no window to go back to yet."""
        if self._job is not None:
            loop = QEventLoop()
            self.sig_finished.connect(loop.quit)
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def cancel(self) -> None:
        """Stop the running work at its next `progress` and forget what waits."""
        self._waiting = None
        if self._job is not None:
            self._job.cancelled.set()

    def _start(self, job: _Job) -> None:
        self._job = job
        job.report = lambda text: self._sig_progress.emit(job, text)  # from the worker: queued
        if not self._busy_shown:
            self._busy.start()

        def on_worker() -> None:  # touches no widget, only emits
            _current.job = job
            try:
                result, error = job.work(), None
            except BaseException as raised:  # noqa: BLE001 (handed to the UI thread, which shows it)
                result, error = None, raised
            finally:
                _current.job = None
            try:
                self._sig_ended.emit(job, result, error)
            except RuntimeError:  # the window that ran it was closed meanwhile: nobody waits for it
                pass

        threading.Thread(target=on_worker, name="task", daemon=True).start()

    @Slot()
    def _show_busy(self) -> None:
        self._busy_shown = True
        self.sig_busy.emit(True)

    @Slot(object, str)
    def _progressed(self, job: _Job, text: str) -> None:
        if job is self._job and not job.cancelled.is_set():
            self.sig_progress.emit(text)

    @Slot(object, object, object)
    def _ended(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._job = None
        self._busy.stop()
        if self._busy_shown and self._waiting is None:
            self._busy_shown = False
            self.sig_busy.emit(False)
        if not job.cancelled.is_set() and not isinstance(error, Cancelled):
            if error is None:
                job.done(result)
            else:
                job.failed(error)
        if self._waiting is not None and self._job is None:
            waiting, self._waiting = self._waiting, None
            self._start(waiting)
        elif self._job is None:
            self.sig_finished.emit()


class UiThreadGarbage(QObject):
    """Python's cycle collector runs in whichever thread happens to allocate; a Qt object it
    frees from a worker thread crashes the app (seen: a segfault in a new customer's save,
    collecting earlier forms' garbage). Automatic collection is switched off for the app's
    life and the UI thread collects on a timer, generation by generation as Python would."""

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    @Slot()
    def collect(self) -> None:
        """Collect the generations past their thresholds (the timer's work; tests call it between tests)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in range(3):
            if counts[generation] <= thresholds[generation]:
                break
            gc.collect(generation)


class ProgressDialog(QProgressDialog):
    """Work of a screen behind a window-modal dialog, on a runner of its own: the dialog shows once
    the work has taken BUSY_AFTER_MS, with the work's progress lines and (unless the work cannot
    stop half-way) a Cancel button, and closes when the work ends."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.runner = Runner(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)  # the title says what is made; a narrow dialog cut it short
        self.setRange(0, 0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.reset()  # stops the timer that would show the dialog on its own after four seconds
        self.hide()
        self.runner.sig_busy.connect(self._busy)
        self.runner.sig_progress.connect(self.setLabelText)
        self.canceled.connect(self._cancel)
        self._cancellable = True

    def run(self, title: str, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None], *, cancellable: bool = True, latest: bool = False) -> bool:
        """Run `work` as Runner.run does: False while other work of this screen runs, unless
        `latest` (a list read again for other choices), which cancels that work and follows it."""
        if self.runner.running:
            if not latest:
                return False
            if not self._cancellable:  # it ends first; what follows it waits
                return self.runner.run(work, done, failed, latest=True)
            self.runner.cancel()
        self._cancellable = cancellable
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setCancelButtonText(self.tr("Cancel") if cancellable else None)  # None: no button
        return self.runner.run(work, done, failed, latest=latest)

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        if busy:
            self.show()
        else:
            self.hide()

    @Slot()
    def _cancel(self) -> None:  # the Cancel button, or closing the dialog
        if self._cancellable:
            self.runner.cancel()

    def _must_stay(self) -> bool:
        return not self._cancellable and self.runner.running  # work that cannot stop stays in sight

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._must_stay():
            event.ignore()
        else:
            super().closeEvent(event)

    def reject(self) -> None:  # Escape
        if self._must_stay():
            return
        if self._cancellable:
            self.runner.cancel()
        super().reject()
