"""The rows the services hand to the screens, for their type hints: the screens read them and
give them back to services, and never change them or look up others themselves."""

from desktop.storage.models import Customer, Reward

__all__ = ["Customer", "Reward"]
