"""Errors that carry a message meant for a person, never a traceback.

A message is an English template with named placeholders and its values apart, e.g.
``ConflictError("Only {left} seats are left.", left=3)``: the command line prints it
filled in, the desktop app translates the template first. Templates must be string
literals where the error is raised, so the translation tooling can find them.
"""

from __future__ import annotations

from typing import Any


class LoyaltyError(Exception):
    """Base for every error the app shows to a user as one clear sentence."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params) if params else template
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class ValidationError(LoyaltyError):
    """Bad input; `field` names the input it belongs to so the UI can show it beside it."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class NotFoundError(LoyaltyError):
    """A card number, code or id that does not exist."""


class ReplacedCard(NotFoundError):
    """A lost card that was replaced: blocked. Its values say by which card and on which
    day (`card`, `new_card`, `day`), and `customer_id` whose card it was."""

    @property
    def customer_id(self) -> int:
        return int(self.params["customer_id"])


class ConflictError(LoyaltyError):
    """The action is not possible in the current state (not enough points, already used, ...)."""


class PermissionDenied(LoyaltyError):
    """The signed-in staff member may not do this."""
