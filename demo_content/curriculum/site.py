"""Home page, standard pages, teams, organisations and coordinator settings (demo content, Dutch, B1).

Plain data only. Blocks are (block_type, value) tuples; rich text is HTML.
"""

HOME = {
    "title": "Leren Kijken",
    "intro": (
        "<p>Leren Kijken is een online training voor professionals in Flevoland. "
        "Je leert signalen van mensenhandel herkennen. "
        "En je leert wat je daarna doet en wie je kunt bellen.</p>"
    ),
    "body": [
        (
            "paragraph",
            "<h2>Waarom deze training?</h2>"
            "<p>Mensen die worden uitgebuit, vragen zelden zelf om hulp. Ze zijn bang, ze schamen zich "
            "of ze hebben schulden. Soms zien ze zichzelf niet als slachtoffer. Daarom komt mensenhandel "
            "vaak pas aan het licht als iemand anders het opmerkt.</p>"
            "<p>Die iemand ben jij misschien. Je ontmoet mensen in een gesprek, bij een huisbezoek, bij een "
            "controle, in de spreekkamer of in de klas. Als je weet waar je op moet letten, zie je meer. "
            "En als je weet wie je kunt bellen, hoef je het niet alleen op te lossen.</p>",
        ),
        (
            "paragraph",
            "<h2>Voor wie is Leren Kijken?</h2>"
            "<p>De training is er voor medewerkers van de zes gemeenten in Flevoland: Almere, Lelystad, "
            "Dronten, Zeewolde, Noordoostpolder en Urk. En voor mensen die in de zorg of het onderwijs "
            "werken. Elk team heeft een eigen module:</p>"
            "<ul>"
            "<li>sociaal domein;</li>"
            "<li>handhaving en toezicht;</li>"
            "<li>openbare orde en veiligheid;</li>"
            "<li>zorg;</li>"
            "<li>onderwijs.</li>"
            "</ul>"
            "<p>Elke module gaat over situaties die je in je eigen werk kunt tegenkomen.</p>",
        ),
        (
            "paragraph",
            "<h2>Zo begin je</h2>"
            "<ol>"
            "<li>Maak een account aan. Kies je organisatie en je team.</li>"
            "<li>Je ziet dan welke module bij jouw werk past.</li>"
            "<li>Volg de lessen in je eigen tempo. Een module duurt een half uur tot een uur.</li>"
            "<li>Beantwoord de vragen over korte situaties uit de praktijk.</li>"
            "<li>Geslaagd? Dan krijg je een certificaat en een uitnodiging voor een bijeenkomst.</li>"
            "</ol>"
            "<p>Wil je de training met je hele team doen? Dat kan ook. Dan doet iemand de module samen met "
            "jullie, op een groot scherm. Iedereen antwoordt met de eigen telefoon.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Is iemand nu in gevaar?",
                "text": (
                    "<p>Bel dan meteen <strong>112</strong>. Is er geen acuut gevaar, maar maak je je zorgen? "
                    "Lees dan de pagina <strong>Wat te doen bij signalen</strong>. Daar staat wie je kunt bellen "
                    "voor advies, ook anoniem.</p>"
                ),
            },
        ),
        (
            "quote",
            {
                "text": (
                    "Niemand verwacht dat je zeker weet dat het mensenhandel is. "
                    "We vragen alleen dat je goed kijkt, en dat je erover praat met iemand die er verstand van heeft."
                ),
                "attribution": "Een zorgcoördinator mensenhandel (fictief)",
            },
        ),
    ],
    "audiences_heading": "Voor jouw team",
}


# Contacts used on the what-to-do page. Numbers from the content brief; see docs/content-review.md.
_CONTACTS = [
    {
        "name": "Alarmnummer",
        "purpose": "Bij acuut gevaar, voor iemand anders of voor jezelf.",
        "phone": "112",
        "url": "",
    },
    {
        "name": "Meld- en Adviespunt Mensenhandel Flevoland",
        "purpose": (
            "Advies en melden bij alle vormen van mensenhandel, ook anoniem. Voor inwoners en professionals. "
            "Dag en nacht bereikbaar. Chatten kan op werkdagen van 9.00 tot 17.00 uur."
        ),
        "phone": "088-2220500",
        "url": "https://www.veiligthuisflevoland.nl",
    },
    {
        "name": "Je eigen organisatie",
        "purpose": (
            "Je leidinggevende of de aandachtsfunctionaris. Zij kennen de afspraken en de meldlijn van je "
            "organisatie. Werk je met een meldcode? Dan volg je die."
        ),
        "phone": "",
        "url": "",
    },
    {
        "name": "Veilig Thuis",
        "purpose": "Advies of melden bij huiselijk geweld en kindermishandeling. Gratis, dag en nacht, ook anoniem.",
        "phone": "0800-2000",
        "url": "https://veiligthuis.nl",
    },
    {
        "name": "Politie",
        "purpose": "Een vermoeden van mensenhandel melden als er geen acuut gevaar is.",
        "phone": "0900-8844",
        "url": "https://www.politie.nl",
    },
    {
        "name": "FairWork",
        "purpose": "Organisatie die opkomt voor mensen die in hun werk worden uitgebuit. Denk mee bij arbeidsuitbuiting.",
        "phone": "",
        "url": "https://www.fairwork.nu",
    },
    {
        "name": "Nederlandse Arbeidsinspectie",
        "purpose": "Bij een vermoeden van uitbuiting in werk (arbeidsuitbuiting).",
        "phone": "0800-5151",
        "url": "https://www.nlarbeidsinspectie.nl",
    },
    {
        "name": "CoMensha",
        "purpose": (
            "Landelijk coördinatiecentrum tegen mensenhandel. Registreert mogelijke slachtoffers en regelt "
            "opvang voor volwassenen. Een registratie is geen aangifte."
        ),
        "phone": "",
        "url": "https://www.comensha.nl",
    },
]


STANDARD_PAGES = [
    {
        "slug": "wat-te-doen-bij-signalen",
        "title": "Wat te doen bij signalen",
        "intro": (
            "<p>Zie je signalen van mensenhandel? Of heb je het gevoel dat er iets niet klopt? "
            "Op deze pagina lees je wat je kunt doen. En bij wie je in Flevoland terecht kunt.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<h2>Je hoeft het niet zeker te weten</h2>"
                "<p>Eén signaal bewijst niets. Maar zie je meer signalen tegelijk? Dan is dat een reden om "
                "iets te doen. Je hoeft niet zelf uit te zoeken of het echt mensenhandel is. Dat doen anderen, "
                "zoals de politie en de hulpverlening. Jouw taak is: goed kijken, opschrijven wat je ziet en "
                "overleggen.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Veiligheid gaat voor",
                    "text": (
                        "<ul>"
                        "<li>Spreek iemand die je verdenkt van uitbuiting <strong>nooit</strong> zelf aan.</li>"
                        "<li>Ga niet zelf op onderzoek uit.</li>"
                        "<li>Stel geen vragen aan een mogelijk slachtoffer als de persoon erbij "
                        "is die de baas lijkt te spelen.</li>"
                        "<li>Beloof niet dat je alles geheimhoudt. Zeg wel dat je zorgvuldig "
                        "met het verhaal omgaat.</li>"
                        "<li>Bij acuut gevaar bel je <strong>112</strong>.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "referral_route",
                {
                    "title": "De route bij signalen in Flevoland",
                    "intro": (
                        "Met deze stappen handel je rustig en veilig. Je kunt altijd eerst advies vragen, "
                        "ook zonder namen te noemen."
                    ),
                    "steps": [
                        {
                            "title": "Zorg eerst voor veiligheid",
                            "text": (
                                "Is iemand nu in gevaar, of ben jij het zelf? Bel 112. "
                                "Spreek een mogelijke uitbuiter niet aan."
                            ),
                        },
                        {
                            "title": "Praat apart met de persoon",
                            "text": (
                                "Zoek een moment zonder begeleider. Gebruik een onafhankelijke tolk, bijvoorbeeld "
                                "via de telefoon. Laat nooit de begeleider tolken. Accepteer dat iemand misschien "
                                "nog niet wil of durft te praten."
                            ),
                        },
                        {
                            "title": "Schrijf de feiten op",
                            "text": (
                                "Noteer wat je zag en hoorde: datum, tijd, plaats, namen, kentekens en wat iemand "
                                "letterlijk zei. Schrijf feiten op, geen conclusies."
                            ),
                        },
                        {
                            "title": "Overleg",
                            "text": (
                                "Bespreek je zorgen met een collega of met de aandachtsfunctionaris van je "
                                "organisatie. Vraag advies aan het Meld- en Adviespunt Mensenhandel Flevoland. "
                                "Dat kan anoniem."
                            ),
                        },
                        {
                            "title": "Kies samen de volgende stap",
                            "text": (
                                "Samen met het Meld- en Adviespunt of de zorgcoördinator mensenhandel besluit je "
                                "wat nodig is. Bijvoorbeeld hulp regelen, een melding doen, of de politie of de "
                                "Arbeidsinspectie inschakelen."
                            ),
                        },
                        {
                            "title": "Na je melding",
                            "text": (
                                "Het Meld- en Adviespunt of de zorgcoördinator pakt het op. Zij overleggen met "
                                "partners, regelen zo nodig opvang en zorg, en schakelen de politie in als dat "
                                "nodig is. Je hoort niet alles terug, want het slachtoffer heeft recht op privacy. "
                                "Vraag wel wat jouw rol nog is. Raakt het je? Praat erover met een collega."
                            ),
                        },
                    ],
                    "contacts": _CONTACTS,
                    "show_coordinator": True,
                },
            ),
            (
                "paragraph",
                "<h2>Wat doet de zorgcoördinator mensenhandel?</h2>"
                "<p>In Flevoland is er een zorgcoördinator mensenhandel. Die zorgt ervoor dat slachtoffers "
                "opvang, zorg en juridische hulp krijgen. De zorgcoördinator geeft ook advies aan professionals. "
                "De contactgegevens staan bij de route hierboven en onderaan elke pagina. Staan ze er niet, of "
                "kloppen ze niet? Vraag dan bij je gemeente wie de zorgcoördinator is.</p>",
            ),
            (
                "paragraph",
                "<h2>De meldcode in vijf stappen</h2>"
                "<p>Werk je in het onderwijs, de zorg, de jeugdhulp of het sociaal werk? Dan werk je met de "
                "meldcode huiselijk geweld en kindermishandeling. De meldcode helpt je om stap voor stap een "
                "besluit te nemen. Gaat het om een minderjarige die misschien wordt uitgebuit? Dan volg je "
                "de meldcode.</p>"
                "<ol>"
                "<li><strong>Breng de signalen in kaart.</strong> Schrijf op wat je ziet en hoort.</li>"
                "<li><strong>Overleg.</strong> Praat met een collega of de aandachtsfunctionaris. Vraag zo nodig "
                "advies aan Veilig Thuis. Dat kan anoniem.</li>"
                "<li><strong>Praat met de persoon.</strong> Ga in gesprek met de leerling of cliënt. Praat ook met "
                "de ouders, behalve als dat niet veilig is.</li>"
                "<li><strong>Weeg het risico.</strong> Gebruik daarvoor het afwegingskader van je beroep.</li>"
                "<li><strong>Beslis.</strong> Regel hulp, doe een melding bij Veilig Thuis, of allebei.</li>"
                "</ol>"
                "<p>Sinds 2019 is de regel: is er acute of structurele onveiligheid? Dan doe je een melding.</p>",
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Mag ik gegevens delen?",
                    "text": (
                        "<p>Veel professionals denken dat ze nooit iets mogen doorgeven zonder toestemming van de "
                        "persoon. Dat klopt niet altijd. Besluit dus niet te snel dat je niets mag delen. Overleg "
                        "eerst, bijvoorbeeld anoniem met het Meld- en Adviespunt, of met de privacy-adviseur van je "
                        "organisatie.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "action",
                    "title": "Ook zonder verblijfspapieren is er hulp",
                    "text": (
                        "<p>Heeft een mogelijk slachtoffer geen geldige verblijfspapieren? Ook dan is er hulp. "
                        "De politie of de Koninklijke Marechaussee biedt <strong>bedenktijd</strong> aan: maximaal "
                        "3 maanden om rustig na te denken over een aangifte. In die tijd krijgt de persoon opvang "
                        "en hoeft hij of zij Nederland niet te verlaten. Een klein vermoeden is al genoeg.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "slug": "privacyverklaring",
        "title": "Privacyverklaring",
        "intro": (
            "<p>Hier lees je welke gegevens Leren Kijken bewaart, waarom we dat doen en hoe lang. "
            "Je leest ook welke rechten je hebt.</p>"
        ),
        "body": [
            (
                "callout",
                {
                    "kind": "note",
                    "title": "Dit is een voorbeeldtekst",
                    "text": (
                        "<p>Deze privacyverklaring is een demotekst. De coördinator en de functionaris "
                        "gegevensbescherming moeten de tekst controleren en aanvullen voordat het platform echt "
                        "wordt gebruikt. Bijvoorbeeld: wie is verantwoordelijk voor de gegevens, en waar staan "
                        "ze opgeslagen?</p>"
                    ),
                },
            ),
            (
                "paragraph",
                "<h2>Welke gegevens bewaren we?</h2>"
                "<ul>"
                "<li><strong>Je account:</strong> je naam, je e-mailadres, je organisatie en je team.</li>"
                "<li><strong>Je voortgang:</strong> welke lessen je hebt gevolgd en welke antwoorden je gaf "
                "op de vragen.</li>"
                "<li><strong>Je certificaten:</strong> je naam, de module, de datum en de code waarmee iemand "
                "kan controleren of het certificaat echt is.</li>"
                "<li><strong>Aanmeldingen:</strong> voor welke bijeenkomst je je hebt aangemeld.</li>"
                "</ul>"
                "<p>Doe je mee aan een teamsessie zonder account? Dan bewaren we je naam en je antwoorden. "
                "Vul je je e-mailadres in? Dan bewaren we dat ook, om je certificaat te kunnen sturen.</p>",
            ),
            (
                "paragraph",
                "<h2>Waarom bewaren we die gegevens?</h2>"
                "<ul>"
                "<li>Om je de training te geven en te onthouden hoe ver je bent.</li>"
                "<li>Om je een certificaat te geven, en zodat anderen kunnen controleren of het echt is.</li>"
                "<li>Om je uit te nodigen voor een bijeenkomst en je aanmelding te regelen.</li>"
                "<li>Om de coördinator overzichten te geven. Denk aan: hoeveel mensen per gemeente of team de "
                "training hebben gedaan, en welke vragen vaak fout gaan. Daarin staan geen namen.</li>"
                "</ul>"
                "<p>De coördinator ziet wel wie een certificaat heeft en wie zich heeft aangemeld voor een "
                "bijeenkomst. Dat is nodig om certificaten te beheren en bijeenkomsten te organiseren.</p>",
            ),
            (
                "paragraph",
                "<h2>Hoe lang bewaren we je gegevens?</h2>"
                "<ul>"
                "<li><strong>Account en voortgang:</strong> tot je je account verwijdert. Log je 2 jaar niet in? "
                "Dan verwijderen we je account.</li>"
                "<li><strong>Certificaten:</strong> zolang het certificaat geldig is, ook als je je account "
                "verwijdert. Zo kan iemand het certificaat blijven controleren.</li>"
                "<li><strong>Teamsessie zonder account:</strong> 90 dagen na de sessie.</li>"
                "</ul>",
            ),
            (
                "paragraph",
                "<h2>Jouw rechten</h2>"
                "<ul>"
                "<li>Je kunt al je gegevens downloaden. Dat doe je op je profielpagina.</li>"
                "<li>Je kunt je account verwijderen, ook op je profielpagina. Je gegevens worden dan gewist, "
                "behalve geldige certificaten.</li>"
                "<li>Klopt er iets niet? Mail de coördinator. Het e-mailadres staat onderaan elke pagina, zodra de coördinator het heeft ingevuld.</li>"
                "<li>Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de "
                '<a href="https://www.autoriteitpersoonsgegevens.nl">Autoriteit Persoonsgegevens</a>.</li>'
                "</ul>",
            ),
            (
                "paragraph",
                "<h2>Geen trackers, geen inhoud van anderen</h2>"
                "<p>Leren Kijken gebruikt geen trackers en geen advertentiecookies. We laden niets van andere "
                "websites, zoals video's of lettertypen. We gebruiken alleen een cookie die nodig is om je "
                "ingelogd te houden en de site veilig te laten werken.</p>"
                "<h2>Vragen?</h2>"
                "<p>Mail de coördinator. Het e-mailadres staat onderaan elke pagina, zodra de coördinator het heeft ingevuld.</p>",
            ),
        ],
    },
    {
        "slug": "toegankelijkheidsverklaring",
        "title": "Toegankelijkheidsverklaring",
        "intro": (
            "<p>We willen dat iedereen Leren Kijken kan gebruiken. Ook als je slecht ziet, niet goed hoort, "
            "geen muis gebruikt of moeite hebt met lezen.</p>"
        ),
        "body": [
            (
                "paragraph",
                "<h2>Ons doel</h2>"
                "<p>Leren Kijken moet voldoen aan de toegankelijkheidsnorm WCAG 2.1, niveau AA. "
                "Die norm geldt ook voor websites van de overheid.</p>",
            ),
            (
                "paragraph",
                "<h2>Wat we doen</h2>"
                "<ul>"
                "<li>Je kunt alles met het toetsenbord bedienen, ook de vragen en de teamsessie.</li>"
                "<li>De site werkt met een schermlezer. Elke pagina heeft een duidelijke opbouw met koppen.</li>"
                "<li>Elke video heeft een uitgeschreven tekst. Afbeeldingen hebben een beschrijving.</li>"
                "<li>We schrijven in eenvoudige taal (taalniveau B1).</li>"
                "<li>Je kunt de tekst groter maken zonder dat er iets wegvalt.</li>"
                "<li>We testen elke soort pagina automatisch op toegankelijkheid.</li>"
                "</ul>",
            ),
            (
                "paragraph",
                "<h2>Status</h2>"
                "<p>De toegankelijkheid van Leren Kijken is <strong>in onderzoek</strong>. Een onafhankelijk "
                "onderzoek is nog niet klaar. Deze verklaring is bijgewerkt op 28 november 2026.</p>",
            ),
            (
                "callout",
                {
                    "kind": "action",
                    "title": "Loop je tegen een probleem aan?",
                    "text": (
                        "<p>Werkt iets niet? Of kun je iets niet lezen of bedienen? Laat het ons weten. "
                        "Mail de coördinator. Het e-mailadres staat onderaan elke pagina, zodra de coördinator het heeft ingevuld. Vertel op welke pagina "
                        "het was en wat er misging. Dan zoeken we samen met jou een oplossing.</p>"
                    ),
                },
            ),
        ],
    },
]


# Only the role: the demo never fills in a person. Until the real coordinator enters her name and phone or
# e-mail in the site settings, every route says that the contact is still to be set (content issue 15).
COORDINATOR = {
    "coordinator_role": "Zorgcoördinator mensenhandel Flevoland",
}

# Contact details the demo of an earlier version filled in; `load_demo --reset` removes them if still there.
INVENTED_COORDINATOR = {
    "coordinator_name": "Sanne de Vries",
    "coordinator_email": "coordinator@example.org",
    "coordinator_phone": "088-0000000",
}


AUDIENCES = [
    {
        "slug": "sociaal-domein",
        "name": "Sociaal domein",
        "description": (
            "Medewerkers van de gemeente die met inwoners praten over zorg, werk, inkomen of schulden. "
            "Bijvoorbeeld consulenten Wmo en Participatiewet, schuldhulpverleners en wijkteams."
        ),
    },
    {
        "slug": "handhaving",
        "name": "Handhaving en toezicht",
        "description": (
            "Boa's, toezichthouders, inspecteurs van wonen en bouwen en medewerkers die vergunningen "
            "controleren. Jullie komen op plekken waar anderen niet komen."
        ),
    },
    {
        "slug": "oov",
        "name": "Openbare orde en veiligheid",
        "description": (
            "Beleidsadviseurs en medewerkers openbare orde en veiligheid (OOV). Jullie werken aan de bestuurlijke "
            "aanpak, vergunningen en de samenwerking met politie en RIEC."
        ),
    },
    {
        "slug": "zorg",
        "name": "Zorg",
        "description": (
            "Medewerkers van de GGD, huisartsenpraktijken, de seksuele gezondheidszorg en andere zorg. "
            "Jullie zijn soms de enigen die een slachtoffer van dichtbij zien."
        ),
    },
    {
        "slug": "onderwijs",
        "name": "Onderwijs",
        "description": (
            "Docenten, mentoren, zorgcoördinatoren en aandachtsfunctionarissen op scholen. "
            "Jullie zien jongeren elke dag en merken het als er iets verandert."
        ),
    },
]


# The schools are fictional demo organisations; they do not refer to real schools.
ORGANISATIONS = [
    {"name": "Gemeente Almere", "kind": "municipality", "municipality": "almere"},
    {"name": "Gemeente Lelystad", "kind": "municipality", "municipality": "lelystad"},
    {"name": "Gemeente Dronten", "kind": "municipality", "municipality": "dronten"},
    {"name": "Gemeente Zeewolde", "kind": "municipality", "municipality": "zeewolde"},
    {"name": "Gemeente Noordoostpolder", "kind": "municipality", "municipality": "noordoostpolder"},
    {"name": "Gemeente Urk", "kind": "municipality", "municipality": "urk"},
    {"name": "GGD Flevoland", "kind": "care", "municipality": "flevoland"},
    {"name": "Scholengemeenschap De Polder (demo)", "kind": "school", "municipality": "almere"},
    {"name": "Lyceum De Meerkoet (demo)", "kind": "school", "municipality": "lelystad"},
    {"name": "Praktijkschool De Wilgenhoek (demo)", "kind": "school", "municipality": "dronten"},
    {"name": "Basisschool De Lepelaar (demo)", "kind": "school", "municipality": "zeewolde"},
    {"name": "Vakcollege De Tulpenakker (demo)", "kind": "school", "municipality": "noordoostpolder"},
    {"name": "Scholengemeenschap Het Haventje (demo)", "kind": "school", "municipality": "urk"},
    {"name": "Anders", "kind": "other", "municipality": "flevoland"},
]


CARE_NOTICE = (
    "Dit onderwerp kan je raken, zeker als je zelf iets vergelijkbaars hebt meegemaakt. "
    "Praat erover met een collega of je leidinggevende, neem contact op met je bedrijfsarts, "
    "of neem contact op met de coördinator van deze training."
)
