"""A realistic demo shop: a Dutch coffee-and-tea shop with years of loyalty history, made fast.

Staff and rewards are made by their services. Customers and their history are simulated
with the rules the services use (desktop.core.rules, desktop.core.ledger) and written in
bulk in one write transaction with ids assigned here: the per-row services would take
hours for 100,000 customers. The dashboard's running totals are added up while the
history is simulated (it knows each row's local day), as summaries.rebuild would find
them from the rows: the rebuild's SQL took 27 of 112 s of CPU on 100,000 customers.
The rows keep the services' invariants: every debit is allocated to the lots it took
from, soonest to expire first; a redemption never takes more than is spendable; expiry
takes exactly what is left in its lots (one entry per expiry day, as the daily `expire`
run makes); a refund whose points were spent leaves debt that the next credit pays off.
Ids follow time within a customer, not across customers.

One random.Random(seed) drives everything: the same seed and `today` give the same shop.
A big shop is simulated in a second process while this one writes, so both cores work.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import queue
import random
import sys
import threading
import time
from bisect import bisect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate, chain, count
from math import exp, log
from statistics import NormalDist
from typing import Any, NamedTuple

from sqlmodel import Session, select

from desktop.core import cardnumber, ledger, rules, validation
from desktop.core.errors import ConflictError, ValidationError
from desktop.core.kinds import EntryKind, RedemptionState, RetentionLevel, Role
from desktop.core.reasons import Reason, stored
from desktop.demo import names
from desktop.services.context import Actor, audit
from desktop.services.redemptions import CODE_ALPHABET, CODE_LENGTH
from desktop.services.rewards import create_reward, seed_example_catalogue
from desktop.services.settings import load_settings
from desktop.services.staff import actor_for, create_staff
from desktop.storage import summaries
from desktop.storage.engine import Database
from desktop.storage.models import NEVER_EXPIRES, Customer, Reward, Staff

# Listed in the README: sign in with these on a demo database.
DEMO_STAFF = (
    ("Marieke Jansen", Role.OWNER, "111111"),
    ("Sven Bakker", Role.STAFF, "2222"),
    ("Fatima El Amrani", Role.STAFF, "3333"),
)
# (name, level, kind, cost in points, valid for days, voucher text)
DEMO_REWARDS = (
    ("Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 100, 30, "Goed voor een kop koffie naar keuze."),
    ("€ 5 korting", RetentionLevel.FINANCIAL, "discount", 250, 60, "€ 5 korting op je volgende aankoop."),
    ("Verjaardagsverrassing", RetentionLevel.SOCIAL_EMOTIONAL, "birthday_surprise", 0, 30,
     "Gefeliciteerd! Haal je verrassing op in de winkel."),
    ("Uitnodiging proefavond", RetentionLevel.SOCIAL_EMOTIONAL, "event", 150, 90,
     "Je bent welkom op onze volgende proefavond."),
    ("Gratis reparatiecheck", RetentionLevel.STRUCTURAL, "after_sales", 200, 180,
     "Een gratis check van je espressomachine."),
    ("Reserveerservice", RetentionLevel.STRUCTURAL, "reservation", 0, None,
     "We leggen je favoriete bonen voor je apart."),
)
_REDEEM_WEIGHT = {"free_product": 60, "discount": 20, "event": 10, "after_sales": 10}

NEWCOMER, REGULAR, OCCASIONAL, LATENT = "newcomer", "regular", "occasional", "latent"
_VISITS_PER_WEEK = {NEWCOMER: (0.3, 1.1), REGULAR: (0.45, 1.2), OCCASIONAL: (0.05, 0.22), LATENT: (0.15, 0.7)}
_SURVEY_CHANCE = {NEWCOMER: 0.04, REGULAR: 0.15, OCCASIONAL: 0.06, LATENT: 0.05}
_ATTITUDE = {NEWCOMER: (0.4, 0.45), REGULAR: (0.55, 0.35), OCCASIONAL: (0.35, 0.42), LATENT: (0.15, 0.35)}
_SCORES = {"promoter": (9, 9, 10, 10, 10), "passive": (7, 7, 8, 8, 8), "detractor": (1, 3, 4, 5, 5, 6, 6, 6)}

# The shop's week: opening hours (local) per weekday; Sunday only on shopping Sundays.
_HOURS = {0: (13, 18), 1: (9, 18), 2: (9, 18), 3: (9, 18), 4: (9, 21), 5: (9, 17), 6: (12, 17)}
_WEEKDAY_WEIGHT = (0.55, 0.85, 0.95, 0.95, 1.25, 1.8, 0.7)
_MONTH_WEIGHT = (0.85, 0.8, 0.95, 1.0, 1.0, 0.95, 0.75, 0.7, 1.0, 1.05, 1.1, 1.45)
_HOUR_WEIGHT = {9: 0.5, 10: 0.9, 11: 1.2, 12: 1.1, 13: 0.9, 14: 1.0, 15: 1.2, 16: 1.3, 17: 1.0,
                18: 0.5, 19: 0.45, 20: 0.3}
_CLOSED = {(1, 1), (4, 27), (12, 25), (12, 26)}
_EXPIRY_RUN = 7 * 3600 + 30 * 60  # the daily `expire` run, before opening
_EPOCH = datetime(1970, 1, 1)
_EPOCH_DAY = _EPOCH.toordinal()
# A purchase is the customer's usual amount times a log-normal spread, read from a table of
# quantiles: one random() per draw instead of random.gauss, which costs several times more.
_SPREAD_SIZE = 4096
_SPREAD = [exp(0.55 * NormalDist().inv_cdf((i + 0.5) / _SPREAD_SIZE)) for i in range(_SPREAD_SIZE)]
_MAX_AMOUNT = 15_000

_TABLES = {
    "customer": ("id", "card_number", "name", "search_name", "search_surname", "phone", "phone_digits", "email",
                 "email_key", "street", "postcode", "city", "birthday", "joined_on", "marketing_consent", "consent_at",
                 "notes", "preferences", "referred_by_id", "merged_into_id", "anonymised", "created_at", "updated_at"),
    "purchase": ("id", "customer_id", "amount_cents", "non_earning_cents", "created_at", "staff_id",
                 "receipt_ref", "client_key"),
    "redemption": ("id", "code", "customer_id", "reward_id", "points", "state", "created_at", "valid_until",
                   "used_at", "staff_id", "client_key"),
    "refund": ("id", "purchase_id", "amount_cents", "is_void", "reason", "created_at", "staff_id"),
    "ledger_entry": ("id", "customer_id", "kind", "points", "created_at", "staff_id", "purchase_id",
                     "redemption_id", "reason", "expires_on", "available_on"),
    "lot_allocation": ("id", "debit_id", "lot_id", "points"),
    "survey_response": ("id", "customer_id", "created_at", "recommend", "buy_again", "buy_more",
                        "satisfaction", "comment", "staff_id"),
}  # in the order they are written: parents first
_TOTALS = {
    "purchase_month": summaries.MONTH_COLUMNS,
    "ledger_day": ("day", "kind", "expires_on", "points", "gained"),
    "allocation_day": ("day", "expires_on", "points"),
}  # the dashboard's running totals (desktop/storage/summaries.py), written after the rows
BATCH = 50_000  # ledger rows per write
ROWS_PER_INSERT = 500  # rows in one INSERT ... VALUES (...), (...): far fewer round trips than one by one
PARALLEL_FROM = 20_000  # customers; below this a second process costs more than it saves
# Indexes whose keys arrive in ascending order (ids grow from customer to customer, and each
# customer's rows are written together), so each new entry lands on the index's last pages: kept
# up while the rows are written, they cost about what building them afterwards does (measured
# on 2.25 million ledger rows, 0.0 to 0.4 against 0.65 to 0.8 s each), and that is paid while the
# writer waits for the simulation instead of after it. The others are set aside (see below).
_KEPT_UP = frozenset({"ix_ledger_entry_customer_id_id", "ix_ledger_entry_purchase_id",
                      "ix_purchase_customer_id_created_at", "ix_lot_allocation_debit_id", "ix_lot_allocation_lot_id",
                      "ix_redemption_customer_id", "ix_refund_purchase_id", "ix_survey_response_customer_id"})


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    purchases: int
    ledger_entries: int
    allocations: int
    redemptions: int
    refunds: int
    surveys: int
    seconds: float


class _Offer(NamedTuple):
    """A reward as the simulation needs it (plain attributes are much faster than the ORM's)."""

    id: int
    name: str
    kind: str
    cost: int
    valid_days: int | None


@dataclass(frozen=True)
class _Plan:
    """Everything the simulation needs, small enough to send to the second process."""

    customers: int
    seed: int
    start: date
    today: date
    settings: rules.ProgrammeSettings
    staff: tuple[int, ...]
    offers: tuple[_Offer, ...]
    last_ids: dict[str, int]
    sqlite: bool


@dataclass(slots=True)
class _Profile:
    kind: str
    join: int  # day index
    last: int  # the last day they may come
    visits: int
    basket: float  # their usual purchase in cents
    eagerness: float  # chance to take a reward when they have the points
    joined_at: int  # UTC seconds
    birthday: date | None = None


@dataclass(slots=True)
class _Account:
    """One customer's open lots and debts while their history is written, as points.py keeps them."""

    customer_id: int
    lots: list
    debts: list
    left: int = 0  # points left in open lots
    owed: int = 0  # open debt


def _opening(day: date) -> tuple[int, int] | None:
    if (day.month, day.day) in _CLOSED:
        return None
    if day.weekday() == 6 and not (day.day <= 7 or (day.month == 12 and day.day < 25)):
        return None  # shops open on the first Sunday of the month and the Sundays before Christmas
    return _HOURS[day.weekday()]


def _day_of_year(month: int, day: int) -> int:
    return date(2001, month, min(day, 28) if month == 2 else day).timetuple().tm_yday  # 29 Feb as the 28th


class _Calendar:
    """The shop's days from `start` to yesterday: how busy each is, and when it is open."""

    def __init__(self, start: date, today: date) -> None:
        self.days = [start + timedelta(days=i) for i in range((today - start).days)]
        self.start = start.toordinal()
        slots: dict[tuple[int, int], tuple[int, list[float], float]] = {}
        weights, self.hours, self.midnight, self.festive = [], [], [], []
        for day in self.days:
            hours = _opening(day)
            festive = 1.25 if day.month == 12 and (day.day <= 5 or 14 <= day.day <= 24) else 1.0
            self.festive.append(festive)
            weights.append(0.0 if hours is None else
                           _WEEKDAY_WEIGHT[day.weekday()] * _MONTH_WEIGHT[day.month - 1] * festive)
            hours = hours or _HOURS[1]
            if hours not in slots:  # ten-minute slots, busier late morning and late afternoon
                cum = list(accumulate(_HOUR_WEIGHT[h] for h in range(*hours) for _ in range(6)))
                slots[hours] = (hours[0] * 3600, cum, cum[-1])
            self.hours.append(slots[hours])
            # Local midnight as UTC seconds; the offset at noon is the one for shop hours.
            offset = datetime(day.year, day.month, day.day, 12).astimezone().utcoffset()
            self.midnight.append((day.toordinal() - _EPOCH_DAY) * 86400 - int(offset.total_seconds()))
        self.cum = [0.0, *accumulate(weights)]
        self.yday = [_day_of_year(day.month, day.day) for day in self.days]

    def pick(self, rng: random.Random, first: int, last: int) -> int:
        """A day in [first, last], busy days more likely; closed days never (unless all are)."""
        low, span = self.cum[first], self.cum[last + 1] - self.cum[first]
        if span <= 0:
            return first
        return min(bisect(self.cum, low + rng.random() * span) - 1, last)

    def moment(self, rng: random.Random, day: int) -> int:
        """A time the shop is open on `day`, as UTC seconds since 1970."""
        opens, slots, total = self.hours[day]
        return self.midnight[day] + opens + bisect(slots, rng.random() * total) * 600 + int(rng.random() * 600)

    def index(self, day: date) -> int:
        return day.toordinal() - self.start


def _stamps(cal: _Calendar, sqlite: bool) -> Callable[[int], Any]:
    """UTC seconds as the driver takes them: SQLAlchemy's SQLite text format, or naive UTC."""
    if not sqlite:
        return lambda seconds: _EPOCH + timedelta(seconds=seconds)
    times = [f"{h:02d}:{m:02d}:{s:02d}.000000" for h in range(24) for m in range(60) for s in range(60)]
    first = cal.midnight[0] // 86400 - 1  # every moment simulated lies within the calendar
    prefixes = [f"{date.fromordinal(_EPOCH_DAY + first + i).isoformat()} " for i in range(len(cal.days) + 3)]

    def stamp(seconds: int) -> str:
        day, rest = divmod(seconds, 86400)
        return prefixes[day - first] + times[rest]

    return stamp


def _same(value: Any) -> Any:
    return value


def _pack(rows: list[tuple], per_insert: int) -> tuple[list[tuple], list[tuple]]:
    """Rows as the parameters of multi-row inserts, and the rest that fills no whole insert."""
    whole = len(rows) - len(rows) % per_insert
    return [tuple(chain.from_iterable(rows[i:i + per_insert])) for i in range(0, whole, per_insert)], rows[whole:]


class _People:
    """Who the customers are: names, cards, addresses. Drawn from a random stream of their own
    (from the same seed), so the writing process can make these rows while the other one
    simulates what the customers do."""

    def __init__(self, plan: _Plan, stamp: Callable[[int], Any], day_value: Callable[[date], Any]) -> None:
        self.rng = random.Random(f"{plan.seed}:people")
        self.first_id, self.stamp, self.day_value = plan.last_ids["customer"] + 1, stamp, day_value
        self.cards: set[str] = set()
        self.keys: dict[str, str] = {}  # names repeat, so their search keys are worth keeping
        self.name_keys: dict[str, tuple[str, str]] = {}  # the name's and the surname's
        self.town_weights = list(accumulate(town[3] for town in names.TOWNS))
        self.mail_weights = list(accumulate(domain[1] for domain in names.MAIL_DOMAINS))

    def row(self, customer_id: int, joined_at: int, joined_on: date, birthday: date | None) -> tuple:
        rng = self.rng
        first = rng.choice(names.FIRST_NAMES)
        middle, surname = rng.choice(names.SURNAMES)
        name = f"{first} {middle} {surname}" if middle else f"{first} {surname}"
        phone = ""
        if rng.random() < 0.9:
            number = f"{rng.randrange(10**8):08d}"
            phone = rng.choice((f"06 {number}", f"06 {number}", f"06-{number}", f"+31 6 {number}"))
        email = self._email(first, middle + surname) if rng.random() < 0.8 else ""
        street = postcode = town = ""
        if rng.random() < 0.75:
            town, low, high, _ = rng.choices(names.TOWNS, cum_weights=self.town_weights)[0]
            street = f"{rng.choice(names.STREETS)} {rng.randint(1, 180)}{rng.choice(('', '', '', 'a', 'b', '-2'))}"
            postcode = f"{rng.randint(low, high)} {self._postcode_letters()}"
        consent = rng.random() < 0.6
        notes = rng.choice(names.NOTES) if rng.random() < 0.03 else ""
        preferences = rng.choice(names.PREFERENCES) if rng.random() < 0.08 else ""
        earlier = customer_id - self.first_id
        referrer = self.first_id + rng.randrange(earlier) if earlier > 50 and rng.random() < 0.03 else None
        card = cardnumber.new_card_number(rng)
        while card in self.cards:
            card = cardnumber.new_card_number(rng)
        self.cards.add(card)
        keys = self.name_keys.get(name)
        if keys is None:
            keys = self.name_keys[name] = (validation.search_key(name), validation.surname_key(name))
        at = self.stamp(joined_at)
        return (customer_id, card, name, *keys, phone, validation.phone_digits(phone), email, email.lower(), street,
                postcode, town,
                birthday and self.day_value(birthday), self.day_value(joined_on), consent, at if consent else None,
                notes, preferences, referrer, None, False, at, at)

    def _email(self, first: str, surname: str) -> str:
        rng = self.rng
        f, s = self._plain(first), self._plain(surname)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}{rng.randint(1, 99)}"))
        return f"{local}@{rng.choices(names.MAIL_DOMAINS, cum_weights=self.mail_weights)[0][0]}"

    def _plain(self, name: str) -> str:
        """A name as it goes in an e-mail address: ASCII letters only."""
        plain = self.keys.get("@" + name)
        if plain is None:
            key = validation.search_key(name).replace("ı", "i")
            plain = self.keys["@" + name] = "".join(ch for ch in key if ch.isascii() and ch.isalnum())
        return plain

    def _postcode_letters(self) -> str:
        while (pair := "".join(self.rng.choices(names.POSTCODE_LETTERS, k=2))) in names.POSTCODE_SKIPPED:
            pass
        return pair



class _Shop:
    """Simulates the customers; `flush` hands their rows to `emit`."""

    def __init__(self, plan: _Plan, emit: Callable[[tuple], None]) -> None:
        self.plan, self.emit, self.settings = plan, emit, plan.settings
        self.rng = random.Random(plan.seed)
        self.cal = cal = _Calendar(plan.start, plan.today)
        self.on_duty = [plan.staff[0]] * 8 + [plan.staff[1]] * 7 + [plan.staff[2]] * 5  # shares of the hours
        self.stamp = _stamps(cal, plan.sqlite)
        self.day_value = date.isoformat if plan.sqlite else _same
        self.ids = {table: count(last + 1) for table, last in plan.last_ids.items()}
        self.rows: dict[str, list[tuple]] = {table: [] for table in (*_TABLES, "purchase_month")}
        self.counts = dict.fromkeys(self.rows, 0)
        # ledger_day and allocation_day as they grow, keyed by day index: (day, kind,
        # expires_on) -> [points, gained], and (day, the lot's expires_on) -> points; the
        # points purchases earned per day apart (most entries: a list is quicker than a key).
        self.ledger_days: dict[tuple[int, str, Any], list[int]] = {}
        self.earned_on = [0] * len(cal.days)
        self.allocation_days: dict[tuple[int, Any], int] = {}
        self.never = self.day_value(NEVER_EXPIRES)
        self.codes: set[str] = set()
        self.offers = {offer.kind: offer for offer in plan.offers}
        paid = sorted((o for o in plan.offers if o.cost > 0 and o.kind in _REDEEM_WEIGHT), key=lambda o: o.cost)
        self.paid, self.costs = paid, [offer.cost for offer in paid]
        self.paid_weights = [list(accumulate(_REDEEM_WEIGHT[o.kind] for o in paid[:n])) for n in range(len(paid) + 1)]
        self.cheapest = self.costs[0] if paid else 1 << 60
        self.points = [rules.points_for(cents, self.settings) for cents in range(_MAX_AMOUNT + 1)]
        self.expiry = [rules.expiry_date(day, self.settings) for day in cal.days]
        self.expiry_value = [day and self.day_value(day) for day in self.expiry]
        pending = self.settings.pending_days
        self.available = [rules.available_date(day, self.settings) if pending else None for day in cal.days]
        self.available_value = [day and self.day_value(day) for day in self.available]

    def flush(self) -> None:
        for table, rows in self.rows.items():
            if rows:
                self.emit(("rows", table, rows))
                self.counts[table] += len(rows)
                self.rows[table] = []

    def next_id(self, table: str) -> int:
        return next(self.ids[table])

    def _entry(self, day: int, row: tuple) -> None:
        """A ledger row (LEDGER_COLUMNS) made on local `day`, counted in ledger_day."""
        self.rows["ledger_entry"].append(row)
        points, key = row[3], (day, row[2], row[9] or self.never)
        total = self.ledger_days.get(key)
        if total is None:
            self.ledger_days[key] = [points, points if points > 0 else 0]
        else:
            total[0] += points
            if points > 0:
                total[1] += points

    def _allocation(self, day: int, expires_on: Any, debit_id: int, lot_id: int, points: int) -> None:
        """What a debit on local `day` took from a lot that expires on `expires_on` (the
        driver's value); the debit is never older than the lot, so its day is the later one."""
        self.rows["lot_allocation"].append((self.next_id("lot_allocation"), debit_id, lot_id, points))
        key = (day, expires_on or self.never)
        self.allocation_days[key] = self.allocation_days.get(key, 0) + points

    def totals(self) -> dict[str, list[tuple]]:
        """ledger_day's and allocation_day's rows."""
        for d, earned in enumerate(self.earned_on):
            if earned:
                total = self.ledger_days.setdefault((d, EntryKind.EARN, self.expiry_value[d] or self.never), [0, 0])
                total[0] += earned
                total[1] += earned
        self.earned_on = [0] * len(self.earned_on)
        day = [self.day_value(d) for d in self.cal.days]
        return {"ledger_day": [(day[d], kind, expires_on, points, gained)
                               for (d, kind, expires_on), (points, gained) in self.ledger_days.items()],
                "allocation_day": [(day[d], expires_on, points)
                                   for (d, expires_on), points in self.allocation_days.items()]}

    def profiles(self) -> list[_Profile]:
        rng, cal = self.rng, self.cal
        last = len(cal.days) - 1
        recent = max(0, last - 60)  # newcomers joined in the last two months
        quiet = self.settings.latent_after_days + 7
        launch = min(30, last)  # many customers sign up in the programme's first month
        profiles = []
        for _ in range(self.plan.customers):
            r = rng.random()
            kind = NEWCOMER if r < 0.06 else REGULAR if r < 0.34 else OCCASIONAL if r < 0.75 else LATENT
            end = last
            if kind == LATENT and last - quiet >= 14:
                end = cal.pick(rng, 7, last - quiet)
            elif kind == LATENT:
                kind = OCCASIONAL
            if kind == NEWCOMER:
                join = cal.pick(rng, recent, last)
            else:
                latest = max(0, min(end, recent) - 1)
                join = cal.pick(rng, 0, min(launch, latest) if rng.random() < 0.15 else latest)
            weekly = rng.uniform(*_VISITS_PER_WEEK[kind])
            visits = max(1, round(weekly * (end - join + 1) / 7 * rng.uniform(0.7, 1.3)))
            if kind == LATENT and rng.random() < 0.25:
                visits = 1  # came once and never again
            if kind != NEWCOMER and rng.random() < 0.04:
                visits = 0  # took a card, never bought
            basket = 2000 * exp(rng.gauss(0, 0.35))
            eagerness = rng.choice((0.0, 0.03, 0.08, 0.25))
            birthday = None
            if rng.random() < 0.8:
                today = self.plan.today
                born = date(today.year - int(rng.triangular(16, 88, 38)), 1, 1) + timedelta(days=rng.randrange(365))
                birthday = born if born <= today else born.replace(year=born.year - 1)
            profiles.append(_Profile(kind, join, end, visits, basket, eagerness, cal.moment(rng, join), birthday))
        profiles.sort(key=lambda p: p.joined_at)  # ids in the order customers signed up
        return profiles

    # --- one customer's history -------------------------------------------------------------------

    def _visits(self, profile: _Profile) -> tuple[list[tuple[int, int, int, int]], set[int]]:
        """Visits and refunds in time order, (UTC seconds, day, 0 visit | 1 void | 2 refund, visit
        number), and the numbers of the visits refunded later."""
        if not profile.visits:
            return [], set()
        rng, cal = self.rng, self.cal
        random, cum, hours, midnight = rng.random, cal.cum, cal.hours, cal.midnight
        events = [(profile.joined_at + 30 + int(random() * 150), profile.join, 0, 0)]
        low, high = cum[profile.join + 1], cum[profile.last + 1]
        if high > low:  # the first visit is the sign-up; the others come on later days
            days = sorted(min(bisect(cum, low + random() * (high - low)) - 1, profile.last)
                          for _ in range(profile.visits - 1))
            for number, day in enumerate(days, start=1):
                opens, slots, total = hours[day]
                at = midnight[day] + opens + bisect(slots, random() * total) * 600 + int(random() * 600)
                events.append((at, day, 0, number))
        last = len(cal.days) - 1
        number, visits, refunded = _skip(random()), len(events), set()  # one visit in 200 is refunded
        while number < visits:
            at, day, _, _ = events[number]
            refunded.add(number)
            if random() < 0.4:  # voided at the counter: the wrong amount was rung up
                events.append((at + 60 + int(random() * 840), day, 1, number))
            elif day < last:  # brought back within two weeks
                back = cal.pick(rng, day + 1, min(day + 14, last))
                events.append((cal.moment(rng, back), back, 2, number))
            number += 1 + _skip(random())
        events.sort()
        return events, refunded

    def history(self, customer_id: int, profile: _Profile) -> None:
        rng, cal, settings = self.rng, self.cal, self.settings
        random, stamp, dates, festive, on_duty = rng.random, self.stamp, cal.days, cal.festive, self.on_duty
        purchases, entries, earned_on = self.rows["purchase"], self.rows["ledger_entry"], self.earned_on
        next_purchase, next_entry = self.ids["purchase"].__next__, self.ids["ledger_entry"].__next__
        expiry, expiry_value, available, available_value = (self.expiry, self.expiry_value, self.available,
                                                           self.available_value)
        points, yday, expiring = self.points, cal.yday, settings.expiry_months > 0
        basket, eagerness, cheapest = profile.basket, profile.eagerness, self.cheapest
        spread, lot_of, reserves = _SPREAD, ledger.Lot, 0.01 if profile.kind == REGULAR else 0.0
        account = _Account(customer_id, [], [])
        staff = on_duty[int(random() * 20)]
        if settings.welcome_bonus:
            self._credit(account, EntryKind.WELCOME, settings.welcome_bonus, stamp(profile.joined_at), staff,
                         profile.join, reason=stored(Reason.WELCOME))
        events, refunded = self._visits(profile)
        survey_at = int(random() * profile.visits) if random() < _SURVEY_CHANCE[profile.kind] else -1
        birthday = _day_of_year(profile.birthday.month, profile.birthday.day) if profile.birthday else None
        bought: dict[int, tuple] = {}
        months: list[tuple[int, int, int]] = []  # (day, cents, visit number) for purchase_month
        voided: set[int] = set()
        surprised = -1  # the year of the last birthday surprise
        for at, day, what, number in events:
            if expiring and account.lots and account.lots[0].expires_on <= dates[day]:
                self._expire_due(account, day)
            if what:
                self._refund(account, bought[number], at, day, void=what == 1)
                if what == 1:
                    voided.add(number)
                continue
            if number:  # whoever signed them up rings up the first purchase
                staff = on_duty[int(random() * 20)]
            amount = int(basket * festive[day] * spread[int(random() * _SPREAD_SIZE)])
            amount = 300 if amount < 300 else _MAX_AMOUNT if amount > _MAX_AMOUNT else amount
            gift = 0
            if random() < 0.01 and amount <= _MAX_AMOUNT - 2500:
                gift = (1000, 1500, 2500)[int(random() * 3)]  # a gift card: paid for, earns no points
            purchase_id, when = next_purchase(), stamp(at)
            purchases.append((purchase_id, customer_id, amount + gift, gift, when, staff, "", None))
            months.append((day, amount + gift, number))
            earned, lot = points[amount], None  # rules.points_for, looked up
            if earned and account.debts:
                lot = self._credit(account, EntryKind.EARN, earned, when, staff, day, purchase_id=purchase_id)
            elif earned:  # _credit without debts, inlined: this runs for every purchase
                lot = next_entry()
                entries.append((lot, customer_id, EntryKind.EARN, earned, when, staff, purchase_id, None, "",
                                expiry_value[day], available_value[day]))
                earned_on[day] += earned
                account.lots.append(lot_of(lot, earned, expiry[day], available[day]))
                account.left += earned
            if number in refunded:
                bought[number] = (purchase_id, amount + gift, amount, earned, lot)
            if account.left - account.owed >= cheapest and random() < eagerness:
                self._redeem(account, at + 20, day, staff)
            elif birthday and 0 <= (yday[day] - birthday) % 365 <= 7 and dates[day].year != surprised:
                if random() < 0.6:  # in the week after their birthday
                    surprised = dates[day].year
                    self._redeem(account, at + 20, day, staff, self.offers["birthday_surprise"])
            elif random() < reserves:
                self._redeem(account, at + 20, day, staff, self.offers["reservation"])
            if number == survey_at:
                self._survey(customer_id, profile.kind, at + 120 + int(random() * 480), staff)
        if expiring:
            self._expire_due(account, len(dates) - 1)
        self.rows["purchase_month"].extend(map(tuple, summaries.month_rows(
            customer_id, ((dates[day], cents) for day, cents, number in months if number not in voided))))

    def _credit(self, account: _Account, kind: str, points: int, when, staff: int | None, day: int, *,
                purchase_id: int | None = None, reason: str = "") -> int:
        """A new lot; like points.credit it pays off open debts, oldest first, before anything else."""
        entry_id = self.next_id("ledger_entry")
        self._entry(day, (entry_id, account.customer_id, kind, points, when, staff, purchase_id, None, reason,
                          self.expiry_value[day], self.available_value[day]))
        left = points
        while account.debts and left:
            debt = account.debts[0]
            part = min(left, debt.owed)
            self._allocation(day, self.expiry_value[day], debt.entry_id, entry_id, part)
            debt.owed -= part
            account.owed -= part
            left -= part
            if debt.owed == 0:
                account.debts.pop(0)
        if left:
            account.lots.append(ledger.Lot(entry_id, left, self.expiry[day], self.available[day]))
            account.left += left
        return entry_id

    def _debit(self, account: _Account, kind: str, points: int, when, staff: int | None, day: int, *,
               spendable_only: bool, lots: list | None = None, prefer: int | None = None,
               purchase_id: int | None = None, redemption_id: int | None = None, reason: str = "") -> None:
        """Like points.debit: allocated soonest-expiring first (from `lots`, by default all the
        customer's); what no lot covers becomes debt."""
        entry_id = self.next_id("ledger_entry")
        self._entry(day, (entry_id, account.customer_id, kind, -points, when, staff, purchase_id, redemption_id,
                          reason, None, None))
        lots = account.lots if lots is None else lots
        taken = ledger.allocate(lots, points, today=self.cal.days[day], spendable_only=spendable_only, prefer=prefer)
        expiry = {lot.entry_id: lot.expires_on for lot in lots}
        for lot_id, part in taken:
            self._allocation(day, expiry[lot_id] and self.day_value(expiry[lot_id]), entry_id, lot_id, part)
            account.left -= part
        short = points - sum(part for _, part in taken)
        if short:  # only a refund gets here: its points were spent already
            account.debts.append(ledger.Debt(entry_id, short))
            account.owed += short
        account.lots = [lot for lot in account.lots if lot.left > 0]

    def _expire_due(self, account: _Account, day: int) -> None:
        """What the daily expiry run did up to `day`: one entry per expiry date, on that date."""
        today = self.cal.days[day]
        # Lots are opened in time order and expire in that order, so the due ones come first.
        while account.lots and account.lots[0].expires_on <= today:
            due_on = account.lots[0].expires_on
            due = [lot for lot in account.lots if lot.expires_on == due_on]
            total = sum(lot.left for lot in due)
            entry_id, due_day = self.next_id("ledger_entry"), self.cal.index(due_on)
            at = self.stamp(self.cal.midnight[due_day] + _EXPIRY_RUN)
            self._entry(due_day, (entry_id, account.customer_id, EntryKind.EXPIRE, -total, at, None, None, None,
                                  f"points valid until {due_on.isoformat()}", None, None))
            for lot in due:
                self._allocation(due_day, self.day_value(due_on), entry_id, lot.entry_id, lot.left)
                lot.left = 0
            account.left -= total
            account.lots = [lot for lot in account.lots if lot.left > 0]

    def _refund(self, account: _Account, bought: tuple, at: int, day: int, *, void: bool) -> None:
        rng = self.rng
        purchase_id, amount, earning, earned, lot = bought
        back = amount if void or rng.random() < 0.6 else rng.randint(max(1, amount // 5), amount)
        reason = rng.choice(names.VOID_REASONS if void else names.REFUND_REASONS)
        when, staff = self.stamp(at), self.on_duty[int(rng.random() * 20)]
        self.rows["refund"].append((self.next_id("refund"), purchase_id, back, void, reason, when, staff))
        points = rules.reversal_total(earned, back, earning)
        if points > 0:
            self._debit(account, EntryKind.REVERSAL, points, when, staff, day, spendable_only=False, prefer=lot,
                        purchase_id=purchase_id, reason=reason)

    def _redeem(self, account: _Account, at: int, day: int, staff: int, offer: _Offer | None = None) -> None:
        """Hand out `offer`, or a reward the customer can pay for with the points spendable today."""
        rng, cal = self.rng, self.cal
        if offer is None:
            spendable = account.left - account.owed  # due lots are expired already, so all left is spendable
            if self.settings.pending_days:
                spendable = ledger.spendable(account.lots, account.debts, cal.days[day])
            weights = self.paid_weights[bisect(self.costs, spendable)]  # of the rewards it pays for
            if not weights:
                return
            offer = self.paid[bisect(weights, rng.random() * weights[-1])]
        last = len(cal.days) - 1
        valid_until = cal.days[day] + timedelta(days=offer.valid_days) if offer.valid_days else None
        state, used_at = RedemptionState.USED, at + 5
        if offer.kind not in ("free_product", "discount"):  # used on a later visit, or never
            use_day = cal.pick(rng, min(day + 1, last), min(day + (offer.valid_days or 60), last))
            if use_day > day and rng.random() < 0.85:
                used_at = cal.moment(rng, use_day)
            else:
                expired = valid_until is not None and valid_until <= cal.days[last]
                state, used_at = (RedemptionState.EXPIRED if expired else RedemptionState.ISSUED), None
        redemption_id, when = self.next_id("redemption"), self.stamp(at)
        self.rows["redemption"].append((
            redemption_id, self._code(), account.customer_id, offer.id, offer.cost, state, when,
            valid_until and self.day_value(valid_until), used_at and self.stamp(used_at), staff, None))
        if offer.cost:
            lots = account.lots
            if not self.settings.pending_days:
                # Every open lot is spendable and they are in expiry order, so allocate finds the
                # same lots among the first few that cover the cost; sorting all of them is waste.
                need, covering = offer.cost, 0
                while need > 0:
                    need -= lots[covering].left
                    covering += 1
                lots = lots[:covering]
            self._debit(account, EntryKind.REDEEM, offer.cost, when, staff, day, spendable_only=True, lots=lots,
                        redemption_id=redemption_id, reason=offer.name)

    def _code(self) -> str:
        while (code := "".join(self.rng.choices(CODE_ALPHABET, k=CODE_LENGTH))) in self.codes:
            pass
        self.codes.add(code)
        return code

    def _survey(self, customer_id: int | None, kind: str, at: int, staff: int) -> None:
        rng = self.rng
        promoters, passives = _ATTITUDE[kind]
        r = rng.random()
        group = "promoter" if r < promoters else "passive" if r < promoters + passives else "detractor"
        score = rng.choice(_SCORES[group])
        near = lambda: max(0, min(10, score + rng.choice((-2, -1, 0, 0, 0, 1))))  # noqa: E731
        buy_more = near() if rng.random() < 0.85 else None  # an optional question, sometimes skipped
        comment = rng.choice(names.SURVEY_COMMENTS[group]) if rng.random() < 0.35 else ""
        self.rows["survey_response"].append((self.next_id("survey_response"), customer_id, self.stamp(at), score,
                                             near(), buy_more, near(), comment, staff))

    def anonymous_surveys(self, count: int) -> None:
        """Paper survey forms handed in without a card."""
        for _ in range(count):
            day = self.cal.pick(self.rng, 0, len(self.cal.days) - 1)
            self._survey(None, OCCASIONAL, self.cal.moment(self.rng, day), self.on_duty[0])


def _skip(r: float, chance: float = 0.005) -> int:
    """How many visits pass before the next one with a refund: a geometric draw from one random()."""
    return int(log(1.0 - r) / log(1.0 - chance))


def _simulate(plan: _Plan, emit: Callable[[tuple], None]) -> None:
    """The whole shop, as messages: first ("customers", [(signed up at, on, birthday)]), then
    ("rows", table, rows) and ("progress", done, of, purchases), and last ("done", counts,
    {total's table: rows})."""
    shop = _Shop(plan, emit)
    profiles = shop.profiles()
    emit(("customers", [(p.joined_at, shop.cal.days[p.join], p.birthday) for p in profiles]))
    shop.counts["customer"] = len(profiles)
    first_id = plan.last_ids["customer"] + 1
    for number, profile in enumerate(profiles, start=1):
        shop.history(first_id + number - 1, profile)
        if len(shop.rows["ledger_entry"]) >= BATCH:
            shop.flush()
        if number % 10_000 == 0 or number == plan.customers:
            emit(("progress", number, plan.customers, shop.counts["purchase"] + len(shop.rows["purchase"])))
    shop.anonymous_surveys(plan.customers // 100)
    shop.flush()
    emit(("done", shop.counts, shop.totals()))


def _work(pipe) -> None:
    """The second process: receives the plan, sends the rows back."""
    gc.disable()  # see _without_cycle_collector; this process ends when the shop is sent
    try:
        _simulate(pipe.recv(), pipe.send)
    except BaseException as error:  # the parent shows it; a traceback here would go nowhere
        pipe.send(("failed", f"{type(error).__name__}: {error}"))
    finally:
        pipe.close()


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Python's cycle collector paused while the shop is made. The rows are millions of short-lived
    tuples without cycles (reference counting frees them), and each collection walks all the
    young ones and now and then every object alive: measured on 10,000 customers, a quarter of
    the simulation's CPU and two thirds of unpickling its rows."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _set_up_staff_and_rewards(db: Database, actor: Actor, start: datetime,
                              demo_staff: bool) -> tuple[list[int], list[Reward]]:
    """The catalogue and, with `demo_staff`, the demo staff, made by their services; those
    already there are kept. Without demo staff the shop's own staff ring up the history."""
    with db.read() as session:
        staff = {m.name: m for m in session.exec(select(Staff).order_by(Staff.id))}
        rewards = {r.name: r for r in session.exec(select(Reward))}
    owner = actor
    if demo_staff:
        owner_name = DEMO_STAFF[0][0]
        for name, role, pin in DEMO_STAFF:
            if name not in staff:
                creator = actor_for(staff[owner_name]) if owner_name in staff else actor
                staff[name] = create_staff(db, creator, name, role, pin, at=start)
        owner = actor_for(staff[owner_name])
        on_duty = [staff[name].id for name, _, _ in DEMO_STAFF]
    else:
        ids = [member.id for member in staff.values() if member.active]
        if not ids:
            raise ConflictError("Add a staff member before making demo data without the demo staff.")
        on_duty = [ids[i % len(ids)] for i in range(len(DEMO_STAFF))]
    for name, level, kind, cost, valid_days, voucher in DEMO_REWARDS:
        if name not in rewards:
            rewards[name] = create_reward(db, owner, name, level, kind, cost, valid_days=valid_days,
                                          voucher_text=voucher, at=start)
    seed_example_catalogue(db, owner, at=start)  # the rest of a new shop's catalogue, never redeemed here
    return on_duty, [rewards[r[0]] for r in DEMO_REWARDS]


def _refuse_if_in_use(session: Session) -> None:
    if session.exec(select(Customer.id).limit(1)).first() is not None:
        raise ConflictError("The demo fills an empty database, and this one has customers already; "
                            "choose a new file with --db.")


def _set_aside_indexes(connection) -> list[tuple[str, str]]:
    """SQLite: drop the new rows' tables' own indexes but _KEPT_UP for the load; returns each
    one's table and the SQL that remakes it.

    Building an index once from all rows costs less than half of updating it row by row when
    the keys come in no order (measured: 7 s against 16 s for the indexes on ids, more for
    those on times). It all happens inside the write transaction: no one ever sees the
    tables without their indexes, and a failure puts them back.
    """
    tables = ", ".join(f"'{table}'" for table in (*_TABLES, *_TOTALS))
    found = connection.exec_driver_sql(f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                                       f"AND sql IS NOT NULL AND tbl_name IN ({tables}) ORDER BY name").all()
    aside = [(name, table, sql) for name, table, sql in found if name not in _KEPT_UP]
    for name, _, _ in aside:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [(table, sql) for _, table, sql in aside]


def _rebuild_indexes(connection, statements: list[str]) -> None:
    if not statements:  # PostgreSQL keeps its indexes
        return
    threads = connection.exec_driver_sql("PRAGMA threads").scalar_one()
    connection.exec_driver_sql("PRAGMA threads = 2")  # the index sorts may use the second core
    for statement in statements:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(f"PRAGMA threads = {threads}")


@contextmanager
def _roomy_cache(connection) -> Iterator[None]:
    """SQLite: a page cache of 256 MiB for the load, put back afterwards (the connection
    goes back to the pool). Index sorts and the new pages stay in memory instead of
    spilling in 2 MiB pieces to the file (or the write-ahead log) and temporary files."""
    if connection.dialect.name != "sqlite":
        yield
        return
    size = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-256 * 1024}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {size}")


def _reset_sequences(connection) -> None:
    """PostgreSQL: explicit ids leave the id sequences behind; move them past the new rows."""
    for table in _TABLES:
        connection.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}")


class _Loader:
    """Writes the simulation's messages in the write transaction; `counts` is set when done."""

    def __init__(self, connection, say: Callable[[DemoProgress], None], began: float) -> None:
        self.connection, self.say, self.began = connection, say, began
        self.people: _People | None = None  # set once the plan is known
        # Rebuilt as soon as the customers are written (their rows come in one message, first),
        # while the simulation goes on, instead of with the others after it.
        self.customer_indexes: list[str] = []
        sqlite = connection.dialect.name == "sqlite"
        # SQLite before 3.32 takes at most 999 parameters in one statement.
        most = 65_535 if not sqlite else 32_766 if connection.dialect.dbapi.sqlite_version_info >= (3, 32) else 999
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        tables = {**_TABLES, **_TOTALS}
        self.per_insert = {t: max(1, min(ROWS_PER_INSERT, most // len(cols))) for t, cols in tables.items()}
        self.sql = {}
        for table, cols in tables.items():
            row = f"({', '.join([mark] * len(cols))})"
            head = f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
            self.sql[table] = (head + ", ".join([row] * self.per_insert[table]), head + row)
        self.counts: dict[str, int] | None = None
        self.totals: dict[str, list[tuple]] = {}  # ledger_day's and allocation_day's rows, written last

    def __call__(self, message: tuple) -> None:
        what, *rest = message
        if what == "rows":
            table, rows = rest
            for statement, params in zip(self.sql[table], _pack(rows, self.per_insert[table]), strict=True):
                if params:
                    self.connection.exec_driver_sql(statement, params)
        elif what == "customers":
            first_id = self.people.first_id
            self(("rows", "customer", [self.people.row(first_id + i, *signup) for i, signup in enumerate(rest[0])]))
            _rebuild_indexes(self.connection, self.customer_indexes)
        elif what == "progress":
            done, customers, purchases = rest
            self.say(DemoProgress("customers", time.perf_counter() - self.began, done, customers, purchases))
        elif what == "done":
            self.counts, self.totals = rest
        else:
            raise RuntimeError(f"The demo's simulation failed: {rest[0]}")


class DemoProgress(NamedTuple):
    """How far the demo got: making customers (`done` of `customers`, with their purchases),
    then building the indexes, then adding up the totals; seconds since it began."""
    stage: str  # "customers", "indexes" or "totals"
    seconds: float
    done: int = 0
    customers: int = 0
    purchases: int = 0

    def __str__(self) -> str:  # the command line's line
        if self.stage == "indexes":
            return f"building the indexes, {self.seconds:.1f} s"
        if self.stage == "totals":
            return f"adding up the dashboard's totals, {self.seconds:.1f} s"
        return f"{self.done:,} of {self.customers:,} customers, {self.purchases:,} purchases, {self.seconds:.1f} s"


def _run_in_second_process(plan: _Plan, load: _Loader, pipe) -> None:
    """Write what the second process sends. A thread empties the pipe as fast as it fills, so
    the simulation never waits for the database (a pipe holds only some 64 KiB)."""
    pipe.send(plan)
    inbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()

    def receive() -> None:
        try:
            while True:
                inbox.put(pipe.recv_bytes())
        except (EOFError, OSError):
            inbox.put(b"")  # the other end closed: done, or gone

    threading.Thread(target=receive, name="loyalty-demo-receiver", daemon=True).start()
    while load.counts is None:
        message = inbox.get()
        if not message:
            raise RuntimeError("The demo's second process stopped unexpectedly.")
        load(pickle.loads(message))


@_without_cycle_collector()
def generate_demo(db: Database, actor: Actor, *, customers: int = 2000, months: int = 24, seed: int = 1,
                  today: date, progress: Callable[[DemoProgress], None] | None = None,
                  parallel: bool | None = None, demo_staff: bool = True) -> DemoSummary:
    """Fill an empty database with a demo shop whose history runs from `months` before `today` to yesterday.

    `parallel` simulates in a second process (default: from PARALLEL_FROM customers on).
    `demo_staff=False` keeps the shop's own staff only: a real shop that looks around with
    demo customers must not get an extra owner whose PIN is in the README.
    """
    if not 1 <= customers <= 1_000_000:
        raise ValidationError("customers", "Choose from 1 to 1,000,000 customers.")
    if not 1 <= months <= 120:
        raise ValidationError("months", "Choose from 1 to 120 months of history.")
    began = time.perf_counter()
    with db.read() as session:
        _refuse_if_in_use(session)
    start = rules.add_months(today, -months)
    opened = datetime.combine(start, datetime.min.time().replace(hour=8)).astimezone(UTC)
    staff, rewards = _set_up_staff_and_rewards(db, actor, opened, demo_staff)
    worker = pipe = load = None
    if customers >= PARALLEL_FROM if parallel is None else parallel:
        # Fork where it is quick and safe: on Linux, from a process with one thread (the app's UI
        # has more). Started before the write transaction, so the copy holds none.
        alone = threading.current_thread() is threading.main_thread() and threading.active_count() == 1
        context = multiprocessing.get_context("fork" if sys.platform == "linux" and alone else "spawn")
        pipe, far_end = context.Pipe()
        worker = context.Process(target=_work, args=(far_end,), name="loyalty-demo", daemon=True)
        worker.start()
        far_end.close()
    try:
        with db.rollback_journal(), db.write() as session:
            _refuse_if_in_use(session)
            connection = session.connection()
            sqlite = connection.dialect.name == "sqlite"
            load = _Loader(connection, progress or (lambda _line: None), began)
            last_ids = {t: connection.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {t}").scalar_one()
                        for t in _TABLES}
            plan = _Plan(customers, seed, start, today, load_settings(session), tuple(staff),
                         tuple(_Offer(r.id, r.name, r.kind, r.cost_points, r.valid_days) for r in rewards),
                         last_ids, sqlite)
            load.people = _People(plan, _stamps(_Calendar(start, today), sqlite), date.isoformat if sqlite else _same)
            indexes = _set_aside_indexes(connection) if sqlite else []
            load.customer_indexes = [sql for table, sql in indexes if table == "customer"]
            with _roomy_cache(connection):
                if worker is None:
                    _simulate(plan, load)
                else:
                    _run_in_second_process(plan, load, pipe)
                if indexes:
                    load.say(DemoProgress("indexes", time.perf_counter() - began))
                    _rebuild_indexes(connection, [sql for table, sql in indexes if table != "customer"])
            if not sqlite:
                _reset_sequences(connection)
            load.say(DemoProgress("totals", time.perf_counter() - began))
            for table, rows in load.totals.items():
                load(("rows", table, rows))
            audit(session, actor, "demo.generate", "database", "demo", None,
                  {"seed": seed, "months": months, "today": today.isoformat(),
                   **{table: load.counts[table] for table in _TABLES}})
    finally:
        if worker is not None:
            if load is None or load.counts is None:  # the parent failed: the worker's rows are not wanted
                worker.terminate()
            worker.join()
            pipe.close()
    db.refresh_statistics()
    counts = load.counts
    return DemoSummary(counts["customer"], counts["purchase"], counts["ledger_entry"], counts["lot_allocation"],
                       counts["redemption"], counts["refund"], counts["survey_response"],
                       time.perf_counter() - began)
