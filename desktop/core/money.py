"""Money is integer cents; this module turns what a person types into cents and back."""

from __future__ import annotations

import re

from desktop.core.errors import ValidationError

# Accepts 12 | 12,5 | 12,50 | 12.50 | 1.234,50 | 1,234.50 | 1 234,50 | € 12,50. Thousands
# separators only in groups of three and all the same one, so that "1.2345" or
# "1,234.567,00" is refused rather than guessed.
_AMOUNT = re.compile(
    r"""^(?P<int>\d{1,3}(?:(?P<sep>[.,\s'])\d{3})(?:(?P=sep)\d{3})*|\d+)(?:(?P<dec>[.,])(?P<frac>\d{1,2}))?$""",
    re.ASCII,
)
MAX_EUROS_DIGITS = 9  # up to € 999.999.999: anything longer is a slip of the finger


def parse_amount(text: str, *, field: str = "amount", max_cents: int | None = None) -> int:
    """Parse a typed amount of euros into cents; `12,50` and `12.50` both give 1250.

    Refuses negative, non-numeric, non-finite and absurd values with a ValidationError
    that names the field, so the caller can show it beside the input.
    """
    cleaned = (text or "").strip().replace("€", "").replace("EUR", "").strip()
    if not cleaned:
        raise ValidationError(field, "Enter an amount, for example 12,50.")
    if cleaned.startswith("-"):
        raise ValidationError(field, "The amount cannot be negative.")
    match = _AMOUNT.match(cleaned)
    if not match:
        raise ValidationError(field, "'{text}' is not an amount; type it like 12,50 or 12.50.", text=text.strip())
    integer, sep, dec, frac = match["int"], match["sep"], match["dec"], match["frac"]
    if sep and dec and sep == dec:
        raise ValidationError(field, "'{text}' is not an amount; type it like 12,50 or 12.50.", text=text.strip())
    if sep in (".", ",") and not dec:
        # "1.234" is 1234 euros to one person and a typo for 1,23 to another: ask.
        raise ValidationError(field, "'{text}' is unclear; type it without a thousands separator, like 1234,00.",
                              text=text.strip())
    digits = re.sub(r"\D", "", integer)
    if len(digits.lstrip("0")) > MAX_EUROS_DIGITS:
        raise ValidationError(field, "'{text}' is far too large for an amount.", text=text.strip()[:20])
    cents = int(digits) * 100 + int((frac or "0").ljust(2, "0"))
    if max_cents is not None and cents > max_cents:
        raise ValidationError(
            field, "{amount} is more than the maximum of {maximum}.",
            amount=Amount(cents), maximum=Amount(max_cents)
        )
    return cents


class Amount(int):
    """Cents given as a value of an error's message: the command line writes it as
    `format_cents` does, the app in the style of the language it shows."""

    def __format__(self, spec: str) -> str:
        return format_cents(self) if not spec else int(self).__format__(spec)

    def __str__(self) -> str:
        return format_cents(self)


def format_cents(cents: int, *, symbol: bool = True) -> str:
    """Format cents the Dutch way: € 1.234,50 (the UI formats per language itself)."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    text = f"{sign}{grouped},{rest:02d}"
    return f"€ {text}" if symbol else text
