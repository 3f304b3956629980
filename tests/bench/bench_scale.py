"""Does the speed hold as the shop grows? The same operations on 10,000 / 100,000 / 300,000
customer demo shops, side by side, each beside its floor measured in the same run.

    uv run python -m tests.bench.bench_scale [--sizes 10000,100000,300000] [--folder /tmp] [--runs 300]

Each shop is built once as FOLDER/loyalty-bench-<size>.db (with the time it took beside it,
in a .built file) and reused later; the 300,000-customer shop takes a quarter of an hour
or more to build on a busy 2-core machine. Each run books its purchases on a copy of each
shop (bench_core.booking_copy), so every run starts from the shops as built.
Per-customer operations should not grow with the shop: the last column is the p95 at the
largest size over the p95 at the smallest (aim: at most 1.3).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from tests.bench import bench_core


def shop(folder: Path, size: int) -> tuple[Path, float | None]:
    path = folder / f"loyalty-bench-{size // 1000}k.db"
    built = path.with_suffix(".built")
    if not path.exists():
        started = time.perf_counter()
        bench_core.build(path, size)
        built.write_text(f"{time.perf_counter() - started:.1f} s, load {os.getloadavg()[0]:.1f}\n")
    return path, built.read_text().strip() if built.exists() else None


def owner_figures(path: Path, runs: int) -> dict[str, float]:
    """Median seconds of the dashboard's year and the monthly report (each a few times)."""
    from desktop.core import clock, measures
    from desktop.core.measures import Period
    from desktop.core.rules import add_months
    from desktop.services import stats
    from desktop.storage.migrate import open_database
    from reports import monthly

    db = open_database(f"sqlite:///{path}")
    last = clock.today().replace(day=1) - timedelta(days=1)  # the last whole month
    month = measures.month(last.year, last.month)
    year = Period(add_months(month.start, -11), last)
    figures = {}
    for name, work in (("dashboard, a year (s)", lambda: stats.period_stats(db, year)),
                       ("monthly report (s)", lambda: monthly.monthly_pdf(db, last.year, last.month, "nl"))):
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            work()
            times.append(time.perf_counter() - began)
        figures[name] = statistics.median(times)
    db.dispose()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,300000")
    parser.add_argument("--folder", type=Path, default=Path("/tmp"))
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--owner-runs", type=int, default=3,
                        help="runs of the dashboard and the report (0: leave them out)")
    parser.add_argument("--only", default=",".join(bench_core.OPERATIONS),
                        help=f"the counter's operations to measure, of {','.join(bench_core.OPERATIONS)}")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    columns: dict[int, dict[str, str]] = {}
    ratios: dict[str, list[float]] = {}
    for size in sizes:
        path, built = shop(args.folder, size)
        with bench_core.booking_copy(path) as copy:
            rows = bench_core.run(f"sqlite:///{copy}", args.runs, only=tuple(args.only.split(",")))
        bench_core.report(rows, args.runs, str(path))
        column = {}
        for row in rows:
            median, slow = statistics.median(row.service), bench_core.p95(row.service)
            column[f"{row.name} (ms)"] = f"{median:.2f} / {slow:.2f} ({median / statistics.median(row.floor):.1f}x)"
            ratios.setdefault(f"{row.name} (ms)", []).append(slow)
            if row.statements:
                column[f"{row.name}: cpu ms, stmts"] = (f"{statistics.median(row.service_cpu or [0]):.2f}, "
                                                   f"{statistics.mean(row.statements):.1f}")
        if args.owner_runs:
            column.update({name: f"{value:.2f}" for name, value in owner_figures(path, args.owner_runs).items()})
        column["demo shop built"] = built or "(built before)"
        column["load (1 min)"] = f"{os.getloadavg()[0]:.1f}"
        columns[size] = column
    names = list(columns[sizes[0]])
    width = max(len(n) for n in names) + 2
    print(f"\nmedian / p95 (service over the floor's median), on {os.cpu_count()} CPUs, {date.today()}")
    print(f"{'':<{width}}" + "".join(f"{f'{size:,}':>28}" for size in sizes) + f"{'p95 growth':>12}")
    for name in names:
        growth = f"{ratios[name][-1] / ratios[name][0]:.2f}x" if name in ratios and len(sizes) > 1 else ""
        print(f"{name:<{width}}" + "".join(f"{columns[size][name]:>28}" for size in sizes) + f"{growth:>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
