"""The control group's statistics against cases worked out by hand."""

import math
import random

import pytest

from desktop.core.control_group import Comparison, held_back_count, split


def test_the_held_back_share_is_rounded_half_up_and_never_everyone():
    assert [held_back_count(n, 10) for n in (0, 1, 2, 5, 14, 15, 100, 1001)] == [0, 0, 1, 1, 1, 2, 10, 100]
    assert held_back_count(100, 0) == 0 and held_back_count(3, 90) == 2


def test_a_split_is_random_complete_and_repeatable_with_a_seed():
    listed = list(range(200))
    mailed, held = split(listed, 10, random.Random(4))
    assert len(held) == 20 and sorted(mailed + held) == listed and not set(mailed) & set(held)
    assert split(listed, 10, random.Random(4)) == (mailed, held)
    assert split(listed, 10, random.Random(5))[1] != held


def test_the_interval_of_a_clear_effect():
    # 30 of 100 mailed came back, 2 of 20 held back: 0.30 - 0.10 = 0.20;
    # SE = sqrt(0.3*0.7/100 + 0.1*0.9/20) = sqrt(0.0066) = 0.0812404; 1.96 SE = 0.159228
    c = Comparison(100, 30, 20, 2, mailed_cents=150_000, held_cents=10_000)
    low, high = c.interval
    assert c.difference == pytest.approx(0.20)
    assert low == pytest.approx(0.20 - 1.959964 * math.sqrt(0.0066)) == pytest.approx(0.040772, abs=1e-6)
    assert high == pytest.approx(0.359228, abs=1e-6)
    assert c.verdict == "more"
    # a mailed customer spent 1,500 / 100 = 15.00, a held-back one 100 / 20 = 5.00: 10.00 x 100
    assert c.extra_cents == 100_000


def test_no_clear_difference_and_fewer():
    assert Comparison(100, 12, 40, 4).verdict == "unclear"  # 0.12 - 0.10, interval around zero
    assert Comparison(400, 20, 100, 20).verdict == "fewer"  # 0.05 - 0.20


def test_too_few_to_tell():
    c = Comparison(50, 20, 5, 0)
    assert c.interval is None and c.verdict == "too_few" and c.difference == pytest.approx(0.4)
    assert Comparison(0, 0, 0, 0).difference is None and Comparison(0, 0, 0, 0).extra_cents is None


def test_nobody_came_back_is_said_so_not_an_interval_of_zero():
    assert Comparison(100, 0, 30, 0).verdict == "nobody"
