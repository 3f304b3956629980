"""The reasons the programme itself writes beside a ledger entry, and how a reader sees them.

They are stored in English, as they always were (so rows written before this module read
the same way): `stored(Reason.X, **values)` writes one, `shown(text, language)` recognises
each form and says it in the reader's language, with its date and tier name written for
that reader. Screens and documents both show reasons through `shown`. A reason staff typed
(a correction, a refund, a void) matches no form and is shown as it was typed.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from desktop.core import formats, glossary


class Reason(StrEnum):
    """Each form as stored (English, with its values in braces)."""

    WELCOME = "welcome bonus"
    BIRTHDAY = "birthday {period}"
    VISIT = "visit number {n}"
    ANNIVERSARY = "member for {n} years"
    REFERRAL = "a referred friend made a first purchase"
    REFERRED = "referred by a friend"
    REACTIVATION = "welcome back"
    TIER = "reached tier {tier}"
    TAKEN_BACK_VOIDED = "taken back: {what} (the purchase was voided)"
    TAKEN_BACK_REFUNDED = "taken back: {what} (the purchase was refunded)"
    SECOND_WELCOME = "taken back: a second welcome bonus (merged into card {card})"
    EXPIRED = "points valid until {day}"
    CARRIED_OVER = "balance carried over from the previous system"
    DEBT_CARRIED_OVER = "points owed, carried over from the previous system"
    MERGED_FROM = "merged from card {card}"
    MERGED_INTO = "merged into card {card}"
    DEBT_MOVED = "debt moved to card {card}"
    UNDONE = "Undone at the counter right after booking"


DUTCH: dict[Reason, str] = {
    Reason.WELCOME: "welkomstbonus",
    Reason.BIRTHDAY: "verjaardag {period}",
    Reason.VISIT: "bezoek nummer {n}",
    Reason.ANNIVERSARY: "{n} jaar lid",
    Reason.REFERRAL: "een aangebrachte vriend deed een eerste aankoop",
    Reason.REFERRED: "aangebracht door een vriend",
    Reason.REACTIVATION: "welkom terug",
    Reason.TIER: "niveau {tier} bereikt",
    Reason.TAKEN_BACK_VOIDED: "teruggenomen: {what} (de aankoop is geannuleerd)",
    Reason.TAKEN_BACK_REFUNDED: "teruggenomen: {what} (de aankoop is terugbetaald)",
    Reason.SECOND_WELCOME: "teruggenomen: een tweede welkomstbonus (samengevoegd met pas {card})",
    Reason.EXPIRED: "punten geldig tot {day}",
    Reason.CARRIED_OVER: "saldo overgenomen uit het vorige systeem",
    Reason.DEBT_CARRIED_OVER: "puntenschuld overgenomen uit het vorige systeem",
    Reason.MERGED_FROM: "samengevoegd vanaf pas {card}",
    Reason.MERGED_INTO: "samengevoegd met pas {card}",
    Reason.DEBT_MOVED: "schuld overgezet naar pas {card}",
    Reason.UNDONE: "Aan de kassa direct na het boeken teruggedraaid",
}

# Stored in the counter's language before it was stored in English: read as the same reason.
WRITTEN_IN_DUTCH = {DUTCH[Reason.UNDONE]: Reason.UNDONE}


def stored(reason: Reason, **values: object) -> str:
    """The reason as the ledger keeps it (a date as YYYY-MM-DD)."""
    return reason.format(**{k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()})


def _pattern(reason: Reason) -> re.Pattern[str]:
    parts = re.split(r"\{([a-z]+)\}", reason.value)  # text, name, text, name, ..., text
    return re.compile("".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+)"
                              for i, part in enumerate(parts)) + r"\Z")


_PATTERNS = [(reason, _pattern(reason)) for reason in Reason]


def read(text: str) -> tuple[Reason, dict[str, str]] | None:
    """The form a stored reason has and its values; None for a reason someone typed."""
    if text in WRITTEN_IN_DUTCH:
        return WRITTEN_IN_DUTCH[text], {}
    for reason, pattern in _PATTERNS:
        found = pattern.match(text)
        if found:
            return reason, found.groupdict()
    return None


def shown(text: str, language: str) -> str:
    """A stored reason in the reader's language ("en" or "nl")."""
    found = read(text)
    if found is None:
        return text
    reason, values = found
    if "day" in values:
        try:
            values["day"] = formats.day(date.fromisoformat(values["day"]), language)
        except ValueError:
            pass  # not a date the programme wrote: shown as stored
    if "tier" in values:
        values["tier"] = glossary.tier_name(values["tier"], language)
    if "what" in values:
        values["what"] = shown(values["what"], language)
    template = DUTCH[reason] if language == "nl" else reason.value
    return template.format(**values)
