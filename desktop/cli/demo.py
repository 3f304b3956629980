"""`loyalty demo`: fill an empty database with a realistic demo shop."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli.arguments import whole_number
from desktop.cli.lazy import lazy
from desktop.core import clock
from desktop.core.validation import parse_date

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

simulator = lazy("desktop.demo.simulator")


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("demo", help="fill an empty database with a demo shop (customers, purchases, points); "
                                                  "makes the database if there is none")
    parser.add_argument(
        "--customers", type=whole_number(1, 1_000_000), default=2000, help="how many customers (default 2000)"
    )
    parser.add_argument(
        "--months", type=whole_number(1, 240), default=24, help="months of history up to yesterday (default 24)"
    )
    parser.add_argument(
        "--seed", type=whole_number(0, 2**31), default=1, help="the same seed gives the same shop (default 1)"
    )
    parser.add_argument("--today", help="the day the history leads up to (default: today), like 2026-11-22")
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace, ctx: CommandContext) -> int:
    today = parse_date(args.today, field="today") if args.today else clock.today()
    db = ctx.open(create=True)
    result = simulator.generate_demo(db, ctx.first_actor(), customers=args.customers, months=args.months,
                                     seed=args.seed, today=today,
                                     progress=lambda line: print(f"demo: {line}", file=sys.stderr))
    print(f"Demo shop ready in {result.seconds:.1f} s: {result.customers:,} customers, {result.purchases:,} purchases, "
          f"{result.ledger_entries:,} ledger entries, {result.allocations:,} lot allocations, "
          f"{result.redemptions:,} rewards handed out, {result.refunds:,} refunds, {result.surveys:,} surveys.")
    print("Sign in with: " + ", ".join(f"{name} ({role}) PIN {pin}" for name, role, pin in simulator.DEMO_STAFF))
    return 0
