"""The till's totals, as the owner enters them from the till's Z-report (per day) or from the
books (per month); what the members' share of revenue is measured against (desktop.core.till).

Entering a figure for a day or month that has one already is a correction: a new row with
the reason, the old row stays (the newest counts) and the audit log holds both figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.core.measures import Period
from desktop.core.money import Amount
from desktop.core.till import MAX_TILL_CENTS, TillCoverage, coverage, month_days
from desktop.core.validation import clean_text
from desktop.services.context import Actor, at_or_now, audit, reads, snapshot
from desktop.storage.engine import Database
from desktop.storage.models import Staff, TillTotal

YEARS_BACK = 10  # a till figure from further back is a typo in the year


@dataclass(frozen=True)
class TillLine:
    """A day's or a month's figure as it counts now: the newest entry, who made it and when."""

    day: date  # the month's first day for a month total
    whole_month: bool
    revenue_cents: int
    entered_at: datetime
    entered_by: str
    reason: str
    corrections: int  # earlier entries it replaced


@dataclass(frozen=True)
class Entered:
    line: TillLine
    changed: bool  # False: the same figure was there already, nothing was written


def till_total_problems(day: date, cents: int, *, whole_month: bool, today: date) -> list[ValidationError]:
    """Everything wrong with a till figure, each naming its field ("day" or "amount")."""
    found = []
    if whole_month and day.day != 1:
        found.append(ValidationError("day", "A month total is entered on the month's first day."))
    last = day.replace(day=month_days(day)) if whole_month else day
    earliest = date(today.year - YEARS_BACK, 1, 1)
    if day < earliest:
        found.append(ValidationError("day", "Give a date from {first} on.", first=earliest))
    elif last > today and whole_month:
        found.append(ValidationError("day", "A month total can be entered once the month is over."))
    elif last > today:
        found.append(ValidationError("day", "The till's total can be entered from the day itself on, not before."))
    if isinstance(cents, bool) or not isinstance(cents, int) or cents < 0:
        found.append(ValidationError("amount", "The till's total is an amount of 0 or more."))
    elif cents > MAX_TILL_CENTS:
        found.append(ValidationError("amount", "{amount} is more than a till takes; check the amount.",
                                     amount=Amount(cents)))
    return found


def _newest(session: Session, day: date, whole_month: bool) -> list[TillTotal]:
    return list(session.exec(select(TillTotal).where(TillTotal.day == day, TillTotal.whole_month == whole_month)
                             .order_by(col(TillTotal.id))))


def _line(session: Session, rows: list[TillTotal]) -> TillLine:
    row = rows[-1]
    staff = session.get(Staff, row.staff_id) if row.staff_id is not None else None
    return TillLine(row.day, row.whole_month, row.revenue_cents, row.entered_at, staff.name if staff else "",
                    row.reason, len(rows) - 1)


def enter_till_total(db: Database, actor: Actor, day: date, cents: int, *, whole_month: bool = False,
                     reason: str = "", at: datetime | None = None) -> Entered:
    """Record what the till took on `day` (or in the month starting on `day`), owner only.

    A figure that differs from one entered before is a correction and needs a reason."""
    actor.require_owner("Only the owner may enter the till's totals.")
    moment = at_or_now(at)
    problems = till_total_problems(day, cents, whole_month=whole_month, today=clock.local_date(moment))
    why = clean_text(reason, field="reason", max_len=500)
    if problems:
        raise problems[0]
    with db.write() as session:
        rows = _newest(session, day, whole_month)
        if rows and rows[-1].revenue_cents == cents:
            return Entered(_line(session, rows), changed=False)
        if rows and not why and whole_month:
            raise ValidationError("reason", "This month has a till total already; say why it is corrected.")
        if rows and not why:
            raise ValidationError("reason", "This day has a till total already; say why it is corrected.")
        row = TillTotal(day=day, whole_month=whole_month, revenue_cents=cents, entered_at=moment,
                        staff_id=actor.staff_id, reason=why)
        session.add(row)
        session.flush()
        before = snapshot(rows[-1], ("revenue_cents", "reason")) if rows else None
        audit(session, actor, "till_total.correct" if rows else "till_total.enter", "till_total", row.id,
              before, snapshot(row))
        return Entered(_line(session, [*rows, row]), changed=True)


def _current(session: Session, first: date, last: date) -> dict[tuple[date, bool], list[TillTotal]]:
    """The entries for days (and months starting) from `first` to `last`, oldest first per key."""
    found: dict[tuple[date, bool], list[TillTotal]] = {}
    for row in session.exec(select(TillTotal).where(TillTotal.day >= first, TillTotal.day <= last)
                            .order_by(col(TillTotal.id))):
        found.setdefault((row.day, row.whole_month), []).append(row)
    return found


@reads
def month_lines(session: Session, year: int, month: int) -> list[TillLine]:
    """The month's figures as they count now: its month total (if any) first, then its days."""
    first = date(year, month, 1)
    current = _current(session, first, first.replace(day=month_days(first)))
    return [_line(session, rows) for _, rows in sorted(current.items(), key=lambda item: (not item[0][1], item[0][0]))]


def coverages(session: Session, periods: dict[str, Period]) -> dict[str, TillCoverage]:
    """How far each period's till total is entered, and what the till took then (one query)."""
    if not periods:
        return {}
    first = min(p.start for p in periods.values()).replace(day=1)
    current = _current(session, first, max(p.end for p in periods.values()))
    days = {day: rows[-1].revenue_cents for (day, whole), rows in current.items() if not whole}
    months = {day: rows[-1].revenue_cents for (day, whole), rows in current.items() if whole}
    return {key: coverage(period, days, months) for key, period in periods.items()}
