<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Loyalty</source>
        <translation>Over Loyalty</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loyalty&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Loyalty&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Loyalty programme for small shops: customers, points, rewards and printed reports.</source>
        <translation>Spaarprogramma voor kleine winkels: klanten, punten, beloningen en afgedrukte rapporten.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Logbestand:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Gemaakt met:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Running on Python {python}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Draait op Python {python}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Gegevensmap &amp;openen</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Back-up maken naar</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Back-ups (*.db)</translation>
    </message>
    <message>
        <source>Server backups (*.dump)</source>
        <translation>Serverback-ups (*.dump)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>The backup is in {path}. Keep a copy on a USB stick or another PC.</source>
        <translation>De back-up staat in {path}. Bewaar een kopie op een USB-stick of een andere pc.</translation>
    </message>
</context>
<context>
    <name>CallListPage</name>
    <message>
        <source>Overdue when away this many times the customer&apos;s usual gap between visits</source>
        <translation>Uitblijvend bij zoveel keer de gebruikelijke tijd tussen bezoeken van de klant</translation>
    </message>
    <message>
        <source>Visits in the last year before a customer has a rhythm of their own</source>
        <translation>Bezoeken in het afgelopen jaar voordat een klant een eigen ritme heeft</translation>
    </message>
    <message>
        <source>&amp;Show the list</source>
        <translation>&amp;Lijst tonen</translation>
    </message>
    <message>
        <source>&amp;Paper…</source>
        <translation>&amp;Papier…</translation>
    </message>
    <message>
        <source>Away at least</source>
        <translation>Minstens</translation>
    </message>
    <message>
        <source>usual gaps, with at least</source>
        <translation>keer de gebruikelijke tussenpoos weg, met minstens</translation>
    </message>
    <message>
        <source>visits a year</source>
        <translation>bezoeken per jaar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>Meestal elke</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Bellijst</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{n} regular customers are away longer than usual for them and not latent yet: a call or a note now may bring them back.</source>
        <translation>{n} vaste klanten blijven langer weg dan gewoonlijk en zijn nog niet latent: een telefoontje of kaartje nu kan ze terugbrengen.</translation>
    </message>
    <message>
        <source>No regular customer is overdue.</source>
        <translation>Geen vaste klant blijft uit.</translation>
    </message>
</context>
<context>
    <name>CardScanner</name>
    <message>
        <source>Card {card} scanned: it opens when this window closes.</source>
        <translation>Pas {card} gescand: die opent zodra dit venster sluit.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Enter or scan a card number.</source>
        <translation>Typ of scan een pasnummer.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a card number: it must be digits only.</source>
        <translation>&apos;{text}&apos; is geen pasnummer: het bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <source>A card number has {digits} digits; &apos;{card}&apos; has {length}.</source>
        <translation>Een pasnummer heeft {digits} cijfers; &apos;{card}&apos; heeft er {length}.</translation>
    </message>
    <message>
        <source>&apos;{card}&apos; is not a valid card number: a digit is mistyped.</source>
        <translation>&apos;{card}&apos; is geen geldig pasnummer: er is een cijfer verkeerd getypt.</translation>
    </message>
    <message>
        <source>&apos;{card}&apos; is not one of this shop&apos;s cards: they start with {prefix}.</source>
        <translation>&apos;{card}&apos; is geen kaart van deze winkel: die beginnen met {prefix}.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>Vul een heel getal in van {low} tot {high}.</translation>
    </message>
    <message>
        <source>Type a date and a time, like 22-11-2026 19:30.</source>
        <translation>Typ een datum en een tijd, zoals 22-11-2026 19:30.</translation>
    </message>
    <message>
        <source>This kind of reward belongs to another retention level.</source>
        <translation>Deze soort beloning hoort bij een ander niveau van klantenbinding.</translation>
    </message>
    <message>
        <source>There is no tier called &apos;{tier}&apos;.</source>
        <translation>Er is geen niveau &apos;{tier}&apos;.</translation>
    </message>
    <message>
        <source>Choose a customer segment, or everyone.</source>
        <translation>Kies een klantsegment, of iedereen.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>De laatste dag ligt vóór de eerste dag.</translation>
    </message>
    <message>
        <source>A discount is either an amount or a percentage, not both.</source>
        <translation>Een korting is een bedrag of een percentage, niet allebei.</translation>
    </message>
    <message>
        <source>Say which purchase is free (2 to 100).</source>
        <translation>Geef aan welke aankoop gratis is (2 tot 100).</translation>
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
        <source>&apos;{text}&apos; is not an amount; type it like 12,50 or 12.50.</source>
        <translation>&apos;{text}&apos; is geen bedrag; typ het als 12,50 of 12.50.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is unclear; type it without a thousands separator, like 1234,00.</source>
        <translation>&apos;{text}&apos; is onduidelijk; typ het zonder scheidingsteken voor duizendtallen, zoals 1234,00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is far too large for an amount.</source>
        <translation>&apos;{text}&apos; is veel te groot voor een bedrag.</translation>
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
        <source>Enter the shop&apos;s name (at most 80 characters).</source>
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
        <source>Tier &apos;{tier}&apos; needs a multiplier from 100 to 1000 percent.</source>
        <translation>Niveau &apos;{tier}&apos; heeft een vermenigvuldiger van 100 tot 1000 procent nodig.</translation>
    </message>
    <message>
        <source>Tier &apos;{tier}&apos; needs a name and a spend of 0 or more.</source>
        <translation>Niveau &apos;{tier}&apos; heeft een naam en een besteding van 0 of meer nodig.</translation>
    </message>
    <message>
        <source>Must be an amount from {low} to {high}.</source>
        <translation>Moet een bedrag van {low} tot {high} zijn.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or SVG picture.</source>
        <translation>Het logo moet een PNG- of SVG-afbeelding zijn.</translation>
    </message>
    <message>
        <source>The logo is larger than {limit} MB; choose a smaller picture.</source>
        <translation>Het logo is groter dan {limit} MB; kies een kleinere afbeelding.</translation>
    </message>
    <message>
        <source>The logo is {width} x {height} pixels: at least {least} are needed on each side to print sharp.</source>
        <translation>Het logo is {width} x {height} pixels: er zijn er minstens {least} per zijde nodig om scherp te drukken.</translation>
    </message>
    <message>
        <source>The logo is {width} x {height} pixels: at most {most} on a side.</source>
        <translation>Het logo is {width} x {height} pixels: hoogstens {most} per zijde.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>Enter a postcode such as 1234 AB.</source>
        <translation>Vul een postcode in zoals 1234 AB.</translation>
    </message>
    <message>
        <source>Enter a phone number such as 020 123 4567.</source>
        <translation>Vul een telefoonnummer in zoals 020 123 4567.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as info@shop.nl.</source>
        <translation>Vul een e-mailadres in zoals info@winkel.nl.</translation>
    </message>
    <message>
        <source>Enter a website such as www.shop.nl.</source>
        <translation>Vul een website in zoals www.winkel.nl.</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>Een KvK-nummer heeft 8 cijfers.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; type it like 22-11-2026.</source>
        <translation>&apos;{raw}&apos; is geen datum; typ hem als 22-11-2026.</translation>
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
        <source>A name needs at least one letter or digit.</source>
        <translation>Een naam heeft minstens één letter of cijfer nodig.</translation>
    </message>
    <message>
        <source>A registration key holds only printable characters.</source>
        <translation>Een registratiesleutel bevat alleen afdrukbare tekens.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address (like naam@voorbeeld.nl).</source>
        <translation>&apos;{text}&apos; is geen e-mailadres (zoals naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number (like 06 12345678).</source>
        <translation>&apos;{text}&apos; is geen telefoonnummer (zoals 06 12345678).</translation>
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
        <source>&apos;{raw}&apos; is too far from today; give a date from {first} to {last}.</source>
        <translation>&apos;{raw}&apos; ligt te ver van vandaag; geef een datum van {first} tot {last}.</translation>
    </message>
    <message>
        <source>The database server {server} refused the connection: {reason}</source>
        <translation>De databaseserver {server} weigerde de verbinding: {reason}</translation>
    </message>
    <message>
        <source>The database server {server} took longer than {seconds} s to answer, so the work was stopped and nothing was saved. Try again; if it keeps happening, the server is overloaded.</source>
        <translation>De databaseserver {server} deed er langer dan {seconds} s over om te antwoorden; het werk is gestopt en er is niets opgeslagen. Probeer het opnieuw; gebeurt het vaker, dan is de server overbelast.</translation>
    </message>
    <message>
        <source>Another counter is still busy with the same customer, so nothing was saved. Try again in a moment.</source>
        <translation>Een andere kassa is nog bezig met dezelfde klant; er is niets opgeslagen. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The database server {server} does not answer (waited {seconds} s). Check that the server PC is on and connected to the network, then try again.</source>
        <translation>De databaseserver {server} antwoordt niet ({seconds} s gewacht). Controleer of de server-pc aanstaat en met het netwerk verbonden is en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached. Check that the server PC is on and connected to the network, and the server&apos;s address, then try again.</source>
        <translation>De databaseserver {server} is niet bereikbaar. Controleer of de server-pc aanstaat en met het netwerk verbonden is, en het adres van de server, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>{path} is on a network share. SQLite cannot safely share a file between computers; for several counter PCs use a PostgreSQL server (--db postgresql+psycopg://user@server/shop).</source>
        <translation>{path} staat op een netwerkschijf. SQLite kan een bestand niet veilig tussen computers delen; gebruik voor meerdere kassa-pc&apos;s een PostgreSQL-server (--db postgresql+psycopg://gebruiker@server/winkel).</translation>
    </message>
    <message>
        <source>Another counter was changing the same customers at the same moment, so nothing was saved. Try again.</source>
        <translation>Een andere kassa wijzigde op hetzelfde moment dezelfde klanten; er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is een map; geef een bestandsnaam.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another.</source>
        <translation>De map {folder} bestaat niet; maak hem eerst aan of kies een andere.</translation>
    </message>
    <message>
        <source>{path} is the shop&apos;s database; write to another file.</source>
        <translation>{path} is de database van de winkel; schrijf naar een ander bestand.</translation>
    </message>
    <message>
        <source>{path} is a database; it is never replaced. Write to another file.</source>
        <translation>{path} is een database; die wordt nooit vervangen. Schrijf naar een ander bestand.</translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name, or add --force to replace it.</source>
        <translation>{path} bestaat al; kies een andere bestandsnaam, of voeg --force toe om het te vervangen.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>{path} kan niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}). Restore the latest backup with: loyalty --db {path} restore {backup}</source>
        <translation>De database {path} is beschadigd ({problem}). Zet de laatste back-up terug met: loyalty --db {path} restore {backup}</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program; close that program and try again.</source>
        <translation>De database {path} is vergrendeld door een ander programma; sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} is another program&apos;s database, not a loyalty database; nothing was changed. Choose the shop&apos;s database file.</source>
        <translation>{path} is de database van een ander programma, geen klantenkaartdatabase; er is niets veranderd. Kies het databasebestand van de winkel.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}). There is no backup of it in the data folder; call for support before using it again.</source>
        <translation>De database {path} is beschadigd ({problem}). Er staat geen back-up van in de gegevensmap; vraag om hulp voordat u hem weer gebruikt.</translation>
    </message>
    <message>
        <source>There is no shop database at {path}. To start a new shop there: loyalty --db {path} init</source>
        <translation>Er is geen winkeldatabase op {path}. Om daar een nieuwe winkel te beginnen: loyalty --db {path} init</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>{path} is not a loyalty database (it is not a database file at all); nothing was changed.</source>
        <translation>{path} is geen klantenkaartdatabase (het is helemaal geen databasebestand); er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} holds no shop yet. To start a new shop there: loyalty --db {path} init</source>
        <translation>{path} bevat nog geen winkel. Om daar een nieuwe winkel te beginnen: loyalty --db {path} init</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer version of Loyalty (schema {revision}); this PC has Loyalty {mine}. Install the version the other counters use on this PC too.</source>
        <translation>Deze database is bijgewerkt door een nieuwere versie van Loyalty (schema {revision}); deze pc heeft Loyalty {mine}. Installeer ook op deze pc de versie die de andere kassa&apos;s gebruiken.</translation>
    </message>
    <message>
        <source>This database was upgraded by Loyalty {version}; this PC has Loyalty {mine}. Install Loyalty {version} on this PC too, as on the counter that upgraded it.</source>
        <translation>Deze database is bijgewerkt door Loyalty {version}; deze pc heeft Loyalty {mine}. Installeer Loyalty {version} ook op deze pc, net als op de kassa die de database bijwerkte.</translation>
    </message>
    <message>
        <source>The database {where} holds no shop yet. To start a new shop there: loyalty --db URL init</source>
        <translation>De database {where} bevat nog geen winkel. Om daar een nieuwe winkel te beginnen: loyalty --db URL init</translation>
    </message>
    <message>
        <source>The database {where} belongs to another program, not a loyalty shop; nothing was changed.</source>
        <translation>De database {where} hoort bij een ander programma, niet bij een klantenkaartwinkel; er is niets veranderd.</translation>
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
        <source>{path} has schema version &apos;{revision}&apos;, which this program does not know: it was made by a newer version (update this program first) or by another program.</source>
        <translation>{path} heeft schemaversie &apos;{revision}&apos;, die dit programma niet kent: hij is gemaakt door een nieuwere versie (werk dit programma eerst bij) of door een ander programma.</translation>
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
        <source>The backup did not work: {problem}</source>
        <translation>De back-up is niet gelukt: {problem}</translation>
    </message>
    <message>
        <source>{tool} was not found on this PC. Install the PostgreSQL client tools, or set LOYALTY_PG_BIN to the folder that holds {tool}.</source>
        <translation>{tool} is niet gevonden op deze pc. Installeer de PostgreSQL-clienthulpprogramma&apos;s, of zet LOYALTY_PG_BIN op de map waarin {tool} staat.</translation>
    </message>
    <message>
        <source>{path} is not a backup of a PostgreSQL database (made with pg_dump -Fc).</source>
        <translation>{path} is geen back-up van een PostgreSQL-database (gemaakt met pg_dump -Fc).</translation>
    </message>
    <message>
        <source>The password cannot hold a new line.</source>
        <translation>Het wachtwoord mag geen nieuwe regel bevatten.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation>De poort is een getal van 1 tot 65535 (bij PostgreSQL meestal 5432).</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Vul dit in.</translation>
    </message>
    <message>
        <source>This cannot hold a colon, a backslash or a new line.</source>
        <translation>Dit mag geen dubbele punt, backslash of nieuwe regel bevatten.</translation>
    </message>
    <message>
        <source>Only the owner may correct a customer&apos;s points.</source>
        <translation>Alleen de eigenaar mag de punten van een klant corrigeren.</translation>
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
        <source>A customer cannot have joined in the future.</source>
        <translation>Een klant kan niet in de toekomst lid zijn geworden.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no (also ja/nee, 1/0, true/false).</source>
        <translation>&apos;{text}&apos; is geen ja of nee (ook yes/no, 1/0, true/false).</translation>
    </message>
    <message>
        <source>An opening balance cannot be negative.</source>
        <translation>Een beginsaldo kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a whole number of points.</source>
        <translation>&apos;{raw}&apos; is geen heel aantal punten.</translation>
    </message>
    <message>
        <source>Only the owner may merge customers.</source>
        <translation>Alleen de eigenaar mag klanten samenvoegen.</translation>
    </message>
    <message>
        <source>Only the owner may anonymise a customer.</source>
        <translation>Alleen de eigenaar mag een klant anonimiseren.</translation>
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
        <source>That customer came to the shop through this one; choose who really referred this customer.</source>
        <translation>Die klant is via deze klant bij de winkel gekomen; kies wie deze klant echt heeft aangebracht.</translation>
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
        <source>An anonymised customer cannot be merged.</source>
        <translation>Een geanonimiseerde klant kan niet worden samengevoegd.</translation>
    </message>
    <message>
        <source>This customer is anonymised already.</source>
        <translation>Deze klant is al geanonimiseerd.</translation>
    </message>
    <message>
        <source>No voucher with code {code}.</source>
        <translation>Geen bon met code {code}.</translation>
    </message>
    <message>
        <source>No purchase {number}.</source>
        <translation>Geen aankoop {number}.</translation>
    </message>
    <message>
        <source>The offer&apos;s last day has passed; choose today or a later day.</source>
        <translation>De laatste dag van de aanbieding is voorbij; kies vandaag of een latere dag.</translation>
    </message>
    <message>
        <source>No reward {number} in the catalogue.</source>
        <translation>Geen beloning {number} in de catalogus.</translation>
    </message>
    <message>
        <source>Only the owner may send a mailing.</source>
        <translation>Alleen de eigenaar mag een mailing versturen.</translation>
    </message>
    <message>
        <source>Hold back a share from 0 to {most} percent.</source>
        <translation>Houd een deel van 0 tot {most} procent achter.</translation>
    </message>
    <message>
        <source>Give the mailing a name.</source>
        <translation>Geef de mailing een naam.</translation>
    </message>
    <message>
        <source>Nobody is on the list.</source>
        <translation>Er staat niemand op de lijst.</translation>
    </message>
    <message>
        <source>{count} customers on the list do not exist.</source>
        <translation>{count} klanten op de lijst bestaan niet.</translation>
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
        <source>Only the owner may restore a backup.</source>
        <translation>Alleen de eigenaar mag een back-up terugzetten.</translation>
    </message>
    <message>
        <source>Only the owner may import customers.</source>
        <translation>Alleen de eigenaar mag klanten importeren.</translation>
    </message>
    <message>
        <source>This registration key was already used for another customer&apos;s purchase.</source>
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
        <source>No reward &apos;{text}&apos;.</source>
        <translation>Geen beloning &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>This redemption key was already used for another customer.</source>
        <translation>Deze inwisselsleutel is al gebruikt voor een andere klant.</translation>
    </message>
    <message>
        <source>&apos;{chosen}&apos; is no longer offered.</source>
        <translation>&apos;{chosen}&apos; wordt niet meer aangeboden.</translation>
    </message>
    <message>
        <source>This customer was anonymised.</source>
        <translation>Deze klant is geanonimiseerd.</translation>
    </message>
    <message>
        <source>This voucher was {state} already.</source>
        <translation>Deze bon is al {state}.</translation>
    </message>
    <message>
        <source>This voucher was valid until {day}.</source>
        <translation>Deze bon was geldig tot en met {day}.</translation>
    </message>
    <message>
        <source>Only the owner may change the reward catalogue.</source>
        <translation>Alleen de eigenaar mag de beloningen wijzigen.</translation>
    </message>
    <message>
        <source>No reward number {number}.</source>
        <translation>Geen beloning met nummer {number}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is no longer offered.</source>
        <translation>&apos;{name}&apos; wordt niet meer aangeboden.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is offered from {day}.</source>
        <translation>&apos;{name}&apos; wordt aangeboden vanaf {day}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is no longer offered: its period has ended.</source>
        <translation>&apos;{name}&apos; wordt niet meer aangeboden: de periode is voorbij.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is for customers with tier {tier} or higher.</source>
        <translation>&apos;{name}&apos; is voor klanten met niveau {tier} of hoger.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is for tier {tier}, which the programme no longer has; the owner can choose a tier for it in Rewards.</source>
        <translation>&apos;{name}&apos; is voor niveau {tier}, dat het programma niet meer heeft; de eigenaar kan er in Beloningen een niveau voor kiezen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is for another group of customers.</source>
        <translation>&apos;{name}&apos; is voor een andere groep klanten.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is all gone: none left to hand out.</source>
        <translation>&apos;{name}&apos; is op: er is niets meer om uit te geven.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; counts by itself on its days; there is nothing to hand out.</source>
        <translation>&apos;{name}&apos; werkt vanzelf op de dagen ervan; er is niets om uit te geven.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is for the week of the customer&apos;s birthday.</source>
        <translation>&apos;{name}&apos; is voor de week van de verjaardag van de klant.</translation>
    </message>
    <message>
        <source>The stamp card is not full yet: {have} of {need} stamps.</source>
        <translation>De stempelkaart is nog niet vol: {have} van {need} stempels.</translation>
    </message>
    <message>
        <source>Only the owner may change the shop&apos;s details.</source>
        <translation>Alleen de eigenaar mag de gegevens van de winkel wijzigen.</translation>
    </message>
    <message>
        <source>No staff member called {name} can sign in.</source>
        <translation>Er is geen medewerker {name} die kan aanmelden.</translation>
    </message>
    <message>
        <source>This shop has no staff yet: set up the owner in the app, or with: loyalty init --owner NAME.</source>
        <translation>Deze winkel heeft nog geen medewerkers: stel de eigenaar in via de app, of met: loyalty init --owner NAAM.</translation>
    </message>
    <message>
        <source>To make {name} owner, give them a new PIN of {minimum} to 8 digits.</source>
        <translation>Geef {name} een nieuwe pincode van {minimum} tot 8 cijfers om eigenaar te worden.</translation>
    </message>
    <message>
        <source>Only the owner may enter the till&apos;s totals.</source>
        <translation>Alleen de eigenaar mag de kassatotalen invoeren.</translation>
    </message>
    <message>
        <source>A month total is entered on the month&apos;s first day.</source>
        <translation>Een maandtotaal wordt ingevoerd op de eerste dag van de maand.</translation>
    </message>
    <message>
        <source>Give a date from {first} on.</source>
        <translation>Geef een datum vanaf {first}.</translation>
    </message>
    <message>
        <source>The till&apos;s total is an amount of 0 or more.</source>
        <translation>Het kassatotaal is een bedrag van 0 of meer.</translation>
    </message>
    <message>
        <source>This month has a till total already; say why it is corrected.</source>
        <translation>Deze maand heeft al een kassatotaal; zeg waarom het wordt gecorrigeerd.</translation>
    </message>
    <message>
        <source>This day has a till total already; say why it is corrected.</source>
        <translation>Deze dag heeft al een kassatotaal; zeg waarom het wordt gecorrigeerd.</translation>
    </message>
    <message>
        <source>A month total can be entered once the month is over.</source>
        <translation>Een maandtotaal kan worden ingevoerd als de maand voorbij is.</translation>
    </message>
    <message>
        <source>{amount} is more than a till takes; check the amount.</source>
        <translation>{amount} is meer dan een kassa ontvangt; controleer het bedrag.</translation>
    </message>
    <message>
        <source>The till&apos;s total can be entered from the day itself on, not before.</source>
        <translation>Het kassatotaal kan vanaf de dag zelf worden ingevoerd, niet eerder.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be read as a text file.</source>
        <translation>&apos;{path}&apos; is niet te lezen als tekstbestand.</translation>
    </message>
    <message>
        <source>Only a SQLite file or a PostgreSQL database can be backed up and restored.</source>
        <translation>Alleen van een SQLite-bestand of een PostgreSQL-database kan een back-up worden gemaakt en teruggezet.</translation>
    </message>
    <message>
        <source>Choose financial, social-emotional or structural.</source>
        <translation>Kies financieel, sociaal-emotioneel of structureel.</translation>
    </message>
    <message>
        <source>Choose the kind of reward.</source>
        <translation>Kies de soort beloning.</translation>
    </message>
    <message>
        <source>The restore did not work, so the data is as it was: {problem}</source>
        <translation>Het terugzetten is niet gelukt; de gegevens zijn zoals ze waren: {problem}</translation>
    </message>
    <message>
        <source>Scan the new card, not the lost one.</source>
        <translation>Scan de nieuwe pas, niet de verloren pas.</translation>
    </message>
    <message>
        <source>Card {card} was merged into card {kept}: replace that card instead.</source>
        <translation>Pas {card} is samengevoegd met pas {kept}: vervang die pas.</translation>
    </message>
    <message>
        <source>Card number {card} is in use or was blocked; take another card.</source>
        <translation>Pasnummer {card} is in gebruik of geblokkeerd; neem een andere pas.</translation>
    </message>
    <message>
        <source>Card {card} was replaced on {day} by card {new_card}.</source>
        <translation>Pas {card} is op {day} vervangen door pas {new_card}.</translation>
    </message>
    <message>
        <source>No customer has card {card}.</source>
        <translation>Geen klant heeft pas {card}.</translation>
    </message>
    <message>
        <source>No customer number {number}.</source>
        <translation>Geen klant met nummer {number}.</translation>
    </message>
    <message>
        <source>{value} points is beyond the maximum of {maximum}.</source>
        <translation>{value} punten is meer dan het maximum van {maximum}.</translation>
    </message>
    <message>
        <source>Card number {card} was lost and replaced: it is blocked for good.</source>
        <translation>Pasnummer {card} is verloren en vervangen: het is voorgoed geblokkeerd.</translation>
    </message>
    <message>
        <source>The stock changed from {loaded} to {now} while you edited this reward; nothing was saved. Check the stock and save again.</source>
        <translation>De voorraad is veranderd van {loaded} naar {now} terwijl je deze beloning bewerkte; er is niets opgeslagen. Controleer de voorraad en sla opnieuw op.</translation>
    </message>
    <message>
        <source>The factor is a number from {low} to {high}.</source>
        <translation>De factor is een getal van {low} tot {high}.</translation>
    </message>
    <message>
        <source>The visits needed are a number from {low} to {high}.</source>
        <translation>Het aantal benodigde bezoeken is een getal van {low} tot {high}.</translation>
    </message>
    <message>
        <source>Only the owner may change the programme&apos;s settings.</source>
        <translation>Alleen de eigenaar mag de instellingen van het programma wijzigen.</translation>
    </message>
    <message>
        <source>The reward &apos;{reward}&apos; is for tier &apos;{tier}&apos;; give it another tier or retire it first.</source>
        <translation>De beloning &apos;{reward}&apos; is voor niveau &apos;{tier}&apos;; geef haar eerst een ander niveau of trek haar in.</translation>
    </message>
    <message>
        <source>Only the owner may change staff members.</source>
        <translation>Alleen de eigenaar mag medewerkers wijzigen.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Een pincode is 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>An owner&apos;s PIN is {minimum} to 8 digits.</source>
        <translation>De pincode van een eigenaar heeft {minimum} tot 8 cijfers.</translation>
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
        <source>Only the owner may add staff members.</source>
        <translation>Alleen de eigenaar mag medewerkers toevoegen.</translation>
    </message>
    <message>
        <source>There is a staff member called {name} already.</source>
        <translation>Er is al een medewerker met de naam {name}.</translation>
    </message>
    <message>
        <source>No staff member number {number}.</source>
        <translation>Geen medewerker met nummer {number}.</translation>
    </message>
    <message>
        <source>The shop needs an owner who can sign in; make someone else owner first.</source>
        <translation>De winkel heeft een eigenaar nodig die kan aanmelden; maak eerst iemand anders eigenaar.</translation>
    </message>
    <message>
        <source>Only the owner can add staff.</source>
        <translation>Alleen de eigenaar kan medewerkers toevoegen.</translation>
    </message>
    <message>
        <source>Every 1 to 366 days.</source>
        <translation>Elke 1 tot 366 dagen.</translation>
    </message>
    <message>
        <source>No running subscription number {number}.</source>
        <translation>Geen lopend abonnement met nummer {number}.</translation>
    </message>
    <message>
        <source>No subscription offered with number {number}.</source>
        <translation>Geen abonnement aangeboden met nummer {number}.</translation>
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
        <source>{where} holds a shop already; nothing was changed.</source>
        <translation>{where} bevat al een winkel; er is niets veranderd.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Er is geen database op {path}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too far from today; give a month from {first} to {last}.</source>
        <translation>&apos;{text}&apos; ligt te ver van vandaag; geef een maand van {first} tot {last}.</translation>
    </message>
    <message>
        <source>The breakage is a percentage from 0 to 100.</source>
        <translation>De breakage is een percentage van 0 tot 100.</translation>
    </message>
    <message>
        <source>The first day comes after the last day.</source>
        <translation>De eerste dag ligt na de laatste dag.</translation>
    </message>
    <message>
        <source>A last day needs an offer to go with it (--offer).</source>
        <translation>Een laatste dag hoort bij een aanbieding (--offer).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month; write it like 2026-10.</source>
        <translation>&apos;{text}&apos; is geen maand; schrijf het als 2026-10.</translation>
    </message>
    <message>
        <source>The labels need a file of their own.</source>
        <translation>De etiketten hebben een eigen bestand nodig.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Er is geen bestand {file}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {strerror}.</source>
        <translation>{file} kan niet worden gelezen: {strerror}.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct points</source>
        <translation>Punten corrigeren</translation>
    </message>
    <message>
        <source>Points to add; a minus sign takes points away</source>
        <translation>Punten erbij; met een minteken gaan er punten af</translation>
    </message>
    <message>
        <source>For example: points of a lost receipt</source>
        <translation>Bijvoorbeeld: punten van een kwijtgeraakte bon</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Saldo nu</translation>
    </message>
    <message>
        <source>Points (+ or −)</source>
        <translation>Punten (+ of −)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Book the correction</source>
        <translation>Correctie boeken</translation>
    </message>
    <message>
        <source>The correction is a new line in the customer&apos;s history with your name and the reason; nothing is overwritten.</source>
        <translation>De correctie is een nieuwe regel in de geschiedenis van de klant, met jouw naam en de reden; er wordt niets overschreven.</translation>
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
        <source>Scan the customer&apos;s card or search for them on the left.

New customer: F2</source>
        <translation>Scan de klantenpas of zoek de klant links.

Nieuwe klant: F2</translation>
    </message>
    <message>
        <source>New customer… (F2)</source>
        <translation>Nieuwe klant… (F2)</translation>
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
        <source>No customer has card {card}. New customer with this card: F2</source>
        <translation>Geen klant heeft pas {card}. Nieuwe klant met deze pas: F2</translation>
    </message>
</context>
<context>
    <name>CounterPlurals</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expire(s) on {day}</source>
        <translation>
            <numerusform>%n vervalt op {day}</numerusform>
            <numerusform>%n vervallen op {day}</numerusform>
        </translation>
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
        <source>Scan a pre-printed card, or leave empty for a new number</source>
        <translation>Scan een voorgedrukte pas, of laat leeg voor een nieuw nummer</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Pas</translation>
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
        <source>&amp;Replace lost card…</source>
        <translation>&amp;Verloren pas vervangen…</translation>
    </message>
    <message>
        <source>A new card for this customer; the lost one is blocked (Alt+R)</source>
        <translation>Een nieuwe pas voor deze klant; de verloren pas wordt geblokkeerd (Alt+V)</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name first: it is the one field needed.</source>
        <translation>Typ eerst de naam van de klant: dat is het enige verplichte veld.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>zelfde telefoon</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>zelfde e-mail</translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation>zelfde naam en postcode</translation>
    </message>
    <message>
        <source>{name}, card {card}, {phone} ({shared})</source>
        <translation>{name}, pas {card}, {phone} ({shared})</translation>
    </message>
    <message>
        <source>Another customer?</source>
        <translation>Een andere klant?</translation>
    </message>
    <message>
        <source>After this change, this customer looks like:</source>
        <translation>Na deze wijziging lijkt deze klant op:</translation>
    </message>
    <message>
        <source>If they are one person, the owner can merge the two (Customer, Merge duplicates).</source>
        <translation>Als het één persoon is, kan de eigenaar de twee samenvoegen (Klant, Dubbele klanten samenvoegen).</translation>
    </message>
    <message>
        <source>&amp;Save the change anyway</source>
        <translation>&amp;Wijziging toch opslaan</translation>
    </message>
    <message>
        <source>Already a customer?</source>
        <translation>Al klant?</translation>
    </message>
    <message>
        <source>This may be someone who is a customer already:</source>
        <translation>Dit is misschien iemand die al klant is:</translation>
    </message>
    <message>
        <source>Open that customer, or save a new customer anyway: without a welcome bonus, since one person gets it once.</source>
        <translation>Open die klant, of bewaar toch een nieuwe klant: zonder welkomstbonus, want één persoon krijgt die één keer.</translation>
    </message>
    <message>
        <source>&amp;Open {name}</source>
        <translation>&amp;Open {name}</translation>
    </message>
    <message>
        <source>&amp;Save as a new customer anyway</source>
        <translation>&amp;Toch als nieuwe klant bewaren</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Klantscherm</translation>
    </message>
</context>
<context>
    <name>CustomerListDialog</name>
    <message>
        <source>{count} customers</source>
        <translation>{count} klanten</translation>
    </message>
</context>
<context>
    <name>CustomerPages</name>
    <message>
        <source>Card</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <source>Joined</source>
        <translation>Lid sinds</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>This purchase has been refunded in full.</source>
        <translation>Deze aankoop is al helemaal terugbetaald.</translation>
    </message>
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
        <source>silent loyalist</source>
        <translation>stille loyalist</translation>
    </message>
    <message>
        <source>advocate</source>
        <translation>ambassadeur</translation>
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
        <source>welcome</source>
        <translation>welkom</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>verjaardag</translation>
    </message>
    <message>
        <source>Nth visit</source>
        <translation>zoveelste bezoek</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>jubileum</translation>
    </message>
    <message>
        <source>referral thanks</source>
        <translation>bedankje aanbeveling</translation>
    </message>
    <message>
        <source>referred friend</source>
        <translation>aanbevolen vriend</translation>
    </message>
    <message>
        <source>welcome back</source>
        <translation>welkom terug</translation>
    </message>
    <message>
        <source>new tier</source>
        <translation>nieuw niveau</translation>
    </message>
    <message>
        <source>Welcome to the programme</source>
        <translation>Welkom bij het spaarprogramma</translation>
    </message>
    <message>
        <source>Birthday surprise</source>
        <translation>Verjaardagsverrassing</translation>
    </message>
    <message>
        <source>Visit number {detail}: thank them</source>
        <translation>Bezoek nummer {detail}: bedank de klant</translation>
    </message>
    <message>
        <source>Member for {detail} years</source>
        <translation>{detail} jaar lid</translation>
    </message>
    <message>
        <source>A friend they referred made a first purchase: thank them</source>
        <translation>Een aanbevolen vriend deed een eerste aankoop: bedank de klant</translation>
    </message>
    <message>
        <source>Referred by a friend: welcome them</source>
        <translation>Aanbevolen door een vriend: heet de klant welkom</translation>
    </message>
    <message>
        <source>Welcome back offer</source>
        <translation>Welkom-terug-aanbieding</translation>
    </message>
    <message>
        <source>Reached tier {detail}</source>
        <translation>Niveau {detail} bereikt</translation>
    </message>
    <message>
        <source> (+{n} points)</source>
        <translation> (+{n} punten)</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <source>Mark these occasions as handed out in person (F8)</source>
        <translation>Deze momenten markeren als persoonlijk uitgereikt (F8)</translation>
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
        <source>Working…</source>
        <translation>Bezig…</translation>
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
        <source>Print slip</source>
        <translation>Bon afdrukken</translation>
    </message>
    <message>
        <source>Points earned, the balance and what expires soon, for the customer (Ctrl+P)</source>
        <translation>Verdiende punten, het saldo en wat binnenkort vervalt, voor de klant (Ctrl+P)</translation>
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
        <source>Edit… (F4)</source>
        <translation>Wijzigen… (F4)</translation>
    </message>
    <message>
        <source>Replace lost card… (F3)</source>
        <translation>Verloren pas vervangen… (F3)</translation>
    </message>
    <message>
        <source>A new card for this customer; the lost one is blocked, points stay (F3)</source>
        <translation>Een nieuwe pas voor deze klant; de verloren pas wordt geblokkeerd, de punten blijven (F3)</translation>
    </message>
    <message>
        <source>Print card… (F9)</source>
        <translation>Pas afdrukken… (F9)</translation>
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
    <message numerus="yes">
        <source>{amount} earns %n point(s)</source>
        <translation>
            <numerusform>{amount} levert %n punt op</numerusform>
            <numerusform>{amount} levert %n punten op</numerusform>
        </translation>
    </message>
    <message>
        <source>member since {day}</source>
        <translation>lid sinds {day}</translation>
    </message>
    <message>
        <source>usually every {n} days, next visit expected {day}</source>
        <translation>komt meestal elke {n} dagen, volgend bezoek verwacht {day}</translation>
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
        <source>Preferences: {text}</source>
        <translation>Voorkeuren: {text}</translation>
    </message>
    <message>
        <source>{amount} more for {tier}</source>
        <translation>nog {amount} voor {tier}</translation>
    </message>
    <message>
        <source>to keep {tier} at the review on {day}: {amount} more</source>
        <translation>om {tier} te houden bij de herziening op {day}: nog {amount}</translation>
    </message>
    <message>
        <source>{tier} is kept at the review on {day}</source>
        <translation>{tier} blijft bij de herziening op {day}</translation>
    </message>
    <message numerus="yes">
        <source>Booked {amount}: +%n point(s). New balance: {balance}.</source>
        <translation>
            <numerusform>Geboekt {amount}: +%n punt. Nieuw saldo: {balance}.</numerusform>
            <numerusform>Geboekt {amount}: +%n punten. Nieuw saldo: {balance}.</numerusform>
        </translation>
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
    <name>Dashboard</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Zelf kiezen</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Vorige periode (Alt+Links)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Volgende periode (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Show the figures of these dates</source>
        <translation>Toon de cijfers van deze datums</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Bereken de cijfers opnieuw (F5)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>List the latent customers who agreed to be mailed</source>
        <translation>Toon de latente klanten die post mogen ontvangen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Detractors to follow up</source>
        <translation>Criticasters om op te volgen</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customer Loyalty Index</source>
        <translation>Customer Loyalty Index (CLI)</translation>
    </message>
    <message>
        <source>Secure Customer Index</source>
        <translation>Secure Customer Index (SCI)</translation>
    </message>
    <message>
        <source>Satisfied but not loyal (7-8)</source>
        <translation>Tevreden maar niet loyaal (7-8)</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Enquêteantwoorden</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Actieve klanten</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>Herhaalaankopen</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Klantverloop</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>Gemiddelde aankoop</translation>
    </message>
    <message>
        <source>Purchases per customer</source>
        <translation>Aankopen per klant</translation>
    </message>
    <message>
        <source>Revenue from members</source>
        <translation>Omzet van leden</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>Aandeel leden in de omzet</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Klantwaarde (CLV)</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Punten uitgegeven</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Punten ingewisseld</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Punten vervallen</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>Puntenverplichting</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} t/m {end}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>Compared with {start} to {end}</source>
        <translation>Vergeleken met {start} t/m {end}</translation>
    </message>
    <message>
        <source>Customers at the end of the period: {list}</source>
        <translation>Klanten aan het eind van de periode: {list}</translation>
    </message>
    <message>
        <source>Latent customers who may be mailed: {count}</source>
        <translation>Latente klanten die post mogen ontvangen: {count}</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(geen klant)</translation>
    </message>
    <message>
        <source>Detractors to follow up ({count})</source>
        <translation>Criticasters om op te volgen ({count})</translation>
    </message>
    <message>
        <source>The till&apos;s totals are entered under Programme, Till totals.</source>
        <translation>De kassatotalen worden ingevoerd onder Programma, Kassatotalen.</translation>
    </message>
    <message>
        <source>not compared (till total before: {entered} of {days} days)</source>
        <translation>niet vergeleken (kassatotaal ervoor: {entered} van {days} dagen)</translation>
    </message>
    <message>
        <source>Till total for {entered} of {days} days entered</source>
        <translation>Kassatotaal voor {entered} van {days} dagen ingevoerd</translation>
    </message>
    <message>
        <source>The till took nothing in this period.</source>
        <translation>De kassa ontving niets in deze periode.</translation>
    </message>
    <message>
        <source>newcomers</source>
        <translation>nieuwkomers</translation>
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
        <source>silent loyalists</source>
        <translation>stille loyalisten</translation>
    </message>
    <message>
        <source>advocates</source>
        <translation>ambassadeurs</translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation>NPS per maand</translation>
    </message>
    <message>
        <source>Customers per month</source>
        <translation>Klanten per maand</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>Points per month</source>
        <translation>Punten per maand</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>uitgegeven</translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation>ingewisseld</translation>
    </message>
    <message>
        <source>Scores (7-8: satisfied, not yet loyal)</source>
        <translation>Scores (7-8: tevreden, nog niet loyaal)</translation>
    </message>
    <message>
        <source>Segments at the period&apos;s end</source>
        <translation>Segmenten aan het eind van de periode</translation>
    </message>
    <message>
        <source>No survey answers</source>
        <translation>Geen enquêteantwoorden</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>De cijfers konden niet worden berekend.</translation>
    </message>
    <message>
        <source>Latent customers who may be mailed</source>
        <translation>Latente klanten die post mogen ontvangen</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>This PC works on: {where}</source>
        <translation>Deze pc werkt met: {where}</translation>
    </message>
    <message>
        <source>A &amp;file on this PC (one counter)</source>
        <translation>Een &amp;bestand op deze pc (één kassa)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server (several counters)</source>
        <translation>Een PostgreSQL-&amp;server (meerdere kassa&apos;s)</translation>
    </message>
    <message>
        <source>kept in this PC&apos;s PostgreSQL password file</source>
        <translation>bewaard in het PostgreSQL-wachtwoordbestand van deze pc</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Poort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Make the daily backup o&amp;n this PC (on one counter of the shop)</source>
        <translation>Maak de dagelijkse back-up op deze p&amp;c (op één kassa van de winkel)</translation>
    </message>
    <message>
        <source> daily backups</source>
        <translation> dagelijkse back-ups</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>Bewaa&amp;r de laatste</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>De database antwoordt.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Databases (*.db)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Kies een databasebestand.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation>Het bestand wordt bekeken…</translation>
    </message>
    <message>
        <source>The password file cannot be written ({error}).</source>
        <translation>Het wachtwoordbestand kan niet worden geschreven ({error}).</translation>
    </message>
</context>
<context>
    <name>DisplayControl</name>
    <message>
        <source>Customer display</source>
        <translation>Klantscherm</translation>
    </message>
    <message>
        <source>The screen that faces the customer:</source>
        <translation>Het scherm dat naar de klant is gericht:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
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
    <name>MailingsPage</name>
    <message>
        <source>&amp;Send reactivation letters…</source>
        <translation>&amp;Heractiveringsbrieven versturen…</translation>
    </message>
    <message>
        <source>Only the owner sends letters.</source>
        <translation>Alleen de eigenaar verstuurt brieven.</translation>
    </message>
    <message>
        <source>Letters to latent customers with consent; a random share is held back to see whether the letters work</source>
        <translation>Brieven aan latente klanten met toestemming; een willekeurig deel wordt achtergehouden om te zien of de brieven werken</translation>
    </message>
    <message>
        <source>Who came back after each mailing, mailed against held back</source>
        <translation>Wie na elke mailing terugkwam, gemaild tegenover achtergehouden</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Gemaild</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Achtergehouden</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Extra omzet</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Hoe zeker</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Mailings</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(tot nu toe)</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} van {whole}</translation>
    </message>
    <message>
        <source>Send reactivation letters</source>
        <translation>Heractiveringsbrieven versturen</translation>
    </message>
    <message>
        <source>Name of the mailing:</source>
        <translation>Naam van de mailing:</translation>
    </message>
    <message>
        <source>Reactivation letters {day}</source>
        <translation>Heractiveringsbrieven {day}</translation>
    </message>
    <message>
        <source>Hold back this share of the list, at random, to compare (%):</source>
        <translation>Houd dit deel van de lijst willekeurig achter om te vergelijken (%):</translation>
    </message>
    <message>
        <source>{mailed} letters to print; {held} customers held back to compare.</source>
        <translation>{mailed} brieven om af te drukken; {held} klanten achtergehouden om te vergelijken.</translation>
    </message>
    <message>
        <source>Reactivation letters</source>
        <translation>Heractiveringsbrieven</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{shop} — Loyalty</source>
        <translation>{shop} — Loyalty</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporten…</translation>
    </message>
    <message>
        <source>Re&amp;wards…</source>
        <translation>Be&amp;loningen…</translation>
    </message>
    <message>
        <source>R&amp;etention…</source>
        <translation>Klanten&amp;binding…</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
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
        <source>Customer &amp;display</source>
        <translation>&amp;Klantscherm</translation>
    </message>
    <message>
        <source>Customer display s&amp;creen…</source>
        <translation>Scherm voor &amp;het klantscherm…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation>Laatste back-up: nog geen</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Nu een &amp;back-up maken…</translation>
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
        <source>&amp;Print card…</source>
        <translation>Pas &amp;afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Replace lost card…</source>
        <translation>&amp;Verloren pas vervangen…</translation>
    </message>
    <message>
        <source>D&amp;atabase…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>T&amp;ill totals…</source>
        <translation>&amp;Kassatotalen…</translation>
    </message>
    <message>
        <source>Feedback &amp;without a customer…</source>
        <translation>&amp;Feedback zonder klant…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>Dubbele klanten &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;Correct points…</source>
        <translation>Punten &amp;corrigeren…</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>&amp;Medewerkers…</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Terug naar zoeken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Loyalty…</source>
        <translation>&amp;Over Loyalty…</translation>
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
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Loyalty opens the database you chose at its next start on this PC. Close it and start it again to work on it now.</source>
        <translation>Loyalty opent de gekozen database bij de volgende start op deze pc. Sluit het programma en start het opnieuw om er nu mee te werken.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Laatste back-up: {when}</translation>
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
        <source>The duplicate&apos;s points, purchases and rewards move to the customer kept (a second welcome bonus is taken back); its card keeps working. This cannot be undone.</source>
        <translation>De punten, aankopen en beloningen van het dubbele record gaan naar de klant die blijft (een tweede welkomstbonus wordt teruggenomen); de pas blijft werken. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>NewCardBox</name>
    <message>
        <source>New card</source>
        <translation>Nieuwe pas</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>&amp;Print card ({key})</source>
        <translation>Pas &amp;afdrukken ({key})</translation>
    </message>
    <message>
        <source>{name}&apos;s new card number:</source>
        <translation>Nieuw pasnummer van {name}:</translation>
    </message>
    <message>
        <source>{name} is now a member. Their card number:</source>
        <translation>{name} is nu lid. Het pasnummer:</translation>
    </message>
    <message>
        <source>No welcome bonus: this may be a customer we have already.</source>
        <translation>Geen welkomstbonus: dit is misschien al een klant.</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <source>There is no shop database at {path}. Start a new shop there?</source>
        <translation>Er is geen winkeldatabase op {path}. Daar een nieuwe winkel beginnen?</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}) and there is no backup of it in the data folder. Call for support before using it again.</source>
        <translation>De database {path} is beschadigd ({problem}) en er staat geen back-up van in de gegevensmap. Vraag om hulp voordat u hem weer gebruikt.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}). Put back the latest backup, made {made}? Whatever was booked after it is lost; the damaged file is kept in the backups folder.</source>
        <translation>De database {path} is beschadigd ({problem}). De laatste back-up terugzetten, gemaakt op {made}? Wat daarna is geboekt gaat verloren; het beschadigde bestand blijft bewaard in de map met back-ups.</translation>
    </message>
    <message>
        <source>Putting the backup back…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>The backup of {made} is back. Check the last purchases booked since then.</source>
        <translation>De back-up van {made} staat terug. Controleer de aankopen die sindsdien zijn geboekt.</translation>
    </message>
    <message>
        <source>Choose another database, or go back to the one this PC worked on before.</source>
        <translation>Kies een andere database, of ga terug naar de database waarmee deze pc eerder werkte.</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>Andere database kiezen…</translation>
    </message>
    <message>
        <source>Back to {where}</source>
        <translation>Terug naar {where}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>&amp;Print on {printer}</source>
        <translation>&amp;Afdrukken op {printer}</translation>
    </message>
    <message>
        <source>Print at once on this counter&apos;s receipt printer (Ctrl+P)</source>
        <translation>Meteen afdrukken op de bonprinter van deze kassa (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Afdrukken via het afdrukvenster van het systeem (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Het document opslaan als pdf-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <source>Make the document first: there is nothing to print or save yet.</source>
        <translation>Maak eerst het document: er is nog niets om af te drukken of op te slaan.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>The receipt printer {printer} cannot be reached. Is it switched on and connected? Choose another in Settings → This counter.</source>
        <translation>De bonprinter {printer} is niet bereikbaar. Staat hij aan en is hij aangesloten? Kies een andere in Instellingen → Deze kassa.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN (4-8 digits, an owner&apos;s 6-8)</source>
        <translation>Pincode (4-8 cijfers, van een eigenaar 6-8)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Pincode nogmaals</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>None: ask with the print dialog</source>
        <translation>Geen: vragen met het afdrukvenster</translation>
    </message>
    <message>
        <source>{name} (not found)</source>
        <translation>{name} (niet gevonden)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <source>card full</source>
        <translation>kaart vol</translation>
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
        <source>{name} ({when})</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>nog {n}</translation>
    </message>
    <message>
        <source>can be handed out</source>
        <translation>kan worden uitgereikt</translation>
    </message>
    <message>
        <source>{have} of {need} stamps</source>
        <translation>{have} van {need} stempels</translation>
    </message>
    <message>
        <source>for tier {tier} and up</source>
        <translation>voor niveau {tier} en hoger</translation>
    </message>
    <message>
        <source>tier {tier} no longer exists</source>
        <translation>niveau {tier} bestaat niet meer</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>vanaf {day}</translation>
    </message>
    <message>
        <source>double points today</source>
        <translation>vandaag dubbele punten</translation>
    </message>
    <message>
        <source>for other customers</source>
        <translation>voor andere klanten</translation>
    </message>
    <message>
        <source>all gone</source>
        <translation>op</translation>
    </message>
    <message>
        <source>in the birthday week</source>
        <translation>in de verjaardagsweek</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afgelopen</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>niet meer aangeboden</translation>
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
        <translation>Boncode: {code}.{until}</translation>
    </message>
    <message>
        <source>Print voucher</source>
        <translation>Waardebon afdrukken</translation>
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
    <name>ReplaceCardDialog</name>
    <message>
        <source>Replace a lost card</source>
        <translation>Verloren pas vervangen</translation>
    </message>
    <message>
        <source>{name}&apos;s card {card} will be blocked for good; points and history stay. Scanning the old card will say which card replaced it.</source>
        <translation>Pas {card} van {name} wordt voorgoed geblokkeerd; punten en geschiedenis blijven. Wie de oude pas scant, ziet welke pas hem vervangt.</translation>
    </message>
    <message>
        <source>Scan a pre-printed card, or leave empty for a new number</source>
        <translation>Scan een voorgedrukte pas, of laat leeg voor een nieuw nummer</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nieuwe pas</translation>
    </message>
    <message>
        <source>Block the old card and replace it</source>
        <translation>Oude pas blokkeren en vervangen</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Monthly programme report</source>
        <translation>Maandrapport klantenprogramma</translation>
    </message>
    <message>
        <source>Points liability statement</source>
        <translation>Overzicht puntenverplichting</translation>
    </message>
    <message>
        <source>Staff patterns worth a look</source>
        <translation>Patronen bij medewerkers om te bekijken</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>Puntenoverzicht klant</translation>
    </message>
    <message>
        <source>Loyalty cards</source>
        <translation>Klantenpassen</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Waardebon</translation>
    </message>
    <message>
        <source>Points slip</source>
        <translation>Puntenbon</translation>
    </message>
    <message>
        <source>End-of-day summary</source>
        <translation>Dagoverzicht</translation>
    </message>
    <message>
        <source>Birthday list</source>
        <translation>Verjaardagenlijst</translation>
    </message>
    <message>
        <source>Reactivation letters</source>
        <translation>Reactiveringsbrieven</translation>
    </message>
    <message>
        <source>Address labels for the letters</source>
        <translation>Adresetiketten voor de brieven</translation>
    </message>
    <message>
        <source>&amp;Make the document</source>
        <translation>Document &amp;maken</translation>
    </message>
    <message>
        <source>Make the chosen document and show it (Ctrl+Enter)</source>
        <translation>Het gekozen document maken en tonen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Pasnummer</translation>
    </message>
    <message>
        <source>Card numbers</source>
        <translation>Pasnummers</translation>
    </message>
    <message>
        <source>&amp;Double-sided</source>
        <translation>&amp;Dubbelzijdig</translation>
    </message>
    <message>
        <source>Each card&apos;s back (the shop&apos;s details, the programme&apos;s rule, where to see the points) on the page after its front, mirrored: print double-sided, flipping on the long edge</source>
        <translation>De achterkant van elke pas (de gegevens van de winkel, de spaarregel, waar de punten te zien zijn) op de pagina na de voorkant, gespiegeld: dubbelzijdig afdrukken, kantelen over de lange zijde</translation>
    </message>
    <message>
        <source>Avery Zweckform C32011</source>
        <translation>Avery Zweckform C32011</translation>
    </message>
    <message>
        <source>A4 card, cut by hand</source>
        <translation>A4-karton, zelf snijden</translation>
    </message>
    <message>
        <source>Avery Zweckform 3474</source>
        <translation>Avery Zweckform 3474</translation>
    </message>
    <message>
        <source>Pre-cut business cards, 85 x 54 mm, 10 per A4 (also C32010, C32015)</source>
        <translation>Voorgestanste visitekaartjes, 85 x 54 mm, 10 per A4 (ook C32010, C32015)</translation>
    </message>
    <message>
        <source>Plain A4 card: ISO ID-1 cards (85.60 x 53.98 mm) with bleed and cut marks</source>
        <translation>Gewoon A4-karton: ISO ID-1-passen (85,60 x 53,98 mm) met afloop en snijtekens</translation>
    </message>
    <message>
        <source>Address labels, 70 x 37 mm, 24 per A4</source>
        <translation>Adresetiketten, 70 x 37 mm, 24 per A4</translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation>Breakage</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Boncode</translation>
    </message>
    <message>
        <source>Purchase number</source>
        <translation>Aankoopnummer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Back side</source>
        <translation>Achterkant</translation>
    </message>
    <message>
        <source>Offer in the letters</source>
        <translation>Aanbieding in de brieven</translation>
    </message>
    <message>
        <source>Offer valid until</source>
        <translation>Aanbieding geldig t/m</translation>
    </message>
    <message>
        <source>from the shop&apos;s own history</source>
        <translation>uit de eigen geschiedenis van de winkel</translation>
    </message>
    <message>
        <source>The share of points expected never to be redeemed (IFRS 15)</source>
        <translation>Het deel van de punten dat naar verwachting nooit wordt ingewisseld (IFRS 15)</translation>
    </message>
    <message>
        <source>empty: customers who joined in the period</source>
        <translation>leeg: klanten die in de periode lid werden</translation>
    </message>
    <message>
        <source>The coming week</source>
        <translation>De komende week</translation>
    </message>
    <message>
        <source>The coming month</source>
        <translation>De komende maand</translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>Geen aanbieding</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>Receipt, 80 mm</source>
        <translation>Kassabon, 80 mm</translation>
    </message>
    <message>
        <source>Making: {title}</source>
        <translation>Bezig met maken: {title}</translation>
    </message>
    <message>
        <source>{title}: {pages} page(s).</source>
        <translation>{title}: {pages} pagina(&apos;s).</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Customer retention</source>
        <translation>Klantenbinding</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>De laatste 3 maanden</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De laatste 12 maanden</translation>
    </message>
    <message>
        <source>Rewards handed out in:</source>
        <translation>Beloningen uitgereikt in:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Uitgereikt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Customers reached</source>
        <translation>Klanten bereikt</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Said yes</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Gekomen</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Plaatsen vrij</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>&amp;Collected / delivered</source>
        <translation>&amp;Opgehaald / bezorgd</translation>
    </message>
    <message>
        <source>Mark the chosen subscription as handed over; it moves to its next date</source>
        <translation>Het gekozen abonnement als meegegeven markeren; het schuift door naar de volgende datum</translation>
    </message>
    <message>
        <source>Birthdays, next 14 days</source>
        <translation>Verjaardagen, komende 14 dagen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Subscriptions due</source>
        <translation>Abonnementen aan de beurt</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Bellijst</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Mailings</translation>
    </message>
    <message>
        <source>Counting rewards per level…</source>
        <translation>Beloningen per niveau tellen…</translation>
    </message>
    <message>
        <source>Looking up birthdays, events and subscriptions…</source>
        <translation>Verjaardagen, evenementen en abonnementen opzoeken…</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>bezorgen</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>ophalen</translation>
    </message>
    <message>
        <source>Rewards handed out</source>
        <translation>Uitgereikte beloningen</translation>
    </message>
    <message>
        <source>No rewards were handed out in this period.</source>
        <translation>In deze periode zijn geen beloningen uitgereikt.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n reward(s) handed out in this period: too few to judge the balance.</source>
        <translation>
            <numerusform>Maar %n beloning uitgereikt in deze periode: te weinig om de balans te beoordelen.</numerusform>
            <numerusform>Maar %n beloningen uitgereikt in deze periode: te weinig om de balans te beoordelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The three levels are in balance in this period.</source>
        <translation>De drie niveaus zijn in deze periode in balans.</translation>
    </message>
    <message>
        <source>consider a social-emotional moment: a birthday surprise, a thank-you card, an invitation to a tour or a preview evening</source>
        <translation>overweeg een sociaal-emotioneel moment: een verjaardagsverrassing, een bedankkaartje, een uitnodiging voor een rondleiding of een voorproefavond</translation>
    </message>
    <message>
        <source>consider a structural service: a subscription, a reservation service or after-sales reminders</source>
        <translation>overweeg een structurele service: een abonnement, een reserveerservice of onderhoudsherinneringen</translation>
    </message>
    <message>
        <source>consider a financial reward: a stamp card or a member price</source>
        <translation>overweeg een financiële beloning: een stempelkaart of een ledenprijs</translation>
    </message>
    <message>
        <source>{n} out of 10 rewards were {level} in this period; {suggestion}.</source>
        <translation>{n} van de 10 beloningen waren in deze periode {level}; {suggestion}.</translation>
    </message>
    <message>
        <source>Occasions marked automatically: {list}</source>
        <translation>Automatisch gemarkeerde momenten: {list}</translation>
    </message>
</context>
<context>
    <name>RewardEditor</name>
    <message>
        <source>Discount voucher</source>
        <translation>Kortingsbon</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>Gratis product</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>Stempelkaart</translation>
    </message>
    <message>
        <source>Double-points day</source>
        <translation>Dubbele-puntendag</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>Ledenprijs</translation>
    </message>
    <message>
        <source>Birthday surprise</source>
        <translation>Verjaardagsverrassing</translation>
    </message>
    <message>
        <source>Personal thank-you</source>
        <translation>Persoonlijk bedankje</translation>
    </message>
    <message>
        <source>Event (tour, demo, preview evening)</source>
        <translation>Evenement (rondleiding, demo, voorproefavond)</translation>
    </message>
    <message>
        <source>Thank-you for a referral</source>
        <translation>Bedankje voor een aanbeveling</translation>
    </message>
    <message>
        <source>Subscription (collected or delivered)</source>
        <translation>Abonnement (ophalen of bezorgen)</translation>
    </message>
    <message>
        <source>Reservation or hold service</source>
        <translation>Reserveer- of apartleggservice</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>Service na aankoop</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Nieuwkomers</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Terugkerende klanten</translation>
    </message>
    <message>
        <source>Latent customers</source>
        <translation>Latente klanten</translation>
    </message>
    <message>
        <source>Silent loyalists</source>
        <translation>Stille loyalisten</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Beloningen</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New reward</source>
        <translation>&amp;Nieuwe beloning</translation>
    </message>
    <message>
        <source>Start a new reward (Ctrl+N)</source>
        <translation>Een nieuwe beloning beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Stop offering the chosen reward, or offer it again</source>
        <translation>De gekozen beloning niet meer aanbieden, of weer wel</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>The text printed on the voucher</source>
        <translation>De tekst die op de bon wordt afgedrukt</translation>
    </message>
    <message>
        <source>0 for a reward without points</source>
        <translation>0 voor een beloning zonder punten</translation>
    </message>
    <message>
        <source>empty: no end date on the voucher</source>
        <translation>leeg: geen einddatum op de bon</translation>
    </message>
    <message>
        <source>empty: from now on, like {example}</source>
        <translation>leeg: vanaf nu, zoals {example}</translation>
    </message>
    <message>
        <source>empty: no end</source>
        <translation>leeg: geen einde</translation>
    </message>
    <message>
        <source>empty: no limit; for an event, the seats</source>
        <translation>leeg: onbeperkt; bij een evenement: het aantal plaatsen</translation>
    </message>
    <message>
        <source>an amount off, like {example}</source>
        <translation>een bedrag korting, zoals {example}</translation>
    </message>
    <message>
        <source>or a percentage off, 1 to 100</source>
        <translation>of een percentage korting, 1 tot 100</translation>
    </message>
    <message>
        <source>10: the 10th purchase is free</source>
        <translation>10: de 10e aankoop is gratis</translation>
    </message>
    <message>
        <source>date and time, like {example} 19:30</source>
        <translation>datum en tijd, zoals {example} 19:30</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Cost in points</source>
        <translation>&amp;Kosten in punten</translation>
    </message>
    <message>
        <source>&amp;Valid for days</source>
        <translation>&amp;Geldig (dagen)</translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation>Minimaal &amp;niveau</translation>
    </message>
    <message>
        <source>For &amp;segment</source>
        <translation>Voor &amp;segment</translation>
    </message>
    <message>
        <source>Offered &amp;from</source>
        <translation>Aangeboden &amp;vanaf</translation>
    </message>
    <message>
        <source>Offered &amp;until</source>
        <translation>Aangeboden &amp;tot en met</translation>
    </message>
    <message>
        <source>S&amp;tock or seats</source>
        <translation>&amp;Voorraad of plaatsen</translation>
    </message>
    <message>
        <source>&amp;Discount amount</source>
        <translation>&amp;Kortingsbedrag</translation>
    </message>
    <message>
        <source>Discount &amp;percentage</source>
        <translation>Kortings&amp;percentage</translation>
    </message>
    <message>
        <source>Free &amp;purchase number</source>
        <translation>Gratis &amp;aankoop nummer</translation>
    </message>
    <message>
        <source>&amp;Event starts</source>
        <translation>&amp;Evenement begint</translation>
    </message>
    <message>
        <source>&amp;Voucher text</source>
        <translation>&amp;Tekst op de bon</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save this reward (Ctrl+S)</source>
        <translation>Deze beloning opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>aangeboden</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>nog {n}</translation>
    </message>
    <message>
        <source>New reward</source>
        <translation>Nieuwe beloning</translation>
    </message>
    <message>
        <source>Choose a reward in the list first.</source>
        <translation>Kies eerst een beloning in de lijst.</translation>
    </message>
    <message>
        <source>Offer &amp;again</source>
        <translation>Weer &amp;aanbieden</translation>
    </message>
    <message>
        <source>Retired: the counter no longer offers it.</source>
        <translation>Ingetrokken: de kassa biedt deze niet meer aan.</translation>
    </message>
    <message>
        <source>{tier} (no longer a tier)</source>
        <translation>{tier} (geen niveau meer)</translation>
    </message>
    <message>
        <source>Not saved: see the message beside the field.</source>
        <translation>Niet opgeslagen: zie de melding bij het veld.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punten</translation>
    </message>
    <message>
        <source>&amp;Bonuses</source>
        <translation>&amp;Bonussen</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Niveaus</translation>
    </message>
    <message>
        <source>This &amp;counter</source>
        <translation>Deze &amp;kassa</translation>
    </message>
    <message>
        <source>&amp;Shop on paper</source>
        <translation>&amp;Winkel op papier</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Naam van de winkel</translation>
    </message>
    <message>
        <source>Points per euro spent</source>
        <translation>Punten per bestede euro</translation>
    </message>
    <message>
        <source>Down (€ 12,90 gives 12)</source>
        <translation>Omlaag (€ 12,90 geeft 12)</translation>
    </message>
    <message>
        <source>To the nearest</source>
        <translation>Naar het dichtstbijzijnde</translation>
    </message>
    <message>
        <source>Up (€ 12,10 gives 13)</source>
        <translation>Omhoog (€ 12,10 geeft 13)</translation>
    </message>
    <message>
        <source>Rounding of points</source>
        <translation>Afronding van punten</translation>
    </message>
    <message>
        <source>What one point is worth (€)</source>
        <translation>Waarde van één punt (€)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Punten vervallen na</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>New points can be spent after</source>
        <translation>Nieuwe punten zijn te besteden na</translation>
    </message>
    <message>
        <source>Largest purchase (€)</source>
        <translation>Grootste aankoop (€)</translation>
    </message>
    <message>
        <source>A customer is latent after no visit for</source>
        <translation>Een klant is latent na geen bezoek gedurende</translation>
    </message>
    <message>
        <source> visits in a year</source>
        <translation> bezoeken per jaar</translation>
    </message>
    <message>
        <source>A silent loyalist has at least</source>
        <translation>Een stille loyalist heeft minstens</translation>
    </message>
    <message>
        <source>An advocate has referred at least (friends)</source>
        <translation>Een ambassadeur heeft minstens aangebracht (vrienden)</translation>
    </message>
    <message>
        <source>Welcome bonus (points)</source>
        <translation>Welkomstbonus (punten)</translation>
    </message>
    <message>
        <source>Birthday bonus (points)</source>
        <translation>Verjaardagsbonus (punten)</translation>
    </message>
    <message>
        <source>Bonus on the 10th, 25th, 50th… visit</source>
        <translation>Bonus bij het 10e, 25e, 50e… bezoek</translation>
    </message>
    <message>
        <source>Membership anniversary bonus</source>
        <translation>Bonus bij het jubileum van het lidmaatschap</translation>
    </message>
    <message>
        <source>Welcome-back bonus for a latent customer</source>
        <translation>Welkom-terugbonus voor een latente klant</translation>
    </message>
    <message>
        <source>Bonus for reaching a higher tier</source>
        <translation>Bonus voor het bereiken van een hoger niveau</translation>
    </message>
    <message>
        <source>Referral bonus (points)</source>
        <translation>Aanbrengbonus (punten)</translation>
    </message>
    <message>
        <source>Referrals per customer that earn a bonus</source>
        <translation>Aangebrachte klanten per klant die een bonus opleveren</translation>
    </message>
    <message>
        <source>the customer who referred</source>
        <translation>de klant die aanbracht</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>de nieuwe klant</translation>
    </message>
    <message>
        <source>both</source>
        <translation>allebei</translation>
    </message>
    <message>
        <source>The referral bonus goes to</source>
        <translation>De aanbrengbonus gaat naar</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Spend in 12 months (€)</source>
        <translation>Besteding in 12 maanden (€)</translation>
    </message>
    <message>
        <source>Points multiplier (%)</source>
        <translation>Puntenvermenigvuldiger (%)</translation>
    </message>
    <message>
        <source>&amp;Add tier</source>
        <translation>Niveau &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove tier</source>
        <translation>Niveau &amp;verwijderen</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Lock when nobody touches it for</source>
        <translation>Vergrendelen als niemand hem aanraakt gedurende</translation>
    </message>
    <message>
        <source>Receipt printer for vouchers and slips</source>
        <translation>Bonprinter voor waardebonnen en bonnen</translation>
    </message>
    <message>
        <source>or ESC/POS: usb:04b8:0202, tcp:192.168.1.50, serial:COM3</source>
        <translation>of ESC/POS: usb:04b8:0202, tcp:192.168.1.50, serial:COM3</translation>
    </message>
    <message>
        <source>A thermal printer spoken to directly: the slip prints at once, cut, with a barcode the printer draws</source>
        <translation>Een thermische printer die direct wordt aangestuurd: de bon wordt meteen afgedrukt en afgesneden, met een streepjescode die de printer zelf tekent</translation>
    </message>
    <message>
        <source>Thermal printer (ESC/POS)</source>
        <translation>Thermische printer (ESC/POS)</translation>
    </message>
    <message>
        <source>Recorded with every purchase, refund and reward booked here, for the end-of-day summary per counter</source>
        <translation>Wordt vastgelegd bij elke aankoop, terugbetaling en beloning die hier wordt geboekt, voor het dagoverzicht per kassa</translation>
    </message>
    <message>
        <source>Name of this counter</source>
        <translation>Naam van deze kassa</translation>
    </message>
    <message>
        <source>Not saved: see the messages on {tabs}.</source>
        <translation>Niet opgeslagen: zie de meldingen op {tabs}.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Building the indexes…</source>
        <translation>De indexen opbouwen…</translation>
    </message>
    <message>
        <source>Adding up the totals for the dashboard…</source>
        <translation>De totalen voor het dashboard optellen…</translation>
    </message>
    <message>
        <source>{done} of {customers} customers, {purchases} purchases</source>
        <translation>{done} van {customers} klanten, {purchases} aankopen</translation>
    </message>
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
        <source>Choose a PIN (6-8 digits)</source>
        <translation>Kies een pincode (6-8 cijfers)</translation>
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
        <source>Enter the shop&apos;s name.</source>
        <translation>Vul de naam van de winkel in.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Vul je naam in.</translation>
    </message>
    <message>
        <source>An owner&apos;s PIN is 6 to 8 digits.</source>
        <translation>De pincode van een eigenaar heeft 6 tot 8 cijfers.</translation>
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
    <name>ShopProfileTab</name>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>KvK number (Chamber of Commerce)</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Letters are signed by</source>
        <translation>Brieven ondertekend door</translation>
    </message>
    <message>
        <source>e.g. Marieke Jansen</source>
        <translation>bijv. Marieke Jansen</translation>
    </message>
    <message>
        <source>Mon–Fri 9:00–18:00
Sat 9:00–17:00</source>
        <translation>ma–vr 9.00–18.00
za 9.00–17.00</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>u (formal)</source>
        <translation>u (formeel)</translation>
    </message>
    <message>
        <source>je (informal)</source>
        <translation>je (informeel)</translation>
    </message>
    <message>
        <source>How every Dutch letter, voucher and slip addresses the customer</source>
        <translation>Hoe elke Nederlandse brief, waardebon en bon de klant aanspreekt</translation>
    </message>
    <message>
        <source>Dutch texts address the customer as</source>
        <translation>Nederlandse teksten spreken de klant aan met</translation>
    </message>
    <message>
        <source>DIN 5008 form B (window 45 mm from the top)</source>
        <translation>DIN 5008 vorm B (venster 45 mm van boven)</translation>
    </message>
    <message>
        <source>DIN 5008 form A (window 27 mm from the top)</source>
        <translation>DIN 5008 vorm A (venster 27 mm van boven)</translation>
    </message>
    <message>
        <source>Window envelope of the letters</source>
        <translation>Vensterenvelop van de brieven</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG)</source>
        <translation>Logo (PNG of SVG)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>geen logo</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Kies het logo van de winkel</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg)</source>
        <translation>Afbeeldingen (*.png *.svg)</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>Dit bestand is geen leesbare afbeelding.</translation>
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
    <name>Slips</name>
    <message>
        <source>Making the voucher…</source>
        <translation>De waardebon wordt gemaakt…</translation>
    </message>
    <message>
        <source>Voucher {code}</source>
        <translation>Waardebon {code}</translation>
    </message>
    <message>
        <source>The receipt printer {printer} cannot be reached. Is it switched on and connected?</source>
        <translation>De bonprinter {printer} is niet bereikbaar. Staat hij aan en is hij aangesloten?</translation>
    </message>
    <message>
        <source>Making the points slip…</source>
        <translation>De puntenbon wordt gemaakt…</translation>
    </message>
    <message>
        <source>Making the card…</source>
        <translation>De pas wordt gemaakt…</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Pas {card}</translation>
    </message>
    <message>
        <source>Points slip</source>
        <translation>Puntenbon</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Kan aanmelden</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>New &amp;PIN…</source>
        <translation>Nieuwe &amp;pincode…</translation>
    </message>
    <message>
        <source>Make &amp;owner / staff</source>
        <translation>Maak &amp;eigenaar / medewerker</translation>
    </message>
    <message>
        <source>&amp;Switch off / on</source>
        <translation>&amp;Uit- / aanzetten</translation>
    </message>
    <message>
        <source>Recent wrong PINs:</source>
        <translation>Recente verkeerde pincodes:</translation>
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
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{when}  {name}  at {counter}</source>
        <translation>{when}  {name}  bij {counter}</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>de opdrachtregel</translation>
    </message>
    <message>
        <source>(blocked for a while)</source>
        <translation>(een tijdje geblokkeerd)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Make {name} owner: a new PIN</source>
        <translation>{name} eigenaar maken: een nieuwe pincode</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>Nieuwe pincode voor {name}</translation>
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
<context>
    <name>Tile</name>
    <message>
        <source>Click to see these customers</source>
        <translation>Klik om deze klanten te zien</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>niet vergeleken</translation>
    </message>
    <message>
        <source>{change} (too few answers to compare)</source>
        <translation>{change} (te weinig antwoorden om te vergelijken)</translation>
    </message>
</context>
<context>
    <name>TillTotalsScreen</name>
    <message>
        <source>Till totals</source>
        <translation>Kassatotalen</translation>
    </message>
    <message>
        <source>One day (the till&apos;s Z-report)</source>
        <translation>Eén dag (de Z-bon van de kassa)</translation>
    </message>
    <message>
        <source>A whole month (from the books)</source>
        <translation>Een hele maand (uit de boekhouding)</translation>
    </message>
    <message>
        <source>What the till took, for example 1234,50</source>
        <translation>Wat de kassa ontving, bijvoorbeeld 1234,50</translation>
    </message>
    <message>
        <source>Only when correcting a figure entered before</source>
        <translation>Alleen bij het corrigeren van een eerder ingevoerd bedrag</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invoeren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Till total</source>
        <translation>Kassatotaal</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>Reden van een correctie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Ingevoerd door</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>The dashboard and the monthly report show the members&apos; share of revenue for a month whose till total is entered for every day, or as one month total. A month total counts instead of the month&apos;s days.</source>
        <translation>Het dashboard en het maandrapport tonen het aandeel leden in de omzet voor een maand waarvan het kassatotaal voor elke dag is ingevoerd, of als één maandtotaal. Een maandtotaal telt in plaats van de dagen van die maand.</translation>
    </message>
    <message>
        <source>{month}: entered for every day; the till took {amount}.</source>
        <translation>{month}: voor elke dag ingevoerd; de kassa ontving {amount}.</translation>
    </message>
    <message>
        <source>{month}: entered for {entered} of {days} days.</source>
        <translation>{month}: ingevoerd voor {entered} van {days} dagen.</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>maand {month}</translation>
    </message>
    <message>
        <source>{count}× corrected: {reason}</source>
        <translation>{count}× gecorrigeerd: {reason}</translation>
    </message>
    <message>
        <source>Not saved: see the message beside the field.</source>
        <translation>Niet opgeslagen: zie de melding naast het veld.</translation>
    </message>
    <message>
        <source>{day} had {amount} already; nothing changed.</source>
        <translation>{day} had al {amount}; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Saved: {day} {amount}.</source>
        <translation>Opgeslagen: {day} {amount}.</translation>
    </message>
</context>
<context>
    <name>WorkingLabel</name>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
</context>
</TS>
