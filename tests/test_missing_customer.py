"""Asking for a customer number that no row has: a clear NotFoundError, not an AttributeError."""

from datetime import date

import pytest

from desktop.core.errors import NotFoundError
from desktop.services.customer_display import display_facts
from desktop.services.overview import overview


@pytest.mark.parametrize("look", [overview, display_facts])
def test_a_missing_customer_is_not_found(db, look):
    with db.read() as session, pytest.raises(NotFoundError) as refused:
        look(session, 424242, date(2026, 5, 1))
    assert refused.value.params == {"number": 424242}
