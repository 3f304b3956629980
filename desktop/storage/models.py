"""The tables. Money in integer cents, points in integers, times in UTC.

The ledger (LedgerEntry, LotAllocation) is append-only: services insert rows and never
update or delete them. A balance is the sum of a customer's entries.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from desktop.core.kinds import RedemptionState, Role
from desktop.storage.types import UTCDateTime

# Named constraints let Alembic's batch mode rebuild SQLite tables in later migrations.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Staff(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    role: str = Field(default=Role.STAFF, max_length=16)
    pin_hash: str = Field(max_length=200)
    active: bool = True
    created_at: datetime = Field(sa_type=UTCDateTime)
    # Wrong PINs in a row and the end of the block they started (core/lockout.py), here so
    # that every counter and the command line count together and a restart lifts nothing.
    failed_pins: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)


# Options only PostgreSQL reads, given to the indexes when a PostgreSQL engine is made
# (add_postgresql_options): naming them here would load SQLAlchemy's PostgreSQL dialect on
# every start, also on SQLite (a tenth of a second of a command's second).
_POSTGRESQL_OPTIONS: list[tuple[Index, str, Any]] = []


def _postgresql(index: Index, **options: Any) -> Index:
    _POSTGRESQL_OPTIONS.extend((index, name, value) for name, value in options.items())
    return index


def add_postgresql_options() -> None:
    for index, name, value in _POSTGRESQL_OPTIONS:
        index.dialect_options["postgresql"][name] = value


def _prefix_index(table: str, column: str, *covering: str) -> Index:
    # PostgreSQL needs pattern ops to use an index for LIKE 'abc%'; SQLite ignores them.
    return _postgresql(Index(f"ix_{table}_{column}", column, *covering), ops={column: "varchar_pattern_ops"})


# The search reads its candidates from the indexes alone, reading a customer's row only for
# the 50 it shows (at 300,000 customers a row read is often a read from disk): walking the
# names in order checks the other keys in the name's index, and the matches of a surname or
# phone number are sorted by the name their index holds. The migration 0014 made them so.
SEARCH_INDEXES = {
    "search_name": ("id", "search_surname", "phone_digits", "card_number", "merged_into_id"),
    "search_surname": ("search_name", "merged_into_id"),
    "phone_digits": ("search_name", "merged_into_id"),
    "postcode": (),
    "email_key": (),
}


class Customer(SQLModel, table=True):
    __table_args__ = tuple(_prefix_index("customer", column, *covering) for column, covering in SEARCH_INDEXES.items())

    id: int | None = Field(default=None, primary_key=True)
    card_number: str = Field(max_length=13, unique=True)
    name: str = Field(max_length=120)
    search_name: str = Field(max_length=120)  # accent-free lower case, for prefix search
    search_surname: str = Field(default="", max_length=120,  # the same from the surname on (core.validation)
                                sa_column_kwargs={"server_default": ""})
    phone: str = Field(default="", max_length=32)
    phone_digits: str = Field(default="", max_length=32)
    email: str = Field(default="", max_length=254)
    email_key: str = Field(default="", max_length=254)  # lower case, for prefix search
    street: str = Field(default="", max_length=200)
    postcode: str = Field(default="", max_length=16)
    city: str = Field(default="", max_length=100)
    birthday: date | None = None
    joined_on: date
    marketing_consent: bool = False
    consent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    notes: str = Field(default="", sa_type=Text)
    preferences: str = Field(default="", sa_type=Text)
    referred_by_id: int | None = Field(default=None, foreign_key="customer.id", index=True)  # advocates
    merged_into_id: int | None = Field(default=None, foreign_key="customer.id")
    anonymised: bool = False
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class ReplacedCard(SQLModel, table=True):
    """A lost card that was replaced: blocked for good, it tells which card took its place
    and when. The customer's points and history stay on the customer, under the new card."""

    __tablename__ = "replaced_card"

    card_number: str = Field(primary_key=True, max_length=13)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    replaced_by: str = Field(max_length=13)  # the card given out then (a later replacement has its own row)
    replaced_at: datetime = Field(sa_type=UTCDateTime)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")


class Purchase(SQLModel, table=True):
    __table_args__ = (
        Index("ix_purchase_customer_id_created_at", "customer_id", "created_at"),
        # covering: the dashboard groups a time range's purchases by customer from the index alone
        Index("ix_purchase_created_at_customer_id_amount_cents", "created_at", "customer_id", "amount_cents"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint("non_earning_cents >= 0 AND non_earning_cents <= amount_cents", name="non_earning_part"),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    amount_cents: int
    non_earning_cents: int = 0  # gift cards, deposits: paid but earning no points
    created_at: datetime = Field(sa_type=UTCDateTime)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    counter: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})  # which counter PC
    receipt_ref: str = Field(default="", max_length=64)
    client_key: str | None = Field(default=None, max_length=64, unique=True)


class Refund(SQLModel, table=True):
    """A void (the whole purchase, a mistake) or a refund of part or all of a purchase."""

    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    purchase_id: int = Field(foreign_key="purchase.id", index=True)
    amount_cents: int
    is_void: bool = False
    reason: str = Field(max_length=500)
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    counter: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})  # which counter PC


class Reward(SQLModel, table=True):
    __table_args__ = (CheckConstraint("stock IS NULL OR stock >= 0", name="stock_not_negative"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    level: str = Field(max_length=24)  # a RetentionLevel
    kind: str = Field(max_length=32)  # a desktop.core.catalogue.RewardKind
    cost_points: int = 0
    valid_days: int | None = None  # a redemption can be used for this many days
    voucher_text: str = Field(default="", sa_type=Text)
    active: bool = True  # False: retired, kept for the history of its redemptions
    created_at: datetime = Field(sa_type=UTCDateTime)
    min_tier: str = Field(default="", max_length=40)  # "" for everyone
    segment: str = Field(default="", max_length=24)  # a moments.Segment, "" for everyone
    offered_from: date | None = None  # the period in which the counter offers it
    offered_until: date | None = None
    stock: int | None = None  # what is left to hand out (seats for an event); None: no limit
    discount_cents: int | None = None  # a discount voucher: an amount off ...
    discount_percent: int | None = None  # ... or a percentage off
    stamps_needed: int | None = None  # a stamp card: the Nth qualifying purchase is free
    event_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # an event's start


class Redemption(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    reward_id: int = Field(foreign_key="reward.id", index=True)
    points: int
    state: str = Field(default=RedemptionState.ISSUED, max_length=16)
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
    valid_until: date | None = None
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    counter: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})  # which counter PC
    client_key: str | None = Field(default=None, max_length=64, unique=True)


class Occasion(SQLModel, table=True):
    """An automatic occasion granted to a customer; the unique key makes it happen once,
    also when two counters see it at the same moment."""

    __table_args__ = (UniqueConstraint("customer_id", "kind", "period"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    kind: str = Field(max_length=24)  # a desktop.core.occasions.OccasionKind
    period: str = Field(max_length=40)  # which one: the year of a birthday, the visit number, ...
    points: int = 0  # bonus points credited with it (0: a moment to mark in person)
    detail: str = Field(default="", max_length=120)  # e.g. the tier reached, the friend referred
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    handed_out_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # marked at the counter
    # The purchase that set it off (a visit, a tier, a welcome back, a referral): voiding or
    # refunding that purchase in full takes the bonus back and removes the occasion.
    purchase_id: int | None = Field(default=None, foreign_key="purchase.id", index=True)
    entry_id: int | None = Field(default=None, foreign_key="ledger_entry.id")  # the bonus's ledger entry


class Subscription(SQLModel, table=True):
    """A recurring item a customer collects or has delivered on a schedule."""

    __table_args__ = (CheckConstraint("every_days > 0", name="every_days_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    reward_id: int = Field(foreign_key="reward.id", index=True)
    every_days: int
    next_due: date = Field(index=True)
    delivered: bool = False  # False: collected in the shop
    active: bool = True
    created_at: datetime = Field(sa_type=UTCDateTime)


class LedgerEntry(SQLModel, table=True):
    __tablename__ = "ledger_entry"
    __table_args__ = (
        Index("ix_ledger_entry_customer_id_id", "customer_id", "id"),
        # covering: the dashboard sums points per kind and time range from the index alone
        Index("ix_ledger_entry_kind_created_at_points", "kind", "created_at", "points", "expires_on"),
        CheckConstraint("points <> 0", name="points_nonzero"),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    kind: str = Field(max_length=24)  # an EntryKind
    points: int
    created_at: datetime = Field(sa_type=UTCDateTime)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    counter: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})  # which counter PC
    purchase_id: int | None = Field(default=None, foreign_key="purchase.id", index=True)
    redemption_id: int | None = Field(default=None, foreign_key="redemption.id", index=True)
    reason: str = Field(default="", max_length=500)
    expires_on: date | None = Field(default=None, index=True)  # positive lots only
    available_on: date | None = None  # positive lots held back for the return window


class LotAllocation(SQLModel, table=True):
    """Which lot a debit took its points from; append-only like the ledger."""

    __tablename__ = "lot_allocation"
    __table_args__ = (CheckConstraint("points > 0", name="points_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    debit_id: int = Field(foreign_key="ledger_entry.id", index=True)
    lot_id: int = Field(foreign_key="ledger_entry.id", index=True)
    points: int


class SurveyResponse(SQLModel, table=True):
    __tablename__ = "survey_response"
    __table_args__ = tuple(
        CheckConstraint(f"{col} IS NULL OR ({col} >= 0 AND {col} <= 10)", name=f"{col}_0_10")
        for col in ("recommend", "buy_again", "buy_more", "satisfaction")
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
    recommend: int | None = None
    buy_again: int | None = None
    buy_more: int | None = None
    satisfaction: int | None = None
    comment: str = Field(default="", sa_type=Text)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")


SIGN_IN_FAILED = "staff.sign_in_failed"  # the audit action of a wrong PIN
SIGN_IN_FAILED_WHERE = f"action = '{SIGN_IN_FAILED}'"  # a literal: SQLite uses a partial index only so


class AuditLog(SQLModel, table=True):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),
        # The owner's list of recent wrong PINs, without reading an audit log of millions of rows.
        _postgresql(Index("ix_audit_log_sign_in_failures", "at", sqlite_where=text(SIGN_IN_FAILED_WHERE)),
                    where=text(SIGN_IN_FAILED_WHERE)),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    actor: str = Field(max_length=160)  # the name as it was, kept if the staff member is renamed
    action: str = Field(max_length=48)
    entity: str = Field(max_length=32)
    entity_id: str = Field(max_length=64)
    before: str = Field(default="", sa_type=Text)  # JSON
    after: str = Field(default="", sa_type=Text)  # JSON


class Mailing(SQLModel, table=True):
    """Letters or an offer sent to a list of customers, with the share held back to compare."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    kind: str = Field(max_length=24)  # "letters" (reactivation letters) or "list" (any offer)
    sent_at: datetime = Field(sa_type=UTCDateTime, index=True)
    held_back_percent: int
    staff_id: int | None = Field(default=None, foreign_key="staff.id")


class MailingRecipient(SQLModel, table=True):
    """A customer on a mailing's list: mailed, or held back as the control group."""

    __tablename__ = "mailing_recipient"

    mailing_id: int = Field(foreign_key="mailing.id", primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", primary_key=True, index=True)
    held_back: bool


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_type=Text)  # JSON


class TillTotal(SQLModel, table=True):
    """What the shop's till took on a day (its Z-report), or in a whole month, as the owner
    entered it: the members' share of revenue sets the members' purchases against it
    (desktop.core.till). Append-only like the ledger: a correction is a newer row for the
    same day or month, with its reason; the newest row counts."""

    __tablename__ = "till_total"
    __table_args__ = (
        Index("ix_till_total_day_whole_month_id", "day", "whole_month", "id"),
        CheckConstraint("revenue_cents >= 0", name="revenue_not_negative"),
    )

    id: int | None = Field(default=None, primary_key=True)
    day: date  # the day, or the month's first day for a month total
    whole_month: bool = False
    revenue_cents: int
    entered_at: datetime = Field(sa_type=UTCDateTime)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    reason: str = Field(default="", max_length=500)  # why a correction changed the figure




# -- running totals for the dashboard (desktop/storage/summaries.py keeps them) ---------------

class PurchaseMonth(SQLModel, table=True):
    """A customer's purchases in one local calendar month (voided ones left out).

    Months and days are numbers (summaries.month_number, date.toordinal): the dashboard
    compares them for every row of every customer, and integers compare twice as fast."""

    __tablename__ = "purchase_month"
    __table_args__ = (
        # the month's buyers and totals; the customers latent at a month's end
        Index("ix_purchase_month_month_purchases_amount_cents", "month", "purchases", "amount_cents"),
        Index("ix_purchase_month_next_month_last_on", "next_month", "last_on"),
        {"sqlite_with_rowid": False},  # the table is its key's index: one b-tree less to write
    )

    customer_id: int = Field(foreign_key="customer.id", primary_key=True)
    month: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    purchases: int
    amount_cents: int
    first_on: int  # the first and last day the customer bought that month
    last_on: int
    next_month: int | None = None  # the next month the customer bought in


class LedgerDay(SQLModel, table=True):
    """The ledger summed per local day, kind and expiry date."""

    __tablename__ = "ledger_day"

    day: date = Field(primary_key=True)
    kind: str = Field(primary_key=True, max_length=24)
    expires_on: date = Field(primary_key=True)  # NEVER_EXPIRES for points without a date
    points: int  # the sum of the entries
    gained: int  # the sum of their positive points


class AllocationDay(SQLModel, table=True):
    """Points debits took from lots, summed per local day (the later of the debit's and
    the lot's) and the lot's expiry date."""

    __tablename__ = "allocation_day"

    day: date = Field(primary_key=True)
    expires_on: date = Field(primary_key=True)  # NEVER_EXPIRES for points without a date
    points: int


NEVER_EXPIRES = date(9999, 12, 31)  # a key cannot be NULL: points without an expiry date


class SchemaUpgrade(SQLModel, table=True):
    """Which version of the app brought the database to a schema revision (one row each
    time), so that a counter on an older version can say which version it needs."""

    __tablename__ = "schema_upgrade"

    id: int | None = Field(default=None, primary_key=True)
    revision: str = Field(max_length=32)
    app_version: str = Field(max_length=64)
    upgraded_at: datetime = Field(sa_type=UTCDateTime)
