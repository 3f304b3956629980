"""How long the printed documents take on the 100,000-customer demo shop. Aim: the monthly
report under 5 s.

    uv run python tests/bench/bench_reports.py [DB | --url URL] [--runs 3] [--month 2026-10]

DB defaults to $LOYALTY_BENCH_DB, else /tmp/big.db; build it once with
`uv run loyalty --db /tmp/big.db demo --customers 100000 --months 24`. Prints the median
(and slowest) of each document, and the monthly report's parts: the measures
(services.stats), the lists (services.documents) and the drawing (charts, layout).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from desktop.core import clock, measures
from desktop.services.tier_counts import month_tiers
from desktop.storage.migrate import open_database
from desktop.storage.models import Customer, LedgerEntry, Purchase, Redemption
from reports import cards, letters, lists, monthly, slips, statement


def timed(runs: int, work: Callable[[], object]) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", default=os.environ.get("LOYALTY_BENCH_DB", "/tmp/big.db"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--month", default="")
    parser.add_argument("--url", help="a server database holding a demo shop (instead of DB)")
    args = parser.parse_args()
    if not args.url and not Path(args.db).exists():
        raise SystemExit(f"no database at {args.db}; build it with: uv run loyalty --db {args.db} demo "
                         "--customers 100000 --months 24")
    db = open_database(args.url or f"sqlite:///{args.db}")
    today = clock.today()
    last = today.replace(day=1) - timedelta(days=1)
    year, month = (int(p) for p in args.month.split("-")) if args.month else (last.year, last.month)
    period = measures.month(year, month)
    with db.read() as session:
        customers = session.exec(select(func.count()).select_from(Customer)).one()
        entries = session.exec(select(func.count()).select_from(LedgerEntry)).one()
        busiest = session.exec(select(Purchase.customer_id).group_by(Purchase.customer_id)
                               .order_by(func.count().desc()).limit(1)).one()
        card = session.get(Customer, busiest).card_number
        code = session.exec(select(Redemption.code).order_by(Redemption.id.desc())).first()
        purchase = session.exec(select(func.max(Purchase.id))).one()
        first_thousand = session.exec(select(Customer.card_number).order_by(Customer.id).limit(1000)).all()
    print(f"{args.url or args.db}: {customers:,} customers, {entries:,} ledger entries; month {year}-{month:02d}; "
          f"median / slowest of {args.runs} runs")

    def row(label: str, runs: int, work: Callable[[], object], note: Callable[[object], str] = lambda _: "") -> None:
        median, slowest, result = timed(runs, work)
        print(f"  {label:<52} {median:6.2f} s / {slowest:6.2f} s  {note(result)}")

    size = lambda pdf: f"{len(pdf) // 1024} KB"  # noqa: E731
    row("monthly report (Database: lists and tiers read alongside)", args.runs,
        lambda: monthly.monthly_pdf(db, year, month, "nl"), size)

    def one_session() -> bytes:
        with db.read() as session:
            return monthly.monthly_pdf(session, year, month, "nl")

    row("monthly report (one session, one after the other)", args.runs, one_session, size)

    def measures_only():
        with db.read() as session:
            return monthly.period_stats(session, period, year_ago=True)

    row("  of which the measures (services.stats)", args.runs, measures_only)

    def lists_only():
        with db.read() as session:
            return monthly._lists(session, period, period.months(), 90, 5)

    row("  of which the lists (services.documents)", args.runs, lists_only)

    def tiers_only():  # beside the lists: customers per tier, this month's end and a year before
        with db.read() as session:
            return month_tiers(session, period, today)

    row("  of which customers per tier (services.tier_counts)", args.runs, tiers_only)
    stats, found = monthly.gather(db, period)
    original = monthly._gather
    monthly._gather = lambda source, p: (stats, found, lambda: found.tiers)
    try:
        row("  of which charts and layout", args.runs, lambda: monthly.monthly_pdf(db, year, month, "nl"))
    finally:
        monthly._gather = original

    def in_session(make: Callable) -> Callable[[], bytes]:
        def work() -> bytes:
            with db.read() as session:
                return make(session)
        return work

    row("statement, busiest customer, 2 years", args.runs, in_session(
        lambda s: statement.statement_pdf(s, card, today - timedelta(days=730), today, "nl")), size)
    row("loyalty cards, 1,000 customers (100 sheets)", 1, in_session(
        lambda s: cards.cards_pdf(s, "nl", list(first_thousand))), size)
    row("voucher slip (80 mm)", args.runs, in_session(lambda s: slips.voucher_pdf(s, code, "nl")), size)
    row("points slip (80 mm)", args.runs, in_session(lambda s: slips.points_slip_pdf(s, purchase, "nl")), size)
    row("end-of-day summary (A4), yesterday", args.runs, in_session(
        lambda s: lists.day_pdf(s, today - timedelta(days=1), "nl")), size)
    row("birthday list, coming month", args.runs, in_session(
        lambda s: lists.birthdays_pdf(s, today, today + timedelta(days=30), "nl")), size)
    row("reactivation letters, 500", 1, in_session(lambda s: letters.letters_pdf(s, "nl", limit=500)), size)


if __name__ == "__main__":
    main()
