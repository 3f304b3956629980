"""Mailings with a control group: record who was on a list and who was held back at
random, and compare afterwards who came back among each (desktop.core.control_group).

A reactivation mailing takes its list from the letters' own (documents.latent_with_consent)
so the letters printed are exactly those recorded as mailed. The results read each
mailing's recipients and their purchases after it along purchase(customer_id, created_at):
a mailing costs what its list holds, never the whole shop.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, text
from sqlmodel import Session, col, select

from desktop.core.clock import local_date
from desktop.core.control_group import HOLD_BACK_PERCENT, WINDOWS, Comparison, split
from desktop.core.errors import ConflictError, ValidationError
from desktop.core.validation import clean_text
from desktop.services import documents
from desktop.services.context import Actor, at_or_now, audit, reads, saved_id
from desktop.storage.counted import not_voided_sql
from desktop.storage.engine import Database
from desktop.storage.models import Customer, Mailing, MailingRecipient
from desktop.storage.types import UTCDateTime

MAX_HOLD_BACK = 50
RESULTS_LISTED = 24
LETTERS = "letters"
LIST = "list"


@dataclass(frozen=True)
class Sent:
    mailing_id: int
    mailed: list[int]  # customer ids, in the list's order
    held: list[int]


def check_hold_back(percent: int) -> None:
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= MAX_HOLD_BACK:
        raise ValidationError("hold_back", "Hold back a share from 0 to {most} percent.", most=MAX_HOLD_BACK)


def record_mailing(db: Database, actor: Actor, name: str, customer_ids: list[int], *, kind: str = LIST,
                   hold_back_percent: int = HOLD_BACK_PERCENT, at: datetime | None = None,
                   rng: random.Random | None = None) -> Sent:
    """Record a mailing to `customer_ids` (repeats dropped), holding a random share back."""
    actor.require_owner("Only the owner may send a mailing.")
    title = clean_text(name, field="name", max_len=120)
    if not title:
        raise ValidationError("name", "Give the mailing a name.")
    check_hold_back(hold_back_percent)
    listed = list(dict.fromkeys(customer_ids))
    if not listed:
        raise ConflictError("Nobody is on the list.")
    mailed, held = split(listed, hold_back_percent, rng or random.SystemRandom())
    moment = at_or_now(at)
    with db.write() as session:
        found: set[int | None] = set()
        for start in range(0, len(listed), 500):
            found.update(session.exec(select(col(Customer.id)).where(col(Customer.id).in_(listed[start:start + 500]))))
        if len(found) != len(listed):
            raise ValidationError("cards", "{count} customers on the list do not exist.",
                                  count=len(listed) - len(found))
        mailing = Mailing(name=title, kind=kind, sent_at=moment, held_back_percent=hold_back_percent,
                          staff_id=actor.staff_id)
        session.add(mailing)
        session.flush()
        # SQLModel's stubs omit __table__, which every table=True model has.
        session.execute(MailingRecipient.__table__.insert(),  # type: ignore[attr-defined]
                        [{"mailing_id": mailing.id, "customer_id": c, "held_back": False} for c in mailed]
                        + [{"mailing_id": mailing.id, "customer_id": c, "held_back": True} for c in held])
        audit(session, actor, "mailing.send", "mailing", mailing.id, None,
              {"name": title, "kind": kind, "mailed": len(mailed), "held_back": len(held)})
        return Sent(saved_id(mailing), mailed, held)


def send_reactivation_letters(db: Database, actor: Actor, name: str, *, hold_back_percent: int = HOLD_BACK_PERCENT,
                              at: datetime | None = None, rng: random.Random | None = None
                              ) -> tuple[Sent, list[documents.LatentCustomer]]:
    """Record a mailing of the reactivation letters; returns it and the customers to write to."""
    moment = at_or_now(at)
    with db.read() as session:
        people = documents.latent_with_consent(session, local_date(moment))
        ids = _ids_of(session, [p.card_number for p in people])
    sent = record_mailing(db, actor, name, [ids[p.card_number] for p in people], kind=LETTERS,
                          hold_back_percent=hold_back_percent, at=moment, rng=rng)
    mailed = set(sent.mailed)
    return sent, [p for p in people if ids[p.card_number] in mailed]


def ids_for_cards(session: Session, cards: list[str]) -> list[int]:
    """The customers with these card numbers, in order; an unknown card is refused."""
    ids = _ids_of(session, cards)
    unknown = [card for card in cards if card not in ids]
    if unknown:
        raise ValidationError("cards", "No customer has card {card}.", card=unknown[0])
    return [ids[card] for card in cards]


def _ids_of(session: Session, cards: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(cards), 500):
        found.update((card, id_) for id_, card in session.exec(
            select(Customer.id, Customer.card_number).where(col(Customer.card_number).in_(cards[start:start + 500])))
            if id_ is not None)
    return found


# -- results ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class MailingResult:
    mailing_id: int
    name: str
    kind: str
    sent_on: date
    held_back_percent: int
    windows: dict[int, Comparison]  # days after the mailing -> who came back within them
    days_since: int  # a window longer than this is still running

    def complete(self, days: int) -> bool:
        return self.days_since >= days


@reads
def mailing_results(session: Session, as_of: date, *, since: date | None = None,
                    limit: int = RESULTS_LISTED) -> list[MailingResult]:
    """The mailings sent up to `as_of` (from `since`), newest first, with their comparisons
    counted up to `as_of`."""
    query = select(Mailing).where(Mailing.sent_at < documents.day_start(as_of + timedelta(days=1)))
    if since is not None:
        query = query.where(Mailing.sent_at >= documents.day_start(since))
    mailings = session.exec(query.order_by(col(Mailing.sent_at).desc(), col(Mailing.id).desc()).limit(limit)).all()
    return [_result(session, m, as_of) for m in mailings]


def _result(session: Session, mailing: Mailing, as_of: date) -> MailingResult:
    end = documents.day_start(as_of + timedelta(days=1))
    moments = {"sent": mailing.sent_at} | {f"end{d}": min(mailing.sent_at + timedelta(days=d), end) for d in WINDOWS}
    binds = [bindparam("mailing", mailing.id)] + [bindparam(k, v, type_=UTCDateTime()) for k, v in moments.items()]
    came = ", ".join(f"SUM(CASE WHEN first_at < :end{d} THEN 1 ELSE 0 END) AS back{d}, SUM(cents{d}) AS cents{d}"
                     for d in WINDOWS)
    spent = ", ".join(f"SUM(CASE WHEN p.created_at < :end{d} THEN p.amount_cents ELSE 0 END) AS cents{d}"
                      for d in WINDOWS)
    last = f":end{max(WINDOWS)}"
    rows = session.execute(text(f"""
        SELECT held_back, COUNT(*) AS customers, {came} FROM (
            SELECT r.customer_id, r.held_back, MIN(p.created_at) AS first_at, {spent}
            FROM mailing_recipient r
            LEFT JOIN purchase p ON p.customer_id = r.customer_id AND p.created_at > :sent AND p.created_at < {last}
                 AND {not_voided_sql('p')}
            WHERE r.mailing_id = :mailing
            GROUP BY r.customer_id, r.held_back
        ) per GROUP BY held_back""").bindparams(*binds)).mappings().all()
    groups = {bool(row["held_back"]): row for row in rows}

    def figure(held: bool, name: str) -> int:
        row = groups.get(held)
        return int(row[name] or 0) if row else 0

    windows = {d: Comparison(figure(False, "customers"), figure(False, f"back{d}"), figure(True, "customers"),
                             figure(True, f"back{d}"), figure(False, f"cents{d}"), figure(True, f"cents{d}"))
               for d in WINDOWS}
    sent_on = local_date(mailing.sent_at)
    return MailingResult(saved_id(mailing), mailing.name, mailing.kind, sent_on, mailing.held_back_percent, windows,
                         (as_of - sent_on).days)
