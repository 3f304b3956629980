"""Who runs a command that changes data: a staff member with their PIN, as at the counter.

The name comes from `--as NAME` or $LOYALTY_STAFF; the PIN from $LOYALTY_PIN (for a
scheduled script) or, at a terminal, asked without echo. A wrong PIN counts towards the
same lockout as the app's sign-in, and the audit records that person's staff id.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.cli.lazy import lazy
from desktop.core import errors

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.storage.engine import Database

staff = lazy("desktop.services.staff")

STAFF_VARIABLE, PIN_VARIABLE = "LOYALTY_STAFF", "LOYALTY_PIN"


class IdentityNeeded(Exception):
    """The command changes data and nobody said who they are: a usage error (exit 2)."""


def sign_in(db: Database, name: str | None) -> Actor:
    """The staff member named (`--as`, else $LOYALTY_STAFF), signed in with their PIN."""
    name = (name or os.environ.get(STAFF_VARIABLE, "")).strip()
    if not name:
        raise IdentityNeeded(f"this command changes data: say who you are with --as NAME (your PIN is asked), "
                             f"or set {STAFF_VARIABLE} and {PIN_VARIABLE} for a scheduled script")
    member = staff.staff_named(db, name)
    return staff.sign_in(db, member.id, _pin(member.name))


def _pin(name: str) -> str:
    return _typed(name, "PIN", lambda: getpass.getpass(f"PIN for {name}: "))


def new_pin(name: str) -> str:
    """A new PIN for `name`: $LOYALTY_PIN, or typed twice at the terminal without echo."""
    def twice() -> str:
        first = getpass.getpass(f"New PIN for {name} (6 to 8 digits): ")
        if getpass.getpass("The same PIN again: ") != first:
            raise errors.ValidationError("pin", "The two PINs are not the same.")
        return first
    return _typed(name, "new PIN", twice)


def _typed(name: str, what: str, ask: Callable[[], str]) -> str:
    """$LOYALTY_PIN when set (a scheduled script), else `ask` at a terminal without echo."""
    pin = os.environ.get(PIN_VARIABLE)
    if pin is not None:
        return pin
    if sys.stdin is None or not sys.stdin.isatty():
        raise IdentityNeeded(f"there is no terminal to ask {name}'s {what}: run the command at a terminal, "
                             f"or set {PIN_VARIABLE} for a scheduled script")
    try:
        return ask()
    except EOFError:
        raise IdentityNeeded(f"no PIN was typed for {name}") from None
