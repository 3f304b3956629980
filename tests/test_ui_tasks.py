"""The one task runner (desktop/ui/tasks.py): outcome, progress, cancel, one at a time."""

import gc
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.ui import tasks


def _outcome(runner: tasks.Runner, work) -> dict:
    seen: dict = {}
    assert runner.run(work, lambda result: seen.update(result=result), lambda error: seen.update(error=error))
    return seen


def test_the_result_and_the_error_come_back_on_the_ui_thread(qtbot):
    runner = tasks.Runner()
    ui_thread = threading.current_thread()
    workers, delivered = [], []

    def work():
        workers.append(threading.current_thread())
        return 42

    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        assert runner.run(work, lambda result: delivered.append((result, threading.current_thread())), print)
    assert workers[0] is not ui_thread and delivered == [(42, ui_thread)]
    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        seen = _outcome(runner, lambda: 1 / 0)
    assert isinstance(seen["error"], ZeroDivisionError) and "result" not in seen


def test_progress_lines_reach_the_ui_in_order(qtbot):
    runner = tasks.Runner()
    lines = []
    runner.sig_progress.connect(lines.append)

    def work():
        for page in range(1, 4):
            tasks.progress(f"{page} / 3")
        return "made"

    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        seen = _outcome(runner, work)
    assert lines == ["1 / 3", "2 / 3", "3 / 3"] and seen == {"result": "made"}


def test_cancel_stops_the_work_at_its_next_progress_and_delivers_nothing(qtbot):
    runner = tasks.Runner()
    started, go_on, reached = threading.Event(), threading.Event(), []

    def work():
        tasks.progress("first page")
        started.set()
        go_on.wait(10)
        tasks.progress("second page")  # raises Cancelled: the rest never runs
        reached.append("the end")
        return "made"

    seen = _outcome(runner, work)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    runner.cancel()
    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        go_on.set()
    assert seen == {} and reached == [] and not runner.running


def test_one_piece_of_work_at_a_time_and_only_the_latest_waits(qtbot):
    runner = tasks.Runner()
    release, results = threading.Event(), []
    assert runner.run(lambda: release.wait(10) and "first", results.append, print)
    assert not runner.run(lambda: "refused", results.append, print)  # a second Enter books once
    assert runner.run(lambda: "overtaken", results.append, print, latest=True)
    assert runner.run(lambda: "newest", results.append, print, latest=True)
    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        release.set()
    assert results == ["first", "newest"]


def test_slow_work_shows_the_dialog_after_a_moment_and_its_cancel_button_cancels(qtbot):
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.show()
    dialog = tasks.ProgressDialog(screen)
    started, go_on, seen = threading.Event(), threading.Event(), []

    def work():
        started.set()
        go_on.wait(10)
        tasks.progress("never shown")
        return "made"

    assert dialog.run("Making labels", work, seen.append, seen.append)
    assert not dialog.isVisible()  # quick work never flashes a dialog
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)  # after BUSY_AFTER_MS
    assert dialog.labelText() == "Making labels"
    assert not dialog.run("Again", lambda: "twice", seen.append, seen.append)  # one at a time per screen
    dialog.findChild(QPushButton).click()  # Cancel
    with qtbot.waitSignal(dialog.runner.sig_finished, timeout=10_000):
        go_on.set()
    assert seen == [] and not dialog.isVisible()


def test_work_that_cannot_stop_keeps_its_dialog_until_it_ends(qtbot):
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.show()
    dialog = tasks.ProgressDialog(screen)
    go_on, seen = threading.Event(), []
    assert dialog.run("Putting the backup back", lambda: go_on.wait(10) and "back", seen.append, seen.append,
                      cancellable=False)
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    assert dialog.findChild(QPushButton) is None  # no Cancel button
    dialog.close()  # the window's close button
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.runner.sig_finished, timeout=10_000):
        go_on.set()
    assert seen == ["back"] and not dialog.isVisible()


def test_garbage_is_collected_on_the_ui_thread_only(qtbot, qapp):
    freed_in: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_in.append(threading.current_thread().name)

    was_enabled = gc.isenabled()
    collector = tasks.UiThreadGarbage(qapp, interval_ms=20)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: [Cycle() for _ in range(2_000)], name="task")
        worker.start()  # far past the threshold at which Python would collect, there and then
        worker.join()
        assert freed_in == []
        qtbot.waitUntil(lambda: len(freed_in) == 2_000, timeout=5_000)
        assert set(freed_in) == {threading.main_thread().name}
    finally:
        collector.deleteLater()
        if was_enabled:
            gc.enable()


def test_the_suite_collects_garbage_as_the_app_does(qapp):
    """Tests run with the app's collector (conftest), so a worker thread never frees a Qt object."""
    assert not gc.isenabled()
