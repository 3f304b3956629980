<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CoreMessages</name>
    <message>
        <source>Enter or scan a card number.</source>
        <translation>Typ of scan een pasnummer.</translation>
    </message>
    <message>
        <source>'{text}' is not a card number: it must be digits only.</source>
        <translation>'{text}' is geen pasnummer: het bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <source>A card number has {digits} digits; '{card}' has {length}.</source>
        <translation>Een pasnummer heeft {digits} cijfers; '{card}' heeft er {length}.</translation>
    </message>
    <message>
        <source>'{card}' is not a valid card number: a digit is mistyped.</source>
        <translation>'{card}' is geen geldig pasnummer: er is een cijfer verkeerd getypt.</translation>
    </message>
    <message>
        <source>Enter an amount, for example 12,50.</source>
        <translation>Typ een bedrag, bijvoorbeeld 12,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Het bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>'{text}' is not an amount; type it like 12,50 or 12.50.</source>
        <translation>'{text}' is geen bedrag; typ het als 12,50 of 12.50.</translation>
    </message>
    <message>
        <source>'{text}' is unclear; type it without a thousands separator, like 1234,00.</source>
        <translation>'{text}' is onduidelijk; typ het zonder scheidingsteken voor duizendtallen, zoals 1234,00.</translation>
    </message>
    <message>
        <source>'{text}' is far too large for an amount.</source>
        <translation>'{text}' is veel te groot voor een bedrag.</translation>
    </message>
    <message>
        <source>{amount} is more than the maximum of {maximum}.</source>
        <translation>{amount} is meer dan het maximum van {maximum}.</translation>
    </message>
    <message>
        <source>Must be one of {choices}.</source>
        <translation>Kies uit {choices}.</translation>
    </message>
    <message>
        <source>Enter the shop's name (at most 80 characters).</source>
        <translation>Typ de naam van de winkel (hoogstens 80 tekens).</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Onbekende instelling.</translation>
    </message>
    <message>
        <source>Must be a whole number from {low} to {high}.</source>
        <translation>Moet een heel getal van {low} tot en met {high} zijn.</translation>
    </message>
    <message>
        <source>Tier '{tier}' needs a name and a spend of 0 or more.</source>
        <translation>Niveau '{tier}' heeft een naam en een besteding van 0 of meer nodig.</translation>
    </message>
    <message>
        <source>'{raw}' is not a date; type it like 22-11-2026.</source>
        <translation>'{raw}' is geen datum; typ hem als 22-11-2026.</translation>
    </message>
    <message>
        <source>At most {max_len} characters; this has {length}.</source>
        <translation>Hoogstens {max_len} tekens; dit zijn er {length}.</translation>
    </message>
    <message>
        <source>Contains a control character that cannot be printed.</source>
        <translation>Bevat een stuurteken dat niet afgedrukt kan worden.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Typ een naam.</translation>
    </message>
    <message>
        <source>A name is one line.</source>
        <translation>Een naam past op één regel.</translation>
    </message>
    <message>
        <source>'{text}' is not an e-mail address (like naam@voorbeeld.nl).</source>
        <translation>'{text}' is geen e-mailadres (zoals naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <source>'{text}' is not a phone number (like 06 12345678).</source>
        <translation>'{text}' is geen telefoonnummer (zoals 06 12345678).</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>Een verjaardag kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>That birthday is more than 120 years ago.</source>
        <translation>Die verjaardag is meer dan 120 jaar geleden.</translation>
    </message>
    <message>
        <source>{target} exists already; choose another file name.</source>
        <translation>{target} bestaat al; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>{path} is on a network share. SQLite cannot safely share a file between computers; for several counter PCs use a PostgreSQL server (--db postgresql+psycopg://user@server/shop).</source>
        <translation>{path} staat op een netwerkschijf. SQLite kan een bestand niet veilig tussen computers delen; gebruik voor meerdere kassa-pc's een PostgreSQL-server (--db postgresql+psycopg://gebruiker@server/winkel).</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Er is geen back-upbestand {path}.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this program: it has no schema version.</source>
        <translation>{path} is geen back-up van dit programma: er staat geen schemaversie in.</translation>
    </message>
    <message>
        <source>{path} has schema version '{revision}', which this program does not know: it was made by a newer version (update this program first) or by another program.</source>
        <translation>{path} heeft schemaversie '{revision}', die dit programma niet kent: hij is gemaakt door een nieuwere versie (werk dit programma eerst bij) of door een ander programma.</translation>
    </message>
    <message>
        <source>Only a SQLite database can be restored from a backup file.</source>
        <translation>Alleen een SQLite-database kan uit een back-upbestand worden teruggezet.</translation>
    </message>
    <message>
        <source>{source} is the database itself; choose a backup file.</source>
        <translation>{source} is de database zelf; kies een back-upbestand.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this program: it is not a SQLite database file.</source>
        <translation>{path} is geen back-up van dit programma: het is geen SQLite-databasebestand.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({error}); choose another backup.</source>
        <translation>{path} is beschadigd of geen database ({error}); kies een andere back-up.</translation>
    </message>
    <message>
        <source>The current database cannot be copied first ({error}), so it is not replaced; move {path} somewhere else and restore again.</source>
        <translation>De huidige database kan niet eerst gekopieerd worden ({error}), dus hij wordt niet vervangen; verplaats {path} naar een andere plek en zet opnieuw terug.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup.</source>
        <translation>{path} is beschadigd ({problem}); kies een andere back-up.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({error}); close the app on every counter and try again. Nothing was changed.</source>
        <translation>De back-up kon niet worden teruggezet ({error}); sluit de app op elke kassa en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Say why the points are corrected.</source>
        <translation>Zeg waarom de punten worden gecorrigeerd.</translation>
    </message>
    <message>
        <source>Enter a number of points other than zero.</source>
        <translation>Typ een aantal punten anders dan nul.</translation>
    </message>
    <message>
        <source>No customer with {what}.</source>
        <translation>Geen klant met {what}.</translation>
    </message>
    <message>
        <source>Only the owner may {what}.</source>
        <translation>Alleen de eigenaar mag {what}.</translation>
    </message>
    <message>
        <source>A customer cannot have joined in the future.</source>
        <translation>Een klant kan niet in de toekomst lid zijn geworden.</translation>
    </message>
    <message>
        <source>'{text}' is not yes or no (also ja/nee, 1/0, true/false).</source>
        <translation>'{text}' is geen ja of nee (ook yes/no, 1/0, true/false).</translation>
    </message>
    <message>
        <source>An opening balance cannot be negative.</source>
        <translation>Een beginsaldo kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>'{raw}' is not a whole number of points.</source>
        <translation>'{raw}' is geen heel aantal punten.</translation>
    </message>
    <message>
        <source>{value} points is more than the maximum of {maximum}.</source>
        <translation>{value} punten is meer dan het maximum van {maximum}.</translation>
    </message>
    <message>
        <source>No customer has card number {card}.</source>
        <translation>Geen klant heeft pasnummer {card}.</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>Kies twee verschillende klanten om samen te voegen.</translation>
    </message>
    <message>
        <source>Card number {card} belongs to another customer already.</source>
        <translation>Pasnummer {card} hoort al bij een andere klant.</translation>
    </message>
    <message>
        <source>An anonymised customer cannot be edited.</source>
        <translation>Een geanonimiseerde klant kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>Een klant kan zichzelf niet aanbrengen.</translation>
    </message>
    <message>
        <source>Both card numbers must belong to a customer.</source>
        <translation>Beide pasnummers moeten bij een klant horen.</translation>
    </message>
    <message>
        <source>One of these cards was merged into the other already.</source>
        <translation>Een van deze passen is al met de andere samengevoegd.</translation>
    </message>
    <message>
        <source>This customer is anonymised already.</source>
        <translation>Deze klant is al geanonimiseerd.</translation>
    </message>
    <message>
        <source>The demo fills an empty database, and this one has customers already; choose a new file with --db.</source>
        <translation>De demo vult een lege database, en deze heeft al klanten; kies een nieuw bestand met --db.</translation>
    </message>
    <message>
        <source>Choose from 1 to 1,000,000 customers.</source>
        <translation>Kies van 1 tot 1.000.000 klanten.</translation>
    </message>
    <message>
        <source>Choose from 1 to 120 months of history.</source>
        <translation>Kies van 1 tot 120 maanden geschiedenis.</translation>
    </message>
    <message>
        <source>Add a staff member before making demo data without the demo staff.</source>
        <translation>Voeg eerst een medewerker toe voordat je demogegevens zonder de demomedewerkers maakt.</translation>
    </message>
    <message>
        <source>No voucher with code {code}.</source>
        <translation>Geen waardebon met code {code}.</translation>
    </message>
    <message>
        <source>No purchase {number}.</source>
        <translation>Geen aankoop {number}.</translation>
    </message>
    <message>
        <source>Not enough points: {available} available, {points} needed.</source>
        <translation>Niet genoeg punten: {available} beschikbaar, {points} nodig.</translation>
    </message>
    <message>
        <source>A registration key is 1 to 64 characters.</source>
        <translation>Een registratiesleutel is 1 tot 64 tekens.</translation>
    </message>
    <message>
        <source>This registration key was already used for another customer's purchase.</source>
        <translation>Deze registratiesleutel is al gebruikt voor de aankoop van een andere klant.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Het bedrag moet meer dan nul zijn.</translation>
    </message>
    <message>
        <source>The part without points must be between zero and the amount.</source>
        <translation>Het deel zonder punten moet tussen nul en het bedrag liggen.</translation>
    </message>
    <message>
        <source>Say why the purchase is voided or refunded.</source>
        <translation>Zeg waarom de aankoop wordt geannuleerd of terugbetaald.</translation>
    </message>
    <message>
        <source>The amount to refund must be more than zero.</source>
        <translation>Het terug te betalen bedrag moet meer dan nul zijn.</translation>
    </message>
    <message>
        <source>No purchase number {purchase_id}.</source>
        <translation>Geen aankoop met nummer {purchase_id}.</translation>
    </message>
    <message>
        <source>This purchase was already refunded in full.</source>
        <translation>Deze aankoop is al helemaal terugbetaald.</translation>
    </message>
    <message>
        <source>At most {amount} of this purchase can still be refunded.</source>
        <translation>Van deze aankoop kan nog hoogstens {amount} worden terugbetaald.</translation>
    </message>
    <message>
        <source>Only a purchase with no refunds yet can be voided; refund the rest instead.</source>
        <translation>Alleen een aankoop zonder terugbetalingen kan worden geannuleerd; betaal in plaats daarvan de rest terug.</translation>
    </message>
    <message>
        <source>{amount} is more than the largest purchase allowed ({maximum}); check the amount.</source>
        <translation>{amount} is meer dan de grootste toegestane aankoop ({maximum}); controleer het bedrag.</translation>
    </message>
    <message>
        <source>This customer was anonymised and can no longer collect points.</source>
        <translation>Deze klant is geanonimiseerd en kan geen punten meer sparen.</translation>
    </message>
    <message>
        <source>No reward '{text}'.</source>
        <translation>Geen beloning '{text}'.</translation>
    </message>
    <message>
        <source>A redemption key is 1 to 64 characters.</source>
        <translation>Een inwisselsleutel is 1 tot 64 tekens.</translation>
    </message>
    <message>
        <source>This redemption key was already used for another customer.</source>
        <translation>Deze inwisselsleutel is al gebruikt voor een andere klant.</translation>
    </message>
    <message>
        <source>'{chosen}' is no longer offered.</source>
        <translation>'{chosen}' wordt niet meer aangeboden.</translation>
    </message>
    <message>
        <source>This customer was anonymised.</source>
        <translation>Deze klant is geanonimiseerd.</translation>
    </message>
    <message>
        <source>Choose financial, social-emotional or structural.</source>
        <translation>Kies financieel, sociaal-emotioneel of structureel.</translation>
    </message>
    <message>
        <source>Choose the kind of reward.</source>
        <translation>Kies het soort beloning.</translation>
    </message>
    <message>
        <source>The cost is a whole number of points, 0 or more.</source>
        <translation>De prijs is een heel aantal punten, 0 of meer.</translation>
    </message>
    <message>
        <source>A reward is valid for 1 to 3650 days.</source>
        <translation>Een beloning is 1 tot 3650 dagen geldig.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Een pincode is 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>The role is owner or staff.</source>
        <translation>De rol is eigenaar of medewerker.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {minutes} minute(s).</source>
        <translation>Te vaak een verkeerde pincode: probeer het over {minutes} minuut/minuten opnieuw.</translation>
    </message>
    <message>
        <source>This staff member cannot sign in.</source>
        <translation>Deze medewerker kan niet aanmelden.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Verkeerde pincode.</translation>
    </message>
    <message>
        <source>There is a staff member called {name} already.</source>
        <translation>Er is al een medewerker met de naam {name}.</translation>
    </message>
    <message>
        <source>Only the owner can add staff.</source>
        <translation>Alleen de eigenaar kan medewerkers toevoegen.</translation>
    </message>
    <message>
        <source>Unknown question.</source>
        <translation>Onbekende vraag.</translation>
    </message>
    <message>
        <source>Choose a score from 0 to 10.</source>
        <translation>Kies een score van 0 tot 10.</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to 10.</source>
        <translation>Een score is een heel getal van 0 tot 10.</translation>
    </message>
    <message>
        <source>Only a SQLite database file can be backed up and restored this way.</source>
        <translation>Alleen een SQLite-databasebestand kan zo worden geback-upt en teruggezet.</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: {postgresql_hint}</source>
        <translation>Deze database staat op een PostgreSQL-server: {postgresql_hint}</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Er is geen database op {path}.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Er is geen bestand {file}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {strerror}.</source>
        <translation>{file} kan niet worden gelezen: {strerror}.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another file name.</source>
        <translation>{file} bestaat al; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {strerror}.</source>
        <translation>{file} kan niet worden geschreven: {strerror}.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Scan a card or type a name or phone</source>
        <translation>Scan een pas of typ naam of telefoon</translation>
    </message>
    <message>
        <source>Find a customer by card, name, phone, e-mail or postcode (Ctrl+F); Esc comes back here</source>
        <translation>Zoek een klant op pas, naam, telefoon, e-mail of postcode (Ctrl+F); Esc brengt je hier terug</translation>
    </message>
    <message>
        <source>Scan the customer's card or search for them on the left.

New customer: F2</source>
        <translation>Scan de klantenpas of zoek de klant links.

Nieuwe klant: F2</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or add a new customer (F2).</source>
        <translation>Niemand gevonden. Controleer de spelling of voeg een nieuwe klant toe (F2).</translation>
    </message>
    <message>
        <source>This card number has a mistyped digit. Scan or type it again.</source>
        <translation>In dit pasnummer is een cijfer verkeerd. Scan of typ het opnieuw.</translation>
    </message>
    <message>
        <source>No customer has card {card}.</source>
        <translation>Geen klant heeft pas {card}.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Klant wijzigen</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <source>Referred by (card number)</source>
        <translation>Aangebracht door (pasnummer)</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, optional</source>
        <translation>dd-mm-jjjj, niet verplicht</translation>
    </message>
    <message>
        <source>May receive mail from the shop</source>
        <translation>Wil post van de winkel ontvangen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>{name} is now a member. Their card number:</source>
        <translation>{name} is nu lid. Het pasnummer:</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>purchase</source>
        <translation>aankoop</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>beloning</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correctie</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>welkomstbonus</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>verjaardagsbonus</translation>
    </message>
    <message>
        <source>referral bonus</source>
        <translation>wervingspremie</translation>
    </message>
    <message>
        <source>milestone bonus</source>
        <translation>mijlpaalbonus</translation>
    </message>
    <message>
        <source>opening balance</source>
        <translation>beginsaldo</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <source>newcomer</source>
        <translation>nieuwkomer</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>terugkerend</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>Birthday today!</source>
        <translation>Vandaag jarig!</translation>
    </message>
    <message>
        <source>Birthday in {n} days</source>
        <translation>Over {n} dagen jarig</translation>
    </message>
    <message>
        <source>First visit: welcome them!</source>
        <translation>Eerste bezoek: heet ze welkom!</translation>
    </message>
    <message>
        <source>This is visit number {n}</source>
        <translation>Dit is bezoek nummer {n}</translation>
    </message>
    <message>
        <source>Back after {n} days away</source>
        <translation>Terug na {n} dagen weg</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Amount, like {example}</source>
        <translation>Bedrag, zoals {example}</translation>
    </message>
    <message>
        <source>Type the amount and press Enter to book it</source>
        <translation>Typ het bedrag en druk op Enter om het te boeken</translation>
    </message>
    <message>
        <source>Book purchase</source>
        <translation>Aankoop boeken</translation>
    </message>
    <message>
        <source>Book the purchase (Enter)</source>
        <translation>De aankoop boeken (Enter)</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>Nieuwe aankoop</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Void this purchase again (Ctrl+Z)</source>
        <translation>Deze aankoop weer schrappen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Reward… (F6)</source>
        <translation>Beloning… (F6)</translation>
    </message>
    <message>
        <source>Feedback… (F7)</source>
        <translation>Feedback… (F7)</translation>
    </message>
    <message>
        <source>Refund selected purchase…</source>
        <translation>Gekozen aankoop terugbetalen…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>What did the customer tell you? (Remember it for next time.)</source>
        <translation>Wat vertelde de klant? (Onthoud het voor de volgende keer.)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>Puntenhistorie</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Pas {card}</translation>
    </message>
    <message>
        <source>tier {tier}</source>
        <translation>niveau {tier}</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>{n} bezoeken</translation>
    </message>
    <message>
        <source>member since {day}</source>
        <translation>lid sinds {day}</translation>
    </message>
    <message>
        <source>{n} can be spent</source>
        <translation>{n} te besteden</translation>
    </message>
    <message>
        <source>{n} pending</source>
        <translation>{n} in afwachting</translation>
    </message>
    <message>
        <source>{n} expire on {day}</source>
        <translation>{n} vervallen op {day}</translation>
    </message>
    <message>
        <source>Preferences: {text}</source>
        <translation>Voorkeuren: {text}</translation>
    </message>
    <message>
        <source>{amount} earns {n} points</source>
        <translation>{amount} levert {n} punten op</translation>
    </message>
    <message>
        <source>Booked {amount}: +{points} points. New balance: {balance}.</source>
        <translation>Geboekt {amount}: +{points} punten. Nieuw saldo: {balance}.</translation>
    </message>
    <message>
        <source>Undone at the counter right after booking</source>
        <translation>Aan de kassa direct na het boeken teruggedraaid</translation>
    </message>
    <message>
        <source>The purchase was voided; its points are taken back.</source>
        <translation>De aankoop is geschrapt; de punten zijn teruggenomen.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Pas</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Only the owner may do this.</source>
        <translation>Alleen de eigenaar mag dit doen.</translation>
    </message>
    <message>
        <source>The database is busy at another counter. Wait a moment and try again.</source>
        <translation>De database is bezig bij een andere kassa. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that the server PC is on and connected to the network, then try again.</source>
        <translation>De databaseserver is niet bereikbaar. Controleer of de server-pc aan staat en op het netwerk is aangesloten, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the latest backup (loyalty restore) or call for support.</source>
        <translation>Het databasebestand is beschadigd. Zet de laatste back-up terug (loyalty restore) of bel voor ondersteuning.</translation>
    </message>
    <message>
        <source>The database cannot be used right now. Try again; if it keeps happening, call for support.</source>
        <translation>De database is nu niet te gebruiken. Probeer het opnieuw; blijft het gebeuren, bel dan voor ondersteuning.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved.</source>
        <translation>Er ging iets mis. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <source>Details are in the log file: {path}</source>
        <translation>Details staan in het logbestand: {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{shop} — Loyalty</source>
        <translation>{shop} — Loyalty</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Winkel</translation>
    </message>
    <message>
        <source>&amp;Switch user / lock</source>
        <translation>&amp;Wissel gebruiker / vergrendel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nieuwe klant…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>Klant &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Feedback without a customer…</source>
        <translation>&amp;Feedback zonder klant…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>Dubbele klanten &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Terug naar zoeken</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Aangemeld: {name} ({role})</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Close the app?</source>
        <translation>De app afsluiten?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van de app.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate customers</source>
        <translation>Dubbele klanten samenvoegen</translation>
    </message>
    <message>
        <source>Keep (card number)</source>
        <translation>Bewaren (pasnummer)</translation>
    </message>
    <message>
        <source>Duplicate (card number)</source>
        <translation>Dubbele (pasnummer)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>The duplicate's points, purchases and rewards move to the customer kept; its card keeps working. This cannot be undone.</source>
        <translation>De punten, aankopen en beloningen van de dubbele klant gaan naar de klant die blijft; de pas blijft werken. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <source>Financial</source>
        <translation>Financieel</translation>
    </message>
    <message>
        <source>Social-emotional</source>
        <translation>Sociaal-emotioneel</translation>
    </message>
    <message>
        <source>Structural</source>
        <translation>Structureel</translation>
    </message>
    <message>
        <source>Reward for {name}</source>
        <translation>Beloning voor {name}</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>enough points</source>
        <translation>genoeg punten</translation>
    </message>
    <message>
        <source>{n} more needed</source>
        <translation>nog {n} nodig</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>Uitreiken</translation>
    </message>
    <message>
        <source>{n} points can be spent.</source>
        <translation>{n} punten te besteden.</translation>
    </message>
    <message>
        <source> Valid until {day}.</source>
        <translation> Geldig tot {day}.</translation>
    </message>
    <message>
        <source>Reward handed out</source>
        <translation>Beloning uitgereikt</translation>
    </message>
    <message>
        <source>Voucher code: {code}.{until}</source>
        <translation>Voucher-code: {code}.{until}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <source>For example: returned, broken, wrong size</source>
        <translation>Bijvoorbeeld: teruggebracht, kapot, verkeerde maat</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Terug te betalen bedrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Purchase of {when}: {amount}; {left} can still be refunded.</source>
        <translation>Aankoop van {when}: {amount}; nog {left} terug te betalen.</translation>
    </message>
    <message>
        <source>Say why the purchase is refunded.</source>
        <translation>Zeg waarom de aankoop wordt terugbetaald.</translation>
    </message>
    <message>
        <source>Type an amount of at most {left}.</source>
        <translation>Typ een bedrag van hoogstens {left}.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to Loyalty</source>
        <translation>Welkom bij Loyalty</translation>
    </message>
    <message>
        <source>Fill the shop with demo customers, so I can look around first</source>
        <translation>Vul de winkel met demoklanten, zodat ik eerst kan rondkijken</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Naam van de winkel</translation>
    </message>
    <message>
        <source>Your name (owner)</source>
        <translation>Je naam (eigenaar)</translation>
    </message>
    <message>
        <source>Choose a PIN (4-8 digits)</source>
        <translation>Kies een pincode (4-8 cijfers)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Pincode nogmaals</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Set up your shop. You can change all of this later.</source>
        <translation>Richt je winkel in. Je kunt dit allemaal later wijzigen.</translation>
    </message>
    <message>
        <source>Enter the shop's name.</source>
        <translation>Vul de naam van de winkel in.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Vul je naam in.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Een pincode heeft 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Making demo customers…</source>
        <translation>Demoklanten maken…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {shop}</source>
        <translation>Aanmelden — {shop}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>Je pincode:</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Verkeerde pincode. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>How likely is it that you would recommend us to a friend?</source>
        <translation>Hoe waarschijnlijk is het dat je ons aanbeveelt bij een vriend?</translation>
    </message>
    <message>
        <source>How likely are you to buy here again? (optional)</source>
        <translation>Hoe waarschijnlijk is het dat je hier weer koopt? (niet verplicht)</translation>
    </message>
    <message>
        <source>How likely are you to try other products of ours? (optional)</source>
        <translation>Hoe waarschijnlijk is het dat je andere producten van ons probeert? (niet verplicht)</translation>
    </message>
    <message>
        <source>How satisfied are you with us? (optional)</source>
        <translation>Hoe tevreden ben je over ons? (niet verplicht)</translation>
    </message>
    <message>
        <source>What did they say? (optional)</source>
        <translation>Wat zeiden ze? (niet verplicht)</translation>
    </message>
</context>
</TS>