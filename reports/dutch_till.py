"""Dutch for the monthly report's section on the members' share of revenue (reports.members_share),
merged into reports.language.DUTCH."""

DUTCH_TILL: dict[str, str] = {
    "Members' share of revenue": "Aandeel leden in de omzet",
    "Figure": "Cijfer",
    "{entered} of {days}": "{entered} van {days}",
    "Days with a till total": "Dagen met een kassatotaal",
    "Till total": "Kassatotaal",
    "Revenue from members (less refunds)": "Omzet van leden (min retouren)",
    "No till total is entered for {month}. Enter what the till took each day (Programme, Till totals, or "
    "loyalty till) to see which share of the revenue comes from members.":
        "Voor {month} is geen kassatotaal ingevoerd. Voer per dag in wat de kassa ontving (Programma, "
        "Kassatotalen, of loyalty till) om te zien welk deel van de omzet van leden komt.",
    "The share is given for a month whose till total is entered for every day, or as one month total.":
        "Het aandeel staat er voor een maand waarvan het kassatotaal voor elke dag is ingevoerd, of als één "
        "maandtotaal.",
}
