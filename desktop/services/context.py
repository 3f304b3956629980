"""What every service needs: who acts, the audit trail, row locks and the shop's local date."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy import bindparam
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from desktop.core import clock
from desktop.core.errors import NotFoundError, PermissionDenied, ReplacedCard
from desktop.core.kinds import Role
from desktop.storage import appends, statements
from desktop.storage.engine import Database
from desktop.storage.models import Customer
from desktop.storage.models import ReplacedCard as ReplacedCardRow

P = ParamSpec("P")
T = TypeVar("T")


def reads(function: Callable[Concatenate[Session, P], T]) -> Callable[Concatenate[Session | Database, P], T]:
    """Lets a read function take the Database as well as an open session: given the Database it
    reads in one session of its own, so a screen calls `overdue_customers(db, …)` and opens no
    session itself, while a service or a document that already has one passes it on."""

    @functools.wraps(function)
    def read(source: Session | Database, /, *args: P.args, **kwargs: P.kwargs) -> T:
        if isinstance(source, Database):
            with source.read() as session:
                return function(session, *args, **kwargs)
        return function(source, *args, **kwargs)

    return read


@dataclass(frozen=True)
class Actor:
    """Who is doing something: a signed-in staff member, or the command line."""

    name: str
    role: Role
    staff_id: int | None = None
    counter: str = ""  # the counter PC's name, recorded with what it books ("": the command line)

    @classmethod
    def set_up(cls) -> Actor:
        """The owner's rights where nobody can sign in yet: a new shop without staff (the
        command line's `init` and `demo`, as the app's first start); never once staff exist."""
        return cls(name="command line (set-up)", role=Role.OWNER)

    def require_owner(self, refusal: str) -> None:
        """Refuse anyone but the owner with `refusal`, a whole sentence (translated as one)."""
        if self.role != Role.OWNER:
            raise PermissionDenied(refusal)


class _Stored(Protocol):
    id: int | None


def saved_id(row: _Stored) -> int:
    """A stored row's primary key: the model types it `int | None`, but a row read from the
    database or flushed always has one (None here is a programming error, not user input)."""
    assert row.id is not None, f"{type(row).__name__} has no id: not flushed yet"
    return row.id


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def snapshot(row: Any, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    data = row.model_dump() if fields is None else {f: getattr(row, f) for f in fields}
    return {key: _jsonable(value) for key, value in data.items()}


def audit(session: Session, actor: Actor, action: str, entity: str, entity_id: Any,
          before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
    """Record who did what, with the values before and after, in the same transaction
    (one INSERT, without the ORM's flush: see desktop.storage.appends)."""
    appends.audit_log(
        session,
        at=clock.now(),
        staff_id=actor.staff_id,
        actor=actor.name,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=json.dumps(before, ensure_ascii=False, default=str) if before is not None else "",
        after=json.dumps(after, ensure_ascii=False, default=str) if after is not None else "",
    )


def locked_by_card(session: Session, card: str) -> Customer:
    """The customer with this card (or the one a merged card leads to), locked: see `_locked`.
    A replaced card is blocked: it raises ReplacedCard, saying which card took its place."""
    return _locked(session, _LOCK_BY_CARD, card, lambda: unknown_card(session, card))


def locked_by_id(session: Session, customer_id: int) -> Customer:
    """The customer with this id (or the one it was merged into), locked: see `_locked`."""
    return _locked(session, _LOCK_BY_ID, customer_id,
                   lambda: NotFoundError("No customer number {number}.", number=customer_id))


# The counter's lookups, built once: building a statement costs more than running it.
# populate_existing: the row as locked, not as this session may have read it before the lock.
_BY_CARD = select(Customer).where(col(Customer.card_number) == bindparam("value"))
_LOCK_BY_CARD = _BY_CARD.with_for_update().execution_options(populate_existing=True)
_LOCK_BY_ID = (select(Customer).where(col(Customer.id) == bindparam("value")).with_for_update()
               .execution_options(populate_existing=True))


def _locked(session: Session, statement: SelectOfScalar[Customer], value: Any,
            missing: Callable[[], NotFoundError]) -> Customer:
    """Fetch one customer and lock the row until the transaction ends.

    On PostgreSQL this is SELECT ... FOR UPDATE, which makes two counters working on the
    same customer take turns; on SQLite the write transaction already holds the lock.
    A merged customer's old card leads to the customer kept, whose row is locked too (see
    `locked_customers` for the order when a service locks several); the usual customer,
    never merged, takes one statement.
    """
    found = session.exec(statement, params={"value": value}).first()
    if found is None:
        raise missing()
    if found.merged_into_id is None:  # the usual case: this row is the customer, and it is locked
        return found
    seen: set[int] = set()
    holder_id = saved_id(_holder(session, found))
    while True:
        seen.add(holder_id)
        customer = session.exec(_LOCK_BY_ID, params={"value": holder_id}).one()
        # Merged while this transaction waited for the lock: the customer kept holds everything now.
        if customer.merged_into_id is None or customer.merged_into_id in seen:
            return customer
        holder_id = customer.merged_into_id


def locked_customers(session: Session, ids: Iterable[int | None]) -> dict[int, Customer]:
    """Lock several customers in the one global order every service keeps: by id, lowest first.

    Two transactions that each lock customers in the same order can never wait on each
    other in a circle (a deadlock), so a service that changes more than one customer (a
    first purchase and its referrer, a merge) locks them all here before changing any.
    Returns the locked customer for each id asked (a merged id gives the customer kept).
    """
    return {i: locked_by_id(session, i) for i in sorted({i for i in ids if i is not None})}


def _holder(session: Session, customer: Customer) -> Customer:
    seen: set[int] = set()
    while customer.merged_into_id is not None and customer.id not in seen:
        seen.add(saved_id(customer))
        holder = session.get(Customer, customer.merged_into_id)
        # merged_into_id is a foreign key to customer, so the row it names exists.
        assert holder is not None, "merged_into_id names a missing customer"
        customer = holder
    return customer


def unknown_card(session: Session, card: str) -> NotFoundError:
    """Why no customer has this card: it was replaced (blocked, and by which card), or it is unknown."""
    replaced = session.get(ReplacedCardRow, card)
    if replaced is None:
        return NotFoundError("No customer has card {card}.", card=card)
    return ReplacedCard("Card {card} was replaced on {day} by card {new_card}.", card=card,
                        day=clock.local_date(replaced.replaced_at), new_card=replaced.replaced_by,
                        customer_id=replaced.customer_id)


def card_owner(session: Session, card: str) -> Customer | None:
    """The customer a card leads to now (a merged customer's card leads to the one kept)."""
    customer = session.exec(_BY_CARD, params={"value": card}).first()
    return None if customer is None else _holder(session, customer)


_REFERRAL_BY_CARD = select(col(Customer.id), col(Customer.referred_by_id), col(Customer.merged_into_id)).where(
    col(Customer.card_number) == bindparam("value"))


def locked_buyer(session: Session, card: str) -> Customer:
    """The customer with this card, locked for a purchase: a first purchase completes a
    referral and changes the referrer's points too, so on PostgreSQL whoever referred them
    is locked with them, in `locked_customers`' order. On SQLite the write transaction holds
    the whole file already: the one read is the lock."""
    if session.get_bind().dialect.name == "postgresql":
        found = statements.run(session, _REFERRAL_BY_CARD, {"value": card}).first()
        if found is not None:
            customer_id, referrer_id = found.id, found.referred_by_id
            if found.merged_into_id is not None:
                holder = _holder(session, session.get_one(Customer, found.id))
                customer_id, referrer_id = saved_id(holder), holder.referred_by_id
            if referrer_id is not None:
                locked_customers(session, (customer_id, referrer_id))
    return locked_by_card(session, card)


def at_or_now(at: datetime | None) -> datetime:
    return at if at is not None else clock.now()
