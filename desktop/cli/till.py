"""`loyalty till enter|show`: what the shop's till took, per day (its Z-report) or per month,
for the members' share of revenue on the dashboard and in the monthly report."""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from desktop.cli.lazy import lazy
from desktop.cli.report import parse_month
from desktop.core import clock
from desktop.core.money import format_cents, parse_amount
from desktop.core.validation import parse_date

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

till_totals = lazy("desktop.services.till_totals")
_MONTH = re.compile(r"^\s*\d{4}-\d{1,2}\s*$")


def register(commands: argparse._SubParsersAction) -> None:
    till = commands.add_parser("till", help="the till's own totals, for the members' share of revenue")
    actions = till.add_subparsers(dest="action", metavar="ACTION", required=True)
    enter = actions.add_parser("enter", help="enter (or correct) what the till took on a day or in a month")
    enter.add_argument("when", metavar="DAY-or-MONTH",
                       help="a day (22-11-2026, the till's Z-report) or a whole month (2026-11) that is over")
    enter.add_argument("amount", help="in euros: 1234,50 or 1234.50")
    enter.add_argument("--reason", default="", help="why a figure entered before is corrected")
    enter.set_defaults(handler=_enter)
    show = actions.add_parser("show", help="a month's till totals as they count now")
    show.add_argument("--month", help="YYYY-MM (default: last month)")
    show.set_defaults(handler=_show)


def _enter(args: argparse.Namespace, ctx: CommandContext) -> int:
    whole_month = bool(_MONTH.match(args.when))
    if whole_month:
        year, month = parse_month(args.when, clock.today())
        day = parse_date(f"{year:04d}-{month:02d}-01", field="day")
    else:
        day = parse_date(args.when, field="day")
    cents = parse_amount(args.amount)
    entered = till_totals.enter_till_total(ctx.db, ctx.actor, day, cents, whole_month=whole_month,
                                           reason=args.reason)
    what = f"{day:%m-%Y}" if whole_month else f"{day:%d-%m-%Y}"
    if not entered.changed:
        print(f"Till total of {what} was {format_cents(cents)} already; nothing changed.")
    else:
        print(f"Till total of {what}: {format_cents(cents)}" + (" (corrected)" if entered.line.corrections else ""))
    return 0


def _show(args: argparse.Namespace, ctx: CommandContext) -> int:
    year, month = parse_month(args.month, clock.today())
    lines = till_totals.month_lines(ctx.db, year, month)
    if not lines:
        print(f"No till totals for {month:02d}-{year}.")
    for line in lines:
        what = f"month {line.day:%m-%Y}" if line.whole_month else f"{line.day:%d-%m-%Y}"
        corrected = f", corrected {line.corrections}x: {line.reason}" if line.corrections else ""
        print(f"{what}\t{format_cents(line.revenue_cents)}\t{line.entered_by or '-'}{corrected}")
    return 0
