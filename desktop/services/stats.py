"""Every figure of the dashboard, `loyalty stats` and the monthly report, for any period,
read in a few SQL aggregations (read-only; nothing here writes).

The API:

    from desktop.core.measures import Period
    from desktop.services.stats import period_stats

    with db.read() as session:                    # or pass the Database itself
        stats = period_stats(session, Period(date(2026, 10, 1), date(2026, 10, 31)))
    stats.current.nps            # a Measure: .value (float) or .reason (why it is unknown)
    stats.previous.nps           # the same figure for the previous period
    stats.change("nps")          # current - previous, as a Measure
    stats.current.active         # plain counts are ints
    stats.series                 # MonthlySeries for the charts: per calendar month
    stats.current.segments       # {Segment: customers} at the period's end
    stats.detractors             # the period's detractors (newest first) to follow up

`period_stats(session_or_db, period, settings=None)`: settings default to the stored
programme settings (they give the latent threshold, the segment rules and a point's value).
`customers_behind(session, figure, stats_period, settings, after_id, limit)` lists the
customers behind a figure, a page at a time (the dashboard's click-through).

The measures themselves are defined in desktop.core.measures (see its docstring and the
README's "Measures"); segments follow desktop.core.moments.segment, written here in SQL.

How it stays fast: it reads the running totals of desktop/storage/summaries.py, not the
raw rows. One pass over purchase_month (a row per customer and month they bought in)
grouped by customer gives who bought in each period and the segments; it runs on a second
connection while the month totals, the latent customers per month (from each month's
"next month bought"), the points (ledger_day) and the liability (ledger_day less
allocation_day) are read. A period edge inside a month is decided by the customer's first
and last day in it; only a customer who bought on both sides is counted from purchases.
Times are compared as UTC instants of the shop's local midnights, days as local dates.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.core import clock, measures
from desktop.core.kinds import CREDIT_KINDS, EntryKind
from desktop.core.measures import Measure, Period, ScoreBands
from desktop.core.moments import NEWCOMER_DAYS, Segment
from desktop.core.rules import ProgrammeSettings, add_months
from desktop.core.till import TillCoverage, members_share
from desktop.services.context import reads
from desktop.services.settings import load_settings
from desktop.services.sql_params import Params, as_datetime
from desktop.services.till_totals import coverages
from desktop.storage.counted import not_voided_sql
from desktop.storage.engine import Database
from desktop.storage.summaries import month_number, month_start
from desktop.storage.types import UTCDateTime

DETRACTORS_LISTED = 100
# Kinds counted as points issued: earning (less reversals of refunded purchases), bonuses,
# opening balances. Positive corrections count too; transfers between merged cards do not.
_ISSUED_KINDS = (EntryKind.EARN, EntryKind.REVERSAL, EntryKind.WELCOME, EntryKind.BIRTHDAY,
                 EntryKind.REFERRAL, EntryKind.MILESTONE, EntryKind.OPENING)


@dataclass(frozen=True)
class Figures:
    """Every figure for one period. Counts are ints; ratios are Measures."""

    period: Period
    # surveys
    responses: int
    bands: ScoreBands
    nps: Measure
    cli: Measure
    sci: Measure
    promoters_share: Measure
    passives_share: Measure  # the 7-8 band: satisfied enough, still free to leave
    detractors_share: Measure
    # purchases
    active: int  # bought in the period
    new_customers: int  # joined in the period
    purchases: int
    revenue_cents: int  # members' purchases less their refunds
    till: TillCoverage  # the till's own total, as far as the owner entered it (desktop.core.till)
    members_share: Measure  # revenue_cents of the till's total: known only where it was entered each day
    repurchase_rate: Measure
    churn: Measure
    retention: Measure
    average_purchase_cents: Measure
    purchase_frequency: Measure
    # points
    points_issued: int
    points_redeemed: int
    points_expired: int
    points_outstanding: int  # at the period's end
    liability_cents: Measure


@dataclass(frozen=True)
class MonthlySeries:
    months: list[Period]
    nps: list[Measure]
    responses: list[int]
    active: list[int]
    new_customers: list[int]
    latent: list[int]  # latent at the month's end
    points_issued: list[int]
    points_redeemed: list[int]


@dataclass(frozen=True)
class Detractor:
    survey_id: int
    at: datetime
    score: int
    comment: str
    customer_id: int | None
    name: str
    card_number: str
    phone: str  # to call them back


@dataclass(frozen=True)
class PeriodStats:
    current: Figures
    previous: Figures
    clv_cents: Measure  # on the 12 months to the period's end (see desktop.core.measures)
    segments: dict[Segment, int]  # at the period's end (today, for a period not over yet)
    latent_with_consent: int  # latent customers then who may be mailed
    latent_with_address: int  # of those, the ones a letter can reach (documents.latent_with_consent's rule)
    detractors: list[Detractor]  # the period's detractors, newest first (at most DETRACTORS_LISTED)
    series: MonthlySeries
    settings: ProgrammeSettings = field(repr=False)
    year_ago: Figures | None = None  # the same period a year before, when asked for

    def change(self, name: str) -> Measure:
        """The figure `name` of this period less the previous period's."""
        now, before = getattr(self.current, name), getattr(self.previous, name)
        if isinstance(now, Measure):
            return now.change_from(before)
        return Measure(float(now - before))


def _month_end(month: date) -> date:
    return add_months(month, 1) - timedelta(days=1)


def _purchases_within(q: Params, start: date, end: date, rows_to: date, *, amounts: bool = False) -> str:
    """SQL: a purchase_month row's purchases (with `amounts`, their amount) made on the days
    [start, end], for rows of the months up to `rows_to` (what the query reads); whole months
    cost one comparison a row.

    Whole months count as they are. A month cut by `start` or `end` counts whole or not at
    all when the customer's first and last day in it say so; only a customer who bought on
    both sides of the cut is counted from their purchases."""
    purchases, cases, whole = _within(q, start, end, rows_to, amounts=amounts)
    if whole is not None:
        if not cases and not whole:
            return purchases
        cases.append(f"WHEN {' AND '.join(whole) or '1 = 1'} THEN {purchases}")
    return f"CASE {' '.join(cases)} ELSE 0 END" if cases else "0"


def _sum_within(q: Params, start: date, end: date, rows_to: date) -> str:
    """SQL: the sum of _purchases_within over a group of purchase_month rows. Whole months
    only are summed with a FILTER: the rows outside skip the sum (a fifth less CPU than a
    CASE a row on SQLite)."""
    purchases, cases, whole = _within(q, start, end, rows_to, amounts=False)
    if cases or not whole:
        return f"SUM({_purchases_within(q, start, end, rows_to)})"
    return f"COALESCE(SUM({purchases}) FILTER (WHERE {' AND '.join(whole)}), 0)"


def _within(q: Params, start: date, end: date, rows_to: date, *,
            amounts: bool) -> tuple[str, list[str], list[str] | None]:
    """_purchases_within's parts: the column summed, the WHEN branches of the months cut by
    `start` or `end`, and the conditions on the month of the whole months between (None:
    no whole month; empty: every month read)."""
    purchases, counted = ("amount_cents", "COALESCE(SUM(o.amount_cents), 0)") if amounts else ("purchases", "COUNT(*)")

    def part(first: date, last: date) -> str:  # within one month
        low, high = q.ordinal(first), q.ordinal(last)
        return (f"CASE WHEN first_on >= {low} AND last_on <= {high} THEN {purchases} "
                f"WHEN last_on < {low} OR first_on > {high} THEN 0 "
                f"ELSE (SELECT {counted} FROM purchase o WHERE o.customer_id = pm.customer_id "
                f"AND o.created_at >= {q.at(first)} AND o.created_at < {q.at(last + timedelta(days=1))} "
                f"AND {not_voided_sql('o')}) END")

    end = min(end, _month_end(rows_to))
    if start > end:
        return purchases, [], None
    first_month, last_month = start.replace(day=1), end.replace(day=1)
    if first_month == last_month and (start != first_month or end != _month_end(last_month)):
        return purchases, [f"WHEN month = {q.month(first_month)} THEN {part(start, end)}"], None
    cases, whole = [], [first_month, last_month]  # the whole months [whole[0], whole[1]]
    if start != first_month:
        cases.append(f"WHEN month = {q.month(first_month)} THEN {part(start, _month_end(first_month))}")
        whole[0] = add_months(first_month, 1)
    if end != _month_end(last_month):
        cases.append(f"WHEN month = {q.month(last_month)} THEN {part(last_month, end)}")
        whole[1] = add_months(last_month, -1)
    if whole[0] > whole[1]:
        return purchases, cases, None
    if whole[0] == whole[1] and date.min < whole[0] < rows_to:
        return purchases, cases, [f"month = {q.month(whole[0])}"]
    return purchases, cases, ([f"month >= {q.month(whole[0])}"] if whole[0] > date.min else []) + \
        ([f"month <= {q.month(whole[1])}"] if whole[1] < rows_to else [])


def _customers_pass(session: Session, periods: dict[str, Period], today: date,
                    settings: ProgrammeSettings, ids: tuple[int, int]) -> dict[str, int]:
    """One pass over the purchase months (purchase_month) of the customers with ids in
    [ids[0], ids[1]): who bought in each of `periods`, who bought in two of them, and the
    segments at `today` (the period's last day). Periods with the same days are counted
    once. Every figure counts customers, so the figures of parts add up."""
    q = Params()
    low, high = q.int(ids[0]), q.int(ids[1])
    ranges = {key: (p.start, p.end) for key, p in periods.items()}
    ranges |= {"window": (today - timedelta(days=settings.latent_after_days), today),  # as moments.segment says
               "year": (today - timedelta(days=365), today),  # the counter's year (services/overview.py)
               "total": (date.min, today)}
    columns: dict[tuple[date, date], str] = {}
    for key, days in ranges.items():
        columns.setdefault(days, f"n_{key}")
    alias = {key: columns[days] for key, days in ranges.items()}
    last = max(end for _, end in ranges.values()).replace(day=1)
    sums = ", ".join(f"{_sum_within(q, *days, last)} AS {name}" for days, name in columns.items())
    per_customer = ", ".join(f"b.{name}" for name in columns.values())

    def count(condition: str) -> str:
        return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"

    # Each figure a sum over the customers; periods with the same days share theirs.
    conditions: dict[str, str] = {}  # condition -> its column
    figures: dict[str, str] = {}  # figure -> the column that counts it
    for key in periods:
        figures[f"buyers_{key}"] = conditions.setdefault(f"{alias[key]} > 0", f"f{len(conditions)}")
        figures[f"repeat_{key}"] = conditions.setdefault(f"{alias[key]} > 1", f"f{len(conditions)}")
    pairs = (("pp", "p"), ("p", "cur"), ("py", "y")) + ((("lyp", "ly"),) if "ly" in periods else ())
    for earlier, later in pairs:
        figures[f"kept_{later}"] = conditions.setdefault(f"{alias[earlier]} > 0 AND {alias[later]} > 0",
                                                         f"f{len(conditions)}")

    # The segment at `today`, rule by rule as in moments.segment().
    total, window, year = alias["total"], alias["window"], alias["year"]
    rules = [
        (Segment.LATENT, f"{window} = 0 AND {total} > 0"),
        (Segment.NEWCOMER, f"joined_on >= {q.day(today - timedelta(days=NEWCOMER_DAYS))} OR {total} < 2"),
        (Segment.ADVOCATE, f"referrals >= {q.int(settings.advocate_min_referrals)} OR last_recommend >= 9"),
        (Segment.SILENT_LOYALIST, f"{year} >= {q.int(settings.silent_loyalist_min_visits)} "
                                  f"AND surveys = 0 AND referrals = 0"),
    ]
    segment_case = ("CASE " + " ".join(f"WHEN {rule} THEN {list(Segment).index(name)}" for name, rule in rules)
                    + f" ELSE {list(Segment).index(Segment.RETURNING)} END")
    to_day = q.day(today)
    statement = f"""
        WITH b AS MATERIALIZED (
            SELECT customer_id, {sums} FROM purchase_month pm
            WHERE customer_id >= {low} AND customer_id < {high} AND month <= {q.month(last)} GROUP BY customer_id
        ), r AS MATERIALIZED (
            SELECT referred_by_id AS customer_id, COUNT(*) AS referrals
            FROM customer WHERE referred_by_id >= {low} AND referred_by_id < {high} AND joined_on <= {to_day}
            GROUP BY referred_by_id
        ), s AS MATERIALIZED (
            SELECT customer_id, COUNT(*) AS surveys, MAX(CASE WHEN id = latest THEN recommend END) AS last_recommend
            FROM (SELECT customer_id, id, recommend, MAX(id) OVER (PARTITION BY customer_id) AS latest
                  FROM survey_response
                  WHERE customer_id >= {low} AND customer_id < {high}
                        AND created_at < {q.at(today + timedelta(days=1))}) answers
            GROUP BY customer_id
        ), per AS (
            SELECT c.joined_on, c.marketing_consent AS consent,
                   (c.street <> '' AND (c.postcode <> '' OR c.city <> '')) AS addressed, {per_customer},
                   COALESCE(r.referrals, 0) AS referrals, COALESCE(s.surveys, 0) AS surveys, s.last_recommend
            FROM b JOIN customer c ON c.id = b.customer_id
            LEFT JOIN r ON r.customer_id = c.id
            LEFT JOIN s ON s.customer_id = c.id
            WHERE c.merged_into_id IS NULL
        ), seg AS (
            SELECT per.*, CASE WHEN joined_on > {to_day} THEN -1 ELSE {segment_case} END AS segment FROM per
        )
        SELECT segment, consent, addressed, COUNT(*) AS customers,
               {', '.join(f"{count(condition)} AS {column}" for condition, column in conditions.items())}
        FROM seg GROUP BY segment, consent, addressed
    """
    # Grouped by segment: each customer's segment is worked out once, and no sum runs per segment.
    rows = session.execute(q.sql(statement)).mappings().all()
    found = {figure: sum(int(row[column]) for row in rows) for figure, column in figures.items()}
    for index, name in enumerate(Segment):
        found[f"seg_{name.value}"] = sum(int(row["customers"]) for row in rows if row["segment"] == index)
    latent = [row for row in rows if row["segment"] == list(Segment).index(Segment.LATENT) and row["consent"]]
    found["latent_consent"] = sum(int(row["customers"]) for row in latent)
    found["latent_addressed"] = sum(int(row["customers"]) for row in latent if row["addressed"])
    # The customers with no purchase months read are newcomers: their total is 0 (less than 2).
    members = session.execute(q.sql(f"SELECT COUNT(*) FROM customer WHERE id >= {low} AND id < {high} "
                                    f"AND merged_into_id IS NULL AND joined_on <= {to_day}")).scalar_one()
    found[f"seg_{Segment.NEWCOMER.value}"] += int(members) - sum(int(row["customers"]) for row in rows
                                                                if row["segment"] >= 0)
    return found


@dataclass(frozen=True)
class _Months:
    """Per calendar month: buyers, purchases and their amount (purchase_month's totals)."""

    rows: dict[date, tuple[int, int, int]]

    def active(self, month: Period) -> int:
        return self.rows.get(month.start, (0, 0, 0))[0]


def _months(session: Session, first: date, last: date) -> _Months:
    q = Params()
    rows = session.execute(q.sql(f"""
        SELECT month, COUNT(*) AS buyers, SUM(purchases) AS purchases, SUM(amount_cents) AS cents
        FROM purchase_month WHERE month >= {q.month(first)} AND month <= {q.month(last)}
        GROUP BY month""")).all()
    return _Months({month_start(row.month): (int(row.buyers), int(row.purchases), int(row.cents)) for row in rows})


def _sales(session: Session, ranges: dict[str, Period], months: _Months) -> dict[str, tuple[int, int]]:
    """Purchases and their amount in each range: whole months from purchase_month, the days of
    a month cut by the range from the purchases."""
    q = Params()
    found: dict[str, tuple[int, int]] = {}
    slices: list[str] = []
    for key, period in ranges.items():
        count = cents = 0
        month = period.start.replace(day=1)
        while month <= period.end:
            first, last = max(month, period.start), min(_month_end(month), period.end)
            if first == month and last == _month_end(month):
                _, bought, amount = months.rows.get(month, (0, 0, 0))
                count, cents = count + bought, cents + amount
            else:
                slices.append(f"SELECT '{key}' AS range, COUNT(*) AS n, SUM(amount_cents) AS cents FROM purchase "
                              f"WHERE created_at >= {q.at(first)} AND created_at < {q.at(last + timedelta(days=1))} "
                              f"AND {not_voided_sql()}")
            month = add_months(month, 1)
        found[key] = (count, cents)
    if slices:
        for row in session.execute(q.sql(" UNION ALL ".join(slices))).all():
            count, cents = found[row.range]
            found[row.range] = (count + int(row.n), cents + int(row.cents or 0))
    return found


def _joined(session: Session, ranges: dict[str, Period]) -> dict[str, int]:
    """Customers (not merged away) who joined in each range."""
    q = Params()
    first, last = min(p.start for p in ranges.values()), max(p.end for p in ranges.values())
    rows = session.execute(q.sql(f"""
        SELECT joined_on, COUNT(*) AS n FROM customer
        WHERE merged_into_id IS NULL AND joined_on >= {q.day(first)} AND joined_on <= {q.day(last)}
        GROUP BY joined_on""")).all()
    days = [(_as_date(row.joined_on), int(row.n)) for row in rows]
    return {key: sum(n for day, n in days if p.start <= day <= p.end) for key, p in ranges.items()}


def _latent(session: Session, ends: list[date], settings: ProgrammeSettings) -> list[int]:
    """The customers latent at the end of each day in `ends`: their last purchase by then
    lies more than the latent days back. A customer's last purchase month by a day is the
    purchase_month row whose next month comes after that day's month."""
    q = Params()
    cuts = [end - timedelta(days=settings.latent_after_days) for end in ends]
    rows = session.execute(q.sql(f"""
        SELECT next_month, last_on, COUNT(*) AS n FROM purchase_month
        WHERE last_on < {q.ordinal(max(cuts))} AND (next_month IS NULL OR next_month > {q.month(min(ends))})
        GROUP BY next_month, last_on""")).all()
    found = [(row.next_month, row.last_on, row.n) for row in rows]  # thousands of rows, read once per end
    return [sum(n for next_month, last_on, n in found if last_on < cut and (next_month is None or next_month > month))
            for cut, month in ((cut.toordinal(), month_number(end)) for end, cut in zip(ends, cuts, strict=True))]


def _as_date(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _labelled(q: Params, ranges: dict[str, Period]) -> tuple[str, str, str]:
    """A CASE giving each row the label of the (disjoint) range it falls in, and the bounds of all."""
    case = "CASE " + " ".join(
        f"WHEN created_at >= {q.at(p.start)} AND created_at < {q.at(p.end + timedelta(days=1))} THEN '{label}'"
        for label, p in ranges.items()) + " END"
    start = min(p.start for p in ranges.values())
    end = max(p.end for p in ranges.values()) + timedelta(days=1)
    return case, q.at(start), q.at(end)


@dataclass
class _Surveys:
    bands: ScoreBands
    cli_sum: int = 0
    cli_respondents: int = 0
    sci_secure: int = 0
    sci_respondents: int = 0


def _surveys(session: Session, ranges: dict[str, Period]) -> dict[str, _Surveys]:
    q = Params()
    label, start, end = _labelled(q, ranges)
    complete_cli = "recommend IS NOT NULL AND buy_again IS NOT NULL AND buy_more IS NOT NULL"
    complete_sci = "satisfaction IS NOT NULL AND buy_again IS NOT NULL AND recommend IS NOT NULL"
    rows = session.execute(q.sql(f"""
        SELECT {label} AS label, recommend, COUNT(*) AS answers,
               SUM(CASE WHEN {complete_cli} THEN recommend + buy_again + buy_more ELSE 0 END) AS cli_sum,
               SUM(CASE WHEN {complete_cli} THEN 1 ELSE 0 END) AS cli_n,
               SUM(CASE WHEN {complete_sci} AND satisfaction >= 9 AND buy_again >= 9 AND recommend >= 9
                        THEN 1 ELSE 0 END) AS secure,
               SUM(CASE WHEN {complete_sci} THEN 1 ELSE 0 END) AS sci_n
        FROM survey_response
        WHERE created_at >= {start} AND created_at < {end} AND recommend IS NOT NULL
        GROUP BY 1, 2""")).all()
    counts = {key: [0] * 11 for key in ranges}
    result = {key: _Surveys(ScoreBands()) for key in ranges}
    for row in rows:
        if row.label is None:
            continue
        counts[row.label][row.recommend] = int(row.answers)
        found = result[row.label]
        found.cli_sum += int(row.cli_sum)
        found.cli_respondents += int(row.cli_n)
        found.sci_secure += int(row.secure)
        found.sci_respondents += int(row.sci_n)
    for key, found in result.items():
        found.bands = ScoreBands(tuple(counts[key]))
    return result


@dataclass(frozen=True)
class _Ledger:
    """The ledger summed per time bucket between `days`: points issued, redeemed and
    expired."""

    days: list[date]
    rows: dict[int, tuple[int, int, int]]

    def points(self, period: Period) -> dict[str, int]:
        first, last = self.days.index(period.start), self.days.index(period.end + timedelta(days=1))
        sums = [sum(self.rows.get(i, (0, 0, 0))[k] for i in range(first, last)) for k in range(3)]
        return dict(zip(("issued", "redeemed", "expired"), sums, strict=True))


def _ledger(session: Session, days: list[date]) -> _Ledger:
    # ledger_day: the ledger summed per day and kind (desktop/storage/summaries.py)
    q = Params()
    issued = {kind.value for kind in _ISSUED_KINDS}
    kinds = ", ".join(f"'{kind}'" for kind in sorted(issued | {EntryKind.ADJUST.value, EntryKind.REDEEM.value,
                                                               EntryKind.EXPIRE.value}))
    rows = session.execute(q.sql(f"""
        SELECT day, kind, SUM(points) AS total, SUM(gained) AS gained FROM ledger_day
        WHERE kind IN ({kinds}) AND day >= {q.day(days[0])} AND day < {q.day(days[-1])}
        GROUP BY day, kind""")).all()
    sums: dict[int, tuple[int, int, int]] = {}
    for row in rows:
        bucket = bisect_right(days, _as_date(row.day)) - 1
        total, gained = int(row.total), int(row.gained)
        was_issued, redeemed, expired = sums.get(bucket, (0, 0, 0))
        if row.kind in issued:
            was_issued += total
        elif row.kind == EntryKind.ADJUST:  # positive corrections only
            was_issued += gained
        elif row.kind == EntryKind.REDEEM:
            redeemed -= total
        else:
            expired -= total
        sums[bucket] = (was_issued, redeemed, expired)
    return _Ledger(days, sums)


def points_owed(session: Session, days: list[date]) -> dict[date, int]:
    """Points the shop still owes at the end of each day: what is left in lots still valid
    then. A customer's open debt is not subtracted (it is paid from points not earned yet,
    not money the shop gets back), and points past their date count as gone even before the
    expiry run books them. From ledger_day and allocation_day: a lot's day is when it was
    made, an allocation's the later of its debit's and its lot's (NEVER_EXPIRES sorts last)."""
    q = Params()
    credit = ", ".join(f"'{kind.value}'" for kind in sorted(CREDIT_KINDS))
    lots, taken = [], []
    for i, day in enumerate(days):
        valid = f"day <= {q.day(day)} AND expires_on > {q.day(day)}"
        lots.append(f"SUM(CASE WHEN {valid} THEN gained END) AS lots{i}")
        taken.append(f"SUM(CASE WHEN {valid} THEN points END) AS taken{i}")
    # One scan of each table for all the days: a range of days per day read allocation_day's
    # rows along its key once per day, a row lookup each (0.17 against 0.06 s at 100,000 customers).
    alive = f"expires_on > {q.day(min(days))}"
    row = session.execute(q.sql(
        f"SELECT * FROM (SELECT {', '.join(lots)} FROM ledger_day WHERE kind IN ({credit}) AND {alive}) l, "
        f"(SELECT {', '.join(taken)} FROM allocation_day WHERE {alive}) a")).mappings().one()
    return {day: int(row[f"lots{i}"] or 0) - int(row[f"taken{i}"] or 0) for i, day in enumerate(days)}


def _detractors(session: Session, period: Period) -> list[Detractor]:
    q = Params()
    rows = session.execute(q.sql(f"""
        SELECT s.id, s.created_at, s.recommend, s.comment, c.id AS customer_id, c.name, c.card_number, c.phone
        FROM survey_response s LEFT JOIN customer c ON c.id = s.customer_id
        WHERE s.recommend <= 6 AND s.created_at >= {q.at(period.start)}
              AND s.created_at < {q.at(period.end + timedelta(days=1))}
        ORDER BY s.created_at DESC, s.id DESC
        LIMIT {DETRACTORS_LISTED}""").columns()).all()
    return [Detractor(row.id, UTCDateTime().process_result_value(as_datetime(row.created_at), None), row.recommend,
                      row.comment, row.customer_id, row.name or "", row.card_number or "", row.phone or "")
            for row in rows]


# -- putting it together ----------------------------------------------------------------------

def _figures(period: Period, key: str, counts: dict[str, int], sales: tuple[int, int], joined: int,
             surveys: _Surveys, points: dict[str, int], outstanding: int, refunds: int, previous_key: str,
             settings: ProgrammeSettings, till: TillCoverage) -> Figures:
    bands = surveys.bands
    buyers, (purchases, gross) = counts[f"buyers_{key}"], sales
    net = gross - refunds
    previous_buyers = counts[f"buyers_{previous_key}"]
    return Figures(
        period=period, responses=bands.total, bands=bands, nps=measures.nps(bands),
        cli=measures.cli(surveys.cli_sum, surveys.cli_respondents),
        sci=measures.sci(surveys.sci_secure, surveys.sci_respondents),
        promoters_share=bands.share("promoters"), passives_share=bands.share("passives"),
        detractors_share=bands.share("detractors"),
        active=buyers, new_customers=joined, purchases=purchases, revenue_cents=net,
        till=till, members_share=members_share(net, till),
        repurchase_rate=measures.repurchase_rate(buyers, counts[f"repeat_{key}"]),
        churn=measures.churn(previous_buyers, counts[f"kept_{key}"]),
        retention=measures.retention(previous_buyers, counts[f"kept_{key}"]),
        average_purchase_cents=measures.average_purchase_value(net, purchases),
        purchase_frequency=measures.purchase_frequency(purchases, buyers),
        points_issued=points["issued"], points_redeemed=points["redeemed"], points_expired=points["expired"],
        points_outstanding=outstanding,
        liability_cents=measures.liability_cents(outstanding, settings.point_value_cents),
    )


def _refunds(session: Session, ranges: dict[str, Period]) -> dict[str, int]:
    """Refunds (not voids) of the purchases made in each range, whenever they were given."""
    q = Params()
    columns = ", ".join(
        f"SUM(CASE WHEN p.created_at >= {q.at(r.start)} AND p.created_at < {q.at(r.end + timedelta(days=1))} "
        f"THEN f.amount_cents ELSE 0 END) AS {key}" for key, r in ranges.items())
    row = session.execute(q.sql(f"""
        SELECT {columns} FROM refund f JOIN purchase p ON p.id = f.purchase_id
        WHERE NOT f.is_void AND {not_voided_sql('p')}""")).mappings().one()
    return {key: int(value or 0) for key, value in row.items()}


# Parts of the customer ids for the pass's two workers. The early customers hold most purchase
# months, so a worker takes the next part when it is done; at 100,000 customers four parts
# took a year on the dashboard from 0.54-0.56 to 0.50-0.52 s (one part, as before, on a worker).
_PASS_PARTS = 4
_ALL_IDS = 2**62  # past every id


def _customers_pass_meanwhile(session: Session, periods: dict[str, Period], today: date,
                              settings: ProgrammeSettings) -> Callable[[], dict[str, int]]:
    """_customers_pass over all customers, in parts by id on two connections of their own
    (the pass takes as long as all the other figures together); returns what waits for the
    figures. A session tied to one connection counts them at once, in one part."""
    bind = session.get_bind()
    if not isinstance(bind, Engine):
        found = _customers_pass(session, periods, today, settings, (0, _ALL_IDS))
        return lambda: found
    first, last = session.execute(Params().sql("SELECT MIN(id), MAX(id) FROM customer")).one()
    if first is None:
        first = last = 0
    step = max(1, (last - first + _PASS_PARTS) // _PASS_PARTS)
    parts = [(low, low + step) for low in range(first, last + 1, step)]

    def run(ids: tuple[int, int]) -> dict[str, int]:
        with Session(bind) as own:
            return _customers_pass(own, periods, today, settings, ids)

    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="loyalty-stats")
    futures = [pool.submit(run, ids) for ids in parts]
    pool.shutdown(wait=False)

    def figures() -> dict[str, int]:
        found: dict[str, int] = {}
        for future in futures:
            for name, value in future.result().items():
                found[name] = found.get(name, 0) + value
        return found
    return figures



def period_stats(source: Session | Database, period: Period,
                 settings: ProgrammeSettings | None = None, *, year_ago: bool = False) -> PeriodStats:
    """Every figure for `period` and the period before it, and the monthly series; with
    `year_ago` also the figures of the same period a year before (the monthly report's)."""
    if isinstance(source, Database):
        with source.read() as session:
            return period_stats(session, period, settings, year_ago=year_ago)
    session = source
    settings = settings or load_settings(session)
    previous = period.previous()
    year = period.year_to_end()
    periods = {"cur": period, "p": previous, "pp": previous.previous(), "y": year, "py": year.previous()}
    if year_ago:
        periods |= {"ly": period.year_before(), "lyp": period.year_before().previous()}
    # The periods that get their full figures.
    compared: dict[str, Period] = {key: periods[key] for key in ("cur", "p", "ly") if key in periods}
    # A period reaching into the future: segments as of today, no months yet to come.
    today = min(period.end, clock.today())
    series = [m for m in period.months() if m.start <= today] or period.months()
    counts_found = _customers_pass_meanwhile(session, periods, today, settings)
    summed = (*compared.values(), year, *series)  # the months read: the periods before these are the pass's
    months = _months(session, min(p.start for p in summed), max(p.end for p in summed))
    sales = _sales(session, compared | {"y": year}, months)
    joined = _joined(session, compared | {f"m{i}": m for i, m in enumerate(series)})
    # Whole purchases refunded later: their refunds come off the period's revenue.
    refunds = _refunds(session, compared | {"y": year})
    surveys = _surveys(session, compared)
    monthly_surveys = _surveys(session, {f"m{i}": m for i, m in enumerate(series)})
    ledger = _ledger(session, sorted({d for p in (*compared.values(), *series)
                                      for d in (p.start, p.end + timedelta(days=1))}))
    owed = points_owed(session, [p.end for p in compared.values()])
    latent = _latent(session, [min(m.end, today) for m in series], settings)
    detractors = _detractors(session, period)
    till = coverages(session, compared)
    counts = counts_found()
    before_key = {"cur": "p", "p": "pp", "ly": "lyp"}
    figures = {key: _figures(p, key, counts, sales[key], joined[key], surveys[key], ledger.points(p), owed[p.end],
                             refunds[key], before_key[key], settings, till[key]) for key, p in compared.items()}
    purchases_y, gross_y = sales["y"]
    clv = measures.clv(gross_y - refunds["y"], purchases_y, counts["buyers_y"], counts["buyers_py"], counts["kept_y"])
    monthly = MonthlySeries(
        months=series,
        nps=[measures.nps(monthly_surveys[f"m{i}"].bands) for i in range(len(series))],
        responses=[monthly_surveys[f"m{i}"].bands.total for i in range(len(series))],
        active=[months.active(m) for m in series],
        new_customers=[joined[f"m{i}"] for i in range(len(series))],
        latent=latent,
        points_issued=[ledger.points(m)["issued"] for m in series],
        points_redeemed=[ledger.points(m)["redeemed"] for m in series],
    )
    return PeriodStats(
        current=figures["cur"], previous=figures["p"], clv_cents=clv,
        segments={name: counts[f"seg_{name.value}"] for name in Segment},
        latent_with_consent=counts["latent_consent"], latent_with_address=counts["latent_addressed"],
        detractors=detractors, series=monthly, settings=settings, year_ago=figures.get("ly"),
    )


# -- the key figures, in the order the dashboard and `loyalty stats` show them ------------------

@dataclass(frozen=True)
class KeyFigure:
    name: str  # the Figures attribute, or "clv_cents"
    label: str  # English; the desktop app translates it
    unit: str  # "score", "index", "percent", "cents", "count", "points", "times"
    value: Measure
    change: Measure  # against the previous period (CLV: not compared)


KEY_FIGURES = (
    ("nps", "NPS", "score"),
    ("cli", "Customer Loyalty Index", "index"),
    ("sci", "Secure Customer Index", "percent"),
    ("passives_share", "Satisfied but not loyal (7-8)", "percent"),
    ("responses", "Survey answers", "count"),
    ("active", "Active customers", "count"),
    ("new_customers", "New customers", "count"),
    ("repurchase_rate", "Repurchase rate", "percent"),
    ("churn", "Churn", "percent"),
    ("retention", "Retention", "percent"),
    ("purchases", "Purchases", "count"),
    ("average_purchase_cents", "Average purchase", "cents"),
    ("purchase_frequency", "Purchases per customer", "times"),
    ("revenue_cents", "Revenue from members", "cents"),
    ("members_share", "Members' share of revenue", "percent"),
    ("clv_cents", "Customer lifetime value", "cents"),
    ("points_issued", "Points issued", "points"),
    ("points_redeemed", "Points redeemed", "points"),
    ("points_expired", "Points expired", "points"),
    ("liability_cents", "Points liability", "cents"),
)


def key_figures(stats: PeriodStats) -> list[KeyFigure]:
    found = []
    for name, label, unit in KEY_FIGURES:
        if name == "clv_cents":
            found.append(KeyFigure(name, label, unit, stats.clv_cents, Measure.missing(measures.NO_PREVIOUS)))
            continue
        value = getattr(stats.current, name)
        found.append(KeyFigure(name, label, unit, value if isinstance(value, Measure) else Measure(float(value)),
                               stats.change(name)))
    return found


# -- the customers behind a figure (the dashboard's click-through) ------------------------------

class Behind(StrEnum):
    ACTIVE = "active"  # bought in the period
    NEW = "new_customers"  # joined in the period
    LATENT_WITH_CONSENT = "latent_with_consent"  # latent at the period's end, may be mailed


@dataclass(frozen=True)
class CustomerLine:
    id: int
    card_number: str
    name: str
    phone: str
    email: str
    joined_on: date


@reads
def customers_behind(session: Session, figure: Behind, period: Period, settings: ProgrammeSettings, *,
                     after_id: int = 0, limit: int = 200) -> list[CustomerLine]:
    """A page of the customers counted in `figure`, by id (pass the last id seen for the next)."""
    q = Params()
    period = Period(period.start, max(period.start, min(period.end, clock.today())))  # not beyond today
    in_period = (f"o.created_at >= {q.at(period.start)} AND o.created_at < {q.at(period.end + timedelta(days=1))}")
    cut = q.at(period.end - timedelta(days=settings.latent_after_days))  # latent as moments.segment says
    end = q.at(period.end + timedelta(days=1))

    def bought(condition: str) -> str:
        return (f"EXISTS (SELECT 1 FROM purchase o WHERE o.customer_id = c.id AND {condition} "
                f"AND {not_voided_sql('o')})")

    condition = {
        Behind.ACTIVE: bought(in_period),
        Behind.NEW: f"c.joined_on >= {q.day(period.start)} AND c.joined_on <= {q.day(period.end)}",
        Behind.LATENT_WITH_CONSENT: (f"c.marketing_consent AND c.joined_on <= {q.day(period.end)} "
                                     f"AND {bought(f'o.created_at < {cut}')} "
                                     f"AND NOT {bought(f'o.created_at >= {cut} AND o.created_at < {end}')}"),
    }[figure]
    rows = session.execute(q.sql(f"""
        SELECT c.id, c.card_number, c.name, c.phone, c.email, c.joined_on FROM customer c
        WHERE c.merged_into_id IS NULL AND c.id > {q.int(after_id)} AND {condition}
        ORDER BY c.id LIMIT {q.int(limit)}""")).all()
    return [CustomerLine(row.id, row.card_number, row.name, row.phone, row.email,
                         date.fromisoformat(row.joined_on) if isinstance(row.joined_on, str) else row.joined_on)
            for row in rows]
