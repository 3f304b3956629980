"""Shop -> Customer display: open or close the customer's screen, on the screen this PC
remembers (asked once when there are several), and choose that screen again."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.services.database import Database
from desktop.ui.counter.open_customer import OpenCustomer
from desktop.ui.customer_display.window import CustomerDisplay
from desktop.ui.formatting import Formats
from desktop.ui.pc_settings import CUSTOMER_DISPLAY_SCREEN


class DisplayControl(QObject):
    def __init__(self, db: Database, formats: Formats, state: OpenCustomer, parent: QWidget) -> None:
        super().__init__(parent)
        self.db, self.formats, self.state, self.window_parent = db, formats, state, parent
        self.display: CustomerDisplay | None = None

    def toggle(self) -> None:
        if self.display is not None and self.display.isVisible():
            self.display.close()
            return
        screen = CUSTOMER_DISPLAY_SCREEN.get(QSettings())
        if screen not in [s.name() for s in QGuiApplication.screens()]:
            screen = self.choose_screen(open_it=False)
            if screen is None:
                return
        self._open(screen)

    def choose_screen(self, open_it: bool = True) -> str | None:
        """Ask which screen faces the customer (the only one is taken without asking)."""
        names = [s.name() for s in QGuiApplication.screens()]
        if len(names) == 1:
            chosen = names[0]
        else:
            primary = QGuiApplication.primaryScreen().name()
            default = next((i for i, n in enumerate(names) if n != primary), 0)
            chosen, ok = QInputDialog.getItem(self.window_parent, self.tr("Customer display"),
                                              self.tr("The screen that faces the customer:"), names, default, False)
            if not ok:
                return None
        CUSTOMER_DISPLAY_SCREEN.put(QSettings(), chosen)
        if open_it:
            self._open(chosen)
        return chosen

    def _open(self, screen: str) -> None:
        if self.display is None:
            self.display = CustomerDisplay(self.db, self.formats, self.window_parent)
            self.display.follow(self.state)
        self.display.show_open()
        self.display.show_on(screen)

    def close(self) -> None:
        if self.display is not None:
            self.display.close()
