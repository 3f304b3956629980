"""Redeeming with a full reward catalogue on the 100,000-customer demo shop, and the other
rewards-programme operations at the counter and in the owner's retention view.

Run from the project folder (not collected by pytest):
    uv run python -m tests.bench.bench_rewards --db PATH [--runs 300]
PATH is a demo shop made by bench_core (or `loyalty demo --customers 100000`); it is
upgraded to the current schema and a full catalogue (about 50 rewards at all three levels,
with tiers, segments, stock and a stamp card) is added once. Work on a copy: the
benchmark books purchases and redemptions.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from desktop.core import clock
from desktop.core.catalogue import RewardKind, RewardSpec, kinds_of
from desktop.core.errors import ConflictError
from desktop.core.kinds import RetentionLevel
from desktop.services import occasions, purchases, redemptions, retention, rewards
from desktop.core.clock import local_date
from desktop.services.context import Actor
from desktop.services.overview import overview
from desktop.storage.migrate import open_database
from desktop.storage.models import Customer, Reward

WARM_UP = 10


def _timed(operation: Callable[[int], object], runs: int) -> list[float]:
    for i in range(WARM_UP):
        operation(i)
    times = []
    for i in range(WARM_UP, WARM_UP + runs):
        began = time.perf_counter()
        operation(i)
        times.append((time.perf_counter() - began) * 1000)
    return times


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


def run(path: Path, runs: int, seed: int) -> list[tuple[str, list[float]]]:
    db = open_database(f"sqlite:///{path}")
    actor = Actor.command_line()
    _full_catalogue(db, actor)
    rng = random.Random(seed)
    with db.read() as session:
        ids = list(session.exec(select(Customer.id).where(Customer.anonymised.is_(False))))
        cards = {row.id: row.card_number for row in session.exec(select(Customer.id, Customer.card_number))}
        catalogue = len(rewards.active_rewards(db))
    picked = [rng.choice(ids) for _ in range(runs + WARM_UP)]
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
        occasions.greet(db, actor, picked[i])
        with db.read() as session:
            return overview(session, picked[i], today)

    def purchase(i):
        return purchases.register_purchase(db, actor, cards[picked[i]], rng.randint(300, 6000))

    def year_figures(_i):
        with db.read() as session:
            return retention.period_figures(session, today - timedelta(days=365), today + timedelta(days=1))

    print(f"catalogue: {catalogue} active rewards; {len(ids):,} customers")
    rows = [(f"offers for a customer ({catalogue})", _timed(offers, runs)),
            ("redeem, 0 points, with stock", _timed(redeem_stock, runs)),
            ("redeem, 100 points", _timed(redeem_points, runs)),
            ("open a customer (greet+overview)", _timed(open_customer, runs)),
            ("register a purchase (tiers+occasions)", _timed(purchase, runs)),
            ("retention view, 12 months", _timed(year_figures, max(5, runs // 30)))]
    print(f"'redeem, 100 points' refused for lack of points or a rule: {refused['points']} of {runs + WARM_UP}")
    db.dispose()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a copy of the 100,000-customer demo shop")
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rows = run(args.db, args.runs, args.seed)
    print(f"\n{'operation':<40}{'median ms':>10}{'p95 ms':>9}")
    for name, times in rows:
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"{name:<40}{statistics.median(times):10.2f}{p95:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
