"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 dropped a reference to None at each Qt call that returns
nothing and to True at each signal emitted; after a few thousand the process died with
"Fatal Python error: none_dealloc" (a counter running all day). pyproject.toml keeps 3.11 on
6.11; this fails on a binding that has the fault again. (On 3.12+ these objects are
immortal and their counts never fall.)
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 300


class _Emitter(QObject):
    sig_done = Signal()


def test_a_qt_call_that_returns_nothing_keeps_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("12,50")
    assert sys.getrefcount(None) > before - CALLS // 10


def test_an_emitted_signal_keeps_true_alive(qtbot):
    emitter = _Emitter()
    heard = []
    emitter.sig_done.connect(lambda: heard.append(1))
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.sig_done.emit()
    assert len(heard) == CALLS
    assert sys.getrefcount(True) > before - CALLS // 10
