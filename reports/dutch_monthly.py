"""Dutch for the monthly report's summary, comparisons and added sections (issue 15),
merged into reports.language.DUTCH; the words of the measures are the dashboard's."""

DUTCH_MONTHLY: dict[str, str] = {
    # the summary (desktop.core.advice's lines)
    "In short": "In het kort",
    "NPS rose from {before} to {now}.": "De NPS steeg van {before} naar {now}.",
    "NPS fell from {before} to {now}.": "De NPS daalde van {before} naar {now}.",
    "NPS stayed at {now}.": "De NPS bleef {now}.",
    "({answers} answers: too few to compare)": "({answers} antwoorden: te weinig om te vergelijken)",
    "({answers} answers: too few to judge)": "({answers} antwoorden: te weinig om te beoordelen)",
    "More customers bought: {now} against {before} the month before.":
        "Meer klanten kochten iets: {now} tegen {before} de maand ervoor.",
    "Fewer customers bought: {now} against {before} the month before.":
        "Minder klanten kochten iets: {now} tegen {before} de maand ervoor.",
    "As many customers bought as the month before: {now}.": "Evenveel klanten kochten iets als de maand ervoor: {now}.",
    "Revenue from members rose from {before} to {now}.": "De omzet van leden steeg van {before} naar {now}.",
    "Revenue from members fell from {before} to {now}.": "De omzet van leden daalde van {before} naar {now}.",
    "Revenue from members stayed at {now}.": "De omzet van leden bleef {now}.",
    "Churn rose from {before} to {now}: fewer of last month's buyers came back.":
        "Het klantverloop steeg van {before} naar {now}: minder kopers van vorige maand kwamen terug.",
    "Churn fell from {before} to {now}: more of last month's buyers came back.":
        "Het klantverloop daalde van {before} naar {now}: meer kopers van vorige maand kwamen terug.",
    "Churn stayed at {now}.": "Het klantverloop bleef {now}.",
    "{count} of {answers} answers ({share}) scored 7 or 8: satisfied, not yet loyal. Give them something extra, a personal moment rather than a discount.":
        "{count} van de {answers} antwoorden ({share}) gaven een 7 of 8: tevreden, nog niet loyaal. Geef ze iets extra's, liever een persoonlijk moment dan korting.",
    "Answers of 6 or lower (detractors): {count}. Call them back; their phone numbers are in the list below.":
        "Antwoorden van 6 of lager (criticasters): {count}. Bel ze terug; hun telefoonnummers staan in de lijst hieronder.",
    "{points} points worth {amount} expire in {month}; customers holding them: {customers}. Remind them to spend them.":
        "{points} punten ter waarde van {amount} vervallen in {month}; klanten die ze hebben: {customers}. Herinner ze eraan ze te besteden.",
    "Latent customers who may be mailed: {mailable}; with a street address for a letter: {letters}, without: {missing}.":
        "Latente klanten die post mogen ontvangen: {mailable}; met een straatadres voor een brief: {letters}, zonder: {missing}.",
    "{n} out of 10 rewards were {level} in {month}; {suggestion}.": "{n} van de 10 beloningen waren in {month} {level}; {suggestion}.",
    "financial": "financieel",
    "social-emotional": "sociaal-emotioneel",
    "structural": "structureel",
    # the retention view's words (desktop/ui/programme/retention_view.py)
    "consider a social-emotional moment: a birthday surprise, a thank-you card, an invitation to a tour or a preview evening":
        "overweeg een sociaal-emotioneel moment: een verjaardagsverrassing, een bedankkaartje, een uitnodiging voor een rondleiding of een voorproefavond",
    "consider a structural service: a subscription, a reservation service or after-sales reminders":
        "overweeg een structurele service: een abonnement, een reserveerservice of onderhoudsherinneringen",
    "consider a financial reward: a stamp card or a member price": "overweeg een financiële beloning: een stempelkaart of een ledenprijs",
    "{n} out of 10 rewards were {level} in this period; {suggestion}.": "{n} van de 10 beloningen waren in deze periode {level}; {suggestion}.",
    "No rewards were handed out in this period.": "In deze periode zijn geen beloningen uitgereikt.",
    "Rewards handed out in this period: {count}, too few to judge the balance.":
        "Beloningen uitgereikt in deze periode: {count}, te weinig om de balans te beoordelen.",
    "The three levels are in balance in this period.": "De drie niveaus zijn in deze periode in balans.",
    "One level holding {share} or more of the rewards dominates.": "Een niveau met {share} of meer van de beloningen overheerst.",
    # key figures and the added tables
    "Same month last year": "Zelfde maand vorig jaar",
    # customers per tier (reports/monthly_tiers.py)
    "Customers per tier": "Klanten per niveau",
    "Tier at the month's end": "Niveau aan het eind van de maand",
    "No tier": "Geen niveau",
    "A tier follows what a customer spent in the 12 months before the day, or before their last membership anniversary if that was more.":
        "Het niveau volgt wat een klant besteedde in de 12 maanden tot die dag, of in de 12 maanden voor de laatste verjaardag van het lidmaatschap als dat meer was.",
    "Satisfied but not loyal (7-8)": "Tevreden maar niet loyaal (7-8)",
    "Fewer than {minimum} survey answers in one of the two months: too few to compare.":
        "Minder dan {minimum} enquêteantwoorden in een van beide maanden: te weinig om te vergelijken.",
    "Fewer than {minimum} survey answers in this month or the same month last year: too few to compare.":
        "Minder dan {minimum} enquêteantwoorden in deze maand of dezelfde maand vorig jaar: te weinig om te vergelijken.",
    "In {month}, {points} of those points expire, worth {amount}; customers holding them: {customers}.":
        "In {month} vervallen {points} van die punten, {amount} waard; klanten die ze hebben: {customers}.",
    "of whom have a street address for a letter": "van wie met een straatadres voor een brief",
    "fewer than {minimum} answers": "minder dan {minimum} antwoorden",
    "Under each month of the NPS chart: its survey answers. An open dot rests on fewer than {minimum}: too few to compare with another month.":
        "Onder elke maand van de NPS-grafiek: het aantal enquêteantwoorden. Een open stip rust op minder dan {minimum}: te weinig om met een andere maand te vergelijken.",
    "How likely to recommend us": "Hoe graag raden ze ons aan",
    "Promoters (9-10)": "Promotors (9-10)",
    "Detractors (0-6)": "Criticasters (0-6)",
    "The three levels of retention": "De drie niveaus van klantenbinding",
    "Retention level": "Niveau van klantenbinding",
    "Rewards handed out": "Beloningen uitgereikt",
    "Vouchers used": "Bonnen gebruikt",
    "Customers reached": "Klanten bereikt",
    "Detractors to call back": "Criticasters om terug te bellen",
    "Answers of 6 or lower this month, newest first: a call often turns a detractor around.":
        "Antwoorden van 6 of lager deze maand, nieuwste eerst: een telefoontje maakt van een criticaster vaak weer een tevreden klant.",
    "The dashboard lists all {count}.": "Het dashboard toont ze alle {count}.",
}
