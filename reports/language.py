"""The documents' words in English or Dutch, and amounts, numbers and dates as each writes them.

Reports run without Qt (command line, scheduled jobs), so they cannot use the app's Qt
translator; their texts live in this one catalogue. Every text a document prints goes
through `Language.t` with an English literal (or one marked with `N_` in a table); a
test checks each one has a Dutch version with the same placeholders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core import formats, glossary

LANGUAGES = ("en", "nl")


def default_language() -> str:
    """For the command line: LOYALTY_LANGUAGE, else the system's language when it is Dutch."""
    chosen = os.environ.get("LOYALTY_LANGUAGE", "")
    if chosen in LANGUAGES:
        return chosen
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "nl" if system.lower().startswith("nl") else "en"


def N_(source: str) -> str:
    """Marks a text kept in a table for translation later (`lang.t(TABLE[key])`)."""
    return source


@dataclass(frozen=True)
class Language:
    code: str  # "en" or "nl"
    informal: bool = False  # Dutch addresses the customer as "je" instead of "u" (the shop's profile)

    def t(self, source: str, **values) -> str:
        """The text in this language with the values filled in (English when not translated)."""
        if self.code != "nl":
            template = source
        elif self.informal and source in DUTCH_JE:
            template = DUTCH_JE[source]
        else:
            template = DUTCH.get(source, source)
        return template.format(**values) if values else template

    def amount(self, cents: int) -> str:
        return formats.amount(cents, self.code)

    def number(self, value: int) -> str:
        return formats.number(value, self.code)

    def signed(self, value: int) -> str:
        return formats.sign(value) + self.number(abs(value))

    def percent(self, value: float, digits: int = 1) -> str:
        return self.decimal(value, digits) + "%"

    def decimal(self, value: float, digits: int = 1) -> str:
        return formats.decimal(value, self.code, digits)

    def number_axis(self, value: float) -> str:
        """A chart axis' tick: a whole number in this language's style."""
        return self.number(round(value))

    def day(self, value: date) -> str:
        return formats.day(value, self.code)

    def moment(self, value: datetime) -> str:
        return formats.moment(value, self.code)

    def expiring(self, points: int, first: date, last: date | None) -> str:
        """Points about to expire, with their date, or their first and last date when they
        expire on several days (naming only the first would promise the customer a week too few)."""
        if last is None or last == first:
            return self.t("{points} points expire on {day}", points=self.number(points), day=self.day(first))
        return self.t("{points} points expire between {first} and {last}", points=self.number(points),
                      first=self.day(first), last=self.day(last))

    def tier(self, name: str | None) -> str:
        """A tier's name as printed: the programme's default names in this language."""
        return glossary.tier_name(name, self.code)

    def month(self, year: int, month: int) -> str:
        names = MONTHS_NL if self.code == "nl" else MONTHS_EN
        return f"{names[month - 1]} {year}"

    def short_month(self, month: int) -> str:
        return (SHORT_MONTHS_NL if self.code == "nl" else MONTHS_EN)[month - 1][:3]


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december")
SHORT_MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

# English source -> Dutch. Keep placeholders identical.
DUTCH: dict[str, str] = {
    "The till total is not entered for every day of this period.":
        "Het kassatotaal is niet voor elke dag van deze periode ingevoerd.",
    "The till took nothing in this period.": "De kassa ontving niets in deze periode.",
    "No points were redeemed or expired in the last 24 months.":
        "In de afgelopen 24 maanden zijn geen punten ingewisseld of vervallen.",
    # the customer display (desktop/ui/customer_display): said to the customer, as on paper
    "Every euro you spend earns 1 point; 100 points are worth {amount}.":
        "Elke euro die u besteedt levert 1 punt op; 100 punten zijn {amount} waard.",
    "Every euro you spend earns {n} points; 100 points are worth {amount}.":
        "Elke euro die u besteedt levert {n} punten op; 100 punten zijn {amount} waard.",
    "Happy birthday, {name}!": "Gefeliciteerd met uw verjaardag, {name}!",
    "Hello {name}!": "Hallo {name}!",
    "You have 1 point to spend": "U hebt 1 punt te besteden",
    "You have {n} points to spend": "U hebt {n} punten te besteden",
    "This purchase earned you 1 point": "Deze aankoop leverde u 1 punt op",
    "This purchase earned you {n} points": "Deze aankoop leverde u {n} punten op",
    "1 more point for {reward}": "Nog 1 punt voor {reward}",
    "{n} more points for {reward}": "Nog {n} punten voor {reward}",
    "{amount} more to spend to reach {tier}": "Nog {amount} besteden voor {tier}",
    "You are a {tier} member": "U bent {tier}-lid",
    # shop details, document subjects
    "Phone {number}": "Tel. {number}",
    "KvK {number}": "KvK {number}",
    "Used on {moment}": "Gebruikt op {moment}",
    "Voucher code {code}": "Boncode {code}",
    "Voucher {code}: {reward}": "Waardebon {code}: {reward}",
    "Points slip of {name}": "Puntenbon van {name}",
    "The points customers hold and what they are worth, {month}": "De punten van klanten en wat ze waard zijn, {month}",
    "How the loyalty programme did in {month}": "Hoe het klantenprogramma het deed in {month}",
    "Points of {name}, card {card}": "Punten van {name}, pas {card}",
    "What each counter and staff member booked on {day}": "Wat elke kassa en medewerker boekte op {day}",
    "{count} loyalty cards to cut out": "{count} klantenpassen om uit te snijden",
    "Addresses of {count} customers for the reactivation letters, on {sheet}":
        "Adressen van {count} klanten voor de reactiveringsbrieven, op {sheet}",
    "Avery Zweckform 3474 (70 x 37 mm, 24 per A4)": "Avery Zweckform 3474 (70 x 37 mm, 24 per A4)",
    "Letters to {count} customers who have not come for a while": "Brieven aan {count} klanten die een tijd niet kwamen",
    # shared page furniture
    "Page {page} of {pages}": "Pagina {page} van {pages}",
    "Printed {moment}": "Afgedrukt {moment}",
    "Card number": "Pasnummer",
    "Date": "Datum",
    "Points": "Punten",
    "Balance": "Saldo",
    "Name": "Naam",
    "Phone": "Telefoon",
    "Total": "Totaal",
    # statement
    "Points statement": "Puntenoverzicht",
    "Period": "Periode",
    "Balance on {day}": "Saldo op {day}",
    "Points history": "Puntengeschiedenis",
    "Description": "Omschrijving",
    "No points were earned or spent in this period.": "In deze periode zijn geen punten gespaard of besteed.",
    "You can spend {points} points today, worth {amount}.": "U kunt vandaag {points} punten besteden, ter waarde van {amount}.",
    "Spendable now": "Nu te besteden",
    "Waiting for the return period": "Wachten op de retourtermijn",
    "Worth": "Waarde",
    "Points about to expire": "Punten die binnenkort vervallen",
    "Expire on": "Vervallen op",
    "No points expire in the coming {days} days.": "De komende {days} dagen vervallen er geen punten.",
    "How you earn points": "Zo spaart u punten",
    "You earn 1 point for every whole euro you spend.":
        "U krijgt 1 punt voor elke hele euro die u besteedt.",
    "You earn {points} points for every whole euro you spend.":
        "U krijgt {points} punten voor elke hele euro die u besteedt.",
    "Points are valid for {months} months from the day you earn them; the oldest points are spent first.":
        "Punten zijn {months} maanden geldig vanaf de dag waarop u ze spaart; de oudste punten worden eerst besteed.",
    "Points do not expire.": "Punten vervallen niet.",
    "New points can be spent after {days} days (the return period).":
        "Nieuwe punten zijn na {days} dagen te besteden (de retourtermijn).",
    "100 points are worth {amount} when you spend them on a reward.":
        "100 punten zijn {amount} waard als u ze besteedt aan een beloning.",
    "Bonus points: {welcome} when you join, {birthday} on your birthday, {referral} for every friend you bring.":
        "Bonuspunten: {welcome} bij aanmelding, {birthday} op uw verjaardag, {referral} voor elke vriend die u aanbrengt.",
    "Refunding a purchase takes its points back.": "Bij retour van een aankoop gaan de punten van die aankoop terug.",
    # ledger kinds
    "Purchase {amount}": "Aankoop {amount}",
    "Points for a purchase": "Punten voor een aankoop",
    "Reward: {name}": "Beloning: {name}",
    "Reward": "Beloning",
    "Purchase returned ({amount})": "Aankoop geretourneerd ({amount})",
    "Purchase returned": "Aankoop geretourneerd",
    "Points expired": "Punten vervallen",
    "Correction: {reason}": "Correctie: {reason}",
    "{label}: {reason}": "{label}: {reason}",
    "Correction": "Correctie",
    "Welcome bonus": "Welkomstbonus",
    "Birthday bonus": "Verjaardagsbonus",
    "Referral bonus": "Wervingsbonus",
    "Milestone bonus": "Mijlpaalbonus",
    "Opening balance": "Beginsaldo",
    "Points moved from a merged card": "Punten overgezet van een samengevoegde pas",
    # cards
    "Loyalty cards": "Klantenpassen",
    "Loyalty card": "Klantenpas",
    "Avery Zweckform C32011 (pre-cut, 85 x 54 mm)": "Avery Zweckform C32011 (voorgestanst, 85 x 54 mm)",
    "A4 card stock to cut (ISO ID-1, 85.60 x 53.98 mm)": "A4-karton om zelf te snijden (ISO ID-1, 85,60 x 53,98 mm)",
    "One point for every euro you spend; 100 points are worth {amount} on a reward.":
        "Eén punt voor elke euro die u besteedt; 100 punten zijn {amount} waard bij een beloning.",
    "{points} points for every euro you spend; 100 points are worth {amount} on a reward.":
        "{points} punten voor elke euro die u besteedt; 100 punten zijn {amount} waard bij een beloning.",
    "Open: {hours}": "Open: {hours}",
    "Your points are on every points slip, and you can ask for them at the counter any time.":
        "Uw punten staan op elke puntenbon, en u kunt er altijd naar vragen aan de kassa.",
    "Card {card}": "Pas {card}",
    "Back of page {page}: print double-sided, flip on the long edge":
        "Achterkant van pagina {page}: dubbelzijdig afdrukken, kantelen over de lange zijde",
    # voucher and points slip
    "Voucher": "Waardebon",
    "Voucher code": "Boncode",
    "Valid until {day}": "Geldig t/m {day}",
    "No expiry date": "Geen vervaldatum",
    "Issued {moment}": "Uitgegeven {moment}",
    "For {name}": "Voor {name}",
    "Paid with {points} points": "Betaald met {points} punten",
    "Already used": "Al gebruikt",
    "Expired": "Verlopen",
    "Cancelled": "Geannuleerd",
    "Show this voucher at the counter.": "Laat deze bon zien aan de kassa.",
    "Financial": "Financieel",
    "Social-emotional": "Sociaal-emotioneel",
    "Structural": "Structureel",
    "Points slip": "Puntenbon",
    "Purchase": "Aankoop",
    "Points earned": "Punten verdiend",
    "Points balance": "Puntensaldo",
    "Pending": "Nog niet te besteden",
    "{points} points expire on {day}": "{points} punten vervallen op {day}",
    "{points} points expire between {first} and {last}": "{points} punten vervallen tussen {first} en {last}",
    "Thank you for your visit!": "Bedankt voor uw bezoek!",
    # end of day
    "End-of-day summary": "Dagoverzicht",
    "Staff member": "Medewerker",
    "Purchases": "Aankopen",
    "Amount": "Bedrag",
    "Points issued": "Punten uitgegeven",
    "Bonus points": "Bonuspunten",
    "Rewards": "Beloningen",
    "Reward points": "Punten ingewisseld",
    "Voids": "Geannuleerd",
    "Refunds": "Retouren",
    "Command line or system": "Opdrachtregel of systeem",
    "Nothing was registered on this day.": "Op deze dag is niets geregistreerd.",
    "Counter": "Kassa",
    "(not recorded)": "(niet vastgelegd)",
    "Per counter PC and staff member.": "Per kassa-pc en medewerker.",
    # birthdays
    "Birthdays": "Verjaardagen",
    "Birthdays from {start} to {end}": "Verjaardagen van {start} t/m {end}",
    "Birthday": "Verjaardag",
    "Turns": "Wordt",
    "No birthdays in this period.": "Geen verjaardagen in deze periode.",
    "{count} customers": "{count} klanten",
    # letters
    "Reactivation letters": "Reactiveringsbrieven",
    "Address labels": "Adresetiketten",
    "Dear {name},": "Beste {name},",
    "You have {points} points to spend, worth {amount}.": "U heeft {points} punten te besteden, ter waarde van {amount}.",
    "{points} of them expire on {day}: come by before then so they are not lost.":
        "Daarvan vervallen er {points} op {day}: kom voor die tijd langs, dan gaan ze niet verloren.",
    "{points} of them expire between {first} and {last}: come by before {first} so they are not lost.":
        "Daarvan vervallen er {points} tussen {first} en {last}: kom voor {first} langs, dan gaan ze niet verloren.",
    "Show this letter at the counter until {day} and it is yours.": "Laat deze brief t/m {day} zien aan de kassa en het is voor u.",
    "Where and when": "Waar en wanneer",
    "We have not seen you since {day}, and we miss you!": "We hebben u sinds {day} niet meer gezien, en we missen u!",
    "Come by in the coming weeks: show this letter or your card at the counter and we will gladly tell you what is new.":
        "Kom de komende weken eens langs: laat deze brief of uw pas zien aan de kassa en we vertellen u graag wat er nieuw is.",
    "Kind regards,": "Met vriendelijke groet,",
    "You receive this letter because you agreed to hear from us. Would you rather not? Tell us at the counter.":
        "U ontvangt deze brief omdat u heeft aangegeven post van ons te willen ontvangen. Liever niet meer? Zeg het ons aan de kassa.",
    "No latent customers with consent and an address.": "Geen latente klanten met toestemming en een adres.",
    # monthly report
    "Monthly programme report": "Maandrapport klantenprogramma",
    "Key figures": "Kerncijfers",
    "Key figure": "Kerncijfer",
    "This month": "Deze maand",
    "Previous month": "Vorige maand",
    "Change": "Verschil",
    "{value} pts": "{value} %-punt",
    "Active customers (bought this month)": "Actieve klanten (kochten deze maand)",
    "New customers": "Nieuwe klanten",
    "Revenue (less refunds)": "Omzet (min retouren)",
    "Average purchase value": "Gemiddeld aankoopbedrag",
    "Purchases per active customer": "Aankopen per actieve klant",
    "Repurchase rate": "Herhaalaankopen (RPR)",
    "Retention": "Klantbehoud",
    "Churn": "Klantverloop (churn)",
    "NPS (Net Promoter Score)": "NPS (Net Promoter Score)",
    "CLI (Customer Loyalty Index, 0–10)": "CLI (Customer Loyalty Index, 0–10)",
    "SCI (secure customers)": "SCI (zekere klanten)",
    "Survey answers": "Enquêteantwoorden",
    "Points redeemed": "Punten ingewisseld",
    "Points outstanding": "Openstaande punten",
    "Points liability": "Puntenverplichting",
    "Customer lifetime value (CLV)": "Klantwaarde (CLV)",
    "At the end of {month}, customers hold {points} unspent points, worth {amount} at {value} a point: what the shop still owes.":
        "Eind {month} hebben klanten {points} onbestede punten, {amount} waard bij {value} per punt: wat de winkel nog verschuldigd is.",
    "Customer types": "Typen klanten",
    "Customer type at the month's end": "Type klant aan het eind van de maand",
    "Customers": "Klanten",
    "Share": "Aandeel",
    "Newcomers": "Nieuwkomers",
    "Returning customers": "Terugkerende klanten",
    "Latent customers": "Latente klanten",
    "Silent loyalists": "Stille loyalisten",
    "Advocates": "Ambassadeurs",
    "Latent customers who may be mailed": "Latente klanten die post mogen ontvangen",
    "The last twelve months": "De laatste twaalf maanden",
    "Points per month": "Punten per maand",
    "Issued": "Uitgegeven",
    "Redeemed": "Ingewisseld",
    "Customers per month": "Klanten per maand",
    "Active": "Actief",
    "Latent": "Latent",
    "New": "Nieuw",
    "NPS": "NPS",
    "NPS per month": "NPS per maand",
    "Rewards per retention level": "Beloningen per niveau van klantenbinding",
    "Top customers this month": "Beste klanten deze maand",
    "Spent": "Besteed",
    "Customers to reactivate": "Klanten om te reactiveren",
    "Latent at the month's end, ranked by what they spent in the 90 days before they went quiet. Letters go only to those who gave consent.":
        "Latent aan het eind van de maand, gerangschikt naar wat ze besteedden in de 90 dagen voordat ze wegbleven. Brieven gaan alleen naar wie toestemming gaf.",
    "Last visit": "Laatste bezoek",
    "Consent": "Toestemming",
    "yes": "ja",
    "no": "nee",
    "Score": "Score",
    "Customer": "Klant",
    "Comment": "Opmerking",
    "Upcoming birthdays": "Komende verjaardagen",
    "{count} customers have their birthday from {start} to {end}; the first {shown} are listed (the birthday list has them all).":
        "{count} klanten zijn jarig van {start} t/m {end}; de eerste {shown} staan hieronder (de verjaardagenlijst heeft ze allemaal).",
    "Drawing the charts": "Grafieken tekenen",
    "Laying out the pages": "Pagina's opmaken",
    # why a measure is unknown
    "No survey answers in this period.": "Geen enquêteantwoorden in deze periode.",
    "No survey in this period answered all three of recommend, buy again and buy more.":
        "Geen enquête in deze periode beantwoordde alle drie: aanbevelen, opnieuw kopen en meer kopen.",
    "No survey in this period answered all three of satisfaction, buy again and recommend.":
        "Geen enquête in deze periode beantwoordde alle drie: tevredenheid, opnieuw kopen en aanbevelen.",
    "Nobody bought in this period.": "Niemand kocht iets in deze periode.",
    "Nobody bought in the previous period, so there was no one to keep or lose.":
        "Niemand kocht iets in de vorige periode, dus er was niemand om te behouden of te verliezen.",
    "Nobody bought in the 12 months before the period's end.": "Niemand kocht iets in de 12 maanden voor het eind van de periode.",
    "Nobody bought in the year before, so the yearly churn is unknown.":
        "Niemand kocht iets in het jaar ervoor, dus het jaarlijkse klantverloop is onbekend.",
    "A point has no value in the programme's settings.": "Een punt heeft geen waarde in de instellingen van het programma.",
    "The previous period's figure is not known.": "Het cijfer van de vorige periode is niet bekend.",
}

from reports.dutch_monthly import DUTCH_MONTHLY  # noqa: E402 (a plain dict; no cycle)
from reports.dutch_owner import DUTCH_OWNER  # noqa: E402 (a plain dict; no cycle)
from reports.dutch_till import DUTCH_TILL  # noqa: E402 (a plain dict; no cycle)

DUTCH.update(DUTCH_OWNER)
DUTCH.update(DUTCH_MONTHLY)
DUTCH.update(DUTCH_TILL)


# The Dutch texts that address the customer, in the "je" form a shop can choose instead of
# "u" (desktop.core.shop_profile.ADDRESS_FORMS). A test checks every "u" text has one here.
DUTCH_JE: dict[str, str] = {
    "Every euro you spend earns 1 point; 100 points are worth {amount}.":
        "Elke euro die je besteedt levert 1 punt op; 100 punten zijn {amount} waard.",
    "Every euro you spend earns {n} points; 100 points are worth {amount}.":
        "Elke euro die je besteedt levert {n} punten op; 100 punten zijn {amount} waard.",
    "Happy birthday, {name}!": "Gefeliciteerd met je verjaardag, {name}!",
    "You have 1 point to spend": "Je hebt 1 punt te besteden",
    "You have {n} points to spend": "Je hebt {n} punten te besteden",
    "This purchase earned you 1 point": "Deze aankoop leverde je 1 punt op",
    "This purchase earned you {n} points": "Deze aankoop leverde je {n} punten op",
    "You are a {tier} member": "Je bent {tier}-lid",
    "You can spend {points} points today, worth {amount}.": "Je kunt vandaag {points} punten besteden, ter waarde van {amount}.",
    "How you earn points": "Zo spaar je punten",
    "You earn 1 point for every whole euro you spend.":
        "Je krijgt 1 punt voor elke hele euro die je besteedt.",
    "You earn {points} points for every whole euro you spend.":
        "Je krijgt {points} punten voor elke hele euro die je besteedt.",
    "Points are valid for {months} months from the day you earn them; the oldest points are spent first.":
        "Punten zijn {months} maanden geldig vanaf de dag waarop je ze spaart; de oudste punten worden eerst besteed.",
    "100 points are worth {amount} when you spend them on a reward.":
        "100 punten zijn {amount} waard als je ze besteedt aan een beloning.",
    "Bonus points: {welcome} when you join, {birthday} on your birthday, {referral} for every friend you bring.":
        "Bonuspunten: {welcome} bij aanmelding, {birthday} op je verjaardag, {referral} voor elke vriend die je aanbrengt.",
    "Thank you for your visit!": "Bedankt voor je bezoek!",
    "One point for every euro you spend; 100 points are worth {amount} on a reward.":
        "Eén punt voor elke euro die je besteedt; 100 punten zijn {amount} waard bij een beloning.",
    "{points} points for every euro you spend; 100 points are worth {amount} on a reward.":
        "{points} punten voor elke euro die je besteedt; 100 punten zijn {amount} waard bij een beloning.",
    "Your points are on every points slip, and you can ask for them at the counter any time.":
        "Je punten staan op elke puntenbon, en je kunt er altijd naar vragen aan de kassa.",
    "You have {points} points to spend, worth {amount}.": "Je hebt {points} punten te besteden, ter waarde van {amount}.",
    "Show this letter at the counter until {day} and it is yours.": "Laat deze brief t/m {day} zien aan de kassa en het is voor jou.",
    "We have not seen you since {day}, and we miss you!": "We hebben je sinds {day} niet meer gezien, en we missen je!",
    "Come by in the coming weeks: show this letter or your card at the counter and we will gladly tell you what is new.":
        "Kom de komende weken eens langs: laat deze brief of je pas zien aan de kassa en we vertellen je graag wat er nieuw is.",
    "You receive this letter because you agreed to hear from us. Would you rather not? Tell us at the counter.":
        "Je ontvangt deze brief omdat je hebt aangegeven post van ons te willen ontvangen. Liever niet meer? Zeg het ons aan de kassa.",
}
