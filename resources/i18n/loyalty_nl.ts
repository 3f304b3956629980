<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../desktop/ui/counter/counter_page.py" line="31"/>
        <source>Scan a card or type a name or phone</source>
        <translation>Scan een pas of typ naam of telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/counter_page.py" line="37"/>
        <source>Find a customer by card, name, phone, e-mail or postcode (Ctrl+F); Esc comes back here</source>
        <translation>Zoek een klant op pas, naam, telefoon, e-mail of postcode (Ctrl+F); Esc brengt je hier terug</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/counter_page.py" line="57"/>
        <source>Scan the customer&apos;s card or search for them on the left.

New customer: F2</source>
        <translation>Scan de klantenpas of zoek de klant links.

Nieuwe klant: F2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/counter_page.py" line="125"/>
        <source>Nobody found. Check the spelling, or add a new customer (F2).</source>
        <translation>Niemand gevonden. Controleer de spelling of voeg een nieuwe klant toe (F2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/counter_page.py" line="129"/>
        <source>This card number has a mistyped digit. Scan or type it again.</source>
        <translation>In dit pasnummer is een cijfer verkeerd. Scan of typ het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/counter_page.py" line="135"/>
        <source>No customer has card {card}.</source>
        <translation>Geen klant heeft pas {card}.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="30"/>
        <location filename="../../desktop/ui/customer_dialog.py" line="118"/>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="30"/>
        <source>Edit customer</source>
        <translation>Klant wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="36"/>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="36"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="37"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="37"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="38"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="38"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="39"/>
        <source>Referred by (card number)</source>
        <translation>Aangebracht door (pasnummer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="45"/>
        <source>dd-mm-yyyy, optional</source>
        <translation>dd-mm-jjjj, niet verplicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="46"/>
        <source>May receive mail from the shop</source>
        <translation>Wil post van de winkel ontvangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="51"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="108"/>
        <source>Enter a name of at most 120 characters, on one line.</source>
        <translation>Vul een naam in van hoogstens 120 tekens, op één regel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="109"/>
        <source>This is not a phone number; type it like 06 12345678.</source>
        <translation>Dit is geen telefoonnummer; typ het zoals 06 12345678.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="110"/>
        <source>This is not an e-mail address; type it like naam@voorbeeld.nl.</source>
        <translation>Dit is geen e-mailadres; typ het zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="111"/>
        <source>Type a date like 22-11-1980; it cannot be in the future.</source>
        <translation>Typ een datum zoals 22-11-1980; die kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="112"/>
        <source>No customer has this card number; check it or leave it empty.</source>
        <translation>Geen klant heeft dit pasnummer; controleer het of laat het leeg.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="114"/>
        <source>This is too long or holds a character that cannot be printed.</source>
        <translation>Dit is te lang of bevat een teken dat niet af te drukken is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="119"/>
        <source>{name} is now a member. Their card number:</source>
        <translation>{name} is nu lid. Het pasnummer:</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="35"/>
        <source>purchase</source>
        <translation>aankoop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="35"/>
        <source>reward</source>
        <translation>beloning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="35"/>
        <source>refund</source>
        <translation>retour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="36"/>
        <source>expired</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="36"/>
        <source>correction</source>
        <translation>correctie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="36"/>
        <source>welcome bonus</source>
        <translation>welkomstbonus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="37"/>
        <source>birthday bonus</source>
        <translation>verjaardagsbonus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="37"/>
        <source>referral bonus</source>
        <translation>wervingspremie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="38"/>
        <source>milestone bonus</source>
        <translation>mijlpaalbonus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="38"/>
        <source>opening balance</source>
        <translation>beginsaldo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="39"/>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="45"/>
        <source>newcomer</source>
        <translation>nieuwkomer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="45"/>
        <source>returning</source>
        <translation>terugkerend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="46"/>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="51"/>
        <source>Birthday today!</source>
        <translation>Vandaag jarig!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="51"/>
        <source>Birthday in {n} days</source>
        <translation>Over {n} dagen jarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="53"/>
        <source>First visit: welcome them!</source>
        <translation>Eerste bezoek: heet ze welkom!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="55"/>
        <source>This is visit number {n}</source>
        <translation>Dit is bezoek nummer {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="56"/>
        <source>Back after {n} days away</source>
        <translation>Terug na {n} dagen weg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="93"/>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="140"/>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="141"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="98"/>
        <source>Amount, like {example}</source>
        <translation>Bedrag, zoals {example}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="103"/>
        <source>Type the amount and press Enter to book it</source>
        <translation>Typ het bedrag en druk op Enter om het te boeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="106"/>
        <source>Book purchase</source>
        <translation>Aankoop boeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="109"/>
        <source>Book the purchase (Enter)</source>
        <translation>De aankoop boeken (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="113"/>
        <source>New purchase</source>
        <translation>Nieuwe aankoop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="121"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="123"/>
        <source>Void this purchase again (Ctrl+Z)</source>
        <translation>Deze aankoop weer schrappen (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="129"/>
        <source>Reward… (F6)</source>
        <translation>Beloning… (F6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="130"/>
        <source>Feedback… (F7)</source>
        <translation>Feedback… (F7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="131"/>
        <source>Refund selected purchase…</source>
        <translation>Gekozen aankoop terugbetalen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="140"/>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="141"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="140"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="140"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="141"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="141"/>
        <source>Refunded</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="143"/>
        <source>What did the customer tell you? (Remember it for next time.)</source>
        <translation>Wat vertelde de klant? (Onthoud het voor de volgende keer.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="144"/>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="154"/>
        <source>Points history</source>
        <translation>Puntenhistorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="159"/>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="160"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="213"/>
        <source>Card {card}</source>
        <translation>Pas {card}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="214"/>
        <source>tier {tier}</source>
        <translation>niveau {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="215"/>
        <source>{n} visits</source>
        <translation>{n} bezoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="215"/>
        <source>member since {day}</source>
        <translation>lid sinds {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="222"/>
        <source>{n} can be spent</source>
        <translation>{n} te besteden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="224"/>
        <source>{n} pending</source>
        <translation>{n} in afwachting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="226"/>
        <source>{n} expire on {day}</source>
        <translation>{n} vervallen op {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="243"/>
        <source>Preferences: {text}</source>
        <translation>Voorkeuren: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="265"/>
        <source>{amount} earns {n} points</source>
        <translation>{amount} levert {n} punten op</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="271"/>
        <source>The amount cannot be negative.</source>
        <translation>Het bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="273"/>
        <source>That is more than the largest purchase allowed. Check the amount.</source>
        <translation>Dat is meer dan de grootste toegestane aankoop. Controleer het bedrag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="274"/>
        <source>Type an amount like {example}.</source>
        <translation>Typ een bedrag zoals {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="292"/>
        <source>Booked {amount}: +{points} points. New balance: {balance}.</source>
        <translation>Geboekt {amount}: +{points} punten. Nieuw saldo: {balance}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="303"/>
        <source>Undone at the counter right after booking</source>
        <translation>Aan de kassa direct na het boeken teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/customer_panel.py" line="309"/>
        <source>The purchase was voided; its points are taken back.</source>
        <translation>De aankoop is geschrapt; de punten zijn teruggenomen.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <location filename="../../desktop/ui/counter/search_model.py" line="21"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/search_model.py" line="21"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/search_model.py" line="21"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/search_model.py" line="21"/>
        <source>Card</source>
        <translation>Pas</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="27"/>
        <source>The database is busy at another counter. Wait a moment and try again.</source>
        <translation>De database is bezig bij een andere kassa. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="29"/>
        <source>The database server cannot be reached. Check that the server PC is on and connected to the network, then try again.</source>
        <translation>De databaseserver is niet bereikbaar. Controleer of de server-pc aan staat en op het netwerk is aangesloten, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="32"/>
        <source>The database file is damaged. Restore the latest backup (loyalty restore) or call for support.</source>
        <translation>Het databasebestand is beschadigd. Zet de laatste back-up terug (loyalty restore) of bel voor ondersteuning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="34"/>
        <source>The database cannot be used right now. Try again; if it keeps happening, call for support.</source>
        <translation>De database is nu niet te gebruiken. Probeer het opnieuw; blijft het gebeuren, bel dan voor ondersteuning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="35"/>
        <source>Something went wrong. Nothing was saved.</source>
        <translation>Er ging iets mis. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="41"/>
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="43"/>
        <source>Details are in the log file: {path}</source>
        <translation>Details staan in het logbestand: {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="33"/>
        <source>{shop} — Loyalty</source>
        <translation>{shop} — Loyalty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="54"/>
        <source>&amp;Shop</source>
        <translation>&amp;Winkel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <source>&amp;Switch user / lock</source>
        <translation>&amp;Wissel gebruiker / vergrendel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="56"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="60"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nieuwe klant…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="64"/>
        <source>&amp;Edit customer…</source>
        <translation>Klant &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="65"/>
        <source>&amp;Feedback without a customer…</source>
        <translation>&amp;Feedback zonder klant…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <source>&amp;Merge duplicates…</source>
        <translation>Dubbele klanten &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>Back to the search</source>
        <translation>Terug naar zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Aangemeld: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <source>Close the app?</source>
        <translation>De app afsluiten?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>The new language is used from the next start of the app.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van de app.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="20"/>
        <source>Merge duplicate customers</source>
        <translation>Dubbele klanten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="26"/>
        <source>Keep (card number)</source>
        <translation>Bewaren (pasnummer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="27"/>
        <source>Duplicate (card number)</source>
        <translation>Dubbele (pasnummer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="29"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="32"/>
        <source>The duplicate&apos;s points, purchases and rewards move to the customer kept; its card keeps working. This cannot be undone.</source>
        <translation>De punten, aankopen en beloningen van de dubbele klant gaan naar de klant die blijft; de pas blijft werken. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="25"/>
        <source>Financial</source>
        <translation>Financieel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="26"/>
        <source>Social-emotional</source>
        <translation>Sociaal-emotioneel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="27"/>
        <source>Structural</source>
        <translation>Structureel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="38"/>
        <source>Reward for {name}</source>
        <translation>Beloning voor {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="41"/>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="41"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="55"/>
        <source>enough points</source>
        <translation>genoeg punten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="55"/>
        <source>{n} more needed</source>
        <translation>nog {n} nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="63"/>
        <source>Hand out</source>
        <translation>Uitreiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="71"/>
        <source>{n} points can be spent.</source>
        <translation>{n} punten te besteden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="85"/>
        <source> Valid until {day}.</source>
        <translation> Geldig tot {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="87"/>
        <source>Reward handed out</source>
        <translation>Beloning uitgereikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/redeem_dialog.py" line="88"/>
        <source>Voucher code: {code}.{until}</source>
        <translation>Voucher-code: {code}.{until}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="23"/>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="35"/>
        <source>Refund</source>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="28"/>
        <source>For example: returned, broken, wrong size</source>
        <translation>Bijvoorbeeld: teruggebracht, kapot, verkeerde maat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="32"/>
        <source>Amount to refund</source>
        <translation>Terug te betalen bedrag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="33"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="39"/>
        <source>Purchase of {when}: {amount}; {left} can still be refunded.</source>
        <translation>Aankoop van {when}: {amount}; nog {left} terug te betalen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="49"/>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="57"/>
        <source>Say why the purchase is refunded.</source>
        <translation>Zeg waarom de aankoop wordt terugbetaald.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/refund_dialog.py" line="59"/>
        <source>Type an amount of at most {left}.</source>
        <translation>Typ een bedrag van hoogstens {left}.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="26"/>
        <source>Welcome to Loyalty</source>
        <translation>Welkom bij Loyalty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="32"/>
        <source>Fill the shop with demo customers, so I can look around first</source>
        <translation>Vul de winkel met demoklanten, zodat ik eerst kan rondkijken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="37"/>
        <source>Shop name</source>
        <translation>Naam van de winkel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="38"/>
        <source>Your name (owner)</source>
        <translation>Je naam (eigenaar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="39"/>
        <source>Choose a PIN (4-8 digits)</source>
        <translation>Kies een pincode (4-8 cijfers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="40"/>
        <source>PIN again</source>
        <translation>Pincode nogmaals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="44"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="49"/>
        <source>Set up your shop. You can change all of this later.</source>
        <translation>Richt je winkel in. Je kunt dit allemaal later wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="63"/>
        <source>Enter the shop&apos;s name.</source>
        <translation>Vul de naam van de winkel in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="67"/>
        <source>Enter your name.</source>
        <translation>Vul je naam in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="71"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Een pincode heeft 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="73"/>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/setup_dialog.py" line="89"/>
        <source>Making demo customers…</source>
        <translation>Demoklanten maken…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="21"/>
        <source>Sign in — {shop}</source>
        <translation>Aanmelden — {shop}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="26"/>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="26"/>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="33"/>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="36"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="41"/>
        <source>Who are you?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="43"/>
        <source>Your PIN:</source>
        <translation>Je pincode:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="56"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Verkeerde pincode. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../desktop/ui/counter/survey_dialog.py" line="22"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/survey_dialog.py" line="24"/>
        <source>How likely is it that you would recommend us to a friend?</source>
        <translation>Hoe waarschijnlijk is het dat je ons aanbeveelt bij een vriend?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/survey_dialog.py" line="25"/>
        <source>How likely are you to buy here again? (optional)</source>
        <translation>Hoe waarschijnlijk is het dat je hier weer koopt? (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/survey_dialog.py" line="26"/>
        <source>How likely are you to try other products of ours? (optional)</source>
        <translation>Hoe waarschijnlijk is het dat je andere producten van ons probeert? (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/survey_dialog.py" line="27"/>
        <source>How satisfied are you with us? (optional)</source>
        <translation>Hoe tevreden ben je over ons? (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter/survey_dialog.py" line="46"/>
        <source>What did they say? (optional)</source>
        <translation>Wat zeiden ze? (niet verplicht)</translation>
    </message>
</context>
</TS>
