"""Checks for what people type into customer fields; each raises a ValidationError naming the field."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.core.errors import ValidationError

NAME_MAX = 120
TEXT_MAX = 4000

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s().\-/]+$", re.ASCII)
_POSTCODE_NL = re.compile(r"^\d{4}\s?[A-Za-z]{2}$")


def clean_text(value: str | None, *, field: str, max_len: int = TEXT_MAX) -> str:
    """Trim surrounding white space; refuse text that is too long or holds control characters."""
    text = (value or "").strip()
    if len(text) > max_len:
        raise ValidationError(field, "At most {max_len} characters; this has {length}.",
                              max_len=max_len, length=len(text))
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        raise ValidationError(field, "Contains a control character that cannot be printed.")
    return text


def name(value: str | None, *, field: str = "name") -> str:
    text = clean_text(value, field=field, max_len=NAME_MAX)
    if not text:
        raise ValidationError(field, "Enter a name.")
    if "\n" in text:
        raise ValidationError(field, "A name is one line.")
    if not any(unicodedata.category(ch)[0] in "LN" for ch in text):  # zero-width spaces only: an invisible name
        raise ValidationError(field, "A name needs at least one letter or digit.")
    return text


def client_key(value: str | None, *, field: str = "client_key") -> str | None:
    """A registration key (`--key`): 1 to 64 printable characters, or None for none."""
    if value is None:
        return None
    key = value.strip()
    if not key or len(key) > 64:
        raise ValidationError(field, "A registration key is 1 to 64 characters.")
    if not key.isprintable():
        raise ValidationError(field, "A registration key holds only printable characters.")
    return key


def email(value: str | None, *, field: str = "email") -> str:
    text = clean_text(value, field=field, max_len=254)
    if text and not _EMAIL.match(text):
        raise ValidationError(field, "'{text}' is not an e-mail address (like naam@voorbeeld.nl).", text=text)
    return text


def phone(value: str | None, *, field: str = "phone") -> str:
    text = clean_text(value, field=field, max_len=32)
    if not text:
        return ""
    digits = phone_digits(text)
    if not _PHONE_CHARS.match(text) or not 8 <= len(digits) <= 15:
        raise ValidationError(field, "'{text}' is not a phone number (like 06 12345678).", text=text)
    return text


def phone_digits(text: str) -> str:
    """The digits of a phone number in national form, for searching: +31 6 1234 5678 -> 0612345678."""
    digits = re.sub(r"[^0-9]", "", text or "")
    stripped = (text or "").strip()
    if stripped.startswith("+31") or stripped.startswith("0031"):
        digits = "0" + digits[(2 if stripped.startswith("+") else 4):]
    return digits


def postcode(value: str | None, *, field: str = "postcode") -> str:
    """Dutch postcodes are normalised to '1234 AB'; other countries' are kept as typed."""
    text = clean_text(value, field=field, max_len=16)
    if _POSTCODE_NL.match(text):
        compact = text.replace(" ", "").upper()
        return f"{compact[:4]} {compact[4:]}"
    return text


def birthday(value: date | None, *, today: date, field: str = "birthday") -> date | None:
    if value is None:
        return None
    if value > today:
        raise ValidationError(field, "A birthday cannot be in the future.")
    if value.year < today.year - 120:
        raise ValidationError(field, "That birthday is more than 120 years ago.")
    return value


def search_key(text: str) -> str:
    """Lower case without accents, so 'Zoë' is found by typing 'zoe'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


# The words a surname may start with (Dutch, Flemish, German, French): someone looking for
# "Arjen van den Bakker" types "bakker".
SURNAME_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "t", "'t", "in", "op",
                               "von", "vom", "zu", "la", "le", "du", "da", "di", "dos", "el", "al"})


def without_particles(key: str) -> str:
    """A search key without the particles it starts with: "van den b" -> "b"."""
    words = key.split()
    while words and words[0] in SURNAME_PARTICLES:
        words = words[1:]
    return " ".join(words)


def surname_key(name: str) -> str:
    """The search key of the surname: the words after the first name, without the particles
    that start them ("Arjen van den Bakker" -> "bakker"); "" for a name of one word."""
    return without_particles(" ".join(search_key(name).split()[1:]))


# Dates a person may type: wide enough for any birthday and any plan, narrow enough that a
# period around them (a year before, a month after) can always be worked out.
FIRST_YEAR, LAST_YEAR = 1900, 2199
RECORD_ID_MAX = 2**63 - 1  # the database's integer


def record_id(text: str) -> int | None:
    """A record's number as typed (ASCII digits, within the database's range), else None."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return None
    number = int(text)
    return number if 1 <= number <= RECORD_ID_MAX else None


def parse_date(text: str, *, field: str) -> date:
    """A date typed as 2026-11-22, 22-11-2026 or 22/11/2026, in the years FIRST_YEAR-LAST_YEAR."""
    raw = (text or "").strip()
    for pattern, order in (
        (r"^(\d{4})-(\d{1,2})-(\d{1,2})$", "ymd"),
        (r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$", "dmy"),
    ):
        match = re.match(pattern, raw)
        if match:
            parts = dict(zip(order, map(int, match.groups()), strict=True))
            if not FIRST_YEAR <= parts["y"] <= LAST_YEAR:
                raise ValidationError(field, "'{raw}' is too far from today; give a date from {first} to {last}.",
                                      raw=raw, first=FIRST_YEAR, last=LAST_YEAR)
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                break
    raise ValidationError(field, "'{raw}' is not a date; type it like 22-11-2026.", raw=raw)
