"""The fixed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class EntryKind(StrEnum):
    EARN = "earn"
    REDEEM = "redeem"
    REVERSAL = "reversal"  # points taken back because a purchase was voided or refunded
    EXPIRE = "expire"
    ADJUST = "adjust"
    WELCOME = "bonus_welcome"
    BIRTHDAY = "bonus_birthday"
    REFERRAL = "bonus_referral"
    MILESTONE = "bonus_milestone"
    OPENING = "opening_balance"
    TRANSFER = "transfer"  # moving a merged customer's lots to the customer kept


# Kinds whose positive entries are lots that can be spent and that expire.
CREDIT_KINDS = frozenset(
    {
        EntryKind.EARN,
        EntryKind.ADJUST,
        EntryKind.WELCOME,
        EntryKind.BIRTHDAY,
        EntryKind.REFERRAL,
        EntryKind.MILESTONE,
        EntryKind.OPENING,
        EntryKind.TRANSFER,
    }
)


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"


class RedemptionState(StrEnum):
    ISSUED = "issued"
    USED = "used"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class RetentionLevel(StrEnum):
    FINANCIAL = "financial"
    SOCIAL_EMOTIONAL = "social_emotional"
    STRUCTURAL = "structural"
