"""How long every dashboard figure takes on the 100,000-customer demo shop, next to one raw
SQL aggregation (the floor no code on top of SQLite can beat).

For a month, a quarter and a year it times period_stats (all key figures, the previous
period, CLV, the segments, the monthly series, the detractors) and each of its queries,
then the floor: the count and sum of the year's purchases in raw sqlite3, through the
created_at index and as one table scan. Aim: a year under 0.5 s.

Run from the project folder (not collected by pytest), on a demo shop made with
`uv run loyalty --db /tmp/big.db demo --customers 100000 --months 24`:
    uv run python -m tests.bench.bench_stats [--db /tmp/big.db | --url URL] [--runs 3]
The database is opened as it is (not upgraded), so a shop shared with others is left alone.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from desktop.core import measures
from desktop.core.measures import Period
from desktop.core.rules import add_months
from desktop.services import stats
from desktop.services.sql_params import local_midnight
from desktop.storage.engine import Database
from desktop.storage.migrate import SCHEMA_REVISION, current_revision
from desktop.storage.types import UTCDateTime
from tests.bench.bench_core import Raw

PARTS = ("_customers_pass", "_months", "_sales", "_joined", "_latent", "_ledger", "points_owed", "_surveys", "_refunds",
         "_detractors")  # stats' queries


def _timed_parts() -> dict[str, list[float]]:
    """Wrap stats' queries to time each; returns where the times are collected."""
    times: dict[str, list[float]] = defaultdict(list)
    for name in PARTS:
        real = getattr(stats, name)

        def wrapper(*args, _real=real, _name=name, **kwargs):
            began = time.perf_counter()
            try:
                return _real(*args, **kwargs)
            finally:
                times[_name].append(time.perf_counter() - began)

        setattr(stats, name, wrapper)
    return times


def _floor(url: str, period: Period, hint: str) -> float:
    raw = Raw(url)
    bounds = [UTCDateTime().process_bind_param(local_midnight(d), None)
              for d in (period.start, period.end + timedelta(days=1))]
    if raw.sqlite:
        bounds = [b.isoformat(sep=" ") for b in bounds]
    began = time.perf_counter()
    raw.rows(f"SELECT COUNT(*), SUM(amount_cents) FROM purchase {hint if raw.sqlite else ''} "
             "WHERE created_at >= ? AND created_at < ?", bounds)
    elapsed = time.perf_counter() - began
    raw.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/big.db"))
    parser.add_argument("--url", help="a server database holding a demo shop (instead of --db)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    url = args.url or f"sqlite:///{args.db}"
    db = Database(url)
    if (revision := current_revision(db)) != SCHEMA_REVISION:
        print(f"note: {url} is at schema {revision}, the code at {SCHEMA_REVISION}: timed without the newer "
              f"indexes, so slower than the app (it upgrades on opening); upgrade a copy first, e.g. "
              f"`uv run loyalty --db COPY stats`")
    with db.read() as session:
        customers = session.execute(text("SELECT COUNT(*) FROM customer")).scalar_one()
        last = session.execute(text("SELECT MAX(created_at) FROM purchase")).scalar_one()
    last_day = date.fromisoformat(str(last)[:10])
    month_end = last_day.replace(day=1) - timedelta(days=1)  # the last whole month
    month = measures.month(month_end.year, month_end.month)
    periods = {
        "month": month,
        "quarter": Period(add_months(month.start, -2), month_end),
        "year (12 months)": Period(add_months(month.start, -11), month_end),
    }
    times = _timed_parts()
    print(f"{customers:,} customers; {args.runs} runs each, median seconds")
    print(f"{'period':<18} {'all figures':>12} " + " ".join(f"{name.strip('_'):>15}" for name in PARTS))
    for label, period in periods.items():
        totals = []
        times.clear()
        for _ in range(args.runs):
            began = time.perf_counter()
            stats.period_stats(db, period)
            totals.append(time.perf_counter() - began)
        parts = " ".join(f"{statistics.median(times[name]):>15.3f}" for name in PARTS)
        print(f"{label:<18} {statistics.median(totals):>12.2f} {parts}")
    year = periods["year (12 months)"]
    hints = (("", "via the created_at index"), ("NOT INDEXED", "as one table scan"))
    for hint, name in hints if db.is_sqlite else hints[:1]:
        floor = statistics.median(_floor(url, year, hint) for _ in range(args.runs))
        print(f"floor: raw COUNT and SUM of a year's purchases {name}: {floor:.2f} s")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
