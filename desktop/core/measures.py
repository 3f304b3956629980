"""The loyalty measures, defined once: the dashboard, `loyalty stats` and the monthly
report all compute them here from counts that `desktop.services.stats` reads in SQL.

Every measure is a `Measure`: a value, or the reason it could not be computed (an English
template, translated by the desktop app in the "CoreMessages" context). Nothing is ever
shown as 0 when it is really unknown: an NPS without answers is not 0.

Definitions (also in the README, section "Measures"):
- The period is [start, end], inclusive dates in the shop's local time. The previous
  period has the same length and ends the day before `start`; when the period is whole
  calendar months, it is the same number of whole months before (so March follows
  February, not 31 days before March).
- Scores are 0-10. Detractors 0-6, passives 7-8 ("satisfied enough", yet they may
  leave), promoters 9-10.
- NPS = % promoters - % detractors of the "recommend" answers (-100 ... +100).
- CLI = the mean answer of the respondents who answered all three of recommend, buy
  again and buy more (0 ... 10).
- SCI = % of the respondents who answered satisfaction, buy again and recommend whose
  three answers are all in the top two boxes (9 or 10).
- Active = bought in the period (a voided purchase does not count: it was a mistake).
- Repurchase rate = % of the period's buyers with 2 or more purchases in it.
- Churn = % of the previous period's buyers who did not buy in this period;
  retention = 100 - churn.
- Average purchase value = (purchases - their refunds) / number of purchases.
- Purchase frequency = purchases per buyer in the period.
- CLV is measured on a year, whatever the period: the 12 months ending on the period's
  last day against the 12 months before. CLV = average purchase value x purchases per
  buyer in that year x expected years, with expected years = 1 / yearly churn, capped at
  MAX_EXPECTED_YEARS (also when nobody churned).
- Points liability = points outstanding at the period's end (the sum of the ledger,
  which expiry entries already reduce) x the value of a point.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

MAX_EXPECTED_YEARS = 10  # CLV's expected relationship length when churn is (near) zero

# Why a measure is missing (English templates; the desktop app translates them).
NO_SURVEYS = "No survey answers in this period."
NO_CLI_ANSWERS = "No survey in this period answered all three of recommend, buy again and buy more."
NO_SCI_ANSWERS = "No survey in this period answered all three of satisfaction, buy again and recommend."
NO_BUYERS = "Nobody bought in this period."
NO_PREVIOUS_BUYERS = "Nobody bought in the previous period, so there was no one to keep or lose."
NO_YEAR_BUYERS = "Nobody bought in the 12 months before the period's end."
NO_PREVIOUS_YEAR_BUYERS = "Nobody bought in the year before, so the yearly churn is unknown."
NO_POINT_VALUE = "A point has no value in the programme's settings."
NO_PREVIOUS = "The previous period's figure is not known."


@dataclass(frozen=True)
class Measure:
    """A figure, or why it could not be computed: exactly one of `value` and `reason`."""

    value: float | None
    reason: str = ""

    def __post_init__(self) -> None:
        if (self.value is None) == (not self.reason):
            raise ValueError("a Measure has a value or a reason, not both and not neither")

    @classmethod
    def missing(cls, reason: str) -> Measure:
        return cls(None, reason)

    @property
    def known(self) -> bool:
        return self.value is not None

    def change_from(self, previous: Measure) -> Measure:
        """This value minus the previous one (in the measure's own unit: points of NPS, %-points)."""
        if self.value is None:
            return self
        if previous.value is None:
            return Measure.missing(NO_PREVIOUS)
        return Measure(self.value - previous.value)


def _share(part: int, whole: int, reason: str) -> Measure:
    """`part` of `whole` as a percentage."""
    return Measure(100.0 * part / whole) if whole else Measure.missing(reason)


# -- surveys ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScoreBands:
    """How many answers gave each score 0..10 (index = score)."""

    counts: tuple[int, ...] = (0,) * 11

    def __post_init__(self) -> None:
        if len(self.counts) != 11:
            raise ValueError("scores run from 0 to 10")

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def detractors(self) -> int:
        return sum(self.counts[0:7])

    @property
    def passives(self) -> int:
        """The 7-8 band: satisfied enough, and still free to leave."""
        return sum(self.counts[7:9])

    @property
    def promoters(self) -> int:
        return sum(self.counts[9:11])

    def share(self, band: str) -> Measure:
        """% of answers in 'detractors', 'passives' or 'promoters'."""
        return _share(getattr(self, band), self.total, NO_SURVEYS)


def nps(bands: ScoreBands) -> Measure:
    if not bands.total:
        return Measure.missing(NO_SURVEYS)
    return Measure(100.0 * (bands.promoters - bands.detractors) / bands.total)


def cli(answer_sum: int, respondents: int) -> Measure:
    """`answer_sum`: the sum of the three answers of the `respondents` who gave all three."""
    return Measure(answer_sum / (3 * respondents)) if respondents else Measure.missing(NO_CLI_ANSWERS)


def sci(secure: int, respondents: int) -> Measure:
    return _share(secure, respondents, NO_SCI_ANSWERS)


# -- purchases -------------------------------------------------------------------------------

def repurchase_rate(buyers: int, repeat_buyers: int) -> Measure:
    return _share(repeat_buyers, buyers, NO_BUYERS)


def churn(previous_buyers: int, kept: int) -> Measure:
    """`kept`: the previous period's buyers who bought again in this period."""
    return _share(previous_buyers - kept, previous_buyers, NO_PREVIOUS_BUYERS)


def retention(previous_buyers: int, kept: int) -> Measure:
    return _share(kept, previous_buyers, NO_PREVIOUS_BUYERS)


def average_purchase_value(net_cents: int, purchases: int) -> Measure:
    """In cents (a float: the mean of whole cents)."""
    return Measure(net_cents / purchases) if purchases else Measure.missing(NO_BUYERS)


def purchase_frequency(purchases: int, buyers: int) -> Measure:
    return Measure(purchases / buyers) if buyers else Measure.missing(NO_BUYERS)


def expected_years(yearly_churn: Measure) -> Measure:
    if yearly_churn.value is None:
        return yearly_churn
    share = yearly_churn.value / 100
    return Measure(MAX_EXPECTED_YEARS if share <= 1 / MAX_EXPECTED_YEARS else 1 / share)


def clv(year_net_cents: int, year_purchases: int, year_buyers: int, previous_year_buyers: int,
        kept: int) -> Measure:
    """Customer lifetime value in cents, from a year's figures (see the module's docstring)."""
    if not year_buyers:
        return Measure.missing(NO_YEAR_BUYERS)
    if not previous_year_buyers:
        return Measure.missing(NO_PREVIOUS_YEAR_BUYERS)
    years = expected_years(churn(previous_year_buyers, kept))
    if years.value is None:
        return years
    return Measure(year_net_cents / year_purchases * (year_purchases / year_buyers) * years.value)


def liability_cents(outstanding_points: int, point_value_cents: int) -> Measure:
    if point_value_cents <= 0:
        return Measure.missing(NO_POINT_VALUE)
    return Measure(float(max(outstanding_points, 0) * point_value_cents))


# -- periods ---------------------------------------------------------------------------------

def _month_start(day: date, months: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def whole_months(start: date, end: date) -> int:
    """How many calendar months [start, end] spans exactly, or 0 if it is not whole months."""
    if start.day != 1 or end != _month_end(end) or end < start:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


@dataclass(frozen=True)
class Period:
    """[start, end]: inclusive dates in the shop's local time."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        months = whole_months(self.start, self.end)
        if months:
            first = _month_start(self.start, -months)
            return Period(first, self.start - timedelta(days=1))
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def year_before(self) -> Period:
        """The same days a year earlier (November 2025 for November 2026)."""
        if whole_months(self.start, self.end):
            return Period(_month_start(self.start, -12), _month_end(_month_start(self.end, -12)))
        return Period(self.start.replace(year=self.start.year - 1) if (self.start.month, self.start.day) != (2, 29)
                      else date(self.start.year - 1, 2, 28),
                      self.end.replace(year=self.end.year - 1) if (self.end.month, self.end.day) != (2, 29)
                      else date(self.end.year - 1, 2, 28))

    def year_to_end(self) -> Period:
        """The 12 months ending on the period's last day (CLV's year)."""
        after = self.end + timedelta(days=1)
        try:
            first = after.replace(year=after.year - 1)
        except ValueError:  # 29 February
            first = date(after.year - 1, 3, 1)
        return Period(first, self.end)

    def months(self, *, at_least: int = 12, at_most: int = 24) -> list[Period]:
        """The calendar months for the charts: those the period touches, padded to
        `at_least` months ending with the period's last month, or the last `at_most`."""
        last = _month_start(self.end)
        count = (last.year - self.start.year) * 12 + last.month - self.start.month + 1
        count = min(max(count, at_least), at_most)
        firsts = [_month_start(last, -i) for i in reversed(range(count))]
        return [Period(first, _month_end(first)) for first in firsts]


def month(year: int, number: int) -> Period:
    first = date(year, number, 1)
    return Period(first, _month_end(first))


def quarter(year: int, number: int) -> Period:
    first = date(year, 3 * number - 2, 1)
    return Period(first, _month_end(_month_start(first, 2)))


def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number, 12, 31))
