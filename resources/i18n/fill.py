"""Fill a translation from a JSON file, or list what is still untranslated.

    uv run python resources/i18n/fill.py --missing          # untranslated strings, as JSON
    uv run python resources/i18n/fill.py dutch.json         # fill them in loyalty_nl.ts
    uv run python resources/i18n/fill.py --language en english.json   # English plural forms

The JSON maps context -> source -> translation; a plural (`%n`) source takes a list of the
singular and plural form. Existing translations are kept unless the JSON gives a new one.
Run `bash resources/i18n/update.sh` afterwards to compile the .qm.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def ts_file(language: str) -> Path:
    return Path(__file__).with_name(f"loyalty_{language}.ts")


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _is_missing(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    if forms:
        return not all((form.text or "").strip() for form in forms)
    return not (translation.text or "").strip()


def missing(root: ET.Element) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for context, message in _messages(root):
        if _is_missing(message):
            found.setdefault(context, {})[message.findtext("source")] = ""
    return found


def fill(root: ET.Element, wanted: dict[str, dict[str, str | list[str]]]) -> int:
    filled = 0
    for context, message in _messages(root):
        text = wanted.get(context, {}).get(message.findtext("source"))
        if not text:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = [text] * 2 if isinstance(text, str) else text
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        filled += 1
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", nargs="?", type=Path, help="translations to fill in")
    parser.add_argument("--missing", action="store_true", help="print what is untranslated")
    parser.add_argument("--language", default="nl", choices=("nl", "en"),
                        help="nl (default); en holds only the plural forms of the English source")
    args = parser.parse_args(argv)
    ts = ts_file(args.language)
    tree = ET.parse(ts)
    if args.missing or args.json is None:
        json.dump(missing(tree.getroot()), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    count = fill(tree.getroot(), json.loads(args.json.read_text(encoding="utf-8")))
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n")
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"filled {count} translations; now run: bash resources/i18n/update.sh")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
