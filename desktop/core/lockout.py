"""Blocking a staff member for a while after too many wrong PINs in a row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class PinLockout:
    max_failures: int = 5
    block_for: timedelta = timedelta(minutes=5)
    _failures: dict[int, int] = field(default_factory=dict)
    _blocked_until: dict[int, datetime] = field(default_factory=dict)

    def blocked_until(self, staff_id: int, now: datetime) -> datetime | None:
        until = self._blocked_until.get(staff_id)
        return until if until is not None and until > now else None

    def failed(self, staff_id: int, now: datetime) -> None:
        count = self._failures.get(staff_id, 0) + 1
        if count >= self.max_failures:
            self._blocked_until[staff_id] = now + self.block_for
            count = 0
        self._failures[staff_id] = count

    def succeeded(self, staff_id: int) -> None:
        self._failures.pop(staff_id, None)
        self._blocked_until.pop(staff_id, None)
