"""The Dutch translation is complete, keeps every placeholder, and is what the app loads."""

import ast
import re
import runpy
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.assets import asset
from desktop.core.errors import ConflictError, ValidationError
from desktop.core.money import parse_amount
from desktop.ui import i18n
from desktop.ui.errors import explain

ROOT = Path(__file__).resolve().parents[1]

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(language: str = "nl"):
    """(source, translation element, its texts: one, or each plural form)."""
    for message in ET.parse(asset(f"i18n/loyalty_{language}.ts")).iter("message"):
        translation = message.find("translation")
        forms = [form.text for form in translation.findall("numerusform")] or [translation.text]
        yield message.find("source").text, translation, forms


@pytest.mark.parametrize("language, least", [("nl", 100), ("en", 3)])
def test_every_message_is_translated_and_keeps_its_placeholders(language, least):
    found = list(messages(language))
    assert len(found) > least
    for source, translation, texts in found:
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        for text in texts:
            assert text, source
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
            assert source.count("&") == text.count("&"), f"shortcut marker lost in {source!r}"
            assert ("%n" in source) == ("%n" in text), source


def test_plural_forms_in_both_languages(qapp):
    from desktop.ui.counter.customer_panel_view import PLURALS

    visits = PLURALS.visits

    assert (visits(1), visits(2)) == ("1 visit", "2 visits")  # conftest installs English as the app does
    translator = i18n.install_translator(qapp, "nl")
    try:
        assert (visits(1), visits(2)) == ("1 bezoek", "2 bezoeken")
    finally:
        qapp.removeTranslator(translator)


def _plural_counts(tree: ast.AST):
    """The count argument of each plural call: self.tr(text, disambiguation, n) and
    translate(context, text, disambiguation, n)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if (name, len(node.args)) == ("tr", 3):
                yield node.args[-1]
            elif (name, len(node.args)) == ("translate", 4):
                yield ast.Name(id="translate", lineno=node.lineno)  # never a plural to lupdate


def test_every_plural_text_is_one_the_extractor_finds():
    # lupdate takes a plural only from self.tr(text, "", name): a count that is an attribute or a
    # call (view.visits, len(x)), or QCoreApplication.translate with a count, comes out as no
    # plural or not at all, and the next `update.sh` drops its translation.
    found = [f"{path.relative_to(ROOT)}:{count.lineno}"
             for path in sorted((ROOT / "desktop" / "ui").rglob("*.py"))
             for count in _plural_counts(ast.parse(path.read_text(encoding="utf-8")))
             if not isinstance(count, ast.Name) or count.id == "translate"]
    assert found == []
    assert [type(c) for c in _plural_counts(ast.parse("self.tr('%n x', '', view.visits)"))] == [ast.Attribute]


def test_the_compiled_translation_is_loaded(qapp):
    translator = i18n.install_translator(qapp, "nl")
    try:
        assert QCoreApplication.translate("CounterPage", "Scan a card or type a name or phone") == \
            "Scan een pas of typ naam of telefoon"
    finally:
        qapp.removeTranslator(translator)


def test_every_error_raised_below_the_ui_has_a_literal_template_the_tooling_can_collect():
    templates, problems = runpy.run_path(str(ROOT / "resources/i18n/error_templates.py"))["scan"]()
    assert problems == []
    assert "Not enough points: {available} available, {points} needed." in templates


def test_errors_from_the_core_reach_a_dutch_user_in_dutch(qapp):
    translator = i18n.install_translator(qapp, "nl")
    try:
        with pytest.raises(ValidationError) as refused:
            parse_amount("abc")
        assert explain(refused.value) == "'abc' is geen bedrag; typ het als 12,50 of 12.50."
        assert explain(ConflictError("Not enough points: {available} available, {points} needed.",
                                     available=10, points=25)) == "Niet genoeg punten: 10 beschikbaar, 25 nodig."
    finally:
        qapp.removeTranslator(translator)
    assert explain(refused.value) == "'abc' is not an amount; type it like 12,50 or 12.50."


def test_english_words_passed_as_a_value_of_a_message_are_found():
    import ast

    check = runpy.run_path(str(ROOT / "resources/i18n/error_templates.py"))["check"]
    source = 'raise NotFoundError("No customer with {what}.", what=f"card number {card}")\n' \
             'raise NotFoundError("No customer has card {card}.", card=card)\n'
    templates, problems = check(ast.parse(source), "sample.py")
    assert templates == ["No customer with {what}.", "No customer has card {card}."]
    assert len(problems) == 1 and problems[0].startswith("sample.py:1: words in the value 'what'")


def test_amounts_in_messages_follow_the_language_of_the_app(qapp):
    from desktop.ui.formatting import Formats, current_formats, use_formats

    before = current_formats()
    with pytest.raises(ValidationError) as refused:
        parse_amount("2000", max_cents=150_000)
    translator = i18n.install_translator(qapp, "nl")
    try:
        use_formats(Formats("nl"))
        assert explain(refused.value) == "€\u00a02.000,00 is meer dan het maximum van €\u00a01.500,00."
    finally:
        qapp.removeTranslator(translator)
        use_formats(before)
    use_formats(Formats("en"))
    try:
        assert explain(refused.value) == "€2,000.00 is more than the maximum of €1,500.00."
    finally:
        use_formats(before)
    assert str(refused.value) == "amount: € 2.000,00 is more than the maximum of € 1.500,00."  # the command line
