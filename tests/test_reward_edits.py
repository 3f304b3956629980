"""Editing rewards later: seats, renamed tiers and longer stamp cards never change what was handed out."""

from datetime import UTC, datetime

import pytest

from conftest import new_customer
from desktop.core.errors import ConflictError
from desktop.services import customers, purchases, redemptions, rewards


def T(y, m, d):
    return datetime(y, m, d, 12, tzinfo=UTC)


def test_editing_a_reward_never_puts_back_the_seats_handed_out_meanwhile(shop, owner):
    import dataclasses

    from desktop.storage.models import Reward

    evening = rewards.create_reward(shop, owner, "Proefavond", "social_emotional", "event", 0, stock=3,
                                    event_at=T(2030, 12, 12))
    with shop.read() as session:
        loaded = rewards.spec_of(session.get(Reward, evening.id))  # the owner opens the editor at 3 seats
    for name in ("Gast 1", "Gast 2"):
        redemptions.redeem(shop, owner, new_customer(shop, owner, name).card_number, str(evening.id))
    text_only = dataclasses.replace(loaded, voucher_text="Deuren open om 19:00")
    rewards.save_reward(shop, owner, text_only, reward_id=evening.id, stock_loaded=3)
    with shop.read() as session:
        assert (session.get(Reward, evening.id).stock, session.get(Reward, evening.id).voucher_text) == (
            1, "Deuren open om 19:00")
    with pytest.raises(ConflictError):  # the owner typed 10 seats over a stock the counters changed
        rewards.save_reward(shop, owner, dataclasses.replace(loaded, stock=10), reward_id=evening.id, stock_loaded=3)
    rewards.save_reward(shop, owner, dataclasses.replace(loaded, stock=10), reward_id=evening.id, stock_loaded=1)
    with shop.read() as session:
        assert session.get(Reward, evening.id).stock == 10


def test_the_reward_editor_keeps_the_seats_taken_while_it_was_open(qtbot, db, owner, monkeypatch):
    from desktop.storage.models import Reward
    from desktop.ui.formatting import Formats
    from desktop.ui.programme.reward_editor import RewardEditor

    evening = rewards.create_reward(db, owner, "Proefavond", "social_emotional", "event", 0, stock=2,
                                    event_at=T(2030, 12, 12))
    editor = RewardEditor(db, owner, Formats("en"))
    qtbot.addWidget(editor)
    with db.read() as session:
        editor.show_reward(session.get(Reward, evening.id))
    redemptions.redeem(db, owner, new_customer(db, owner, "Gast").card_number, str(evening.id))
    editor.voucher.setPlainText("Deuren open om 19:00")
    assert editor.save() is True and editor.edits["stock"].text() == "1"
    redemptions.redeem(db, owner, new_customer(db, owner, "Gast 2").card_number, str(evening.id))
    shown = []
    monkeypatch.setattr("desktop.ui.programme.reward_editor.show_error", lambda parent, error: shown.append(error))
    editor.edits["stock"].setText("5")  # typed over a stock that is 0 by now
    assert editor.save() is False and isinstance(shown[0], ConflictError)
    assert editor.edits["stock"].text() == "0"  # shown as it is now, to check and save again
    with db.read() as session:
        assert session.get(Reward, evening.id).stock == 0


def rename_tiers_behind_the_check(db, tiers):
    """Settings refuses to rename a tier a reward is for; older data (or a hand edit) may have done it."""
    import json

    from desktop.storage.models import Setting

    with db.write() as session:
        session.merge(Setting(key="tier_thresholds", value=json.dumps(tiers)))


def test_a_reward_for_a_tier_that_was_renamed_is_offered_to_nobody(shop, owner):
    from desktop.core.catalogue import Refusal
    from desktop.storage.models import Customer as Row

    tour = rewards.create_reward(shop, owner, "Rondleiding", "social_emotional", "event", 0, min_tier="Gold",
                                 stock=12, event_at=T(2030, 12, 12))
    rich = new_customer(shop, owner, "Rijk")
    purchases.register_purchase(shop, owner, rich.card_number, 100_000)
    rename_tiers_behind_the_check(shop, {"Zilver": 25_000, "Goud": 100_000})  # Gold is now Goud
    for person in (new_customer(shop, owner, "Nieuw"), rich):
        with pytest.raises(ConflictError, match="no longer has"):
            redemptions.redeem(shop, owner, person.card_number, str(tour.id))
        with shop.read() as session:
            offer, = [o for o in rewards.offers(session, session.get(Row, person.id), T(2026, 6, 15).date())
                      if o.reward.id == tour.id]
        assert offer.refused == Refusal.NO_SUCH_TIER


def test_the_counter_and_the_editor_say_a_rewards_tier_no_longer_exists(qtbot, db, owner):
    from desktop.storage.models import Reward
    from desktop.ui.counter.redeem_dialog import RedeemDialog
    from desktop.ui.formatting import Formats
    from desktop.ui.programme.reward_editor import RewardEditor

    tour = rewards.create_reward(db, owner, "Rondleiding", "social_emotional", "thank_you", 0, min_tier="Gold")
    rename_tiers_behind_the_check(db, {"Zilver": 25_000, "Goud": 100_000})
    customer = new_customer(db, owner)
    dialog = RedeemDialog(db, owner, Formats("en"), customer.card_number, customer.name, 50)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=10_000)  # read off the UI thread
    item = dialog.tree.topLevelItem(0).child(0)
    assert item.text(2) == "tier Gold no longer exists" and not item.flags()
    editor = RewardEditor(db, owner, Formats("en"))
    qtbot.addWidget(editor)
    with db.read() as session:
        editor.show_reward(session.get(Reward, tour.id))
    assert editor.min_tier.currentText() == "Gold (no longer a tier)"
    assert editor.save() is False and editor.errors["min_tier"].text()  # never saved as "Everyone"
    editor.new_reward()
    assert editor.min_tier.findData("Gold") < 0


def test_a_free_stamp_card_item_is_not_earned_again_with_the_purchases_given_back(shop, owner):
    card = rewards.create_reward(shop, owner, "Koffiekaart", "financial", "stamp_card", 0, stamps_needed=10,
                                 at=T(2026, 6, 14))
    customer = customers.create_customer(shop, owner, customers.CustomerDetails(name="Anna"), at=T(2026, 6, 14))
    noon = T(2026, 6, 15)
    bought = [purchases.register_purchase(shop, owner, customer.card_number, 300, at=noon.replace(minute=i))
              for i in range(10)]  # one more than the card needs
    redemptions.redeem(shop, owner, customer.card_number, str(card.id), at=noon.replace(minute=15))
    for i, purchase in enumerate(bought[:4]):  # the free coffee stays handed out; 6 of its 9 stamps are kept
        purchases.refund_purchase(shop, owner, purchase.purchase_id, "returned", at=noon.replace(minute=20 + i))
    for i in range(11):  # 3 pay off the first card, then 8 stamps: one short
        purchases.register_purchase(shop, owner, customer.card_number, 300, at=noon.replace(hour=13, minute=i))
    with pytest.raises(ConflictError, match="8 of 9"):
        redemptions.redeem(shop, owner, customer.card_number, str(card.id), at=noon.replace(hour=14))
    purchases.register_purchase(shop, owner, customer.card_number, 300, at=noon.replace(hour=14, minute=5))
    redemptions.redeem(shop, owner, customer.card_number, str(card.id), at=noon.replace(hour=14, minute=10))
    with pytest.raises(ConflictError, match="0 of 9"):  # a new card starts from nothing
        redemptions.redeem(shop, owner, customer.card_number, str(card.id), at=noon.replace(hour=14, minute=20))


def test_a_stamp_card_made_longer_later_does_not_make_earlier_cards_owe_stamps(shop, owner):
    import dataclasses

    from desktop.storage.models import Reward

    card = rewards.create_reward(shop, owner, "Broodkaart", "financial", "stamp_card", 0, stamps_needed=5,
                                 at=T(2026, 6, 14))
    customer = customers.create_customer(shop, owner, customers.CustomerDetails(name="Anna"), at=T(2026, 6, 14))
    for i in range(4):
        purchases.register_purchase(shop, owner, customer.card_number, 300, at=T(2026, 6, 15).replace(minute=i))
    redemptions.redeem(shop, owner, customer.card_number, str(card.id), at=T(2026, 6, 15).replace(minute=10))
    with shop.read() as session:
        spec = rewards.spec_of(session.get(Reward, card.id))
    rewards.save_reward(shop, owner, dataclasses.replace(spec, stamps_needed=10), reward_id=card.id)
    for i in range(9):
        purchases.register_purchase(shop, owner, customer.card_number, 300, at=T(2026, 6, 16).replace(minute=i))
    redemptions.redeem(shop, owner, customer.card_number, str(card.id), at=T(2026, 6, 16).replace(minute=10))
