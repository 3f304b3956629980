"""The `loyalty` command: no sub-command opens the desktop app, a sub-command runs the command line.

Every failure is one clear line on stderr and a non-zero exit: 1 for a refused action
(bad input, not found, not enough points), 2 for a wrong command line, 3 for anything
unexpected (the details go to the log file in the data folder).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError

from desktop.core.errors import LoyaltyError
from desktop.logs import setup_logging
from desktop.cli import check, customers, demo, maintenance, points, transfer
from desktop.cli.context import CommandContext

log = logging.getLogger(__name__)
COMMAND_GROUPS = (customers, points, check, maintenance, transfer, demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="loyalty",
        description="Loyalty-programme manager for small shops. Without a command it opens the desktop app.",
    )
    parser.add_argument("--db", metavar="PATH-or-URL",
                        help="SQLite file or database URL (default: $LOYALTY_DB, else loyalty.db in the data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log_path = setup_logging()
    context = CommandContext(args.db)
    try:
        if args.command is None:
            return open_desktop(context)
        return args.handler(args, context) or 0
    except LoyaltyError as error:
        print(f"loyalty: {error}", file=sys.stderr)
        return 1
    except OperationalError as error:
        log.exception("database error")
        print(f"loyalty: the database cannot be used: {error.orig}. Details in {log_path}", file=sys.stderr)
        return 3
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(f"loyalty: something went wrong; the details are in {log_path}", file=sys.stderr)
        return 3
    finally:
        context.close()


def open_desktop(context: CommandContext) -> int:
    from desktop.ui.app import run  # Qt loads only for the window, never for the command line

    return run(context.url)


def run() -> None:
    sys.exit(main())
