"""The rules the dashboard and the monthly report share: good or bad news, too few answers
to compare, and the summary's lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core import advice, formats, measures
from desktop.core.advice import Tone, Topic
from desktop.core.kinds import RetentionLevel
from desktop.core.measures import Measure, ScoreBands
from desktop.core.retention import balance_hint


@dataclass(frozen=True)
class Month:
    nps: Measure
    bands: ScoreBands
    active: int
    revenue_cents: int
    churn: Measure


def bands(**scores: int) -> ScoreBands:
    counts = [0] * 11
    for score, n in scores.items():
        counts[int(score[1:])] = n
    return ScoreBands(tuple(counts))


def test_a_fall_is_good_news_only_for_figures_where_lower_is_better():
    assert advice.tone("nps", 5) == Tone.GOOD and advice.tone("nps", -5) == Tone.BAD
    assert advice.tone("churn", -0.2) == Tone.GOOD and advice.tone("churn", 0.2) == Tone.BAD
    assert advice.tone("liability_cents", 100) == Tone.BAD and advice.tone("active", 0) == Tone.NEUTRAL


def test_survey_figures_compare_only_on_enough_answers_on_both_sides():
    assert not advice.comparable(14, 11) and not advice.comparable(40, advice.MIN_ANSWERS - 1)
    assert advice.comparable(advice.MIN_ANSWERS, advice.MIN_ANSWERS)


def test_the_summary_of_a_month_on_few_answers():
    # November: 14 answers, NPS 7; October: 11 answers, NPS 27 (the example)
    now = Month(Measure(7.0), bands(s10=5, s8=5, s3=4), 926, 6_599_461, Measure(23.7))
    before = Month(Measure(27.0), bands(s10=5, s7=3, s2=3), 897, 6_549_485, Measure(23.9))
    hint = balance_hint({RetentionLevel.FINANCIAL: 8, RetentionLevel.STRUCTURAL: 2})
    lines = {line.topic: line for line in advice.summary(
        now, before, detractors=4, latent_mailable=379, latent_with_address=294,
        expiring=advice.Expiring(26_672, 133_360, 289), hint=hint)}
    nps = lines[Topic.NPS]
    assert nps.too_few and nps.tone == Tone.NEUTRAL and nps.values["answers_before"] == 11
    assert lines[Topic.ACTIVE].tone == Tone.GOOD and lines[Topic.CHURN].tone == Tone.GOOD
    assert lines[Topic.PASSIVES].values == {"passives": 5, "answers": 14, "share": 100 * 5 / 14}
    assert lines[Topic.DETRACTORS].tone == Tone.BAD
    assert lines[Topic.LATENT].values == {"mailable": 379, "with_address": 294}
    assert lines[Topic.EXPIRING].values["customers"] == 289
    assert lines[Topic.BALANCE].levels == (RetentionLevel.FINANCIAL.value, RetentionLevel.SOCIAL_EMOTIONAL.value)
    assert lines[Topic.BALANCE].values["share"] == 8


def test_nothing_to_say_is_not_said():
    empty = Month(Measure.missing(measures.NO_SURVEYS), ScoreBands(), 0, 0, Measure.missing(measures.NO_BUYERS))
    assert [line.topic for line in advice.summary(empty, empty, detractors=0, latent_mailable=0)] == \
        [Topic.ACTIVE, Topic.REVENUE]


def test_one_sign_convention_for_changes():
    assert formats.signed_amount(232_795, "nl") == "+€ 2.327,95"
    assert formats.signed_amount(-216_580, "nl") == "−€ 2.165,80"
    assert formats.signed_amount(-216_580, "en") == "−€2,165.80"
    assert formats.signed_amount(0, "nl") == "€ 0,00"


def test_the_same_period_a_year_before():
    assert measures.month(2026, 11).year_before() == measures.month(2025, 11)
    assert measures.month(2028, 2).year_before() == measures.month(2027, 2)
    assert measures.Period(date(2028, 2, 29), date(2028, 3, 10)).year_before() == \
        measures.Period(date(2027, 2, 28), date(2027, 3, 10))
