"""Mailings with a control group on a shop: the split is recorded, and who came back
within 30/60/90 days is counted for the mailed and the held back."""

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from conftest import add_cli_owner, new_customer
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.services import mailings, purchases
from desktop.storage.models import AuditLog, MailingRecipient

SENT = datetime(2026, 6, 1, 9, tzinfo=UTC)


def test_a_mailing_holds_a_random_share_back_and_counts_who_came_back(any_db, owner):
    people = [new_customer(any_db, owner, f"K{i}") for i in range(40)]
    sent = mailings.record_mailing(any_db, owner, "Summer offer", [p.id for p in people], hold_back_percent=25,
                                   at=SENT, rng=random.Random(1))
    assert len(sent.held) == 10 and len(sent.mailed) == 30
    with any_db.read() as session:
        held = set(session.exec(select(MailingRecipient.customer_id).where(MailingRecipient.held_back)))
        assert held == set(sent.held)
        assert session.exec(select(AuditLog.action).where(AuditLog.entity == "mailing")).all() == ["mailing.send"]
    by_id = {p.id: p for p in people}
    # 12 mailed come back after 10 days (one twice), 3 more after 50; 2 held back after 20, 1 after 80 days
    for index, customer_id in enumerate(sent.mailed[:15]):
        days = 10 if index < 12 else 50
        purchases.register_purchase(any_db, owner, by_id[customer_id].card_number, 2_000,
                                    at=SENT + timedelta(days=days))
    purchases.register_purchase(any_db, owner, by_id[sent.mailed[0]].card_number, 1_000, at=SENT + timedelta(days=11))
    for customer_id, days in ((sent.held[0], 20), (sent.held[1], 20), (sent.held[2], 80)):
        purchases.register_purchase(any_db, owner, by_id[customer_id].card_number, 3_000,
                                    at=SENT + timedelta(days=days))
    void = purchases.register_purchase(any_db, owner, by_id[sent.held[3]].card_number, 9_000,
                                       at=SENT + timedelta(days=5))
    purchases.refund_purchase(any_db, owner, void.purchase_id, "typo", void=True, at=SENT + timedelta(days=5))
    purchases.register_purchase(any_db, owner, by_id[sent.held[4]].card_number, 9_000, at=SENT - timedelta(days=1))

    with any_db.read() as session:
        [result] = mailings.mailing_results(session, SENT.date() + timedelta(days=120))
        w30, w60, w90 = (result.windows[d] for d in (30, 60, 90))
        assert (w30.mailed, w30.mailed_back, w30.held, w30.held_back_came) == (30, 12, 10, 2)
        assert (w60.mailed_back, w60.held_back_came) == (15, 2) and (w90.mailed_back, w90.held_back_came) == (15, 3)
        assert (w30.mailed_cents, w30.held_cents) == (25_000, 6_000)
        assert w30.extra_cents == round((25_000 / 30 - 6_000 / 10) * 30)  # 7,000
        assert w30.verdict == "too_few"  # 10 held back: below the minimum
        assert result.complete(90)
        early = mailings.mailing_results(session, SENT.date() + timedelta(days=40))[0]
        assert not early.complete(60) and early.windows[90].mailed_back == 12  # counted up to that day


def test_only_the_owner_sends_and_bad_input_is_refused(db, owner, clerk):
    person = new_customer(db, owner)
    with pytest.raises(PermissionDenied):
        mailings.record_mailing(db, clerk, "Offer", [person.id])
    with pytest.raises(ValidationError):
        mailings.record_mailing(db, owner, "Offer", [person.id], hold_back_percent=80)
    with pytest.raises(ValidationError):
        mailings.record_mailing(db, owner, " ", [person.id])
    with pytest.raises(ValidationError):
        mailings.record_mailing(db, owner, "Offer", [person.id, 999])
    with db.read() as session:
        assert session.exec(select(MailingRecipient)).all() == []


def latent_with_address(db, owner, count: int):
    """Customers with consent and an address whose only purchase was half a year ago."""
    from desktop.services import customers

    people = []
    for i in range(count):
        person = customers.create_customer(db, owner, customers.CustomerDetails(
            name=f"Klant {i}", street="Markt 1", postcode="1234 AB", city="Gouda", marketing_consent=True))
        purchases.register_purchase(db, owner, person.card_number, 1_000, at=SENT - timedelta(days=180))
        people.append(person)
    return people


def test_the_letters_command_writes_only_the_mailed_and_the_results_say_how_sure(db, owner, monkeypatch, tmp_path,
                                                                               capsys):
    from pdfread import Pdf

    from desktop.cli import main

    latent_with_address(db, owner, 30)
    add_cli_owner(db)
    url = db.url
    letters = tmp_path / "letters.pdf"
    assert main(["--db", url, "mailing", "letters", "--name", "Najaar", "--hold-back", "20", "--out", str(letters),
                 "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert "24 letters" in out and "6 held back" in out
    assert Pdf(letters.read_bytes()).all_text().count("Dear ") == 24
    assert main(["--db", url, "mailing", "results", "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert "Najaar" in out and "24 mailed, 6 held back (20%)" in out and "(so far)" in out
    assert "Too few customers to tell" in out
    cards = tmp_path / "cards.txt"
    cards.write_text("2900000000001\n", encoding="utf-8")
    assert main(["--db", url, "mailing", "list", "--name", "x", "--cards", str(cards)]) == 1
    assert "2900000000001" in capsys.readouterr().err


def test_a_mailing_carries_the_owner_s_offer_and_refuses_before_it_is_recorded(qapp, db, owner, tmp_path, capsys):
    from pdfread import Pdf

    from desktop.cli import main
    from desktop.core.kinds import RetentionLevel
    from desktop.services import rewards
    from desktop.storage.models import Mailing

    latent_with_address(db, owner, 5)
    add_cli_owner(db)
    coffee = rewards.create_reward(db, owner, "Gratis koffie", RetentionLevel.FINANCIAL, "free_product", 40)
    letters, start = tmp_path / "letters.pdf", ["--db", db.url, "mailing", "letters", "--name", "Najaar"]
    for refused in (["--out", str(letters), "--labels", str(letters)], ["--out", str(letters), "--offer", "999"],
                    ["--out", str(letters), "--offer", str(coffee.id), "--offer-until", "01-01-2020"]):
        assert main([*start, *refused]) == 1
        assert "loyalty: " in capsys.readouterr().err and not letters.exists()
    with db.read() as session:
        assert session.exec(select(Mailing)).all() == []  # nothing recorded for a refused command
    assert main([*start, "--hold-back", "0", "--out", str(letters), "--language", "en", "--offer", str(coffee.id),
                 "--offer-until", "31-12-2099"]) == 0
    assert Pdf(letters.read_bytes()).all_text().count("until 31/12/2099") == 5


def test_the_monthly_report_shows_the_mailings(db, owner):
    from pdfread import Pdf

    from reports.monthly import monthly_pdf

    people = latent_with_address(db, owner, 25)
    mailings.record_mailing(db, owner, "Zomeractie", [p.id for p in people], at=SENT, rng=random.Random(2))
    text = Pdf(monthly_pdf(db, 2026, 6, "nl")).all_text()
    assert "Werkten de mailings?" in text and "Zomeractie" in text
    assert "Werkten de mailings?" not in Pdf(monthly_pdf(db, 2026, 5, "nl")).all_text()
