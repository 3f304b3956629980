"""Long work off the UI thread: a plain function runs on the thread pool while a progress
dialog keeps the window alive; results and errors come back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    sig_progress = Signal(str)
    sig_done = Signal(object)
    sig_failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[str], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:  # on a pool thread: touches no widget, only emits
        try:
            result = self.work(self.signals.sig_progress.emit)
        except BaseException as error:  # noqa: BLE001 (handed to the UI thread, which shows it)
            self.signals.sig_failed.emit(error)
        else:
            self.signals.sig_done.emit(result)


def run_with_progress(parent: QWidget | None, title: str, work: Callable[[Callable[[str], None]], Any]) -> Any:
    """Run `work(progress)` on the thread pool; show its progress lines; return its result or raise."""
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    job = _Job(work)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    job.signals.sig_progress.connect(dialog.setLabelText)
    job.signals.sig_done.connect(lambda result: (outcome.update(result=result), loop.quit()))
    job.signals.sig_failed.connect(lambda error: (outcome.update(error=error), loop.quit()))
    dialog.show()
    QThreadPool.globalInstance().start(job)
    loop.exec()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
