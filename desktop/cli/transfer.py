"""Filled in by its own change."""


def register(commands) -> None:
    """Adds no commands yet."""
