"""Errors that carry a message meant for a person, never a traceback."""

from __future__ import annotations


class LoyaltyError(Exception):
    """Base for every error the app shows to a user as one clear sentence."""


class ValidationError(LoyaltyError):
    """Bad input; `field` names the input it belongs to so the UI can show it beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class NotFoundError(LoyaltyError):
    """A card number, code or id that does not exist."""


class ConflictError(LoyaltyError):
    """The action is not possible in the current state (not enough points, already used, ...)."""


class PermissionDenied(LoyaltyError):
    """The signed-in staff member may not do this."""
