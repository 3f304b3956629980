"""Dutch for the owner's analyses (issue 18: liability, rhythm, mailings, staff patterns),
merged into reports.language.DUTCH; kept apart so the documents' catalogue stays readable."""

DUTCH_OWNER: dict[str, str] = {
    # points liability statement
    "Earned on purchases": "Gespaard met aankopen",
    "Welcome bonuses": "Welkomstbonussen",
    "Birthday bonuses": "Verjaardagsbonussen",
    "Referral bonuses": "Aanbrengbonussen",
    "Milestone and tier bonuses": "Mijlpaal- en niveaubonussen",
    "Opening balances": "Beginsaldi",
    "Movement": "Mutatie",
    "Opening balance ({day})": "Beginsaldo ({day})",
    "Taken back on refunds and voids": "Teruggenomen bij retouren en annuleringen",
    "Redeemed for rewards": "Ingewisseld voor beloningen",
    "Corrections and merged cards": "Correcties en samengevoegde passen",
    "Closing balance ({day})": "Eindsaldo ({day})",
    "From {start} to {end} customers redeemed {redeemed} points and {expired} points expired.":
        "Van {start} t/m {end} wisselden klanten {redeemed} punten in en vervielen {expired} punten.",
    "Estimated breakage: {rate} of the points that left customers' accounts expired.":
        "Geschatte breakage: {rate} van de punten die van klantrekeningen verdwenen, verviel.",
    "Not enough history to estimate the breakage: {months} months without a redeemed or expired point.":
        "Te weinig geschiedenis om de breakage te schatten: {months} maanden zonder ingewisseld of vervallen punt.",
    "Breakage rate used: {rate}, set by the owner.": "Gebruikte breakage: {rate}, ingesteld door de eigenaar.",
    "Revenue deferred for the {points} points not yet redeemed: {amount} ({value} a point, less {rate} expected breakage).":
        "Uitgestelde omzet voor de {points} nog niet ingewisselde punten: {amount} ({value} per punt, min {rate} verwachte breakage).",
    "Points liability statement": "Overzicht puntenverplichting",
    "The closing balance is the points outstanding on the dashboard at the month's end: points in lots still valid, worth {value} each. Expired means the points' date passed in the month, booked by the expiry run or not yet.":
        "Het eindsaldo is het aantal openstaande punten op het dashboard aan het eind van de maand: punten die nog geldig zijn, elk {value} waard. Vervallen betekent dat de datum van de punten in de maand verstreek, al dan niet al geboekt door de vervalrun.",
    "Deferred revenue (IFRS 15)": "Uitgestelde omzet (IFRS 15)",
    "Bonus points given without a sale are a marketing cost rather than deferred revenue; the accountant decides how to book them.":
        "Bonuspunten zonder verkoop zijn eerder marketingkosten dan uitgestelde omzet; de accountant beslist hoe ze te boeken.",
    # call list
    "Usually every": "Meestal elke",
    "Expected": "Verwacht",
    "Away": "Weg",
    "{days} days": "{days} dagen",
    "{times}×": "{times}×",
    "Customers with at least {visits} visits in the last {days} days whose time away is {factor} times their usual gap between visits or more, and who are not latent yet. Away: the time since the last visit in usual gaps.":
        "Klanten met minstens {visits} bezoeken in de laatste {days} dagen die {factor} keer hun gebruikelijke tijd tussen bezoeken of langer wegblijven, en nog niet latent zijn. Weg: de tijd sinds het laatste bezoek in gebruikelijke tussenpozen.",
    "Call list: regulars overdue": "Bellijst: vaste klanten die uitblijven",
    "No regular customer is overdue.": "Geen vaste klant blijft uit.",
    "Regulars to call before they turn latent, {day}": "Vaste klanten om te bellen voordat ze latent worden, {day}",
    # mailings with a control group
    "More came back than without the mailing: {low} to {high} percentage points more (95% sure).":
        "Er kwamen meer klanten terug dan zonder de mailing: {low} tot {high} procentpunt meer (95% zeker).",
    "Fewer came back than without the mailing: {low} to {high} percentage points (95% sure).":
        "Er kwamen minder klanten terug dan zonder de mailing: {low} tot {high} procentpunt (95% zeker).",
    "No clear difference: between {low} and {high} percentage points, which could be chance.":
        "Geen duidelijk verschil: tussen {low} en {high} procentpunt, en dat kan toeval zijn.",
    "Too few customers to tell (at least {minimum} in each group).":
        "Te weinig klanten om iets te zeggen (minstens {minimum} in elke groep).",
    "Nobody came back yet, mailed or held back.": "Nog niemand kwam terug, gemaild of achtergehouden.",
    "Within": "Binnen",
    "Mailed: came back": "Gemaild: kwam terug",
    "Held back: came back": "Achtergehouden: kwam terug",
    "Difference": "Verschil",
    "Extra revenue": "Extra omzet",
    "(so far)": "(tot nu toe)",
    "{name}, sent {day}: {mailed} mailed, {held} held back ({percent}%)":
        "{name}, verstuurd {day}: {mailed} gemaild, {held} achtergehouden ({percent}%)",
    "No mailings were sent.": "Er zijn geen mailings verstuurd.",
    "Did the mailings work?": "Werkten de mailings?",
    "Each mailing held a random share of its list back. Comparing who came back among those mailed and those held back shows what the mailing itself did.":
        "Elke mailing hield een willekeurig deel van de lijst achter. Wie terugkwam onder de gemailde en de achtergehouden klanten vergelijken laat zien wat de mailing zelf deed.",
    # staff patterns
    "Refunds after the customer spent points": "Retouren nadat de klant punten besteedde",
    "Points corrections": "Correcties",
    "Rewards in bursts": "Beloningen kort na elkaar",
    "Purchases just under a tier threshold": "Aankopen net onder een niveaugrens",
    "Voids": "Annuleringen",
    "Whole shop": "Hele winkel",
    "{points} points": "{points} punten",
    "tier at {amount}": "niveau bij {amount}",
    "purchase {number}": "aankoop {number}",
    "refund {number}": "retour {number}",
    "ledger entry {number}": "boeking {number}",
    "Counts with their rate per purchase (bursts: per reward handed out). '!' marks a rate at least {times} times the whole shop's on at least {cases} cases: worth a look, not proof of anything; most have a good reason. A burst is {size} or more rewards by one person at one counter within {minutes} minutes; just under a tier means within 5% below its threshold.":
        "Aantallen met hun aandeel per aankoop (kort na elkaar: per uitgereikte beloning). '!' markeert een aandeel van minstens {times} keer dat van de hele winkel bij minstens {cases} gevallen: het bekijken waard, geen bewijs van iets; meestal is er een goede reden. Kort na elkaar is {size} of meer beloningen door één persoon aan één kassa binnen {minutes} minuten; net onder een niveau betekent binnen 5% onder de grens.",
    "Staff patterns worth a look": "Patronen bij medewerkers om te bekijken",
    "What stands out per staff member and counter, from {start} to {end}":
        "Wat opvalt per medewerker en kassa, van {start} t/m {end}",
    "From {start} to {end}": "Van {start} t/m {end}",
    "Nothing was registered in this period.": "In deze periode is niets geregistreerd.",
}
