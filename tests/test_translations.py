"""The Dutch translation is complete, keeps every placeholder, and is what the app loads."""

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from desktop.ui import i18n
from desktop.ui.assets import asset

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages():
    for message in ET.parse(asset("i18n/loyalty_nl.ts")).iter("message"):
        yield message.find("source").text, message.find("translation")


def test_every_message_is_translated_and_keeps_its_placeholders():
    found = list(messages())
    assert len(found) > 100
    for source, translation in found:
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        assert translation.text, source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source
        assert source.count("&") == translation.text.count("&"), f"shortcut marker lost in {source!r}"


def test_the_compiled_translation_is_loaded(qapp):
    translator = i18n.install_translator(qapp, "nl")
    try:
        assert QCoreApplication.translate("CounterPage", "Scan a card or type a name or phone") == \
            "Scan een pas of typ naam of telefoon"
    finally:
        qapp.removeTranslator(translator)
    assert i18n.install_translator(qapp, "en") is None
