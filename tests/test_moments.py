from datetime import date

from desktop.core.moments import CustomerFacts, Moment, Segment, moments, next_birthday, segment
from desktop.core.rules import ProgrammeSettings

TODAY = date(2026, 11, 22)
SETTINGS = ProgrammeSettings(latent_after_days=90)


def facts(**changes) -> CustomerFacts:
    base = dict(joined_on=date(2024, 1, 1), birthday=None, visits=12, last_visit=date(2026, 11, 1))
    return CustomerFacts(**{**base, **changes})


def test_segments():
    assert segment(facts(), TODAY, SETTINGS) == Segment.RETURNING
    assert segment(facts(joined_on=date(2026, 10, 1)), TODAY, SETTINGS) == Segment.NEWCOMER
    assert segment(facts(visits=1), TODAY, SETTINGS) == Segment.NEWCOMER
    assert segment(facts(last_visit=date(2026, 8, 24)), TODAY, SETTINGS) == Segment.RETURNING  # 90 days: not yet
    assert segment(facts(last_visit=date(2026, 8, 23)), TODAY, SETTINGS) == Segment.LATENT  # 91 days


def test_moments_at_the_counter():
    assert moments(facts(), TODAY, SETTINGS) == []
    assert moments(facts(birthday=date(1980, 11, 25)), TODAY, SETTINGS) == [(Moment.BIRTHDAY_THIS_WEEK, 3)]
    assert moments(facts(birthday=date(1980, 11, 21)), TODAY, SETTINGS) == []  # just passed
    assert moments(facts(visits=0, last_visit=None), TODAY, SETTINGS) == [(Moment.FIRST_VISIT, 1)]
    assert moments(facts(visits=24), TODAY, SETTINGS) == [(Moment.VISIT_MILESTONE, 25)]
    assert moments(facts(last_visit=date(2026, 6, 1)), TODAY, SETTINGS) == [(Moment.BACK_AFTER_A_WHILE, 174)]


def test_leap_day_birthdays():
    assert next_birthday(date(2000, 2, 29), date(2027, 2, 1)) == date(2027, 2, 28)
    assert next_birthday(date(2000, 2, 29), date(2028, 2, 1)) == date(2028, 2, 29)
    assert next_birthday(date(1990, 1, 5), TODAY) == date(2027, 1, 5)
