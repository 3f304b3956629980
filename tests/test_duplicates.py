"""One person, one welcome bonus: duplicates are found before saving, and merging takes a second bonus back."""

import pytest
from sqlalchemy import event, text
from sqlmodel import select

from conftest import balance_of, new_customer
from desktop.core import clock
from desktop.services import customers, purchases
from desktop.storage.models import AuditLog, Occasion


def _duplicates(db, **details):
    values = customers.CustomerDetails(**{"name": "Iemand", **details}).cleaned(clock.today())
    with db.read() as session:
        return customers.possible_duplicates(session, values)


def test_the_same_phone_email_or_name_and_postcode_is_a_possible_duplicate(any_db, owner):
    ann = new_customer(any_db, owner, "Ann Jansen", phone="06 1234 5678", email="Ann@Example.nl", postcode="1234ab")
    new_customer(any_db, owner, "Bert", phone="0698765432")
    by_phone = _duplicates(any_db, phone="+31 6 12345678")
    assert [(d.hit.card_number, d.hit.name, d.shared) for d in by_phone] == [
        (ann.card_number, "Ann Jansen", ("phone",))]
    assert [d.shared for d in _duplicates(any_db, email="ann@example.NL")] == [("email",)]
    assert [d.shared for d in _duplicates(any_db, name="ann jansen", postcode="1234 AB")] == [("name_postcode",)]
    assert [d.shared for d in _duplicates(any_db, name="Ann Jansen", phone="0612345678", email="ann@example.nl",
                                          postcode="1234AB")] == [("phone", "email", "name_postcode")]
    # The name alone, or the postcode alone, is not enough: a shop has many Jansens in 1234.
    assert _duplicates(any_db, name="Ann Jansen") == [] and _duplicates(any_db, postcode="1234 AB") == []


def test_a_merged_or_anonymised_customer_is_no_duplicate(any_db, owner):
    keep = new_customer(any_db, owner, "Kees")
    twin = new_customer(any_db, owner, "Kees 2", phone="0611111111")
    customers.merge_customers(any_db, owner, keep.card_number, twin.card_number)
    assert [d.hit.id for d in _duplicates(any_db, phone="0611111111")] == [keep.id]  # the phone moved over
    customers.anonymise_customer(any_db, owner, keep.card_number)
    assert _duplicates(any_db, phone="0611111111") == []


def test_a_customer_saved_despite_a_duplicate_gets_no_second_welcome_bonus(any_db, owner):
    first = new_customer(any_db, owner, "Ann", phone="0612345678")
    again = new_customer(any_db, owner, "Ann J.", phone="06-12345678")
    stranger = new_customer(any_db, owner, "Bert", phone="0699999999")
    assert (balance_of(any_db, first.id), balance_of(any_db, again.id), balance_of(any_db, stranger.id)) == (50, 0, 50)
    with any_db.read() as session:
        assert session.exec(select(Occasion).where(Occasion.customer_id == again.id)).all() == []
        created = session.exec(select(AuditLog).where(AuditLog.action == "customer.create",
                                                      AuditLog.entity_id == str(again.id))).one()
    assert f'"no_welcome_bonus_as_maybe_customer": [{first.id}]' in created.after


def test_merging_takes_back_the_second_welcome_bonus(any_db, owner):
    keep = new_customer(any_db, owner, "Ann")
    duplicate = new_customer(any_db, owner, "Ann (oud)")  # before duplicates were warned of: two bonuses
    purchases.register_purchase(any_db, owner, duplicate.card_number, 1_000)  # 10 points earned on it
    spent_before = balance_of(any_db, keep.id) + balance_of(any_db, duplicate.id)
    assert spent_before == 50 + 50 + 10
    kept = customers.merge_customers(any_db, owner, keep.card_number, duplicate.card_number)
    assert balance_of(any_db, kept.id) == 50 + 10  # one welcome bonus, and what was earned
    with any_db.read() as session:
        assert [o.customer_id for o in session.exec(select(Occasion).where(Occasion.kind == "welcome"))] == [keep.id]
        reason = session.execute(text("SELECT reason FROM ledger_entry WHERE kind = 'reversal'")).scalar_one()
    assert "second welcome bonus" in reason


def test_merging_a_customer_who_had_no_welcome_bonus_keeps_the_only_one(any_db, owner):
    keep = new_customer(any_db, owner, "Ann", email="ann@example.nl")
    again = new_customer(any_db, owner, "Ann", email="ann@example.nl")  # saved despite: no bonus
    kept = customers.merge_customers(any_db, owner, again.card_number, keep.card_number)
    assert balance_of(any_db, kept.id) == 50  # the one bonus moved to the customer kept


@pytest.mark.parametrize("column", ["phone_digits", "email_key", "search_name"])
def test_the_duplicate_look_up_reads_along_an_index(db, owner, column):
    """Per customer saved, a few index look-ups: never a scan of a 300k shop's customers."""
    new_customer(db, owner, "Ann", phone="0612345678", email="ann@example.nl", postcode="1234 AB")
    values = customers.CustomerDetails(name="Ann", phone="0612345678", email="ann@example.nl",
                                       postcode="1234 AB").cleaned(clock.today())
    ran: list[tuple[str, tuple]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):
        ran.append((statement, parameters))

    with db.read() as session:
        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            customers.possible_duplicates(session, values)
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
        statement, parameters = next((s, p) for s, p in ran if f"customer.{column} =" in s)
        plan = " ".join(str(row) for row in session.connection().exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters))
    assert "USING INDEX ix_customer_" in plan and "SCAN customer" not in plan  # name+postcode: either index


def test_the_command_line_says_why_a_likely_duplicate_got_no_welcome_bonus(loyalty):
    code, first, _ = loyalty("customer", "add", "--name", "Ann", "--phone", "0612345678")
    code, second, err = loyalty("customer", "add", "--name", "Ann B", "--phone", "06 12345678")
    assert code == 0 and f"no welcome bonus: maybe the same person as Ann (card {first.strip()})" in err
    code, out, _ = loyalty("balance", second.strip())
    assert (code, out.strip()) == (0, "0")
