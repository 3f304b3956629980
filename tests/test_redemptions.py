import pytest
from sqlmodel import func, select

from conftest import balance_of, new_customer
from desktop.core.errors import ConflictError, NotFoundError
from desktop.core.kinds import RedemptionState
from desktop.services import purchases, redemptions, rewards
from desktop.services.redemptions import CODE_ALPHABET, CODE_LENGTH
from desktop.storage.models import Redemption


@pytest.fixture
def coffee(any_db, owner):
    return rewards.create_reward(any_db, owner, "Gratis koffie", "financial", "free_product", 100, valid_days=30)


def test_redeeming_books_the_cost_and_issues_a_readable_code(any_db, owner, coffee):
    customer = new_customer(any_db, owner)
    purchases.register_purchase(any_db, owner, customer.card_number, 10_000)
    redemption = redemptions.redeem(any_db, owner, customer.card_number, "gratis KOFFIE")
    assert redemption.state == RedemptionState.ISSUED and redemption.points == 100
    assert len(redemption.code) == CODE_LENGTH and set(redemption.code) <= set(CODE_ALPHABET)
    assert redemption.valid_until is not None
    assert balance_of(any_db, customer.id) == 50


def test_a_redemption_never_takes_the_balance_below_zero(any_db, owner, coffee):
    customer = new_customer(any_db, owner)  # 50 welcome points
    with pytest.raises(ConflictError, match="Not enough points: 50 available, 100 needed"):
        redemptions.redeem(any_db, owner, customer.card_number, str(coffee.id))
    with any_db.read() as session:
        assert session.exec(select(func.count()).select_from(Redemption)).one() == 0
    assert balance_of(any_db, customer.id) == 50


def test_a_repeated_redemption_key_hands_out_once(db, owner):
    rewards.create_reward(db, owner, "Koffie", "financial", "free_product", 10)
    customer = new_customer(db, owner)
    first = redemptions.redeem(db, owner, customer.card_number, "Koffie", client_key="r1")
    again = redemptions.redeem(db, owner, customer.card_number, "Koffie", client_key="r1")
    assert first.id == again.id and balance_of(db, customer.id) == 40


def test_unknown_rewards_and_staff_rights(db, owner, clerk):
    customer = new_customer(db, owner)
    with pytest.raises(NotFoundError):
        redemptions.redeem(db, clerk, customer.card_number, "Bestaat niet")
    from desktop.core.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        rewards.create_reward(db, clerk, "Stiekem", "financial", "discount", 0)
