"""What stands out in staff patterns, on cases worked out by hand."""

from datetime import UTC, datetime, timedelta

from desktop.core.patterns import Rate, in_bursts, just_under

T0 = datetime(2026, 11, 2, 10, tzinfo=UTC)


def test_a_rate_stands_out_at_twice_the_shops_on_enough_cases():
    shop = Rate(10, 1000)  # 1%
    assert Rate(4, 200).stands_out(shop)  # 2%: twice
    assert not Rate(3, 200).stands_out(shop)  # 1.5%
    assert not Rate(2, 20).stands_out(shop)  # 10%, but only two cases
    assert Rate(3, 100).stands_out(Rate(0, 1000))  # the shop has none at all
    assert Rate(0, 0).value is None and not Rate(0, 0).stands_out(shop)


def test_bursts_are_runs_of_three_within_ten_minutes():
    minutes = [0, 3, 9, 30, 50, 52, 70, 71, 72, 73]
    moments = [T0 + timedelta(minutes=m) for m in minutes]
    assert in_bursts(moments) == [0, 1, 2, 6, 7, 8, 9]  # 50 and 52 are only two
    assert in_bursts(moments, size=4) == [6, 7, 8, 9]
    assert in_bursts([]) == []


def test_just_under_a_threshold():
    tiers = [50_000, 100_000]  # € 500 and € 1.000
    assert just_under(47_500, tiers) == 50_000 and just_under(49_999, tiers) == 50_000
    assert just_under(47_499, tiers) is None and just_under(50_000, tiers) is None
    assert just_under(96_000, tiers) == 100_000 and just_under(1_000, []) is None
