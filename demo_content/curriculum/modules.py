"""The five starter modules (one per team), in Dutch at B1 level.

Plain data only. Blocks are (block_type, value) tuples; rich text is HTML.
All people and situations in case stories are fictional. Numbers always carry their year.
Every fact that needs a source is listed, with its source and checked-on date, in docs/content-review.md.
"""

# ---------------------------------------------------------------------------
# Contacts (real public numbers from the content brief; see docs/content-review.md)
# ---------------------------------------------------------------------------

_112 = {"name": "Alarmnummer", "purpose": "Bij acuut gevaar.", "phone": "112", "url": ""}
_MELDPUNT = {
    "name": "Meld- en Adviespunt Mensenhandel Flevoland",
    "purpose": "Advies en melden bij alle vormen van mensenhandel, ook anoniem. Dag en nacht.",
    "phone": "088-2220500",
    "url": "https://www.veiligthuisflevoland.nl",
}
_VEILIG_THUIS = {
    "name": "Veilig Thuis",
    "purpose": "Huiselijk geweld en kindermishandeling. Dag en nacht, ook anoniem.",
    "phone": "0800-2000",
    "url": "https://veiligthuis.nl",
}
_POLITIE = {
    "name": "Politie",
    "purpose": "Een vermoeden melden als er geen acuut gevaar is.",
    "phone": "0900-8844",
    "url": "https://www.politie.nl",
}
_EIGEN_ORGANISATIE = {
    "name": "Je eigen organisatie",
    "purpose": "Je leidinggevende of de aandachtsfunctionaris. Werk je met een meldcode? Volg die dan.",
    "phone": "",
    "url": "",
}
_FAIRWORK = {
    "name": "FairWork",
    "purpose": "Hulp en advies bij uitbuiting in werk.",
    "phone": "",
    "url": "https://www.fairwork.nu",
}
_NLA = {
    "name": "Nederlandse Arbeidsinspectie",
    "purpose": "Bij een vermoeden van uitbuiting in werk.",
    "phone": "0800-5151",
    "url": "https://www.nlarbeidsinspectie.nl",
}
_COMENSHA = {
    "name": "CoMensha",
    "purpose": "Registreert mogelijke slachtoffers en regelt opvang voor volwassenen.",
    "phone": "",
    "url": "https://www.comensha.nl",
}
_FIER = {
    "name": "Fier (Chat met Fier)",
    "purpose": "Hulp bij geweld in afhankelijkheidsrelaties, met een anonieme chat.",
    "phone": "",
    "url": "https://www.fier.nl",
}
_RIEC = {
    "name": "RIEC Midden-Nederland",
    "purpose": "Overheden samen tegen georganiseerde misdaad. Hier breng je complexe zaken in.",
    "phone": "",
    "url": "https://www.riec.nl",
}


# ---------------------------------------------------------------------------
# 0. Basismodule (voor alle teams)
# ---------------------------------------------------------------------------

BASIS = {
    "slug": "mensenhandel-herkennen",
    "title": "Mensenhandel herkennen",
    "intro": (
        "<p>Deze basismodule is voor iedereen die in Flevoland met mensen werkt: in het sociaal domein, bij "
        "handhaving, bij openbare orde en veiligheid, in de zorg en in het onderwijs. Je leert wat mensenhandel is, "
        "welke signalen je kunt zien en wat je doet als je je zorgen maakt. Daarna kun je verder met de module "
        "voor jouw team.</p>"
    ),
    "objectives": [
        "Je kunt in eigen woorden uitleggen wat mensenhandel is, en wat het verschil is met mensensmokkel.",
        "Je kent de vormen van uitbuiting, ook de methode van de loverboy (pooierboy).",
        "Je begrijpt waarom slachtoffers zelden zelf om hulp vragen.",
        "Je herkent signalen van uitbuiting en weet dat pas een combinatie van signalen iets zegt.",
        "Je weet hoe je veilig handelt en bij wie je in Flevoland terecht kunt.",
    ],
    "estimated_minutes": 50,
    "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
    "lessons": [
        {
            "slug": "wat-is-mensenhandel-precies",
            "title": "Wat is mensenhandel precies?",
            "intro": (
                "<p>Over mensenhandel bestaan veel beelden, en die kloppen niet altijd. In deze les lees je wat de "
                "wet onder mensenhandel verstaat. We leggen het uit in gewone woorden.</p>"
            ),
            "estimated_minutes": 9,
            "body": [
                (
                    "paragraph",
                    "<h2>Drie onderdelen</h2>"
                    "<p>De wet noemt drie onderdelen. Je kunt ze zien als drie vragen.</p>"
                    "<ol>"
                    "<li><strong>Wat doet de dader?</strong> Hij werft iemand, vervoert iemand of brengt iemand "
                    "naar een ander. Of hij ontvangt iemand of geeft iemand een plek om te wonen.</li>"
                    "<li><strong>Hoe doet hij dat?</strong> Met dwang. Dat is meer dan geweld of dreigen. Ook "
                    "liegen, bedriegen en chanteren tellen mee. En misbruik maken van iemands zwakke positie. "
                    "Denk aan schulden, een verslaving of geen verblijfspapieren.</li>"
                    "<li><strong>Waarom doet hij dat?</strong> Om de ander uit te buiten. Dat betekent: iemand "
                    "voor jouw voordeel laten werken of dingen laten doen, terwijl die persoon daar niet vrij voor "
                    "kiest. Dit doel is de kern van mensenhandel.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Bij kinderen is geen dwang nodig",
                        "text": (
                            "<p>Is iemand jonger dan 18 jaar? Dan hoeft er geen dwang te zijn. Een kind is altijd "
                            "kwetsbaar. Wie een kind werft of onderdak geeft om het uit te buiten, pleegt "
                            "mensenhandel. Ook als het kind zelf ‘ja’ zegt.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Mensenhandel is geen mensensmokkel",
                        "text": (
                            "<p>Bij mensensmokkel betaalt iemand een ander om hem over een grens te helpen. Bij "
                            "mensenhandel gaat het om uitbuiting. Daarvoor hoeft niemand een grens over. Ook "
                            "Nederlanders die nooit de grens over gingen, kunnen slachtoffer zijn.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<h2>Wie kan slachtoffer worden?</h2>"
                    "<p>Iedereen kan slachtoffer worden: vrouwen en mannen, jong en oud, mensen uit Nederland en "
                    "mensen van elders. Uitbuiters zoeken wel bewust mensen die kwetsbaar zijn. Bijvoorbeeld "
                    "mensen:</p>"
                    "<ul>"
                    "<li>met een licht verstandelijke beperking (LVB);</li>"
                    "<li>met een verslaving, psychische problemen of schulden;</li>"
                    "<li>die eenzaam zijn of problemen thuis hebben;</li>"
                    "<li>die in de jeugdzorg zitten of zaten;</li>"
                    "<li>zonder zeker verblijfsrecht;</li>"
                    "<li>die voor werk, woning en verzekering afhangen van één bureau.</li>"
                    "</ul>"
                    "<p>Dat iemand kwetsbaar is, betekent niet dat hij wordt uitgebuit. Het betekent wel dat je "
                    "goed moet kijken.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "De wet verandert misschien",
                        "text": (
                            "<p>In november 2025 lag er een nieuwe wet over mensenhandel bij de Eerste Kamer (gecontroleerd op 18 "
                            "november 2025). De "
                            "precieze regels kunnen dus veranderen. Wat jij doet, blijft hetzelfde: je let op "
                            "signalen en je overlegt.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ik dacht dat mensenhandel vooral over vrouwen uit het buitenland ging. Nu weet ik dat "
                            "het ook om de jongen uit mijn eigen straat kan gaan."
                        ),
                        "attribution": "Een deelnemer aan de training (fictief)",
                    },
                ),
            ],
        },
        {
            "slug": "vormen-van-uitbuiting",
            "title": "Vormen van uitbuiting",
            "intro": (
                "<p>Uitbuiting kan er heel verschillend uitzien. In deze les lees je welke vormen er zijn. En je "
                "leest hoe een loverboy te werk gaat.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "paragraph",
                    "<h2>Geen vaste lijst</h2>"
                    "<p>De wet (artikel 273f van het Wetboek van Strafrecht) geeft geen vaste lijst. Uitbuiting "
                    "omvat ‘ten minste’ een aantal vormen. Andere vormen kunnen er dus ook onder vallen. In de "
                    "praktijk gebruiken we vaak de vier groepen hieronder. ‘Criminele uitbuiting’ is zo’n woord "
                    "uit de praktijk. De wet zegt: uitbuiting bij strafbare activiteiten.</p>"
                    "<h2>Seksuele uitbuiting</h2>"
                    "<p>Iemand wordt gedwongen tot seks met anderen, en een ander verdient eraan. Dat kan in een "
                    "club of achter het raam. Maar ook via escort, in hotels of in gewone huizen. Het gebeurt ook "
                    "online, bijvoorbeeld met gedwongen seks voor de webcam, of met het delen van naaktbeelden.</p>"
                    "<h2>Arbeidsuitbuiting</h2>"
                    "<p>Iemand werkt onder zulke slechte omstandigheden dat zijn mensenrechten in het geding zijn. "
                    "Vaak spelen er meer problemen tegelijk: te weinig loon, heel lange dagen, een slechte woning "
                    "via de baas, schulden en bedreiging. Het komt onder meer voor in de land- en tuinbouw, de schoonmaak, de "
                    "horeca, keukens, wasserijen en in huishoudens.</p>"
                    "<h2>Criminele uitbuiting</h2>"
                    "<p>Iemand wordt gedwongen om misdrijven te plegen. Denk aan drugs vervoeren "
                    "of verkopen, stelen uit winkels of zakkenrollen. Ook wie zijn bankrekening moet uitlenen, kan "
                    "slachtoffer zijn. Hij heet dan een geldezel. Soms sluiten daders abonnementen af op naam van "
                    "het slachtoffer. Of ze gebruiken zijn huis om drugs te maken.</p>"
                    "<h2>Gedwongen bedelen</h2>"
                    "<p>Moet iemand bedelen en het geld afgeven? Dan valt dat in de wet onder gedwongen arbeid of "
                    "diensten. Bedelen zelf is geen misdrijf. De persoon die bedelt, is dus geen dader.</p>"
                    "<h2>Gedwongen orgaanverwijdering</h2>"
                    "<p>Ook dit is volgens de wet mensenhandel. In Nederland komt het bijna niet voor.</p>",
                ),
                (
                    "paragraph",
                    "<h2>De loverboy, of beter: pooierboy</h2>"
                    "<p>Een loverboy begint een relatie met een jongere. Meestal is hij een jonge man die wat ouder "
                    "is. Hij geeft aandacht en cadeaus, en de jongere wordt verliefd. Langzaam maakt hij haar of hem "
                    "afhankelijk. Hij haalt de jongere weg bij familie en vrienden. Daarna dwingt hij tot seks met "
                    "anderen, en houdt hij het geld.</p>"
                    "<p>Slachtoffers van loverboys zijn slachtoffers van mensenhandel. Het woord ‘loverboy’ klinkt "
                    "te lief. Daarom stelde de minister van Justitie in 2008 voor om ‘pooierboy’ te zeggen.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij seksuele uitbuiting en bij jongeren",
                        "intro": "Eén signaal bewijst niets. Let op combinaties.",
                        "groups": [
                            {
                                "category": "sexual",
                                "signals": [
                                    "Seks voor geld op steeds andere plekken, zoals hotels en privéadressen.",
                                    "Moet het geld afgeven; heeft niets te zeggen over klanten of tijden.",
                                    "Iemand zegt dat ze de seks waarvoor ze betaald wordt, niet wil.",
                                ],
                            },
                            {
                                "category": "minors",
                                "signals": [
                                    "Spijbelen, lagere cijfers, of juist ineens veel hogere cijfers.",
                                    "Dure kleren, telefoons of geld zonder uitleg.",
                                    "Een veel oudere ‘vriend’; vaak 's nachts weg.",
                                    "Wordt opgewacht bij school of opgehaald met een auto of scooter.",
                                    "Loopt weg van huis of uit de jeugdzorg.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Een nieuwe vriend",
                        "story": (
                            "<p>Lisa is 15 jaar. Sinds een paar maanden heeft ze een vriend van 21. Hij haalt haar "
                            "na school op met de auto. Ze heeft een nieuwe telefoon en dure kleren. Met haar oude "
                            "vriendinnen praat ze bijna niet meer. Ze is vaak moe en mist 's middags lessen.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Je ziet meer signalen samen: een veel oudere vriend, dure spullen zonder uitleg, "
                            "minder contact met vriendinnen, moeheid en spijbelen. Dit kan passen bij de methode "
                            "van een <strong>loverboy</strong>.</p>"
                            "<p>Het is geen bewijs, maar wel een reden om te handelen. Spreek de vriend niet aan. "
                            "Schrijf op wat je ziet en volg de route van je organisatie.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "waarom-slachtoffers-zich-niet-melden",
            "title": "Waarom slachtoffers zich niet melden",
            "intro": (
                "<p>Slachtoffers van mensenhandel vragen zelden zelf om hulp. In deze les lees je waarom. "
                "En je leest waarom jouw blik zo belangrijk is.</p>"
            ),
            "estimated_minutes": 10,
            "body": [
                (
                    "paragraph",
                    "<h2>Redenen om te zwijgen</h2>"
                    "<ul>"
                    "<li><strong>Angst.</strong> De dader dreigt het slachtoffer iets aan te doen, of de familie "
                    "thuis.</li>"
                    "<li><strong>Schaamte.</strong> Over wat er is gebeurd, of over wat ze moesten doen.</li>"
                    "<li><strong>Schulden.</strong> Ze willen eerst een schuld afbetalen, bijvoorbeeld voor de reis "
                    "of de woning.</li>"
                    "<li><strong>Verblijf.</strong> Wie geen geldige verblijfspapieren heeft, is bang om te worden "
                    "uitgezet.</li>"
                    "<li><strong>Liefde.</strong> Wie verliefd is op de dader, ziet zichzelf niet als "
                    "slachtoffer.</li>"
                    "<li><strong>Eigen keuze.</strong> Sommigen denken dat ze zelf voor dit werk kozen. Dan voelt "
                    "het als hun eigen schuld.</li>"
                    "<li><strong>Onbekende rechten.</strong> Veel slachtoffers weten niet dat er hulp voor hen "
                    "is.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<h2>Het hangt af van wie er kijkt</h2>"
                    "<p>Volgens een schatting uit 2017 waren er in Nederland elk jaar ongeveer 6.250 slachtoffers. "
                    "Die schatting gaat over de jaren 2010 tot en met 2015. Het is ongeveer vijf keer zo veel als er "
                    "werden geregistreerd. De meeste slachtoffers blijven dus buiten beeld.</p>"
                    "<p>Mensenhandel is een haaldelict. Het komt pas aan het licht als iemand ernaar zoekt. "
                    "Slachtoffers worden gevonden door mensen zoals jij, die merken dat er iets niet klopt.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij de persoon en bij controle",
                        "intro": "Deze signalen kun je in elk werkveld zien. Let op combinaties.",
                        "groups": [
                            {
                                "category": "person",
                                "signals": [
                                    "Uitgeput, of veel afgevallen.",
                                    "Verwondingen met een vage uitleg.",
                                    "Bang en gespannen; kijkt je niet aan.",
                                    "Stil en somber; kan moeilijk grenzen aangeven.",
                                    "Een tatoeage die lijkt op een merkteken, zoals de naam van een ander.",
                                ],
                            },
                            {
                                "category": "control",
                                "signals": [
                                    "Iemand anders praat, vertaalt of blijft in de kamer.",
                                    "Wordt gebracht en gehaald, ook naar afspraken.",
                                    "Weet het eigen woon- of werkadres niet.",
                                    "Heeft geen contact meer met familie en oude vrienden.",
                                    "Kwam hier met beloftes die niet uitkwamen.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ze zei steeds dat alles goed ging. Pas bij ons vierde gesprek durfde ze te vertellen "
                            "dat haar baas haar paspoort had."
                        ),
                        "attribution": "Een hulpverlener (fictief)",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "action",
                        "title": "Wat betekent dit voor jou?",
                        "text": (
                            "<p>Jij hoeft niet te bewijzen dat het om mensenhandel gaat. Dat is werk voor de politie. Jij "
                            "merkt op dat er iets niet klopt, en je overlegt. Verwacht niet dat iemand meteen alles "
                            "vertelt. Blijf in contact, dan komt iemand misschien later terug.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "signalen-bij-werk-wonen-en-geld",
            "title": "Signalen bij werk, wonen en geld",
            "intro": (
                "<p>Uitbuiting zie je vaak aan hoe iemand werkt, woont en met geld omgaat. In deze les lees je op "
                "welke signalen je let. En je oefent met een situatie.</p>"
            ),
            "estimated_minutes": 10,
            "body": [
                (
                    "paragraph",
                    "<h2>Eén signaal bewijst niets</h2>"
                    "<p>Wie lange dagen maakt of in een volle woning woont, wordt niet meteen uitgebuit. Maar zie "
                    "je meer signalen samen? Dan is dat een reden om te handelen. Kijk dus naar het hele plaatje. "
                    "En neem je gevoel serieus als iets niet klopt.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij geld, werk en wonen",
                        "intro": "Let vooral op signalen die samen voorkomen.",
                        "groups": [
                            {
                                "category": "documents_money",
                                "signals": [
                                    "Het paspoort ligt bij de baas, de verhuurder of de ‘vriend’.",
                                    "Iemand kan niet zelf bij de eigen bankrekening of bankpas.",
                                    "Een hoge schuld bij de baas of de ‘vriend’, bijvoorbeeld voor de reis.",
                                    "Ineens schulden of abonnementen op de eigen naam.",
                                ],
                            },
                            {
                                "category": "workplace",
                                "signals": [
                                    "Heel lange dagen, zonder vrije dagen.",
                                    "Zwart of contant betaald, ver onder het minimumloon.",
                                    "Een ‘coördinator’ houdt de mensen in de gaten, op het werk en thuis.",
                                    "Groepen worden op vaste tijden met busjes opgehaald.",
                                ],
                            },
                            {
                                "category": "housing",
                                "signals": [
                                    "Te veel mensen in één woning; mensen slapen om de beurt.",
                                    "Mensen wonen in een bedrijfspand of een opslagruimte.",
                                    "Wonen hangt aan het werk: geen werk betekent geen bed.",
                                    "De huur gaat van het loon af en er blijft te weinig over.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Ana maakt kantoren schoon",
                        "story": (
                            "<p>Ana werkt voor een bedrijf dat kantoren schoonmaakt. Ze komt bij jou met een vraag "
                            "over haar zorgverzekering. Ze vertelt dat ze zeven dagen per week werkt. Ze woont met "
                            "tien anderen in een huis van de baas. De huur gaat van haar loon af. Haar paspoort "
                            "ligt ‘voor de zekerheid’ bij de baas. Buiten wacht een man in een busje op haar.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Elke week zeven dagen werk, wonen via de baas, huur die van het loon gaat, een "
                            "paspoort bij de baas en iemand die op haar wacht. Samen zijn dat sterke signalen van "
                            "<strong>arbeidsuitbuiting</strong>.</p>"
                            "<p>Ana is nu alleen bij je. Stel rustig een paar open vragen, zoals: ‘Hoe ziet een "
                            "werkdag eruit?’ Dring niet aan. Spreek de man in het busje niet aan. Schrijf de feiten "
                            "op en overleg met het Meld- en Adviespunt Mensenhandel Flevoland.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Arbeidsmigranten in Flevoland",
                        "text": (
                            "<p>In Flevoland werken veel mensen uit andere landen. Een paar plekken waar je kunt "
                            "kijken:</p>"
                            "<ul>"
                            "<li>de land- en tuinbouw in de Noordoostpolder, Dronten en Zeewolde. In 2019 was "
                            "ongeveer 10% van de werkenden in de Noordoostpolder arbeidsmigrant;</li>"
                            "<li>distributiecentra en logistiek, bijvoorbeeld in Lelystad;</li>"
                            "<li>de visserij, de visverwerking en de haven van Urk;</li>"
                            "<li>vakantieparken waar arbeidsmigranten wonen, zoals in Zeewolde;</li>"
                            "<li>werk dat online wordt aangeboden, met beloftes over loon en woning die te mooi "
                            "zijn.</li>"
                            "</ul>"
                            "<p>Dit zegt niets over uitbuiting op die plekken. Er zijn geen cijfers over slachtoffers "
                            "in Flevoland. Veel mensen hebben gewoon goed werk. Maar wie voor werk, woning en "
                            "verzekering afhangt van één bureau, staat zwak. Verliest zo iemand zijn werk? Dan raakt "
                            "hij ook zijn bed kwijt, en vaak zijn zorgverzekering. Uitbuiting treft niet alleen "
                            "mannen uit Oost-Europa. In 2020 waren Polen, Nigeria en Nederland de drie grootste "
                            "groepen onder de geregistreerde slachtoffers (CoMensha).</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "wat-doe-je-bij-signalen",
            "title": "Wat doe je bij signalen?",
            "intro": (
                "<p>Je maakt je zorgen over iemand. Wat doe je dan? In deze les lees je hoe je veilig handelt en "
                "bij wie je in Flevoland terecht kunt.</p>"
            ),
            "estimated_minutes": 10,
            "body": [
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Veiligheid eerst",
                        "text": (
                            "<ul>"
                            "<li>Spreek een mogelijke dader nooit aan.</li>"
                            "<li>Ga niet zelf op onderzoek uit.</li>"
                            "<li>Vraag niets over uitbuiting als een begeleider erbij is.</li>"
                            "<li>Is er acuut gevaar? Bel 112.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<h2>Praat apart en schrijf op</h2>"
                    "<p>Probeer iemand alleen te spreken. Heb je een tolk nodig? Kies dan een professionele tolk, "
                    "nooit de begeleider of een familielid. Stel open vragen en dring niet aan. Misschien is "
                    "iemand nog niet klaar om te praten. Dat is normaal.</p>"
                    "<p>Schrijf daarna op wat je zag en hoorde. Noteer de datum, de plaats en wie er waren. Schrijf "
                    "letterlijk op wat er werd gezegd. Noteer ook namen of kentekens als je die weet. Schrijf "
                    "feiten op, geen conclusies.</p>"
                    "<h2>Overleg</h2>"
                    "<p>Je hoeft dit niet alleen te doen. Bespreek het met een collega of met de "
                    "aandachtsfunctionaris in je organisatie. Je kunt ook bellen met het Meld- en Adviespunt "
                    "Mensenhandel Flevoland. Dat hoort bij Veilig Thuis Flevoland en bestaat sinds 1 maart 2024. "
                    "Je hoeft niet zeker te weten dat het om mensenhandel gaat.</p>"
                    "<p>Werk je in de zorg, het onderwijs, de kinderopvang, de jeugdhulp, de maatschappelijke "
                    "ondersteuning (zoals de Wmo en het wijkteam) of bij justitie? Dan moet je organisatie volgens de "
                    "wet een meldcode hebben. Die gaat over huiselijk geweld en kindermishandeling. Gaat het om een "
                    "kind? Dan volg je de meldcode. Bij een volwassene helpen dezelfde stappen je om zorgvuldig te "
                    "werken.</p>"
                    "<p>Denk je dat je zonder toestemming niets mag delen? Dat klopt niet altijd. Besluit dat "
                    "dus niet alleen, maar overleg eerst.</p>",
                ),
                (
                    "referral_route",
                    {
                        "title": "Route bij signalen van mensenhandel",
                        "intro": "Deze route geldt voor iedereen. Je eigen organisatie kan extra afspraken hebben.",
                        "steps": [
                            {
                                "title": "Veiligheid eerst",
                                "text": "Bij acuut gevaar bel je 112. Spreek een mogelijke dader nooit aan.",
                            },
                            {
                                "title": "Praat apart",
                                "text": "Spreek de persoon alleen, met een professionele tolk als dat nodig is.",
                            },
                            {
                                "title": "Schrijf feiten op",
                                "text": "Wat zag en hoorde je? Wanneer, waar en wie was erbij?",
                            },
                            {
                                "title": "Overleg",
                                "text": (
                                    "Met een collega, de aandachtsfunctionaris of het Meld- en Adviespunt "
                                    "Mensenhandel Flevoland. Dat kan anoniem."
                                ),
                            },
                            {
                                "title": "Meld of regel hulp",
                                "text": (
                                    "Besluit samen of een melding nodig is, en bij wie. Dat loopt via je eigen "
                                    "organisatie of het Meld- en Adviespunt. Gaat het om uitbuiting in werk? Dan kan "
                                    "ook een melding bij de Nederlandse Arbeidsinspectie nodig zijn."
                                ),
                            },
                            {
                                "title": "Na je melding",
                                "text": (
                                    "Het Meld- en Adviespunt of de zorgcoördinator pakt het op. Je hoort niet alles "
                                    "terug. Raakt het je? Praat erover."
                                ),
                            },
                        ],
                        "contacts": [_112, _MELDPUNT, _EIGEN_ORGANISATIE, _VEILIG_THUIS, _POLITIE, _NLA, _COMENSHA],
                        "show_coordinator": True,
                    },
                ),
                (
                    "quote",
                    {
                        "text": "Liever een keer te veel overlegd dan een keer te weinig.",
                        "attribution": "Een aandachtsfunctionaris (fictief)",
                    },
                ),
            ],
        },
        {
            "slug": "na-je-melding",
            "title": "Na je melding: wat gebeurt er dan?",
            "intro": (
                "<p>Je hebt overlegd of gemeld. En nu? Veel professionals vragen zich dat af. In deze les lees je "
                "wat er daarna kan gebeuren met het slachtoffer. En je leest wat je zelf wel en niet terughoort.</p>"
            ),
            "estimated_minutes": 9,
            "body": [
                (
                    "paragraph",
                    "<h2>Stap 1: het adviesgesprek</h2>"
                    "<p>Vaak begint het met een gesprek met het Meld- en Adviespunt Mensenhandel Flevoland. Je "
                    "vertelt wat je zag en hoorde. Dat mag eerst zonder naam. Samen kijk je wat nodig is: nog een "
                    "gesprek, hulp regelen of een melding. Is er acuut gevaar? Dan bel je altijd eerst 112.</p>"
                    "<h2>Stap 2: registratie bij CoMensha</h2>"
                    "<p>CoMensha is het landelijk coördinatiecentrum tegen mensenhandel. CoMensha registreert "
                    "mogelijke slachtoffers. Zo wordt zichtbaar hoe vaak mensenhandel voorkomt. Een registratie is "
                    "<strong>geen aangifte</strong>. Voor volwassenen regelt CoMensha ook opvang. Bij minderjarigen "
                    "regelt de jeugdzorg de hulp en de opvang.</p>"
                    "<h2>Stap 3: een veilige plek</h2>"
                    "<p>Een slachtoffer heeft vaak eerst rust en veiligheid nodig. In Flevoland zorgt de "
                    "zorgcoördinator mensenhandel voor opvang, zorg en juridische hulp. Blijf Groep en HVO Querido "
                    "hebben plekken voor slachtoffers met zware zorgvragen, ook drie doorstroomplekken in "
                    "Almere.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Bedenktijd en verblijf",
                        "text": (
                            "<p>Heeft een slachtoffer uit het buitenland geen geldige verblijfspapieren? Dan kan de "
                            "politie of de Koninklijke Marechaussee <strong>bedenktijd</strong> geven. Dat kan al bij "
                            "de kleinste aanwijzing van mensenhandel. De bedenktijd duurt maximaal drie maanden. In "
                            "die tijd wordt iemand niet uitgezet en krijgt hij opvang. Hij kan rustig nadenken of hij "
                            "aangifte wil doen.</p>"
                            "<p>Doet hij aangifte? Dan geldt dat als aanvraag voor een tijdelijke "
                            "verblijfsvergunning, de verblijfsregeling mensenhandel. Die geldt zolang de strafzaak "
                            "loopt. Soms kan het ook zonder aangifte, bijvoorbeeld bij ernstige bedreiging of om "
                            "medische redenen.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<h2>Wat hoor jij terug?</h2>"
                    "<p>Je hoort niet alles. Het slachtoffer heeft recht op privacy, en soms loopt er een onderzoek "
                    "van de politie. Je hoort dus vaak niet of er aangifte is gedaan, of waar iemand nu woont. Dat "
                    "betekent niet dat er niets gebeurt.</p>"
                    "<p>Vraag bij je melding wat je wel kunt verwachten. Bijvoorbeeld: hoor ik of de melding is "
                    "opgepakt? Wat is mijn rol nog? Blijf ik de cliënt of leerling gewoon zien? Spreek af wie "
                    "contact houdt. Zo weet je wat je kunt doen als je opnieuw iets ziet.</p>"
                    "<h2>Zorg ook voor jezelf</h2>"
                    "<p>Een verhaal over uitbuiting kan je lang bijblijven. Je kunt twijfelen of je het goed hebt "
                    "gedaan. Of je maakt je zorgen omdat je niets meer hoort. Dat is normaal. Praat erover met een "
                    "collega, je leidinggevende of de aandachtsfunctionaris. Slaap je slecht of blijft het malen? Ga "
                    "dan naar je bedrijfsarts of huisarts.</p>",
                ),
                (
                    "case_story",
                    {
                        "title": "Drie weken later",
                        "story": (
                            "<p>Jij bent consulent bij de gemeente Urk. Drie weken geleden belde je het Meld- en "
                            "Adviespunt over een cliënte. Ze werkte in de visverwerking en moest haar loon afgeven aan "
                            "een vrouw die haar kamer verhuurde. Sinds je melding komt de cliënte niet meer op "
                            "afspraken. Je hebt niets meer gehoord. Je vraagt je af of je het goed hebt gedaan.</p>"
                        ),
                        "question": "Wat kun je nu doen?",
                        "reveal": (
                            "<p>Dat je niets hoort, zegt niet dat er niets gebeurt. Misschien is de cliënte al "
                            "veilig ergens anders. Bel het Meld- en Adviespunt en vraag wat je mag weten en wat jouw "
                            "rol nog is. Schrijf op dat ze niet meer komt. Praat met een collega over hoe dit voor "
                            "jou is.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 1. Sociaal domein
# ---------------------------------------------------------------------------

SOCIAAL_DOMEIN = {
    "slug": "mensenhandel-herkennen-sociaal-domein",
    "title": "Mensenhandel herkennen in het sociaal domein",
    "intro": (
        "<p>Als consulent, schuldhulpverlener of wijkteammedewerker kom je achter de voordeur. Je ziet hoe "
        "mensen wonen, hoe ze met geld omgaan en wie er in hun leven de baas is. Daardoor kun jij signalen van "
        "uitbuiting opmerken die anderen missen. In deze module leer je die signalen herkennen en lees je wat je "
        "ermee doet.</p>"
    ),
    "objectives": [
        "Je kunt in eigen woorden uitleggen wat mensenhandel is en welke vormen er zijn.",
        "Je herkent signalen van uitbuiting in gesprekken over zorg, werk, inkomen en schulden.",
        "Je weet hoe je veilig apart met een cliënt praat, met een onafhankelijke tolk.",
        "Je weet bij wie je in Flevoland terecht kunt om te overleggen of te melden.",
    ],
    "estimated_minutes": 45,
    "audiences": ["sociaal-domein"],
    "lessons": [
        {
            "slug": "wat-is-mensenhandel",
            "title": "Wat is mensenhandel?",
            "intro": (
                "<p>Mensenhandel klinkt als iets van ver weg. Maar het gebeurt ook in Flevoland, vaak zonder dat "
                "iemand het ziet. In deze les lees je wat mensenhandel precies is.</p>"
            ),
            "estimated_minutes": 10,
            "body": [
                (
                    "paragraph",
                    "<h2>Drie onderdelen</h2>"
                    "<p>Bij mensenhandel gaat het altijd om uitbuiting. Uitbuiten betekent: iemand anders laten "
                    "werken of dingen laten doen voor je eigen voordeel, terwijl die persoon daar niet vrij voor "
                    "kiest. De wet noemt drie onderdelen:</p>"
                    "<ol>"
                    "<li><strong>Wat de dader doet.</strong> Hij werft iemand, vervoert iemand, neemt iemand op "
                    "of geeft iemand onderdak.</li>"
                    "<li><strong>Hoe de dader dat doet.</strong> Met dwang. Dat kan geweld zijn, maar ook bedrog, "
                    "chantage of misbruik van iemands zwakke positie. Denk aan schulden, een verstandelijke "
                    "beperking of geen verblijfspapieren.</li>"
                    "<li><strong>Waarom de dader dat doet.</strong> Om de ander uit te buiten.</li>"
                    "</ol>"
                    "<p>Bij kinderen onder de 18 jaar hoeft er geen dwang te zijn. Een kind is altijd kwetsbaar.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Vormen van uitbuiting</h2>"
                    "<ul>"
                    "<li><strong>Seksuele uitbuiting:</strong> iemand wordt gedwongen tot seks tegen betaling, "
                    "ook online. Een bekende methode is die van de loverboy: eerst een liefdesrelatie, daarna "
                    "dwang.</li>"
                    "<li><strong>Arbeidsuitbuiting:</strong> iemand werkt onder zulke slechte omstandigheden dat "
                    "zijn mensenrechten in het geding zijn. Bijvoorbeeld heel lang werken voor heel weinig geld, "
                    "met schulden en bedreiging.</li>"
                    "<li><strong>Criminele uitbuiting:</strong> iemand wordt gedwongen om misdrijven te plegen. "
                    "Bijvoorbeeld drugs vervoeren, stelen, of zijn bankrekening uitlenen.</li>"
                    "<li><strong>Gedwongen orgaanverwijdering:</strong> dit valt ook onder mensenhandel, maar "
                    "komt in Nederland bijna niet voor.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Mensenhandel is geen mensensmokkel",
                        "text": (
                            "<p>Bij mensensmokkel betaalt iemand voor hulp om een grens over te steken. Bij "
                            "mensenhandel draait het om uitbuiting. Daarvoor hoeft niemand een grens over. Ook "
                            "Nederlanders kunnen slachtoffer zijn.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<h2>Waarom slachtoffers zelden om hulp vragen</h2>"
                    "<p>Mensen die worden uitgebuit, stappen bijna nooit zelf naar de politie of de gemeente. "
                    "Ze zijn bang voor de dader, of voor wat er met hun familie gebeurt. Ze schamen zich. Ze hebben "
                    "een schuld die ze eerst willen afbetalen. Soms zijn ze verliefd op de dader. Of ze denken dat "
                    "ze zelf voor dit werk hebben gekozen. Ze zien zichzelf dan niet als slachtoffer. En vaak weten "
                    "ze niet welke rechten ze hebben.</p>"
                    "<p>Volgens een schatting uit 2017 (over de jaren 2010 tot en met 2015) waren er in Nederland "
                    "elk jaar ongeveer 6.250 slachtoffers. Dat is ongeveer vijf keer zo veel als er in beeld "
                    "kwamen. De meeste slachtoffers worden dus nooit gezien.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ik dacht eerst dat het gewoon een ingewikkeld gezin was. Pas toen ik alles op een rij "
                            "zette, zag ik hoe weinig die vrouw zelf mocht beslissen."
                        ),
                        "attribution": "Een wijkteammedewerker (fictief)",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "action",
                        "title": "Wat betekent dit voor jou?",
                        "text": (
                            "<p>Jij hoeft niet te bewijzen dat iets mensenhandel is. Je hoeft alleen op te merken "
                            "dat er iets niet klopt, en daarover te overleggen. De aanpak werkt alleen als "
                            "professionals zoals jij goed kijken.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "signalen-in-gesprekken",
            "title": "Signalen in gesprekken over geld, zorg en wonen",
            "intro": (
                "<p>In je gesprekken met inwoners hoor en zie je veel. Sommige dingen kunnen wijzen op uitbuiting. "
                "In deze les lees je op welke signalen je in het sociaal domein let.</p>"
            ),
            "estimated_minutes": 12,
            "body": [
                (
                    "paragraph",
                    "<h2>Eén signaal bewijst niets</h2>"
                    "<p>Een cliënt die moe is of schulden heeft, wordt niet meteen uitgebuit. Maar zie je meer "
                    "signalen tegelijk? Dan moet je alert zijn. Kijk dus naar het hele plaatje. En neem je gevoel "
                    "serieus als iets niet klopt.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen voor het sociaal domein",
                        "intro": "Let vooral op combinaties van deze signalen.",
                        "groups": [
                            {
                                "category": "person",
                                "signals": [
                                    "Uitgeput, angstig of gespannen; kijkt naar een ander voor hij antwoordt.",
                                    "Nieuw of steeds meer gebruik van drugs of alcohol.",
                                ],
                            },
                            {
                                "category": "sexual",
                                "signals": [
                                    "Werkt ‘’s avonds in hotels’ of op wisselende adressen, en moet het geld afgeven.",
                                    "Zegt dat ze de seks waarvoor ze wordt betaald eigenlijk niet wil.",
                                ],
                            },
                            {
                                "category": "control",
                                "signals": [
                                    "De cliënt komt nooit alleen. Iemand anders praat, vertaalt of blijft in de kamer.",
                                    (
                                        "De cliënt moet steeds bereikbaar zijn, of belt eerst iemand "
                                        "voordat hij antwoord geeft."
                                    ),
                                    "De cliënt weet zijn eigen woon- of werkadres niet.",
                                    "De cliënt heeft geen contact meer met familie of oude vrienden.",
                                ],
                            },
                            {
                                "category": "documents_money",
                                "signals": [
                                    "Iemand anders beheert de bankrekening of de bankpas.",
                                    "Er zijn ineens schulden, leningen of telefoonabonnementen op naam van de cliënt.",
                                    "Een ander gebruikt de bankrekening van de cliënt.",
                                    (
                                        "Hoge schuld bij een werkgever, bemiddelaar of ‘vriend’, "
                                        "bijvoorbeeld voor reis of woning."
                                    ),
                                    "Het paspoort of ID-bewijs ligt bij de werkgever, de verhuurder of de ‘vriend’.",
                                    "Het verhaal klinkt ingestudeerd of verandert steeds.",
                                ],
                            },
                            {
                                "category": "housing",
                                "signals": [
                                    "Wonen en werk hangen aan elkaar: geen werk betekent geen bed.",
                                    "De huur gaat van het loon af en er blijft te weinig over om van te leven.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<h2>Wie lopen extra risico?</h2>"
                    "<p>Uitbuiters zoeken mensen die kwetsbaar zijn. Bijvoorbeeld mensen:</p>"
                    "<ul>"
                    "<li>met een licht verstandelijke beperking (LVB);</li>"
                    "<li>met een verslaving of psychische problemen;</li>"
                    "<li>met schulden, of die eenzaam zijn;</li>"
                    "<li>met problemen thuis, of die in de jeugdzorg zitten of zaten;</li>"
                    "<li>zonder zeker verblijfsrecht;</li>"
                    "<li>die voor werk, woning en zorgverzekering afhankelijk zijn van één uitzendbureau.</li>"
                    "</ul>"
                    "<p>Verliest zo'n arbeidsmigrant zijn werk? Dan raakt hij vaak ook zijn bed en zijn "
                    "zorgverzekering kwijt. Let ook op een cliënt met een LVB die ineens een nieuwe ‘vriend’ "
                    "heeft.</p>",
                ),
                (
                    "case_story",
                    {
                        "title": "Drie telefoonabonnementen",
                        "story": (
                            "<p>Kevin is 19 jaar en heeft een licht verstandelijke beperking. Hij komt bij de "
                            "schuldhulpverlening omdat hij betalingen niet meer kan bijhouden. Er staan drie "
                            "telefoonabonnementen op zijn naam. Zelf heeft hij maar één telefoon. Hij vertelt "
                            "blij over een nieuwe vriend, Jesse. ‘Die helpt me met alles.’ Jesse mag Kevins "
                            "bankpas gebruiken, ‘want Kevin snapt dat toch niet’. Op zijn rekening komen geregeld "
                            "bedragen binnen die meteen weer worden opgenomen.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Hier zie je meer signalen samen: schulden en abonnementen op zijn naam die hij niet "
                            "zelf gebruikt, en iemand anders die zijn bankrekening gebruikt. Door zijn beperking is "
                            "Kevin extra kwetsbaar. Dit kan wijzen op <strong>criminele uitbuiting</strong>. "
                            "Misschien wordt zijn rekening gebruikt om crimineel geld door te "
                            "sluizen (Kevin is dan een "
                            "geldezel).</p>"
                            "<p>Alleen een betalingsregeling maken is dus niet genoeg. Help Kevin om zijn rekening "
                            "en pas te beschermen. Schrijf de feiten op en overleg met de zorgcoördinator "
                            "mensenhandel of met de politie.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Schrijf feiten op, geen conclusies",
                        "text": (
                            "<p>Schrijf in het dossier niet dat iemand slachtoffer is van mensenhandel. Schrijf op "
                            "wat je zag en hoorde. Bijvoorbeeld: ‘Cliënt zegt dat een vriend zijn pinpas heeft.’</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "achter-de-voordeur",
            "title": "Achter de voordeur: werk, wonen en zorg",
            "intro": (
                "<p>Bij een huisbezoek of een keukentafelgesprek zie je hoe mensen echt leven. In deze les oefen "
                "je met twee situaties waarin wonen en werken te veel aan elkaar vastzitten.</p>"
            ),
            "estimated_minutes": 12,
            "body": [
                (
                    "paragraph",
                    "<h2>Uitbuiting in werk begint vaak klein</h2>"
                    "<p>In Flevoland werken veel arbeidsmigranten, bijvoorbeeld in de land- en tuinbouw en in "
                    "distributiecentra. Velen hebben goed werk. Maar wie voor werk, woning en "
                    "verzekering afhankelijk is van één bedrijf, staat zwak. Bij uitbuiting komen vaak meer "
                    "problemen samen: te weinig loon, lange dagen, slechte huisvesting, schulden en intimidatie.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij werk en wonen",
                        "intro": (
                            "Deze signalen kun je tegenkomen bij een huisbezoek of een gesprek over huur of inkomen."
                        ),
                        "groups": [
                            {
                                "category": "housing",
                                "signals": [
                                    "Te veel mensen in één woning; mensen slapen om de beurt.",
                                    "Mensen wonen in een bedrijfspand of een opslagruimte.",
                                    "Huisregels met boetes, en het uitzendbureau komt onaangekondigd ‘controleren’.",
                                ],
                            },
                            {
                                "category": "workplace",
                                "signals": [
                                    "Contant of zwart betaald, of ver onder het minimumloon.",
                                    "Een ‘coördinator’ houdt de mensen in de gaten, op het werk en thuis.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Huurachterstand in Lelystad",
                        "story": (
                            "<p>Je werkt in het wijkteam en gaat op huisbezoek bij Andrei. Hij heeft een "
                            "huurachterstand. Andrei komt uit Roemenië en werkt via een uitzendbureau in een "
                            "distributiecentrum. Hij woont met zeven collega's in een flat met twee kamers. Elke "
                            "week gaat er een vast bedrag voor ‘huisvesting’ van zijn loon af. Als je vraagt "
                            "hoeveel hij verdient, pakt hij zijn telefoon. ‘Ik bel eerst de coördinator van het "
                            "bureau,’ zegt hij.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Te veel mensen in een kleine woning, wonen dat vastzit aan het werk, inhoudingen op "
                            "het loon en een coördinator die meepraat: samen zijn dat signalen van mogelijke "
                            "<strong>arbeidsuitbuiting</strong>.</p>"
                            "<p>Vraag Andrei of jullie eerst samen verder kunnen praten, zonder de coördinator. "
                            "Gebruik een onafhankelijke tolk, bijvoorbeeld via de telefoon. Schrijf de feiten op en "
                            "overleg met het Meld- en Adviespunt Mensenhandel Flevoland. Alleen de huurachterstand "
                            "oplossen of hem naar het uitzendbureau sturen om te klagen, helpt hem niet.</p>"
                        ),
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Een ‘familielid’ dat altijd werkt",
                        "story": (
                            "<p>Je voert een Wmo-gesprek bij een gezin in Almere. Het gaat over hulp voor oma. In "
                            "huis woont ook Maria, een jonge vrouw uit het buitenland. Ze ‘hoort bij de familie’, "
                            "zegt men. Tijdens het gesprek kookt en poetst Maria de hele tijd. Je hoort dat "
                            "ze ook 's nachts voor oma zorgt. Ze slaapt in de wasruimte. Als je haar aankijkt, kijkt "
                            "ze naar de grond.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Maria werkt dag en nacht, heeft geen eigen kamer en krijgt waarschijnlijk weinig of "
                            "geen loon. Dit kan wijzen op <strong>uitbuiting in "
                            "de huishouding</strong>, een vorm van arbeidsuitbuiting.</p>"
                            "<p>Spreek de familie er niet op aan. Dan kan Maria meer in gevaar komen of ineens "
                            "verdwijnen. Schrijf op wat je zag en overleg met het Meld- en Adviespunt Mensenhandel "
                            "Flevoland over hoe je Maria veilig bereikt.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "action",
                        "title": "Zo praat je apart met iemand",
                        "text": (
                            "<ul>"
                            "<li>Spreek iemand alleen, bijvoorbeeld op kantoor.</li>"
                            "<li>Gebruik een professionele tolk, liefst via de telefoon. Nooit de begeleider of een "
                            "familielid.</li>"
                            "<li>Stel open vragen, zoals: ‘Hoe ziet een werkdag eruit?’ of ‘Wie bewaart je "
                            "paspoort?’</li>"
                            "<li>Dring niet aan. Iemand mag altijd terugkomen.</li>"
                            "</ul>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "wat-doe-je-met-signalen",
            "title": "Wat doe je met signalen?",
            "intro": (
                "<p>Je hebt signalen gezien. Wat nu? In deze les lees je hoe je veilig handelt, wat je opschrijft en "
                "met wie je in Flevoland overlegt.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Veiligheid eerst",
                        "text": (
                            "<ul>"
                            "<li>Spreek een mogelijke uitbuiter nooit aan.</li>"
                            "<li>Ga niet zelf op onderzoek uit.</li>"
                            "<li>Vraag niets over uitbuiting als de begeleider erbij is.</li>"
                            "<li>Is er acuut gevaar? Bel 112.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<h2>Feiten opschrijven</h2>"
                    "<p>Schrijf zo snel mogelijk op wat je hebt gezien en gehoord. Noteer de datum, de plaats en "
                    "wie er waren. Schrijf letterlijk op wat iemand zei. Noteer ook namen of kentekens als je die "
                    "weet. Zet je eigen indruk er apart bij. Zo kan een ander later goed met je informatie "
                    "werken.</p>"
                    "<h2>Overleggen en delen</h2>"
                    "<p>Je hoeft dit niet alleen te doen. Bespreek het met een collega of met de "
                    "aandachtsfunctionaris mensenhandel van je gemeente. Dronten heeft sinds 2023 zo iemand. "
                    "Vraag bij je eigen gemeente wie dat is.</p>"
                    "<p>Veel professionals denken dat ze zonder toestemming van de cliënt niets mogen delen. Dat "
                    "klopt niet altijd. Besluit dat dus niet alleen. Overleg eerst, bijvoorbeeld anoniem met het "
                    "Meld- en Adviespunt.</p>"
                    "<h2>De meldcode geldt ook voor jou</h2>"
                    "<p>Werk je in de Wmo, het wijkteam of een ander deel van de maatschappelijke ondersteuning? Dan "
                    "valt je organisatie onder de wet verplichte meldcode huiselijk geweld en kindermishandeling. De "
                    "vijf stappen zijn: signalen in kaart brengen, overleggen (ook met Veilig Thuis), in gesprek "
                    "gaan, het risico wegen en beslissen over hulp en melden. Bij acute of structurele onveiligheid "
                    "is melden de norm.</p>"
                    "<h2>Jongeren in het gezin</h2>"
                    "<p>Zie je bij een huisbezoek een jongere met signalen? Bijvoorbeeld een zoon van 15 die "
                    "’s nachts weg is, twee telefoons heeft en een ‘schuld’ heeft? Of een dochter met een veel "
                    "oudere vriend? Bij een minderjarige hoeft er geen dwang te zijn om van uitbuiting te spreken. "
                    "Volg de meldcode en vraag advies aan Veilig Thuis.</p>",
                ),
                (
                    "video",
                    {
                        "title": "Voorbeeld: zo kan een adviesgesprek verlopen",
                        "url": "https://www.example.org/voorbeeldvideo-adviesgesprek",
                        "transcript": (
                            "<p><em>[Voorbeeldmateriaal. Deze video is nog niet gemaakt: de link is een "
                            "voorbeeld. De tekst is geschreven voor deze training. Het is geen tekst van het Meld- "
                            "en Adviespunt of van een andere echte organisatie. Een trainer (gespeeld) vertelt.]"
                            "</em></p>"
                            "<p>Trainer: ‘Twijfel je over een cliënt? Dan kun je advies vragen bij het Meld- en "
                            "Adviespunt Mensenhandel Flevoland. Dat hoort bij Veilig Thuis Flevoland. Je hoeft niet "
                            "zeker te weten dat het mensenhandel is.’</p>"
                            "<p>‘Vertel wat je zag en hoorde. Je kunt anoniem advies vragen: je hoeft de naam van "
                            "je cliënt niet meteen te noemen.’</p>"
                            "<p>‘Daarna kijk je samen wat nodig is. Soms eerst nog een gesprek. Soms een melding. "
                            "Is er acuut gevaar? Bel dan altijd meteen 112.’</p>"
                        ),
                    },
                ),
                (
                    "referral_route",
                    {
                        "title": "Jouw route in het sociaal domein",
                        "intro": "Volg deze stappen als je signalen ziet bij een cliënt.",
                        "steps": [
                            {
                                "title": "Veiligheid eerst",
                                "text": "Bij acuut gevaar bel je 112. Spreek een mogelijke uitbuiter niet aan.",
                            },
                            {
                                "title": "Praat apart",
                                "text": "Spreek de cliënt alleen, met een onafhankelijke tolk als dat nodig is.",
                            },
                            {
                                "title": "Schrijf feiten op",
                                "text": "Datum, plaats, wie er was, wat je zag en wat er letterlijk werd gezegd.",
                            },
                            {
                                "title": "Overleg",
                                "text": (
                                    "Met een collega, de aandachtsfunctionaris van je gemeente, de zorgcoördinator "
                                    "mensenhandel of het Meld- en Adviespunt Mensenhandel Flevoland."
                                ),
                            },
                            {
                                "title": "Spreek af wie wat doet",
                                "text": (
                                    "Leg vast wat je hebt afgesproken en met wie. Houd contact met de cliënt als "
                                    "dat veilig kan."
                                ),
                            },
                            {
                                "title": "Na je melding",
                                "text": (
                                    "Het Meld- en Adviespunt of de zorgcoördinator pakt het op. Je hoort niet alles "
                                    "terug. Raakt het je? Praat erover."
                                ),
                            },
                        ],
                        "contacts": [
                            _112,
                            _MELDPUNT,
                            _EIGEN_ORGANISATIE,
                            _VEILIG_THUIS,
                            _POLITIE,
                            _NLA,
                            _FAIRWORK,
                            _COMENSHA,
                        ],
                        "show_coordinator": True,
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 2. Handhaving en toezicht
# ---------------------------------------------------------------------------

HANDHAVING = {
    "slug": "mensenhandel-herkennen-handhaving",
    "title": "Mensenhandel herkennen bij handhaving en toezicht",
    "intro": (
        "<p>Als boa, toezichthouder of inspecteur kom je op plekken waar anderen niet komen: in woningen van "
        "arbeidsmigranten, in bedrijfspanden, in salons en in de seksbranche. Daar kun je signalen van uitbuiting "
        "zien. In deze module leer je die signalen herkennen, veilig handelen en goed rapporteren.</p>"
    ),
    "objectives": [
        "Je weet wat mensenhandel is en waarom jouw controles ertoe doen.",
        "Je herkent signalen van uitbuiting bij huisvesting, op de werkplek en in de seksbranche.",
        "Je handelt tijdens een controle zo dat mogelijke slachtoffers niet in gevaar komen.",
        "Je schrijft een feitelijk verslag waar anderen mee verder kunnen.",
        "Je kent de route om signalen door te geven.",
    ],
    "estimated_minutes": 45,
    "audiences": ["handhaving"],
    "lessons": [
        {
            "slug": "waarom-handhaving-het-verschil-maakt",
            "title": "Waarom handhaving het verschil maakt",
            "intro": (
                "<p>Slachtoffers van mensenhandel zoeken zelden zelf hulp. Jij komt tijdens je werk op plekken "
                "waar uitbuiting kan plaatsvinden. In deze les lees je wat mensenhandel is en wat jouw rol is.</p>"
            ),
            "estimated_minutes": 10,
            "body": [
                (
                    "paragraph",
                    "<h2>Wat is mensenhandel?</h2>"
                    "<p>Bij mensenhandel wordt iemand uitgebuit. Iemand anders verdient aan hem of haar, en de "
                    "persoon kan niet vrij kiezen. De dader gebruikt daarvoor dwang. Dat is niet altijd geweld. "
                    "Het kan ook gaan om bedrog, schulden, bedreiging of misbruik van iemands zwakke positie. Er "
                    "zijn verschillende vormen:</p>"
                    "<ul>"
                    "<li><strong>arbeidsuitbuiting</strong>, bijvoorbeeld in de land- en tuinbouw, de schoonmaak, "
                    "de horeca of in nagelsalons;</li>"
                    "<li><strong>seksuele uitbuiting</strong>, in clubs, massagesalons, via escort, of in hotels "
                    "en woningen;</li>"
                    "<li><strong>criminele uitbuiting</strong>, bijvoorbeeld mensen die gedwongen worden om in "
                    "een woning drugs te kweken of te maken.</li>"
                    "</ul>"
                    "<p>Mensenhandel is iets anders dan mensensmokkel. Bij smokkel gaat het om betaalde hulp bij "
                    "het oversteken van een grens. Bij mensenhandel draait het om uitbuiting. Ook Nederlanders "
                    "kunnen slachtoffer zijn.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Jouw controle is een kans</h2>"
                    "<p>Slachtoffers vertellen je zelden uit zichzelf dat ze worden uitgebuit. Ze zijn bang, ze "
                    "hebben schulden of ze zien zichzelf niet als slachtoffer. Maar bij een controle mag jij ergens "
                    "binnen. Je ziet hoe mensen wonen en werken. Je ziet wie de sleutels heeft en wie het woord "
                    "doet. Veel slachtoffers komen nergens anders in beeld.</p>"
                    "<p>Jouw verslag is ook belangrijk voor de gemeente. De burgemeester kan een pand sluiten of "
                    "een vergunning intrekken. Rechters hebben zulke besluiten goedgekeurd als ze goed onderbouwd "
                    "waren. Een slecht onderbouwde sluiting draaiden ze terug. Een helder, feitelijk verslag maakt "
                    "dus echt verschil.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Arbeidsmigranten in Flevoland",
                        "text": (
                            "<p>In Flevoland wonen en werken veel arbeidsmigranten. In 2019 was ongeveer 10% van "
                            "de werkenden in de Noordoostpolder arbeidsmigrant, vooral in kassen en in de bollen- en "
                            "fruitteelt. In Zeewolde woonden in 2018 meer dan 800 mensen op twee parken voor "
                            "arbeidsmigranten. Dit zegt niets over uitbuiting: veel arbeidsmigranten hebben "
                            "gewoon werk. Het laat wel zien waar je extra goed kunt kijken.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Vroeger keek ik alleen of de brandblussers er hingen. Nu kijk ik ook wie er slaapt, "
                            "en wie de sleutel van de voordeur heeft."
                        ),
                        "attribution": "Een toezichthouder wonen (fictief)",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "action",
                        "title": "Wat vraagt dit van jou?",
                        "text": (
                            "<p>Je hoeft geen rechercheur te zijn. Kijk goed, schrijf op wat je ziet en geef het "
                            "door via je eigen organisatie. Anderen zoeken het verder uit.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "signalen-bij-huisvesting",
            "title": "Signalen bij huisvesting van arbeidsmigranten",
            "intro": (
                "<p>Slechte huisvesting is niet altijd mensenhandel. Maar een woning is wel vaak een manier om "
                "mensen afhankelijk te houden. In deze les lees je waar je op let bij een woningcontrole.</p>"
            ),
            "estimated_minutes": 12,
            "body": [
                (
                    "paragraph",
                    "<h2>Wonen als drukmiddel</h2>"
                    "<p>Wie bij de werkgever of het uitzendbureau woont, staat zwak. Klaagt hij of wordt hij ziek? "
                    "Dan kan hij werk en bed tegelijk kwijtraken. Soms gaat de huur van het loon af en blijft er "
                    "bijna niets over. Zo houdt een uitbuiter mensen klein.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij een woningcontrole",
                        "intro": "Let op combinaties. Eén signaal is nog geen bewijs.",
                        "groups": [
                            {
                                "category": "documents_money",
                                "signals": [
                                    "Het paspoort of ID-bewijs ligt bij de werkgever, verhuurder of ‘vriend’.",
                                    "Hoge schulden bij de werkgever of werver, voor reis, huis of ‘boetes’.",
                                    "Contant loon, ver onder het minimumloon; een ander haalt het geld op.",
                                ],
                            },
                            {
                                "category": "housing",
                                "signals": [
                                    "Veel te veel bedden in een ruimte; mensen slapen in ploegen.",
                                    "Mensen wonen in een schuur, bedrijfspand of opslagruimte.",
                                    (
                                        "Veel mensen staan op één adres ingeschreven, of mensen staan "
                                        "nergens ingeschreven."
                                    ),
                                    "Huisregels met boetes; onaangekondigde ‘controles’ door het uitzendbureau.",
                                ],
                            },
                            {
                                "category": "control",
                                "signals": [
                                    "Sloten aan de buitenkant van deuren of ramen.",
                                    "Bewoners weten hun eigen adres niet.",
                                    "Iemand anders voert steeds het woord.",
                                ],
                            },
                            {
                                "category": "workplace",
                                "signals": [
                                    "Busjes halen groepen mensen op vaste tijden op, ook heel vroeg.",
                                    "Een ‘coördinator’ houdt toezicht op het werk én thuis.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Bedden in de schuur",
                        "story": (
                            "<p>Je doet een controle op een erf in de Noordoostpolder. In een schuur staan 14 "
                            "bedden. Sommige bedden worden overdag gebruikt door mensen die 's nachts werken. Aan de "
                            "buitenkant van de deur zit een hangslot. Je vraagt een van de bewoners, Piotr, op welk "
                            "adres hij woont. Dat weet hij niet. De beheerder staat erbij en zegt: ‘Ik leg het wel "
                            "uit.’</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Je ziet te veel bedden, slapen in ploegen, wonen in een bedrijfsruimte en een slot "
                            "aan de buitenkant. De bewoners weten hun adres niet. Samen zijn dat sterke signalen van "
                            "<strong>arbeidsuitbuiting</strong>.</p>"
                            "<p>Wonen op een erf is niet altijd verboden. In de Noordoostpolder kan huisvesting op het "
                            "erf met een vergunning mogen. Het gaat er dus niet om dát er in een schuur wordt "
                            "gewoond. Het gaat om de vergunning, de veiligheid en vooral om het slot aan de "
                            "buitenkant.</p>"
                            "<p>Alleen een boete geven en weggaan is te weinig. Iedereen meteen uit de schuur zetten "
                            "is ook niet goed: dan verdwijnen mensen uit beeld. Laat de beheerder niet alles "
                            "uitleggen, en stel geen vragen aan bewoners waar hij bij is. "
                            "Schrijf op wat je ziet. Geef het via je eigen lijn door aan de politie of de Nederlandse "
                            "Arbeidsinspectie, en aan de zorgcoördinator mensenhandel.</p>"
                        ),
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Het busje van vijf uur",
                        "story": (
                            "<p>Bij een vakantiepark in Zeewolde klagen buren over steeds wisselende groepen mensen "
                            "in een paar huisjes. Als boa ben je er om vijf uur 's ochtends. Een busje haalt een groep "
                            "mensen op. Een man met een lijst telt iedereen bij het instappen. Een buurman vertelt "
                            "dat de bewoners ‘boetes’ krijgen als ze de afwas laten staan.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Vervoer in groepen op vaste tijden, boetes en iemand die de mensen controleert: "
                            "werk en wonen worden strak geregeld door één partij. Dat kan wijzen op "
                            "<strong>arbeidsuitbuiting</strong>.</p>"
                            "<p>Schrijf op wat je ziet: tijd, kenteken, aantal mensen. Meld het bij de "
                            "Arbeidsinspectie. Zorg via je eigen organisatie dat ook de afdeling openbare orde en "
                            "veiligheid het weet.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Zet niet iedereen meteen op straat",
                        "text": (
                            "<p>Raken bewoners direct hun bed kwijt, dan verdwijnen ze vaak. De uitbuiter brengt ze "
                            "dan ergens anders onder. Overleg daarom eerst, behalve bij direct gevaar. Denk samen met "
                            "de zorgcoördinator na over opvang.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "seksbranche-en-salons",
            "title": "Seksbranche, massagesalons en nagelsalons",
            "intro": (
                "<p>Bij controles van seksbedrijven, massagesalons en nagelsalons kun je signalen zien van seksuele "
                "uitbuiting of arbeidsuitbuiting. In deze les lees je waar je op let.</p>"
            ),
            "estimated_minutes": 12,
            "body": [
                (
                    "paragraph",
                    "<h2>Wie heeft het geld, wie heeft het woord?</h2>"
                    "<p>Bij een controle van een seksbedrijf of een salon zijn twee vragen belangrijk. Wie houdt "
                    "het geld? En kunnen de medewerkers vrij met je praten? Regelt een ander alles en haalt hij "
                    "het geld op? Dan is dat een reden om beter te kijken.</p>"
                    "<p>De Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen onderzoekt "
                    "mensenhandel in Nederland. In 2019 noemde "
                    "de Rapporteur nagelsalons een sector met een hoog risico.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen in salons en de seksbranche",
                        "intro": "Deze signalen kun je zien tijdens een controle of een bezoek.",
                        "groups": [
                            {
                                "category": "sexual",
                                "signals": [
                                    "Een massagesalon biedt seks aan, zonder vergunning voor een seksbedrijf.",
                                    "Sekswerk wisselt steeds tussen hotels en privéadressen.",
                                    (
                                        "Medewerkers moeten hun geld afgeven en beslissen niet zelf over "
                                        "klanten, prijzen of werktijden."
                                    ),
                                    "Iemand zegt dat ze de seks waarvoor ze betaald wordt niet wil.",
                                ],
                            },
                            {
                                "category": "workplace",
                                "signals": [
                                    "Prijzen ver onder de gewone prijs, terwijl er veel personeel is.",
                                    "Veel medewerkers van één nationaliteit die niet met klanten kunnen praten.",
                                    "Medewerkers slapen in of bij de zaak.",
                                ],
                            },
                            {
                                "category": "control",
                                "signals": [
                                    "Een man die de baas lijkt, stuurt het gesprek, soms via de telefoon.",
                                    "Antwoorden klinken ingestudeerd of zijn bij iedereen precies hetzelfde.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Massage met ‘extra's’",
                        "story": (
                            "<p>Een massagesalon in Lelystad heeft geen vergunning voor een seksbedrijf. Toch staat "
                            "er in een advertentie dat er ‘extra's’ mogelijk zijn. Bij de controle spreek je twee "
                            "vrouwen, Anna en Eva. Ze geven allebei precies hetzelfde antwoord. Op de toonbank ligt "
                            "een telefoon met de luidspreker aan. Een man zegt via die telefoon steeds wat ze moeten "
                            "antwoorden.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Je ziet seks zonder vergunning, ingestudeerde antwoorden en een man die op afstand "
                            "de touwtjes in handen heeft. Dat zijn signalen van mogelijke <strong>seksuele "
                            "uitbuiting</strong>.</p>"
                            "<p>De salon op staande voet sluiten lijkt krachtig. Maar dan verdwijnen de vrouwen "
                            "misschien, en een haastig besluit kan bij de rechter sneuvelen. De vrouwen zeggen dat ze "
                            "moeten stoppen helpt ook niet: zij zijn misschien slachtoffer. Niets doen kan ook niet. "
                            "Schrijf alles precies op. Geef het via je eigen organisatie door aan de politie en aan "
                            "OOV. OOV kan de zaak inbrengen bij het RIEC. Op basis van jouw verslag kan de gemeente "
                            "daarna maatregelen nemen.</p>"
                        ),
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Goedkope nagels",
                        "story": (
                            "<p>Je controleert een nagelsalon in Almere. De prijzen zijn veel lager dan bij andere "
                            "salons. Er werken zes jonge medewerkers. Ze zeggen geen woord tegen klanten. Boven de "
                            "zaak zie je matrassen en een kookplaatje. Aan het eind van de dag haalt de bedrijfsleider "
                            "al het contante geld uit de kassa en neemt het mee.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Lage prijzen met veel personeel, medewerkers die niet met klanten praten, slapen "
                            "boven de zaak en één persoon die al het geld meeneemt. Samen kan dat wijzen op "
                            "<strong>arbeidsuitbuiting</strong>.</p>"
                            "<p>Spreek de bedrijfsleider er niet op aan. Denk ook niet: ‘zo werken ze nu eenmaal’. "
                            "Dat vooroordeel maakt slachtoffers onzichtbaar. Meld het bij de Nederlandse "
                            "Arbeidsinspectie of het Meld- en Adviespunt Mensenhandel Flevoland. Vraag de afdeling "
                            "openbare orde en veiligheid om een gezamenlijke controle.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "veilig-handelen-en-rapporteren",
            "title": "Veilig handelen en goed rapporteren",
            "intro": (
                "<p>Wat doe je tijdens en na een controle als je signalen ziet? In deze les lees je hoe je jezelf en "
                "mogelijke slachtoffers veilig houdt. En hoe je een verslag schrijft waar anderen iets mee "
                "kunnen.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Tijdens de controle",
                        "text": (
                            "<ul>"
                            "<li>Spreek een mogelijke uitbuiter nooit aan op je vermoeden.</li>"
                            "<li>Stel geen vragen over uitbuiting als de beheerder, werkgever "
                            "of ‘vriend’ erbij is.</li>"
                            "<li>Ga niet zelf op onderzoek uit. Dat is werk voor de politie "
                            "en de Arbeidsinspectie.</li>"
                            "<li>Is er acuut gevaar? Bel 112.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<h2>Een goed verslag</h2>"
                    "<p>Schrijf op wat je ziet en hoort, niet wat je denkt. Een rechercheur, jurist of rechter "
                    "moet later precies kunnen lezen wat er was.</p>"
                    "<h3>Zo niet</h3>"
                    "<p><em>‘Duidelijk een geval van uitbuiting. De beheerder is een crimineel.’</em></p>"
                    "<h3>Zo wel</h3>"
                    "<p><em>‘12 maart 2026, 10.15 uur. Schuur achter de boerderij: 14 bedden. Hangslot aan de "
                    "buitenkant van de deur. Twee bewoners wisten hun adres niet. De beheerder gaf steeds antwoord "
                    "voor de bewoners. Kenteken van zijn auto genoteerd.’</em></p>"
                    "<p>Noteer ook welke foto's je hebt gemaakt en wie er bij de controle waren.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Wat mag jij?</h2>"
                    "<p>Als toezichthouder mag je plaatsen betreden om te controleren. Een woning mag je niet "
                    "zonder toestemming van de bewoner binnengaan. Heb je die niet? Dan is er een machtiging nodig. "
                    "Als boa mag je alleen opsporen binnen je eigen taak. Onderzoek naar mensenhandel is werk van de "
                    "politie en de Arbeidsinspectie. Twijfel je wat je mag? Vraag het je leidinggevende of de jurist "
                    "van je organisatie.</p>"
                    "<h2>Je eigen veiligheid</h2>"
                    "<p>Ga bij een controle met signalen nooit alleen. Spreek vooraf af wanneer jullie weggaan. Voelt "
                    "het dreigend? Stop de controle, ga weg en bel zo nodig 112. Een verslag kun je ook later "
                    "schrijven.</p>"
                    "<h2>Regels voor wonen</h2>"
                    "<p>Of wonen in een schuur, bedrijfspand of chalet mag, hangt af van de regels van de gemeente "
                    "en de vergunning. Kijk daarom naar drie dingen: is er een vergunning, is het veilig (brand, "
                    "nooduitgang, aantal mensen), en zit wonen vast aan werk? Een overtreding van de woonregels is "
                    "nog geen mensenhandel. Een slot aan de buitenkant, mensen die hun adres niet weten en ‘geen "
                    "werk, geen bed’ zijn wel signalen.</p>"
                    "<h2>Doorgeven via je eigen lijn</h2>"
                    "<p>Geef signalen door via je eigen organisatie. Spreek in je team af wie dat doet en hoe. Vaak "
                    "gaat het via je leidinggevende of de aandachtsfunctionaris mensenhandel. Zorg dat de "
                    "informatie ook bij de afdeling openbare orde en veiligheid komt. Zo kan de gemeente signalen "
                    "van verschillende afdelingen naast elkaar leggen.</p>",
                ),
                (
                    "referral_route",
                    {
                        "title": "Route voor handhaving en toezicht",
                        "intro": "Zo geef je signalen van een controle veilig en volledig door.",
                        "steps": [
                            {
                                "title": "Veiligheid eerst",
                                "text": "Bij acuut gevaar bel je 112. Spreek niemand aan op je vermoeden.",
                            },
                            {
                                "title": "Leg vast",
                                "text": (
                                    "Schrijf een feitelijk verslag: datum, tijd, plaats, aantallen, kentekens, "
                                    "namen en foto's."
                                ),
                            },
                            {
                                "title": "Meld via je eigen lijn",
                                "text": (
                                    "Bespreek het met je leidinggevende of de aandachtsfunctionaris. Zorg dat "
                                    "openbare orde en veiligheid het weet."
                                ),
                            },
                            {
                                "title": "Schakel de juiste partner in",
                                "text": (
                                    "Bij uitbuiting in werk de Arbeidsinspectie, bij andere vormen de politie. "
                                    "Twijfel je? Bel het Meld- en Adviespunt."
                                ),
                            },
                            {
                                "title": "Denk aan de mensen",
                                "text": (
                                    "Overleg met de zorgcoördinator mensenhandel over opvang en hulp, zeker als "
                                    "bewoners hun woning kwijtraken."
                                ),
                            },
                            {
                                "title": "Na je melding",
                                "text": (
                                    "Het Meld- en Adviespunt of de zorgcoördinator pakt het op. Je hoort niet alles "
                                    "terug. Raakt het je? Praat erover."
                                ),
                            },
                        ],
                        "contacts": [
                            _112,
                            _MELDPUNT,
                            _EIGEN_ORGANISATIE,
                            _POLITIE,
                            _NLA,
                            _VEILIG_THUIS,
                            _FAIRWORK,
                            _COMENSHA,
                        ],
                        "show_coordinator": True,
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Mijn verslag was maar één pagina. Maar omdat het zo precies was, kon de politie er "
                            "echt mee verder."
                        ),
                        "attribution": "Een boa (fictief)",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 3. Openbare orde en veiligheid
# ---------------------------------------------------------------------------

OOV = {
    "slug": "mensenhandel-herkennen-oov",
    "title": "Mensenhandel aanpakken vanuit openbare orde en veiligheid",
    "intro": (
        "<p>Als medewerker openbare orde en veiligheid (OOV) zorg je ervoor dat de gemeente mensenhandel kan zien "
        "en tegenhouden. Je werkt met beleid, vergunningen en samenwerking in de regio. In deze module lees je hoe "
        "je signalen uit de hele gemeente bij elkaar brengt en hoe je drempels opwerpt voor uitbuiters.</p>"
    ),
    "objectives": [
        "Je kunt uitleggen waarom weinig meldingen niet betekent dat er geen mensenhandel is.",
        "Je gebruikt het barrièremodel om te zien waar de gemeente drempels kan opwerpen.",
        "Je kent de bestuurlijke middelen en weet waarom een goed onderbouwd dossier nodig is.",
        "Je weet hoe signalen in Flevoland bij de juiste partners komen.",
    ],
    "estimated_minutes": 44,
    "audiences": ["oov"],
    "lessons": [
        {
            "slug": "geen-meldingen-is-niet-geen-mensenhandel",
            "title": "Geen meldingen betekent niet: geen mensenhandel",
            "intro": (
                "<p>Mensenhandel is een misdrijf dat je moet zoeken. In deze les lees je wat mensenhandel is, hoe "
                "groot het probleem is en waarom de gemeente een rol heeft.</p>"
            ),
            "estimated_minutes": 10,
            "body": [
                (
                    "paragraph",
                    "<h2>Wat is mensenhandel?</h2>"
                    "<p>Bij mensenhandel buit iemand een ander uit: seksueel, in werk, of door hem misdrijven te "
                    "laten plegen. De dader gebruikt dwang. Die dwang kan ook bestaan uit bedrog, schulden of "
                    "misbruik van iemands kwetsbare positie. Bij minderjarigen hoeft er geen dwang te zijn. "
                    "Mensenhandel is iets anders dan mensensmokkel. Bij smokkel gaat het om betaalde hulp bij het "
                    "oversteken van een grens.</p>"
                    "<p>De wet over mensenhandel gaat waarschijnlijk veranderen. In november 2025 lag er een "
                    "nieuwe wet bij de Eerste Kamer (stand: 18 november 2025). Die wet maakt ook ernstige benadeling van werknemers "
                    "strafbaar: zware misstanden in werk die nog geen mensenhandel zijn. Let dus op: de precieze "
                    "regels kunnen veranderen.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Een haaldelict</h2>"
                    "<p>Mensenhandel is een haaldelict. Dat betekent: het komt pas aan het licht als iemand ernaar "
                    "zoekt. Slachtoffers melden zich zelden zelf. Ze zijn bang, hebben schulden of zien zichzelf "
                    "niet als slachtoffer.</p>"
                    "<p>Een schatting uit 2017 laat zien hoe groot het verschil is. In de jaren 2010 tot en met "
                    "2015 waren er in Nederland elk jaar ongeveer 6.250 slachtoffers. Dat is ongeveer vijf keer zo "
                    "veel als er werden geregistreerd.</p>"
                    "<p>Wie kijkt, vindt wel slachtoffers. CoMensha is het landelijk coördinatiecentrum tegen "
                    "mensenhandel. In 2024 kreeg CoMensha de meeste meldingen van de politie (329; CoMensha, ‘Het beeld "
                    "van 2024’). Op de tweede "
                    "plaats kwamen de zorgcoördinatoren mensenhandel (301).</p>",
                ),
                (
                    "case_story",
                    {
                        "title": "‘Bij ons speelt het niet’",
                        "story": (
                            "<p>In een overleg zegt wethouder Jeroen: ‘Mensenhandel? Dat speelt bij ons niet. Er "
                            "komen geen meldingen binnen.’ Hij vraagt of de gemeente haar tijd en geld niet beter "
                            "aan iets anders kan besteden.</p>"
                        ),
                        "question": "Wat zou jij de wethouder antwoorden?",
                        "reveal": (
                            "<p>Geen meldingen betekent niet dat er geen mensenhandel is. Het betekent vaak dat "
                            "niemand kijkt, of dat mensen niet weten waar ze met signalen heen kunnen. Volgens de "
                            "schatting uit 2017 was het echte aantal slachtoffers ongeveer vijf keer zo groot als het "
                            "aantal dat bekend was.</p>"
                            "<p>Een goed antwoord is dus: zorg dat medewerkers leren kijken en de route kennen. In "
                            "Flevoland is er sinds 1 maart 2024 het Meld- en Adviespunt Mensenhandel Flevoland. Als "
                            "meer mensen signalen herkennen en melden, wordt het echte beeld zichtbaar.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Geen cijfers voor Flevoland",
                        "text": (
                            "<p>Er zijn geen betrouwbare cijfers over het aantal slachtoffers in Flevoland. In 2019 "
                            "zei de Nationaal Rapporteur al dat regionale cijfers nodig zijn. Gebruik dus geen "
                            "zelfbedachte lokale aantallen. Gebruik wel de landelijke cijfers, met het jaartal "
                            "erbij.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Wat je niet zoekt, vind je ook niet. Bij mensenhandel geldt dat meer dan bij bijna elk "
                            "ander misdrijf."
                        ),
                        "attribution": "Een beleidsadviseur openbare orde en veiligheid (fictief)",
                    },
                ),
            ],
        },
        {
            "slug": "het-barrieremodel",
            "title": "Het barrièremodel: drempels opwerpen",
            "intro": (
                "<p>Een arbeidsmigrant komt op zijn route steeds langs de gemeente: voor een woning, een "
                "inschrijving of een vergunning. Uitbuiters ook. Met het barrièremodel zie je waar je mensen kunt "
                "beschermen en drempels kunt opwerpen.</p>"
            ),
            "estimated_minutes": 12,
            "body": [
                (
                    "paragraph",
                    "<h2>Wat is het barrièremodel?</h2>"
                    "<p>Een barrièremodel zet een route stap voor stap op een rij. Bij elke stap kijk je waar de "
                    "gemeente of een partner iets kan doen. Dat heet een barrière of drempel opwerpen.</p>"
                    "<p>Let op: er zijn twee soorten. Het ene model volgt de <strong>dader</strong>: welke stappen "
                    "zet een uitbuiter, en waar komt hij langs de overheid? Het model van de VNG (de Vereniging van "
                    "Nederlandse Gemeenten) en het CCV (Centrum voor Criminaliteitspreventie en Veiligheid) voor "
                    "kwetsbare arbeidsmigranten volgt de <strong>arbeidsmigrant</strong>: de route die hij zelf "
                    "aflegt. Bij elke stap kijk je waar hij kwetsbaar wordt, en hoe de gemeente hem kan beschermen "
                    "en misbruik moeilijker maakt. Dat model heeft zes stappen:</p>"
                    "<ol>"
                    "<li>werven en binnenkomen;</li>"
                    "<li>huisvesting;</li>"
                    "<li>inschrijving;</li>"
                    "<li>werk;</li>"
                    "<li>verblijf;</li>"
                    "<li>terugkeer.</li>"
                    "</ol>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij de stappen van het barrièremodel",
                        "intro": "Deze signalen kan de gemeente zien in haar eigen systemen en bij controles.",
                        "groups": [
                            {
                                "category": "sexual",
                                "signals": [
                                    "Seks zonder vergunning, bijvoorbeeld in een massagesalon of een hotel dat kamers per uur verhuurt.",
                                ],
                            },
                            {
                                "category": "minors",
                                "signals": [
                                    "Jongeren die door oudere mannen worden opgehaald en ingezet, bijvoorbeeld om drugs te verkopen.",
                                ],
                            },
                            {
                                "category": "control",
                                "signals": ["Mensen zijn geworven met beloftes over werk en loon die niet uitkomen."],
                            },
                            {
                                "category": "housing",
                                "signals": [
                                    "Veel mensen ingeschreven op één adres, of mensen die nergens ingeschreven staan.",
                                    "Mensen wonen in bedrijfspanden, schuren of op vakantieparken.",
                                    "Wonen hangt aan het werk: geen werk, geen bed.",
                                ],
                            },
                            {
                                "category": "workplace",
                                "signals": [
                                    "Groepen worden op vaste tijden met busjes opgehaald.",
                                    (
                                        "Papieren kloppen niet met de praktijk: op papier een "
                                        "nulurencontract, in het echt contant loon."
                                    ),
                                ],
                            },
                            {
                                "category": "documents_money",
                                "signals": [
                                    "Hoge schulden bij het uitzendbureau of de bemiddelaar.",
                                    "Geen zorgverzekering, of een contract in een taal die iemand niet kan lezen.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<h2>Welke middelen heeft de gemeente?</h2>"
                    "<ul>"
                    "<li><strong>Vergunningen:</strong> eisen stellen aan bijvoorbeeld seksbedrijven, horeca en "
                    "huisvesting.</li>"
                    "<li><strong>Wet Bibob:</strong> de gemeente kan een vergunning weigeren of intrekken als het "
                    "risico groot is dat die voor misdaad wordt gebruikt.</li>"
                    "<li><strong>Sluiting:</strong> de burgemeester kan een pand tijdelijk sluiten.</li>"
                    "<li><strong>Controles:</strong> samen met handhaving, politie en Arbeidsinspectie.</li>"
                    "<li><strong>Casusoverleg in het RIEC:</strong> samen met andere overheden informatie over een "
                    "zaak delen en afspraken maken.</li>"
                    "</ul>"
                    "<h2>Nieuw: toelating voor uitzendbureaus (Wtta)</h2>"
                    "<p>Bij de stap <strong>werk</strong> hoort een nieuwe wet: de Wet toelating "
                    "terbeschikkingstelling arbeidskrachten (Wtta). Vanaf 1 januari 2027 mogen uitzendbureaus en "
                    "andere bedrijven die personeel uitlenen dat alleen nog met een toelating van de overheid. Vanaf "
                    "2028 controleert de Nederlandse Arbeidsinspectie dit. Dit staat zo gepland (stand: 13 "
                    "november 2025). Kijk voor je het gebruikt of de data nog kloppen.</p>"
                    "<h2>Huisvesting van arbeidsmigranten</h2>"
                    "<p>Bij de stap <strong>huisvesting</strong> gaat het om de vraag: mag hier gewoond worden, en is "
                    "het veilig? Wonen op een erf, op een vakantiepark of in een bedrijfspand is niet altijd verboden. "
                    "Veel gemeenten staan onder voorwaarden huisvesting van arbeidsmigranten toe, bijvoorbeeld op het "
                    "erf van een agrarisch bedrijf. Kijk dus naar de vergunning en naar de veiligheid: "
                    "brandveiligheid, het aantal mensen, en of wonen en werk aan elkaar vastzitten.</p>",
                ),
                (
                    "case_story",
                    {
                        "title": "Een vakantiepark vol wisselende bewoners",
                        "story": (
                            "<p>Je krijgt een verslag van een boa uit Zeewolde. Op een vakantiepark wonen steeds "
                            "wisselende groepen arbeidsmigranten. Elke ochtend om vijf uur haalt een busje hen op. "
                            "Buren vertellen over ‘boetes’ voor de bewoners. De eigenaar van het park heeft net een "
                            "vergunning aangevraagd voor nog meer huisjes.</p>"
                        ),
                        "question": "Wat valt je op, en welke stappen uit het barrièremodel zie je?",
                        "reveal": (
                            "<p>Dit raakt de stappen <strong>huisvesting</strong>, <strong>inschrijving</strong> en "
                            "<strong>werk</strong>. Ga na wie er op het park staan ingeschreven en of wonen daar "
                            "volgens de regels mag. Zorg dat de Nederlandse Arbeidsinspectie de signalen krijgt. "
                            "Breng de zaak in bij het RIEC Midden-Nederland. Beoordeel de nieuwe aanvraag met deze "
                            "informatie erbij, bijvoorbeeld met een Bibob-toets.</p>"
                            "<p>Vergeet de bewoners niet. Vraag de zorgcoördinator mensenhandel om mee te denken "
                            "over opvang als mensen hun woonplek kwijtraken.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "action",
                        "title": "Begin klein",
                        "text": (
                            "<p>Kies één stap uit het barrièremodel waar jouw gemeente veel mee te maken heeft, "
                            "bijvoorbeeld huisvesting. Ga samen met handhaving en Burgerzaken na welke signalen "
                            "jullie al zien, en wie ze doorgeeft.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "bestuurlijk-ingrijpen",
            "title": "Bestuurlijk ingrijpen: zorgvuldig en onderbouwd",
            "intro": (
                "<p>De burgemeester kan een pand sluiten of een vergunning intrekken. Dat is een sterk middel. Maar "
                "het werkt alleen als het besluit goed onderbouwd is, en als je aan de mensen denkt. In deze les "
                "lees je hoe je dat aanpakt.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "paragraph",
                    "<h2>Wat zegt de rechter?</h2>"
                    "<p>Rechters hebben besluiten goedgekeurd waarin een vergunning werd ingetrokken, omdat de "
                    "uitbater mensenhandel niet had voorkomen. Maar een sluiting die niet goed onderbouwd was, "
                    "hebben rechters ook teruggedraaid. De les: een besluit staat of valt met de feiten in het "
                    "dossier. Daarom zijn de verslagen van handhaving zo belangrijk.</p>"
                    "<p>Een voorbeeld van buiten Flevoland: in 2019 sloot de gemeente Haarlemmermeer zes "
                    "massagesalons voor drie maanden. Een ‘mystery guest’ van de gemeente had daar seks zonder "
                    "vergunning aangetroffen. In een van de salons waren ook signalen van mensenhandel.</p>",
                ),
                (
                    "case_story",
                    {
                        "title": "‘Die zaak gaat morgen dicht’",
                        "story": (
                            "<p>Handhaving heeft een massagesalon in Lelystad gecontroleerd. De salon heeft geen "
                            "vergunning voor een seksbedrijf, maar adverteert met ‘extra's’. Twee vrouwen gaven "
                            "ingestudeerde antwoorden, terwijl een man via de telefoon meeluisterde. De burgemeester "
                            "hoort ervan en zegt tegen jou: ‘Die zaak gaat morgen dicht.’</p>"
                        ),
                        "question": "Wat adviseer jij de burgemeester?",
                        "reveal": (
                            "<p>Morgen sluiten, zonder voorbereiding, is riskant. De vrouwen verdwijnen misschien "
                            "naar een andere plek. En een besluit dat niet goed onderbouwd is, kan bij de rechter "
                            "sneuvelen.</p>"
                            "<p>Adviseer een zorgvuldige volgorde. Zorg eerst dat het verslag van handhaving "
                            "volledig en feitelijk is. Geef de signalen door aan de politie en het RIEC. Overleg met "
                            "de zorgcoördinator mensenhandel over hulp aan de vrouwen. Kies daarna een maatregel die "
                            "past, op basis van een goed onderbouwd dossier.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<h2>Wat hoort in een goed dossier?</h2>"
                    "<ul>"
                    "<li>Feitelijke waarnemingen van handhaving, met datum en tijd.</li>"
                    "<li>Informatie van partners zoals politie, Arbeidsinspectie en RIEC, voor zover die gedeeld "
                    "mag worden.</li>"
                    "<li>De regels waar het om gaat, zoals vergunningvoorwaarden en het beleid van de gemeente.</li>"
                    "<li>Een afweging: waarom is deze maatregel nodig, en waarom past hij bij wat er aan de hand "
                    "is?</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Denk aan de mensen achter de deur",
                        "text": (
                            "<p>Een sluiting raakt ook de mensen die er werken of wonen. Zij zijn misschien "
                            "slachtoffer. Zonder plan voor opvang en hulp verdwijnen ze uit beeld, en gaat de "
                            "uitbuiting ergens anders door. Betrek daarom altijd de zorgcoördinator mensenhandel "
                            "bij je plan.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "samenwerken-in-flevoland",
            "title": "Samenwerken in de keten in Flevoland",
            "intro": (
                "<p>Geen enkele partij kan mensenhandel alleen stoppen. Signalen komen op veel plekken binnen. Je hebt "
                "elkaar dus nodig. In deze les lees je "
                "wie er in Flevoland samenwerken. En je leest hoe jij zorgt dat een signaal op de goede plek "
                "komt.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "paragraph",
                    "<h2>De ketenaanpak in Flevoland</h2>"
                    "<p>Op 16 november 2022 zetten partners in Flevoland hun naam onder een intentieverklaring. Dat "
                    "is een stuk waarin je opschrijft wat je samen wilt doen. Het heet de Ketenaanpak Mensenhandel. "
                    "De partners spraken af dat ze samen optrekken tegen uitbuiting. Deze partijen tekenden onder "
                    "andere:</p>"
                    "<ul>"
                    "<li>de gemeente Almere;</li>"
                    "<li>de gemeente Lelystad;</li>"
                    "<li>de gemeente Dronten;</li>"
                    "<li>de gemeente Zeewolde;</li>"
                    "<li>de gemeente Noordoostpolder;</li>"
                    "<li>de gemeente Urk;</li>"
                    "<li>GGD Flevoland;</li>"
                    "<li>Veilig Thuis;</li>"
                    "<li>Blijf Groep;</li>"
                    "<li>CoMensha;</li>"
                    "<li>Scharlaken Koord;</li>"
                    "<li>het RIEC Midden-Nederland.</li>"
                    "</ul>"
                    "<p>Ook een paar andere partijen die hulp geven, tekenden mee.</p>"
                    "<p>Sinds 1 maart 2024 heeft Flevoland een Meld- en Adviespunt Mensenhandel. Het hoort bij "
                    "Veilig Thuis Flevoland. Iedereen kan daar terecht: inwoners, en mensen die er in hun werk mee te "
                    "maken krijgen. Je kunt er advies vragen of een melding doen. Ook als je twijfelt.</p>"
                    "<p>Ook in het hele land is er een afspraak. In het programma ‘Samen tegen mensenhandel’ "
                    "spraken overheden af dat elke gemeente in 2022 beleid tegen mensenhandel zou hebben. Dat is een "
                    "afspraak, geen wettelijke plicht.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Wie doet wat?</h2>"
                    "<ul>"
                    "<li><strong>De politie.</strong> Flevoland is een district van de politie-eenheid "
                    "Midden-Nederland. Er zijn speciaal opgeleide rechercheurs voor mensenhandel. Zij doen het "
                    "onderzoek.</li>"
                    "<li><strong>Het RIEC Midden-Nederland.</strong> Hier werken gemeenten, politie en andere "
                    "overheden samen. Ze delen wat ze weten, en ze treden samen op.</li>"
                    "<li><strong>De zorgcoördinator mensenhandel.</strong> Die regelt zorg, opvang en juridische hulp "
                    "voor slachtoffers. Ook geeft hij advies aan wie met hen werkt.</li>"
                    "<li><strong>De Nederlandse Arbeidsinspectie.</strong> Die onderzoekt misstanden in werk. Ook "
                    "uitbuiting in werk hoort daarbij.</li>"
                    "<li><strong>OOV.</strong> Dat ben jij. Jij zorgt dat signalen uit handhaving en het sociaal "
                    "domein bij elkaar komen. En dat ze bij de juiste partner terechtkomen. Zo leg jij de losse "
                    "stukjes naast elkaar.</li>"
                    "</ul>",
                ),
                (
                    "referral_route",
                    {
                        "title": "Zo komen signalen op de goede plek",
                        "intro": "Als OOV ben je vaak de schakel tussen afdelingen en partners.",
                        "steps": [
                            {
                                "title": "Verzamel",
                                "text": (
                                    "Zorg dat handhaving, sociaal domein en Burgerzaken weten hoe ze signalen bij jou "
                                    "kwijt kunnen."
                                ),
                            },
                            {
                                "title": "Bescherm eerst mensen",
                                "text": (
                                    "Acuut gevaar? Bel 112. Mogelijke slachtoffers? Overleg met de zorgcoördinator of "
                                    "het Meld- en Adviespunt."
                                ),
                            },
                            {
                                "title": "Deel met de keten",
                                "text": (
                                    "Geef signalen aan de politie of de Arbeidsinspectie. Complexe zaken breng je in "
                                    "bij het RIEC."
                                ),
                            },
                            {
                                "title": "Grijp bestuurlijk in",
                                "text": (
                                    "Gebruik een vergunning, Bibob of een sluiting. Doe dat op basis van een goed "
                                    "onderbouwd dossier."
                                ),
                            },
                            {
                                "title": "Koppel terug",
                                "text": "Laat collega's weten dat hun signaal is aangekomen. Dan blijven ze melden.",
                            },
                            {
                                "title": "Na je melding",
                                "text": (
                                    "Het Meld- en Adviespunt of de zorgcoördinator pakt het op. Je hoort niet alles "
                                    "terug. Raakt het je? Praat erover."
                                ),
                            },
                        ],
                        "contacts": [
                            _112,
                            _MELDPUNT,
                            _EIGEN_ORGANISATIE,
                            _POLITIE,
                            _NLA,
                            _RIEC,
                            _VEILIG_THUIS,
                            _COMENSHA,
                        ],
                        "show_coordinator": True,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "action",
                        "title": "Checklist voor je gemeente",
                        "text": (
                            "<ul>"
                            "<li>Is er beleid tegen mensenhandel, en is het nog bij de tijd?</li>"
                            "<li>Weet iedereen wie de aandachtsfunctionaris mensenhandel is?</li>"
                            "<li>Kennen handhaving en sociaal domein de route naar het Meld- en Adviespunt?</li>"
                            "<li>Heeft iedereen deze training gedaan?</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Het signaal zat al bij ons in huis, bij drie afdelingen tegelijk. Alleen had niemand "
                            "het naast elkaar gelegd."
                        ),
                        "attribution": "Een medewerker openbare orde en veiligheid (fictief)",
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 4. Zorg
# ---------------------------------------------------------------------------

ZORG = {
    "slug": "mensenhandel-herkennen-zorg",
    "title": "Mensenhandel herkennen in de zorg",
    "intro": (
        "<p>Voor veel slachtoffers van mensenhandel is een zorgverlener een van de weinige mensen die ze zien, "
        "buiten de uitbuiter. Bij de GGD, de huisarts of de seksuele gezondheidszorg heb je daardoor een "
        "bijzondere kans. In deze module leer je signalen herkennen en veilig handelen.</p>"
    ),
    "objectives": [
        "Je kunt uitleggen wat mensenhandel is en waarom de zorg het vaak als eerste ziet.",
        "Je herkent lichamelijke, psychische en sociale signalen van uitbuiting.",
        "Je weet hoe je een patiënt alleen spreekt, met een professionele tolk.",
        "Je weet hoe je de meldcode en de route in Flevoland gebruikt.",
    ],
    "estimated_minutes": 44,
    "audiences": ["zorg"],
    "lessons": [
        {
            "slug": "wat-ziet-de-zorg",
            "title": "Wat is mensenhandel en wat ziet de zorg?",
            "intro": (
                "<p>Uitbuiting laat sporen na in het lichaam en in het gedrag. In deze les lees je wat mensenhandel "
                "is en welke signalen jij als zorgverlener kunt zien.</p>"
            ),
            "estimated_minutes": 10,
            "body": [
                (
                    "paragraph",
                    "<h2>Wat is mensenhandel?</h2>"
                    "<p>Bij mensenhandel wordt iemand uitgebuit. Een ander verdient aan hem of haar, en de persoon "
                    "kan niet vrij kiezen. De dader gebruikt dwang: geweld, maar ook bedrog, schulden, dreiging of "
                    "misbruik van een kwetsbare positie. Bij kinderen onder de 18 jaar hoeft er geen dwang te zijn. "
                    "Er is seksuele uitbuiting, arbeidsuitbuiting en criminele uitbuiting. Gedwongen "
                    "orgaanverwijdering hoort er ook bij, maar komt in Nederland bijna niet voor.</p>"
                    "<p>Mensenhandel is iets anders dan mensensmokkel. Slachtoffers hoeven geen grens over te zijn "
                    "gegaan. Ook Nederlanders kunnen slachtoffer zijn.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Waarom slachtoffers laat komen</h2>"
                    "<p>Slachtoffers komen vaak pas naar de zorg als hun klachten ernstig zijn. Ze hebben geen "
                    "verzekering, mogen niet weg van hun werk, of worden in de gaten gehouden. Ze vertellen zelden "
                    "uit zichzelf wat er aan de hand is. Ze zijn bang, schamen zich of hebben schulden. Soms zien ze "
                    "zichzelf niet als slachtoffer.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen die je in de zorg kunt zien",
                        "intro": "Let op combinaties, en op een verhaal dat niet past bij wat je ziet.",
                        "groups": [
                            {
                                "category": "minors",
                                "signals": [
                                    "Een minderjarige met een veel oudere ‘vriend’ die haar brengt of op haar wacht.",
                                    "Spijbelen, veel geld of een nieuwe telefoon zonder uitleg.",
                                    "Een jongere met een wond en een vaag verhaal, die bang is voor een ‘schuld’.",
                                ],
                            },
                            {
                                "category": "person",
                                "signals": [
                                    "Uitgeput of sterk afgevallen.",
                                    "Verwondingen met een vaag verhaal; zelfbeschadiging.",
                                    "Lichamelijke klachten zonder duidelijke oorzaak, of eetproblemen.",
                                    "Angstig of gespannen; vermijdt oogcontact.",
                                    "Nieuw of steeds meer gebruik van drugs of alcohol.",
                                    "Onbehandelde medische problemen; komt pas laat naar de zorg.",
                                    "Een tatoeage die ‘eigendom’ aangeeft, zoals de naam van een ander.",
                                ],
                            },
                            {
                                "category": "control",
                                "signals": [
                                    "Een ander praat, tolkt of blijft in de spreekkamer.",
                                    "Wordt gebracht en gehaald, ook voor afspraken.",
                                    "Heeft geen eigen telefoon, of juist meerdere.",
                                ],
                            },
                            {
                                "category": "documents_money",
                                "signals": [
                                    "Heeft geen zorgverzekering.",
                                    "Een ander betaalt de rekening en bewaart het paspoort.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "De wond paste niet bij het verhaal. En elke keer als ik iets vroeg, keek ze eerst naar "
                            "hem."
                        ),
                        "attribution": "Een verpleegkundige (fictief)",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "action",
                        "title": "Wat kun je meteen doen?",
                        "text": (
                            "<p>Vertrouw op je klinische blik. Past het verhaal niet bij wat je ziet? Schrijf dat op. "
                            "Plan als het kan een vervolgafspraak, en zorg dan voor een moment alleen met je "
                            "patiënt.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "arbeidsuitbuiting-in-de-spreekkamer",
            "title": "Arbeidsuitbuiting in de spreekkamer",
            "intro": (
                "<p>Een werknemer met een werkongeluk, en een ‘behulpzame’ werkgever erbij. Wat doe je dan? In deze "
                "les oefen je met een situatie bij de huisarts.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "paragraph",
                    "<h2>Een begeleider is niet altijd een hulp</h2>"
                    "<p>Soms komt een patiënt met een werkgever, bemiddelaar of ‘vriend’ naar het spreekuur. Die "
                    "wil vertalen of erbij blijven. Dat kan goed bedoeld zijn. Maar het kan ook betekenen dat die "
                    "persoon de controle houdt. Dan kan je patiënt niet vrij praten.</p>"
                    "<p>Vraag daarom altijd of je de patiënt even alleen mag spreken. Gebruik een professionele "
                    "tolk, bijvoorbeeld via de telefoon. Laat nooit de begeleider tolken.</p>"
                    "<h2>Waar kun je heen bij arbeidsuitbuiting?</h2>"
                    "<ul>"
                    "<li><strong>Het Meld- en Adviespunt Mensenhandel Flevoland</strong> voor advies en melden, "
                    "dag en nacht.</li>"
                    "<li><strong>FairWork</strong> helpt mensen die in hun werk worden uitgebuit. Het advies is "
                    "gratis en vertrouwelijk. Je kunt je patiënt het adres meegeven.</li>"
                    "<li><strong>De Nederlandse Arbeidsinspectie</strong> onderzoekt misstanden in werk.</li>"
                    "</ul>"
                    "<p>Je hoeft niet te kiezen wie ‘de juiste’ is. Begin bij het Meld- en Adviespunt. Dat denkt "
                    "mee over de volgende stap.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen van arbeidsuitbuiting",
                        "intro": "Deze signalen kun je in de spreekkamer horen of zien.",
                        "groups": [
                            {
                                "category": "workplace",
                                "signals": [
                                    "Letsel door gevaarlijk werk zonder beschermingsmiddelen.",
                                    "Heel lange werkdagen, zonder vrije dagen.",
                                    "Slaapt op of bij het werk.",
                                ],
                            },
                            {
                                "category": "documents_money",
                                "signals": [
                                    "De werkgever heeft het paspoort of ID-bewijs van de patiënt.",
                                    "Hoge schuld bij de werkgever of bemiddelaar.",
                                    "Geen contract, of een contract in een taal die de patiënt niet kan lezen.",
                                ],
                            },
                            {
                                "category": "housing",
                                "signals": ["Woont via de werkgever: geen werk betekent geen bed."],
                            },
                            {
                                "category": "control",
                                "signals": ["Maakt zich zorgen over familie in het land van herkomst."],
                            },
                        ],
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Een hand in het verband",
                        "story": (
                            "<p>Een man brengt Tomasz naar een huisartsenpraktijk in Zeewolde. Tomasz komt uit Polen "
                            "en heeft een diepe snijwond in zijn hand. De man zegt dat hij de werkgever is. ‘Hij "
                            "heeft gewoon niet opgelet,’ zegt hij. Hij wil bij het gesprek blijven om te vertalen. "
                            "Als de assistent om een ID-bewijs vraagt, haalt de werkgever het paspoort van Tomasz uit "
                            "zijn eigen jaszak.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>De werkgever praat voor Tomasz, wil erbij blijven en heeft zijn paspoort. De wond "
                            "kan komen door gevaarlijk werk zonder bescherming. Dit zijn signalen van mogelijke "
                            "<strong>arbeidsuitbuiting</strong>.</p>"
                            "<p>Vraag de werkgever vriendelijk om in de wachtkamer te wachten, bijvoorbeeld omdat je "
                            "de hand gaat onderzoeken. Bel een tolk via de telefoon. Vraag Tomasz rustig wie zijn "
                            "paspoort bewaart, hoeveel hij verdient en waar hij woont. Schrijf de antwoorden op. "
                            "Overleg daarna met het Meld- en Adviespunt Mensenhandel Flevoland.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Open vragen die helpen",
                        "text": (
                            "<ul>"
                            "<li>‘Hoe ziet een gewone werkdag eruit?’</li>"
                            "<li>‘Waar woon je, en met hoeveel mensen?’</li>"
                            "<li>‘Wie bewaart je paspoort?’</li>"
                            "<li>‘Kun je met dit werk stoppen als je dat wilt?’</li>"
                            "<li>‘Heb je schulden bij je werkgever?’</li>"
                            "</ul>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "seksuele-uitbuiting-en-seksuele-gezondheid",
            "title": "Seksuele uitbuiting en seksuele gezondheid",
            "intro": (
                "<p>Teams voor seksuele gezondheid spreken veel mensen die in de seksbranche werken. Velen "
                "kiezen daar zelf voor. Maar soms zie je signalen van dwang. In deze les lees je hoe je die "
                "herkent en hoe je veilig reageert.</p>"
            ),
            "estimated_minutes": 12,
            "body": [
                (
                    "paragraph",
                    "<h2>Loverboys zijn pooierboys</h2>"
                    "<p>Een bekende manier van werven is de loverboymethode. Een jongen of man, vaak wat ouder, "
                    "begint een liefdesrelatie. Hij maakt het meisje of de vrouw afhankelijk van zich. Daarna dwingt "
                    "hij haar tot seks met anderen, voor geld. Ook jongens en mannen kunnen zo worden uitgebuit. "
                    "Slachtoffers van loverboys zijn slachtoffers van mensenhandel. Omdat ‘loverboy’ te positief "
                    "klinkt, stelde de minister van Justitie in 2008 voor om ‘pooierboy’ te zeggen.</p>"
                    "<p>Veel slachtoffers zijn verliefd op de dader. Ze zien zichzelf daardoor niet als "
                    "slachtoffer. Dat maakt het moeilijk om erover te praten.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen van seksuele uitbuiting",
                        "intro": "Eén signaal zegt weinig. Let op wat er samen gebeurt.",
                        "groups": [
                            {
                                "category": "sexual",
                                "signals": [
                                    "Werkt steeds op andere plekken, zoals hotels en privéadressen.",
                                    (
                                        "Moet het verdiende geld afgeven; beslist niet zelf over "
                                        "klanten, prijzen of tijden."
                                    ),
                                    "Zegt dat ze de seks waarvoor ze betaald wordt niet wil.",
                                    "Komt vaak voor een soa-test, samen met iemand die alles regelt.",
                                ],
                            },
                            {
                                "category": "person",
                                "signals": [
                                    "Tatoeage met de naam of het teken van een ander.",
                                    "Plotseling heel andere kleding of make-up.",
                                ],
                            },
                            {
                                "category": "control",
                                "signals": [
                                    "Een ander betaalt, praat en blijft erbij.",
                                    "Moet steeds bereikbaar zijn en laat aan iemand weten waar ze is.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "De derde soa-test",
                        "story": (
                            "<p>Sophie is 20 jaar. Ze komt bij de GGD voor haar derde soa-test dit jaar. Er komt een "
                            "man mee. Hij betaalt, en hij geeft antwoord als jij Sophie iets vraagt. Als ze haar mouw "
                            "omhoog doet, zie je een tatoeage op haar pols. Het is de naam van de man.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Vaak testen is op zich verstandig. Het gaat om de combinatie: "
                            "de man praat voor Sophie, "
                            "hij betaalt, en ze heeft een tatoeage met zijn naam. Samen kunnen dat signalen zijn van "
                            "<strong>seksuele uitbuiting</strong>.</p>"
                            "<p>Vraag haar niet waar hij bij is of ze gedwongen wordt. Dat kan gevaarlijk voor haar "
                            "zijn. Zoek een moment alleen, bijvoorbeeld omdat het onderzoek privé is. Stel open "
                            "vragen. Geef haar ongemerkt de gegevens van Chat met Fier en Veilig Thuis mee. Schrijf "
                            "op wat je zag en overleg met het Meld- en Adviespunt Mensenhandel Flevoland.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Chat met Fier",
                        "text": (
                            "<p>Fier is een centrum voor hulp bij geweld in afhankelijkheidsrelaties. Via Chat met "
                            "Fier kunnen jongeren en volwassenen anoniem chatten met een hulpverlener. Volgens de NOS "
                            "bereikte de chat rond 2020 in één jaar 299 slachtoffers van mensenhandel. Twee op de "
                            "drie waren minderjarig.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Vraag nooit waar de begeleider bij is",
                        "text": (
                            "<p>Een vraag als ‘Word je gedwongen?’ waar de begeleider bij is, kan iemand in gevaar "
                            "brengen. Wacht tot je alleen bent. Lukt dat niet? Schrijf op wat je zag en overleg.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "van-signaal-naar-hulp",
            "title": "Van signaal naar hulp",
            "intro": (
                "<p>Je hebt signalen gezien bij een patiënt. Wat nu? In deze les lees je hoe de meldcode werkt, wat "
                "je mag delen en bij wie je terecht kunt.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "paragraph",
                    "<h2>De meldcode</h2>"
                    "<p>Zorgverleners werken met de meldcode huiselijk geweld en kindermishandeling. Gaat het om "
                    "een minderjarige, of om geweld in een afhankelijkheidsrelatie? Dan volg je de meldcode. Ook "
                    "bij een volwassene die misschien wordt uitgebuit, helpen dezelfde vijf stappen om zorgvuldig "
                    "te werken:</p>"
                    "<ol>"
                    "<li>Breng de signalen in kaart.</li>"
                    "<li>Overleg met een collega of de aandachtsfunctionaris. Vraag zo nodig advies aan Veilig "
                    "Thuis, ook anoniem.</li>"
                    "<li>Praat met de patiënt.</li>"
                    "<li>Weeg het risico met het afwegingskader van je beroepsgroep.</li>"
                    "<li>Beslis: regel hulp, doe een melding, of allebei.</li>"
                    "</ol>"
                    "<p>Sinds 2019 is melden de regel als er acute of structurele onveiligheid is.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Beroepsgeheim en delen</h2>"
                    "<p>Als zorgverlener heb je beroepsgeheim. Toch denken veel zorgverleners ten onrechte dat ze "
                    "nooit iets mogen delen zonder toestemming van de patiënt. Bij ernstige onveiligheid kan dat "
                    "soms wel. Neem dat besluit niet alleen. Overleg eerst, bijvoorbeeld anoniem met het Meld- en "
                    "Adviespunt of met Veilig Thuis. Schrijf op hoe je de afweging hebt gemaakt.</p>",
                ),
                (
                    "referral_route",
                    {
                        "title": "Route voor zorgverleners",
                        "intro": "Zo handel je als je bij een patiënt signalen van uitbuiting ziet.",
                        "steps": [
                            {
                                "title": "Veiligheid eerst",
                                "text": "Bij acuut gevaar bel je 112. Spreek de begeleider niet aan op je vermoeden.",
                            },
                            {
                                "title": "Spreek de patiënt alleen",
                                "text": "Met een professionele tolk, bijvoorbeeld via de telefoon.",
                            },
                            {
                                "title": "Leg vast",
                                "text": "Noteer in het dossier wat je zag, wat de patiënt zei en wie er meekwam.",
                            },
                            {
                                "title": "Overleg",
                                "text": (
                                    "Met een collega, de aandachtsfunctionaris of het Meld- en Adviespunt "
                                    "Mensenhandel Flevoland."
                                ),
                            },
                            {
                                "title": "Bied een uitweg",
                                "text": (
                                    "Geef ongemerkt contactgegevens mee, zoals van Chat met Fier. Laat weten dat de "
                                    "patiënt terug mag komen."
                                ),
                            },
                            {
                                "title": "Na je melding",
                                "text": (
                                    "Het Meld- en Adviespunt of de zorgcoördinator pakt het op. Je hoort niet alles "
                                    "terug. Raakt het je? Praat erover."
                                ),
                            },
                        ],
                        "contacts": [
                            _112,
                            _MELDPUNT,
                            _EIGEN_ORGANISATIE,
                            _VEILIG_THUIS,
                            _FAIRWORK,
                            _FIER,
                            _POLITIE,
                            _NLA,
                            _COMENSHA,
                        ],
                        "show_coordinator": True,
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Ook zonder verblijfspapieren is er hulp",
                        "text": (
                            "<p>Heeft een slachtoffer geen geldige verblijfspapieren? Ook dan is er hulp. De politie "
                            "of de Koninklijke Marechaussee biedt bedenktijd aan: maximaal 3 maanden om na te denken "
                            "over een aangifte. In die tijd is er opvang en hoeft de persoon Nederland niet uit.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 5. Onderwijs
# ---------------------------------------------------------------------------

ONDERWIJS = {
    "slug": "mensenhandel-herkennen-onderwijs",
    "title": "Mensenhandel herkennen op school: loverboys en criminele werving",
    "intro": (
        "<p>Uitbuiters zoeken jongeren op, ook rond scholen. Als docent, mentor of zorgcoördinator zie je "
        "leerlingen elke dag. Jij merkt het als er iets verandert. In deze module leer je signalen van loverboys "
        "(pooierboys) en criminele werving herkennen. En je leert hoe je de meldcode gebruikt.</p>"
    ),
    "objectives": [
        "Je kunt uitleggen hoe jongeren worden geworven voor seksuele en criminele uitbuiting.",
        "Je herkent signalen bij leerlingen, ook signalen die je niet verwacht.",
        "Je weet dat een leerling die misdrijven pleegt ook slachtoffer kan zijn.",
        "Je kunt de vijf stappen van de meldcode toepassen bij signalen van uitbuiting.",
    ],
    "estimated_minutes": 46,
    "audiences": ["onderwijs"],
    "lessons": [
        {
            "slug": "hoe-worden-jongeren-uitgebuit",
            "title": "Hoe worden jongeren uitgebuit?",
            "intro": (
                "<p>Jongeren zijn een belangrijke doelgroep voor uitbuiters. In deze les lees je wat mensenhandel "
                "bij jongeren is en hoe uitbuiters te werk gaan.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "paragraph",
                    "<h2>Wat is mensenhandel bij jongeren?</h2>"
                    "<p>Bij mensenhandel buit iemand een ander uit. Bij volwassenen moet er dwang zijn. Bij kinderen "
                    "onder de 18 jaar niet: een kind is altijd kwetsbaar. Wie een minderjarige werft of onderdak "
                    "geeft om hem of haar uit te buiten, pleegt dus mensenhandel. Ook als de jongere zelf ‘ja’ "
                    "zegt.</p>"
                    "<p>Bij jongeren zie je vooral twee vormen:</p>"
                    "<ul>"
                    "<li><strong>seksuele uitbuiting</strong>, bijvoorbeeld via een loverboy, of online;</li>"
                    "<li><strong>criminele uitbuiting</strong>, bijvoorbeeld drugs vervoeren of verkopen, stelen, "
                    "of een bankrekening uitlenen.</li>"
                    "</ul>",
                ),
                (
                    "paragraph",
                    "<h2>Van loverboy naar pooierboy</h2>"
                    "<p>Een loverboy is een jongen of man die een meisje of jongen verliefd op zich laat worden. Hij "
                    "geeft aandacht en cadeaus. Langzaam maakt hij de jongere afhankelijk en haalt hij haar weg bij "
                    "familie en vrienden. Dan dwingt hij haar tot seks met anderen. Het woord ‘loverboy’ klinkt te "
                    "lief. Daarom stelde de minister van Justitie in 2008 voor om ‘pooierboy’ te zeggen.</p>"
                    "<h2>Criminele werving</h2>"
                    "<p>Bij criminele uitbuiting worden jongeren gelokt met geld, spullen of vriendschap. Eerst is "
                    "het een klein klusje. Daarna komen er schulden en dreigementen, en kan de jongere niet meer "
                    "terug. Uitbuiters werven bewust bij basisscholen, praktijkscholen en in de jeugdzorg.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Hoe vaak gebeurt het?",
                        "text": (
                            "<p>Volgens een schatting uit 2017 werden elk jaar ongeveer 1.320 Nederlandse meisjes "
                            "onder de 18 jaar seksueel uitgebuit. Van hen was maar ongeveer 11% bekend bij "
                            "hulpverlening of politie. Meisjes van 12 tot 17 jaar liepen een van de grootste "
                            "risico's.</p>"
                            "<p>In 2022 vulden ruim 1.600 professionals uit 13 steden een vragenlijst in. Ongeveer de "
                            "helft had mogelijke slachtoffers van criminele uitbuiting ontmoet. Samen ging het om "
                            "zo'n 2.500 mogelijke slachtoffers in twee jaar. In dezelfde periode werden er landelijk "
                            "maar 68 geregistreerd.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ze was altijd de stilste van de klas. Toen ze ineens een dure tas had en 's middags "
                            "verdween, dacht ik eerst: dat is de puberteit."
                        ),
                        "attribution": "Een mentor (fictief)",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "action",
                        "title": "Wat vraagt dit van jou?",
                        "text": (
                            "<p>Jij hoeft niet te weten of het uitbuiting is. Let op veranderingen, schrijf ze op en "
                            "bespreek ze met de aandachtsfunctionaris of de zorgcoördinator van je school.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "signalen-bij-leerlingen",
            "title": "Signalen bij leerlingen",
            "intro": (
                "<p>Je kent je leerlingen. Daarom zie jij het als er iets verandert. In deze les lees je op welke "
                "signalen je let, en oefen je met een situatie.</p>"
            ),
            "estimated_minutes": 12,
            "body": [
                (
                    "paragraph",
                    "<h2>Let op veranderingen</h2>"
                    "<p>Pubers veranderen vaak. Niet elke verandering is een teken van uitbuiting. Maar een "
                    "combinatie van signalen verdient aandacht. Let op veranderingen in gedrag, in vrienden, in "
                    "spullen en in schoolresultaten. Let ook op wie er rond de school rondhangt.</p>"
                    "<p>Sommige leerlingen lopen extra risico. Bijvoorbeeld leerlingen met een licht verstandelijke "
                    "beperking, leerlingen met problemen thuis en leerlingen die in de jeugdzorg zitten.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij jongeren",
                        "intro": "Eén signaal zegt weinig. Zie je er meer tegelijk? Bespreek het.",
                        "groups": [
                            {
                                "category": "documents_money",
                                "signals": [
                                    "Een ‘vriend’ gebruikt de bankpas van de leerling, of laat rekeningen op zijn naam openen.",
                                    "Een schuld die de leerling moet ‘afwerken’, bijvoorbeeld na een kwijtgeraakt pakketje.",
                                ],
                            },
                            {
                                "category": "workplace",
                                "signals": [
                                    "Een stage of bijbaan met heel lange dagen zonder pauze.",
                                    "De werkgever houdt het ID-bewijs, of laat de leerling spullen terugbetalen.",
                                ],
                            },
                            {
                                "category": "minors",
                                "signals": [
                                    "Spijbelt, haalt lagere cijfers of dreigt uit te vallen.",
                                    "Heeft dure kleding, telefoons of geld zonder uitleg.",
                                    "Heeft een veel oudere ‘vriend’ of vrienden; is 's nachts op pad.",
                                    "Wordt bij school opgewacht, of opgehaald met een auto of scooter.",
                                    "Loopt weg van huis of uit de jeugdzorg.",
                                    (
                                        "Heeft drugs of gestolen spullen bij zich, zonder eerdere "
                                        "problemen met de politie."
                                    ),
                                    "Praat over vage ‘bijbaantjes’, vooral 's nachts.",
                                    "Ook ineens veel betere prestaties kunnen een signaal zijn.",
                                ],
                            },
                            {
                                "category": "person",
                                "signals": [
                                    "Moe, afgevallen of vaak ziek.",
                                    "Plotselinge stemmingswisselingen of woede-uitbarstingen.",
                                    "Ineens heel andere, bijvoorbeeld veel uitdagendere kleding of make-up.",
                                ],
                            },
                            {
                                "category": "control",
                                "signals": [
                                    "Moet altijd bereikbaar zijn, of heeft meer dan één telefoon.",
                                    "Laat oude vrienden los en doet geheimzinnig over nieuwe contacten.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "title": "Ook betere cijfers kunnen een signaal zijn",
                        "text": (
                            "<p>Een jongen van 17 jaar haalde ineens veel hogere cijfers. Later bleek dat hij cocaïne "
                            "kreeg van mensen die hem daarna dwongen om misdrijven te plegen. Let dus ook op "
                            "verbeteringen die je niet kunt verklaren.</p>"
                        ),
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "De nieuwe tas van Lotte",
                        "story": (
                            "<p>Lotte is 14 jaar en zit in de tweede klas van een school in Dronten. Haar mentor ziet "
                            "dat ze sinds een paar weken een nieuwe telefoon en een dure tas heeft. Ze spijbelt 's "
                            "middags steeds vaker. 's Ochtends is ze doodmoe. Een paar keer staat er een man van een "
                            "jaar of 22 bij het hek op haar te wachten. Als de mentor vraagt hoe het gaat, zegt "
                            "Lotte: ‘Goed hoor. Ik heb gewoon een vriend.’</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Je ziet dure spullen zonder uitleg, spijbelen, vermoeidheid en een veel oudere "
                            "‘vriend’ die haar bij school opwacht. Samen zijn dat signalen van mogelijke "
                            "<strong>seksuele uitbuiting</strong> door een loverboy.</p>"
                            "<p>Spreek de man niet aan. Waarschuw de klas niet over Lotte: dat beschadigt haar en kan "
                            "de dader alarmeren. Wacht ook niet tot Lotte het zelf vertelt. Misschien doet ze dat "
                            "nooit, omdat ze verliefd is. Schrijf de feiten op, met datum. Ga naar de "
                            "aandachtsfunctionaris van je school en start de meldcode. Vraag samen advies aan Veilig "
                            "Thuis.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "criminele-uitbuiting",
            "title": "Criminele uitbuiting: dader én slachtoffer",
            "intro": (
                "<p>Een leerling die drugs vervoert, lijkt een dader. Maar vaak wordt hij zelf uitgebuit. In deze les "
                "lees je hoe jongeren in criminele uitbuiting terechtkomen en hoe je ze helpt.</p>"
            ),
            "estimated_minutes": 12,
            "body": [
                (
                    "paragraph",
                    "<h2>Een val die dichtklapt</h2>"
                    "<p>Criminele uitbuiting begint vaak met iets kleins. Een oudere jongen vraagt of je een "
                    "pakketje wilt wegbrengen. Je krijgt er goed voor betaald. Daarna volgt nog een klus. Dan gaat "
                    "er iets ‘mis’: het pakketje raakt kwijt. Ineens heeft de jongere een schuld, een zogenaamde "
                    "straatboete. Die moet hij afbetalen met steeds zwaardere klussen. Wie weigert, wordt bedreigd, "
                    "soms samen met zijn familie.</p>"
                    "<p>Jongeren kunnen ook gedwongen worden om hun bankrekening uit te lenen. Ze heten dan "
                    "geldezel. Of er worden abonnementen en leningen op hun naam afgesloten.</p>",
                ),
                (
                    "video",
                    {
                        "title": "Van klusje naar schuld: zo werkt criminele werving",
                        "url": "https://www.example.org/video/criminele-uitbuiting-jongeren",
                        "transcript": (
                            "<p><em>[Voorbeeldmateriaal. Deze video is nog niet gemaakt: de link is een voorbeeld. "
                            "De tekst is geschreven voor deze training. Een jongerenwerker (gespeeld, fictief) "
                            "vertelt. Je ziet tekeningen van een schoolplein, een telefoon en een pakketje.]</em></p>"
                            "<p>Jongerenwerker: ‘Ik laat je zien hoe het vaak gaat. Het begint bijna altijd "
                            "vriendelijk. Een jongen hangt na school rond bij het plein. Een oudere jongen geeft hem "
                            "aandacht en nieuwe schoenen. Dan vraagt hij: kun je even iets voor me wegbrengen? Je "
                            "krijgt er goed geld voor.’</p>"
                            "<p>‘Na een paar keer gaat er iets mis. Het pakketje is weg. Nu heeft de jongen een "
                            "schuld. Die moet hij terugbetalen met nieuwe klussen, en die worden steeds "
                            "gevaarlijker.’</p>"
                            "<p>‘De jongen is bang. Voor de oudere jongens, maar ook voor de politie en voor zijn "
                            "ouders. Daarom zegt hij niets. Wat jij als docent ziet, is een leerling die vaak afwezig "
                            "is, nieuwe spullen heeft en twee telefoons. Hij is gespannen en schrikt als zijn telefoon "
                            "gaat.’</p>"
                            "<p>‘Deze jongen is niet alleen een dader. Hij is ook een slachtoffer. Hij heeft hulp "
                            "nodig, niet alleen straf. Zie je dit bij een leerling? Praat erover met de "
                            "aandachtsfunctionaris of de zorgcoördinator van je school.’</p>"
                        ),
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Het kwijtgeraakte pakketje van Daan",
                        "story": (
                            "<p>Daan is 15 jaar en zit op een school in Almere. Hij is de laatste weken vaak "
                            "afwezig. Hij draagt nieuwe, dure sneakers en heeft twee telefoons. Na de les vertelt hij "
                            "zijn docent dat hij ‘iets moet terugbetalen’. Een pakketje dat hij moest wegbrengen, is "
                            "kwijtgeraakt. Hij is zichtbaar bang.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Afwezigheid, dure spullen, twee telefoons en angst voor een schuld: dit zijn "
                            "signalen van <strong>criminele uitbuiting</strong>. Het kwijtgeraakte pakketje en de "
                            "schuld passen bij de val van de straatboete.</p>"
                            "<p>Zie Daan als mogelijk slachtoffer, niet alleen als dader. Alleen een boete voor "
                            "verzuim of alleen aangifte tegen Daan helpt hem niet. Volg de meldcode en overleg met "
                            "de aandachtsfunctionaris. Vraag samen advies aan Veilig Thuis. Vertel de "
                            "leerplichtambtenaar wat er achter het verzuim kan zitten.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Niet alleen straffen",
                        "text": (
                            "<p>Een leerling die voor anderen drugs vervoert, kan slachtoffer zijn van mensenhandel. "
                            "Alleen straffen maakt hem vaak nog kwetsbaarder. Kijk samen met hulpverleners wat hij "
                            "nodig heeft om veilig te zijn.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "de-meldcode-op-school",
            "title": "De meldcode op school",
            "intro": (
                "<p>Elke school werkt met de meldcode huiselijk geweld en kindermishandeling. Bij een leerling die "
                "misschien wordt uitgebuit, is de meldcode de vaste route. In deze les lees je hoe dat werkt.</p>"
            ),
            "estimated_minutes": 11,
            "body": [
                (
                    "paragraph",
                    "<h2>Wie doet wat?</h2>"
                    "<p>Als docent of mentor hoef je niet alles zelf te doen. Jij schrijft signalen op en bespreekt "
                    "ze met de aandachtsfunctionaris of de zorgcoördinator van je school. Let op: de zorgcoördinator "
                    "van je school is iemand anders dan de zorgcoördinator mensenhandel van de regio. De "
                    "aandachtsfunctionaris of zorgcoördinator van school loopt daarna samen met jou de stappen van "
                    "de meldcode door.</p>"
                    "<h2>De vijf stappen</h2>"
                    "<ol>"
                    "<li><strong>Signalen in kaart brengen.</strong> Schrijf op wat je ziet en hoort, met datum. "
                    "Feiten, geen conclusies.</li>"
                    "<li><strong>Overleggen.</strong> Met de aandachtsfunctionaris, en zo nodig met Veilig Thuis. "
                    "Dat kan anoniem.</li>"
                    "<li><strong>Praten met de leerling.</strong> En met de ouders, behalve als dat de leerling in "
                    "gevaar brengt.</li>"
                    "<li><strong>Wegen.</strong> Met het afwegingskader voor onderwijs en leerplicht bepaal je hoe "
                    "ernstig en hoe onveilig de situatie is.</li>"
                    "<li><strong>Beslissen.</strong> Hulp regelen, een melding doen bij Veilig Thuis, of "
                    "allebei.</li>"
                    "</ol>"
                    "<p>Sinds 2019 geldt: bij acute of structurele onveiligheid doe je altijd een melding.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Dit doe je nooit",
                        "text": (
                            "<ul>"
                            "<li>De ‘vriend’ of de werver zelf aanspreken.</li>"
                            "<li>Zelf op onderzoek uitgaan, bijvoorbeeld via sociale media.</li>"
                            "<li>Andere leerlingen of ouders waarschuwen over deze leerling.</li>"
                            "<li>Beloven dat je het aan niemand vertelt.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Steeds weer weg",
                        "story": (
                            "<p>Noor woont in een jeugdzorginstelling in de Noordoostpolder en zit bij jou op "
                            "school. Ze loopt steeds weg. Als ze terugkomt, heeft ze geld bij zich en sleutelkaarten "
                            "van hotels. In de les valt ze in slaap, en haar cijfers gaan omlaag.</p>"
                        ),
                        "question": "Wat valt je op?",
                        "reveal": (
                            "<p>Weglopen, geld zonder uitleg en sleutelkaarten van hotels zijn sterke signalen van "
                            "<strong>seksuele uitbuiting</strong>. Noor is een kind in gevaar.</p>"
                            "<p>Straf haar niet. Bespreek het meteen met de aandachtsfunctionaris en met haar "
                            "begeleider in de jeugdzorg. Dit is ernstig: doe een melding bij Veilig Thuis, en bij "
                            "acuut gevaar bij de politie. Maak samen met de hulpverlening een plan voor haar "
                            "veiligheid.</p>"
                        ),
                    },
                ),
                (
                    "referral_route",
                    {
                        "title": "Route bij signalen op school",
                        "intro": "Zo handel je als je je zorgen maakt over een leerling.",
                        "steps": [
                            {
                                "title": "Veiligheid eerst",
                                "text": (
                                    "Is een leerling nu in gevaar? Bel 112. Spreek een ‘vriend’ of "
                                    "werver nooit zelf aan."
                                ),
                            },
                            {
                                "title": "Schrijf op",
                                "text": "Noteer wat je zag en hoorde, met datum. Feiten, geen conclusies.",
                            },
                            {
                                "title": "Ga naar de aandachtsfunctionaris",
                                "text": "Of naar de zorgcoördinator van je school. Samen start je de meldcode.",
                            },
                            {
                                "title": "Vraag advies",
                                "text": (
                                    "Bij Veilig Thuis of het Meld- en Adviespunt Mensenhandel Flevoland. Dat kan "
                                    "anoniem."
                                ),
                            },
                            {
                                "title": "Blijf er voor de leerling",
                                "text": (
                                    "Laat merken dat je er bent. Een leerling die je vertrouwt, vertelt later "
                                    "misschien meer."
                                ),
                            },
                            {
                                "title": "Na je melding",
                                "text": (
                                    "Het Meld- en Adviespunt of de zorgcoördinator pakt het op. Je hoort niet alles "
                                    "terug. Raakt het je? Praat erover."
                                ),
                            },
                        ],
                        "contacts": [_112, _MELDPUNT, _EIGEN_ORGANISATIE, _VEILIG_THUIS, _FIER, _POLITIE, _COMENSHA],
                        "show_coordinator": True,
                    },
                ),
            ],
        },
        {
            "slug": "online-grooming-en-sextortion",
            "title": "Online: grooming en sextortion",
            "intro": (
                "<p>Uitbuiting begint steeds vaker online. In deze les lees je hoe daders via sociale media en games "
                "contact zoeken. En je leest wat je doet als een leerling wordt gechanteerd met beelden.</p>"
            ),
            "estimated_minutes": 9,
            "body": [
                (
                    "paragraph",
                    "<h2>Grooming: eerst vertrouwen, dan druk</h2>"
                    "<p>Bij grooming zoekt een volwassene online contact met een jongere. Hij geeft aandacht, "
                    "complimenten of cadeaus. Soms doet hij zich voor als iemand van dezelfde leeftijd. Stap voor "
                    "stap vraagt hij meer: een foto, een geheim, een afspraak. Zo ontstaat afhankelijkheid. Dat "
                    "lijkt op de methode van de loverboy, maar dan via een scherm. Ook jongens worden zo "
                    "benaderd.</p>"
                    "<h2>Sextortion: chantage met beelden</h2>"
                    "<p>Heeft de dader een naaktfoto of filmpje? Dan dreigt hij dat te verspreiden. Hij eist meer "
                    "beelden, geld, of een afspraak met iemand anders. Zo kan online chantage overgaan in seksuele "
                    "uitbuiting.</p>",
                ),
                (
                    "signal_list",
                    {
                        "title": "Signalen bij online grooming en chantage",
                        "intro": "Eén signaal bewijst niets. Let op combinaties, en op veranderingen.",
                        "groups": [
                            {
                                "category": "minors",
                                "signals": [
                                    "Een leerling is ineens heel geheimzinnig over de telefoon of een nieuw account.",
                                    "Een online ‘vriend’ die niemand kent, geeft cadeaus of beltegoed.",
                                    "Een leerling schrikt van berichten, of wil ineens niet meer naar school.",
                                ],
                            },
                            {
                                "category": "sexual",
                                "signals": [
                                    "Iemand dreigt beelden te verspreiden en eist meer beelden of een afspraak.",
                                    "Een leerling moet ‘met een vriend van hem’ afspreken.",
                                ],
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Kijk niet naar de beelden, en stuur ze niet door",
                        "text": (
                            "<ul>"
                            "<li>Zeg dat het niet de schuld van de leerling is.</li>"
                            "<li>Vraag de leerling niet om de beelden te laten zien, en stuur ze nooit door. Ook "
                            "niet naar een collega. Naaktbeelden van een minderjarige hebben of doorsturen is "
                            "strafbaar.</li>"
                            "<li>Zoek de dader niet zelf op.</li>"
                            "<li>Schrijf op wat de leerling vertelt en ga meteen naar de aandachtsfunctionaris. "
                            "Volg de meldcode. De politie kan helpen, en Chat met Fier is er voor de leerling.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "case_story",
                    {
                        "title": "Een ‘vriend’ uit een game",
                        "story": (
                            "<p>Daan (13) zit in de eerste klas in Zeewolde. Hij gamet veel. Een mentor ziet dat hij "
                            "sinds kort beltegoed en skins krijgt van een online vriend. Daan zegt dat de vriend 15 "
                            "is. Vandaag zit Daan trillend in de klas. Hij laat zijn telefoon niet los.</p>"
                        ),
                        "question": "Wat valt je op, en wat doe je?",
                        "reveal": (
                            "<p>Cadeaus van een onbekende online vriend, geheimzinnigheid en plotselinge angst "
                            "passen bij grooming. Misschien wordt Daan al gechanteerd. Vraag rustig hoe het gaat, "
                            "zonder zijn telefoon te pakken. Zeg dat hij niets fout heeft gedaan. Schrijf op wat je "
                            "ziet en hoort, en ga naar de aandachtsfunctionaris. Samen volg je de meldcode.</p>"
                        ),
                    },
                ),
            ],
        },
    ],
}


MODULES = [BASIS, SOCIAAL_DOMEIN, HANDHAVING, OOV, ZORG, ONDERWIJS]
