"""One word for each thing: the screens' Dutch (Qt .ts) and the documents' Dutch
(reports.language) are both held to desktop.core.glossary."""

import xml.etree.ElementTree as ET

import pytest

from desktop.assets import asset
from desktop.core import glossary
from desktop.core.rules import ProgrammeSettings
from desktop.ui.formatting import Formats
from reports.language import DUTCH, DUTCH_JE, Language


def screen_texts():
    for message in ET.parse(asset("i18n/loyalty_nl.ts")).iter("message"):
        translation = message.find("translation")
        for text in [form.text for form in translation.findall("numerusform")] or [translation.text]:
            yield message.find("source").text, text or ""


def document_texts():
    for table in (DUTCH, DUTCH_JE):
        yield from table.items()


@pytest.mark.parametrize("where, texts", [("screen", screen_texts), ("document", document_texts)])
def test_every_dutch_text_uses_the_glossarys_word(where, texts):
    broken = {source: problems for source, dutch in texts() if (problems := glossary.disagreements(source, dutch))}
    assert broken == {}, f"{where} texts that leave the glossary"


def test_the_check_catches_a_screen_and_a_document_saying_different_words():
    assert glossary.disagreements("Churn", "Klantverloop (churn)") == []
    assert glossary.disagreements("Churn", "Verloop")  # what the dashboard said while the report said Klantverloop
    assert glossary.disagreements("Points liability", "Openstaande punten (waarde)")
    assert glossary.disagreements("Latent customers who may be mailed", "Latente klanten die we mogen mailen")
    assert glossary.disagreements("Minimum &tier", "Minimaal &niveau (tier)")
    assert glossary.disagreements("You are a {tier} member", "U bent Gold-lid")
    assert glossary.disagreements("Rewards handed out", "Uitgegeven beloningen")  # the report said uitgereikt
    assert glossary.disagreements("'{name}' is for tier {tier}.", "'{name}' is voor niveau {tier}.") == []


def test_the_programmes_default_tiers_read_dutch_and_a_shops_own_names_stay():
    defaults = ProgrammeSettings().tier_thresholds
    assert all(name in glossary.DEFAULT_TIER_NAMES for name in defaults)
    assert [Formats("nl").tier(name) for name in ("Silver", "Gold", "Koffieclub")] == ["Zilver", "Goud", "Koffieclub"]
    assert Formats("en").tier("Gold") == "Gold"
    assert glossary.tier_name(None, "nl") == ""


def test_each_measure_is_explained_in_both_languages_under_its_marketing_name():
    for key, name in (("nps", "Net Promoter Score"), ("cli", "Customer Loyalty Index"),
                      ("sci", "Secure Customer Index"), ("promoter", "Promotors"), ("detractor", "Criticasters")):
        english, dutch = glossary.explanation(key, "en"), glossary.explanation(key, "nl")
        assert english and dutch and english != dutch
        assert dutch.startswith(name)
        assert glossary.disagreements(english, dutch) == [], key


def test_a_document_says_the_screens_word():
    # the dashboard's Dutch tile and the monthly report's Dutch row for the same figure
    screen = dict(screen_texts())
    assert "klantverloop" in screen["Churn"].lower() and "klantverloop" in Language("nl").t("Churn").lower()
    assert screen["Points liability"] == Language("nl").t("Points liability") == "Puntenverplichting"


def test_an_error_names_a_default_tier_in_dutch(qapp):
    from desktop.core.errors import ConflictError
    from desktop.ui import i18n
    from desktop.ui.errors import explain
    from desktop.ui.formatting import current_formats, use_formats

    before = current_formats()
    translator = i18n.install_translator(qapp, "nl")
    use_formats(Formats("nl"))
    try:
        assert explain(ConflictError("'{name}' is for customers with tier {tier} or higher.", name="Proeverij",
                                     tier="Gold")) == "'Proeverij' is voor klanten met niveau Goud of hoger."
    finally:
        use_formats(before)
        qapp.removeTranslator(translator)
