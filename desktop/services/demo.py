"""A realistic demo shop: a Dutch coffee-and-tea shop with years of loyalty history, made fast.

Staff and rewards are made by their services. Customers and their history are simulated
in memory with the rules the services use (desktop.core.rules, desktop.core.ledger) and
written in bulk in one write transaction with ids assigned here: the per-row services
would take hours for 100,000 customers. The rows keep the services' invariants: every
debit is allocated to the lots it took from, soonest to expire first; a redemption never
takes more than is spendable; expiry takes exactly what is left in its lots (one entry per
expiry day, as the daily `expire` run makes); a refund whose points were spent leaves debt
that the next credit pays off. Ids follow time within a customer, not across customers.
One random.Random(seed) drives everything: the same seed and `today` give the same shop.
"""

from __future__ import annotations

import random
import time
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from itertools import accumulate
from math import exp

from sqlmodel import Session, select

from desktop.core import cardnumber, ledger, rules, validation
from desktop.core.errors import ConflictError, ValidationError
from desktop.core.kinds import EntryKind, RedemptionState, RetentionLevel, Role
from desktop.services import demo_names as names
from desktop.services.context import Actor, audit
from desktop.services.redemptions import CODE_ALPHABET, CODE_LENGTH
from desktop.services.rewards import create_reward
from desktop.services.settings import load_settings
from desktop.services.staff import actor_for, create_staff
from desktop.storage.engine import Database
from desktop.storage.models import Customer, Reward, Staff

# Listed in the README: sign in with these on a demo database.
DEMO_STAFF = (
    ("Marieke Jansen", Role.OWNER, "1111"),
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
BATCH = 100_000  # ledger rows buffered before a write
_TABLES = {
    "customer": ("id", "card_number", "name", "search_name", "phone", "phone_digits", "email", "street",
                 "postcode", "city", "birthday", "joined_on", "marketing_consent", "consent_at", "notes",
                 "preferences", "referred_by_id", "merged_into_id", "anonymised", "created_at", "updated_at"),
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
}  # in the order they are written, parents first

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


def _opening(day: date) -> tuple[int, int] | None:
    if (day.month, day.day) in _CLOSED:
        return None
    if day.weekday() == 6 and not (day.day <= 7 or (day.month == 12 and day.day < 25)):
        return None  # shops open on the first Sunday of the month and the Sundays before Christmas
    return _HOURS[day.weekday()]


class _Calendar:
    """The shop's days from `start` to yesterday: how busy each is, and when it is open."""

    def __init__(self, start: date, today: date) -> None:
        self.days = [start + timedelta(days=i) for i in range((today - start).days)]
        self.start = start.toordinal()
        slots: dict[tuple[int, int], tuple[int, list[float]]] = {}
        weights, self.hours, self.midnight = [], [], []
        for day in self.days:
            hours = _opening(day)
            festive = 1.25 if day.month == 12 and (day.day <= 5 or 14 <= day.day <= 24) else 1.0
            weights.append(0.0 if hours is None else
                           _WEEKDAY_WEIGHT[day.weekday()] * _MONTH_WEIGHT[day.month - 1] * festive)
            hours = hours or _HOURS[1]
            if hours not in slots:  # ten-minute slots, busier late morning and late afternoon
                slot_weights = [_HOUR_WEIGHT[h] for h in range(*hours) for _ in range(6)]
                slots[hours] = (hours[0] * 3600, list(accumulate(slot_weights)))
            self.hours.append(slots[hours])
            # Local midnight as UTC seconds; the offset at noon is the one for shop hours.
            offset = datetime(day.year, day.month, day.day, 12).astimezone().utcoffset()
            self.midnight.append((day.toordinal() - _EPOCH_DAY) * 86400 - int(offset.total_seconds()))
        self.cum = [0.0, *accumulate(weights)]

    def pick(self, rng: random.Random, first: int, last: int) -> int:
        """A day in [first, last], busy days more likely; closed days never (unless all are)."""
        low, span = self.cum[first], self.cum[last + 1] - self.cum[first]
        if span <= 0:
            return first
        return min(bisect(self.cum, low + rng.random() * span) - 1, last)

    def moment(self, rng: random.Random, day: int) -> int:
        """A time the shop is open on `day`, as UTC seconds since 1970."""
        opens, cum = self.hours[day]
        slot = bisect(cum, rng.random() * cum[-1])
        return self.midnight[day] + opens + slot * 600 + int(rng.random() * 600)

    def index(self, day: date) -> int:
        return day.toordinal() - self.start


def _stamps(sqlite: bool) -> Callable[[int], object]:
    """UTC seconds as the driver wants them: SQLAlchemy's SQLite text format, or naive UTC."""
    if not sqlite:
        return lambda seconds: _EPOCH + timedelta(seconds=seconds)
    times = [f"{h:02d}:{m:02d}:{s:02d}.000000" for h in range(24) for m in range(60) for s in range(60)]
    days: dict[int, str] = {}

    def stamp(seconds: int) -> str:
        day, rest = divmod(seconds, 86400)
        prefix = days.get(day)
        if prefix is None:
            prefix = days[day] = f"{date.fromordinal(_EPOCH_DAY + day).isoformat()} "
        return prefix + times[rest]

    return stamp


@dataclass(slots=True)
class _Profile:
    kind: str
    join: int  # day index
    last: int  # the last day they may come
    visits: int
    basket: float  # their median purchase in cents
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


class _Shop:
    """Simulates the customers and buffers their rows; `rows` are written by `flush`."""

    def __init__(self, rng: random.Random, cal: _Calendar, settings: rules.ProgrammeSettings, staff: list[int],
                 rewards: list[Reward], next_ids: dict[str, int], sqlite: bool) -> None:
        self.rng, self.cal, self.settings, self.staff = rng, cal, settings, staff
        self.stamp = _stamps(sqlite)
        self.day_value = date.isoformat if sqlite else (lambda day: day)
        self.ids = next_ids
        self.rows: dict[str, list[tuple]] = {table: [] for table in _TABLES}
        self.counts = dict.fromkeys(_TABLES, 0)
        self.cards: set[str] = set()
        self.codes: set[str] = set()
        self.rewards = {reward.kind: reward for reward in rewards}
        self.paid_rewards = [r for r in rewards if r.cost_points > 0 and r.kind in _REDEEM_WEIGHT]
        self.cheapest = min((r.cost_points for r in self.paid_rewards), default=0)
        self.expiry = [rules.expiry_date(day, settings) for day in cal.days]
        self.expiry_value = [None if d is None else self.day_value(d) for d in self.expiry]
        pending = settings.pending_days
        self.available = [rules.available_date(day, settings) if pending else None for day in cal.days]
        self.available_value = [None if d is None else self.day_value(d) for d in self.available]

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def flush(self, run: Callable[[str, list[tuple]], None]) -> None:
        for table, rows in self.rows.items():
            if rows:
                run(table, rows)
                self.counts[table] += len(rows)
                rows.clear()

    # --- customers -------------------------------------------------------------------------------

    def profiles(self, count: int) -> list[_Profile]:
        rng, cal = self.rng, self.cal
        last = len(cal.days) - 1
        recent = max(0, last - 60)  # newcomers joined in the last two months
        quiet = self.settings.latent_after_days + 7
        launch = min(30, last)  # many customers sign up in the programme's first month
        profiles = []
        for _ in range(count):
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
            eagerness = rng.choice((0.0, 0.25, 0.25, 0.9))
            profiles.append(_Profile(kind, join, end, visits, basket, eagerness, cal.moment(rng, join)))
        profiles.sort(key=lambda p: p.joined_at)
        return profiles

    def customer_row(self, customer_id: int, profile: _Profile, today: date) -> tuple:
        rng = self.rng
        first = rng.choice(names.FIRST_NAMES)
        middle, surname = rng.choice(names.SURNAMES)
        name = " ".join(part for part in (first, middle, surname) if part)
        phone = ""
        if rng.random() < 0.9:
            number = f"{rng.randrange(10**8):08d}"
            phone = rng.choice((f"06 {number}", f"06 {number}", f"06-{number}", f"+31 6 {number}"))
        email = self._email(first, middle + surname) if rng.random() < 0.8 else ""
        street = postcode = town = ""
        if rng.random() < 0.75:
            town, low, high, _ = rng.choices(names.TOWNS, weights=[t[3] for t in names.TOWNS])[0]
            street = f"{rng.choice(names.STREETS)} {rng.randint(1, 180)}{rng.choice(('', '', '', 'a', 'b', '-2'))}"
            postcode = f"{rng.randint(low, high)} {self._postcode_letters()}"
        birthday = None
        if rng.random() < 0.8:
            age = int(rng.triangular(16, 88, 38))
            birthday = date(today.year - age, 1, 1) + timedelta(days=rng.randrange(365))
            birthday = birthday if birthday <= today else birthday.replace(year=birthday.year - 1)
        consent = rng.random() < 0.6
        notes = rng.choice(names.NOTES) if rng.random() < 0.03 else ""
        preferences = rng.choice(names.PREFERENCES) if rng.random() < 0.08 else ""
        referrer = customer_id - rng.randint(1, customer_id - 1) if customer_id > 50 and rng.random() < 0.03 else None
        card = cardnumber.new_card_number(rng)
        while card in self.cards:
            card = cardnumber.new_card_number(rng)
        self.cards.add(card)
        profile.birthday = birthday
        at = self.stamp(profile.joined_at)
        return (customer_id, card, name, validation.search_key(name), phone, validation.phone_digits(phone),
                email, street, postcode, town, birthday and self.day_value(birthday),
                self.day_value(self.cal.days[profile.join]), consent, at if consent else None, notes,
                preferences, referrer, None, False, at, at)

    def _email(self, first: str, surname: str) -> str:
        rng = self.rng
        plain = lambda s: "".join(ch for ch in validation.search_key(s).replace("ı", "i")  # noqa: E731
                                  if ch.isascii() and ch.isalnum())
        f, s = plain(first), plain(surname)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}{rng.randint(1, 99)}"))
        domain = rng.choices(names.MAIL_DOMAINS, weights=[d[1] for d in names.MAIL_DOMAINS])[0][0]
        return f"{local}@{domain}"

    def _postcode_letters(self) -> str:
        while (pair := "".join(self.rng.choices(names.POSTCODE_LETTERS, k=2))) in names.POSTCODE_SKIPPED:
            pass
        return pair

    # --- one customer's history -------------------------------------------------------------------

    def history(self, customer_id: int, profile: _Profile) -> None:
        rng, cal, settings = self.rng, self.cal, self.settings
        random = rng.random
        account = _Account(customer_id, [], [])
        staff = self._staff()
        if settings.welcome_bonus:
            self._credit(account, EntryKind.WELCOME, settings.welcome_bonus, self.stamp(profile.joined_at),
                         staff, profile.join, reason="welcome bonus")
        days = sorted(cal.pick(rng, profile.join, profile.last) for _ in range(profile.visits - 1))
        events = []  # (UTC seconds, day, what, visit number)
        for number, day in enumerate([profile.join] + days if profile.visits else []):
            at = profile.joined_at + rng.randint(30, 180) if number == 0 else cal.moment(rng, day)
            events.append((at, day, 0, number))
            r = random()
            if r < 0.002:  # voided at the counter: the wrong amount was rung up
                events.append((at + rng.randint(60, 900), day, 1, number))
            elif r < 0.005 and day < len(cal.days) - 1:  # brought back within two weeks
                back = cal.pick(rng, day + 1, min(day + 14, len(cal.days) - 1))
                events.append((cal.moment(rng, back), back, 2, number))
        events.sort()
        survey_at = rng.randrange(profile.visits) if profile.visits and random() < _SURVEY_CHANCE[profile.kind] else -1
        bought: dict[int, tuple] = {}
        bday = (profile.birthday.month, profile.birthday.day) if profile.birthday else None
        last_surprise = -1
        for at, day, what, number in events:
            self._expire_due(account, day)
            if what:
                self._refund(account, bought[number], at, day, void=what == 1)
                continue
            staff = self._staff() if number else staff  # whoever signed them up rings up the first purchase
            bought[number] = self._purchase(account, profile, at, day, staff)
            today = cal.days[day]
            if account.left - account.owed >= self.cheapest and random() < profile.eagerness:
                self._redeem(account, at + rng.randint(20, 90), day, staff)
            elif bday and today.year != last_surprise and _near_birthday(today, bday) and random() < 0.6:
                last_surprise = today.year
                self._redeem(account, at + rng.randint(20, 90), day, staff, self.rewards["birthday_surprise"])
            elif profile.kind == REGULAR and random() < 0.01:
                self._redeem(account, at + rng.randint(20, 90), day, staff, self.rewards["reservation"])
            if number == survey_at:
                self._survey(customer_id, profile.kind, at + rng.randint(120, 600), staff)
        self._expire_due(account, len(cal.days) - 1)

    def _staff(self) -> int:
        r = self.rng.random()
        return self.staff[0] if r < 0.4 else self.staff[1] if r < 0.75 else self.staff[2]

    def _purchase(self, account: _Account, profile: _Profile, at: int, day: int, staff: int) -> tuple:
        rng = self.rng
        today = self.cal.days[day]
        festive = 1.25 if today.month == 12 else 1.0
        amount = min(15_000, max(300, int(profile.basket * festive * exp(rng.gauss(0, 0.55)))))
        gift = 0
        if rng.random() < 0.01 and amount <= 12_500:
            gift = rng.choice((1000, 1500, 2500))  # a gift card: paid, but earns no points
        purchase_id = self.next_id("purchase")
        stamp = self.stamp(at)
        self.rows["purchase"].append((purchase_id, account.customer_id, amount + gift, gift, stamp, staff, "", None))
        earned = rules.points_for(amount, self.settings)
        lot = self._credit(account, EntryKind.EARN, earned, stamp, staff, day, purchase_id=purchase_id) if earned else None
        return purchase_id, amount + gift, amount, earned, lot

    def _credit(self, account: _Account, kind: str, points: int, stamp, staff: int | None, day: int, *,
                purchase_id: int | None = None, reason: str = "") -> int:
        """A new lot; like points.credit it pays off open debts, oldest first, before anything else."""
        entry_id = self.next_id("ledger_entry")
        self.rows["ledger_entry"].append((entry_id, account.customer_id, kind, points, stamp, staff, purchase_id,
                                          None, reason, self.expiry_value[day], self.available_value[day]))
        left = points
        while account.debts and left:
            debt = account.debts[0]
            part = min(left, debt.owed)
            self.rows["lot_allocation"].append((self.next_id("lot_allocation"), debt.entry_id, entry_id, part))
            debt.owed -= part
            account.owed -= part
            left -= part
            if debt.owed == 0:
                account.debts.pop(0)
        if left:
            account.lots.append(ledger.Lot(entry_id, left, self.expiry[day], self.available[day]))
            account.left += left
        return entry_id

    def _debit(self, account: _Account, kind: str, points: int, stamp, staff: int | None, day: int, *,
               spendable_only: bool, prefer: int | None = None, purchase_id: int | None = None,
               redemption_id: int | None = None, reason: str = "") -> None:
        entry_id = self.next_id("ledger_entry")
        self.rows["ledger_entry"].append((entry_id, account.customer_id, kind, -points, stamp, staff, purchase_id,
                                          redemption_id, reason, None, None))
        taken = ledger.allocate(account.lots, points, today=self.cal.days[day], spendable_only=spendable_only,
                                prefer=prefer)
        allocations = self.rows["lot_allocation"]
        for lot_id, part in taken:
            allocations.append((self.next_id("lot_allocation"), entry_id, lot_id, part))
            account.left -= part
        short = points - sum(part for _, part in taken)
        if short:  # only a refund gets here: its points were spent, so it leaves debt
            account.debts.append(ledger.Debt(entry_id, short))
            account.owed += short
        account.lots = [lot for lot in account.lots if lot.left > 0]

    def _expire_due(self, account: _Account, day: int) -> None:
        """What the daily expiry run did up to `day`: one entry per expiry date, on that date."""
        lots, today = account.lots, self.cal.days[day]
        # Lots are opened in time order and expire in that order, so the due ones come first.
        while lots and lots[0].expires_on is not None and lots[0].expires_on <= today:
            due_on = lots[0].expires_on
            due = [lot for lot in lots if lot.expires_on == due_on]
            total = sum(lot.left for lot in due)
            entry_id = self.next_id("ledger_entry")
            at = self.stamp(self.cal.midnight[self.cal.index(due_on)] + _EXPIRY_RUN)
            self.rows["ledger_entry"].append((entry_id, account.customer_id, EntryKind.EXPIRE, -total, at, None,
                                              None, None, f"points valid until {due_on.isoformat()}", None, None))
            for lot in due:
                self.rows["lot_allocation"].append((self.next_id("lot_allocation"), entry_id, lot.entry_id, lot.left))
                lot.left = 0
            account.left -= total
            lots = account.lots = [lot for lot in lots if lot.left > 0]

    def _refund(self, account: _Account, bought: tuple, at: int, day: int, *, void: bool) -> None:
        rng = self.rng
        purchase_id, amount, earning, earned, lot = bought
        back = amount if void or rng.random() < 0.6 else rng.randint(max(1, amount // 5), amount)
        reason = rng.choice(names.VOID_REASONS if void else names.REFUND_REASONS)
        stamp, staff = self.stamp(at), self._staff()
        self.rows["refund"].append((self.next_id("refund"), purchase_id, back, void, reason, stamp, staff))
        points = rules.reversal_total(earned, back, earning)
        if points > 0:
            self._debit(account, EntryKind.REVERSAL, points, stamp, staff, day, spendable_only=False, prefer=lot,
                        purchase_id=purchase_id, reason=reason)

    def _redeem(self, account: _Account, at: int, day: int, staff: int, reward: Reward | None = None) -> None:
        rng, cal = self.rng, self.cal
        if reward is None:
            spendable = account.left - account.owed
            if self.settings.pending_days:
                spendable = ledger.spendable(account.lots, account.debts, cal.days[day])
            choices = [r for r in self.paid_rewards if r.cost_points <= spendable]
            if not choices:
                return
            reward = rng.choices(choices, weights=[_REDEEM_WEIGHT[r.kind] for r in choices])[0]
        redemption_id = self.next_id("redemption")
        last = len(cal.days) - 1
        valid_until = cal.days[day] + timedelta(days=reward.valid_days) if reward.valid_days else None
        state, used_at = RedemptionState.USED, at + rng.randint(5, 60)
        if reward.kind not in ("free_product", "discount"):  # used on a later visit, or never
            use_day = cal.pick(rng, min(day + 1, last), min(day + (reward.valid_days or 60), last))
            if use_day > day and rng.random() < 0.85:
                used_at = cal.moment(rng, use_day)
            else:
                expired = valid_until is not None and valid_until <= cal.days[last]
                state, used_at = (RedemptionState.EXPIRED if expired else RedemptionState.ISSUED), None
        stamp = self.stamp(at)
        self.rows["redemption"].append((
            redemption_id, self._code(), account.customer_id, reward.id, reward.cost_points, state, stamp,
            valid_until and self.day_value(valid_until), used_at and self.stamp(used_at), staff, None))
        if reward.cost_points:
            self._debit(account, EntryKind.REDEEM, reward.cost_points, stamp, staff, day, spendable_only=True,
                        redemption_id=redemption_id, reason=reward.name)

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
        score = rng.choice({"promoter": (9, 9, 10, 10, 10), "passive": (7, 7, 8, 8, 8),
                            "detractor": (1, 3, 4, 5, 5, 6, 6, 6)}[group])
        near = lambda: max(0, min(10, score + rng.choice((-2, -1, 0, 0, 0, 1))))  # noqa: E731
        comment = rng.choice(names.SURVEY_COMMENTS[group]) if rng.random() < 0.35 else ""
        buy_more = near() if rng.random() < 0.85 else None  # an optional question, sometimes skipped
        self.rows["survey_response"].append((self.next_id("survey_response"), customer_id, self.stamp(at), score,
                                             near(), buy_more, near(), comment, staff))

    def anonymous_surveys(self, count: int) -> None:
        """Paper survey forms handed in without a card."""
        for _ in range(count):
            day = self.cal.pick(self.rng, 0, len(self.cal.days) - 1)
            self._survey(None, OCCASIONAL, self.cal.moment(self.rng, day), self._staff())


_VISITS_PER_WEEK = {NEWCOMER: (0.3, 1.2), REGULAR: (0.6, 1.6), OCCASIONAL: (0.06, 0.3), LATENT: (0.15, 0.9)}
_SURVEY_CHANCE = {NEWCOMER: 0.04, REGULAR: 0.15, OCCASIONAL: 0.06, LATENT: 0.05}
_ATTITUDE = {NEWCOMER: (0.4, 0.45), REGULAR: (0.55, 0.35), OCCASIONAL: (0.35, 0.42), LATENT: (0.15, 0.35)}


def _near_birthday(today: date, birthday: tuple[int, int]) -> bool:
    """Within a week after the birthday (29 February counts as the 28th)."""
    month, day = birthday
    this_year = date(today.year, month, min(day, 28) if month == 2 else day)
    return 0 <= (today - this_year).days <= 7


def _set_up_staff_and_rewards(db: Database, actor: Actor, start: datetime) -> tuple[list[int], list[Reward]]:
    """The demo staff and catalogue, made by their services; those already there are kept."""
    with db.read() as session:
        staff = {m.name: m for m in session.exec(select(Staff))}
        rewards = {r.name: r for r in session.exec(select(Reward))}
    owner_name = DEMO_STAFF[0][0]
    for name, role, pin in DEMO_STAFF:
        if name not in staff:
            creator = actor_for(staff[owner_name]) if owner_name in staff else actor
            staff[name] = create_staff(db, creator, name, role, pin, at=start)
    owner = actor_for(staff[owner_name])
    for name, level, kind, cost, valid_days, voucher in DEMO_REWARDS:
        if name not in rewards:
            rewards[name] = create_reward(db, owner, name, level, kind, cost, valid_days=valid_days,
                                          voucher_text=voucher, at=start)
    return [staff[name].id for name, _, _ in DEMO_STAFF], [rewards[r[0]] for r in DEMO_REWARDS]


def _refuse_if_in_use(session: Session) -> None:
    if session.exec(select(Customer.id).limit(1)).first() is not None:
        raise ConflictError("The demo fills an empty database, and this one has customers already; "
                            "choose a new file with --db.")


def _reset_sequences(connection) -> None:
    """PostgreSQL: explicit ids leave the id sequences behind; move them past the new rows."""
    for table in _TABLES:
        connection.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}")


def generate_demo(db: Database, actor: Actor, *, customers: int = 2000, months: int = 24, seed: int = 1,
                  today: date, progress: Callable[[str], None] | None = None) -> DemoSummary:
    """Fill an empty database with a demo shop whose history runs from `months` before `today` to yesterday."""
    if not 1 <= customers <= 1_000_000:
        raise ValidationError("customers", "Choose from 1 to 1,000,000 customers.")
    if not 1 <= months <= 120:
        raise ValidationError("months", "Choose from 1 to 120 months of history.")
    began = time.perf_counter()
    say = progress or (lambda _line: None)
    with db.read() as session:
        _refuse_if_in_use(session)
    cal = _Calendar(rules.add_months(today, -months), today)
    opened = datetime.fromtimestamp(cal.midnight[0] + 8 * 3600, timezone.utc)
    staff, rewards = _set_up_staff_and_rewards(db, actor, opened)
    with db.write() as session:
        _refuse_if_in_use(session)
        connection = session.connection()
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        sql = {t: f"INSERT INTO {t} ({', '.join(cols)}) VALUES ({', '.join([mark] * len(cols))})"
               for t, cols in _TABLES.items()}
        first_ids = {t: connection.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {t}").scalar_one()
                     for t in _TABLES}
        shop = _Shop(random.Random(seed), cal, load_settings(session), staff, rewards, dict(first_ids),
                     sqlite=connection.dialect.name == "sqlite")
        write = lambda table, rows: connection.exec_driver_sql(sql[table], rows)  # noqa: E731
        profiles = shop.profiles(customers)
        shop.rows["customer"] = [shop.customer_row(shop.next_id("customer"), p, today) for p in profiles]
        shop.flush(write)
        for number, profile in enumerate(profiles, start=1):
            shop.history(first_ids["customer"] + number, profile)
            if len(shop.rows["ledger_entry"]) >= BATCH:
                shop.flush(write)
            if number % 10_000 == 0 or number == customers:
                say(f"{number:,} of {customers:,} customers, "
                    f"{shop.ids['purchase'] - first_ids['purchase']:,} purchases, {time.perf_counter() - began:.1f} s")
        shop.anonymous_surveys(customers // 100)
        shop.flush(write)
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection)
        audit(session, actor, "demo.generate", "database", "demo", None,
              {"seed": seed, "months": months, "today": today.isoformat(), **shop.counts})
    counts = shop.counts
    return DemoSummary(counts["customer"], counts["purchase"], counts["ledger_entry"], counts["lot_allocation"],
                       counts["redemption"], counts["refund"], counts["survey_response"],
                       time.perf_counter() - began)
