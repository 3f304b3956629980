"""The command line (`loyalty-cli`, and `loyalty` with a sub-command: see desktop/launch.py).

Every failure is one clear line on stderr and a non-zero exit: 1 for a refused action
(bad input, not found, not enough points, a wrong PIN, staff trying what only the owner may),
2 for a wrong command line (also a command that changes data without saying who runs it),
3 for anything unexpected (the details go to the log file in the data folder).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from desktop.core.errors import LoyaltyError
from desktop.logs import setup_logging
from desktop.version import app_version

log = logging.getLogger(__name__)
# The sub-command modules under desktop/cli; imported only when a command is given, because
# they load the whole database side and the desktop app must start without waiting for it.
COMMAND_GROUPS = ("customers", "points", "check", "maintenance", "transfer", "demo", "report", "programme", "stats",
                  "mailing", "till")


def db_option() -> argparse.ArgumentParser:
    """The options the app shares with the command line (--db, --version)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--version", action="version", version=f"loyalty {app_version()}")
    parser.add_argument("--db", metavar="PATH-or-URL",
                        help="SQLite file or database URL (default: $LOYALTY_DB, else loyalty.db in the data folder)")
    parser.add_argument("--as", dest="as_staff", metavar="NAME",
                        help="the staff member running a command that changes data; the PIN is asked "
                             "(default: $LOYALTY_STAFF, with the PIN in $LOYALTY_PIN for scheduled scripts)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="loyalty", parents=[db_option()],
        description="Loyalty-programme manager for small shops. `loyalty` without a command opens the desktop app.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_GROUPS:
        importlib.import_module(f"desktop.cli.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(arguments)
    log_path = setup_logging()
    from sqlalchemy.exc import DatabaseError as UnusableDatabase  # locked, unreachable, not a database

    from desktop.cli.context import CommandContext
    from desktop.cli.identity import IdentityNeeded

    context = CommandContext(args.db, args.as_staff)
    try:
        return args.handler(args, context) or 0
    except IdentityNeeded as error:
        print(f"loyalty: {error}", file=sys.stderr)
        return 2
    except LoyaltyError as error:
        print(f"loyalty: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader left (`loyalty customer find a | head`): stop quietly
        _silence_stdout()
        return 1
    except UnusableDatabase as error:
        log.exception("database error")
        print(f"loyalty: the database cannot be used: {error.orig}. Details in {log_path}", file=sys.stderr)
        return 3
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(f"loyalty: something went wrong; the details are in {log_path}", file=sys.stderr)
        return 3
    finally:
        context.close()


def _silence_stdout() -> None:
    """Send what is still buffered for a closed pipe nowhere, so Python's exit does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def run(main: Callable[[], int] = main) -> None:
    """Run `main` as the process: its code is the exit status, a closed pipe ends quietly."""
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        code = code or 1
    sys.exit(code)
