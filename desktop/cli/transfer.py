"""`loyalty import customers FILE.csv` and `loyalty export customers FILE.csv` (docs/csv-format.md)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli.arguments import file_path
from desktop.cli.lazy import lazy
from desktop.cli.output import add_force_option, write_output
from desktop.core.errors import LoyaltyError, NotFoundError

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

csv_transfer = lazy("desktop.services.csv_transfer")


def register(commands: argparse._SubParsersAction) -> None:
    importing = commands.add_parser("import", help="bring in data from the shop's previous system")
    what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    customers = what.add_parser("customers", help="customers with their opening points from a CSV file; "
                                                  "nothing is imported unless every line is right")
    customers.add_argument("file", type=file_path, metavar="FILE.csv")
    customers.add_argument("--dry-run", action="store_true", help="only check the file and report")
    customers.set_defaults(handler=_import_customers)

    exporting = commands.add_parser("export", help="write data to a file for a spreadsheet or another system")
    what = exporting.add_subparsers(dest="what", metavar="WHAT", required=True)
    customers = what.add_parser("customers", help="every customer with their points, as CSV (the import's format)")
    customers.add_argument("file", type=file_path, metavar="FILE.csv")
    add_force_option(customers)
    customers.set_defaults(handler=_export_customers)


def _import_customers(args: argparse.Namespace, ctx: CommandContext) -> int:
    try:
        data = args.file.read_bytes()
    except FileNotFoundError:
        raise NotFoundError("There is no file {file}.", file=args.file) from None
    except OSError as error:
        raise LoyaltyError("{file} cannot be read: {strerror}.", file=args.file, strerror=error.strerror) from None
    try:
        result = csv_transfer.import_customers(ctx.db, ctx.actor, data, dry_run=args.dry_run,
                                               source=args.file.name)
    except csv_transfer.ImportRejected as rejected:
        for problem in rejected.problems:
            print(problem, file=sys.stderr)
        print(f"loyalty: {rejected}", file=sys.stderr)
        return 1
    verb = "Would import" if result.dry_run else "Imported"
    print(f"{verb} {result.customers} customers with {result.points} opening points.")
    return 0


def _export_customers(args: argparse.Namespace, ctx: CommandContext) -> int:
    data, count = csv_transfer.export_customers(ctx.db)
    write_output(ctx, args.file, data, force=args.force)
    print(f"Wrote {count} customers to {args.file}.")
    return 0
