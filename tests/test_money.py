import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import ValidationError
from desktop.core.money import format_cents, parse_amount


@pytest.mark.parametrize("typed, cents", [
    ("12,50", 1250), ("12.50", 1250), ("12", 1200), ("12,5", 1250), ("0,99", 99), (" € 7,05 ", 705),
    ("1.234,50", 123450), ("1,234.50", 123450), ("1 234,50", 123450), ("1 234", 123400), ("EUR 3", 300),
])
def test_typed_amounts_become_cents(typed, cents):
    assert parse_amount(typed) == cents


@pytest.mark.parametrize("typed", ["-5", "abc", "NaN", "nan", "inf", "1e309", "", "   ", "12,505", "1.234", "1.2.3",
                                   "12,50,1", "1.234.5", "--1", "12;50", "١٢", "0x10",
                                   "1,234.567,00", "1.234,567.00", "1 234.567,00", "9" * 5000])
def test_bad_amounts_are_refused_with_the_field_named(typed):
    with pytest.raises(ValidationError) as caught:
        parse_amount(typed, field="amount")
    assert caught.value.field == "amount"
    assert caught.value.message


def test_absurd_amounts_are_refused():
    with pytest.raises(ValidationError, match="maximum"):
        parse_amount("99999999", max_cents=1_000_000)
    assert parse_amount("10000", max_cents=1_000_000) == 1_000_000


@given(st.integers(min_value=0, max_value=10**9))
def test_formatting_and_parsing_round_trip(cents):
    assert parse_amount(format_cents(cents)) == cents


def test_dutch_formatting():
    assert format_cents(123450) == "€ 1.234,50"
    assert format_cents(-5) == "€ -0,05"
