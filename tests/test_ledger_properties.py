"""Random sequences of earn, redeem, refund, expire and adjust on a real SQLite database.

After every step: the balance is the sum of the entries and equals what is left in the
lots minus the debt; a redemption never takes the balance below zero; expiry and
redemption take the soonest-expiring points first; `loyalty check` finds nothing.
"""

import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlmodel import select

from desktop.core.errors import ConflictError
from desktop.core.kinds import EntryKind, Role
from desktop.services import adjustments, customers, expiry, points, purchases, redemptions, rewards
from desktop.services.check import run_checks
from desktop.services.context import Actor
from desktop.services.settings import update_settings
from desktop.storage.engine import Database
from desktop.storage.migrate import open_database
from desktop.storage.models import LedgerEntry, LotAllocation

OWNER = Actor(name="Property Owner", role=Role.OWNER)
START = datetime(2025, 1, 6, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """One migrated database with settings and rewards, copied for every example."""
    path = tmp_path_factory.mktemp("template") / "shop.db"
    db = open_database(f"sqlite:///{path}", create=True)
    update_settings(db, OWNER, {"expiry_months": 6, "pending_days": 3, "welcome_bonus": 25})
    for cost in (10, 40, 150):
        rewards.create_reward(db, OWNER, f"Reward {cost}", "financial", "discount", cost)
    db.dispose()
    return path


class LedgerMachine(RuleBasedStateMachine):
    template: Path

    @initialize()
    def open_shop(self):
        self.folder = Path(tempfile.mkdtemp())
        shutil.copy(self.template, self.folder / "shop.db")
        self.db = Database(f"sqlite:///{self.folder / 'shop.db'}")
        self.now = START
        self.card = customers.create_customer(self.db, OWNER, customers.CustomerDetails(name="Eigenschap"),
                                              at=self.now).card_number
        with self.db.read() as session:
            self.customer_id = customers.find_by_card(session, self.card).id
        self.purchase_ids: list[int] = []

    def teardown(self):
        self.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def summary(self) -> points.PointsSummary:
        with self.db.read() as session:
            return points.summary(session, self.customer_id, self.now.astimezone().date())

    @rule(days=st.integers(0, 120))
    def time_passes(self, days):
        self.now += timedelta(days=days, minutes=1)

    @rule(cents=st.integers(1, 40_000))
    def earn(self, cents):
        before = self.summary().balance
        result = purchases.register_purchase(self.db, OWNER, self.card, cents, at=self.now)
        self.purchase_ids.append(result.purchase_id)
        assert result.balance == before + result.points

    def due(self) -> int:
        """Points past their date that a debit sweeps away first."""
        today = self.now.astimezone().date()
        with self.db.read() as session:
            return sum(lot.left for lot in points.open_lots(session, self.customer_id)
                       if lot.expires_on and lot.expires_on <= today)

    @rule(cost=st.sampled_from([10, 40, 150]))
    def redeem(self, cost):
        before, due = self.summary(), self.due()
        try:
            redemptions.redeem(self.db, OWNER, self.card, f"Reward {cost}", at=self.now)
        except ConflictError:
            assert before.spendable < cost
            assert self.summary().balance == before.balance
            return
        assert before.spendable >= cost
        after = self.summary()
        assert after.balance == before.balance - due - cost and after.spendable >= 0
        self.assert_soonest_expiring_taken_first()

    def assert_soonest_expiring_taken_first(self):
        """No spendable lot left with points expires before a lot the last redemption emptied."""
        today = self.now.astimezone().date()
        with self.db.read() as session:
            last = session.exec(select(LedgerEntry).where(LedgerEntry.customer_id == self.customer_id,
                                                          LedgerEntry.kind == EntryKind.REDEEM)
                                .order_by(LedgerEntry.id.desc())).first()
            taken = session.exec(select(LotAllocation.lot_id).where(LotAllocation.debit_id == last.id)).all()
            remaining = {lot.entry_id: lot for lot in points.open_lots(session, self.customer_id)}
            emptied = [session.get(LedgerEntry, lot_id).expires_on or date.max
                       for lot_id in taken if lot_id not in remaining]
        for lot in remaining.values():
            if lot.spendable(today) and emptied:
                assert (lot.expires_on or date.max) >= max(emptied)

    @precondition(lambda self: self.purchase_ids)
    @rule(which=st.integers(0, 10**6), part=st.one_of(st.none(), st.integers(1, 40_000)))
    def refund(self, which, part):
        purchase_id = self.purchase_ids[which % len(self.purchase_ids)]
        try:
            purchases.refund_purchase(self.db, OWNER, purchase_id, "returned", amount_cents=part, at=self.now)
        except ConflictError:
            pass  # already refunded in full
        except Exception as error:  # a part larger than what is left is refused
            assert "At most" in str(error)

    @rule()
    def expire(self):
        due = self.due()
        before = self.summary().balance
        result = expiry.expire_points(self.db, OWNER, at=self.now)
        assert result.points == due and self.summary().balance == before - due

    @rule(delta=st.integers(-200, 200).filter(bool))
    def adjust(self, delta):
        before, due = self.summary().balance, self.due()
        try:
            adjustments.adjust_points(self.db, OWNER, self.card, delta, "correction", at=self.now)
        except ConflictError:
            assert delta < 0
            return
        assert self.summary().balance == before + delta - (due if delta < 0 else 0)

    @invariant()
    def books_balance(self):
        if not hasattr(self, "db"):
            return
        with self.db.read() as session:
            total = points.balance(session, self.customer_id)
            lots = points.open_lots(session, self.customer_id)
            debts = points.open_debts(session, self.customer_id)
        assert total == sum(lot.left for lot in lots) - sum(d.owed for d in debts)
        assert not (debts and lots), "debt is paid off before points are kept"
        assert run_checks(self.db) == []


@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
def test_ledger_state_machine(template):
    LedgerMachine.template = template
    runner = LedgerMachine.TestCase
    runner.settings = settings(max_examples=30, stateful_step_count=25, deadline=None,
                               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    runner().runTest()
