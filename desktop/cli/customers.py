"""`loyalty customer add|find|show|edit|replace-card|export|anonymise|merge`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from desktop.cli.arguments import file_path, whole_number
from desktop.cli.confirm import confirmed
from desktop.cli.lazy import lazy
from desktop.cli.output import add_force_option, amount, local_time, write_output
from desktop.core import clock
from desktop.core.clock import local_date
from desktop.core.validation import parse_date

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

cards = lazy("desktop.services.cards")
customers = lazy("desktop.services.customers")
points = lazy("desktop.services.points")

_DETAIL_OPTIONS = ("phone", "email", "street", "postcode", "city", "notes", "preferences")


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser("customer", help="add, find, show, edit, replace a card, export, anonymise or merge")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="register a new customer and print the card number")
    _detail_arguments(add, name_required=True)
    add.set_defaults(handler=_add)

    edit = sub.add_parser("edit", help="change a customer's details (only the options given)")
    edit.add_argument("card")
    _detail_arguments(edit, name_required=False)
    edit.set_defaults(handler=_edit)

    replace = sub.add_parser("replace-card", help="a lost card: give a new card (the old one is blocked); "
                                                  "prints the new card number")
    replace.add_argument("card", help="the lost card's number")
    replace.add_argument("--new", default="", metavar="CARD", help="a pre-printed card to give (default: a new number)")
    replace.set_defaults(handler=_replace_card)

    find = sub.add_parser("find", help="customers whose name, phone or card number starts with TEXT")
    find.add_argument("text")
    find.add_argument("--limit", type=whole_number(1, 10_000), default=20)
    find.set_defaults(handler=_find)

    show = sub.add_parser("show", help="one customer with points and recent history")
    show.add_argument("card")
    show.set_defaults(handler=_show)

    export = sub.add_parser("export", help="everything stored about one customer, as JSON (right of access)")
    export.add_argument("card")
    export.add_argument("--out", type=file_path, help="file to write (default: print)")
    add_force_option(export)
    export.set_defaults(handler=_export)

    anonymise = sub.add_parser("anonymise", help="remove a customer's personal data for good")
    anonymise.add_argument("card")
    anonymise.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    anonymise.set_defaults(handler=_anonymise)

    merge = sub.add_parser("merge", help="fold a duplicate customer into another")
    merge.add_argument("keep", help="card number of the customer to keep")
    merge.add_argument("duplicate", help="card number of the duplicate")
    merge.set_defaults(handler=_merge)


def _detail_arguments(parser: argparse.ArgumentParser, *, name_required: bool) -> None:
    parser.add_argument("--name", required=name_required)
    for option in _DETAIL_OPTIONS:
        parser.add_argument(f"--{option}")
    parser.add_argument("--birthday", help="like 22-11-1980 or 1980-11-22")
    consent = parser.add_mutually_exclusive_group()
    consent.add_argument("--consent", dest="consent", action="store_true", default=None,
                         help="the customer agrees to receive mail")
    consent.add_argument("--no-consent", dest="consent", action="store_false")
    parser.add_argument("--referred-by", metavar="CARD")


def _apply(details: customers.CustomerDetails, args: argparse.Namespace) -> customers.CustomerDetails:
    for option in ("name", *_DETAIL_OPTIONS):
        value = getattr(args, option)
        if value is not None:
            setattr(details, option, value)
    if args.birthday is not None:
        details.birthday = parse_date(args.birthday, field="birthday") if args.birthday.strip() else None
    if args.consent is not None:
        details.marketing_consent = args.consent
    if args.referred_by is not None:
        details.referred_by_card = args.referred_by
    return details


def _add(args: argparse.Namespace, ctx: CommandContext) -> int:
    details = _apply(customers.CustomerDetails(), args)
    with ctx.db.read() as session:
        maybe = customers.possible_duplicates(session, details.cleaned(local_date(clock.now())))
    customer = customers.create_customer(ctx.db, ctx.actor, details)
    for duplicate in maybe:  # create_customer gave no welcome bonus for the same reason
        print(f"loyalty: no welcome bonus: maybe the same person as {duplicate.hit.name} "
              f"(card {duplicate.hit.card_number}); merge them if so", file=sys.stderr)
    print(customer.card_number)
    return 0


def _replace_card(args: argparse.Namespace, ctx: CommandContext) -> int:
    customer = cards.replace_card(ctx.db, ctx.actor, args.card, new_card=args.new)
    print(f"Card {args.card} is blocked; {customer.name}'s card is now {customer.card_number}.")
    return 0


def _edit(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.db.read() as session:
        current = customers.find_by_card(session, args.card)
        details = customers.details_of(session, current)
    customer = customers.update_customer(ctx.db, ctx.actor, current.card_number, _apply(details, args))
    print(f"Updated {customer.name} ({customer.card_number}).")
    return 0


def _find(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.db.read() as session:
        found = customers.search(session, args.text, limit=args.limit)
    for customer in found:
        print(f"{customer.card_number}  {customer.name:<30}  {customer.phone:<16}  {customer.city}")
    if not found:
        print(f"No customer found for '{args.text}'.")
    return 0


def _show(args: argparse.Namespace, ctx: CommandContext) -> int:
    from sqlalchemy import case, func
    from sqlmodel import select

    from desktop.storage import counted
    from desktop.storage.models import LedgerEntry, Purchase

    today = local_date(clock.now())
    with ctx.db.read() as session:
        customer = customers.find_by_card(session, args.card)
        summary = points.summary(session, customer.id, today)
        # Visits as the counter counts them; what they spent less what was given back.
        spent = session.exec(select(func.count(case((counted.kept(), 1))),
                                    func.coalesce(func.sum(Purchase.amount_cents - counted.refunded_cents()), 0))
                             .where(Purchase.customer_id == customer.id)).one()
        recent = session.exec(select(LedgerEntry).where(LedgerEntry.customer_id == customer.id)
                              .order_by(LedgerEntry.id.desc()).limit(10)).all()
    print(f"{customer.name}  (card {customer.card_number})")
    for label, value in (("Phone", customer.phone), ("E-mail", customer.email),
                         ("Address", " ".join(filter(None, (customer.street, customer.postcode, customer.city)))),
                         ("Birthday", customer.birthday.strftime("%d-%m-%Y") if customer.birthday else ""),
                         ("Member since", customer.joined_on.strftime("%d-%m-%Y")),
                         ("Mail consent", "yes" if customer.marketing_consent else "no"),
                         ("Notes", customer.notes), ("Preferences", customer.preferences)):
        if value:
            print(f"  {label + ':':<14}{value}")
    print(f"  {'Purchases:':<14}{spent[0]}, together {amount(spent[1])}")
    print(f"  {'Points:':<14}{summary.balance} (spendable {summary.spendable}, pending {summary.pending})")
    if summary.expiring_soon:
        print(f"  {'Expiring:':<14}{summary.expiring_soon} on {summary.expiring_on:%d-%m-%Y}")
    if recent:
        print("  Latest points:")
        for entry in recent:
            print(f"    {local_time(entry.created_at)}  {entry.points:>+7}  {entry.kind:<16} {entry.reason}")
    return 0


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    data = json.dumps(customers.export_customer_data(ctx.db, args.card), ensure_ascii=False, indent=2, default=str)
    if args.out:
        write_output(ctx, args.out, (data + "\n").encode("utf-8"), force=args.force)
        print(f"Wrote {args.out}.")
    else:
        print(data)
    return 0


def _anonymise(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not args.yes and not confirmed(f"Remove all personal data of card {args.card} for good? Type yes: "):
        print("loyalty: nothing changed (to anonymise without being asked, add --yes).", file=sys.stderr)
        return 1
    customers.anonymise_customer(ctx.db, ctx.actor, args.card)
    print("The customer's personal data is removed; points and purchases stay for the books.")
    return 0


def _merge(args: argparse.Namespace, ctx: CommandContext) -> int:
    kept = customers.merge_customers(ctx.db, ctx.actor, args.keep, args.duplicate)
    print(f"Merged {args.duplicate} into {kept.name} ({kept.card_number}).")
    return 0
