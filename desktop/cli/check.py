"""`loyalty check`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli.lazy import lazy

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

checks = lazy("desktop.services.check")
engines = lazy("desktop.storage.engine")
health = lazy("desktop.storage.health")


def register(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser("check", help="check the database and the points ledger; exit 1 if anything is off")
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace, ctx: CommandContext) -> int:
    problems = checks.run_checks(ctx.db)
    if not problems:
        print("All checks passed: the database and the points ledger are sound.")
        return 0
    print(f"{len(problems)} problem(s) found:")
    for problem in problems:
        print(f"  - {problem}")
    path = engines.sqlite_path(ctx.url)
    if path is not None and ctx.db.damaged is not None:
        print(f"loyalty: {health.damaged(path, ctx.db.damaged)}", file=sys.stderr)
    return 1
