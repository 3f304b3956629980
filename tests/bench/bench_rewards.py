"""Redeeming with a full reward catalogue on the 100,000-customer demo shop, and the other
rewards-programme operations at the counter and in the owner's retention view.

Run from the project folder (not collected by pytest):
    uv run python -m tests.bench.bench_rewards (--db PATH | --url URL) [--runs 300]
PATH (or URL) is a demo shop made by bench_core (or `loyalty demo --customers 100000`); it
is upgraded to the current schema and a full catalogue (about 50 rewards at all three
levels, with tiers, segments, stock and a stamp card) is added once. Work on a copy: the
benchmark books purchases and redemptions. Each call is followed by its floor, as in
bench_core: the catalogue read raw for the offers, a purchase's two inserts and commit for
booking (a redemption writes as many rows), the card's rows for opening a customer.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from desktop.core import clock
from desktop.core.catalogue import RewardKind, RewardSpec, kinds_of
from desktop.core.clock import local_date
from desktop.core.errors import ConflictError
from desktop.core.kinds import RetentionLevel
from desktop.services import purchases, redemptions, retention, rewards
from desktop.services.context import Actor
from desktop.services.overview import open_customer as open_customer_at_the_counter
from desktop.storage.migrate import open_database
from desktop.storage.models import Customer, Reward
from tests.bench.bench_core import Raw, interleaved, p95


def _full_catalogue(db, actor: Actor) -> None:
    """The example catalogue plus variants per kind: about 50 active rewards."""
    rewards.seed_example_catalogue(db, actor)
    with db.read() as session:
        if session.exec(select(Reward).where(Reward.name.startswith("Bench "))).first():
            return
    rng = random.Random(3)
    for level in RetentionLevel:
        for kind in kinds_of(level):
            for n in range(3):
                extra = {"stamps_needed": 10} if kind == RewardKind.STAMP_CARD else {}
                rewards.save_reward(db, actor, RewardSpec(
                    f"Bench {kind} {n}", level, kind, rng.choice((0, 50, 100, 250, 500)),
                    min_tier=rng.choice(("", "", "Silver", "Gold")), segment=rng.choice(("", "", "", "latent")),
                    stock=rng.choice((None, None, 1_000_000)), valid_days=30, **extra))
    rewards.save_reward(db, actor, RewardSpec("Bench tas", "financial", "free_product", 0, stock=1_000_000))


def run(url: str, runs: int, seed: int) -> list[tuple[str, list[float], list[float] | None]]:
    db = open_database(url)
    raw = Raw(url)
    actor = Actor.set_up()
    _full_catalogue(db, actor)
    rng = random.Random(seed)
    with db.read() as session:
        ids = list(session.exec(select(Customer.id).where(Customer.anonymised.is_(False))))
        cards = {row.id: row.card_number for row in session.exec(select(Customer.id, Customer.card_number))}
        catalogue = len(rewards.active_rewards(db))
    picked = [rng.choice(ids) for _ in range(runs + 20)]
    today = local_date(clock.now())
    refused = {"points": 0}

    def offers(i):
        with db.read() as session:
            return rewards.offers(session, session.get(Customer, picked[i]), today)

    def redeem_stock(i):
        return redemptions.redeem(db, actor, cards[picked[i]], "Bench tas")

    def redeem_points(i):
        try:
            return redemptions.redeem(db, actor, cards[picked[i]], "Gratis koffie")
        except ConflictError:  # not enough points or a rule said no: timed all the same
            refused["points"] += 1

    def open_customer(i):
        return open_customer_at_the_counter(db, actor, picked[i])

    def purchase(i):
        return purchases.register_purchase(db, actor, cards[picked[i]], rng.randint(300, 6000))

    def year_figures(_i):
        with db.read() as session:
            return retention.period_figures(session, today - timedelta(days=365), today + timedelta(days=1))

    def catalogue_floor(_i):
        return raw.rows("SELECT * FROM reward WHERE active")

    def booking_floor(i):
        return raw.purchase(picked[i], 1000)

    print(f"catalogue: {catalogue} active rewards; {len(ids):,} customers")
    rows = [(f"offers for a customer ({catalogue})", *interleaved(offers, catalogue_floor, runs)),
            ("redeem, 0 points, with stock", *interleaved(redeem_stock, booking_floor, runs)),
            ("redeem, 100 points", *interleaved(redeem_points, booking_floor, runs)),
            ("open a customer (open_customer)", *interleaved(open_customer, lambda i: raw.card(picked[i]), runs)),
            ("register a purchase (tiers+occasions)", *interleaved(purchase, booking_floor, runs)),
            ("retention view, 12 months", interleaved(year_figures, lambda i: None, max(5, runs // 30))[0], None)]
    print(f"'redeem, 100 points' refused for lack of points or a rule: {refused['points']} of {runs + 20}")
    raw.close()
    db.dispose()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", type=Path, help="a copy of the 100,000-customer demo shop")
    where.add_argument("--url", help="a server database holding a copy of a demo shop")
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rows = run(args.url or f"sqlite:///{args.db}", args.runs, args.seed)
    print(f"\nms; load {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} CPUs")
    print(f"{'operation':<40}{'median':>8}{'p95':>8}{'floor':>8}{'p95':>8}{'ratio':>7}")
    for name, times, floor in rows:
        median = statistics.median(times)
        against = (f"{statistics.median(floor):8.2f}{p95(floor):8.2f}{median / statistics.median(floor):6.1f}x"
                   if floor else f"{'-':>8}{'-':>8}{'-':>7}")
        print(f"{name:<40}{median:8.2f}{p95(times):8.2f}{against}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
