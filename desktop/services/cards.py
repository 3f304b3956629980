"""Replacing a lost card: the customer gets a new number, the old one is blocked for good.

Not a merge (a merged card leads to the customer kept and keeps working): a lost card may
be in a stranger's pocket, so it books nothing any more and every look-up of it says which
card replaced it and when (`context.unknown_card`). Points and history belong to the
customer, not to a card, so they stay as they are.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core import cardnumber
from desktop.core.errors import ConflictError, ValidationError
from desktop.services.context import Actor, at_or_now, audit, locked_by_card, saved_id
from desktop.services.customers import cards_in_use, unused_cards
from desktop.storage.engine import Database, retried
from desktop.storage.models import Customer, ReplacedCard


@retried
def replace_card(db: Database, actor: Actor, card: str, *, new_card: str = "",
                 at: datetime | None = None) -> Customer:
    """Give the customer with `card` a new card: `new_card` (a pre-printed one, scanned) or
    a fresh number. Staff may do it at the counter; the audit trail says who did."""
    card = cardnumber.validate(card)
    chosen = cardnumber.validate(new_card, field="new_card") if new_card.strip() else ""
    if chosen == card:
        raise ValidationError("new_card", "Scan the new card, not the lost one.")
    moment = at_or_now(at)
    with db.write() as session:
        customer = locked_by_card(session, card)
        if customer.card_number != card:  # a merged duplicate's card: its customer's card is another
            raise ConflictError("Card {card} was merged into card {kept}: replace that card instead.",
                                card=card, kept=customer.card_number)
        if customer.anonymised:
            raise ConflictError("This customer was anonymised.")
        if chosen and cards_in_use(session, [chosen]):
            raise ValidationError("new_card", "Card number {card} is in use or was blocked; take another card.",
                                  card=chosen)
        replacement = chosen or unused_cards(session, 1)[0]
        session.add(ReplacedCard(card_number=card, customer_id=saved_id(customer), replaced_by=replacement,
                                 replaced_at=moment, staff_id=actor.staff_id))
        customer.card_number, customer.updated_at = replacement, moment
        audit(session, actor, "customer.replace_card", "customer", customer.id,
              {"card_number": card}, {"card_number": replacement})
        return customer

