"""Creating, editing, finding, merging and anonymising customers, and exporting their data."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Integer, Select, bindparam, case, func, union
from sqlmodel import Session, col, select

from desktop.core import cardnumber, rules, validation
from desktop.core.clock import local_date
from desktop.core.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.kinds import EntryKind
from desktop.core.occasions import Due, OccasionKind
from desktop.core.reasons import Reason, stored
from desktop.services import occasions, points
from desktop.services.context import (
    Actor,
    at_or_now,
    audit,
    card_owner,
    locked_by_card,
    locked_customers,
    reads,
    saved_id,
    snapshot,
    unknown_card,
)
from desktop.services.settings import load_settings
from desktop.storage import statements
from desktop.storage.engine import Database, retried
from desktop.storage.models import (
    AuditLog,
    Customer,
    LedgerEntry,
    Occasion,
    Purchase,
    Redemption,
    Refund,
    ReplacedCard,
    Subscription,
    SurveyResponse,
)
from desktop.storage.queries import prefix_values, starts_with

_card_rng = random.SystemRandom()
_NUMBERISH = re.compile(r"^[+\d][\d\s\-()]*$")
_POSTCODE_START = re.compile(r"^\d{4}\s?[A-Za-z]{1,2}$")
PERSONAL_FIELDS = ("name", "phone", "email", "street", "postcode", "city", "birthday", "notes", "preferences")


@dataclass
class CustomerDetails:
    """What a person types about a customer; only the name is required."""

    name: str = ""
    phone: str = ""
    email: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    birthday: date | None = None
    marketing_consent: bool = False
    notes: str = ""
    preferences: str = ""
    referred_by_card: str = ""

    def cleaned(self, today: date) -> dict[str, Any]:
        """The validated values for the Customer row; raises on the first bad field."""
        referrer = self.referred_by_card.strip()
        return {
            "name": validation.name(self.name),
            "phone": validation.phone(self.phone),
            "email": validation.email(self.email),
            "street": validation.clean_text(self.street, field="street", max_len=200),
            "postcode": validation.postcode(self.postcode),
            "city": validation.clean_text(self.city, field="city", max_len=100),
            "birthday": validation.birthday(self.birthday, today=today),
            "marketing_consent": bool(self.marketing_consent),
            "notes": validation.clean_text(self.notes, field="notes"),
            "preferences": validation.clean_text(self.preferences, field="preferences"),
            "referred_by_card": cardnumber.validate(referrer, field="referred_by") if referrer else "",
        }

    @classmethod
    def of(cls, customer: Customer, referred_by_card: str = "") -> CustomerDetails:
        names = {f.name for f in fields(cls)} - {"referred_by_card"}
        return cls(**{n: getattr(customer, n) for n in names}, referred_by_card=referred_by_card)


def search_fields(values: dict[str, Any]) -> dict[str, Any]:
    """The columns a search uses, derived from the name and phone as typed."""
    return {"search_name": validation.search_key(values["name"]),
            "search_surname": validation.surname_key(values["name"]),
            "phone_digits": validation.phone_digits(values["phone"]),
            "email_key": values["email"].lower()}


def cards_in_use(session: Session, cards: list[str]) -> set[str]:
    """Which of `cards` a customer has, or had until it was replaced (blocked for good)."""
    return set(session.exec(select(Customer.card_number).where(col(Customer.card_number).in_(cards)))) | set(
        session.exec(select(ReplacedCard.card_number).where(col(ReplacedCard.card_number).in_(cards))))


def unused_cards(session: Session, count: int, reserved: frozenset[str] = frozenset()) -> list[str]:
    """`count` new card numbers that no customer has and that are not `reserved`.

    Random rather than sequential, so a card number cannot be guessed from another;
    checked against the database a chunk at a time, so an import of thousands stays quick.
    """
    cards: set[str] = set()
    while len(cards) < count:
        candidates = list({cardnumber.new_card_number(_card_rng) for _ in range(count - len(cards))}
                          - reserved - cards)
        for start in range(0, len(candidates), 500):
            chunk = candidates[start:start + 500]
            taken = cards_in_use(session, chunk)
            cards.update(card for card in chunk if card not in taken)
    return list(cards)


def _referrer_id(session: Session, card: str) -> int | None:
    if not card:
        return None
    referrer = card_owner(session, card)  # through merges: the friend counts for the customer kept
    if referrer is None:
        raise ValidationError("referred_by", "No customer has card number {card}.", card=card)
    return referrer.id


def _referrers_of(session: Session, customer_id: int) -> set[int]:
    """Who referred this customer, who referred them, and so on up the chain."""
    chain: set[int] = set()
    current = session.get(Customer, customer_id)
    while current is not None and current.referred_by_id is not None and current.referred_by_id not in chain:
        chain.add(current.referred_by_id)
        current = session.get(Customer, current.referred_by_id)
    return chain


class Duplicate(NamedTuple):
    """An existing customer who may be the same person, and what they share: any of
    "phone", "email", "name_postcode"."""

    hit: SearchHit
    shared: tuple[str, ...]


@reads
def possible_duplicates(session: Session, values: dict[str, Any], *, limit: int = 5,
                        excluding: int | None = None) -> list[Duplicate]:
    """Customers (not merged, not anonymised, not the customer `excluding`) with the same phone
    number, or e-mail address, or name and postcode as `values` (CustomerDetails.cleaned).
    Equality on indexed columns, each cut at `limit`: the same few rows are read in a shop of
    any size."""
    keys = search_fields(values)
    others = [] if excluding is None else [col(Customer.id) != excluding]
    checks = [("phone", col(Customer.phone_digits) == keys["phone_digits"], bool(keys["phone_digits"])),
              ("email", col(Customer.email_key) == keys["email_key"], bool(keys["email_key"])),
              ("name_postcode", (col(Customer.search_name) == keys["search_name"])
               & (col(Customer.postcode) == values["postcode"]), bool(values["postcode"]))]
    found: dict[int, tuple[SearchHit, list[str]]] = {}
    for shared, condition, asked in checks:
        if not asked:
            continue
        rows = session.execute(select(*(getattr(Customer, name) for name in SearchHit._fields)).where(
            condition, col(Customer.merged_into_id).is_(None), col(Customer.anonymised).is_(False), *others)
            .order_by(Customer.id).limit(limit)).all()
        for row in rows:
            found.setdefault(row[0], (SearchHit(*row), []))[1].append(shared)
    return [Duplicate(hit, tuple(shared)) for hit, shared in list(found.values())[:limit]]


@reads
def duplicates_made_by_edit(session: Session, customer_id: int, values: dict[str, Any]) -> list[Duplicate]:
    """Whom customer `customer_id` would look like (`possible_duplicates`) once edited to
    `values`, leaving out what they shared with them already: a family saved anyway with one
    phone number is not asked about again at every change of address."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("No customer number {number}.", number=customer_id)
    stored = {key: getattr(customer, key) for key in ("name", "phone", "email", "postcode")}
    known = {(d.hit.id, shared) for d in possible_duplicates(session, stored, excluding=customer_id)
             for shared in d.shared}
    return [d for d in possible_duplicates(session, values, excluding=customer_id)
            if any((d.hit.id, shared) not in known for shared in d.shared)]


def create_customer(db: Database, actor: Actor, details: CustomerDetails, *, card_number: str = "",
                    joined_on: date | None = None, opening_points: int = 0,
                    at: datetime | None = None) -> Customer:
    """A new customer with a fresh card number (or the given one) and the welcome bonus.

    Someone with the same phone, e-mail address, or name and postcode as a customer we have
    (`possible_duplicates`) is saved when the caller asks, but without a welcome bonus: one
    person gets it once. If they really are someone else, the owner can add the points.
    """
    moment = at_or_now(at)
    today = local_date(moment)
    values = details.cleaned(today)
    card = cardnumber.validate(card_number) if card_number else ""  # also refuses another shop's card
    if opening_points < 0:
        raise ValidationError("points", "An opening balance cannot be negative.")
    with db.write() as session:
        if card and session.exec(select(Customer.id).where(Customer.card_number == card)).first():
            raise ValidationError("card", "Card number {card} belongs to another customer already.", card=card)
        if card and session.get(ReplacedCard, card) is not None:
            raise ValidationError("card", "Card number {card} was lost and replaced: it is blocked for good.",
                                  card=card)
        duplicates = possible_duplicates(session, values)
        settings = load_settings(session)
        referrer = values.pop("referred_by_card")
        customer = Customer(
            **values, **search_fields(values), card_number=card or unused_cards(session, 1)[0],
            referred_by_id=_referrer_id(session, referrer), joined_on=joined_on or today,
            consent_at=moment if values["marketing_consent"] else None, created_at=moment, updated_at=moment,
        )
        session.add(customer)
        session.flush()
        expires = rules.expiry_date(today, settings)
        if opening_points:
            points.credit(session, saved_id(customer), EntryKind.OPENING, opening_points, at=moment, actor=actor,
                          expires_on=expires, reason=stored(Reason.CARRIED_OVER))
        if not duplicates:
            occasions.grant(session, actor, customer, Due(OccasionKind.WELCOME, ""), settings, at=moment)
        audit(session, actor, "customer.create", "customer", customer.id, None,
              {**snapshot(customer), "no_welcome_bonus_as_maybe_customer": [d.hit.id for d in duplicates]}
              if duplicates else snapshot(customer))
        return customer


def update_customer(db: Database, actor: Actor, card: str, details: CustomerDetails, *,
                    at: datetime | None = None) -> Customer:
    moment = at_or_now(at)
    values = details.cleaned(local_date(moment))
    card = cardnumber.validate(card)
    with db.write() as session:
        customer = locked_by_card(session, card)
        if customer.anonymised:
            raise ConflictError("An anonymised customer cannot be edited.")
        referrer_id = _referrer_id(session, values.pop("referred_by_card"))
        if referrer_id == customer.id:
            raise ValidationError("referred_by", "A customer cannot refer themselves.")
        if referrer_id is not None and referrer_id != customer.referred_by_id and \
                customer.id in _referrers_of(session, referrer_id):
            # A circle of referrals rewards nobody new, and two first purchases in it would
            # each wait for the other's lock on PostgreSQL.
            raise ValidationError("referred_by", "That customer came to the shop through this one; "
                                                 "choose who really referred this customer.")
        before = snapshot(customer)
        if values["marketing_consent"] != customer.marketing_consent:
            customer.consent_at = moment if values["marketing_consent"] else None
        for name, value in {**values, **search_fields(values), "referred_by_id": referrer_id}.items():
            setattr(customer, name, value)
        customer.updated_at = moment
        after = snapshot(customer)
        changed = {k for k in after if after[k] != before[k] and k != "updated_at"}
        if changed:
            audit(session, actor, "customer.update", "customer", customer.id,
                  {k: before[k] for k in changed}, {k: after[k] for k in changed})
        return customer


def save_notes(db: Database, actor: Actor, card: str, notes: str, *, at: datetime | None = None) -> Customer:
    """Change only what staff noted about the customer (the counter's Notes tab): an edit of
    other details made meanwhile at another counter is kept."""
    moment = at_or_now(at)
    text = validation.clean_text(notes, field="notes")
    card = cardnumber.validate(card)
    with db.write() as session:
        customer = locked_by_card(session, card)
        if customer.anonymised:
            raise ConflictError("An anonymised customer cannot be edited.")
        if text != customer.notes:
            before = customer.notes
            customer.notes, customer.updated_at = text, moment
            audit(session, actor, "customer.update", "customer", customer.id, {"notes": before}, {"notes": text})
        return customer


def find_by_card(session: Session, card: str) -> Customer:
    """The customer with this card (a merged customer's card leads to the one kept); a
    replaced card raises ReplacedCard, which names the card that took its place."""
    card = cardnumber.validate(card)
    customer = card_owner(session, card)
    if customer is None:
        raise unknown_card(session, card)
    return customer


def customer_id_of_card(db: Database, card: str) -> int:
    """Whose card this is (a scan at the counter); raises as `find_by_card` does."""
    with db.read() as session:
        return saved_id(find_by_card(session, card))


def details_of(session: Session, customer: Customer) -> CustomerDetails:
    """A customer's details as a form shows them, the referrer as a card number."""
    referrer = session.get(Customer, customer.referred_by_id) if customer.referred_by_id else None
    return CustomerDetails.of(customer, referrer.card_number if referrer else "")


@reads
def customer_with_details(session: Session, customer_id: int) -> tuple[Customer, CustomerDetails]:
    """The customer to edit and their details as the form shows them."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("No customer number {number}.", number=customer_id)
    return customer, details_of(session, customer)


class SearchHit(NamedTuple):
    """What a list of search results shows: only these columns are read, not whole customers."""

    id: int
    card_number: str
    name: str
    phone: str
    postcode: str
    city: str


def search(session: Session, text: str, *, limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Customers whose name, surname, phone number, card number, postcode or (text with "@"
    or ".") e-mail address starts with `text`, by name."""
    query = search_query(session, text, limit=limit, offset=offset)
    # Only columns are read: past the ORM's handling of a statement, which costs more than this one.
    return [] if query is None else [SearchHit._make(row) for row in statements.run(session, *query).all()]


def search_page(db: Database, text: str, *, limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """One page of `search`'s results in a session of its own (the counter's list, as it scrolls)."""
    with db.read() as session:
        return search(session, text, limit=limit, offset=offset)


def search_query(session: Session, text: str, *, limit: int, offset: int = 0) -> tuple[Select, dict[str, Any]] | None:
    """The statement `search` runs and its parameters (None for nothing to look for). The
    statement is built once for each kind of text: building and keying it anew for every
    key press cost more than running it."""
    prefixes = _prefixes(text)
    if not prefixes:
        return None
    dialect = session.get_bind().dialect.name
    values: dict[str, Any] = {"limit": limit, "offset": offset, "page_end": offset + limit, "many": _MANY}
    for i, (column, prefix) in enumerate(prefixes):
        values.update(prefix_values(f"p{i}", prefix, dialect, digits=column in _DIGITS))
    return _search_statement(tuple(column for column, _ in prefixes), dialect), values


def _prefixes(text: str) -> list[tuple[str, str]]:
    """The columns to look in for `text`, each with the prefix to look for."""
    query = text.strip()
    if not query:
        return []
    if _NUMBERISH.match(query):
        digits = "".join(ch for ch in query if ch.isdigit())[: cardnumber.LENGTH]
        prefixes = [("phone_digits", validation.phone_digits(query)), ("card_number", digits)]
        if len(digits) <= 4:  # the start of a Dutch postcode
            prefixes.append(("postcode", digits))
        return prefixes
    if _POSTCODE_START.match(query):
        compact = query.replace(" ", "").upper()  # postcodes are stored as "1234 AB"
        return [("postcode", f"{compact[:4]} {compact[4:]}")]
    key = validation.search_key(query)
    prefixes = [("search_name", key)]
    surname = validation.without_particles(key)
    if surname:  # "bakker" or "van den bakker" finds Arjen van den Bakker too
        prefixes.append(("search_surname", surname))
    if "@" in query or "." in query:  # an e-mail address: its matches are sorted by name
        prefixes.append(("email_key", query.lower()))
    return prefixes


# Columns whose order says nothing of the name's (phone and card numbers, postcodes, surnames).
_UNRELATED_TO_THE_NAME = frozenset({"search_surname", "phone_digits", "card_number", "postcode"})
_DIGITS = frozenset({"card_number"})  # digits only, under a plain index (see queries.starts_with)
_MANY = 2000  # matches of a prefix beyond which walking the names in order finds 50 sooner than sorting


@cache
def _search_statement(columns: tuple[str, ...], dialect: str) -> Select:
    """The customers whose `columns` start with the prefixes p0, p1, ..., by name: one
    branch per column, each read along an index and cut at the page's end (parameter
    page_end), then merged; the rows are read for the page (limit, offset) only. An OR over
    the columns makes the database fetch and sort every match first, which grows with the shop.

    A column unrelated to the name has two branches, of which one runs: few matches
    ("0612345") are found along the column's index and sorted by name; many ("06", "29":
    every phone and card) are found sooner by walking the names in order and taking the
    first that match. The database counts up to `many` (_MANY) matches along the index to choose.
    """
    branches = []
    for i, name in enumerate(columns):
        column = getattr(Customer, name)
        digits = name in _DIGITS
        along = starts_with(column, f"p{i}", dialect, digits=digits)
        if name in _UNRELATED_TO_THE_NAME:
            many = bindparam("many", type_=Integer())
            few = select(func.count()).select_from(select(column).where(along).limit(many).subquery()) \
                .scalar_subquery() < many
            branches += [_branch(along, when=few),
                         _branch(starts_with(column, f"p{i}", dialect, along_index=False, digits=digits), when=~few)]
        else:
            branches.append(_branch(along))
    found = union(*branches).subquery()
    page = (select(found.c.id, found.c.search_name).order_by(found.c.search_name, found.c.id)
            .limit(bindparam("limit")).offset(bindparam("offset")).subquery())
    columns_shown = [getattr(Customer, column) for column in SearchHit._fields]
    return (select(*columns_shown).join_from(page, Customer, col(Customer.id) == page.c.id)
            .order_by(page.c.search_name, page.c.id))


def _branch(condition: ColumnElement[bool], *, when: ColumnElement[bool] | None = None) -> Select:
    """The ids and names of the first customers (not merged) matching `condition`, by name,
    up to the page's end; none unless `when` holds (a LIMIT is worked out once, before the
    rows are read, where a condition in the WHERE would be checked at every row)."""
    page_end = bindparam("page_end", type_=Integer())
    matching = (select(Customer.id, Customer.search_name).where(condition, col(Customer.merged_into_id).is_(None))
                .order_by(col(Customer.search_name), col(Customer.id))
                .limit(page_end if when is None else case((when, page_end), else_=0)))
    return select(matching.subquery())


@retried
def merge_customers(db: Database, actor: Actor, keep_card: str, merge_card: str, *,
                    at: datetime | None = None) -> Customer:
    """Fold a duplicate into the customer kept: points, purchases, rewards and surveys move over.
    A second welcome bonus does not: the duplicate's is taken back first.

    The ledger stays append-only: the duplicate's lots are closed by transfer entries and
    opened again on the kept customer with the same expiry dates (and its debt likewise).
    The duplicate's card keeps working and leads to the customer kept.
    """
    actor.require_owner("Only the owner may merge customers.")
    keep_card, merge_card = cardnumber.validate(keep_card, field="keep"), cardnumber.validate(merge_card, field="merge")
    if keep_card == merge_card:
        raise ValidationError("merge", "Choose two different customers to merge.")
    moment = at_or_now(at)
    today = local_date(moment)
    with db.write() as session:
        ids = list(session.exec(select(Customer.id).where(col(Customer.card_number).in_([keep_card, merge_card]))))
        if len(ids) != 2:
            raise NotFoundError("Both card numbers must belong to a customer.")
        # The two, and the customers the duplicate referred (they get the kept one as
        # referrer), in the global order: a first purchase locks a customer and referrer too.
        referred = list(session.exec(select(Customer.id).where(col(Customer.referred_by_id).in_(ids))))
        rows = {c.card_number: c for i, c in locked_customers(session, [*ids, *referred]).items() if i in ids}
        keep, gone = rows.get(keep_card), rows.get(merge_card)
        if keep is None or gone is None or keep.id == gone.id:
            raise ConflictError("One of these cards was merged into the other already.")
        if keep.anonymised or gone.anonymised:  # merging would bring personal data back, or move it on
            raise ConflictError("An anonymised customer cannot be merged.")
        before = {"keep": snapshot(keep), "merge": snapshot(gone)}
        reason = stored(Reason.MERGED_FROM, card=gone.card_number)
        for customer in (keep, gone):  # dead points must not move, nor pay a debt
            points.expire_due(session, saved_id(customer), at=moment, actor=actor, today=today)
        _take_back_second_welcome(session, actor, keep, gone, at=moment)
        for lot in points.open_lots(session, saved_id(gone)):
            points.debit(session, saved_id(gone), EntryKind.TRANSFER, lot.left, at=moment, actor=actor,
                                   today=today, spendable_only=False, prefer=lot.entry_id,
                                   reason=stored(Reason.MERGED_INTO, card=keep.card_number))
            points.credit(session, saved_id(keep), EntryKind.TRANSFER, lot.left, at=moment, actor=actor,
                          expires_on=lot.expires_on, available_on=lot.available_on, reason=reason)
        for debt in points.open_debts(session, saved_id(gone)):
            points.credit(session, saved_id(gone), EntryKind.TRANSFER, debt.owed, at=moment, actor=actor,
                          expires_on=None, reason=stored(Reason.DEBT_MOVED, card=keep.card_number))
            points.debit(session, saved_id(keep), EntryKind.TRANSFER, debt.owed, at=moment, actor=actor, today=today,
                         spendable_only=False, allow_debt=True, reason=reason)
        for table in (Purchase, Redemption, SurveyResponse):
            for owned in session.exec(select(table).where(col(table.customer_id) == gone.id)):
                owned.customer_id = saved_id(keep)
        for follower in session.exec(select(Customer).where(col(Customer.referred_by_id) == gone.id)):
            follower.referred_by_id = keep.id
        for name in ("phone", "email", "street", "postcode", "city", "birthday", "preferences"):
            if not getattr(keep, name) and getattr(gone, name):
                setattr(keep, name, getattr(gone, name))
        if gone.notes:
            keep.notes = f"{keep.notes}\n{gone.notes}".strip()
        keep.joined_on = min(keep.joined_on, gone.joined_on)
        keep.phone_digits, keep.email_key = validation.phone_digits(keep.phone), keep.email.lower()
        keep.updated_at = gone.updated_at = moment
        gone.merged_into_id = keep.id
        audit(session, actor, "customer.merge", "customer", keep.id, before,
              {"keep": snapshot(keep), "merge": snapshot(gone)})
        return keep


def _take_back_second_welcome(session: Session, actor: Actor, keep: Customer, gone: Customer, *,
                              at: datetime) -> None:
    """One person gets one welcome bonus: when both had one, the duplicate's is taken back
    (a reversal; what of it was spent leaves a debt, which moves over like any other)."""
    welcomes = {o.customer_id: o for o in session.exec(select(Occasion).where(
        col(Occasion.customer_id).in_([keep.id, gone.id]), Occasion.kind == OccasionKind.WELCOME))}
    second = welcomes.get(saved_id(gone))
    if keep.id not in welcomes or second is None:
        return
    # Points of the bonus that expired are gone already: never take them twice.
    taken = second.points - (points.expired_from(session, second.entry_id) if second.entry_id else 0)
    if taken > 0:
        points.debit(session, saved_id(gone), EntryKind.REVERSAL, taken, at=at, actor=actor, today=local_date(at),
                     spendable_only=False, allow_debt=True, prefer=second.entry_id,
                     reason=stored(Reason.SECOND_WELCOME, card=keep.card_number))
    before = snapshot(second)
    session.delete(second)
    session.flush()
    audit(session, actor, "occasion.take_back", "occasion", before["id"], before,
          {"points_taken_back": taken, "merged_into": keep.id})


ANONYMOUS_NAME = "—"


@retried
def anonymise_customer(db: Database, actor: Actor, card: str, *, at: datetime | None = None) -> Customer:
    """Remove a customer's personal data for good; points, purchases and totals stay for the books.

    The same happens to duplicates merged into them, to earlier audit entries about them
    and their surveys, and to the comments they left in surveys (the scores stay).
    """
    actor.require_owner("Only the owner may anonymise a customer.")
    card = cardnumber.validate(card)
    moment = at_or_now(at)
    with db.write() as session:
        customer = locked_by_card(session, card)
        if customer.anonymised:
            raise ConflictError("This customer is anonymised already.")
        people = [customer]
        while merged := session.exec(select(Customer).where(
                col(Customer.merged_into_id).in_([p.id for p in people]),
                col(Customer.id).not_in([p.id for p in people]))).all():
            people.extend(merged)
        # Merged duplicates: after their merge only a referral update may lock them; retried covers that.
        locked_customers(session, [p.id for p in people[1:]])
        ids = [p.id for p in people]
        for person in people:
            for name in PERSONAL_FIELDS:
                setattr(person, name, None if name == "birthday" else "")
            person.name = ANONYMOUS_NAME
            person.search_name = person.search_surname = person.phone_digits = person.email_key = ""
            person.marketing_consent, person.consent_at = False, None
            person.anonymised, person.updated_at = True, moment
        survey_rows = session.exec(select(SurveyResponse).where(col(SurveyResponse.customer_id).in_(ids))).all()
        for survey in survey_rows:
            survey.comment = ""
        traces = (((col(AuditLog.entity) == "customer") & col(AuditLog.entity_id).in_([str(i) for i in ids]))
                  | ((col(AuditLog.entity) == "survey_response")
                     & col(AuditLog.entity_id).in_([str(s.id) for s in survey_rows])))
        for entry in session.exec(select(AuditLog).where(traces)):
            entry.before = entry.after = '"(anonymised)"' if entry.before or entry.after else ""
        audit(session, actor, "customer.anonymise", "customer", customer.id, None, {"anonymised": True})
        return customer


def export_customer_data(db: Database, card: str) -> dict[str, Any]:
    """Everything stored about one customer, for their right of access (as JSON-ready data)."""
    with db.read() as session:
        customer = find_by_card(session, card)
        ids = [customer.id] + list(session.exec(select(Customer.id).where(Customer.merged_into_id == customer.id)))

        def rows(table, condition) -> list[dict[str, Any]]:
            return [snapshot(row) for row in session.exec(select(table).where(condition).order_by(table.id))]

        purchases = rows(Purchase, col(Purchase.customer_id).in_(ids))
        return {
            "customer": snapshot(customer),
            "points_balance": points.balance(session, saved_id(customer)),
            "purchases": purchases,
            "refunds": rows(Refund, col(Refund.purchase_id).in_([p["id"] for p in purchases])),
            "points_ledger": rows(LedgerEntry, col(LedgerEntry.customer_id).in_(ids)),
            "redemptions": rows(Redemption, col(Redemption.customer_id).in_(ids)),
            "surveys": rows(SurveyResponse, col(SurveyResponse.customer_id).in_(ids)),
            "occasions": rows(Occasion, col(Occasion.customer_id).in_(ids)),
            "replaced_cards": [snapshot(row) for row in session.exec(select(ReplacedCard).where(
                col(ReplacedCard.customer_id).in_(ids)).order_by(col(ReplacedCard.replaced_at)))],
            "subscriptions": rows(Subscription, col(Subscription.customer_id).in_(ids)),
            "audit_log": rows(AuditLog, (col(AuditLog.entity) == "customer")
                              & col(AuditLog.entity_id).in_([str(i) for i in ids])),
        }
