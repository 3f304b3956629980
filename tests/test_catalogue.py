"""The reward catalogue: owner-only changes checked field by field, and what a customer may have."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import func, select

from conftest import new_customer
from desktop.core.catalogue import Refusal, RewardSpec
from desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from desktop.core.kinds import RedemptionState
from desktop.services import purchases, redemptions, rewards
from desktop.storage.models import AuditLog, Customer, Reward

GOOD = dict(name="Proefavond", level="social_emotional", kind="event", cost_points=0)


@pytest.mark.parametrize("field, bad", [
    ("name", ""), ("name", "x" * 121), ("level", "emotional"), ("kind", "lottery"), ("kind", "discount"),
    ("cost_points", -1), ("cost_points", 1.5), ("cost_points", True), ("valid_days", 0), ("valid_days", 4000),
    ("voucher_text", "y" * 1001), ("voucher_text", "bel\x07"), ("min_tier", "Platinum"), ("segment", "vip"),
    ("stock", -1), ("offered_until", date(2026, 1, 1)),
])
def test_every_field_refuses_bad_input_and_nothing_is_stored(db, owner, field, bad):
    spec = RewardSpec(**{**GOOD, "offered_from": date(2026, 2, 1), field: bad})
    with pytest.raises(ValidationError) as refused:
        rewards.save_reward(db, owner, spec)
    assert refused.value.field == field
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Reward)).one() == 0


@pytest.mark.parametrize("changes, field", [
    (dict(discount_cents=0), "discount_cents"), (dict(discount_percent=101), "discount_percent"),
    (dict(discount_cents=500, discount_percent=10), "discount_percent"),
])
def test_a_discount_is_an_amount_or_a_percentage(db, owner, changes, field):
    spec = RewardSpec("Korting", "financial", "discount", 100, **changes)
    with pytest.raises(ValidationError) as refused:
        rewards.save_reward(db, owner, spec)
    assert refused.value.field == field


def test_a_stamp_card_needs_its_free_purchase(db, owner):
    with pytest.raises(ValidationError) as refused:
        rewards.save_reward(db, owner, RewardSpec("Kaart", "financial", "stamp_card"))
    assert refused.value.field == "stamps_needed"


def test_only_the_owner_changes_the_catalogue_and_every_change_is_audited(db, owner, clerk):
    with pytest.raises(PermissionDenied):
        rewards.save_reward(db, clerk, RewardSpec(**GOOD))
    reward = rewards.save_reward(db, owner, RewardSpec(**GOOD))
    changed = rewards.save_reward(db, owner, RewardSpec(**{**GOOD, "cost_points": 80, "stock": 20}),
                                  reward_id=reward.id)
    assert (changed.cost_points, changed.stock) == (80, 20)
    with pytest.raises(PermissionDenied):
        rewards.set_retired(db, clerk, reward.id)
    rewards.set_retired(db, owner, reward.id)
    assert rewards.active_rewards(db) == []
    with db.read() as session:
        actions = [a.action for a in session.exec(select(AuditLog).where(AuditLog.entity == "reward"))]
    assert actions == ["reward.create", "reward.update", "reward.retire"]


def test_a_new_shop_gets_an_example_catalogue_at_all_three_levels_once(db, owner):
    made = rewards.seed_example_catalogue(db, owner)
    assert {r.level for r in made} == {"financial", "social_emotional", "structural"}
    assert rewards.seed_example_catalogue(db, owner) == []


def offers_for(db, customer_id, today):
    with db.read() as session:
        return {o.reward.name: o.refused for o in rewards.offers(session, session.get(Customer, customer_id), today)}


def test_the_counter_offers_what_this_customer_may_have(db, owner):
    today = date.today()
    for spec in (RewardSpec("Koffie", "financial", "free_product", 40),
                 RewardSpec("Taart", "financial", "free_product", 400),
                 RewardSpec("Goudavond", "social_emotional", "event", 0, min_tier="Gold"),
                 RewardSpec("Welkomstpakket", "social_emotional", "thank_you", 0, segment="newcomer"),
                 RewardSpec("Terug van weg", "financial", "discount", 0, segment="latent"),
                 RewardSpec("Zomeractie", "financial", "free_product", 0, offered_until=today - timedelta(days=1)),
                 RewardSpec("Kerst", "financial", "free_product", 0, offered_from=today + timedelta(days=5)),
                 RewardSpec("Op", "structural", "reservation", 0, stock=0)):
        rewards.save_reward(db, owner, spec)
    customer = new_customer(db, owner)  # 50 points, a newcomer without a tier
    assert offers_for(db, customer.id, today) == {
        "Koffie": None, "Taart": Refusal.POINTS, "Goudavond": Refusal.TIER, "Welkomstpakket": None,
        "Terug van weg": Refusal.SEGMENT, "Zomeractie": Refusal.ENDED, "Kerst": Refusal.NOT_YET,
        "Op": Refusal.SOLD_OUT}
    for name, message in (("Goudavond", "tier Gold or higher"), ("Op", "all gone"), ("Kerst", "offered from"),
                          ("Terug van weg", "another group")):
        with pytest.raises(ConflictError, match=message):
            redemptions.redeem(db, owner, customer.card_number, name)
    purchases.register_purchase(db, owner, customer.card_number, 100_000)  # € 1.000: Gold
    assert offers_for(db, customer.id, today)["Goudavond"] is None


def test_stock_counts_down_and_never_below_zero(db, owner):
    rewards.save_reward(db, owner, RewardSpec("Tas", "financial", "free_product", 0, stock=2))
    customer = new_customer(db, owner)
    for _ in range(2):
        redemptions.redeem(db, owner, customer.card_number, "Tas")
    with pytest.raises(ConflictError, match="all gone"):
        redemptions.redeem(db, owner, customer.card_number, "Tas")
    with db.read() as session:
        assert session.exec(select(Reward.stock)).one() == 0


def test_a_stamp_card_counts_purchases_and_starts_again_when_redeemed(db, owner):
    rewards.save_reward(db, owner, RewardSpec("Koffiekaart", "financial", "stamp_card", 0, stamps_needed=4))
    customer = new_customer(db, owner)
    start = datetime.now(UTC) + timedelta(seconds=1)
    first = purchases.register_purchase(db, owner, customer.card_number, 300, at=start)
    purchases.refund_purchase(db, owner, first.purchase_id, "vergist", void=True, at=start)  # does not count
    for minute in range(1, 3):
        purchases.register_purchase(db, owner, customer.card_number, 300, at=start + timedelta(minutes=minute))
    with pytest.raises(ConflictError, match="2 of 3 stamps"):
        redemptions.redeem(db, owner, customer.card_number, "Koffiekaart", at=start + timedelta(minutes=3))
    purchases.register_purchase(db, owner, customer.card_number, 300, at=start + timedelta(minutes=4))
    redemptions.redeem(db, owner, customer.card_number, "Koffiekaart", at=start + timedelta(minutes=5))
    with db.read() as session:
        card = session.exec(select(Reward)).one()
        assert rewards.stamps(session, customer.id, card) == 0
    with pytest.raises(ConflictError, match="0 of 3 stamps"):
        redemptions.redeem(db, owner, customer.card_number, "Koffiekaart", at=start + timedelta(minutes=6))


def test_an_event_rsvp_takes_a_seat_and_attendance_is_marked_once(db, owner):
    evening = datetime.now(UTC) + timedelta(days=7)
    rewards.save_reward(db, owner, RewardSpec("Proefavond", "social_emotional", "event", 0, stock=1,
                                              event_at=evening))
    guest, late = new_customer(db, owner, "Gast"), new_customer(db, owner, "Te laat")
    seat = redemptions.redeem(db, owner, guest.card_number, "Proefavond")
    with pytest.raises(ConflictError, match="all gone"):
        redemptions.redeem(db, owner, late.card_number, "Proefavond")
    used = redemptions.mark_used(db, owner, seat.code.lower())
    assert used.state == RedemptionState.USED and used.used_at is not None
    with pytest.raises(ConflictError, match="used already"):
        redemptions.mark_used(db, owner, seat.code)


def test_a_past_event_is_no_longer_offered(db, owner):
    rewards.save_reward(db, owner, RewardSpec("Vorige week", "social_emotional", "event", 0,
                                              event_at=datetime.now(UTC) - timedelta(days=7)))
    customer = new_customer(db, owner)
    with pytest.raises(ConflictError, match="period has ended"):
        redemptions.redeem(db, owner, customer.card_number, "Vorige week")


def test_a_double_points_day_doubles_the_points_on_its_days_only(db, owner):
    from datetime import datetime
    day = date(2026, 6, 10)
    rewards.save_reward(db, owner, RewardSpec("Dubbele punten", "financial", "double_points", 0,
                                              offered_from=day, offered_until=day))
    rewards.save_reward(db, owner, RewardSpec("Goud dubbel", "financial", "double_points", 0, min_tier="Gold"))
    customer = new_customer(db, owner)
    at = datetime(2026, 6, 10, 12, tzinfo=UTC)
    assert purchases.register_purchase(db, owner, customer.card_number, 1_000, at=at).points == 20
    assert purchases.register_purchase(db, owner, customer.card_number, 1_000,
                                       at=at + timedelta(days=1)).points == 10
    with pytest.raises(ConflictError, match="tier Gold"):  # the Gold-only day is not for this customer
        redemptions.redeem(db, owner, customer.card_number, "Goud dubbel", at=at)
    with pytest.raises(ConflictError, match="nothing to hand out"):
        redemptions.redeem(db, owner, customer.card_number, "Dubbele punten", at=at)


def test_an_after_sales_reminder_runs_on_a_schedule_like_a_subscription(db, owner):
    from desktop.services import subscriptions
    check = rewards.save_reward(db, owner, RewardSpec("Jaarlijkse check", "structural", "after_sales", 0))
    customer = new_customer(db, owner)
    row = subscriptions.subscribe(db, owner, customer.card_number, check.id, 365, first_due=date(2027, 1, 5))
    with db.read() as session:
        assert [d.item for d in subscriptions.due_list(session, date(2027, 1, 1))] == ["Jaarlijkse check"]
    assert subscriptions.handed_over(db, owner, row.id).next_due == date(2028, 1, 5)


def test_the_customers_own_data_export_holds_occasions_and_subscriptions(db, owner):
    from desktop.services import customers, subscriptions
    beans = rewards.save_reward(db, owner, RewardSpec("Bonen", "structural", "subscription", 0))
    customer = new_customer(db, owner)
    subscriptions.subscribe(db, owner, customer.card_number, beans.id, 30)
    data = customers.export_customer_data(db, customer.card_number)
    assert [o["kind"] for o in data["occasions"]] == ["welcome"]
    assert [s["every_days"] for s in data["subscriptions"]] == [30]


def test_a_reward_for_advocates_is_offered_with_the_dashboards_segment_rules(db, owner):
    from desktop.services import customers
    rewards.save_reward(db, owner, RewardSpec("Ambassadeursavond", "social_emotional", "event", 0,
                                              segment="advocate"))
    now = datetime.now(UTC)
    fan = customers.create_customer(db, owner, customers.CustomerDetails(name="Fan"),
                                    joined_on=(now - timedelta(days=200)).date(), at=now - timedelta(days=200))
    for days in (150, 20):
        purchases.register_purchase(db, owner, fan.card_number, 1_000, at=now - timedelta(days=days))
    assert offers_for(db, fan.id, now.astimezone().date())["Ambassadeursavond"] == Refusal.SEGMENT
    new_customer(db, owner, "Vriendin", referred_by_card=fan.card_number)
    assert offers_for(db, fan.id, now.astimezone().date())["Ambassadeursavond"] is None


def test_the_birthday_surprise_is_handed_out_in_the_birthday_week_only(db, owner):
    from desktop.services import customers

    surprise = rewards.create_reward(db, owner, "Verjaardagsverrassing", "social_emotional", "birthday_surprise", 0)
    noor = customers.create_customer(db, owner, customers.CustomerDetails(name="Noor", birthday=date(1990, 12, 3)))

    def offered(day):
        with db.read() as session:
            found = rewards.offers(session, session.get(Customer, noor.id), day)
        return next(o.refused for o in found if o.reward.id == surprise.id)

    assert offered(date(2026, 11, 26)) == Refusal.NOT_BIRTHDAY  # 7 days before: not yet
    assert offered(date(2026, 11, 27)) is None and offered(date(2026, 12, 3)) is None
    assert offered(date(2026, 12, 4)) == Refusal.NOT_BIRTHDAY
    with pytest.raises(ConflictError, match="birthday"):
        redemptions.redeem(db, owner, noor.card_number, str(surprise.id),
                           at=datetime(2026, 11, 20, 12, tzinfo=UTC))
    redemptions.redeem(db, owner, noor.card_number, str(surprise.id), at=datetime(2026, 12, 1, 12, tzinfo=UTC))
