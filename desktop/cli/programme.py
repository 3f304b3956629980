"""`loyalty reward list|add|edit|retire`, `loyalty voucher use`, `loyalty subscription add|due|done`,
`loyalty occasions CARD`, `loyalty retention`: the rewards programme from the command line."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import timedelta
from typing import TYPE_CHECKING

from desktop.cli.arguments import DAYS, MONTHS, number_of, whole_number
from desktop.cli.lazy import lazy
from desktop.cli.output import local_time
from desktop.core import clock
from desktop.core.catalogue import RewardSpec, parse_moment
from desktop.core.clock import local_date
from desktop.core.money import parse_amount
from desktop.core.retention import out_of_ten
from desktop.core.validation import parse_date

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

customers = lazy("desktop.services.customers")
occasions = lazy("desktop.services.occasions")
redemptions = lazy("desktop.services.redemptions")
retention = lazy("desktop.services.retention")
rewards = lazy("desktop.services.rewards")
subscriptions = lazy("desktop.services.subscriptions")


def _reward_options(parser: argparse.ArgumentParser, *, new: bool) -> None:
    if new:
        parser.add_argument("name")
        parser.add_argument("--level", required=True, choices=("financial", "social_emotional", "structural"))
        parser.add_argument(
            "--kind", required=True, help="discount, free_product, stamp_card, event, subscription, ..."
        )
    else:
        parser.add_argument("reward", help="the reward's number or name")
        parser.add_argument("--name")
    parser.add_argument("--cost", type=whole_number(0, 1_000_000_000), help="points (0 allowed)")
    parser.add_argument("--valid-days", type=DAYS, help="a voucher is valid this many days")
    parser.add_argument("--voucher", help="the text printed on the voucher")
    parser.add_argument("--min-tier", help="only for customers with this tier or higher")
    parser.add_argument("--segment", help="only for newcomer, returning, latent, ... customers")
    parser.add_argument("--from", dest="offered_from", help="offered from this day (22-11-2026)")
    parser.add_argument("--until", dest="offered_until", help="offered up to this day")
    parser.add_argument(
        "--stock", type=whole_number(0, 1_000_000_000), help="how many there are to hand out (seats for an event)"
    )
    parser.add_argument("--discount", help="an amount off, 5,00")
    parser.add_argument("--percent", type=whole_number(0, 100), help="or a percentage off")
    parser.add_argument(
        "--stamps", type=whole_number(0, 1_000), help="stamp card: the number of the free purchase (10: the 10th)"
    )
    parser.add_argument("--event-at", help="an event's date and time: '22-11-2026 19:30'")


def register(commands: argparse._SubParsersAction) -> None:
    reward = commands.add_parser("reward", help="the reward catalogue").add_subparsers(
        dest="reward_command", metavar="ACTION", required=True)
    listing = reward.add_parser("list", help="every reward, retired ones last")
    listing.set_defaults(handler=_list)
    add = reward.add_parser("add", help="a new reward")
    _reward_options(add, new=True)
    add.set_defaults(handler=_add)
    edit = reward.add_parser("edit", help="change the options given")
    _reward_options(edit, new=False)
    edit.set_defaults(handler=_edit)
    retire = reward.add_parser("retire", help="stop offering a reward (--undo: offer it again)")
    retire.add_argument("reward")
    retire.add_argument("--undo", action="store_true")
    retire.set_defaults(handler=_retire)

    voucher = commands.add_parser("voucher", help="vouchers and event seats").add_subparsers(
        dest="voucher_command", metavar="ACTION", required=True)
    use = voucher.add_parser("use", help="a voucher was used, or a guest came to the event")
    use.add_argument("code")
    use.set_defaults(handler=_use)

    subscription = commands.add_parser("subscription", help="recurring items on a schedule").add_subparsers(
        dest="subscription_command", metavar="ACTION", required=True)
    sub_add = subscription.add_parser("add", help="put a customer on a subscription")
    sub_add.add_argument("card")
    sub_add.add_argument("reward", help="the subscription reward's number or name")
    sub_add.add_argument("--every", type=DAYS, required=True, metavar="DAYS")
    sub_add.add_argument("--first", help="the first due day (default: today)")
    sub_add.add_argument("--delivered", action="store_true", help="delivered rather than collected")
    sub_add.set_defaults(handler=_subscribe)
    due = subscription.add_parser("due", help="what is due in the coming days")
    due.add_argument("--days", type=DAYS, default=7)
    due.set_defaults(handler=_due)
    done = subscription.add_parser("done", help="this round was collected or delivered")
    done.add_argument("subscription_id", type=number_of("a subscription"))
    done.set_defaults(handler=_done)

    occasions_cmd = commands.add_parser("occasions", help="a customer's occasions, and referrals made")
    occasions_cmd.add_argument("card")
    occasions_cmd.set_defaults(handler=_occasions)

    balance = commands.add_parser("retention", help="rewards per retention level over the last months")
    balance.add_argument("--months", type=MONTHS, default=1)
    balance.set_defaults(handler=_retention)


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.db.read() as session:
        catalogue = rewards.all_rewards(session)
    for r in catalogue:
        rules = [
            f"tier {r.min_tier}+" if r.min_tier else "",
            r.segment,
            f"{r.stock} left" if r.stock is not None else "",
            "" if r.active else "retired",
        ]
        print(f"{r.id:>4}  {r.name:<36} {r.level:<16} {r.kind:<18} {r.cost_points:>6} points  "
              f"{', '.join(filter(None, rules))}".rstrip())
    return 0


def _spec_changes(args: argparse.Namespace) -> dict:
    changes = {
        "cost_points": args.cost, "valid_days": args.valid_days, "voucher_text": args.voucher,
        "min_tier": args.min_tier, "segment": args.segment, "stock": args.stock,
        "discount_percent": args.percent, "stamps_needed": args.stamps,
        "offered_from": parse_date(args.offered_from, field="from") if args.offered_from else None,
        "offered_until": parse_date(args.offered_until, field="until") if args.offered_until else None,
        "discount_cents": parse_amount(args.discount, field="discount") if args.discount else None,
        "event_at": parse_moment(args.event_at, field="event-at") if args.event_at else None,
    }
    return {k: v for k, v in changes.items() if v is not None}


def _add(args: argparse.Namespace, ctx: CommandContext) -> int:
    spec = RewardSpec(name=args.name, level=args.level, kind=args.kind, **_spec_changes(args))
    reward = rewards.save_reward(ctx.db, ctx.actor, spec)
    print(f"Reward {reward.id}: {reward.name}")
    return 0


def _edit(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.db.read() as session:
        current = redemptions.find_reward(session, args.reward)
    changes = _spec_changes(args) | ({"name": args.name} if args.name else {})
    reward = rewards.save_reward(ctx.db, ctx.actor, dataclasses.replace(rewards.spec_of(current), **changes),
                                 reward_id=current.id, stock_loaded=current.stock)
    print(f"Reward {reward.id}: {reward.name} changed")
    return 0


def _retire(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.db.read() as session:
        current = redemptions.find_reward(session, args.reward)
    reward = rewards.set_retired(ctx.db, ctx.actor, current.id, retired=not args.undo)
    print(f"Reward {reward.id}: {'offered' if reward.active else 'retired'}")
    return 0


def _use(args: argparse.Namespace, ctx: CommandContext) -> int:
    used = redemptions.mark_used(ctx.db, ctx.actor, args.code)
    print(f"Voucher {used.code} used at {local_time(used.used_at)}")
    return 0


def _subscribe(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.db.read() as session:
        reward = redemptions.find_reward(session, args.reward)
    first = parse_date(args.first, field="first") if args.first else None
    row = subscriptions.subscribe(ctx.db, ctx.actor, args.card, reward.id, args.every, first_due=first,
                                  delivered=args.delivered)
    print(f"Subscription {row.id}: first due {row.next_due:%d-%m-%Y}, then every {row.every_days} days")
    return 0


def _due(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.db.read() as session:
        lines = subscriptions.due_list(session, local_date(clock.now()), days_ahead=args.days)
    for line in lines:
        how = "deliver" if line.delivered else "collect"
        print(f"{line.subscription_id:>5}  {line.due:%d-%m-%Y}  {how:<8} {line.item:<28} "
              f"{line.customer} ({line.card_number})")
    return 0


def _done(args: argparse.Namespace, ctx: CommandContext) -> int:
    row = subscriptions.handed_over(ctx.db, ctx.actor, args.subscription_id)
    print(f"Subscription {row.id}: next due {row.next_due:%d-%m-%Y}")
    return 0


def _occasions(args: argparse.Namespace, ctx: CommandContext) -> int:
    from sqlmodel import select

    from desktop.storage.models import Occasion

    with ctx.db.read() as session:
        customer = customers.find_by_card(session, args.card)
        rows = session.exec(select(Occasion).where(Occasion.customer_id == customer.id).order_by(Occasion.id)).all()
        referred = occasions.referrals_of(session, customer.id)
    for o in rows:
        done = f"handed out {local_time(o.handed_out_at)}" if o.handed_out_at else "not handed out yet"
        print(f"{local_time(o.created_at)}  {o.kind:<13} {o.detail or o.period:<22} {o.points:>+5} points  {done}")
    for r in referred:
        print(f"referred {r.name} (joined {r.joined_on:%d-%m-%Y}): {'completed' if r.completed else 'pending'}")
    return 0


def _retention(args: argparse.Namespace, ctx: CommandContext) -> int:
    today = local_date(clock.now())
    start = today - timedelta(days=30 * args.months)
    with ctx.db.read() as session:
        figures = retention.period_figures(session, start, today + timedelta(days=1))
    print(f"{'level':<18}{'handed out':>12}{'used':>8}{'customers':>11}")
    for level, f in figures.levels.items():
        print(f"{level:<18}{f.issued:>12}{f.used:>8}{f.customers:>11}")
    if figures.hint:
        h = figures.hint
        print(f"{out_of_ten(h.count, h.total)} out of 10 rewards were {h.level}; consider a {h.suggest} moment.")
    return 0
