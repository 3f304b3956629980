"""One definition of a purchase that counts (desktop/storage/counted.py): its SQL expression,
its SQL text and its Python twin agree, and the counter's card counts visits by it."""

from datetime import date

from sqlalchemy import text
from sqlmodel import select

from desktop.services.overview import overview
from desktop.services.purchases import refund_purchase, register_purchase
from desktop.storage import counted
from desktop.storage.models import Purchase, Refund
from tests.conftest import new_customer


def _shop(db, owner):
    """Six purchases: untouched, voided, part refunded, refunded in full at once and in two parts,
    and one refunded in part twice (something left)."""
    anna = new_customer(db, owner, "Anna")
    ids = [register_purchase(db, owner, anna.card_number, 1000).purchase_id for _ in range(6)]
    refund_purchase(db, owner, ids[1], "typo", void=True)
    refund_purchase(db, owner, ids[2], "kapot", amount_cents=400)
    refund_purchase(db, owner, ids[3], "retour")
    refund_purchase(db, owner, ids[4], "retour", amount_cents=600)
    refund_purchase(db, owner, ids[4], "retour", amount_cents=400)
    refund_purchase(db, owner, ids[5], "kapot", amount_cents=300)
    refund_purchase(db, owner, ids[5], "kapot", amount_cents=300)
    return anna, ids


def test_the_sql_its_text_and_the_python_twin_agree(any_db, owner):
    _, ids = _shop(any_db, owner)
    with any_db.read() as session:
        not_voided = set(session.exec(select(Purchase.id).where(counted.not_voided())))
        as_text = {row[0] for row in session.execute(text(f"SELECT id FROM purchase WHERE {counted.not_voided_sql()}"))}
        aliased = {row[0] for row in session.execute(
            text(f"SELECT p.id FROM purchase p WHERE {counted.not_voided_sql('p')}"))}
        kept = set(session.exec(select(Purchase.id).where(counted.kept())))
        twin_not_voided, twin_kept = set(), set()
        for purchase in session.exec(select(Purchase)):
            refunds = session.exec(select(Refund).where(Refund.purchase_id == purchase.id)).all()
            if not counted.is_voided(refunds):
                twin_not_voided.add(purchase.id)
            if counted.is_kept(purchase.amount_cents, sum(r.amount_cents for r in refunds)):
                twin_kept.add(purchase.id)
    assert not_voided == as_text == aliased == twin_not_voided == set(ids) - {ids[1]}
    assert kept == twin_kept == {ids[0], ids[2], ids[5]}


def test_the_counter_counts_neither_a_voided_purchase_nor_one_refunded_in_full_as_a_visit(db, owner):
    anna, ids = _shop(db, owner)
    with db.read() as session:
        view = overview(session, anna.id, date.today())
    assert view.visits == 3
    assert [line.purchase_id for line in view.purchases] == ids[::-1]  # the list still shows them all
