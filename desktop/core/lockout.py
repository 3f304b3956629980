"""Blocking a staff member for a while after too many wrong PINs in a row.

The rule only: the count and the end of the block are kept on the staff member's row in
the database (services/staff.py), so every counter PC and the command line share them and
restarting the app does not lift a block.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class PinLockout:
    max_failures: int = 5
    block_for: timedelta = timedelta(minutes=5)

    @staticmethod
    def blocked_until(locked_until: datetime | None, now: datetime) -> datetime | None:
        return locked_until if locked_until is not None and locked_until > now else None

    def after_failure(self, failures: int, now: datetime) -> tuple[int, datetime | None]:
        """(wrong PINs in a row now, the end of the block it starts or None)."""
        count = failures + 1
        if count >= self.max_failures:
            return 0, now + self.block_for
        return count, None


LOCKOUT = PinLockout()
