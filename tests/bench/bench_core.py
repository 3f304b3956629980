"""The counter's everyday operations on a big shop, each next to its floor, call by call.

Each operation runs through the service, as the app calls it, and right after each call
its floor runs once: the least any code on top of the database can do for the same
result, written directly against the driver on the same database. Calls alternate, so
a busy machine slows both alike; read the ratio.

- register a purchase: floor = the two inserts (purchase, ledger entry) and the commit
  (on SQLite in WAL mode with synchronous=FULL, as the app's engine sets it);
- open a customer (overview.open_customer, as the counter does): floor = the rows the card
  shows (the customer, the balance, the last 30 purchases and ledger entries);
- search: floor = the very statement the service builds, run raw;
- find by card, balance: floor = the one query.

    uv run python -m tests.bench.bench_core [--db PATH | --url URL] [--runs 500] [--customers 100000]

With --db (or $LOYALTY_BENCH_DB) the SQLite shop is built once at PATH and reused later;
each run books its purchases on a copy of it, so every run starts from the same shop.
--url takes a server database that already holds a demo shop (`loyalty --db URL demo`);
there the purchases stay: use a copy of a server shop you want to keep as it is.
--only register (or open,search,card,balance) measures only those.
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import event

from desktop.core.kinds import EntryKind
from desktop.services import customers, points, purchases
from desktop.services.context import Actor
from desktop.services.overview import open_customer as open_customer_at_the_counter
from desktop.storage.engine import BUSY_TIMEOUT_MS
from desktop.storage.migrate import open_database

WARM_UP = 20


@dataclass(frozen=True)
class Row:
    name: str
    service: list[float]  # ms per call
    floor: list[float]
    aim_p95: float | None = None  # ms
    aim_ratio: float | None = None  # service median / floor median
    service_cpu: list[float] | None = None  # CPU ms per call (this thread's), the same calls
    floor_cpu: list[float] | None = None
    statements: list[int] | None = None  # SQL statements per call of the service


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


class Raw:
    """The driver itself on the same database: sqlite3 with the app's pragmas, or psycopg."""

    def __init__(self, url: str) -> None:
        self.sqlite = url.startswith("sqlite")
        if self.sqlite:
            self.connection = sqlite3.connect(url.split("///", 1)[1], isolation_level=None)
            for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL",
                           f"busy_timeout={BUSY_TIMEOUT_MS}"):
                self.connection.execute(f"PRAGMA {pragma}")
        else:
            import psycopg

            self.connection = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)

    def rows(self, sql: str, params=()) -> list:
        cursor = self.connection.execute(sql if self.sqlite else sql.replace("?", "%s"), params)
        return cursor.fetchall() if cursor.description is not None else []

    def purchase(self, customer_id: int, cents: int) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        expires = date.today() + timedelta(days=730)
        if self.sqlite:
            now, expires = now.isoformat(sep=" "), expires.isoformat()
        self.rows("BEGIN IMMEDIATE" if self.sqlite else "BEGIN")
        purchase_id = self.rows(
            "INSERT INTO purchase (customer_id, amount_cents, non_earning_cents, created_at, counter, receipt_ref) "
            "VALUES (?, ?, 0, ?, '', '') RETURNING id", (customer_id, cents, now))[0][0]
        self.rows("INSERT INTO ledger_entry (customer_id, kind, points, created_at, counter, purchase_id, reason, "
                  "expires_on) VALUES (?, ?, ?, ?, '', ?, '', ?)",
                  (customer_id, EntryKind.EARN.value, cents // 100, now, purchase_id, expires))
        self.rows("COMMIT")

    def card(self, customer_id: int) -> None:
        self.rows("SELECT * FROM customer WHERE id = ?", (customer_id,))
        self.rows("SELECT SUM(points) FROM ledger_entry WHERE customer_id = ?", (customer_id,))
        self.rows("SELECT * FROM purchase WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT 30",
                  (customer_id,))
        self.rows("SELECT * FROM ledger_entry WHERE customer_id = ? ORDER BY id DESC LIMIT 30", (customer_id,))

    def statement(self, engine, statement, values=None) -> Callable[[], list]:
        """The SQLAlchemy `statement` with its parameters' `values`, compiled once, run raw."""
        compiled = statement.compile(dialect=engine.dialect)
        sql = str(compiled)
        params = compiled.construct_params(values)
        if self.sqlite:
            positional = tuple(params[name] for name in compiled.positiontup)
            return lambda: self.connection.execute(sql, positional).fetchall()
        return lambda: self.connection.execute(sql, params).fetchall()

    def close(self) -> None:
        self.connection.close()


class Statements:
    """Counts the SQL statements an engine sends (the floor's raw driver is not counted)."""

    def __init__(self, engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._sent)

    def _sent(self, *_args) -> None:
        self.count += 1


def timed(service: Callable[[int], object], floor: Callable[[int], object],
          calls: int, statements: Statements | None = None) -> tuple[list, list, list, list, list]:
    """Milliseconds per call of each, one call of the service then one of the floor: wall
    time, then the CPU time of this thread; and the statements of each service call. On a
    machine busy with other work a call that outlasts its time slice waits for the CPU,
    which the wall time counts and the CPU time does not (nor waiting for the disk, such
    as a commit's fsync)."""
    ours, theirs, our_cpu, their_cpu, sent = [], [], [], [], []
    for i in range(calls + WARM_UP):
        before = statements.count if statements else 0
        began, began_cpu = time.perf_counter(), time.thread_time()
        service(i)
        middle, middle_cpu = time.perf_counter(), time.thread_time()
        floor(i)
        ended, ended_cpu = time.perf_counter(), time.thread_time()
        if i >= WARM_UP:
            ours.append((middle - began) * 1000)
            theirs.append((ended - middle) * 1000)
            our_cpu.append((middle_cpu - began_cpu) * 1000)
            their_cpu.append((ended_cpu - middle_cpu) * 1000)
            sent.append((statements.count if statements else 0) - before)
    return ours, theirs, our_cpu, their_cpu, sent


def interleaved(service: Callable[[int], object], floor: Callable[[int], object], calls: int) -> tuple[list, list]:
    """Wall milliseconds per call of each, one call of the service then one of the floor."""
    return timed(service, floor, calls)[:2]


def measured(name: str, service: Callable[[int], object], floor: Callable[[int], object], calls: int,
             aim_p95: float | None = None, aim_ratio: float | None = None,
             statements: Statements | None = None) -> Row:
    ours, theirs, our_cpu, their_cpu, sent = timed(service, floor, calls, statements)
    return Row(name, ours, theirs, aim_p95, aim_ratio, our_cpu, their_cpu, sent if statements else None)


OPERATIONS = ("register", "open", "search", "card", "balance")


def run(url: str, runs: int, seed: int = 1, only: tuple[str, ...] = OPERATIONS) -> list[Row]:
    db = open_database(url)
    statements = Statements(db.engine)
    raw = Raw(url)
    actor = Actor.set_up()
    rng = random.Random(seed)
    people = raw.rows("SELECT id, card_number, search_name, phone_digits FROM customer WHERE phone_digits <> '' "
                      "AND search_name <> '' AND merged_into_id IS NULL AND NOT anonymised ORDER BY id")
    picked = [rng.choice(people) for _ in range(runs + WARM_UP)]
    names = [p[2][: rng.randint(2, 4)] for p in picked]  # what someone types before the list is short
    phones = [p[3][: rng.randint(4, 6)] for p in picked]
    amounts = [rng.randint(300, 6000) for _ in picked]
    def read(call):
        def operation(i):
            with db.read() as session:
                return call(session, i)
        return operation

    def open_customer(i):
        return open_customer_at_the_counter(db, actor, picked[i][0])

    def searches(texts):
        with db.read() as session:
            floors = [raw.statement(db.engine, *customers.search_query(session, t, limit=50)) for t in texts]
        return read(lambda s, i: customers.search(s, texts[i], limit=50)), lambda i: floors[i]()

    def register(i):
        return purchases.register_purchase(db, actor, picked[i][1], amounts[i])

    rows = []
    if "register" in only:
        rows.append(measured("register a purchase", register, lambda i: raw.purchase(picked[i][0], amounts[i]),
                             runs, 5.0, 8.0, statements))
    if "open" in only:
        rows.append(measured("open a customer", open_customer, lambda i: raw.card(picked[i][0]), runs, 8.0,
                             statements=statements))
    if "search" in only:
        rows += [measured("search, start of a name", *searches(names), runs, 2.0),
                 measured("search, start of a phone", *searches(phones), runs, 2.0)]
    if "card" in only:
        rows.append(measured("find by card", read(lambda s, i: customers.find_by_card(s, picked[i][1])),
                             lambda i: raw.rows("SELECT * FROM customer WHERE card_number = ?", (picked[i][1],)),
                             runs))
    if "balance" in only:
        rows.append(measured("balance", read(lambda s, i: points.balance(s, picked[i][0])),
                             lambda i: raw.rows("SELECT SUM(points) FROM ledger_entry WHERE customer_id = ?",
                                                (picked[i][0],)), runs))
    raw.close()
    db.dispose()
    return rows


def report(rows: list[Row], runs: int, where: str) -> bool:
    print(f"\n{where}: {runs} calls each, random customers, service and floor alternating; "
          f"ms; load {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} CPUs")
    header = (f"{'operation':<26}{'median':>8}{'p95':>8}{'floor':>8}{'p95':>8}{'ratio':>7}"
              f"{'cpu':>7}{'floor':>7}{'ratio':>7}{'stmts':>6}   aims")
    print(header)
    print("-" * len(header))
    all_met = True
    for row in rows:
        median, slow = statistics.median(row.service), p95(row.service)
        floor = statistics.median(row.floor)
        ratio = median / floor
        cpu = statistics.median(row.service_cpu) if row.service_cpu else float("nan")
        floor_cpu = statistics.median(row.floor_cpu) if row.floor_cpu else float("nan")
        misses = ([f"p95 over {row.aim_p95:g} ms"] if row.aim_p95 and slow > row.aim_p95 else []) + \
                 ([f"over {row.aim_ratio:g}x the floor"] if row.aim_ratio and ratio > row.aim_ratio else [])
        aims = " and ".join(([f"p95 <= {row.aim_p95:g} ms"] if row.aim_p95 else [])
                            + ([f"<= {row.aim_ratio:g}x floor"] if row.aim_ratio else []))
        all_met = all_met and not misses
        verdict = "" if not aims else ("MISSED: " + ", ".join(misses) if misses else f"met ({aims})")
        sent = f"{statistics.mean(row.statements):6.1f}" if row.statements else f"{'':6}"
        print(f"{row.name:<26}{median:8.2f}{slow:8.2f}{floor:8.2f}{p95(row.floor):8.2f}{ratio:6.1f}x"
              f"{cpu:7.2f}{floor_cpu:7.2f}{cpu / floor_cpu if floor_cpu else float('nan'):6.1f}x{sent}   {verdict}")
    print("cpu: median CPU ms of this thread per call (no waiting for a busy CPU or the disk); "
          "stmts: SQL statements per call, on average")
    return all_met


def build(path: Path, count: int) -> None:
    from desktop.demo.simulator import generate_demo

    started = time.perf_counter()
    db = open_database(f"sqlite:///{path}", create=True)
    try:
        summary = generate_demo(db, Actor.set_up(), customers=count, months=24, seed=1, today=date.today(),
                                progress=lambda line: print(f"  demo: {line}", flush=True))
    finally:
        db.dispose()
    print(f"Built the demo shop in {time.perf_counter() - started:.1f} s: {summary.customers:,} customers, "
          f"{summary.purchases:,} purchases, {summary.ledger_entries:,} ledger entries.")


@contextmanager
def booking_copy(path: Path) -> Iterator[Path]:
    """A copy of the shop for one run to book on, removed afterwards: every run starts from the
    shop as it was built. On a shop booked on before, the same customers (the same seed) have
    this month's row and their occasions already, and a registration does less: 2.4 against
    3.3 ms of CPU measured on two such shops."""
    with tempfile.TemporaryDirectory(prefix="loyalty-bench-run-", dir=path.parent) as folder:
        copy = Path(folder) / path.name
        with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        yield copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, default=os.environ.get("LOYALTY_BENCH_DB"),
                       help="SQLite file to build once and reuse (default: a temporary folder)")
    where.add_argument("--url", help="a server database holding a demo shop, e.g. postgresql+psycopg://...")
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--customers", type=int, default=100_000, help="the size of a shop built for --db")
    parser.add_argument("--seed", type=int, default=1, help="which random customers are picked")
    parser.add_argument("--only", default=",".join(OPERATIONS),
                        help=f"the operations to measure, of {','.join(OPERATIONS)}")
    args = parser.parse_args(argv)
    only = tuple(args.only.split(","))
    if args.url:
        return 0 if report(run(args.url, args.runs, args.seed, only), args.runs, args.url.split("@")[-1]) else 1
    with tempfile.TemporaryDirectory(prefix="loyalty-bench-") as folder:
        path = Path(args.db) if args.db else Path(folder) / "bench.db"
        if not path.exists():
            build(path, args.customers)
        with booking_copy(path) as copy:
            return 0 if report(run(f"sqlite:///{copy}", args.runs, args.seed, only), args.runs, str(path)) else 1


if __name__ == "__main__":
    sys.exit(main())
