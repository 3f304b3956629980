"""Every window and dialog fits the screen it opens on, and remembers its size on this PC.

A shop's screen may be 1366x768 with a taskbar taking 40 px: a window that opens at the
screen's full size has its status bar (or its Print button) below the taskbar. WindowFit,
installed on the application, sees every window as it is shown: it gives it back the size
and place it had last time on this PC, then makes it fit the screen's available area
(without the taskbar), title bar included. When a window closes, its size is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.ui import pc_settings

TITLE_BAR_GUESS = 40  # before a window manager has framed it, a window's frame is unknown
_NOT_REMEMBERED = (QMessageBox, QProgressDialog, QFileDialog)  # sized by what they say, each time


def fit(window: QWidget) -> None:
    """Shrink and move `window` so that it, with its frame, lies inside its screen's available area."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area: QRect = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    if extra_h <= 0 and QApplication.platformName() not in ("offscreen", "minimal"):
        extra_w, extra_h = 0, TITLE_BAR_GUESS
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.setMinimumSize(min(window.minimumWidth(), width), min(window.minimumHeight(), height))
        window.resize(width, height)
    x = max(area.left(), min(window.x(), area.right() + 1 - width - extra_w))
    y = max(area.top(), min(window.y(), area.bottom() + 1 - height - extra_h))
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


class WindowFit(QObject):
    """Fits each window as it is shown and remembers its size per PC (see the module's text)."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def install(self, app: QApplication) -> None:
        """Watch every window until the app quits; at the quit, remember the open ones."""
        app.installEventFilter(self)

        def quitting() -> None:
            app.removeEventFilter(self)  # nothing Python-side runs while Qt tears windows down
            for window in app.topLevelWidgets():
                if self._watched(window) and window.isVisible():
                    self._remember(window)

        app.aboutToQuit.connect(quitting)

    @staticmethod
    def _watched(watched: QObject) -> bool:
        """A window or dialog of its own (the dashboard and the reports screen too), never a
        menu, tooltip or a combo box's list."""
        return (isinstance(watched, QWidget) and watched.isWindow()
                and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and self._watched(watched):
            self._restore(watched)
            fit(watched)
            QTimer.singleShot(150, lambda w=watched: _fit_if_alive(w))  # again, once the frame is known
        elif kind in (QEvent.Type.Hide, QEvent.Type.Close) and self._watched(watched):
            self._remember(watched)
        return False

    def _key(self, window: QWidget) -> pc_settings.Key[str] | None:
        if isinstance(window, _NOT_REMEMBERED):
            return None
        return pc_settings.window_geometry(type(window).__name__)

    def _restore(self, window: QWidget) -> None:
        key = self._key(window)
        stored = key.get(self.settings) if key else ""
        if stored and not window.property("loyaltyRestored"):
            window.setProperty("loyaltyRestored", True)  # once: a dialog shown again keeps its place
            window.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))

    def _remember(self, window: QWidget) -> None:
        key = self._key(window)
        if key:
            key.put(self.settings, bytes(window.saveGeometry().toBase64()).decode("ascii"))


def _fit_if_alive(window: QWidget) -> None:
    try:
        if window.isVisible():
            fit(window)
    except RuntimeError:  # closed and deleted meanwhile
        pass
