"""`loyalty purchase|refund|redeem|balance|adjust|expire`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.arguments import POINTS, number_of
from desktop.cli.lazy import lazy
from desktop.core import clock
from desktop.core.clock import local_date
from desktop.core.money import parse_amount

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

adjustments = lazy("desktop.services.adjustments")
customers = lazy("desktop.services.customers")
expiry = lazy("desktop.services.expiry")
points = lazy("desktop.services.points")
purchases = lazy("desktop.services.purchases")
redemptions = lazy("desktop.services.redemptions")


def register(commands: argparse._SubParsersAction) -> None:
    purchase = commands.add_parser("purchase", help="register a purchase and its points")
    purchase.add_argument("card")
    purchase.add_argument("amount", help="in euros: 12,50 or 12.50")
    purchase.add_argument("--no-points", metavar="AMOUNT", default="0",
                          help="part of the amount that earns no points (gift card, deposit)")
    purchase.add_argument("--receipt", default="", help="receipt number, for finding it back")
    purchase.add_argument("--key", help="unique key: a repeated command with the same key counts once")
    purchase.set_defaults(handler=_purchase)

    refund = commands.add_parser("refund", help="refund (part of) a purchase, or void it with --void")
    refund.add_argument("purchase_id", type=number_of("a purchase"))
    refund.add_argument("--amount", help="the part to refund (default: all that is left)")
    refund.add_argument("--reason", required=True)
    refund.add_argument("--void", action="store_true", help="the registration was a mistake")
    refund.set_defaults(handler=_refund)

    redeem = commands.add_parser("redeem", help="hand out a reward for points")
    redeem.add_argument("card")
    redeem.add_argument("reward", help="the reward's number or name")
    redeem.add_argument("--key", help="unique key: a repeated command with the same key counts once")
    redeem.set_defaults(handler=_redeem)

    balance = commands.add_parser("balance", help="a customer's points")
    balance.add_argument("card")
    balance.set_defaults(handler=_balance)

    adjust = commands.add_parser("adjust", help="correct a customer's points (+ or -) with a reason")
    adjust.add_argument("card")
    adjust.add_argument("points", type=POINTS)
    adjust.add_argument("--reason", required=True)
    adjust.set_defaults(handler=_adjust)

    expire = commands.add_parser("expire", help="expire points whose validity has ended (run daily)")
    expire.set_defaults(handler=_expire)


def _purchase(args: argparse.Namespace, ctx: CommandContext) -> int:
    cents = parse_amount(args.amount)
    result = purchases.register_purchase(ctx.db, ctx.actor, args.card, cents,
                                         non_earning_cents=parse_amount(args.no_points, field="no-points"),
                                         receipt_ref=args.receipt, client_key=args.key)
    note = " (already registered with this key; nothing booked again)" if result.replayed else ""
    print(f"Purchase {result.purchase_id}: +{result.points} points, balance {result.balance}{note}")
    return 0


def _refund(args: argparse.Namespace, ctx: CommandContext) -> int:
    cents = parse_amount(args.amount) if args.amount is not None else None
    result = purchases.refund_purchase(ctx.db, ctx.actor, args.purchase_id, args.reason,
                                       amount_cents=cents, void=args.void)
    print(f"Refund {result.refund_id}: -{result.points_reversed} points, balance {result.balance}")
    return 0


def _redeem(args: argparse.Namespace, ctx: CommandContext) -> int:
    redemption = redemptions.redeem(ctx.db, ctx.actor, args.card, args.reward, client_key=args.key)
    until = f", valid until {redemption.valid_until:%d-%m-%Y}" if redemption.valid_until else ""
    print(f"Voucher code {redemption.code}: -{redemption.points} points{until}")
    return 0


def _balance(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.db.read() as session:
        customer = customers.find_by_card(session, args.card)
        summary = points.summary(session, customer.id, local_date(clock.now()))
    print(summary.balance)
    return 0


def _adjust(args: argparse.Namespace, ctx: CommandContext) -> int:
    entry = adjustments.adjust_points(ctx.db, ctx.actor, args.card, args.points, args.reason)
    print(f"Adjusted by {entry.points:+d} points.")
    return 0


def _expire(args: argparse.Namespace, ctx: CommandContext) -> int:
    result = expiry.expire_points(ctx.db, ctx.scheduled_actor("expiry"))
    print(f"Expired {result.points} points of {result.customers} customers.")
    return 0
