"""The lot logic on its own: allocation order, never more than there is, expiry of the rest."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.ledger import Lot, allocate, expirable, spendable

TODAY = date(2026, 11, 22)

lots_strategy = st.lists(
    st.builds(
        Lot,
        entry_id=st.integers(1, 10_000),
        left=st.integers(0, 500),
        expires_on=st.one_of(st.none(), st.dates(TODAY - timedelta(days=30), TODAY + timedelta(days=800))),
        available_on=st.one_of(st.none(), st.dates(TODAY - timedelta(days=30), TODAY + timedelta(days=30))),
    ),
    max_size=12,
    unique_by=lambda lot: lot.entry_id,
)


@given(lots_strategy, st.integers(1, 3000))
def test_a_redemption_takes_only_spendable_points_soonest_expiry_first(lots, want):
    before = {lot.entry_id: lot.left for lot in lots}
    usable = {lot.entry_id for lot in lots if lot.spendable(TODAY)}
    taken = allocate(lots, want, today=TODAY, spendable_only=True)
    assert sum(p for _, p in taken) == min(want, sum(before[i] for i in usable))
    assert all(lot_id in usable and 0 < p <= before[lot_id] for lot_id, p in taken)
    # Soonest expiry first: no untouched usable lot expires before a lot that was used.
    used_dates = [next(lot.expires_on for lot in lots if lot.entry_id == i) or date.max for i, _ in taken]
    for lot in lots:
        if lot.entry_id in usable and lot.left > 0 and used_dates:
            assert (lot.expires_on or date.max) >= max(used_dates[:-1], default=date.min)


@given(lots_strategy, st.integers(1, 3000))
def test_spendable_never_negative_and_matches_allocation(lots, want):
    assert spendable(lots, [], TODAY) >= 0
    have = spendable(lots, [], TODAY)
    taken = allocate(lots, want, today=TODAY, spendable_only=True)
    assert sum(p for _, p in taken) == min(want, have)
    assert spendable(lots, [], TODAY) == have - sum(p for _, p in taken)


def test_a_refund_takes_its_own_lot_first():
    lots = [Lot(1, 100, date(2027, 1, 1), None), Lot(2, 100, date(2028, 1, 1), None)]
    assert allocate(lots, 150, today=TODAY, spendable_only=False, prefer=2) == [(2, 100), (1, 50)]


def test_expirable_lots_are_those_past_their_date_with_points_left():
    lots = [Lot(1, 10, TODAY, None), Lot(2, 0, TODAY, None), Lot(3, 5, TODAY + timedelta(days=1), None),
            Lot(4, 7, None, None)]
    assert [lot.entry_id for lot in expirable(lots, TODAY)] == [1]
    assert not Lot(1, 10, TODAY, None).spendable(TODAY)  # the expiry date itself is no longer valid
