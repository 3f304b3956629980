"""The glossary: one word for each thing, on the screens and on paper.

The app's texts go through Qt's translation (resources/i18n/*.ts) and the documents'
through reports/language.py; tests/test_glossary.py checks both against this list, so a
screen that says "Verloop" where the monthly report says "Klantverloop" fails. The
measures keep the names Dutch marketing uses (NPS, CLI, SCI, promotors, criticasters) and
carry a short explanation in both languages that screens and documents show as it is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    english: str  # a regular expression for the term in English sources (case-insensitive)
    dutch: str  # the Dutch word every Dutch text uses for it (a stem: "niveau" also covers "niveaus")
    avoid: tuple[str, ...] = ()  # Dutch words that must not stand for it (regular expressions)
    explanation: tuple[str, str] = ("", "")  # (English, Dutch) for a measure: what it means


TERMS: dict[str, Term] = {
    "tier": Term(r"\btiers?\b", "niveau", avoid=(r"\btiers?\b",)),
    "churn": Term(r"\bchurn\b", "klantverloop", avoid=(r"(?<![a-z])verloop\b",)),
    "retention": Term(r"^retention( rate)?$", "klantbehoud"),  # the measure: 1 - churn
    "customer_retention": Term(r"\b(customer retention|retention levels?)\b", "klantenbinding"),
    "liability": Term(r"\bpoints? liability\b", "puntenverplichting",
                      avoid=(r"openstaande punten \(waarde\)",)),
    "outstanding": Term(r"\bpoints outstanding\b", "openstaande punten"),
    "may_be_mailed": Term(r"\b(may be|agreed to be) mailed\b", "post", avoid=(r"\bmogen mailen\b",)),
    "repurchase_rate": Term(r"\brepurchase rate\b", "herhaalaankopen"),
    "clv": Term(r"\bcustomer lifetime value\b", "klantwaarde"),
    "newcomer": Term(r"\bnewcomers?\b", "nieuwkomer"),
    "latent": Term(r"\blatent\b", "latent"),
    "silent_loyalist": Term(r"\bsilent loyalists?\b", "stille loyalist"),
    "advocate": Term(r"\badvocates?\b", "ambassadeur"),
    "voucher": Term(r"\bvouchers?\b", "bon", avoid=(r"\bvoucher",)),
    "card": Term(r"\bloyalty cards?\b", "klantenpas"),
    "reward": Term(r"\brewards?\b(?! points)", "belon"),  # "reward points" are the points spent: ingewisseld
    "handed_out": Term(r"\bhanded out\b", "uitgereikt"),  # not "uitgegeven": that is what points issued are
    "points_slip": Term(r"\bpoints? slips?\b", "puntenbon"),
    "survey": Term(r"\bsurveys?\b", "enquête"),
    "counter": Term(r"\bcounter\b", "kassa"),
    "nps": Term(r"\bnps\b", "nps", explanation=(
        "Net Promoter Score (NPS): the share of promoters (9-10) minus the share of detractors (0-6), -100 to +100.",
        "Net Promoter Score (NPS): het aandeel promotors (9-10) min het aandeel criticasters (0-6), -100 tot +100.")),
    "cli": Term(r"\b(cli|customer loyalty index)\b", "customer loyalty index", explanation=(
        "Customer Loyalty Index (CLI): the average of recommend, buy again and buy more, from 0 to 10.",
        "Customer Loyalty Index (CLI): het gemiddelde van aanbevelen, opnieuw kopen en meer kopen, van 0 tot 10.")),
    "sci": Term(r"\b(sci|secure customer index)\b", "sci", explanation=(
        "Secure Customer Index (SCI): the share of customers in the top two boxes of satisfaction, buy again and "
        "recommend; the others may leave.",
        "Secure Customer Index (SCI): het aandeel klanten dat op tevredenheid, opnieuw kopen en aanbevelen een van de "
        "twee hoogste scores geeft; de anderen kunnen weglopen.")),
    "promoter": Term(r"(?<!net )\bpromoters?\b", "promotor", explanation=(
        "Promoters: customers who score 9 or 10 when asked whether they would recommend the shop.",
        "Promotors: klanten die een 9 of 10 geven op de vraag of ze de winkel zouden aanbevelen.")),
    "detractor": Term(r"\bdetractors?\b", "criticaster", explanation=(
        "Detractors: customers who score 0 to 6; follow them up before they leave.",
        "Criticasters: klanten die een 0 tot 6 geven; volg ze op voordat ze weglopen.")),
}

# The tier names a new programme starts with (desktop.core.rules). The shop may rename its
# tiers; a name it typed is shown as typed, these defaults in the reader's language.
DEFAULT_TIER_NAMES: dict[str, str] = {"Bronze": "Brons", "Silver": "Zilver", "Gold": "Goud",
                                      "Platinum": "Platina"}


def tier_name(name: str | None, language: str) -> str:
    """A tier as the reader sees it: a default name in Dutch for a Dutch reader."""
    if not name:
        return ""
    return DEFAULT_TIER_NAMES.get(name, name) if language == "nl" else name


def explanation(key: str, language: str) -> str:
    """What a measure means, in short (screen tooltips and the report's notes)."""
    english, dutch = TERMS[key].explanation
    return dutch if language == "nl" else english


PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def disagreements(source: str, dutch: str) -> list[str]:
    """Why a Dutch text breaks the glossary (empty when it keeps to it): a term the English
    source uses that the Dutch text does not, or a word the glossary says not to use."""
    source, dutch = PLACEHOLDER.sub("", source), PLACEHOLDER.sub("", dutch)
    found = []
    for key, term in TERMS.items():
        if re.search(term.english, source, re.IGNORECASE) and term.dutch not in dutch.lower():
            found.append(f"{key}: '{term.dutch}' missing")
        for word in term.avoid:
            if re.search(word, dutch, re.IGNORECASE):
                found.append(f"{key}: '{word}' used")
    for english, translated in DEFAULT_TIER_NAMES.items():
        if re.search(rf"\b{english}\b", dutch):
            found.append(f"tier name: '{english}' where Dutch says '{translated}'")
    return found
