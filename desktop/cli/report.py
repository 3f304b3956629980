"""`loyalty report monthly|statement|cards|voucher|slip|letters|birthdays|day`: the printed
documents as PDF files, so they can also be made on a schedule."""

from __future__ import annotations

import argparse
import calendar
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.arguments import file_path, number_of, whole_number
from desktop.cli.output import add_force_option, check_output, write_output
from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.core.validation import FIRST_YEAR, LAST_YEAR, parse_date

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="make a printed document as a PDF file")
    documents = report.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    def document(name: str, help_text: str, handler, *, printable: bool = False) -> argparse.ArgumentParser:
        parser = documents.add_parser(name, help=help_text)
        parser.add_argument("--out", required=not printable, type=file_path,
                            help="the PDF file to write" + (" (default: print it here as text)" if printable else ""))
        add_force_option(parser)
        parser.add_argument("--language", choices=("en", "nl"),
                            help="default: $LOYALTY_LANGUAGE, else Dutch on a Dutch system, else English")
        parser.set_defaults(handler=handler)
        return parser

    monthly = document("monthly", "the monthly programme report (A4)", _monthly)
    monthly.add_argument("--month", help="YYYY-MM (default: last month)")

    liability = document("liability", "the points liability statement of a month, with IFRS 15 deferred revenue",
                         _liability, printable=True)
    liability.add_argument("--month", help="YYYY-MM (default: last month)")
    liability.add_argument("--breakage", type=float, metavar="PERCENT",
                           help="the expected share of points never redeemed (default: the shop's own history)")

    calls = document("call-list", "regulars overdue by their own rhythm, before they turn latent", _call_list,
                     printable=True)
    calls.add_argument("--factor", type=float, default=2.0,
                       help="overdue when away this many usual gaps between visits (default: 2)")
    calls.add_argument(
        "--min-visits", type=whole_number(1, 1_000), default=5, help="visits in the last year for a rhythm (default: 5)"
    )

    patterns = document("staff-patterns", "patterns worth a look per staff member and counter, against the shop",
                        _staff_patterns)
    patterns.add_argument("--from", dest="start", help="first day (default: the first of last month)")
    patterns.add_argument("--to", dest="end", help="last day (default: the end of last month)")

    statement = document("statement", "a customer's points statement (A4)", _statement)
    statement.add_argument("--card", required=True)
    statement.add_argument("--from", dest="start", help="first day (default: a year ago)")
    statement.add_argument("--to", dest="end", help="last day (default: today)")

    cards = document("cards", "loyalty cards, ten to an A4 sheet", _cards)
    cards.add_argument("--card", action="append", default=[], help="a card number (repeat for more; "
                       "default: every customer)")
    cards.add_argument("--joined-from", help="only customers who joined on or after this day")
    cards.add_argument("--sheet", choices=("avery-c32011", "card-stock"), default="avery-c32011",
                       help="avery-c32011: Avery Zweckform C32011 pre-cut business cards (85 x 54 mm, 10 per A4; "
                       "also C32010, C32015); card-stock: plain A4 card to cut, ISO ID-1 cards (85.60 x 53.98 mm) "
                       "with 2 mm bleed and cut marks (default: %(default)s)")
    cards.add_argument("--back", action="store_true",
                       help="add a back side (shop details, the rule, where to see the points) after each page, "
                       "mirrored: print double-sided, flipping on the long edge")

    voucher = document("voucher", "the voucher of a redeemed reward", _voucher)
    voucher.add_argument("--code", required=True)
    voucher.add_argument("--size", choices=("80mm", "a6"), default="80mm")

    slip = document("slip", "the points slip of a purchase (80 mm)", _slip)
    slip.add_argument("--purchase", type=number_of("a purchase"), required=True, help="the purchase's number")

    letters = document("letters", "reactivation letters for latent customers who gave consent", _letters)
    letters.add_argument("--labels", type=file_path, help="also write their address labels here, for Avery Zweckform "
                         "3474 sheets (3 x 8 labels of 70 x 37 mm on A4)")
    add_offer_options(letters)

    birthdays = document("birthdays", "customers whose birthday is coming", _birthdays)
    birthdays.add_argument("--from", dest="start", help="first day (default: today)")
    birthdays.add_argument("--period", choices=("week", "month"), default="week")

    day = document("day", "end-of-day summary per staff member", _day)
    day.add_argument("--date", help="the day (default: today)")
    day.add_argument("--size", choices=("a4", "80mm"), default="a4")


def _language(args: argparse.Namespace) -> str:
    from reports.language import default_language

    return args.language or default_language()


def _date_or(text: str | None, field: str, default: date) -> date:
    return parse_date(text, field=field) if text else default


def _write(args: argparse.Namespace, ctx: CommandContext, pdf: bytes, target: Path | None = None) -> int:
    target = target or args.out
    write_output(ctx, target, pdf, force=args.force)
    print(f"Wrote {target} ({len(pdf) // 1024 + 1} KB)")
    return 0


def parse_month(text: str | None, today: date) -> tuple[int, int]:
    """YYYY-MM, or the month before `today`."""
    if not text:
        last = today.replace(day=1) - timedelta(days=1)
        return last.year, last.month
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        calendar.monthrange(year, month)
    except ValueError:
        raise ValidationError("month", "'{text}' is not a month; write it like 2026-10.", text=text) from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("month", "'{text}' is too far from today; give a month from {first} to {last}.",
                              text=text, first=FIRST_YEAR, last=LAST_YEAR)
    return year, month


def _monthly(args: argparse.Namespace, ctx: CommandContext) -> int:
    year, month = parse_month(args.month, clock.today())
    from reports.monthly import monthly_pdf

    with ctx.db.read() as session:
        return _write(args, ctx, monthly_pdf(session, year, month, _language(args)))


def _liability(args: argparse.Namespace, ctx: CommandContext) -> int:
    year, month = parse_month(args.month, clock.today())
    if args.breakage is not None and not 0 <= args.breakage <= 100:
        raise ValidationError("breakage", "The breakage is a percentage from 0 to 100.")
    if args.out:
        from reports.liability import liability_pdf

        return _write(args, ctx, liability_pdf(ctx.db, year, month, _language(args), breakage=args.breakage))
    from reports.liability import liability_text

    print(liability_text(ctx.db, year, month, _language(args), breakage=args.breakage))
    return 0


def _call_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.call_list import call_list_pdf, call_rows, explanation
    from reports.language import Language

    today, language = clock.today(), _language(args)
    with ctx.db.read() as session:
        if args.out:
            return _write(args, ctx, call_list_pdf(session, today, language, factor=args.factor,
                                              min_visits=args.min_visits))
        from desktop.services.rhythm import overdue_customers

        lines = overdue_customers(session, today, factor=args.factor, min_visits=args.min_visits)
    lang = Language(language)
    print(explanation(args.factor, args.min_visits, lang))
    rows = call_rows(lines, today, lang)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def _staff_patterns(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.staff_patterns import staff_patterns_pdf

    last = clock.today().replace(day=1) - timedelta(days=1)
    end = _date_or(args.end, "to", last)
    start = _date_or(args.start, "from", end.replace(day=1))
    if start > end:
        raise ValidationError("from", "The first day comes after the last day.")
    with ctx.db.read() as session:
        return _write(args, ctx, staff_patterns_pdf(session, start, end, _language(args)))


def _statement(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.statement import statement_pdf

    today = clock.today()
    end = _date_or(args.end, "to", today)
    start = _date_or(args.start, "from", end - timedelta(days=365))
    if start > end:
        raise ValidationError("from", "The first day comes after the last day.")
    with ctx.db.read() as session:
        return _write(args, ctx, statement_pdf(session, args.card, start, end, _language(args), today=today))


def _cards(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.cards import cards_pdf

    joined = parse_date(args.joined_from, field="joined-from") if args.joined_from else None
    with ctx.db.read() as session:
        return _write(args, ctx, cards_pdf(session, _language(args), args.card or None, joined_from=joined,
                                                 sheet=args.sheet, back=args.back))


def _voucher(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.slips import voucher_pdf

    with ctx.db.read() as session:
        return _write(args, ctx, voucher_pdf(session, args.code, _language(args), args.size))


def _slip(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.slips import points_slip_pdf

    with ctx.db.read() as session:
        return _write(args, ctx, points_slip_pdf(session, args.purchase, _language(args)))


def add_offer_options(parser: argparse.ArgumentParser) -> None:
    """The reactivation letters' offer (`report letters`, `mailing letters`)."""
    parser.add_argument("--offer", type=number_of("a reward"),
                        help="the number of a reward in the catalogue to offer in the letters")
    parser.add_argument("--offer-until", help="the offer's last day (default: 30 days from today)")


def checked_offer(args: argparse.Namespace, ctx: CommandContext) -> date:
    """The offer's last day; the offer and its day refused before anything is written or recorded."""
    from desktop.services import documents

    if args.offer_until and args.offer is None:
        raise ValidationError("offer_until", "A last day needs an offer to go with it (--offer).")
    until = _date_or(args.offer_until, "offer_until", clock.today() + timedelta(days=30))
    if args.offer is not None:
        with ctx.db.read() as session:
            documents.letter_offer(session, args.offer, until, clock.today())
    return until


def check_letter_files(args: argparse.Namespace, ctx: CommandContext) -> None:
    """Both files refused or both written: never the letters without their labels."""
    if args.labels and args.labels.expanduser().absolute() == args.out.expanduser().absolute():
        raise ValidationError("labels", "The labels need a file of their own.")
    for target in filter(None, (args.out, args.labels)):
        check_output(ctx, target, force=args.force)


def _letters(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.letters import labels_pdf, letters_pdf

    until = checked_offer(args, ctx)
    check_letter_files(args, ctx)
    with ctx.db.read() as session:
        _write(args, ctx, letters_pdf(session, _language(args), offer=args.offer, offer_until=until))
        if args.labels:
            _write(args, ctx, labels_pdf(session, _language(args)), args.labels)
    return 0


def _birthdays(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.lists import birthdays_pdf

    start = _date_or(args.start, "from", clock.today())
    end = start + timedelta(days=6) if args.period == "week" else start + timedelta(days=30)
    with ctx.db.read() as session:
        return _write(args, ctx, birthdays_pdf(session, start, end, _language(args)))


def _day(args: argparse.Namespace, ctx: CommandContext) -> int:
    from reports.lists import day_pdf

    day = _date_or(args.date, "date", clock.today())
    with ctx.db.read() as session:
        return _write(args, ctx, day_pdf(session, day, _language(args), args.size))
