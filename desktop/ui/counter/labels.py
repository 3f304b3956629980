"""The counter's words for what the core keeps as codes: ledger entry kinds, segments,
moments and occasions (shown in the interface's language)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desktop.core.kinds import EntryKind
from desktop.core.moments import Moment, Segment
from desktop.core.occasions import OccasionKind
from desktop.ui.formatting import current_formats


def entry_kind_label(kind: str) -> str:
    labels = {
        EntryKind.EARN: QCoreApplication.translate("CustomerPanel", "purchase"),
        EntryKind.REDEEM: QCoreApplication.translate("CustomerPanel", "reward"),
        EntryKind.REVERSAL: QCoreApplication.translate("CustomerPanel", "refund"),
        EntryKind.EXPIRE: QCoreApplication.translate("CustomerPanel", "expired"),
        EntryKind.ADJUST: QCoreApplication.translate("CustomerPanel", "correction"),
        EntryKind.WELCOME: QCoreApplication.translate("CustomerPanel", "welcome bonus"),
        EntryKind.BIRTHDAY: QCoreApplication.translate("CustomerPanel", "birthday bonus"),
        EntryKind.REFERRAL: QCoreApplication.translate("CustomerPanel", "referral bonus"),
        EntryKind.MILESTONE: QCoreApplication.translate("CustomerPanel", "milestone bonus"),
        EntryKind.OPENING: QCoreApplication.translate("CustomerPanel", "opening balance"),
        EntryKind.TRANSFER: QCoreApplication.translate("CustomerPanel", "merged"),
    }
    return labels.get(kind, kind)


def segment_label(segment: Segment) -> str:
    return {
        Segment.NEWCOMER: QCoreApplication.translate("CustomerPanel", "newcomer"),
        Segment.RETURNING: QCoreApplication.translate("CustomerPanel", "returning"),
        Segment.LATENT: QCoreApplication.translate("CustomerPanel", "latent"),
        Segment.SILENT_LOYALIST: QCoreApplication.translate("CustomerPanel", "silent loyalist"),
        Segment.ADVOCATE: QCoreApplication.translate("CustomerPanel", "advocate"),
    }[segment]


def moment_label(moment: Moment, number: int) -> str:
    if moment == Moment.BIRTHDAY_THIS_WEEK:
        return (
            QCoreApplication.translate("CustomerPanel", "Birthday today!")
            if number == 0
            else QCoreApplication.translate("CustomerPanel", "Birthday in {n} days").format(n=number)
        )
    if moment == Moment.FIRST_VISIT:
        return QCoreApplication.translate("CustomerPanel", "First visit: welcome them!")
    if moment == Moment.VISIT_MILESTONE:
        return QCoreApplication.translate("CustomerPanel", "This is visit number {n}").format(n=number)
    return QCoreApplication.translate("CustomerPanel", "Back after {n} days away").format(n=number)


def occasion_kind_label(kind: str) -> str:
    return {
        OccasionKind.WELCOME: QCoreApplication.translate("CustomerPanel", "welcome"),
        OccasionKind.BIRTHDAY: QCoreApplication.translate("CustomerPanel", "birthday"),
        OccasionKind.VISIT: QCoreApplication.translate("CustomerPanel", "Nth visit"),
        OccasionKind.ANNIVERSARY: QCoreApplication.translate("CustomerPanel", "anniversary"),
        OccasionKind.REFERRAL: QCoreApplication.translate("CustomerPanel", "referral thanks"),
        OccasionKind.REFERRED: QCoreApplication.translate("CustomerPanel", "referred friend"),
        OccasionKind.REACTIVATION: QCoreApplication.translate("CustomerPanel", "welcome back"),
        OccasionKind.TIER: QCoreApplication.translate("CustomerPanel", "new tier"),
    }.get(kind, kind)


class _Occasion(Protocol):  # an open occasion as the overview lists it
    kind: str
    detail: str
    points: int


def occasion_label(occasion: _Occasion) -> str:
    """What staff hand out or say in person, with the bonus points if there were any."""
    text = {
        OccasionKind.WELCOME: QCoreApplication.translate("CustomerPanel", "Welcome to the programme"),
        OccasionKind.BIRTHDAY: QCoreApplication.translate("CustomerPanel", "Birthday surprise"),
        OccasionKind.VISIT: QCoreApplication.translate("CustomerPanel", "Visit number {detail}: thank them"),
        OccasionKind.ANNIVERSARY: QCoreApplication.translate("CustomerPanel", "Member for {detail} years"),
        OccasionKind.REFERRAL: QCoreApplication.translate(
            "CustomerPanel", "A friend they referred made a first purchase: thank them"
        ),
        OccasionKind.REFERRED: QCoreApplication.translate("CustomerPanel", "Referred by a friend: welcome them"),
        OccasionKind.REACTIVATION: QCoreApplication.translate("CustomerPanel", "Welcome back offer"),
        OccasionKind.TIER: QCoreApplication.translate("CustomerPanel", "Reached tier {detail}"),
    }.get(occasion.kind, occasion.kind)
    detail = current_formats().tier(occasion.detail) if occasion.kind == OccasionKind.TIER else occasion.detail
    text = text.format(detail=detail)
    if occasion.points:
        text += QCoreApplication.translate("CustomerPanel", " (+{n} points)").format(n=occasion.points)
    return text
