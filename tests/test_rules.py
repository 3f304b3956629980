from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import ValidationError
from desktop.core.rules import ProgrammeSettings, add_months, expiry_date, points_for, reversal_total, tier_for


def test_points_per_euro_with_each_rounding():
    down, nearest, up = (ProgrammeSettings(rounding=r) for r in ("down", "nearest", "up"))
    assert [points_for(1250, s) for s in (down, nearest, up)] == [12, 13, 13]
    assert [points_for(1249, s) for s in (down, nearest, up)] == [12, 12, 13]
    assert [points_for(1200, s) for s in (down, nearest, up)] == [12, 12, 12]
    assert points_for(1250, ProgrammeSettings(points_per_euro=10)) == 125


@given(earned=st.integers(1, 10_000), earning=st.integers(1, 10**7), parts=st.lists(st.integers(1, 10**6), max_size=30))
def test_refunding_a_purchase_in_any_parts_takes_back_every_point(earned, earning, parts):
    refunded, total = 0, 0
    for part in parts + [earning]:  # the last refund takes whatever is left
        part = min(part, earning - refunded)
        if part <= 0:
            break
        refunded += part
        step = reversal_total(earned, refunded, earning) - total
        assert step >= 0
        total += step
    assert total == earned


def test_expiry_dates_clamp_to_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 22), 24) == date(2028, 11, 22)
    assert expiry_date(date(2026, 11, 22), ProgrammeSettings(expiry_months=0)) is None


@pytest.mark.parametrize("change, field", [
    ({"points_per_euro": -1}, "points_per_euro"), ({"rounding": "sideways"}, "rounding"),
    ({"expiry_months": 1000}, "expiry_months"), ({"shop_name": " "}, "shop_name"),
    ({"tier_thresholds": {"Gold": -5}}, "tier_thresholds"), ({"colour": "red"}, "colour"),
    ({"welcome_bonus": True}, "welcome_bonus"),
])
def test_bad_settings_are_refused(change, field):
    with pytest.raises(ValidationError) as caught:
        ProgrammeSettings().with_values(change)
    assert caught.value.field == field


def test_tiers_by_spend_at_the_thresholds():
    settings = ProgrammeSettings(tier_thresholds={"Silver": 25_000, "Gold": 100_000})
    assert tier_for(24_999, settings) is None
    assert tier_for(25_000, settings) == "Silver"
    assert tier_for(100_000, settings) == "Gold"
