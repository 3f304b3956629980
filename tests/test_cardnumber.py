import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import cardnumber
from desktop.core.errors import ValidationError


@given(st.integers(min_value=0, max_value=2**32))
def test_new_card_numbers_are_valid_ean13_in_the_store_range(seed):
    card = cardnumber.new_card_number(random.Random(seed))
    assert len(card) == 13 and card.startswith("29")
    assert cardnumber.is_valid(card)


@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=0, max_value=12), st.integers(1, 9))
def test_every_single_mistyped_digit_is_caught(seed, position, shift):
    card = cardnumber.new_card_number(random.Random(seed))
    wrong = card[:position] + str((int(card[position]) + shift) % 10) + card[position + 1:]
    assert not cardnumber.is_valid(wrong)


def test_known_ean13():
    assert cardnumber.check_digit("400638133393") == "1"  # a real product barcode


def test_validate_explains_what_is_wrong():
    card = cardnumber.new_card_number(random.Random(1))
    assert cardnumber.validate(f" {card[:4]} {card[4:8]}-{card[8:]} ") == card
    for bad, words in [("", "Enter"), ("29abc", "digits only"), ("2912", "13 digits"),
                       (card[:12] + str((int(card[12]) + 1) % 10), "mistyped")]:
        with pytest.raises(ValidationError, match=words):
            cardnumber.validate(bad)
