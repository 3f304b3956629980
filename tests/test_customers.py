import json
from datetime import date

import pytest
from sqlmodel import func, select

from conftest import balance_of, new_customer
from desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from desktop.services import customers, purchases, redemptions, rewards
from desktop.services.check import run_checks
from desktop.services.customers import CustomerDetails
from desktop.storage.models import AuditLog, Customer

TRICKY = "Zoë 'Zo' O\"Brien-Ñúñez 李 🙂"


def count_customers(db) -> int:
    with db.read() as session:
        return session.exec(select(func.count()).select_from(Customer)).one()


def test_unicode_and_quotes_in_every_text_field_are_stored_as_typed(any_db, owner):
    details = CustomerDetails(name=TRICKY, street="Kerkstraat 1 'achter'", city="'s-Hertogenbosch",
                              notes='Zegt "hoi" 😀\nen; DROP TABLE customer;--', preferences="maat M, merk «Ünö»",
                              email="zoë@example.nl", postcode="5211 ab")
    created = customers.create_customer(any_db, owner, details)
    with any_db.read() as session:
        stored = customers.find_by_card(session, created.card_number)
    for field in ("name", "street", "city", "notes", "preferences", "email"):
        assert getattr(stored, field) == getattr(details, field)
    assert stored.postcode == "5211 AB"
    assert balance_of(any_db, stored.id) == 50  # welcome bonus


@pytest.mark.parametrize("changes, field", [
    ({"name": ""}, "name"), ({"name": "   "}, "name"), ({"name": "x" * 121}, "name"),
    ({"email": "jan@"}, "email"), ({"email": "jan at example.nl"}, "email"),
    ({"phone": "06-abc"}, "phone"), ({"phone": "123"}, "phone"),
    ({"birthday": date(2999, 1, 1)}, "birthday"), ({"notes": "bell\x07"}, "notes"),
    ({"referred_by_card": "2900000000002"}, "referred_by"),
])
def test_bad_details_are_refused_and_nothing_is_written(db, owner, changes, field):
    with pytest.raises(ValidationError) as caught:
        customers.create_customer(db, owner, CustomerDetails(**{"name": "Piet", **changes}))
    assert caught.value.field == field
    assert count_customers(db) == 0


def test_a_taken_card_number_is_refused(db, owner):
    first = new_customer(db, owner)
    with pytest.raises(ValidationError) as refused:  # shown beside the card field
        customers.create_customer(db, owner, CustomerDetails(name="Ander"), card_number=first.card_number)
    assert refused.value.field == "card"
    assert count_customers(db) == 1


def test_editing_records_the_values_before_and_after(db, owner):
    customer = new_customer(db, owner, phone="06 11111111")
    details = CustomerDetails.of(customer)
    details.phone, details.marketing_consent = "06 22222222", True
    updated = customers.update_customer(db, owner, customer.card_number, details)
    assert updated.consent_at is not None and updated.phone_digits == "0622222222"
    with db.read() as session:
        entry = session.exec(select(AuditLog).where(AuditLog.action == "customer.update")).one()
    assert json.loads(entry.before) == {"phone": "06 11111111", "phone_digits": "0611111111",
                                        "marketing_consent": False, "consent_at": None}
    assert json.loads(entry.after)["phone"] == "06 22222222"


def test_search_by_start_of_name_phone_or_card(any_db, owner):
    zoe = new_customer(any_db, owner, "Zoë Jansen", phone="+31 6 12345678")
    new_customer(any_db, owner, "Zoltan Kiss", phone="020 7654321")
    new_customer(any_db, owner, "Anna 100% _Echt_", phone="06 99999999")
    with any_db.read() as session:
        names = lambda text: [c.name for c in customers.search(session, text)]  # noqa: E731
        assert names("zo") == ["Zoë Jansen", "Zoltan Kiss"]
        assert names("ZOE") == ["Zoë Jansen"]
        assert names("0612") == ["Zoë Jansen"]
        assert names("06 1234") == ["Zoë Jansen"]
        assert names(zoe.card_number[:8]) == ["Zoë Jansen"]
        assert names("anna 100%") == ["Anna 100% _Echt_"]
        assert names("anna 1000") == [] and names("%") == [] and names("") == []


def test_a_card_number_prefix_finds_its_cards_up_to_the_last_digit_string(any_db, owner):
    # On PostgreSQL the card's prefix is a range on its plain index, ending at the next digit
    # string: "2919" ends at "292", a string of nines past every card.
    from desktop.core.cardnumber import check_digit
    from desktop.storage.queries import prefix_values

    cards = {name: first12 + check_digit(first12) for name, first12 in (
        ("Ans", "291900000001"), ("Bas", "291999999999"), ("Cor", "292000000000"), ("Dirk", "299999999999"))}
    for name, card in cards.items():
        customers.create_customer(any_db, owner, customers.CustomerDetails(name=name), card_number=card)
    with any_db.read() as session:
        names = lambda text: [c.name for c in customers.search(session, text)]  # noqa: E731
        assert names("2919") == ["Ans", "Bas"] and names("29199") == ["Bas"]
        assert names("29200") == ["Cor"] and names("29999") == ["Dirk"]
        assert names(cards["Bas"]) == ["Bas"]
    assert prefix_values("p", "2919", "postgresql", digits=True) == {"p": "2919", "p_end": "292"}
    assert prefix_values("p", "999", "postgresql", digits=True)["p_end"] == "9" * 64


def test_a_card_number_prefix_is_looked_up_along_its_index_on_postgresql(any_db, owner):
    if any_db.is_sqlite:
        pytest.skip("SQLite's range on the card has used its index all along (the test above)")
    new_customer(any_db, owner, "Ans")
    with any_db.read() as session:
        session.connection().exec_driver_sql("SET LOCAL enable_seqscan = off")  # a small table is read whole anyway
        statement, values = customers.search_query(session, "2919", limit=50)
        compiled = statement.compile(dialect=session.get_bind().dialect)
        plan = "\n".join(row[0] for row in session.connection().exec_driver_sql(
            "EXPLAIN " + str(compiled), compiled.construct_params(values)))
    assert "Index Cond: ((card_number >= '2919'::text)" in plan, plan  # LIKE there read the whole table


def test_search_by_surname_with_or_without_its_particles(any_db, owner):
    new_customer(any_db, owner, "Arjen van den Bakker")
    new_customer(any_db, owner, "Bakker Sanne")  # a first name that is a surname elsewhere
    new_customer(any_db, owner, "Eva Bakkum")
    new_customer(any_db, owner, "Joëlle de Vrïes")
    with any_db.read() as session:
        names = lambda text: [c.name for c in customers.search(session, text)]  # noqa: E731
        assert names("bakker") == ["Arjen van den Bakker", "Bakker Sanne"]
        assert names("Bakk") == ["Arjen van den Bakker", "Bakker Sanne", "Eva Bakkum"]
        assert names("van den bakker") == ["Arjen van den Bakker"]
        assert names("vries") == names("de Vries") == ["Joëlle de Vrïes"]
        assert names("sanne") == ["Bakker Sanne"] and names("van") == []  # a particle alone names nobody


def test_the_surname_key_starts_after_the_first_name_and_its_particles():
    from desktop.core.validation import surname_key

    assert surname_key("Arjen van den Bakker") == "bakker"
    assert surname_key("Anne-Marie 't Hart") == "hart"
    assert surname_key("Zoë Öztürk Yılmaz") == "ozturk yılmaz"
    assert surname_key("Madonna") == "" and surname_key("") == ""


def test_search_by_e_mail_and_postcode(any_db, owner):
    new_customer(any_db, owner, "Kees Kok", email="K.Kok@Example.nl", postcode="3511ab")
    new_customer(any_db, owner, "Lot Smit", email="lot@example.nl", postcode="3512 CD")
    with any_db.read() as session:
        names = lambda text: [c.name for c in customers.search(session, text)]  # noqa: E731
        assert names("k.kok@") == ["Kees Kok"] and names("LOT@EX") == ["Lot Smit"]
        assert names("3511 a") == ["Kees Kok"] and names("3512cd") == ["Lot Smit"]
        assert names("351") == ["Kees Kok", "Lot Smit"]


def test_search_pages_by_name_whether_matches_are_few_or_many(any_db, owner, monkeypatch):
    # Few matches are read along the column's index, many by walking the names in order:
    # the same customers come back, by name, page after page.
    for i, name in enumerate(["Wim", "Anna", "Piet", "Bea", "Zoë", "Kees", "Lot"]):
        new_customer(any_db, owner, name, phone=f"06 1234 56{i:02d}", email=f"ann.{name.lower()}@example.nl")
    new_customer(any_db, owner, "Anne", phone="020 1234567")

    def pages(text):
        with any_db.read() as session:
            return [[c.name for c in customers.search(session, text, limit=3, offset=o)] for o in (0, 3, 6)]

    few = pages("0612"), pages("29"), pages("ann.")
    monkeypatch.setattr(customers, "_MANY", 2)
    assert (pages("0612"), pages("29"), pages("ann.")) == few
    assert few[0] == [["Anna", "Bea", "Kees"], ["Lot", "Piet", "Wim"], ["Zoë"]]
    assert few[1] == [["Anna", "Anne", "Bea"], ["Kees", "Lot", "Piet"], ["Wim", "Zoë"]]
    assert few[2] == few[0]  # by e-mail address, in name order


def test_merging_combines_the_ledgers_and_keeps_the_old_card_working(any_db, owner):
    rewards.create_reward(any_db, owner, "Koffie", "financial", "free_product", 120)
    keep, duplicate = (
        new_customer(any_db, owner, "Jan Smit"),
        new_customer(any_db, owner, "J. Smit", phone="0612121212"),
    )
    purchases.register_purchase(any_db, owner, keep.card_number, 10_000)
    purchases.register_purchase(any_db, owner, duplicate.card_number, 7_000)
    redemptions.redeem(any_db, owner, duplicate.card_number, "Koffie")  # the duplicate has 50 + 70 - 120 = 0
    kept = customers.merge_customers(any_db, owner, keep.card_number, duplicate.card_number)
    assert kept.phone == "0612121212"
    # 50 + 100 and the duplicate's 0, less its welcome bonus (one person gets one), which it
    # had spent: a debt of 50 that moves over.
    assert balance_of(any_db, keep.id) == 100 and balance_of(any_db, duplicate.id) == 0
    with any_db.read() as session:
        assert customers.find_by_card(session, duplicate.card_number).id == keep.id
        assert [c.name for c in customers.search(session, "j")] == ["Jan Smit"]
    purchases.register_purchase(any_db, owner, duplicate.card_number, 1_000)  # the old card still earns
    assert balance_of(any_db, keep.id) == 110
    assert run_checks(any_db) == []


def test_merging_needs_the_owner_and_two_customers(db, owner, clerk):
    one, two = new_customer(db, owner, "Een"), new_customer(db, owner, "Twee")
    with pytest.raises(PermissionDenied):
        customers.merge_customers(db, clerk, one.card_number, two.card_number)
    with pytest.raises(ValidationError):
        customers.merge_customers(db, owner, one.card_number, one.card_number)
    customers.merge_customers(db, owner, one.card_number, two.card_number)
    with pytest.raises(ConflictError):
        customers.merge_customers(db, owner, two.card_number, one.card_number)


def test_anonymising_removes_personal_data_but_keeps_the_totals(any_db, owner):
    customer = new_customer(any_db, owner, "Geheim Persoon", email="geheim@example.nl", notes="allergisch voor noten")
    purchases.register_purchase(any_db, owner, customer.card_number, 4_000)
    customers.anonymise_customer(any_db, owner, customer.card_number)
    with any_db.read() as session:
        stored = session.get(Customer, customer.id)
        assert stored.anonymised and stored.name == customers.ANONYMOUS_NAME
        assert (stored.email, stored.notes, stored.phone, stored.birthday) == ("", "", "", None)
        trail = " ".join(e.before + e.after for e in session.exec(select(AuditLog)))
    assert "Geheim" not in trail and "geheim@example.nl" not in trail
    assert balance_of(any_db, customer.id) == 90
    with pytest.raises(ConflictError):
        purchases.register_purchase(any_db, owner, customer.card_number, 100)


def test_export_holds_everything_about_one_customer(db, owner):
    customer = new_customer(db, owner, "Inzage Iemand")
    other = new_customer(db, owner, "Ander Iemand")
    purchases.register_purchase(db, owner, customer.card_number, 2_500)
    purchases.register_purchase(db, owner, other.card_number, 9_900)
    data = customers.export_customer_data(db, customer.card_number)
    assert data["customer"]["name"] == "Inzage Iemand" and data["points_balance"] == 75
    assert [p["amount_cents"] for p in data["purchases"]] == [2500]
    assert sorted(e["points"] for e in data["points_ledger"]) == [25, 50]
    json.dumps(data)  # ready to be written as JSON


def test_saving_notes_changes_only_the_notes_and_keeps_an_edit_made_meanwhile(db, owner, clerk):
    customer = new_customer(db, owner, phone="0612345678")
    with db.read() as session:  # another counter changes the phone after this one opened the customer
        details = customers.details_of(session, customer)
    details.phone = "0687654321"
    customers.update_customer(db, owner, customer.card_number, details)
    customers.save_notes(db, clerk, customer.card_number, "  Houdt van thee  ")
    with db.read() as session:
        stored = session.get(Customer, customer.id)
        audited = session.exec(select(AuditLog).where(AuditLog.action == "customer.update")
                               .order_by(AuditLog.id.desc())).first()
    assert (stored.notes, stored.phone) == ("Houdt van thee", "0687654321")
    assert audited.actor == "Test Clerk" and "Houdt van thee" in audited.after
    with pytest.raises(ValidationError):
        customers.save_notes(db, clerk, customer.card_number, "x" * 100_000)


def test_the_counters_reads_each_take_the_database(db, owner):
    from desktop.services.overview import current_view

    anne = new_customer(db, owner, "Anne Visser")
    rewards.create_reward(db, owner, "Koffie", "financial", "free_product", 40)
    assert customers.customer_id_of_card(db, anne.card_number) == anne.id
    assert [hit.id for hit in customers.search_page(db, "anne", limit=1)] == [anne.id]
    assert customers.search_page(db, "anne", offset=1) == []
    assert [offer.reward.name for offer in rewards.offers_for_card(db, anne.card_number)] == ["Koffie"]
    assert current_view(db, anne.id).points.balance == 50


def test_a_name_search_reads_rows_only_for_the_customers_it_shows(db, owner):
    # The candidates of every branch come from an index alone (walking the names, or a
    # surname's matches sorted by the name the index holds); rows are read by id for the page.
    new_customer(db, owner, "Jan de Jong")
    with db.read() as session:
        statement, values = customers.search_query(session, "jan", limit=50)
        compiled = statement.compile(dialect=session.get_bind().dialect)
        values = compiled.construct_params(values)
        plan = [row[3] for row in session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(compiled), tuple(values[name] for name in compiled.positiontup))]
    reads = [step for step in plan if step.split()[:2] in (["SEARCH", "customer"], ["SCAN", "customer"])]
    assert len(reads) == 6, plan  # name; surname: counted, few, walked; the page's rows by id
    assert all("COVERING INDEX" in step for step in reads[:-1]), plan
    assert "INTEGER PRIMARY KEY" in reads[-1], plan


def test_search_is_the_same_for_every_text_of_one_kind_and_for_the_next_page(any_db, owner):
    # The statement is built once per kind of text: nothing of one search stays in the next.
    for name in ("Jan de Jong", "Jans Bakker", "Karin Jansen", "Piet Jansma"):
        new_customer(any_db, owner, name)
    with any_db.read() as session:
        names = lambda text, **page: [c.name for c in customers.search(session, text, **page)]  # noqa: E731
        assert names("jans") == ["Jans Bakker", "Karin Jansen", "Piet Jansma"]
        assert names("jan") == ["Jan de Jong", "Jans Bakker", "Karin Jansen", "Piet Jansma"]
        assert names("jong") == ["Jan de Jong"] and names("pi") == ["Piet Jansma"]
        assert names("jan", limit=2, offset=1) == ["Jans Bakker", "Karin Jansen"]
