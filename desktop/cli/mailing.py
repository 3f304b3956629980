"""`loyalty mailing letters|list|results`: send reactivation letters or an offer to a list
with a random share held back, and see afterwards whether it brought customers back."""

from __future__ import annotations

import argparse

from desktop.cli.arguments import file_path, whole_number
from desktop.cli.context import CommandContext
from desktop.cli.output import add_force_option, write_output
from desktop.cli.report import add_offer_options, check_letter_files, checked_offer
from desktop.core import clock
from desktop.core.control_group import HOLD_BACK_PERCENT
from desktop.core.validation import parse_date


def register(commands: argparse._SubParsersAction) -> None:
    mailing = commands.add_parser("mailing", help="mailings with a control group, and whether they worked")
    actions = mailing.add_subparsers(dest="action", metavar="ACTION", required=True)

    def hold_back(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--name", required=True, help="what the mailing is called in the results")
        parser.add_argument("--hold-back", type=whole_number(0, 100), default=HOLD_BACK_PERCENT, metavar="PERCENT",
                            help="the random share of the list sent nothing, to compare with "
                                 f"(default: {HOLD_BACK_PERCENT})")

    letters = actions.add_parser("letters", help="reactivation letters to latent customers with consent; "
                                                 "records the mailing and writes the letters of those mailed")
    hold_back(letters)
    letters.add_argument("--out", required=True, type=file_path, help="the letters' PDF file")
    letters.add_argument("--labels", type=file_path, help="also write their address labels here (Avery Zweckform 3474, "
                         "3 x 8 labels of 70 x 37 mm on A4)")
    letters.add_argument("--language", choices=("en", "nl"))
    add_offer_options(letters)
    add_force_option(letters)
    letters.set_defaults(handler=_letters)

    listed = actions.add_parser("list", help="an offer to a list of cards; prints the cards to send it to")
    hold_back(listed)
    listed.add_argument("--cards", required=True, type=file_path, help="a text file of card numbers (one a line)")
    listed.set_defaults(handler=_list)

    results = actions.add_parser("results", help="per mailing: who came back within 30, 60 and 90 days")
    results.add_argument("--as-of", help="count up to this day (default: today)")
    results.add_argument("--language", choices=("en", "nl"))
    results.set_defaults(handler=_results)


def _language(args: argparse.Namespace) -> str:
    from reports.language import default_language

    return args.language or default_language()


def _letters(args: argparse.Namespace, ctx: CommandContext) -> int:
    from desktop.services.mailings import check_hold_back, send_reactivation_letters
    from reports.letters import labels_pdf, letters_pdf

    check_hold_back(args.hold_back)
    until = checked_offer(args, ctx)  # all before the mailing is recorded
    check_letter_files(args, ctx)
    sent, people = send_reactivation_letters(ctx.db, ctx.actor, args.name, hold_back_percent=args.hold_back)
    with ctx.db.read() as session:
        pdf = letters_pdf(session, _language(args), people=people, offer=args.offer, offer_until=until)
        labels = labels_pdf(session, _language(args), people=people) if args.labels else None
    write_output(ctx, args.out, pdf, force=args.force)
    if labels is not None:
        write_output(ctx, args.labels, labels, force=args.force)
    print(f"Mailing {sent.mailing_id}: {len(sent.mailed)} letters in {args.out}, {len(sent.held)} held back")
    return 0


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    from desktop.core.errors import ValidationError
    from desktop.services.mailings import check_hold_back, ids_for_cards, record_mailing

    check_hold_back(args.hold_back)
    try:
        cards = args.cards.read_text(encoding="utf-8").replace(",", " ").split()
    except (OSError, UnicodeDecodeError):
        raise ValidationError("cards", "'{path}' cannot be read as a text file.", path=str(args.cards)) from None
    with ctx.db.read() as session:
        ids = ids_for_cards(session, cards)
    sent = record_mailing(ctx.db, ctx.actor, args.name, ids, hold_back_percent=args.hold_back)
    card_of = dict(zip(ids, cards, strict=True))
    print(f"Mailing {sent.mailing_id}: send it to these {len(sent.mailed)} cards; {len(sent.held)} held back")
    for customer_id in sent.mailed:
        print(card_of[customer_id])
    return 0


def _results(args: argparse.Namespace, ctx: CommandContext) -> int:
    from desktop.services.mailings import mailing_results
    from reports.language import Language
    from reports.mailings import results_text

    as_of = parse_date(args.as_of, field="as-of") if args.as_of else clock.today()
    with ctx.db.read() as session:
        print(results_text(mailing_results(session, as_of), Language(_language(args))))
    return 0
