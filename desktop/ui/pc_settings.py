"""What each counter PC remembers for itself, in Qt's QSettings (the registry on Windows, a
file under ~/.config on Linux): one typed table of every key, so no screen spells a key or
its default on its own. The shop's own settings (the programme) live in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings, QSysInfo

from desktop.core.rhythm import MIN_VISITS, OVERDUE_FACTOR

T = TypeVar("T", str, float, int, bool)


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T

    def get(self, settings: QSettings) -> T:
        """The stored value, or the default when there is none or it cannot be read as one
        (Qt's own conversion would turn a hand-edited "soon" into 0 minutes)."""
        stored = settings.value(self.name, self.default)
        kind = type(self.default)
        if isinstance(stored, kind):
            return stored
        if kind is bool:
            return {"true": True, "false": False}.get(str(stored).lower(), self.default)
        try:
            return kind(stored)
        except (TypeError, ValueError):
            return self.default

    def put(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.name, value)

    def forget(self, settings: QSettings) -> None:
        settings.remove(self.name)


LANGUAGE = Key("ui/language", "")  # "en" / "nl"; empty: follow the system
LOCK_AFTER_MINUTES = Key("ui/lock_after_minutes", 5.0)  # the owner sets it in Settings
COUNTER_NAME = Key("counter/name", "")  # recorded with every booking made here; empty: the computer's name
REMEMBERED_SIGN_IN = Key("startup/remembered", "")  # JSON: the database, shop name and who can sign in
# chosen in Shop -> Database... (never with a password); empty: the data folder's file
DATABASE = Key("database/url", "")
PREVIOUS_DATABASE = Key("database/previous_url", "")  # the one before the last choice: the way back
DAILY_BACKUP_HERE = Key("backup/daily_here", False)  # the owner chose this PC for the daily backup
BACKUPS_KEPT = Key("backup/keep", 14)  # how many daily backups stay in the data folder's backups/
RECEIPT_PRINTER = Key("printing/receipt_printer", "")  # Qt's name of the slip printer; empty: ask each time
ESCPOS_PRINTER = Key("printing/escpos", "")  # usb:VENDOR:PRODUCT, tcp:HOST[:PORT], serial:DEVICE; empty: none
CUSTOMER_DISPLAY_SCREEN = Key("customer_display/screen", "")  # the screen's name; empty: not chosen yet
LAST_EXPIRY = Key("expiry/last_run", "")  # "url|day" of the last automatic expiry run on this PC
CALL_LIST_FACTOR = Key("call_list/factor", OVERDUE_FACTOR)  # overdue after this many usual gaps
CALL_LIST_VISITS = Key("call_list/visits", MIN_VISITS)  # visits a year before a customer has a rhythm


def window_geometry(window: str) -> Key[str]:
    """A window's size and place on this PC (Qt's saveGeometry, base64), by its class name."""
    return Key(f"windows/{window}", "")


def counter_name(settings: QSettings) -> str:
    """This PC's name as a counter: set in Settings, else the computer's network name."""
    return (COUNTER_NAME.get(settings) or QSysInfo.machineHostName())[:64]
