"""Data for the demo shop: Dutch names, streets, towns around Utrecht, notes and comments.

Names repeat in proportion to how common they are, so a plain random choice gives a
believable mix: many Jansens and De Vriezen, fewer Van 't Hofs.
"""

FIRST_NAMES = (
    "Daan", "Sem", "Lucas", "Levi", "Finn", "Noah", "Milan", "Bram", "Thijs", "Jesse", "Ruben", "Lars",
    "Thomas", "Tim", "Niels", "Stijn", "Joris", "Wouter", "Pieter", "Jeroen", "Maarten", "Bas", "Koen",
    "Sander", "Erik", "Dennis", "Mark", "Rob", "Hans", "Kees", "Henk", "Gerrit", "Jan", "Willem", "Cor",
    "Frank", "Paul", "Arjen", "Teun", "Joost", "Mohammed", "Yusuf", "Ahmed", "Mehmet", "Emre", "Rayan",
    "Omar", "Anand", "Rajesh", "Wei", "Mateusz", "Tomasz", "Emma", "Julia", "Sophie", "Tess", "Sara",
    "Anna", "Fenna", "Lotte", "Eva", "Lieke", "Noor", "Mila", "Zoë", "Iris", "Anouk", "Femke", "Marloes",
    "Esther", "Sanne", "Linda", "Monique", "Ingrid", "Anja", "Wilma", "Ans", "Gerda", "Petra", "Karin",
    "Marieke", "Annemiek", "Ilse", "Renée", "Chantal", "Mirjam", "Hanneke", "Joke", "Riet", "Tineke",
    "Fatima", "Aïcha", "Yasmina", "Elif", "Zeynep", "Priya", "Sharon", "Mei", "Agnieszka", "Inge",
    "Floor", "Roos", "Maud", "Isa", "Nina", "Lisa", "Vera", "Amber", "Britt", "Jasmijn",
)

# (tussenvoegsel, surname): the tussenvoegsel is part of the name but not of its sort key.
SURNAMES = (
    ("de", "Jong"), ("de", "Jong"), ("", "Jansen"), ("", "Jansen"), ("", "Jansen"), ("de", "Vries"),
    ("de", "Vries"), ("van den", "Berg"), ("van den", "Berg"), ("van", "Dijk"), ("van", "Dijk"),
    ("", "Bakker"), ("", "Bakker"), ("", "Janssen"), ("", "Visser"), ("", "Visser"), ("", "Smit"),
    ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"),
    ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"),
    ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"),
    ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"),
    ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("de", "Bruin"), ("van der", "Heijden"),
    ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"), ("van de", "Ven"),
    ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"), ("van der", "Wal"),
    ("", "Prins"), ("", "Blom"), ("", "Huisman"), ("", "Peeters"), ("de", "Jonge"), ("", "Kuipers"),
    ("van", "Veen"), ("", "Post"), ("", "Kuiper"), ("", "Veenstra"), ("", "Kramer"), ("van den", "Brink"),
    ("", "Scholten"), ("van", "Wijk"), ("", "Postma"), ("", "Martens"), ("", "Vink"), ("de", "Ruiter"),
    ("", "Timmermans"), ("", "Groen"), ("", "Gerritsen"), ("", "Jonker"), ("van", "Loon"), ("", "Boersma"),
    ("ter", "Horst"), ("in 't", "Veld"), ("van 't", "Hof"), ("op de", "Beek"), ("ten", "Cate"),
    ("van", "Rijn"), ("", "Wouters"), ("", "Yılmaz"), ("", "Kaya"), ("", "Öztürk"), ("", "Demir"),
    ("El", "Idrissi"), ("El", "Amrani"), ("", "Bouzid"), ("", "Benali"), ("", "Tahiri"),
    ("", "Ramdin"), ("", "Sitaram"), ("", "Tjon A Fong"), ("", "Nguyen"), ("", "Kowalski"),
    ("", "Wiśniewska"), ("", "Sahin"), ("", "Lambert"), ("", "Pinas"),
)

STREETS = (
    "Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Julianalaan", "Wilhelminastraat",
    "Beatrixlaan", "Oranjestraat", "Schoolstraat", "Hoofdstraat", "Marktstraat", "Parkweg",
    "Nieuwegracht", "Oudegracht", "Biltstraat", "Lange Nieuwstraat", "Amsterdamsestraatweg",
    "Merelstraat", "Vinkenstraat", "Lijsterbeslaan", "Eikenlaan", "Berkenlaan", "Beukenlaan",
    "Kastanjelaan", "Tulpstraat", "Rozenstraat", "Narcissenlaan", "Prinses Irenelaan",
    "Burgemeester Reigerstraat", "Vondellaan", "Rembrandtlaan", "Van Goghstraat", "Jan Steenstraat",
    "Willem de Zwijgerlaan", "Koningsweg", "Kanaalweg", "Dijkstraat", "Weidelaan", "Zonnebloemstraat",
    "Ganzenmarkt", "Twijnstraat", "Zadelstraat", "Kromme Nieuwegracht", "Nachtegaalstraat",
)

# (town, first and last four-digit postcode of its range, share of the shop's customers)
TOWNS = (
    ("Utrecht", 3511, 3585, 55), ("Nieuwegein", 3430, 3439, 9), ("Zeist", 3701, 3709, 8),
    ("Houten", 3991, 3998, 7), ("Maarssen", 3601, 3608, 5), ("De Bilt", 3731, 3739, 4),
    ("Bilthoven", 3720, 3723, 4), ("IJsselstein", 3401, 3404, 3), ("Bunnik", 3981, 3984, 2),
    ("Vianen", 4131, 4133, 2), ("Amersfoort", 3811, 3829, 1),
)
# Dutch postcodes skip the letters F, I, O, Q, U and Y, and the pairs SA, SD and SS.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
POSTCODE_SKIPPED = frozenset({"SA", "SD", "SS"})

# (domain, share)
MAIL_DOMAINS = (
    ("gmail.com", 34), ("hotmail.com", 18), ("outlook.com", 10), ("ziggo.nl", 10), ("kpnmail.nl", 8),
    ("live.nl", 6), ("icloud.com", 6), ("xs4all.nl", 3), ("planet.nl", 3), ("home.nl", 2),
)

NOTES = (
    "houdt van biologische koffie", "allergisch voor noten", "komt meestal op zaterdagochtend",
    "heeft een Rancilio Silvia (gekocht 2021)", "wil gebeld worden als de Ethiopische Yirgacheffe binnen is",
    "drinkt geen cafeïne meer, alleen decaf", "bestelt vaak cadeaupakketten voor het werk",
    "slechtziend: bonnetje graag voorlezen", "brengt altijd een eigen beker mee",
    "vraagt naar fairtrade herkomst", "heeft de proefavond in maart georganiseerd meegemaakt",
    "houdt van losse thee, vooral Darjeeling",
)
PREFERENCES = (
    "bonen: donkere branding", "bonen: lichte branding (filter)", "maling: grof, voor french press",
    "maling: fijn, voor espresso", "thee: groene sencha", "thee: rooibos", "melk: haverdrank",
    "favoriet: huismelange 'Domtoren'", "favoriet: Colombia Huila", "cadeauverpakking altijd graag",
)

SURVEY_COMMENTS = {
    "promoter": (
        "Altijd vriendelijk en ze weten precies wat ik lekker vind.", "Beste koffie van de stad!",
        "Fijn dat jullie mijn bestelling onthouden.", "De proefavond was geweldig, graag vaker.",
        "Top service bij de reparatie van mijn machine.", "Heerlijke bonen en goed advies.",
        "Voelt als thuiskomen.",
    ),
    "passive": (
        "Prima winkel, soms wat lang wachten op zaterdag.", "Goede koffie, wel aan de prijzige kant.",
        "Meer keuze in thee zou fijn zijn.", "Openingstijden op maandag zijn onhandig.",
        "Prima, maar het spaarprogramma mag wat sneller gaan.",
    ),
    "detractor": (
        "Te duur vergeleken met de supermarkt.", "Mijn bonen waren een keer niet vers.",
        "Lang moeten wachten en niemand die hielp.", "Reparatie duurde veel te lang.",
        "Kassa deed het niet met mijn pas.",
    ),
}

REFUND_REASONS = ("artikel defect", "verkeerde maling", "niet naar wens", "cadeau geruild", "beschadigde verpakking")
VOID_REASONS = ("verkeerd bedrag aangeslagen", "dubbel aangeslagen", "verkeerde klant gescand")
