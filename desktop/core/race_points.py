"""Named points inside the services where a race between two counters can happen.

A service calls `reached("lots read")` right after it has read what another counter could
change at the same moment. Nothing happens in the product; a concurrency test installs a
pause there (`pause_at`) to widen the race window and prove the row locks hold. Named points
stay put when a query is reworded, so the test cannot silently stop widening the race.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

LOTS_READ = "lots read"  # points.open_lots: the customer's spendable lots were read
REWARD_READ = "reward read"  # redemptions: the reward's stock or seats were read

_hooks: dict[str, Callable[[], None]] = {}


def reached(name: str) -> None:
    hook = _hooks.get(name)
    if hook is not None:
        hook()


@contextmanager
def pause_at(name: str, hook: Callable[[], None]) -> Iterator[None]:
    """Run `hook` whenever a service of this process reaches `name`, inside the block (tests only)."""
    _hooks[name] = hook
    try:
        yield
    finally:
        del _hooks[name]
