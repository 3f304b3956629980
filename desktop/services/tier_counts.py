"""How many customers held each tier on a given day, for the whole shop in one SQL pass.

A tier follows two spends per customer (desktop.core.tiers): the last 12 months, and the 12
months before their last membership anniversary. Both are read from the purchase months
(desktop/storage/summaries.py) the way the dashboard reads its periods: whole months as they
are, a month cut by a window's edge from the customer's first and last day in it, and only a
customer who bought on both sides of the cut from their purchases. Refunds are taken off from
the refund table (small beside the purchases).

The anniversary depends only on the day and month a customer joined, so the windows are
worked out in Python for each of the 366 days (core.tiers, the one rule) and joined to the
customers as a small table. The spends are then counted per tier band (which thresholds
they reach), and each band's tier comes from core.tiers.held_tier: the rule itself never
runs per customer, in SQL or Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, timedelta

from sqlmodel import Session

from desktop.core import tiers
from desktop.core.catalogue import tier_rank
from desktop.core.measures import Period
from desktop.core.rules import ProgrammeSettings, add_months
from desktop.services.settings import load_settings
from desktop.services.sql_params import Params, local_midnight
from desktop.services.stats import _purchases_within
from desktop.services.tiers import twelve_months_before
from desktop.storage.counted import not_voided_sql
from desktop.storage.summaries import date_literal, moment_literal, month_number

_ANY_YEAR = 2000  # a leap year: every day a customer can join exists in it


def _anniversaries(today: date) -> list[tuple[int, date, date]]:
    """For each day of the year a customer can have joined on (month * 100 + day): the last
    anniversary up to `today` and the start of the 12 months before it."""
    found = []
    day = date(_ANY_YEAR, 1, 1)
    while day.year == _ANY_YEAR:
        anniversary = tiers.last_anniversary(day, today)
        found.append((day.month * 100 + day.day, anniversary, tiers.year_before(anniversary)))
        day += timedelta(days=1)
    return found


def _month_end(day: date) -> date:
    return add_months(day.replace(day=1), 1) - timedelta(days=1)


def _joined_day(dialect: str, joined_on: str) -> str:
    """SQL: month * 100 + day of the joining day `joined_on`."""
    if dialect == "postgresql":
        return f"CAST(EXTRACT(MONTH FROM {joined_on}) * 100 + EXTRACT(DAY FROM {joined_on}) AS INTEGER)"
    # joined_on is 'YYYY-MM-DD' text: cut out, not parsed (strftime twice per customer cost
    # as much as the rest of the join)
    return f"CAST(substr({joined_on}, 6, 2) AS INTEGER) * 100 + CAST(substr({joined_on}, 9, 2) AS INTEGER)"


def _spend_sql(q: Params, days: list[date], dialect: str) -> str:
    """Per customer not merged away, for each of `days` (i): spend{i}, the spend of the last 12
    months, and before{i}, after their first anniversary that of the 12 months before it (NULL
    before the first, and both NULL on a day before they joined). One pass for all the days:
    the purchase months are read once."""
    postgresql = dialect == "postgresql"

    def at(day: date) -> str:  # written out: 366 rows of bound times take SQLAlchemy seconds to compile
        return moment_literal(local_midnight(day).astimezone(UTC), postgresql=postgresql)

    def bought(start: str, end: str) -> str:
        return (f"(SELECT COALESCE(SUM(o.amount_cents), 0) FROM purchase o WHERE o.customer_id = pm.customer_id "
                f"AND o.created_at >= {start} AND o.created_at < {end} AND {not_voided_sql('o')})")

    last_day = max(days)
    years = [_anniversaries(day) for day in days]
    low = min(start for found in years for _, _, start in found)
    # One row per joining day (month * 100 + day) with the windows of every day: the
    # customers are looked up in it once, not once per day.
    rows = []
    for n, key in enumerate(key for key, _, _ in years[0]):
        columns = [f"{key} AS joined"]
        for i, found in enumerate(years):
            _, anniversary, start = found[n]
            # start's month from `start` on, anniversary's month up to the day before it
            columns.append(
                f"{date_literal(anniversary, postgresql=postgresql)} AS a_day{i}, "
                f"{month_number(start)} AS s_month{i}, {start.toordinal()} AS s_ord{i}, "
                f"{at(start)} AS s_at{i}, {at(_month_end(start) + timedelta(days=1))} AS s_next_at{i}, "
                f"{month_number(anniversary)} AS a_month{i}, {anniversary.toordinal()} AS a_ord{i}, "
                f"{at(anniversary.replace(day=1))} AS a_first_at{i}, {at(anniversary)} AS a_at{i}")
        rows.append(f"SELECT {', '.join(columns)}")
    # SQLite's CROSS JOIN keeps the customers outside, cut looked up by an index (not 366
    # scans of the customers); PostgreSQL plans the join itself and has no CROSS JOIN ON.
    def join(joined_on: str) -> str:
        return f"{'JOIN' if postgresql else 'CROSS JOIN'} cut ON cut.joined = {_joined_day(dialect, joined_on)}"

    sums, refunded, changes, spends = [], [], [], []
    for i, today in enumerate(days):
        before = (
            f"CASE WHEN month > s_month{i} AND month < a_month{i} THEN amount_cents "
            f"WHEN month = s_month{i} THEN CASE WHEN first_on >= s_ord{i} THEN amount_cents "
            f"WHEN last_on < s_ord{i} THEN 0 ELSE {bought(f's_at{i}', f's_next_at{i}')} END "
            f"WHEN month = a_month{i} THEN CASE WHEN last_on < a_ord{i} THEN amount_cents "
            f"WHEN first_on >= a_ord{i} THEN 0 ELSE {bought(f'a_first_at{i}', f'a_at{i}')} END "
            "ELSE 0 END")
        year_start, end_at = twelve_months_before(today), q.at(today + timedelta(days=1))
        # Each sum reads only the rows of its months (a FILTER: the others skip the CASE).
        sums.append(f"COALESCE(SUM({_purchases_within(q, year_start, today, last_day, amounts=True)}) "
                    f"FILTER (WHERE month >= {q.month(year_start)} AND month <= {q.month(today)}), 0) AS spend{i}, "
                    f"COALESCE(SUM({before}) FILTER (WHERE month >= s_month{i} AND month <= a_month{i}), 0) "
                    f"AS before{i}")
        # Refunds made after the day had not happened yet; a void undoes its purchase whenever it came.
        refunded.append(f"SUM(CASE WHEN is_void OR created_at < {end_at} THEN amount_cents ELSE 0 END) AS refunded{i}")
        # What a purchase's refunds change of what purchase_month holds: a voided purchase is
        # left out there already (its void gives the amount back), a refund is taken off.
        change = f"(CASE WHEN f.voided > 0 THEN p.amount_cents ELSE 0 END - f.refunded{i})"
        changes.append(f"SUM(CASE WHEN p.created_at >= {q.at(year_start)} AND p.created_at < {end_at} "
                       f"THEN {change} ELSE 0 END) AS spend{i}, "
                       f"SUM(CASE WHEN p.created_at >= s_at{i} AND p.created_at < a_at{i} "
                       f"THEN {change} ELSE 0 END) AS before{i}")
        member = f"b.joined_on <= {q.day(today)}"
        spends.append(f"CASE WHEN {member} THEN b.spend{i} + COALESCE(r.spend{i}, 0) END AS spend{i}, "
                      f"CASE WHEN {member} AND b.joined_on < cut.a_day{i} "
                      f"THEN b.before{i} + COALESCE(r.before{i}, 0) END AS before{i}")
    # b: a row for every customer, from the customer table in its own order, so that the
    # grouping needs no sort of the purchase months (a materialised list of the customers
    # would); the few refunds are joined to it afterwards, and the windows again (carried
    # through the grouping, as a MAX a row, they cost a quarter of the pass). c.joined_on
    # is the customer's own (c.id is its key, so PostgreSQL takes it ungrouped too).
    return f"""
        WITH cut AS MATERIALIZED ({' UNION ALL '.join(rows)}),
        b AS MATERIALIZED (
            SELECT c.id AS customer_id, c.joined_on, {', '.join(sums)}
            FROM customer c {join('c.joined_on')}
            LEFT JOIN purchase_month pm ON pm.customer_id = c.id
                                       AND pm.month >= {q.month(low)} AND pm.month <= {q.month(last_day)}
            WHERE c.merged_into_id IS NULL AND c.joined_on <= {q.day(last_day)}
            GROUP BY c.id
        ), f AS MATERIALIZED (
            SELECT purchase_id, SUM(CASE WHEN is_void THEN 1 ELSE 0 END) AS voided, {', '.join(refunded)}
            FROM refund GROUP BY purchase_id
        ), r AS MATERIALIZED (
            SELECT p.customer_id, {', '.join(changes)}
            FROM f JOIN purchase p ON p.id = f.purchase_id JOIN customer c ON c.id = p.customer_id {join('c.joined_on')}
            WHERE p.created_at >= {q.at(low)} GROUP BY p.customer_id
        )
        SELECT {', '.join(spends)} FROM b {join('b.joined_on')}
        LEFT JOIN r ON r.customer_id = b.customer_id"""


def _band(q: Params, column: str, thresholds: list[int]) -> str:
    """SQL: how many of the (ascending) thresholds `column` reaches; -1 for NULL."""
    reached = " ".join(f"WHEN {column} >= {q.int(cents)} THEN {i}" for i, cents in reversed(list(
        enumerate(thresholds, start=1))))
    return f"CASE WHEN {column} IS NULL THEN -1 {reached} ELSE 0 END"


def customers_per_tier(session: Session, days: list[date], settings: ProgrammeSettings) -> list[Counter[str | None]]:
    """For each of `days`, the customers who held each tier at its end (None: no tier), as the
    counter would have told them that day."""
    thresholds = sorted(set(settings.tier_thresholds.values()))
    q = Params()
    spends = _spend_sql(q, days, session.get_bind().dialect.name)
    bands = [f"{_band(q, f'{column}{i}', thresholds)} AS {column}{i}"
             for i in range(len(days)) for column in ("spend", "before")]
    rows = session.execute(q.sql(
        f"SELECT {', '.join(bands)}, COUNT(*) AS customers FROM ({spends}) spends "
        f"GROUP BY {', '.join(str(n) for n in range(1, len(bands) + 1))}")).all()

    def spend_of(band: int) -> int:  # a spend in the band: the threshold reached, or just below the lowest
        return thresholds[band - 1] if band > 0 else (thresholds[0] - 1 if thresholds else 0)

    counts: list[Counter[str | None]] = [Counter() for _ in days]
    for row in rows:
        for i in range(len(days)):
            now, before = row[2 * i], row[2 * i + 1]
            if now >= 0:  # a customer by then
                held = tiers.held_tier(spend_of(now), spend_of(before) if before >= 0 else None, settings)
                counts[i][held] += int(row.customers)
    return counts

@dataclass(frozen=True)
class MonthTiers:
    """Customers per tier at a month's end and at the end of the same month a year before."""

    ordered: list[str | None]  # highest tier first, None (no tier) last
    now: Counter[str | None]
    year_ago: Counter[str | None]


def month_tiers(session: Session, period: Period, today: date) -> MonthTiers | None:
    """The monthly report's tier table (None when the programme has no tiers). A month not
    over yet counts up to `today`."""
    settings = load_settings(session)
    if not settings.tier_thresholds:
        return None
    end = min(period.end, today)
    ordered: list[str | None] = sorted(settings.tier_thresholds, key=lambda t: -tier_rank(t, settings))
    now, year_ago = customers_per_tier(session, [end, _year_before(end)], settings)
    return MonthTiers([*ordered, None], now, year_ago)


def _year_before(day: date) -> date:
    """The same day a year before; the month's last day for a month's last day (29 February)."""
    before = add_months(day, -12)
    return _month_end(before) if day == _month_end(day) else before
