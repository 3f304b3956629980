"""How fast the counter's everyday operations are on a 100,000-customer shop, next to raw sqlite3.

Each operation runs through the service, as the app calls it, and then as the same query
written directly with Python's sqlite3 module on the same file: the floor no code on top of
SQLite can beat. Aims: every operation within 3x of its floor, a search under 10 ms p95, a
registration under 5 ms p95.

Run from the project folder (not collected by pytest):
    uv run python -m tests.bench.bench_core [--db PATH] [--runs 500] [--customers 100000]
With --db (or $LOYALTY_BENCH_DB) the shop is built once at PATH and reused on later runs;
without, it is built in a temporary folder and removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

from desktop.core.kinds import EntryKind
from desktop.services import customers, demo, points, purchases
from desktop.services.context import Actor
from desktop.storage.engine import BUSY_TIMEOUT_MS
from desktop.storage.migrate import open_database

WARM_UP = 20


def _raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the pragmas the app's engine sets."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", f"busy_timeout={BUSY_TIMEOUT_MS}"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def _timed(operation: Callable[[object], object], inputs: list) -> list[float]:
    """Milliseconds per call, after a few calls to warm the caches."""
    for item in inputs[:WARM_UP]:
        operation(item)
    times = []
    for item in inputs:
        began = time.perf_counter()
        operation(item)
        times.append((time.perf_counter() - began) * 1000)
    return times


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def _floor_purchase(raw: sqlite3.Connection, customer_id: int, cents: int) -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    raw.execute("BEGIN IMMEDIATE")
    purchase_id = raw.execute(
        "INSERT INTO purchase (customer_id, amount_cents, non_earning_cents, created_at, receipt_ref) "
        "VALUES (?, ?, 0, ?, '')", (customer_id, cents, now)).lastrowid
    raw.execute("INSERT INTO ledger_entry (customer_id, kind, points, created_at, purchase_id, reason, expires_on) "
                "VALUES (?, ?, ?, ?, ?, '', ?)", (customer_id, EntryKind.EARN.value, cents // 100, now, purchase_id,
                                                    date.today().replace(year=date.today().year + 2).isoformat()))
    raw.execute("COMMIT")


def _build(path: Path, count: int) -> None:
    started = time.perf_counter()
    db = open_database(f"sqlite:///{path}")
    try:
        summary = demo.generate_demo(db, Actor.command_line(), customers=count, months=24, seed=1,
                                     today=date.today(), progress=lambda line: print(f"  demo: {line}"))
    finally:
        db.dispose()
    print(f"Built the demo shop in {time.perf_counter() - started:.1f} s: {summary.customers:,} customers, "
          f"{summary.purchases:,} purchases, {summary.ledger_entries:,} ledger entries.")


def run(path: Path, runs: int, seed: int) -> list[tuple]:
    db = open_database(f"sqlite:///{path}")
    raw = _raw(path)
    actor = Actor.command_line()
    rng = random.Random(seed)
    people = raw.execute("SELECT id, card_number, search_name, phone_digits FROM customer "
                         "WHERE phone_digits != '' AND search_name != ''").fetchall()
    picked = [rng.choice(people) for _ in range(runs + WARM_UP)]
    names = [p[2][: rng.randint(2, 4)] for p in picked]  # what someone types before the list is short
    phones = [p[3][: rng.randint(4, 6)] for p in picked]
    amounts = [rng.randint(300, 6000) for _ in picked]

    def read(call):
        def operation(item):
            with db.read() as session:
                return call(session, item)
        return operation

    def fetch(sql):
        return lambda params: raw.execute(sql, params).fetchall()

    prefix = "SELECT * FROM customer WHERE {col} >= ? AND {col} < ? AND merged_into_id IS NULL " \
             "ORDER BY search_name, id LIMIT 50"
    cases = [
        ("register a purchase",
         lambda i: purchases.register_purchase(db, actor, picked[i][1], amounts[i]),
         lambda i: _floor_purchase(raw, picked[i][0], amounts[i]), 5.0),
        ("balance", read(lambda s, i: points.balance(s, picked[i][0])),
         lambda i: fetch("SELECT SUM(points) FROM ledger_entry WHERE customer_id = ?")((picked[i][0],)), None),
        ("find by card", read(lambda s, i: customers.find_by_card(s, picked[i][1])),
         lambda i: fetch("SELECT * FROM customer WHERE card_number = ?")((picked[i][1],)), None),
        ("search by name prefix", read(lambda s, i: customers.search(s, names[i], limit=50)),
         lambda i: fetch(prefix.format(col="search_name"))((names[i], names[i] + "\U0010ffff")), 10.0),
        ("search by phone prefix", read(lambda s, i: customers.search(s, phones[i], limit=50)),
         lambda i: fetch(prefix.format(col="phone_digits"))((phones[i], phones[i] + "\U0010ffff")), 10.0),
    ]
    rows = []
    for name, service, floor, aim_p95 in cases:
        calls = list(range(len(picked)))
        ours, theirs = _timed(service, calls), _timed(floor, calls)
        rows.append((name, statistics.median(ours), _p95(ours), statistics.median(theirs), _p95(theirs), aim_p95))
    raw.close()
    db.dispose()
    return rows


def report(rows: list[tuple], runs: int) -> bool:
    print(f"\n{runs} runs each, random customers; times in ms (service = desktop.services, floor = raw sqlite3)")
    header = (f"{'operation':<24}{'service':>9}{'p95':>8}{'floor':>9}{'p95':>8}{'ratio':>8}{'p95':>7}"
              f"  aims: <=3x floor, p95 limit")
    print(header)
    print("-" * len(header))
    all_met = True
    for name, median, p95, floor_median, floor_p95, aim_p95 in rows:
        ratio, ratio_p95 = median / floor_median, p95 / floor_p95
        misses = [f"{ratio:.1f}x floor"] if ratio > 3 else []
        if aim_p95 is not None and p95 > aim_p95:
            misses.append(f"p95 over {aim_p95:g} ms")
        all_met = all_met and not misses
        verdict = "MISSED: " + ", ".join(misses) if misses else "met"
        print(f"{name:<24}{median:9.3f}{p95:8.3f}{floor_median:9.3f}{floor_p95:8.3f}{ratio:7.1f}x{ratio_p95:6.1f}x"
              f"  {verdict}{f' (p95 < {aim_p95:g} ms)' if aim_p95 and not misses else ''}")
    return all_met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=os.environ.get("LOYALTY_BENCH_DB"),
                        help="SQLite file to build once and reuse (default: a temporary folder)")
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1, help="which random customers are picked")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="loyalty-bench-") as folder:
        path = Path(args.db) if args.db else Path(folder) / "bench.db"
        if not path.exists():
            _build(path, args.customers)
        return 0 if report(run(path, args.runs, args.seed), args.runs) else 1


if __name__ == "__main__":
    sys.exit(main())
