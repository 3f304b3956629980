"""Loyalty card numbers: EAN-13 in the in-store range, so every scanner reads them.

A card number is 13 digits: the prefix "29" (GS1's range for numbers a shop assigns
itself), ten digits that identify the card, and the EAN-13 check digit, which catches
every single mistyped digit and most swapped neighbours.
"""

from __future__ import annotations

import random

from desktop.core.errors import ValidationError

PREFIX = "29"
LENGTH = 13


def check_digit(first12: str) -> str:
    """The EAN-13 check digit of twelve digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def is_valid(card: str) -> bool:
    return len(card) == LENGTH and card.isascii() and card.isdigit() and check_digit(card[:12]) == card[12]


def is_ours(card: str) -> bool:
    """A valid card number in our range: what a scanned card of this shop looks like."""
    return card.startswith(PREFIX) and is_valid(card)


def normalise(text: str) -> str:
    """Strip the spaces and dashes people (and some scanners) put in a card number."""
    return "".join(ch for ch in (text or "") if ch not in " -\t")


def validate(text: str, *, field: str = "card") -> str:
    """Return the normalised card number or raise a ValidationError that says what is wrong."""
    card = normalise(text)
    if not card:
        raise ValidationError(field, "Enter or scan a card number.")
    if not (card.isascii() and card.isdigit()):
        raise ValidationError(field, "'{text}' is not a card number: it must be digits only.", text=text)
    if len(card) != LENGTH:
        raise ValidationError(field, "A card number has {digits} digits; '{card}' has {length}.",
                              digits=LENGTH, card=card, length=len(card))
    if not is_valid(card):
        raise ValidationError(field, "'{card}' is not a valid card number: a digit is mistyped.", card=card)
    if not card.startswith(PREFIX):  # a product's barcode, or another shop's card
        raise ValidationError(field, "'{card}' is not one of this shop's cards: they start with {prefix}.",
                              card=card, prefix=PREFIX)
    return card


def new_card_number(rng: random.Random | random.SystemRandom) -> str:
    """A fresh card number; the caller makes sure it is not taken yet."""
    body = PREFIX + f"{rng.randrange(10**10):010d}"
    return body + check_digit(body)
