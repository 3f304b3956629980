"""Customers in and out as CSV: the import from a shop's previous system, and the export.

docs/csv-format.md describes the columns. An import checks every line before it writes
anything and then imports all lines in one transaction, so a shop never ends up with
half a file imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from desktop.core import cardnumber, rules
from desktop.core.clock import local_date
from desktop.core.errors import LoyaltyError, ValidationError
from desktop.core.kinds import EntryKind
from desktop.core.reasons import Reason, stored
from desktop.core.validation import parse_date
from desktop.services import points
from desktop.services.context import Actor, at_or_now, audit, saved_id
from desktop.services.customers import CustomerDetails, cards_in_use, search_fields, unused_cards
from desktop.services.settings import load_settings
from desktop.storage.engine import Database
from desktop.storage.models import Customer, LedgerEntry

# The export's column names and order; the import also takes them in any order.
COLUMNS = ("name", "card", "phone", "email", "street", "postcode", "city", "birthday", "joined",
           "consent", "notes", "preferences", "points")
_DUTCH = {"naam": "name", "kaart": "card", "kaartnummer": "card", "telefoon": "phone", "e-mail": "email",
          "straat": "street", "adres": "street", "plaats": "city", "woonplaats": "city",
          "geboortedatum": "birthday", "verjaardag": "birthday", "lid sinds": "joined",
          "toestemming": "consent", "notities": "notes", "voorkeuren": "preferences", "punten": "points"}
HEADERS = {**{name: name for name in COLUMNS}, **_DUTCH}
EXPORT_DELIMITER = ";"  # what Excel expects where the decimal separator is a comma
POINTS_MAX = 10_000_000  # an opening balance above this is a typo, not a customer
_YES = frozenset({"yes", "ja", "1", "true"})
_NO = frozenset({"no", "nee", "0", "false", ""})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CHUNK = 500  # card numbers per IN (...) query, well below every database's parameter limit


class ImportRejected(LoyaltyError):
    """The file has problems; `problems` names each one with its line, and nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the file; nothing was imported.")
        self.problems = problems


@dataclass(frozen=True)
class ImportSummary:
    customers: int
    points: int
    dry_run: bool


@dataclass
class _Line:
    line: int
    values: dict[str, Any]  # the cleaned CustomerDetails fields
    card: str  # empty: a new card number is assigned
    joined_on: date
    points: int


@dataclass
class _File:
    lines: list[_Line] = field(default_factory=list)
    cards: dict[str, int] = field(default_factory=dict)  # card number -> first line it is on
    problems: list[tuple[int, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # field -> its column's name as written

    def report(self, line: int, column: str, message: str) -> None:
        """A problem on `line`, named by the column as the file calls it (naam, not name)."""
        named = self.headers.get(column, column)
        self.problems.append((line, f"line {line}, {named}: {message}" if named else f"line {line}: {message}"))

    def refusal(self) -> ImportRejected:
        return ImportRejected([text for _, text in sorted(self.problems, key=lambda problem: problem[0])])


def import_customers(db: Database, actor: Actor, data: bytes, *, dry_run: bool = False, source: str = "",
                     at: datetime | None = None) -> ImportSummary:
    """Import every customer in the CSV file `data`, or none: raises ImportRejected listing all problems."""
    # Opening points come from nowhere, as a correction's do: the owner's to give.
    actor.require_owner("Only the owner may import customers.")
    moment = at_or_now(at)
    today = local_date(moment)
    parsed = _read(data, today)
    with (db.read() if dry_run else db.write()) as session:
        for card in _cards_in_use(session, list(parsed.cards)):
            parsed.report(parsed.cards[card], "card", f"{card} belongs to a customer already.")
        if parsed.problems:
            raise parsed.refusal()
        summary = ImportSummary(len(parsed.lines), sum(line.points for line in parsed.lines), dry_run)
        if not dry_run:
            _insert(session, actor, parsed.lines, moment, today)
            audit(session, actor, "customer.import", "customer", "", None,
                  {"customers": summary.customers, "opening_points": summary.points, "file": source})
    if not dry_run:
        db.refresh_statistics()
    return summary


def export_customers(db: Database) -> tuple[bytes, int]:
    """The CSV file of every current customer with their points balance, and how many there are."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=EXPORT_DELIMITER)
    writer.writerow(COLUMNS)
    count = 0
    with db.read() as session:
        balances = dict(session.exec(select(LedgerEntry.customer_id, func.sum(LedgerEntry.points))
                                     .group_by(col(LedgerEntry.customer_id))).all())
        current = select(Customer).where(col(Customer.merged_into_id).is_(None), col(Customer.anonymised).is_(False))
        for customer in session.exec(current.order_by(col(Customer.id))):
            writer.writerow(_export_row(customer, int(balances.get(saved_id(customer), 0))))
            count += 1
    # The byte order mark tells Excel the file is UTF-8, so accents survive a double click.
    return out.getvalue().encode("utf-8-sig"), count


def _export_row(customer: Customer, balance: int) -> list[str]:
    text = [defused(value) for value in (customer.name, customer.card_number, customer.phone, customer.email,
                                         customer.street, customer.postcode, customer.city)]
    return [*text, customer.birthday.isoformat() if customer.birthday else "", customer.joined_on.isoformat(),
            "yes" if customer.marketing_consent else "no", defused(customer.notes), defused(customer.preferences),
            str(balance)]


def defused(value: str) -> str:
    """A text cell a spreadsheet will not run as a formula (OWASP: put ' before = + - @ tab CR).

    A value that already starts with ' before such a character gets one more, so that
    `restored` can take exactly one off and the round trip gives back what was stored;
    a Dutch name like 't Hoekje stays as it is.
    """
    return "'" + value if value.lstrip("'")[:1] in _FORMULA_START else value


def restored(value: str) -> str:
    """The value `defused` wrote."""
    return value[1:] if value[:1] == "'" and value.lstrip("'")[:1] in _FORMULA_START else value


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problem = f"line {line}: the file is not text in UTF-8 or Windows-1252; save it again as CSV (UTF-8)."
        raise ImportRejected([problem]) from None


def _read(data: bytes, today: date) -> _File:
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") and ";" in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    parsed = _File()
    try:
        columns = _columns(next(reader, []), parsed)
        start = reader.line_num + 1
        for cells in reader:
            line, start = start, reader.line_num + 1
            if any(cell.strip() for cell in cells):
                _read_line(line, cells, columns, today, parsed)
    except csv.Error as error:
        problem = (f"line {reader.line_num}: the line cannot be read as CSV ({error}); "
                   'a value with quotes must start and end with a quote (").')
        raise ImportRejected([problem]) from None
    if not parsed.lines and not parsed.problems:
        parsed.report(2, "", "there are no customers below the line with the column names.")
    return parsed


def _columns(header: list[str], parsed: _File) -> list[str]:
    """The field of each column; a wrong header stops the import at once."""
    if not any(cell.strip() for cell in header):
        raise ImportRejected(["line 1: the first line must name the columns (at least 'name' or 'naam')."])
    columns: list[str] = []
    seen = parsed.headers
    for position, cell in enumerate(header, start=1):
        written = cell.strip()
        field_name = HEADERS.get(written.casefold())
        if field_name is None:
            known = ", ".join(sorted(HEADERS))
            what = f"column {position} has no name" if not written else f"unknown column '{written}'"
            parsed.report(1, "", f"{what}; the columns can be: {known}.")
        elif field_name in seen:
            parsed.report(1, "", f"the columns '{seen[field_name]}' and '{written}' are the same ({field_name}).")
        else:
            seen[field_name] = written
        columns.append(field_name or "")
    if "name" not in seen:
        parsed.report(1, "", "there is no column 'name' (or 'naam'); every customer needs a name.")
    if parsed.problems:
        raise parsed.refusal()
    return columns


def _read_line(line: int, cells: list[str], columns: list[str], today: date, parsed: _File) -> None:
    if any(cell.strip() for cell in cells[len(columns):]):
        parsed.report(line, "", f"has {len(cells)} values but the first line names {len(columns)} columns; "
                                "a value holding the separator must be in quotes.")
        return
    # A line break inside a quoted value may come as \r\n, which the text rules refuse as a control character.
    # A short line leaves the columns it lacks out (strict=False).
    raw = {name: restored(cell).replace("\r\n", "\n").replace("\r", "\n")
           for name, cell in zip(columns, cells, strict=False)}
    found: list[ValidationError] = []

    def checked(parse: Callable[[str], Any], name: str, fallback: Any) -> Any:
        try:
            return parse(raw.get(name, ""))
        except ValidationError as error:
            found.append(error)
            return fallback

    card = checked(lambda text: cardnumber.validate(text) if text.strip() else "", "card", "")
    birthday = checked(lambda text: parse_date(text, field="birthday") if text.strip() else None, "birthday", None)
    joined_on = checked(lambda text: _joined(text, today), "joined", today)
    consent = checked(_consent, "consent", False)
    opening = checked(_points, "points", 0)
    details = CustomerDetails(name=raw.get("name", ""), phone=raw.get("phone", ""), email=raw.get("email", ""),
                              street=raw.get("street", ""), postcode=raw.get("postcode", ""),
                              city=raw.get("city", ""), birthday=birthday, marketing_consent=consent,
                              notes=raw.get("notes", ""), preferences=raw.get("preferences", ""))
    values = _cleaned(details, today, found)
    found.sort(key=lambda error: columns.index(error.field) if error.field in columns else len(columns))
    for error in found:
        parsed.report(line, error.field, error.message)
    if card in parsed.cards:
        parsed.report(line, "card", f"{card} is on line {parsed.cards[card]} as well.")
    elif card:
        parsed.cards[card] = line
    if not found:
        values.pop("referred_by_card")
        parsed.lines.append(_Line(line, values, card, joined_on, opening))


def _cleaned(details: CustomerDetails, today: date, found: list[ValidationError]) -> dict[str, Any]:
    """CustomerDetails.cleaned stops at the first bad field: blank that field and clean
    again, so every bad field of the line is found by the very same rules."""
    while True:
        try:
            return details.cleaned(today)
        except ValidationError as error:
            if any(seen.field == error.field for seen in found):
                raise
            found.append(error)
            blank = {"name": "X", "birthday": None}.get(error.field, "")
            setattr(details, error.field, blank)


def _joined(text: str, today: date) -> date:
    if not text.strip():
        return today
    joined_on = parse_date(text, field="joined")
    if joined_on > today:
        raise ValidationError("joined", "A customer cannot have joined in the future.")
    return joined_on


def _consent(text: str) -> bool:
    word = text.strip().casefold()
    if word not in _YES | _NO:
        raise ValidationError("consent", "'{text}' is not yes or no (also ja/nee, 1/0, true/false).", text=text.strip())
    return word in _YES


def _points(text: str) -> int:
    """The opening balance; below zero it is points the customer owes (a refund after spending)."""
    raw = text.strip()
    if raw and not re.fullmatch(r"-?[0-9]{1,12}", raw):
        raise ValidationError("points", "'{raw}' is not a whole number of points.", raw=raw)
    value = int(raw or 0)
    if abs(value) > POINTS_MAX:
        raise ValidationError("points", "{value} points is beyond the maximum of {maximum}.",
                              value=value, maximum=POINTS_MAX)
    return value


def _cards_in_use(session: Session, cards: list[str]) -> set[str]:
    taken: set[str] = set()
    for start in range(0, len(cards), _CHUNK):
        chunk = cards[start:start + _CHUNK]
        taken.update(cards_in_use(session, chunk))
    return taken


def _insert(session: Session, actor: Actor, lines: list[_Line], moment: datetime, today: date) -> None:
    """The customers and their opening balances; like create_customer, but with no welcome bonus."""
    settings = load_settings(session)
    expires = rules.expiry_date(today, settings)
    new_cards = iter(unused_cards(session, sum(1 for line in lines if not line.card),
                                  frozenset(line.card for line in lines if line.card)))
    rows = [{**line.values, **search_fields(line.values), "card_number": line.card or next(new_cards),
             "joined_on": line.joined_on, "consent_at": moment if line.values["marketing_consent"] else None,
             "anonymised": False, "created_at": moment, "updated_at": moment}
            for line in lines]
    # One multi-row INSERT: building ten thousand ORM objects would take most of the import's time.
    ids = session.scalars(insert(Customer).returning(col(Customer.id), sort_by_parameter_order=True), rows).all()
    for customer_id, line in zip(ids, lines, strict=True):
        assert customer_id is not None, "RETURNING gives each new row's primary key"
        if line.points > 0:
            points.credit(session, customer_id, EntryKind.OPENING, line.points, at=moment, actor=actor,
                          expires_on=expires, reason=stored(Reason.CARRIED_OVER))
        elif line.points < 0:  # a debt carried over: paid off by the next points earned
            points.debit(session, customer_id, EntryKind.OPENING, -line.points, at=moment, actor=actor,
                         today=today, spendable_only=False, allow_debt=True,
                         reason=stored(Reason.DEBT_CARRIED_OVER))

