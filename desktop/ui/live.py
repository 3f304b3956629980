"""Live figures across counters: a watcher thread that turns other counters' changes into a signal.

The waiting (LISTEN on PostgreSQL, `PRAGMA data_version` on SQLite, see
desktop/storage/changes.py) happens on a thread of its own and never on the UI thread;
the open customer, the search list and the dashboard follow `sig_changed`. A lost server
is retried every few seconds in silence: the counter's own calls say what is wrong.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
WAIT_S = 0.3  # the longest a change waits before the screens hear of it
RETRY_S = 5.0


class LiveChanges(QObject):
    """Emits sig_changed(frozenset of customer ids, or None for "any customer") from the UI thread."""

    sig_changed = Signal(object)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._watch, name="live changes", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def _watch(self) -> None:  # on the watcher thread: touches no widget, only emits
        from desktop.services.database import ChangeFeed

        while not self._stop.is_set():
            try:
                feed = ChangeFeed(self.url)
            except Exception as error:  # noqa: BLE001 (no server yet: try again later)
                log.warning("live changes: cannot connect (%s); trying again", type(error).__name__)
                self._stop.wait(RETRY_S)
                continue
            try:
                while not self._stop.is_set():
                    found = feed.wait(WAIT_S)
                    if found:
                        everyone = any(change is None for change in found)
                        self.sig_changed.emit(None if everyone else frozenset().union(*found))
            except Exception as error:  # noqa: BLE001 (the connection was lost: start again)
                log.warning("live changes: connection lost (%s); reconnecting", type(error).__name__)
                self._stop.wait(RETRY_S)
            finally:
                feed.close()


def concerns(changed: frozenset[int] | None, customer_id: int | None) -> bool:
    """Whether a change may concern this customer."""
    return customer_id is not None and (changed is None or customer_id in changed)


class _Follower(QObject):
    """A child of the screen it refreshes, so it (and its connection) goes when the screen goes."""

    def __init__(self, live: LiveChanges, screen: QWidget, refresh: Callable[[], None], pause_ms: int) -> None:
        super().__init__(screen)
        self._screen, self._refresh = screen, refresh
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self._due)
        live.sig_changed.connect(self._changed)

    @Slot(object)
    def _changed(self, _changed: object) -> None:
        if not self._pause.isActive():
            self._pause.start()

    @Slot()
    def _due(self) -> None:
        if self._screen.isVisible():
            self._refresh()


def refresh_when_visible(live: LiveChanges, screen: QWidget, refresh: Callable[[], None], *,
                         pause_ms: int = 2000) -> None:
    """Refresh a screen of figures (the dashboard) after other counters' changes while it is
    shown, at most once per `pause_ms`: a busy shop books every few seconds."""
    _Follower(live, screen, refresh, pause_ms)
