"""Each measure against values computed by hand, and the reasons given when one cannot be computed."""

from datetime import date

import pytest

from desktop.core import measures
from desktop.core.measures import Measure, Period, ScoreBands


def bands(**scores: int) -> ScoreBands:
    counts = [0] * 11
    for score, count in scores.items():
        counts[int(score[1:])] = count
    return ScoreBands(tuple(counts))


def test_nps_from_promoters_passives_and_detractors():
    # 5 promoters, 3 passives (7-8), 2 detractors: (5 - 2) / 10 = +30
    b = bands(s10=3, s9=2, s8=2, s7=1, s6=1, s0=1)
    assert (b.promoters, b.passives, b.detractors, b.total) == (5, 3, 2, 10)
    assert measures.nps(b) == Measure(30.0)
    assert b.share("passives") == Measure(30.0)


def test_nps_all_detractors_is_minus_100_and_no_answers_is_unknown():
    assert measures.nps(bands(s6=4, s0=1)).value == -100.0
    empty = measures.nps(ScoreBands())
    assert empty.value is None and empty.reason == measures.NO_SURVEYS
    assert ScoreBands().share("promoters").reason == measures.NO_SURVEYS


def test_cli_is_the_mean_answer_and_sci_the_share_secure():
    # two complete respondents: (9+8+7) and (10+10+10): 54 / 6 = 9.0
    assert measures.cli(54, 2) == Measure(9.0)
    assert measures.cli(0, 0).reason == measures.NO_CLI_ANSWERS
    assert measures.sci(1, 4) == Measure(25.0)
    assert measures.sci(0, 0).reason == measures.NO_SCI_ANSWERS


def test_purchase_measures():
    assert measures.repurchase_rate(buyers=4, repeat_buyers=1) == Measure(25.0)
    assert measures.churn(previous_buyers=5, kept=4) == Measure(20.0)
    assert measures.retention(previous_buyers=5, kept=4) == Measure(80.0)
    assert measures.average_purchase_value(net_cents=3000, purchases=4) == Measure(750.0)
    assert measures.purchase_frequency(purchases=6, buyers=4) == Measure(1.5)
    for unknown in (measures.repurchase_rate(0, 0), measures.average_purchase_value(0, 0),
                    measures.purchase_frequency(0, 0)):
        assert unknown.value is None and unknown.reason == measures.NO_BUYERS
    assert measures.churn(0, 0).reason == measures.NO_PREVIOUS_BUYERS


def test_clv_is_value_times_frequency_times_expected_years():
    # 10 buyers, 40 purchases, € 1.000 net: € 25 x 4 a year; 4 of 5 kept: churn 20 % -> 5 years
    assert measures.clv(100_000, 40, 10, previous_year_buyers=5, kept=4) == Measure(25 * 100 * 4 * 5.0)
    # nobody lost: the cap, not infinity
    assert measures.clv(100_000, 40, 10, 5, 5).value == 2500 * 4 * measures.MAX_EXPECTED_YEARS
    assert measures.clv(0, 0, 0, 5, 0).reason == measures.NO_YEAR_BUYERS
    assert measures.clv(100, 1, 1, 0, 0).reason == measures.NO_PREVIOUS_YEAR_BUYERS


def test_liability_and_changes():
    assert measures.liability_cents(1000, 5) == Measure(5000.0)
    assert measures.liability_cents(-20, 5) == Measure(0.0)
    assert measures.liability_cents(1000, 0).reason == measures.NO_POINT_VALUE
    assert Measure(30.0).change_from(Measure(20.0)) == Measure(10.0)
    assert Measure(30.0).change_from(Measure.missing("x")).reason == measures.NO_PREVIOUS
    assert Measure.missing("why").change_from(Measure(1.0)).reason == "why"


def test_a_measure_has_a_value_or_a_reason():
    with pytest.raises(ValueError):
        Measure(None)
    with pytest.raises(ValueError):
        Measure(1.0, "both")


def test_periods_previous_and_months():
    march = measures.month(2026, 3)
    assert march.previous() == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert measures.quarter(2026, 1).previous() == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert measures.year(2026).previous() == measures.year(2025)
    custom = Period(date(2026, 3, 10), date(2026, 3, 19))
    assert custom.previous() == Period(date(2026, 2, 28), date(2026, 3, 9))
    assert march.year_to_end() == Period(date(2025, 4, 1), date(2026, 3, 31))
    months = march.months()
    assert len(months) == 12 and months[0] == measures.month(2025, 4) and months[-1] == march
    assert len(Period(date(2020, 1, 1), date(2026, 3, 31)).months()) == 24
