"""The points liability statement of a month, read-only.

The balances are the dashboard's own points outstanding (stats.points_owed: what is left in lots
still valid at a day's end). The movements between them follow the same rule, so they
add up exactly: a lot counts as issued on the day it was made, points leave it when a
debit takes them while it is valid (redeemed, taken back on a refund, corrected, moved to
a merged card), and whatever is still in it when its date comes has expired, whether or not
the expiry run has booked that yet. New lots, expiries and the total taken come from the
running totals (ledger_day, allocation_day); only the split of the points taken by what
took them reads the month's ledger rows, along their indexes.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from desktop.core.kinds import CREDIT_KINDS, EntryKind
from desktop.core.liability import BREAKAGE_MONTHS, ISSUED_KINDS, Breakage, LiabilityStatement
from desktop.core.measures import Period
from desktop.core.rules import add_months
from desktop.services.settings import load_settings
from desktop.services.sql_params import Params
from desktop.services.stats import points_owed  # the dashboard's definition, written once
from desktop.storage.engine import Database

_CREDIT = ", ".join(f"'{kind.value}'" for kind in sorted(CREDIT_KINDS))
_DEBIT = ", ".join(f"'{kind.value}'" for kind in sorted((EntryKind.REDEEM, EntryKind.REVERSAL, EntryKind.ADJUST,
                                                           EntryKind.EXPIRE, EntryKind.TRANSFER)))


def _lapsed(session: Session, after: date, upto: date) -> int:
    """Points left in lots whose date falls in (after, upto] when that date came."""
    q = Params()
    window = f"expires_on > {q.day(after)} AND expires_on <= {q.day(upto)} AND day < expires_on"
    row = session.execute(q.sql(f"""
        SELECT (SELECT SUM(gained) FROM ledger_day WHERE kind IN ({_CREDIT}) AND {window}) AS made,
               (SELECT SUM(points) FROM allocation_day WHERE {window}) AS taken""")).one()
    return int(row.made or 0) - int(row.taken or 0)


def _new_lots(session: Session, after: date, upto: date) -> dict[str, int]:
    """Points put into lots on the days (after, upto], per kind (lots born expired left out)."""
    q = Params()
    rows = session.execute(q.sql(f"""
        SELECT kind, SUM(gained) AS points FROM ledger_day
        WHERE kind IN ({_CREDIT}) AND day > {q.day(after)} AND day <= {q.day(upto)} AND day < expires_on
        GROUP BY kind""")).all()
    return {row.kind: int(row.points or 0) for row in rows}


def _taken(session: Session, after: date, upto: date) -> dict[str, int]:
    """Points debits took from valid lots on the days (after, upto], per debit kind.

    An allocation happens on the later of its debit's and its lot's day (a new lot pays an
    older debt): the two cases are read apart. A lot whose date falls within the month
    lends only what was taken before that date."""
    q = Params()
    start, end = q.at(after + timedelta(days=1)), q.at(upto + timedelta(days=1))
    dates = [after + timedelta(days=i) for i in range(1, (upto - after).days + 1)]
    valid_until = "CASE l.expires_on " + " ".join(f"WHEN {q.day(d)} THEN {q.at(d)}" for d in dates) + " END"

    def still_valid(moment: str) -> str:
        return (f"(l.expires_on IS NULL OR l.expires_on > {q.day(upto)} "
                f"OR (l.expires_on > {q.day(after)} AND {moment} < {valid_until}))")

    rows = session.execute(q.sql(f"""
        SELECT kind, SUM(points) AS points FROM (
            SELECT d.kind, a.points FROM ledger_entry d
            JOIN lot_allocation a ON a.debit_id = d.id JOIN ledger_entry l ON l.id = a.lot_id
            WHERE d.kind IN ({_DEBIT}) AND d.created_at >= {start} AND d.created_at < {end} AND d.points < 0
              AND l.created_at <= d.created_at AND {still_valid('d.created_at')}
            UNION ALL
            SELECT d.kind, a.points FROM ledger_entry l
            JOIN lot_allocation a ON a.lot_id = l.id JOIN ledger_entry d ON d.id = a.debit_id
            WHERE l.kind IN ({_CREDIT}) AND l.created_at >= {start} AND l.created_at < {end} AND l.points > 0
              AND d.created_at < l.created_at AND {still_valid('l.created_at')}
        ) taken GROUP BY kind""")).all()
    return {row.kind: int(row.points or 0) for row in rows}


def _redeemed(session: Session, after: date, upto: date) -> int:
    q = Params()
    row = session.execute(q.sql(f"""
        SELECT SUM(points) AS points FROM ledger_day
        WHERE kind = '{EntryKind.REDEEM.value}' AND day > {q.day(after)} AND day <= {q.day(upto)}""")).one()
    return -int(row.points or 0)


def breakage(session: Session, month_end: date, override: float | None = None) -> Breakage:
    """The share of points that expired rather than being spent, over the 24 months to `month_end`."""
    first = add_months(month_end.replace(day=1), 1 - BREAKAGE_MONTHS)
    before = first - timedelta(days=1)
    return Breakage(first, month_end, _redeemed(session, before, month_end), _lapsed(session, before, month_end),
                    override)


def liability_statement(source: Session | Database, period: Period, *,
                        breakage_override: float | None = None) -> LiabilityStatement:
    """The statement of the month `period` (whole months; the app and CLI give one)."""
    if isinstance(source, Database):
        with source.read() as session:
            return liability_statement(session, period, breakage_override=breakage_override)
    session = source
    before = period.start - timedelta(days=1)
    owed = points_owed(session, [before, period.end])
    new, taken = _new_lots(session, before, period.end), _taken(session, before, period.end)
    return LiabilityStatement(
        period=period,
        opening=owed[before],
        issued={kind: new.get(kind, 0) for kind in ISSUED_KINDS},
        taken_back=taken.get(EntryKind.REVERSAL, 0),
        redeemed=taken.get(EntryKind.REDEEM, 0),
        expired=_lapsed(session, before, period.end) + taken.get(EntryKind.EXPIRE, 0),
        corrections=sum(new.get(k, 0) - taken.get(k, 0) for k in (EntryKind.ADJUST, EntryKind.TRANSFER)),
        closing=owed[period.end],
        point_value_cents=load_settings(session).point_value_cents,
        breakage=breakage(session, period.end, breakage_override),
    )
