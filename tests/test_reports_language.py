"""The documents' own catalogue: every text they print has a Dutch version with the same
placeholders, and amounts and dates are written the Dutch or the English way."""

from __future__ import annotations

import ast
import string
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reports.language import DUTCH, DUTCH_JE, Language

ROOT = Path(__file__).resolve().parents[1]
# The documents, and the customer display: what it says is said to the customer, in the same words.
SAYING = [*sorted((ROOT / "reports").glob("*.py")), *sorted((ROOT / "desktop/ui/customer_display").glob("*.py"))]


def texts_used() -> dict[str, str]:
    """Every English literal passed to `.t(...)` or marked `N_(...)` in reports/ and the customer
    display, with where it is."""
    found = {}
    for path in SAYING:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            first = node.args[0]
            if name == "N_" or (name == "t" and isinstance(first, ast.Constant)):
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), f"{path.name}:{node.lineno}"
                found[first.value] = f"{path.name}:{node.lineno}"
            elif name == "t":  # a text from a table (or a loop over one): its entries must be marked N_
                assert isinstance(first, (ast.Subscript, ast.Name)), (
                    f"{path.name}:{node.lineno}: give t() a literal, or an entry of a table marked with N_")
    return found


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_text_in_the_documents_has_a_dutch_version():
    used = texts_used()
    assert len(used) > 50  # the scan really finds the documents' texts
    missing = {text: where for text, where in used.items() if text not in DUTCH}
    assert not missing, f"add these to reports/language.py DUTCH: {missing}"


def test_dutch_versions_keep_their_placeholders_and_none_is_left_unused():
    for english, dutch in DUTCH.items():
        assert placeholders(english) == placeholders(dutch), english
    unused = set(DUTCH) - set(texts_used())
    assert not unused, f"stale entries in the catalogue: {unused}"


def test_the_scan_notices_a_text_without_dutch(tmp_path, monkeypatch):
    # Guards the test above: a new text without a translation must be reported.
    (tmp_path / "new.py").write_text('lang.t("A brand-new sentence.")\n', encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SAYING", [tmp_path / "new.py"])
    assert "A brand-new sentence." in texts_used() and "A brand-new sentence." not in DUTCH


@pytest.mark.parametrize("code, amount, number, day, month", [
    ("nl", "€ 1.234,50", "12.345", "22-11-2026", "november 2026"),
    ("en", "€1,234.50", "12,345", "22/11/2026", "November 2026"),
])
def test_amounts_numbers_and_dates_per_language(code, amount, number, day, month):
    lang = Language(code)
    assert lang.amount(123_450) == amount
    assert lang.amount(-5) == ("\u2212€ 0,05" if code == "nl" else "\u2212€0.05")
    assert lang.number(12_345) == number and lang.signed(7) == "+7" and lang.signed(-7) == "\u22127"
    assert lang.number(-7) == lang.signed(-7)
    assert lang.percent(-12.5) == ("\u221212,5%" if code == "nl" else "\u221212.5%")
    assert lang.day(date(2026, 11, 22)) == day
    assert lang.month(2026, 11) == month
    assert lang.moment(datetime(2026, 11, 22, 12, 0, tzinfo=UTC)).startswith(day)


def test_dutch_texts_are_used_in_dutch_and_english_otherwise():
    assert Language("nl").t("Page {page} of {pages}", page=2, pages=5) == "Pagina 2 van 5"
    assert Language("en").t("Page {page} of {pages}", page=2, pages=5) == "Page 2 of 5"


FORMAL = __import__("re").compile(r"\b(u|U|uw|Uw)\b")
INFORMAL = __import__("re").compile(r"\b(je|Je|jou|jouw|Jouw)\b")


def test_every_dutch_text_that_says_u_has_a_je_form_and_the_je_forms_say_je():
    formal = {english for english, dutch in DUTCH.items() if FORMAL.search(dutch)}
    assert len(formal) > 5  # the scan finds the texts that address the customer
    assert formal == set(DUTCH_JE), (
        f"u without je form: {formal - set(DUTCH_JE)}; je form of no u text: {set(DUTCH_JE) - formal}"
    )
    for english, informal in DUTCH_JE.items():
        assert placeholders(english) == placeholders(informal), english
        assert INFORMAL.search(informal) and not FORMAL.search(informal), informal


def test_the_shops_form_of_address_chooses_u_or_je():
    assert Language("nl").t("Thank you for your visit!") == "Bedankt voor uw bezoek!"
    assert Language("nl", informal=True).t("Thank you for your visit!") == "Bedankt voor je bezoek!"
    assert Language("en", informal=True).t("Thank you for your visit!") == "Thank you for your visit!"
    assert Language("nl", informal=True).t("Points") == "Punten"  # nothing to address: the one text


def test_the_statement_says_one_point_and_two_points_without_brackets():
    from types import SimpleNamespace

    from desktop.core.rules import ProgrammeSettings
    from reports.statement import how_points_work

    def first_line(per_euro: int, lang: Language) -> str:
        settings = ProgrammeSettings(points_per_euro=per_euro)
        return how_points_work(SimpleNamespace(settings=settings), lang)[0]

    assert first_line(1, Language("nl")) == "U krijgt 1 punt voor elke hele euro die u besteedt."
    assert first_line(2, Language("nl", informal=True)) == "Je krijgt 2 punten voor elke hele euro die je besteedt."
    assert first_line(1, Language("en")) == "You earn 1 point for every whole euro you spend."


def test_every_reason_a_figure_is_unknown_has_dutch_on_paper_and_on_the_dashboard():
    import importlib
    import pkgutil

    import desktop.core
    from desktop.ui.dashboard.dashboard import reason_text
    from reports.monthly import REASONS

    reasons = {value for info in pkgutil.iter_modules(desktop.core.__path__)
               for name, value in vars(importlib.import_module(f"desktop.core.{info.name}")).items()
               if name.startswith(("NO_", "NOT_")) and isinstance(value, str) and value.endswith(".")}
    assert len(reasons) >= 12 and reasons <= set(REASONS), reasons - set(REASONS)
    for reason in reasons:
        assert reason_text(reason, "nl") == DUTCH[reason] != reason and reason_text(reason, "en") == reason
