"""Long work off the UI thread: a plain function runs on a worker thread while a progress
dialog keeps the window alive; results and errors come back by signal.

The signals and their receivers are QObjects made in the UI thread, so every emit from the
worker is queued to the UI thread; the worker touches no widget. (An earlier version used
QRunnable on the global pool with lambdas as receivers and crashed now and then when the
pool deleted the finished job while its signals were still being delivered.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
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
