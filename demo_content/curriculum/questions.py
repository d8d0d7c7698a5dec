"""Scenario questions for the question bank and the five module quizzes, in Dutch at B1 level.

Plain data only. All people and situations are fictional. Feedback on every choice explains why it is or is
not a signal or a good action, and what you could do instead.

QUESTIONS: the question bank (kinds: single, multiple, path).
QUIZZES: one quiz per module, keyed by module slug (see modules.py).
"""

QUESTIONS = [
    # -----------------------------------------------------------------------
    # Sociaal domein
    # -----------------------------------------------------------------------
    {
        "slug": "sd-huurachterstand-lelystad-pad",
        "title": "Beslispad: huurachterstand van Marius in Lelystad",
        "kind": "path",
        "scenario": (
            "<p>Je werkt in het wijkteam in Lelystad. Je gaat op huisbezoek bij Marius, omdat hij zijn huur niet "
            "betaalt. Marius werkt via een uitzendbureau in een distributiecentrum. Hij woont met zeven collega's "
            "in een flat met twee kamers.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Bij arbeidsuitbuiting komen vaak meer problemen samen: te veel mensen in één woning, wonen dat "
            "vastzit aan het werk, inhoudingen op het loon en een ‘coördinator’ die meepraat. De beste route is: "
            "praat alleen met de cliënt, met een onafhankelijke tolk. Schrijf de feiten op. Overleg met het Meld- "
            "en Adviespunt Mensenhandel Flevoland. Spreek het bureau zelf nooit aan.</p>"
        ),
        "discussion_prompts": [
            ("Hoe zeg je tegen een cliënt dat je zonder de coördinator verder wilt praten, zonder hem bang te maken?"),
            "Welke tolkdienst kunnen wij snel inzetten bij een huisbezoek?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["labour"],
        "signals": ["control", "documents_money", "housing"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": (
                    "<p>Je kijkt samen naar zijn loonstrook. Elke week gaat er een vast bedrag af voor "
                    "‘huisvesting’. Er blijft weinig over. Dan pakt Marius zijn telefoon. ‘Ik bel eerst de "
                    "coördinator van het bureau. Hij weet alles,’ zegt hij.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je vindt het goed. De coördinator kan het loon vast beter uitleggen.",
                        "feedback": (
                            "De coördinator hoort bij het bureau dat zijn werk én zijn woning regelt. Als hij "
                            "meeluistert, kan Marius niet vrij praten. Vraag liever of jullie eerst samen verder "
                            "praten."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Je hebt een mogelijke uitbuiter bij het gesprek gehaald. Marius kan nu niets meer "
                            "vertellen, en het bureau weet dat jij vragen stelt. Dat kan gevaarlijk voor hem "
                            "zijn. Houd een coördinator of werkgever altijd buiten het gesprek."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt vriendelijk dat je dit eerst met hem samen wilt bespreken, zonder de coördinator."
                        ),
                        "feedback": (
                            "Goed. Zo houd je de controle van het bureau buiten het gesprek. Je maakt het niet "
                            "spannend: je zegt gewoon dat het een gesprek tussen jullie twee is."
                        ),
                        "next_step": "tolk",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je stopt het gesprek, maakt een betalingsregeling voor de huur en sluit de zaak.",
                        "feedback": (
                            "Een betalingsregeling lost de achterstand op papier op. Maar je ziet meer dan een "
                            "schuld: te veel mensen in één flat, huur die van het loon gaat en een coördinator "
                            "die meepraat. Kijk naar het hele plaatje en overleg."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De signalen van uitbuiting blijven liggen. Marius houdt een schuld die hij niet kan "
                            "betalen, en niemand kijkt verder. Schrijf signalen op en overleg, ook als je "
                            "twijfelt."
                        ),
                    },
                ],
            },
            {
                "key": "tolk",
                "scenario": (
                    "<p>Marius legt de telefoon weg. Zijn Nederlands is niet zo goed. Een huisgenoot biedt aan om "
                    "te tolken. Hij werkt bij hetzelfde uitzendbureau.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je neemt het aanbod aan. Dat is snel en makkelijk.",
                        "feedback": (
                            "Een huisgenoot van hetzelfde bureau is geen onafhankelijke tolk. Marius durft dan "
                            "misschien niet eerlijk te zijn. Wat hij zegt, kan ook bij het bureau terechtkomen. "
                            "Kies een professionele tolk, bijvoorbeeld via de telefoon."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je hebt wel geluisterd, maar niet veilig. Wat Marius vertelt, is misschien gekleurd, "
                            "of het komt bij het bureau terecht. Gebruik altijd een onafhankelijke tolk."
                        ),
                    },
                    {
                        "text": (
                            "Je belt een professionele tolk via de telefoon en praat met Marius alleen in de kamer."
                        ),
                        "feedback": (
                            "Goed. Een professionele tolk is neutraal en moet geheimhouden wat hij hoort. Marius "
                            "kan nu vrijer praten over zijn werk, zijn loon en zijn woning."
                        ),
                        "next_step": "verhaal",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": ("Je maakt een nieuwe afspraak bij jou op kantoor, met een professionele tolk erbij."),
                        "feedback": (
                            "Ook goed. Op kantoor kun je rustig en alleen praten. Let er wel op dat Marius niet "
                            "wordt gebracht door iemand van het bureau."
                        ),
                        "next_step": "verhaal",
                        "end_score": None,
                        "end_explanation": "",
                    },
                ],
            },
            {
                "key": "verhaal",
                "scenario": (
                    "<p>Met de tolk vertelt Marius meer. Het bureau bewaart zijn paspoort ‘voor de "
                    "administratie’. Hij werkt zes dagen per week, twaalf uur per dag. Wie klaagt, krijgt een "
                    "boete. Hij is bang dat hij zijn bed kwijtraakt.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je schrijft de feiten op en overlegt met het Meld- en Adviespunt Mensenhandel "
                            "Flevoland. Je spreekt met Marius af hoe je hem veilig kunt bereiken."
                        ),
                        "feedback": (
                            "Dit is de beste stap. Je legt vast wat je hoorde, zonder conclusies. Het Meld- en "
                            "Adviespunt denkt mee over hulp en over melden. En Marius raakt niet uit beeld."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je hield de coördinator buiten het gesprek, gebruikte een onafhankelijke tolk, "
                            "schreef de feiten op en haalde deskundige hulp erbij. Zo krijgt Marius een echte "
                            "kans op hulp, zonder dat hij extra gevaar loopt."
                        ),
                    },
                    {
                        "text": "Je belt het uitzendbureau en zegt dat ze zijn paspoort moeten teruggeven.",
                        "feedback": (
                            "Zo spreek je een mogelijke uitbuiter aan. Het bureau weet dan dat Marius heeft "
                            "gepraat. Dat kan gevaarlijk voor hem zijn. Overleg liever met het Meld- en "
                            "Adviespunt. Politie of Arbeidsinspectie kunnen daarna verder."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Door het bureau aan te spreken, kan Marius zijn werk en zijn bed kwijtraken, of "
                            "bedreigd worden. Spreek een mogelijke uitbuiter nooit zelf aan. Schrijf op wat je "
                            "weet en overleg."
                        ),
                    },
                    {
                        "text": "Je raadt Marius aan om zelf een klacht in te dienen bij het uitzendbureau.",
                        "feedback": (
                            "Dat is goed bedoeld. Maar klagen bij het bureau dat hem controleert, is riskant. Hij "
                            "kan dan werk en woning kwijtraken. Overleg zelf over een veilige route."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je nam Marius serieus, maar je legde de verantwoordelijkheid bij hem. Wie voor werk "
                            "en woning van het bureau afhangt, kan daar niet veilig klagen. Schrijf de feiten op "
                            "en overleg met het Meld- en Adviespunt."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "sd-schuldhulp-kassen-signalen",
        "title": "Signalen: schuldhulp voor een kassenwerker",
        "kind": "multiple",
        "scenario": (
            "<p>Gabriel meldt zich bij de schuldhulp in de Noordoostpolder. Hij werkt in de kassen, via een "
            "uitzendbureau. Dat bureau regelt ook zijn woning en zijn zorgverzekering. Je kijkt samen naar zijn "
            "loonstroken en zijn schulden.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke arbeidsuitbuiting?",
        "explanation": (
            "<p>Eén signaal bewijst niets. Maar boetes, een schuld bij de werver en afhankelijkheid van één "
            "bureau samen vragen om aandacht. Let op wat er mét iemand gebeurt, niet op wie iemand is. Afkomst of "
            "beroep zijn nooit een signaal.</p>"
        ),
        "discussion_prompts": [
            "Welke vragen stel je bij een intake over loon en inhoudingen?",
            "Hoe voorkom je dat je arbeidsmigranten allemaal als slachtoffer ziet?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["labour"],
        "signals": ["documents_money", "housing"],
        "choices": [
            {
                "text": "Op zijn loonstrook staan inhoudingen voor ‘boetes’ die hij niet kan uitleggen.",
                "correct": True,
                "feedback": (
                    "Ja. Onduidelijke inhoudingen en boetes zijn een signaal. Zo kan een werkgever iemand klein "
                    "en afhankelijk houden. Vraag door: waarvoor zijn de boetes, en wie bepaalt ze?"
                ),
            },
            {
                "text": "Hij heeft een hoge schuld bij de bemiddelaar, voor de reis naar Nederland.",
                "correct": True,
                "feedback": (
                    "Ja. Een schuld bij de werver of werkgever maakt iemand afhankelijk. Hij kan dan moeilijk "
                    "weg. Vraag hoe hoog de schuld is en hoe hij die afbetaalt."
                ),
            },
            {
                "text": "Werk, woning en zorgverzekering lopen allemaal via hetzelfde bureau.",
                "correct": True,
                "feedback": (
                    "Ja, dit is een kwetsbare positie. Raakt hij zijn werk kwijt, dan ook zijn bed en zijn "
                    "verzekering. Dat is nog geen uitbuiting. Maar samen met boetes en schulden is het een reden "
                    "om alert te zijn."
                ),
            },
            {
                "text": "Hij komt uit Roemenië en spreekt weinig Nederlands.",
                "correct": False,
                "feedback": (
                    "Nee. Waar iemand vandaan komt, is geen signaal. De meeste arbeidsmigranten hebben gewoon "
                    "goed werk. Weinig Nederlands spreken kan iemand wel afhankelijker maken. Regel dus een "
                    "onafhankelijke tolk."
                ),
            },
            {
                "text": "Hij werkt in de tuinbouw.",
                "correct": False,
                "feedback": (
                    "Nee. Werken in de tuinbouw is geen signaal. Het gaat om de omstandigheden: het loon, de "
                    "uren, de schulden en wie de controle heeft."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-geldezel-lvb",
        "title": "Rens laat een vriend zijn bankpas gebruiken",
        "kind": "single",
        "scenario": (
            "<p>Rens is 19 jaar en heeft een licht verstandelijke beperking. Hij komt bij de schuldhulp. Er staan "
            "drie telefoonabonnementen op zijn naam, maar hij heeft zelf één telefoon. Zijn nieuwe vriend Jordy "
            "gebruikt zijn bankpas. Op zijn rekening komen vaak bedragen binnen die meteen weer worden "
            "opgenomen.</p>"
        ),
        "prompt": "Wat is de beste aanpak?",
        "explanation": (
            "<p>Schulden op iemands naam die hij niet zelf maakte, en een ander die zijn rekening gebruikt: dat "
            "kan wijzen op <strong>criminele uitbuiting</strong>. Misschien wordt Rens gebruikt als geldezel. "
            "Door zijn beperking is hij extra kwetsbaar. Bescherm zijn geld, schrijf de feiten op en overleg met "
            "de zorgcoördinator mensenhandel of de politie.</p>"
        ),
        "discussion_prompts": [
            "Hoe herken je bij schuldhulp dat iemand anders iemands rekening gebruikt?",
            "Wat kunnen wij samen met de bank doen om een rekening te beschermen?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["criminal"],
        "signals": ["documents_money", "control"],
        "choices": [
            {
                "text": "Je maakt een betalingsregeling voor de abonnementen. Meer is niet nodig.",
                "correct": False,
                "feedback": (
                    "Een regeling helpt tegen de schuld, maar niet tegen de oorzaak. Iemand anders gebruikt zijn "
                    "rekening en sluit misschien abonnementen af op zijn naam. Kijk verder dan de schuld en "
                    "overleg."
                ),
            },
            {
                "text": (
                    "Je helpt Rens om zijn rekening en pas te beschermen. Je schrijft de feiten op en overlegt "
                    "met de zorgcoördinator mensenhandel of de politie."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo stop je de schade en haal je deskundigen erbij. Rens is misschien een slachtoffer, "
                    "dat bang of verliefd is of zich schaamt. Blijf daarom ook contact met hem houden."
                ),
            },
            {
                "text": "Je belt Jordy en zegt dat hij moet stoppen met het gebruiken van de pas.",
                "correct": False,
                "feedback": (
                    "Spreek een mogelijke uitbuiter nooit zelf aan. Jordy kan Rens daarna onder druk zetten of "
                    "bedreigen. Overleg eerst met de zorgcoördinator mensenhandel of de politie."
                ),
            },
            {
                "text": (
                    "Je zegt tegen Rens dat hij strafbaar is als hij zijn rekening uitleent, en sluit het dossier."
                ),
                "correct": False,
                "feedback": (
                    "Rens kan slachtoffer zijn, niet alleen iemand die iets fout doet. Met alleen een "
                    "waarschuwing laat je hem alleen met het probleem. Bied hulp en overleg."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-criminele-uitbuiting-signalen",
        "title": "Signalen: leningen en een bankpas bij Priscilla",
        "kind": "multiple",
        "scenario": (
            "<p>Priscilla is 23 jaar. Ze heeft psychische klachten en weinig contact met haar familie. Bij de "
            "schuldhulp bekijk je samen haar bankafschriften. Een ‘kennis’ helpt haar sinds een paar maanden met "
            "geld.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke criminele uitbuiting?",
        "explanation": (
            "<p>Bij criminele uitbuiting wordt iemands naam of rekening misbruikt. Denk aan leningen en "
            "abonnementen op naam van het slachtoffer, of een rekening waarover crimineel geld loopt. Mensen met "
            "psychische problemen of weinig steun lopen extra risico. Een gewone betalingsachterstand is op zich "
            "geen signaal.</p>"
        ),
        "discussion_prompts": [
            "Welke patronen in bankafschriften vallen jou op?",
            "Met wie overleg je als je denkt dat een rekening wordt misbruikt?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["criminal"],
        "signals": ["documents_money", "control"],
        "choices": [
            {
                "text": "Er staan leningen op haar naam die ze zelf niet heeft afgesloten.",
                "correct": True,
                "feedback": (
                    "Ja. Schulden of contracten op iemands naam die hij of zij niet zelf afsloot, zijn een bekend "
                    "signaal van criminele uitbuiting. Schrijf op welke leningen het zijn en sinds wanneer."
                ),
            },
            {
                "text": "De kennis beheert haar bankpas, ‘omdat zij dat toch niet kan’.",
                "correct": True,
                "feedback": (
                    "Ja. Geen controle over je eigen rekening of pas is een signaal. Het kan ook gewone hulp "
                    "zijn, maar vraag door: wie is die kennis, en wat gebeurt er met het geld?"
                ),
            },
            {
                "text": "Er komen grote bedragen binnen die meteen weer worden opgenomen.",
                "correct": True,
                "feedback": (
                    "Ja. Zo ziet het eruit als een rekening wordt gebruikt om geld door te sluizen. Priscilla is "
                    "dan een geldezel. Help haar de rekening te beschermen en overleg."
                ),
            },
            {
                "text": "Ze heeft een betalingsachterstand bij haar energieleverancier.",
                "correct": False,
                "feedback": (
                    "Nee, niet op zich. Veel mensen met weinig geld hebben zo'n achterstand. Het wordt pas "
                    "belangrijk als je ook andere signalen ziet, zoals schulden die ze niet zelf maakte."
                ),
            },
            {
                "text": "Ze wil graag leren hoe ze haar geld zelf kan beheren.",
                "correct": False,
                "feedback": (
                    "Nee. Dat is juist een goede stap naar zelfstandigheid. Steun haar daarin. Dat maakt haar ook "
                    "minder afhankelijk van de kennis."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-wmo-huishoudhulp-pad",
        "title": "Beslispad: een ‘familielid’ dat altijd werkt",
        "kind": "path",
        "scenario": (
            "<p>Je voert een Wmo-gesprek bij een gezin in Almere over hulp voor opa. In huis woont ook Lina, een "
            "jonge vrouw uit het buitenland. ‘Ze hoort bij de familie,’ zegt de dochter. Tijdens het hele gesprek "
            "kookt en poetst Lina. Je hoort dat ze ook 's nachts voor opa zorgt. Ze slaapt in de wasruimte.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Dag en nacht werken, geen eigen kamer en waarschijnlijk weinig of geen loon: dit kan wijzen op "
            "uitbuiting in de huishouding. Dat is een vorm van arbeidsuitbuiting. Waarschuw de familie niet. Dan "
            "kan Lina in gevaar komen of ineens verdwijnen. Schrijf op wat je zag en overleg met het Meld- en "
            "Adviespunt Mensenhandel Flevoland over hoe je Lina veilig bereikt.</p>"
        ),
        "discussion_prompts": [
            "Hoe zou jij een moment vinden om Lina alleen te spreken?",
            "Waarom is ‘ze hoort bij de familie’ soms een reden om juist goed te kijken?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["labour"],
        "signals": ["workplace", "housing", "control"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": (
                    "<p>Lina zet koffie voor je neer. Als je haar aankijkt, kijkt ze naar de grond. De dochter "
                    "praat door over de zorg voor opa.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je vraagt Lina, waar de familie bij is, of ze hier vrij is en of ze loon krijgt.",
                        "feedback": (
                            "Waar de familie bij is, kan Lina niet vrij antwoorden. De familie weet dan ook dat "
                            "je iets vermoedt. Stel zulke vragen alleen als je haar apart en veilig spreekt."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Lina zegt dat alles goed is. De familie is gewaarschuwd. Misschien mag ze de "
                            "volgende keer niet meer in de kamer komen, of is ze weg. Vraag nooit naar uitbuiting "
                            "waar een mogelijke uitbuiter bij is."
                        ),
                    },
                    {
                        "text": (
                            "Je rondt het Wmo-gesprek gewoon af en laat niets merken. Daarna schrijf je op wat je zag."
                        ),
                        "feedback": (
                            "Goed. Je houdt Lina veilig en houdt de deur open. Wat je zag, is waardevol. Schrijf "
                            "het zo snel mogelijk op: datum, wat je zag en wat er letterlijk werd gezegd."
                        ),
                        "next_step": "kantoor",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": ("Je denkt: dit is een familiezaak, daar ga ik niet over. Je richt je alleen op opa."),
                        "feedback": (
                            "Jouw opdracht gaat over opa. Maar je ziet hier signalen van uitbuiting. Slachtoffers "
                            "vragen zelden zelf om hulp. Jij bent misschien de enige van buiten die Lina ziet."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De signalen blijven liggen. Lina blijft onzichtbaar. Je hoeft niets te bewijzen: "
                            "opschrijven wat je zag en overleggen is genoeg."
                        ),
                    },
                ],
            },
            {
                "key": "kantoor",
                "scenario": (
                    "<p>Op kantoor vertel je het aan een collega. ‘Dat kun je toch niet bewijzen,’ zegt hij. "
                    "‘Misschien is ze gewoon een nichtje dat helpt.’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je overlegt met het Meld- en Adviespunt Mensenhandel Flevoland. Je waarschuwt de "
                            "familie niet."
                        ),
                        "feedback": (
                            "Goed. Je hoeft het niet zeker te weten. Het Meld- en Adviespunt denkt met je mee, en "
                            "je mag ook anoniem bellen."
                        ),
                        "next_step": "bereiken",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je laat het rusten. Je kunt niets bewijzen.",
                        "feedback": (
                            "Bewijzen is niet jouw taak. Jij merkt op dat er iets niet klopt en overlegt. Anderen "
                            "zoeken het verder uit."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Je zag sterke signalen, maar er gebeurt niets mee. Twijfel is juist een goede reden "
                            "om te overleggen."
                        ),
                    },
                    {
                        "text": "Je gaat morgen onaangekondigd terug om Lina zelf te ondervragen.",
                        "feedback": (
                            "Je wilt Lina helpen, en dat is goed. Maar zelf op onderzoek gaan kan de familie "
                            "alarmeren. Overleg eerst hoe je haar veilig kunt spreken."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je nam de signalen serieus, maar je handelde alleen en zonder plan. Een onverwacht "
                            "bezoek kan Lina in de problemen brengen. Overleg eerst met het Meld- en Adviespunt."
                        ),
                    },
                ],
            },
            {
                "key": "bereiken",
                "scenario": (
                    "<p>De adviseur vraagt of er een manier is om Lina alleen te spreken. Je weet dat Lina opa "
                    "elke dinsdag naar de dagbesteding brengt.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je maakt samen een plan om Lina bij de dagbesteding alleen te spreken, met een "
                            "onafhankelijke tolk. Je zorgt dat ze ongemerkt een telefoonnummer voor hulp krijgt."
                        ),
                        "feedback": (
                            "Goed. Zo spreek je Lina veilig, buiten het zicht van de familie. Ze krijgt "
                            "informatie waar ze later zelf iets mee kan."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je liet niets merken, schreef de feiten op, overlegde met het Meld- en Adviespunt en "
                            "maakte een veilig plan om Lina te bereiken. Zo krijgt ze een echte kans om te "
                            "vertellen wat er aan de hand is."
                        ),
                    },
                    {
                        "text": "Je vraagt de dochter of je Lina een keer alleen mag spreken.",
                        "feedback": (
                            "Zo waarschuw je de familie. Die kan Lina dan onder druk zetten, of ervoor zorgen dat "
                            "ze niet meer komt. Zoek een moment waar de familie niets van weet."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De familie weet nu dat je vragen hebt. Lina komt niet meer naar de dagbesteding. Het "
                            "contact is verbroken. Waarschuw de mogelijke uitbuiters nooit."
                        ),
                    },
                    {
                        "text": (
                            "Je laat het verder helemaal aan het Meld- en Adviespunt over en doet zelf niets meer."
                        ),
                        "feedback": (
                            "Het is goed dat het Meld- en Adviespunt het weet. Maar jij hebt toegang tot het "
                            "gezin. Die kans is waardevol. Spreek af wat jij nog kunt doen."
                        ),
                        "next_step": "",
                        "end_score": 60,
                        "end_explanation": (
                            "Je hebt goed overlegd. Maar door helemaal los te laten, gaat een kans verloren om "
                            "Lina veilig te bereiken. Spreek altijd af wie wat doet."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "sd-werkplein-vriend-praat",
        "title": "Daria komt nooit alleen naar het Werkplein",
        "kind": "single",
        "scenario": (
            "<p>Daria is 24 jaar en heeft een uitkering. Bij elk gesprek op het Werkplein in Almere komt haar "
            "‘vriend’ mee. Hij geeft antwoord op jouw vragen. Haar uitkering gaat naar een rekening waarvan zij "
            "de pas niet heeft. Ze vertelt dat ze ‘'s avonds soms in hotels werkt’. Voor ze iets zegt, kijkt ze "
            "steeds naar hem.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Iemand die nooit alleen komt, geen eigen pas heeft en 's avonds in hotels ‘werkt’: samen kunnen "
            "dat signalen zijn van <strong>seksuele uitbuiting</strong>. Zorg eerst voor een gesprek alleen. Stel "
            "open vragen, dring niet aan en schrijf de feiten op. Overleg met het Meld- en Adviespunt "
            "Mensenhandel Flevoland voordat je andere stappen zet.</p>"
        ),
        "discussion_prompts": [
            "Hoe kun je in jouw werk gewoon maken dat het eerste deel van een gesprek altijd alleen is?",
            "Wat doe je als regels (zoals inkomsten opgeven) botsen met de veiligheid van een cliënt?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["sexual"],
        "signals": ["control", "documents_money", "sexual"],
        "choices": [
            {
                "text": "Je vraagt Daria, waar haar vriend bij is, of ze gedwongen wordt om in hotels te werken.",
                "correct": False,
                "feedback": (
                    "Waar hij bij is, kan Daria niet eerlijk antwoorden. En hij weet dan dat jij iets vermoedt. "
                    "Dat kan gevaarlijk voor haar zijn. Zorg eerst dat je haar alleen spreekt."
                ),
            },
            {
                "text": (
                    "Je zegt dat je een deel van het gesprek altijd alleen met de cliënt voert. Dan vraag je open "
                    "hoe het met haar gaat. Je schrijft de feiten op en overlegt met het Meld- en Adviespunt."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Door het als vaste werkwijze te brengen, wek je geen argwaan. Alleen kan Daria vrijer "
                    "praten. Met je aantekeningen en het overleg kan er een veilig plan komen."
                ),
            },
            {
                "text": "Je ziet dat de vriend alles goed regelt. Je zet de uitkering op zijn rekening.",
                "correct": False,
                "feedback": (
                    "Daarmee geef je nog meer controle aan iemand die misschien haar uitbuiter is. Daria wordt "
                    "dan nog afhankelijker. Zorg juist dat ze zelf over haar geld gaat."
                ),
            },
            {
                "text": "Je stopt de uitkering meteen, omdat ze het werk in hotels niet heeft opgegeven.",
                "correct": False,
                "feedback": (
                    "Misschien moet dat later nog worden geregeld. Maar nu meteen stoppen maakt Daria nog "
                    "afhankelijker van haar ‘vriend’. Zij is misschien een slachtoffer. Overleg eerst over haar "
                    "veiligheid."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-welke-tolk",
        "title": "Wie tolkt er voor Bogdan?",
        "kind": "single",
        "scenario": (
            "<p>Bogdan spreekt weinig Nederlands. Hij heeft een gesprek met jou over een schuld bij het "
            "uitzendbureau en over zijn gezondheid. Hij komt samen met zijn werkgever, die goed Nederlands "
            "spreekt. Ook zijn zoon van 12 jaar is mee.</p>"
        ),
        "prompt": "Wie laat je tolken?",
        "explanation": (
            "<p>Laat nooit een begeleider, werkgever, vriend of familielid tolken. Die persoon is niet neutraal. "
            "Misschien is hij zelfs degene die de controle heeft. Gebruik een professionele tolk, bijvoorbeeld "
            "via de telefoon, en spreek de persoon alleen.</p>"
        ),
        "discussion_prompts": [
            "Hoe regel je bij ons snel een professionele tolk via de telefoon?",
            "Wat zeg je tegen een werkgever die per se wil blijven om te vertalen?",
        ],
        "audiences": ["sociaal-domein", "zorg"],
        "exploitation_forms": ["labour"],
        "signals": ["control"],
        "choices": [
            {
                "text": "De werkgever. Hij spreekt goed Nederlands en is er toch al.",
                "correct": False,
                "feedback": (
                    "De werkgever is niet neutraal. Gaat het over een schuld bij zijn bureau, dan kan Bogdan niet "
                    "vrij praten. En de werkgever kiest zelf wat hij vertaalt. Vraag hem vriendelijk om buiten te "
                    "wachten."
                ),
            },
            {
                "text": "Zijn zoon van 12. Die gaat hier naar school en spreekt goed Nederlands.",
                "correct": False,
                "feedback": (
                    "Een kind laten tolken is een te zware last. Bogdan zal ook niet alles vertellen waar zijn "
                    "zoon bij is. Kies een volwassen, professionele tolk."
                ),
            },
            {
                "text": "Een professionele tolk via de telefoon, terwijl Bogdan alleen bij je in de kamer is.",
                "correct": True,
                "feedback": (
                    "Ja. Een professionele tolk is neutraal en moet geheimhouden wat hij hoort. Bogdan kan nu "
                    "vrij praten. Stel open vragen en dring niet aan."
                ),
            },
            {
                "text": "Een vertaalapp op je telefoon, met de werkgever erbij voor als het niet lukt.",
                "correct": False,
                "feedback": (
                    "Een app kan helpen bij iets simpels. Maar voor een gesprek over schulden en gezondheid is "
                    "hij niet betrouwbaar. En met de werkgever erbij praat Bogdan niet vrij. Kies een "
                    "professionele tolk en spreek hem alleen."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-feiten-in-dossier",
        "title": "Wat schrijf je op in het dossier?",
        "kind": "single",
        "scenario": (
            "<p>Na een huisbezoek wil je vastleggen wat je zag. Je cliënt zei: ‘Mijn vriend heeft mijn pas.’ Een "
            "man die zich Dennis noemde, was aan het begin van het gesprek in de kamer. Hij gaf antwoord op "
            "vragen die jij aan je cliënt stelde.</p>"
        ),
        "prompt": "Welke aantekening is het beste?",
        "explanation": (
            "<p>Schrijf feiten op, geen conclusies. Noteer datum, tijd, plaats, wie er waren, wat je zag en wat "
            "er letterlijk werd gezegd. Zet je eigen indruk er apart bij. Zo kan een ander later goed met je "
            "informatie werken.</p>"
        ),
        "discussion_prompts": [
            "Lees een eigen aantekening terug: staan er feiten of conclusies in?",
            "Waar in ons systeem zet je je eigen indruk, los van de feiten?",
        ],
        "audiences": ["sociaal-domein", "zorg"],
        "exploitation_forms": ["sexual", "labour", "criminal"],
        "signals": ["control", "documents_money"],
        "choices": [
            {
                "text": "‘Cliënt is slachtoffer van mensenhandel. De vriend is een pooier.’",
                "correct": False,
                "feedback": (
                    "Dit zijn conclusies, geen feiten. Die kun jij niet vaststellen. En als het niet klopt, kan "
                    "het de cliënt schaden. Schrijf op wat je zag en hoorde."
                ),
            },
            {
                "text": (
                    "‘3 april, 14.00 uur, huisbezoek. Cliënt zegt: “Mijn vriend heeft mijn pas.” Man (noemt zich "
                    "Dennis) was in het begin aanwezig en gaf antwoord op vragen aan cliënt.’"
                ),
                "correct": True,
                "feedback": (
                    "Ja. Datum, tijd, letterlijke woorden en wat je zag. Een collega, adviseur of rechercheur kan "
                    "hier later mee verder. Je eigen zorgen kun je er apart onder zetten."
                ),
            },
            {
                "text": "‘Rare situatie. Gevoel dat er iets niet klopt.’",
                "correct": False,
                "feedback": (
                    "Je gevoel is belangrijk, maar deze notitie zegt te weinig. Schrijf op wát er niet klopte: "
                    "wie er was, wat er gezegd werd en wat je zag."
                ),
            },
            {
                "text": "Je schrijft niets op. Je wilt de cliënt niet schaden met een verdenking.",
                "correct": False,
                "feedback": (
                    "Zonder aantekening gaan belangrijke feiten verloren. Feiten opschrijven schaadt niemand. "
                    "Conclusies zonder bewijs wel. Schrijf dus feitelijk op wat je zag."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-delen-zonder-toestemming",
        "title": "Mag je delen zonder toestemming?",
        "kind": "single",
        "scenario": (
            "<p>Een cliënt vertelt je dat haar werkgever haar paspoort heeft. Ze werkt elke dag, zonder vrije "
            "dag. Ze zegt: ‘Vertel dit aan niemand. Ik wil geen problemen.’ Je maakt je grote zorgen.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Veel professionals denken dat ze zonder toestemming van de cliënt nooit iets mogen delen. Dat "
            "klopt niet altijd. Besluit het dus niet alleen. Overleg eerst, bijvoorbeeld anoniem met het Meld- en "
            "Adviespunt Mensenhandel Flevoland of met Veilig Thuis. Schrijf op hoe je de afweging maakte.</p>"
        ),
        "discussion_prompts": [
            "Wie in onze organisatie helpt bij vragen over privacy en beroepsgeheim?",
            "Hoe leg je een cliënt uit wat je met haar verhaal gaat doen?",
        ],
        "audiences": ["sociaal-domein", "zorg"],
        "exploitation_forms": ["labour"],
        "signals": ["documents_money", "workplace"],
        "choices": [
            {
                "text": "Je doet niets. Zonder toestemming mag je nooit iets delen.",
                "correct": False,
                "feedback": (
                    "Dit denken veel professionals, maar het klopt niet altijd. Bij ernstige onveiligheid kan "
                    "delen soms wel. Overleg eerst, dan hoef je het niet alleen te beslissen."
                ),
            },
            {
                "text": (
                    "Je overlegt eerst, zo nodig anoniem, met het Meld- en Adviespunt. Je schrijft je afweging op "
                    "en vertelt de cliënt eerlijk wat je gaat doen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Anoniem overleggen kan altijd. Daarna weet je beter wat je mag en moet doen. En door "
                    "eerlijk te zijn, houd je het vertrouwen van je cliënt."
                ),
            },
            {
                "text": "Je belooft dat je het aan niemand vertelt, zodat ze je blijft vertrouwen.",
                "correct": False,
                "feedback": (
                    "Zo'n belofte kun je misschien niet houden. Dan schaad je later juist het vertrouwen. Zeg "
                    "eerlijk dat je niet alles kunt geheimhouden, maar dat je niets doet zonder het haar te "
                    "vertellen."
                ),
            },
            {
                "text": "Je stuurt haar verhaal meteen naar iedereen die misschien kan helpen.",
                "correct": False,
                "feedback": (
                    "Zomaar delen met veel mensen is niet zorgvuldig en kan haar in gevaar brengen. Overleg eerst "
                    "en deel alleen wat nodig is, met wie het nodig heeft."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-ontslagen-zonder-bed",
        "title": "Pavel verliest werk, bed en verzekering",
        "kind": "single",
        "scenario": (
            "<p>Pavel meldt zich bij het Werkplein in Dronten. Hij raakte gewond op het werk. Dezelfde dag "
            "verloor hij zijn baan en zijn bed bij het uitzendbureau. Hij slaapt nu in een auto en is niet meer "
            "verzekerd. De werver beloofde hem een goed loon, maar hij kreeg veel minder. Volgens het bureau "
            "heeft hij nog een schuld voor ‘huur’.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Wie voor werk, woning en verzekering afhangt van één bureau, verliest alles tegelijk. Beloftes "
            "die niet uitkomen en een schuld bij het bureau zijn signalen van mogelijke "
            "<strong>arbeidsuitbuiting</strong>. Zorg eerst voor veiligheid en zorg. Schrijf de signalen op en "
            "overleg met het Meld- en Adviespunt Mensenhandel Flevoland of de zorgcoördinator mensenhandel.</p>"
        ),
        "discussion_prompts": [
            "Wat kunnen wij regelen voor iemand die vandaag geen slaapplek heeft?",
            "Welke vragen stel je om te horen wat de werver heeft beloofd?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "documents_money", "control"],
        "choices": [
            {
                "text": (
                    "Je zegt dat hij waarschijnlijk geen recht heeft op hulp, en verwijst hem naar zijn ambassade."
                ),
                "correct": False,
                "feedback": (
                    "Zo stuur je iemand met signalen van uitbuiting weg. Misschien heeft hij juist recht op hulp. "
                    "Overleg eerst met het Meld- en Adviespunt of de zorgcoördinator mensenhandel."
                ),
            },
            {
                "text": (
                    "Je kijkt eerst naar een veilige slaapplek en zorg voor zijn wond. Je schrijft de signalen op "
                    "en overlegt met het Meld- en Adviespunt of de zorgcoördinator mensenhandel."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Veiligheid en zorg gaan voor. De zorgcoördinator mensenhandel kan helpen met opvang en "
                    "met de weg naar juridische hulp. Jouw aantekeningen helpen daarbij."
                ),
            },
            {
                "text": "Je stuurt hem terug naar het uitzendbureau om het samen op te lossen.",
                "correct": False,
                "feedback": (
                    "Het bureau is misschien juist het probleem. Terugsturen maakt hem weer afhankelijk, en hij "
                    "kan onder druk worden gezet. Overleg over een veilige route."
                ),
            },
            {
                "text": "Je geeft hem het nummer van de Arbeidsinspectie en laat hem het verder zelf regelen.",
                "correct": False,
                "feedback": (
                    "Dat nummer is nuttig. Maar Pavel is gewond en heeft geen bed. Hij kan dit nu niet alleen. "
                    "Zorg eerst voor veiligheid en overleg zelf over de volgende stap."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-lvb-nieuwe-vriend-pad",
        "title": "Beslispad: Iris en haar nieuwe vriend",
        "kind": "path",
        "scenario": (
            "<p>Je begeleidt Iris vanuit de Wmo. Ze is 20 jaar en heeft een licht verstandelijke beperking. Sinds "
            "kort heeft ze een vriend, Ruben. Hij is 28. Ze heeft een nieuwe telefoon en nieuwe kleren. Haar zus "
            "ziet ze bijna niet meer.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Een jonge vrouw met een LVB en een veel oudere nieuwe vriend, cadeaus, minder contact met familie "
            "en een ‘schuld’ die ze moet terugbetalen: dat past bij de loverboymethode. Daders zoeken mensen die "
            "kwetsbaar zijn. Spreek Iris alleen, dring niet aan en beloof geen geheimhouding. Schrijf de feiten "
            "op en overleg met de zorgcoördinator mensenhandel of het Meld- en Adviespunt.</p>"
        ),
        "discussion_prompts": [
            "Hoe houd je de balans tussen iemands eigen keuzes en bescherming?",
            "Hoe praat je met iemand die verliefd is op de persoon die haar misschien uitbuit?",
        ],
        "audiences": ["sociaal-domein", "zorg"],
        "exploitation_forms": ["sexual"],
        "signals": ["control", "documents_money", "person"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": (
                    "<p>Als je bij Iris thuis komt, is Ruben er ook. Iris vertelt blij dat Ruben alles voor haar "
                    "regelt. Ruben glimlacht en blijft op de bank zitten.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je vraagt Iris, waar Ruben bij is, of hij haar dwingt om dingen te doen die ze niet wil."
                        ),
                        "feedback": (
                            "Waar Ruben bij is, kan Iris niet vrij praten. En Ruben weet dan dat jij iets "
                            "vermoedt. Dat kan Iris in gevaar brengen. Zoek een moment alleen."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Iris zegt dat alles goed is. Ruben is gewaarschuwd. Bij je volgende bezoek is hij er "
                            "weer, of Iris zegt de afspraak af. Stel zulke vragen nooit waar de mogelijke "
                            "uitbuiter bij is."
                        ),
                    },
                    {
                        "text": (
                            "Je doet je gewone bezoek en laat niets merken. Je spreekt een volgende afspraak af "
                            "bij jou op kantoor, alleen met Iris."
                        ),
                        "feedback": (
                            "Goed. Een afspraak op kantoor is gewoon voor begeleiding, en valt dus niet op. Daar "
                            "kun je haar rustig alleen spreken."
                        ),
                        "next_step": "alleen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je denkt: Iris is volwassen en mag zelf een vriend kiezen. Je doet niets.",
                        "feedback": (
                            "Iris mag zelf een vriend kiezen. Maar je ziet meer signalen samen, en door haar "
                            "beperking is ze extra kwetsbaar. Opletten en overleggen is iets anders dan haar "
                            "keuze afpakken."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Respect voor eigen keuzes is belangrijk. Maar de signalen blijven nu liggen. Schrijf "
                            "ze op en overleg. Dan kun je haar steunen zonder haar vrijheid af te nemen."
                        ),
                    },
                ],
            },
            {
                "key": "alleen",
                "scenario": (
                    "<p>Op kantoor vertelt Iris dat ze Ruben geld schuldig is voor de telefoon. Ze moet soms "
                    "‘aardig zijn’ voor vrienden van Ruben op feestjes. Dan wordt ze stil. ‘Zeg niks tegen mijn "
                    "zus,’ zegt ze.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je luistert, stelt open vragen en dringt niet aan. Je zegt eerlijk dat je niet kunt "
                            "beloven dat je niets doet, maar dat je niets doet zonder het haar te vertellen."
                        ),
                        "feedback": (
                            "Goed. Iris voelt zich gehoord en weet waar ze aan toe is. Je houdt het contact, en "
                            "je houdt ruimte om hulp te halen."
                        ),
                        "next_step": "overleg",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je zegt dat Ruben een loverboy is en dat ze het meteen moet uitmaken.",
                        "feedback": (
                            "Dat is goed bedoeld. Maar Iris is verliefd en gaat Ruben dan verdedigen. Ze sluit "
                            "zich af, en jij verliest haar vertrouwen. Luister eerst en overleg."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je zag het gevaar, maar je oordeel kwam te hard en te snel. Iris vertelt je niets "
                            "meer. Veel slachtoffers zien zichzelf niet als slachtoffer. Geduld en contact werken "
                            "beter."
                        ),
                    },
                    {
                        "text": "Je belooft dat je het aan niemand vertelt.",
                        "feedback": (
                            "Met die belofte zit je vast. Je kunt dan geen hulp halen zonder haar vertrouwen te "
                            "schaden. Beloof geen geheimhouding, maar wees eerlijk over wat je gaat doen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Door de belofte kun je niets doen zonder Iris te verraden. Zeg liever: ‘Ik kan niet "
                            "beloven dat ik niets doe, maar ik doe niets zonder het jou eerst te vertellen.’"
                        ),
                    },
                ],
            },
            {
                "key": "overleg",
                "scenario": "<p>Na het gesprek ben je ongerust. Je wilt de volgende stap zetten.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je schrijft de feiten op en overlegt met de zorgcoördinator mensenhandel of het "
                            "Meld- en Adviespunt. Samen maak je een plan, en je blijft contact houden met Iris."
                        ),
                        "feedback": (
                            "Dit is de beste stap. Deskundigen denken mee over hulp en veiligheid. En jij blijft "
                            "voor Iris iemand die ze vertrouwt."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je sprak Iris alleen, luisterde zonder te oordelen, beloofde geen geheimhouding, "
                            "schreef de feiten op en overlegde. Zo kan er hulp komen, en houdt Iris iemand om op "
                            "terug te vallen."
                        ),
                    },
                    {
                        "text": "Je bespreekt het alleen met een collega uit je team en wacht af.",
                        "feedback": (
                            "Overleg met een collega is een goed begin. Maar er zijn sterke signalen. Betrek ook "
                            "de zorgcoördinator mensenhandel of het Meld- en Adviespunt."
                        ),
                        "next_step": "",
                        "end_score": 60,
                        "end_explanation": (
                            "Je deed het niet alleen, en dat is goed. Maar zonder deskundig advies blijft het "
                            "wachten. Bij deze signalen hoort overleg met de specialisten."
                        ),
                    },
                    {
                        "text": "Je zoekt Ruben op via sociale media om te bewijzen wat hij doet.",
                        "feedback": (
                            "Zelf op onderzoek gaan is niet jouw taak. Het kan Iris en jou in gevaar brengen, en "
                            "het kan later een politieonderzoek verstoren. Overleg liever."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Ruben merkt dat iemand hem natrekt. Iris krijgt het daarna moeilijker. Onderzoek "
                            "doen is werk voor de politie. Jij schrijft op en overlegt."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "sd-woning-gebruikt-signalen",
        "title": "Signalen: Henk slaapt niet meer thuis",
        "kind": "multiple",
        "scenario": (
            "<p>Henk is 58 jaar, woont alleen en heeft schulden. Bij een huisbezoek van het wijkteam valt het op "
            "dat de ramen van de zolder zijn afgeplakt. Henk zegt dat ‘vrienden’ daar iets doen. Zelf slaapt hij "
            "bijna altijd bij zijn zus. Hij kijkt steeds naar de trap.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke criminele uitbuiting?",
        "explanation": (
            "<p>Een woning die door anderen wordt gebruikt, bijvoorbeeld om drugs te maken of te kweken, is een "
            "vorm van criminele uitbuiting. Mensen met schulden, een verslaving of weinig contacten lopen extra "
            "risico. Ga nooit zelf kijken en spreek de ‘vrienden’ niet aan. Schrijf op wat je zag. Is er gevaar, "
            "bel dan 112. Overleg anders met de politie of het Meld- en Adviespunt.</p>"
        ),
        "discussion_prompts": [
            "Wat doe je als je bij een huisbezoek iets ruikt of ziet dat op drugs wijst?",
            "Hoe zorg je voor je eigen veiligheid bij zo'n bezoek?",
        ],
        "audiences": ["sociaal-domein", "handhaving"],
        "exploitation_forms": ["criminal"],
        "signals": ["control", "documents_money", "housing"],
        "choices": [
            {
                "text": "Anderen gebruiken een kamer in zijn huis, en hij mag daar zelf niet komen.",
                "correct": True,
                "feedback": (
                    "Ja. Als iemand niet meer vrij is in zijn eigen huis, is dat een signaal. Ga zelf niet "
                    "kijken. Schrijf op wat je zag en overleg."
                ),
            },
            {
                "text": "Iemand heeft zijn schulden ‘afbetaald’, en nu moet hij iets terugdoen.",
                "correct": True,
                "feedback": (
                    "Ja. Zo maken uitbuiters iemand afhankelijk: eerst een gunst, dan een schuld die nooit "
                    "afbetaald raakt. Vraag rustig wat hij moet terugdoen."
                ),
            },
            {
                "text": "Hij slaapt bijna nooit meer in zijn eigen huis.",
                "correct": True,
                "feedback": (
                    "Ja, samen met de andere signalen. Misschien is hij uit zijn eigen huis geduwd. Vraag hoe dat "
                    "zo gekomen is."
                ),
            },
            {
                "text": "Hij drinkt al jaren te veel.",
                "correct": False,
                "feedback": (
                    "Niet op zich. Een verslaving maakt iemand wel kwetsbaarder: uitbuiters zoeken zulke mensen "
                    "op. Zie het als een risico, niet als een signaal."
                ),
            },
            {
                "text": "Hij woont alleen.",
                "correct": False,
                "feedback": (
                    "Nee. Veel mensen wonen alleen. Eenzaamheid kan iemand wel kwetsbaarder maken. Let dus op "
                    "nieuwe ‘vrienden’ die veel invloed krijgen."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-smokkel-of-handel",
        "title": "Mensenhandel of mensensmokkel?",
        "kind": "single",
        "scenario": (
            "<p>In een teamoverleg zegt een collega: ‘Mensenhandel gaat toch over mensen die over de grens worden "
            "gesmokkeld? Dat zien wij hier nooit.’</p>"
        ),
        "prompt": "Wat klopt?",
        "explanation": (
            "<p>Bij mensensmokkel betaalt iemand voor hulp om een grens over te steken. Bij mensenhandel draait "
            "het om <strong>uitbuiting</strong>: seksueel, in werk of door iemand misdrijven te laten plegen. "
            "Daarvoor hoeft niemand een grens over. Ook Nederlanders kunnen slachtoffer zijn. De dwang is breed: "
            "niet alleen geweld, maar ook bedrog, schulden of misbruik van een kwetsbare positie.</p>"
        ),
        "discussion_prompts": [
            "Welke vormen van uitbuiting zouden wij in ons werk kunnen tegenkomen?",
            "Waarom denken mensen bij mensenhandel vaak alleen aan mensen uit het buitenland?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov"],
        "exploitation_forms": ["sexual", "labour", "criminal"],
        "signals": ["control"],
        "choices": [
            {
                "text": "Het klopt. Zonder grens is het geen mensenhandel.",
                "correct": False,
                "feedback": (
                    "Nee. Een grens is niet nodig. Ook een Nederlands meisje dat door een loverboy wordt "
                    "uitgebuit, is slachtoffer van mensenhandel."
                ),
            },
            {
                "text": (
                    "Mensenhandel gaat om uitbuiting. Ook Nederlanders die nooit een grens over gingen, kunnen "
                    "slachtoffer zijn."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Het draait om uitbuiting, niet om de grens. Daarom kun jij slachtoffers tegenkomen, ook "
                    "in je eigen wijk."
                ),
            },
            {
                "text": "Smokkel en handel zijn twee woorden voor hetzelfde misdrijf.",
                "correct": False,
                "feedback": (
                    "Nee. Bij smokkel gaat het om betaalde hulp bij een grensoversteek. Bij handel gaat het om "
                    "uitbuiting. Iemand die gesmokkeld is, kan later wel worden uitgebuit."
                ),
            },
            {
                "text": "Het is alleen mensenhandel als er geweld wordt gebruikt.",
                "correct": False,
                "feedback": (
                    "Nee. Dwang is breder: bedrog, chantage, schulden of misbruik van iemands zwakke positie "
                    "tellen ook mee. Bij kinderen hoeft er zelfs helemaal geen dwang te zijn."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-een-signaal-bewijst-niets",
        "title": "Moe en schulden: is dit uitbuiting?",
        "kind": "single",
        "scenario": (
            "<p>Mirjam is 45 jaar. Ze komt bij de schuldhulp omdat ze haar rekeningen niet meer kan betalen. Ze "
            "is moe en ziet er gespannen uit. Ze werkt in de thuiszorg en heeft twee kinderen. Verder zie en hoor "
            "je niets bijzonders.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Eén of twee losse signalen bewijzen niets. Veel mensen met schulden zijn moe en gespannen. Let op "
            "combinaties van signalen, en stel open vragen. Zie je meer signalen samen? Dan overleg je.</p>"
        ),
        "discussion_prompts": [
            "Welke open vragen helpen om meer te horen, zonder iemand iets aan te praten?",
            "Wanneer wordt een ‘gevoel’ voor jou een reden om te overleggen?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["labour"],
        "signals": ["person", "documents_money"],
        "choices": [
            {
                "text": "Vermoeidheid en schulden zijn signalen. Je meldt het meteen bij het Meld- en Adviespunt.",
                "correct": False,
                "feedback": (
                    "Dit zijn losse signalen die bij veel mensen met schulden passen. Eén signaal bewijst niets. "
                    "Kijk eerst naar het hele plaatje. Twijfel je wel echt? Dan mag je altijd advies vragen."
                ),
            },
            {
                "text": (
                    "Je helpt met de schulden, stelt open vragen en blijft alert. Zie je meer signalen samen, dan "
                    "overleg je."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Je doet je werk goed en houdt je ogen open. Let bijvoorbeeld op wie haar geld beheert, "
                    "of ze alleen komt en of haar verhaal klopt."
                ),
            },
            {
                "text": "Je denkt er niet verder over na. Mensenhandel komt in Flevoland bijna niet voor.",
                "correct": False,
                "feedback": (
                    "Dat klopt niet. Er zijn geen betrouwbare cijfers voor Flevoland, maar de meeste slachtoffers "
                    "worden nooit gezien. Blijf alert, ook als je nu niets bijzonders ziet."
                ),
            },
            {
                "text": "Je vraagt haar direct: ‘Word je uitgebuit?’",
                "correct": False,
                "feedback": (
                    "Zo'n vraag schrikt af en wordt bijna nooit met ‘ja’ beantwoord. Veel slachtoffers zien "
                    "zichzelf niet zo. Stel liever open vragen, zoals: ‘Hoe ziet je werkweek eruit?’"
                ),
            },
        ],
        "path": [],
    },
    # -----------------------------------------------------------------------
    # Handhaving en toezicht
    # -----------------------------------------------------------------------
    {
        "slug": "hh-bedden-in-de-schuur-pad",
        "title": "Beslispad: bedden in de schuur in de Noordoostpolder",
        "kind": "path",
        "scenario": (
            "<p>Je doet als toezichthouder een controle op een erf in de Noordoostpolder. In een schuur staan 14 "
            "bedden. Sommige bedden worden overdag gebruikt door mensen die 's nachts werken. Aan de buitenkant "
            "van de deur zit een hangslot.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Te veel bedden, slapen in ploegen, wonen in een bedrijfsruimte, een slot aan de buitenkant en "
            "bewoners die hun adres niet weten: samen zijn dat sterke signalen van "
            "<strong>arbeidsuitbuiting</strong>. Stel geen vragen aan bewoners waar de beheerder bij is. Zet niet "
            "iedereen meteen op straat. Leg feitelijk vast wat je ziet. Meld het via je eigen lijn aan de politie "
            "of de Nederlandse Arbeidsinspectie, en betrek de zorgcoördinator mensenhandel.</p>"
        ),
        "discussion_prompts": [
            "Hoe spreek je in je team af wie er meldt, en bij wie?",
            "Wat doe je als een beheerder steeds voor de bewoners antwoordt?",
        ],
        "audiences": ["handhaving"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "control"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": (
                    "<p>Je vraagt een bewoner, Marek, op welk adres hij woont. Dat weet hij niet. De beheerder "
                    "komt erbij staan. ‘Ik leg het wel uit,’ zegt hij.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je laat de beheerder uitleggen en stelt de bewoners vragen waar hij bij is.",
                        "feedback": (
                            "Waar de beheerder bij is, durven bewoners niet vrij te praten. Hij stuurt de "
                            "antwoorden. Stel geen vragen over uitbuiting in zijn bijzijn."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De bewoners zeggen wat de beheerder wil horen. Misschien krijgen ze later problemen "
                            "omdat jij met hen sprak. Ondervraag mogelijke slachtoffers nooit waar de mogelijke "
                            "uitbuiter bij is."
                        ),
                    },
                    {
                        "text": (
                            "Je bedankt de beheerder, maar stelt hem geen vragen over je vermoeden. Je kijkt rond "
                            "en legt vast wat je ziet."
                        ),
                        "feedback": (
                            "Goed. Je blijft rustig en zakelijk. Je laat niet merken wat je vermoedt. Zo kun je "
                            "alles goed vastleggen."
                        ),
                        "next_step": "vastleggen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je zegt dat iedereen vandaag nog uit de schuur moet.",
                        "feedback": (
                            "Wonen in een schuur mag niet. Maar als bewoners meteen hun bed kwijt zijn, "
                            "verdwijnen ze vaak. De uitbuiter brengt ze dan ergens anders onder. Overleg eerst, "
                            "behalve bij direct gevaar."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De bewoners staan op straat en zijn de volgende dag verdwenen. Niemand kan hen nog "
                            "helpen. Regel eerst, samen met de zorgcoördinator mensenhandel, waar mensen heen "
                            "kunnen."
                        ),
                    },
                ],
            },
            {
                "key": "vastleggen",
                "scenario": "<p>Terug in de auto schrijf je je verslag.</p>",
                "prompt": "Wat schrijf je op?",
                "choices": [
                    {
                        "text": (
                            "Datum en tijd, het aantal bedden, het hangslot, wie er waren, wat er letterlijk werd "
                            "gezegd, kentekens en welke foto's je maakte."
                        ),
                        "feedback": (
                            "Goed. Dit zijn feiten. Een rechercheur, inspecteur of jurist kan er later mee verder."
                        ),
                        "next_step": "doorgeven",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "‘Duidelijk uitbuiting. De beheerder is een crimineel.’",
                        "feedback": (
                            "Dit is een conclusie, geen waarneming. Daar kan niemand mee verder. Schrijf op wat "
                            "je zag en hoorde."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je hebt de signalen gezien, maar je verslag is niet bruikbaar. Een besluit of "
                            "onderzoek staat of valt met feiten: aantallen, tijden, letterlijke woorden en "
                            "foto's."
                        ),
                    },
                ],
            },
            {
                "key": "doorgeven",
                "scenario": "<p>Je verslag is klaar. Nu moet het op de goede plek komen.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je geeft een boete voor de brandveiligheid en sluit de zaak.",
                        "feedback": (
                            "De boete kan terecht zijn. Maar de signalen van uitbuiting komen zo nergens terecht. "
                            "Geef ze ook door."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De eigenaar betaalt een boete en alles gaat door zoals het was. Een boete alleen "
                            "helpt de bewoners niet. Meld de signalen via je eigen lijn."
                        ),
                    },
                    {
                        "text": (
                            "Je meldt het via je eigen lijn aan de politie of de Nederlandse Arbeidsinspectie. Je "
                            "zorgt dat de zorgcoördinator mensenhandel meedenkt over de bewoners."
                        ),
                        "feedback": (
                            "Dit is de beste stap. De partners die onderzoek mogen doen, krijgen je feiten. En er "
                            "wordt aan de mensen gedacht."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je bleef rustig, stelde geen vragen waar de beheerder bij was, zette niemand op "
                            "straat, schreef een feitelijk verslag en gaf het door aan de juiste partners. Zo "
                            "krijgen de bewoners een kans op hulp."
                        ),
                    },
                    {
                        "text": "Je belt de boer de volgende dag om te vragen wat hij hiervan weet.",
                        "feedback": (
                            "Zo waarschuw je een mogelijke uitbuiter. Hij kan de bewoners dan wegsturen of "
                            "bedreigen. Laat onderzoek over aan de politie en de Arbeidsinspectie."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De boer is gewaarschuwd. Als de Arbeidsinspectie komt, is de schuur leeg. Spreek een "
                            "mogelijke uitbuiter nooit aan op je vermoeden."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "hh-woningcontrole-signalen",
        "title": "Signalen: een rijtjeshuis vol bedden",
        "kind": "multiple",
        "scenario": (
            "<p>Je doet een woningcontrole in een rijtjeshuis in Almere. Er wonen arbeidsmigranten die via "
            "hetzelfde bedrijf werken. Je loopt door het huis en bekijkt de inschrijvingen.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke uitbuiting?",
        "explanation": (
            "<p>Slechte huisvesting is niet altijd mensenhandel. Maar een woning kan wel een manier zijn om "
            "mensen afhankelijk te houden. Let op combinaties: overbewoning, boetes, controles door het bureau en "
            "inschrijvingen die niet kloppen. Afkomst of taal zijn geen signaal.</p>"
        ),
        "discussion_prompts": [
            "Welke gegevens van Burgerzaken kun jij vooraf of achteraf bekijken?",
            "Wat noteer je over huisregels en boetes?",
        ],
        "audiences": ["handhaving", "oov"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "control"],
        "choices": [
            {
                "text": "In het huis staan twaalf bedden. De bewoners slapen om de beurt.",
                "correct": True,
                "feedback": (
                    "Ja. Overbewoning en slapen in ploegen zijn signalen. Noteer het aantal bedden, kamers en mensen."
                ),
            },
            {
                "text": "Op de deur hangen huisregels met boetes, bijvoorbeeld voor een vuile keuken.",
                "correct": True,
                "feedback": (
                    "Ja. Boetes geven de verhuurder macht en maken de schuld van bewoners steeds groter. Maak een "
                    "foto van de regels."
                ),
            },
            {
                "text": "Er staan veel meer mensen op dit adres ingeschreven dan er kunnen wonen.",
                "correct": True,
                "feedback": (
                    "Ja. Veel inschrijvingen op één adres, of mensen die nergens staan ingeschreven, zijn "
                    "signalen. Geef dit door, zodat OOV het naast andere informatie kan leggen."
                ),
            },
            {
                "text": "De bewoners spreken onderling Pools.",
                "correct": False,
                "feedback": (
                    "Nee. De taal die mensen spreken, zegt niets over uitbuiting. Let op wat er met hen gebeurt, "
                    "niet op waar ze vandaan komen."
                ),
            },
            {
                "text": "Elke bewoner heeft een eigen huurcontract en een eigen sleutel.",
                "correct": False,
                "feedback": (
                    "Nee. Dit wijst eerder op zelfstandigheid. Blijf wel kijken naar andere signalen, zoals "
                    "boetes of een ‘coördinator’ die alles regelt."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-massagesalon-pad",
        "title": "Beslispad: massagesalon met ‘extra's’ in Lelystad",
        "kind": "path",
        "scenario": (
            "<p>Je controleert een massagesalon in Lelystad. De salon heeft geen vergunning voor een seksbedrijf. "
            "Toch staat er in een advertentie dat er ‘extra's’ mogelijk zijn. Je spreekt twee vrouwen, Nina en "
            "Sara.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Seks zonder vergunning, ingestudeerde antwoorden en een man die op afstand de touwtjes in handen "
            "heeft: dat zijn signalen van mogelijke <strong>seksuele uitbuiting</strong>. Sluiten op staande voet "
            "lijkt krachtig, maar dan verdwijnen de vrouwen misschien. En een slecht onderbouwd besluit kan bij "
            "de rechter sneuvelen. Leg alles vast, geef het door aan politie en RIEC, en denk aan hulp voor de "
            "vrouwen.</p>"
        ),
        "discussion_prompts": [
            "Wie in onze gemeente moet jouw verslag krijgen na zo'n controle?",
            "Hoe zorg je dat er hulp klaarstaat voordat er een maatregel komt?",
        ],
        "audiences": ["handhaving", "oov"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual", "control", "documents_money"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": (
                    "<p>Nina en Sara geven allebei precies hetzelfde antwoord. Op de toonbank ligt een telefoon "
                    "met de luidspreker aan. Een man zegt steeds wat ze moeten zeggen.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je vraagt de vrouwen, terwijl de man meeluistert, of ze hier vrijwillig werken.",
                        "feedback": (
                            "Terwijl de man meeluistert, kunnen de vrouwen niet eerlijk antwoorden. Ze kunnen "
                            "later problemen krijgen. Stel zulke vragen niet waar de mogelijke uitbuiter bij is."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De vrouwen zeggen dat alles goed is, en de man weet nu wat je vermoedt. Ondervraag "
                            "mogelijke slachtoffers nooit waar de controleur bij is, ook niet via de telefoon."
                        ),
                    },
                    {
                        "text": (
                            "Je maakt je controle rustig af. Je legt precies vast wat je ziet en hoort, en zegt "
                            "niets over je vermoeden."
                        ),
                        "feedback": (
                            "Goed. Je houdt de vrouwen veilig en verzamelt feiten. Noteer ook de telefoon op de "
                            "toonbank en wat de man zei."
                        ),
                        "next_step": "na-controle",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je zegt dat de salon per direct dicht is en stuurt iedereen naar huis.",
                        "feedback": (
                            "Sluiten zonder voorbereiding is riskant. De vrouwen verdwijnen misschien naar een "
                            "andere plek. En een besluit zonder goed dossier kan bij de rechter sneuvelen."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De salon is dicht, maar de vrouwen zijn uit beeld. Een week later werken ze op een "
                            "ander adres. Leg eerst vast, geef het door en laat de gemeente een onderbouwd "
                            "besluit nemen."
                        ),
                    },
                ],
            },
            {
                "key": "na-controle",
                "scenario": (
                    "<p>Terug op kantoor zegt een collega: ‘Ach, het is maar massage. Die extra's zijn reclame.’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je geeft je verslag via je eigen lijn door aan de politie en OOV, zodat het ook bij "
                            "het RIEC kan komen. Je vraagt de zorgcoördinator mensenhandel mee te denken over de "
                            "vrouwen."
                        ),
                        "feedback": (
                            "Goed. Je signalen komen bij de partners die verder kunnen. En er wordt aan de "
                            "vrouwen gedacht."
                        ),
                        "next_step": "maatregel",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je laat het rusten. Het is ‘maar massage’.",
                        "feedback": (
                            "Seks zonder vergunning, ingestudeerde antwoorden en een man die alles stuurt: dat is "
                            "meer dan reclame. Geef de signalen door."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Je zag de signalen, maar er gebeurt niets mee. Vooroordelen als ‘het is maar "
                            "massage’ maken slachtoffers onzichtbaar."
                        ),
                    },
                    {
                        "text": "Je gaat zelf als ‘klant’ terug om te kijken of er echt seks wordt aangeboden.",
                        "feedback": (
                            "Zelf op onderzoek gaan is niet jouw taak. Het kan gevaarlijk zijn en een onderzoek "
                            "verstoren. Zoiets hoort in een plan van de gemeente en de politie."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Je handelde op eigen houtje. Dat kan jou en de vrouwen in gevaar brengen, en het kan "
                            "een dossier verzwakken. Geef je waarnemingen door en laat onderzoek aan de politie."
                        ),
                    },
                ],
            },
            {
                "key": "maatregel",
                "scenario": (
                    "<p>De afdeling openbare orde en veiligheid vraagt jouw mening. De burgemeester denkt aan "
                    "sluiten.</p>"
                ),
                "prompt": "Wat adviseer je?",
                "choices": [
                    {
                        "text": (
                            "Eerst het dossier op orde: feitelijke verslagen, informatie van partners en een plan "
                            "voor de vrouwen. Daarna een maatregel die past."
                        ),
                        "feedback": (
                            "Goed. Een goed onderbouwd besluit houdt stand bij de rechter. En met een plan voor "
                            "de vrouwen verdwijnen zij niet uit beeld."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je hield de vrouwen veilig, legde feiten vast, gaf ze door aan de keten en "
                            "adviseerde een zorgvuldige volgorde. Zo kan de gemeente ingrijpen op een manier die "
                            "werkt en standhoudt."
                        ),
                    },
                    {
                        "text": "Sluiten kan altijd. Een uitgebreide onderbouwing is niet nodig.",
                        "feedback": (
                            "Rechters hebben slecht onderbouwde sluitingen teruggedraaid. En zonder plan voor de "
                            "vrouwen gaat de uitbuiting ergens anders door."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De sluiting wordt bij de rechter teruggedraaid, en de vrouwen zijn intussen "
                            "verdwenen. Een besluit staat of valt met de feiten in het dossier."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "hh-goedkope-nagelsalon",
        "title": "Een nagelsalon met heel lage prijzen",
        "kind": "single",
        "scenario": (
            "<p>Je controleert een nagelsalon in Almere. De prijzen zijn veel lager dan bij andere salons. Er "
            "werken zes jonge medewerkers. Ze zeggen geen woord tegen klanten. Boven de zaak zie je matrassen en "
            "een kookplaatje. De bedrijfsleider neemt aan het eind van de dag al het contante geld mee.</p>"
        ),
        "prompt": "Wat is de beste reactie?",
        "explanation": (
            "<p>Lage prijzen met veel personeel, medewerkers die niet met klanten praten, slapen boven de zaak en "
            "één persoon die al het geld meeneemt: samen kan dat wijzen op <strong>arbeidsuitbuiting</strong>. In "
            "2019 noemde de Nationaal Rapporteur nagelsalons een sector met een hoog risico. Leg vast, meld en "
            "werk samen.</p>"
        ),
        "discussion_prompts": [
            "Welke vooroordelen kunnen ons blind maken voor uitbuiting in salons?",
            "Met welke partners zou je een gezamenlijke controle doen?",
        ],
        "audiences": ["handhaving", "oov"],
        "exploitation_forms": ["labour"],
        "signals": ["workplace", "documents_money", "housing"],
        "choices": [
            {
                "text": "Je zegt tegen de bedrijfsleider: ‘Ik denk dat jullie personeel wordt uitgebuit.’",
                "correct": False,
                "feedback": (
                    "Spreek een mogelijke uitbuiter nooit aan op je vermoeden. De medewerkers kunnen daarna onder "
                    "druk worden gezet of verdwijnen. Leg vast en meld het."
                ),
            },
            {
                "text": "Je denkt: zo werken deze zaken nu eenmaal. Je doet niets.",
                "correct": False,
                "feedback": (
                    "Dit vooroordeel maakt slachtoffers onzichtbaar. Wat je ziet, zijn signalen. Die verdienen "
                    "aandacht, welke zaak het ook is."
                ),
            },
            {
                "text": (
                    "Je legt vast wat je ziet, meldt het bij de Nederlandse Arbeidsinspectie of het Meld- en "
                    "Adviespunt, en vraagt OOV om een gezamenlijke controle."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo komen je signalen bij de partners die onderzoek mogen doen. Een gezamenlijke controle "
                    "brengt meer kennis en bevoegdheden bij elkaar."
                ),
            },
            {
                "text": ("Je vraagt een medewerker aan de balie, waar de bedrijfsleider bij is, hoeveel ze verdient."),
                "correct": False,
                "feedback": (
                    "Waar de bedrijfsleider bij is, kan zij niet eerlijk antwoorden. Ze kan er later last van "
                    "krijgen. Laat gesprekken over uitbuiting aan de Arbeidsinspectie of de politie, op een "
                    "veilige manier."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-restaurant-keuken-signalen",
        "title": "Signalen: controle in een restaurantkeuken",
        "kind": "multiple",
        "scenario": (
            "<p>Je doet een controle op brandveiligheid bij een restaurant in Lelystad. Je loopt door de keuken "
            "en de opslagruimte. Je spreekt kort met de eigenaar en met twee koks.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke arbeidsuitbuiting?",
        "explanation": (
            "<p>In de horeca en in keukens komt arbeidsuitbuiting voor. Let op mensen die op het werk slapen, hun "
            "adres niet weten of een schuld hebben bij de werkgever. Een drukke keuken of lange openingstijden "
            "zijn op zich geen signaal. Het gaat om wat er met de medewerkers gebeurt.</p>"
        ),
        "discussion_prompts": [
            "Wat kun jij zien bij een brandveiligheidscontrole dat niets met brand te maken heeft?",
            "Hoe noteer je wat de eigenaar zegt over zijn personeel?",
        ],
        "audiences": ["handhaving"],
        "exploitation_forms": ["labour"],
        "signals": ["workplace", "documents_money", "housing", "control"],
        "choices": [
            {
                "text": "In de opslagruimte achter de keuken liggen matrassen en tassen met kleding.",
                "correct": True,
                "feedback": (
                    "Ja. Slapen op of bij het werk is een signaal. Mensen zijn dan dag en nacht bij de werkgever. "
                    "Noteer wat je ziet en maak foto's."
                ),
            },
            {
                "text": "De koks weten niet op welk adres ze wonen.",
                "correct": True,
                "feedback": (
                    "Ja. Wie zijn eigen adres niet weet, is vaak sterk afhankelijk van een ander. Schrijf "
                    "letterlijk op wat ze zeiden."
                ),
            },
            {
                "text": "De eigenaar zegt dat het personeel ‘nog een schuld heeft voor de reis’.",
                "correct": True,
                "feedback": (
                    "Ja. Een schuld bij de werkgever maakt mensen afhankelijk. Ze kunnen dan moeilijk weg. Noteer "
                    "zijn woorden letterlijk."
                ),
            },
            {
                "text": "De keuken is heel druk en warm.",
                "correct": False,
                "feedback": (
                    "Nee. Een drukke, warme keuken is normaal. Let liever op werktijden, rustdagen en wie het "
                    "woord voert."
                ),
            },
            {
                "text": "Het restaurant is elke dag van de week open.",
                "correct": False,
                "feedback": (
                    "Nee. Een zaak kan elke dag open zijn met goede roosters. Het wordt een signaal als dezelfde "
                    "mensen elke dag werken, zonder vrije dag."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-busje-van-vijf-uur",
        "title": "Het busje van vijf uur op het vakantiepark",
        "kind": "single",
        "scenario": (
            "<p>Buren van een vakantiepark in Zeewolde klagen over steeds wisselende groepen mensen in een paar "
            "huisjes. Als boa ben je er om vijf uur 's ochtends. Een busje haalt een groep mensen op. Een man met "
            "een lijst telt iedereen bij het instappen. Een buurman vertelt dat de bewoners ‘boetes’ krijgen als "
            "ze de afwas laten staan.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Vervoer in groepen op vaste tijden, boetes en iemand die de mensen telt en controleert: werk en "
            "wonen worden strak geregeld door één partij. Dat kan wijzen op <strong>arbeidsuitbuiting</strong>. "
            "De Arbeidsinspectie heeft eerder beschreven dat ‘coördinatoren’ bewoners intimideren en boetes "
            "geven. Schrijf op wat je ziet, meld het bij de Arbeidsinspectie en zorg dat OOV het weet.</p>"
        ),
        "discussion_prompts": [
            "Wat schrijf je op als je zoiets ziet: welke details zijn later belangrijk?",
            "Hoe zorg je dat meldingen van buren niet alleen als ‘overlast’ worden behandeld?",
        ],
        "audiences": ["handhaving", "oov"],
        "exploitation_forms": ["labour"],
        "signals": ["workplace", "housing", "control"],
        "choices": [
            {
                "text": "Je houdt het busje aan en vraagt de man met de lijst wat hier aan de hand is.",
                "correct": False,
                "feedback": (
                    "Zo waarschuw je een mogelijke uitbuiter. De bewoners kunnen daar last van krijgen, of "
                    "verhuisd worden. Observeer en leg vast, zonder iemand aan te spreken op je vermoeden."
                ),
            },
            {
                "text": (
                    "Je noteert tijd, kenteken en aantal mensen. Je meldt het bij de Arbeidsinspectie en zorgt "
                    "via je eigen organisatie dat OOV het weet."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Met deze feiten kan de Arbeidsinspectie verder. En OOV kan jouw signalen naast andere "
                    "informatie leggen, zoals inschrijvingen en vergunningen."
                ),
            },
            {
                "text": "Je schrijft een waarschuwing voor overlast en gaat weg.",
                "correct": False,
                "feedback": (
                    "De overlast is maar een deel van het verhaal. De signalen van uitbuiting komen zo nergens "
                    "terecht. Geef ze door."
                ),
            },
            {
                "text": "Je vraagt de buren om de komende weken alles te filmen.",
                "correct": False,
                "feedback": (
                    "Dat is niet de taak van buren. Het kan hen in gevaar brengen en het is slecht voor de "
                    "privacy. Vraag hen wel om zorgen te melden, bijvoorbeeld bij de gemeente of anoniem."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-goed-verslag",
        "title": "Welk verslag kan de politie gebruiken?",
        "kind": "single",
        "scenario": (
            "<p>Je hebt een controle gedaan in een bedrijfshal aan de rand van Almere. Er sliepen mensen op "
            "matrassen. Eén man zei: ‘Baas heeft paspoort.’ Een andere man noemde zichzelf ‘manager’ en gaf "
            "antwoord op vragen aan anderen. Nu schrijf je je verslag.</p>"
        ),
        "prompt": "Welke tekst is het beste?",
        "explanation": (
            "<p>Schrijf op wat je ziet en hoort, niet wat je denkt. Een rechercheur, jurist of rechter moet later "
            "precies kunnen lezen wat er was. Noteer datum, tijd, plaats, aantallen, letterlijke woorden, "
            "kentekens en welke foto's je maakte.</p>"
        ),
        "discussion_prompts": [
            "Lees samen een oud verslag: wat is feit, en wat is mening?",
            "Welke details vergeet je het snelst als je niet meteen schrijft?",
        ],
        "audiences": ["handhaving", "oov"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "documents_money", "control"],
        "choices": [
            {
                "text": "‘Vreselijke toestanden. Deze mensen worden als slaven behandeld.’",
                "correct": False,
                "feedback": (
                    "Dit is een mening, geen waarneming. Een jurist of rechter kan hier niets mee. Schrijf op wat "
                    "je zag: hoeveel matrassen, wie er was, wat er letterlijk werd gezegd."
                ),
            },
            {
                "text": (
                    "‘14 mei, 06.10 uur, bedrijfshal: 9 matrassen op de grond, 3 mensen aanwezig. Eén man zei: "
                    "“Baas heeft paspoort.” Man die zich ‘manager’ noemde, gaf antwoord op vragen aan anderen. "
                    "Kenteken bestelbus genoteerd. 6 foto's.’"
                ),
                "correct": True,
                "feedback": (
                    "Ja. Feitelijk, precies en met letterlijke woorden. Hier kunnen politie, Arbeidsinspectie en "
                    "de gemeente mee verder."
                ),
            },
            {
                "text": "‘Niets bijzonders, alleen wat rommel in de hal.’",
                "correct": False,
                "feedback": (
                    "Zo raken belangrijke signalen kwijt. Mensen die in een bedrijfshal slapen en een baas die "
                    "hun paspoort heeft, moet je vastleggen."
                ),
            },
            {
                "text": "‘De eigenaar is een crimineel en moet worden opgepakt.’",
                "correct": False,
                "feedback": (
                    "Dit is een conclusie die jij niet kunt trekken. Dat is aan de politie en de rechter. Jouw "
                    "taak is goed vastleggen wat je zag en hoorde."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-seksbedrijf-controle-signalen",
        "title": "Signalen: controle bij een seksbedrijf met vergunning",
        "kind": "multiple",
        "scenario": (
            "<p>Je controleert een seksbedrijf met een vergunning. Je kijkt of de regels worden nageleefd. Je "
            "spreekt kort met de exploitant en met een paar sekswerkers.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke seksuele uitbuiting?",
        "explanation": (
            "<p>Bij een controle zijn twee vragen belangrijk: wie houdt het geld, en kunnen de sekswerkers vrij "
            "met je praten? Een vergunning sluit uitbuiting niet uit. Sekswerk zelf is geen signaal: veel "
            "sekswerkers kiezen er zelf voor. Let op dwang en controle door een ander.</p>"
        ),
        "discussion_prompts": [
            "Hoe creëer je tijdens een controle een moment om een sekswerker alleen te spreken?",
            "Waarom is ‘ze heeft toch een vergunning’ geen reden om niet te kijken?",
        ],
        "audiences": ["handhaving"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual", "control", "documents_money"],
        "choices": [
            {
                "text": "Een man aan de bar houdt al het geld van de sekswerkers bij zich.",
                "correct": True,
                "feedback": (
                    "Ja. Geld moeten afgeven aan een ander is een belangrijk signaal. Noteer wie die man is en "
                    "wat je zag."
                ),
            },
            {
                "text": "Een vrouw weet niet hoeveel ze zelf verdient en kiest haar klanten niet zelf.",
                "correct": True,
                "feedback": (
                    "Ja. Geen zeggenschap over klanten, prijzen of tijden is een signaal van dwang. Schrijf op "
                    "wat ze letterlijk zei."
                ),
            },
            {
                "text": "Een vrouw zegt zacht dat ze ‘dit eigenlijk niet wil’.",
                "correct": True,
                "feedback": (
                    "Ja, dit is een sterk signaal. Reageer rustig en laat niet merken dat je schrikt als er "
                    "anderen bij zijn. Leg het vast en geef het meteen door via je eigen lijn. Is er acuut "
                    "gevaar, bel 112."
                ),
            },
            {
                "text": "Het bedrijf heeft een geldige vergunning.",
                "correct": False,
                "feedback": (
                    "Nee, dit is geen signaal. Maar een vergunning sluit uitbuiting ook niet uit. Blijf letten op "
                    "wie het geld en het woord heeft."
                ),
            },
            {
                "text": "Een vrouw vertelt dat ze zelf haar werktijden kiest en haar eigen geld beheert.",
                "correct": False,
                "feedback": (
                    "Nee. Dit wijst juist op zelfstandigheid. Niet elke sekswerker is slachtoffer. Blijf wel "
                    "alert op andere signalen."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-wonen-in-bedrijfspand",
        "title": "Twintig mensen wonen in een bedrijfspand",
        "kind": "single",
        "scenario": (
            "<p>Als toezichthouder bouw- en woningtoezicht kom je in een bedrijfspand op een bedrijventerrein in "
            "Almere. Er wonen ongeveer twintig mensen. Ze slapen in een opslagruimte. Er is één nooduitgang, en "
            "die is niet geblokkeerd. De mensen lijken gespannen.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Wonen in een bedrijfspand mag meestal niet, en het kan een signaal zijn van uitbuiting. Maar als "
            "mensen meteen op straat staan, verdwijnen ze vaak. De uitbuiter brengt ze dan ergens anders onder. "
            "Kijk eerst of er direct gevaar is. Zo niet: leg vast, meld via je eigen lijn en regel samen met de "
            "zorgcoördinator mensenhandel opvang voordat iemand weg moet.</p>"
        ),
        "discussion_prompts": [
            "Wanneer is er zo veel direct gevaar dat je meteen moet ingrijpen?",
            "Wie bel je als je opvang nodig hebt voor een groep mensen?",
        ],
        "audiences": ["handhaving", "oov"],
        "exploitation_forms": ["labour"],
        "signals": ["housing"],
        "choices": [
            {
                "text": "Je zet iedereen meteen op straat. Wonen in een bedrijfspand mag niet.",
                "correct": False,
                "feedback": (
                    "Zonder plan raken de bewoners hun bed kwijt en verdwijnen ze uit beeld. De uitbuiting gaat "
                    "dan ergens anders door. Is er geen direct gevaar, overleg dan eerst over opvang."
                ),
            },
            {
                "text": "Je doet niets. De mensen hebben tenminste een dak boven hun hoofd.",
                "correct": False,
                "feedback": (
                    "Je ziet signalen van mogelijke uitbuiting en onveilig wonen. Die kun je niet laten liggen. "
                    "Leg vast wat je ziet en meld het via je eigen lijn."
                ),
            },
            {
                "text": (
                    "Je kijkt of er direct gevaar is. Zo niet, dan leg je vast wat je ziet, meld je het via je "
                    "eigen lijn en zorg je dat de zorgcoördinator mensenhandel meedenkt over opvang."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Veiligheid eerst, maar zonder mensen uit beeld te laten raken. Is er wel direct gevaar, "
                    "bijvoorbeeld voor brand? Grijp dan in en regel meteen opvang."
                ),
            },
            {
                "text": "Je vraagt de verhuurder wie de mensen hierheen heeft gebracht.",
                "correct": False,
                "feedback": (
                    "Zo waarschuw je een mogelijke uitbuiter en ga je zelf op onderzoek uit. Dat is werk voor de "
                    "politie of de Arbeidsinspectie. Leg vast en meld."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-jongen-in-wietkwekerij",
        "title": "Een jongen in een wietkwekerij",
        "kind": "single",
        "scenario": (
            "<p>Samen met de politie en de netbeheerder controleer je een woning in Lelystad. Er staat een "
            "wietkwekerij. In de woning slaapt Jesse, 19 jaar. De voordeur zat aan de buitenkant op slot. Jesse "
            "is erg bang. Hij zegt: ‘Ik moet hier werken tot mijn schuld is afbetaald.’</p>"
        ),
        "prompt": "Hoe kijk je naar Jesse?",
        "explanation": (
            "<p>Iemand die in een woning voor drugsproductie is opgesloten en een schuld moet ‘afwerken’, kan "
            "slachtoffer zijn van <strong>criminele uitbuiting</strong>. Hij kan tegelijk verdachte zijn. Schrijf "
            "op wat hij letterlijk zegt en wat je ziet. Geef de signalen door aan de politie, zodat zij er "
            "rekening mee houden.</p>"
        ),
        "discussion_prompts": [
            "Hoe zorg je dat signalen van uitbuiting in het proces-verbaal of verslag terechtkomen?",
            "Wat betekent het voor jou dat een ‘dader’ ook slachtoffer kan zijn?",
        ],
        "audiences": ["handhaving", "oov"],
        "exploitation_forms": ["criminal"],
        "signals": ["control", "documents_money", "housing"],
        "choices": [
            {
                "text": "Als verdachte. Hij zat in de woning met de kwekerij, dus hij is schuldig.",
                "correct": False,
                "feedback": (
                    "Hij kan verdachte zijn, maar de signalen wijzen ook op uitbuiting: een deur op slot en een "
                    "schuld die hij moet afwerken. Leg ook die signalen vast."
                ),
            },
            {
                "text": (
                    "Als mogelijk slachtoffer van criminele uitbuiting. Je schrijft zijn woorden letterlijk op en "
                    "geeft de signalen door aan de politie."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo kan de politie beoordelen of Jesse ook slachtoffer is. Dat maakt uit voor de hulp die "
                    "hij krijgt en voor het onderzoek naar wie hem liet werken."
                ),
            },
            {
                "text": "Je laat hem gaan. Hij is toch maar een klein radertje.",
                "correct": False,
                "feedback": (
                    "Als je hem zomaar laat gaan, staat hij er alleen voor, met een schuld bij criminelen. Dat is "
                    "gevaarlijk. Geef de signalen door, zodat er hulp kan komen."
                ),
            },
            {
                "text": "Je vraagt hem om de namen van de bazen. Dan kun je hem helpen.",
                "correct": False,
                "feedback": (
                    "Zelf doorvragen naar daders is niet jouw taak. Het kan Jesse in gevaar brengen en het "
                    "onderzoek verstoren. Laat dat aan de politie."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-hotel-signalen",
        "title": "Signalen: zorgen van hotelpersoneel",
        "kind": "multiple",
        "scenario": (
            "<p>Als boa ga je langs bij een hotel langs de snelweg. De receptionist vertelt over dingen die het "
            "personeel de laatste weken opvallen. Hij vraagt of hij zich zorgen moet maken.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke seksuele uitbuiting?",
        "explanation": (
            "<p>Seksuele uitbuiting vindt ook plaats in hotels en op privéadressen, en wisselt vaak van plek. Let "
            "op steeds andere jonge vrouwen die door dezelfde man worden gebracht, een ander die betaalt en "
            "wacht, en veel bezoek kort na elkaar. Contant betalen of een weekendje weg zijn op zich geen "
            "signaal.</p>"
        ),
        "discussion_prompts": [
            "Welke afspraken kunnen wij met hotels maken over het melden van signalen?",
            "Hoe voorkom je dat hotelpersoneel zelf gaat ingrijpen?",
        ],
        "audiences": ["handhaving", "oov"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual", "control"],
        "choices": [
            {
                "text": "Steeds andere jonge vrouwen worden door dezelfde man naar het hotel gebracht.",
                "correct": True,
                "feedback": (
                    "Ja. Dit past bij sekswerk dat steeds van plek wisselt, onder controle van een ander. Vraag "
                    "het personeel om data, tijden en kentekens op te schrijven."
                ),
            },
            {
                "text": "De man betaalt de kamer en wacht in de lobby tot de vrouw klaar is.",
                "correct": True,
                "feedback": (
                    "Ja. Een ander die betaalt, brengt, haalt en wacht, houdt controle. Samen met de andere "
                    "signalen is dit een reden om het door te geven."
                ),
            },
            {
                "text": "Veel verschillende mannen komen kort na elkaar naar dezelfde kamer.",
                "correct": True,
                "feedback": (
                    "Ja. Dit wijst op sekswerk in het hotel. Dat is op zich nog geen uitbuiting, maar met de "
                    "andere signalen samen wel een reden om te melden."
                ),
            },
            {
                "text": "Een stel viert een weekendje weg in het hotel.",
                "correct": False,
                "feedback": "Nee. Dat is gewoon hotelgebruik. Hier zie je geen signalen van dwang of controle.",
            },
            {
                "text": "Een gast betaalt contant.",
                "correct": False,
                "feedback": (
                    "Nee, niet op zich. Veel mensen betalen contant. Het wordt pas belangrijk samen met andere "
                    "signalen, zoals een ander die steeds voor iemand betaalt."
                ),
            },
        ],
        "path": [],
    },
    # -----------------------------------------------------------------------
    # Openbare orde en veiligheid
    # -----------------------------------------------------------------------
    {
        "slug": "oov-bij-ons-speelt-het-niet",
        "title": "De wethouder: ‘Bij ons speelt het niet’",
        "kind": "single",
        "scenario": (
            "<p>In een overleg zegt wethouder Jeroen: ‘Mensenhandel? Dat speelt bij ons niet. Er komen geen "
            "meldingen binnen.’ Hij vraagt of de gemeente haar tijd en geld niet beter aan iets anders kan "
            "besteden.</p>"
        ),
        "prompt": "Wat antwoord je?",
        "explanation": (
            "<p>Mensenhandel is een <strong>haaldelict</strong>: het komt pas aan het licht als iemand ernaar "
            "zoekt. Slachtoffers melden zich zelden zelf. Volgens een schatting uit 2017 (over 2010 tot en met "
            "2015) waren er in Nederland ongeveer vijf keer zo veel slachtoffers als er werden geregistreerd. "
            "Geen meldingen betekent dus vaak: niemand kijkt.</p>"
        ),
        "discussion_prompts": [
            "Welke medewerkers in onze gemeente kunnen signalen zien, en weten ze waar ze heen moeten?",
            "Hoe leg je een bestuurder in twee zinnen uit wat een haaldelict is?",
        ],
        "audiences": ["oov"],
        "exploitation_forms": ["sexual", "labour", "criminal"],
        "signals": ["control"],
        "choices": [
            {
                "text": "‘U hebt gelijk. Geen meldingen betekent geen probleem.’",
                "correct": False,
                "feedback": (
                    "Nee. Slachtoffers zijn bang, schamen zich of zien zichzelf niet als slachtoffer. Ze melden "
                    "zich dus zelden. Weinig meldingen zegt vooral iets over hoe goed er gekeken wordt."
                ),
            },
            {
                "text": (
                    "‘Geen meldingen betekent vaak dat niemand kijkt. Laten we medewerkers trainen en de route "
                    "naar het Meld- en Adviespunt Mensenhandel Flevoland bekend maken.’"
                ),
                "correct": True,
                "feedback": (
                    "Ja. Als meer mensen signalen herkennen en weten waar ze heen kunnen, wordt het echte beeld "
                    "zichtbaar. Noem de schatting uit 2017 om te laten zien hoe groot het verschil kan zijn."
                ),
            },
            {
                "text": (
                    "‘Laten we zelf een aantal slachtoffers voor onze gemeente schatten en dat in de nota zetten.’"
                ),
                "correct": False,
                "feedback": (
                    "Er zijn geen betrouwbare cijfers voor Flevoland. Een zelfbedacht getal kan misleiden. "
                    "Gebruik landelijke cijfers, met het jaartal erbij."
                ),
            },
            {
                "text": "‘We wachten tot er meldingen komen. Dan maken we beleid.’",
                "correct": False,
                "feedback": (
                    "Bij een haaldelict komen meldingen pas als er beleid en aandacht is. Wachten houdt het "
                    "probleem juist onzichtbaar."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-vakantiepark-barriere-pad",
        "title": "Beslispad: vakantiepark en een nieuwe vergunningaanvraag",
        "kind": "path",
        "scenario": (
            "<p>Je werkt bij openbare orde en veiligheid. Je krijgt een verslag van een boa uit Zeewolde. Op een "
            "vakantiepark wonen steeds wisselende groepen arbeidsmigranten. Elke ochtend om vijf uur haalt een "
            "busje hen op. Buren vertellen over ‘boetes’. De eigenaar van het park heeft net een vergunning "
            "aangevraagd voor nog meer huisjes.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Met het barrièremodel zie je waar de gemeente drempels kan opwerpen. Hier gaat het om de stappen "
            "huisvesting, inschrijving en werk. Breng informatie van handhaving, Burgerzaken en het sociaal "
            "domein samen. Geef signalen door aan de Arbeidsinspectie en het RIEC Midden-Nederland. Beoordeel de "
            "aanvraag met die informatie erbij. En vergeet de bewoners niet: betrek de zorgcoördinator "
            "mensenhandel.</p>"
        ),
        "discussion_prompts": [
            "Welke stap uit het barrièremodel speelt het meest in onze gemeente?",
            "Welke informatie heeft Burgerzaken die voor OOV nuttig kan zijn?",
        ],
        "audiences": ["oov", "handhaving"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "workplace", "control"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": ("<p>Je leest het verslag en ziet dat de aanvraag binnenkort moet worden beoordeeld.</p>"),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je laat de aanvraag gewoon lopen. Een verslag van een boa is geen bewijs.",
                        "feedback": (
                            "Een verslag hoeft geen bewijs te zijn om waardevol te zijn. Signalen zijn een reden "
                            "om verder te kijken, vooral voordat je iemand meer ruimte geeft."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De eigenaar krijgt meer huisjes, en de signalen blijven liggen. Gebruik verslagen "
                            "van handhaving om te zien waar de gemeente een drempel kan opwerpen."
                        ),
                    },
                    {
                        "text": (
                            "Je kijkt welke stappen uit het barrièremodel geraakt worden. Je zoekt samen met "
                            "Burgerzaken en handhaving uit wat er al bekend is."
                        ),
                        "feedback": (
                            "Goed. Zo breng je losse stukjes informatie bij elkaar. Vaak zit het signaal al bij "
                            "meer afdelingen tegelijk."
                        ),
                        "next_step": "keten",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je laat het park morgen ontruimen.",
                        "feedback": (
                            "Ontruimen zonder plan zet de bewoners op straat. Ze verdwijnen dan uit beeld, en de "
                            "uitbuiting gaat ergens anders door. En er is nog geen onderbouwd dossier."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De bewoners zijn weg, misschien naar een nog slechtere plek. Niemand kan hen helpen. "
                            "Ingrijpen vraagt een onderbouwd dossier en een plan voor de mensen."
                        ),
                    },
                ],
            },
            {
                "key": "keten",
                "scenario": (
                    "<p>Burgerzaken ziet dat er op vijf huisjes veertig mensen staan ingeschreven. Van veel "
                    "bewoners is niets bekend. Het wijkteam hoorde eerder van een bewoner die zijn bed "
                    "kwijtraakte toen hij ziek werd.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je geeft de signalen aan de Nederlandse Arbeidsinspectie en brengt de zaak in bij "
                            "het RIEC Midden-Nederland."
                        ),
                        "feedback": (
                            "Goed. De Arbeidsinspectie kan onderzoek doen naar het werk. In het RIEC kunnen "
                            "overheden samen informatie delen en afspraken maken."
                        ),
                        "next_step": "aanvraag",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je belt de eigenaar van het park en vraagt hem om uitleg.",
                        "feedback": (
                            "Zo waarschuw je een mogelijke uitbuiter voordat partners iets kunnen doen. Bewoners "
                            "kunnen dan snel worden verplaatst."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De eigenaar is gewaarschuwd. Een week later wonen er andere mensen, en de eerste "
                            "groep is uit beeld. Deel signalen eerst met de keten."
                        ),
                    },
                    {
                        "text": (
                            "Je houdt het binnen de gemeente en stuurt de eigenaar een brief over de inschrijvingen."
                        ),
                        "feedback": (
                            "De inschrijvingen rechtzetten is nuttig. Maar de signalen van uitbuiting vragen om "
                            "partners die onderzoek kunnen doen. En een brief waarschuwt de eigenaar."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je pakte een deel van het probleem aan. Maar de Arbeidsinspectie en het RIEC weten "
                            "van niets, en de eigenaar is gewaarschuwd. Breng zulke zaken in de keten."
                        ),
                    },
                ],
            },
            {
                "key": "aanvraag",
                "scenario": (
                    "<p>Nu moet er een besluit komen over de vergunningaanvraag. Ook vraag je je af wat er met de "
                    "bewoners gebeurt als er wordt ingegrepen.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je beoordeelt de aanvraag met de nieuwe informatie erbij, bijvoorbeeld met een "
                            "Bibob-toets. Je vraagt de zorgcoördinator mensenhandel mee te denken over opvang."
                        ),
                        "feedback": (
                            "Goed. Zo werp je een drempel op met een onderbouwd besluit. En je zorgt dat de "
                            "mensen niet uit beeld raken."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je bracht informatie samen, deelde die met de keten, gebruikte de middelen van de "
                            "gemeente zorgvuldig en dacht aan de bewoners. Dat is de kern van de bestuurlijke "
                            "aanpak."
                        ),
                    },
                    {
                        "text": "Je weigert de aanvraag meteen, zonder verdere onderbouwing.",
                        "feedback": (
                            "Weigeren kan terecht zijn. Maar zonder onderbouwing kan het besluit bij de rechter "
                            "sneuvelen. En aan de bewoners is niet gedacht."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je richting was goed, maar het besluit is kwetsbaar en de bewoners zijn vergeten. "
                            "Onderbouw het besluit met de informatie uit de keten, en maak een plan voor de "
                            "mensen."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "oov-barrieremodel-stappen",
        "title": "De stappen van het barrièremodel",
        "kind": "multiple",
        "scenario": (
            "<p>Je maakt een plan om uitbuiting van arbeidsmigranten in je gemeente tegen te gaan. Je gebruikt "
            "het barrièremodel van de VNG en het CCV. Een collega vraagt welke stappen daarin staan.</p>"
        ),
        "prompt": "Welke van deze stappen horen bij het barrièremodel voor kwetsbare arbeidsmigranten?",
        "explanation": (
            "<p>Het barrièremodel voor kwetsbare arbeidsmigranten heeft zes stappen: werven en binnenkomen, "
            "huisvesting, inschrijving, werk, verblijf en terugkeer. Bij elke stap kijk je: waar komt een "
            "uitbuiter langs de gemeente of een partner, en hoe maken we het hem daar moeilijker?</p>"
        ),
        "discussion_prompts": [
            "Bij welke stap heeft onze gemeente de meeste invloed?",
            "Welke afdeling hoort bij welke stap?",
        ],
        "audiences": ["oov"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "workplace"],
        "choices": [
            {
                "text": "Werven en binnenkomen",
                "correct": True,
                "feedback": (
                    "Ja. Hier beginnen beloftes over werk en loon die later niet uitkomen. Denk aan bemiddelaars "
                    "en uitzendbureaus."
                ),
            },
            {
                "text": "Huisvesting",
                "correct": True,
                "feedback": (
                    "Ja. Wonen via de werkgever maakt mensen afhankelijk. Vergunningen en woningcontroles zijn "
                    "hier belangrijke drempels."
                ),
            },
            {
                "text": "Inschrijving",
                "correct": True,
                "feedback": (
                    "Ja. Veel mensen op één adres, of mensen die nergens staan ingeschreven: Burgerzaken kan dit zien."
                ),
            },
            {
                "text": "Opsporing en vervolging",
                "correct": False,
                "feedback": (
                    "Nee. Opsporen en vervolgen is werk van politie en Openbaar Ministerie. Het barrièremodel "
                    "gaat over de stappen die een uitbuiter moet zetten. De andere stappen zijn werk, verblijf en "
                    "terugkeer."
                ),
            },
            {
                "text": "Inburgering",
                "correct": False,
                "feedback": (
                    "Nee. Inburgering is geen stap in dit model. De zes stappen zijn: werven en binnenkomen, "
                    "huisvesting, inschrijving, werk, verblijf en terugkeer."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-sluiting-morgen-pad",
        "title": "Beslispad: ‘Die zaak gaat morgen dicht’",
        "kind": "path",
        "scenario": (
            "<p>Handhaving heeft een massagesalon in Lelystad gecontroleerd. De salon heeft geen vergunning voor "
            "een seksbedrijf, maar adverteert met ‘extra's’. Twee vrouwen gaven ingestudeerde antwoorden, terwijl "
            "een man via de telefoon meeluisterde. De burgemeester hoort ervan. ‘Die zaak gaat morgen dicht,’ "
            "zegt hij.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>De burgemeester kan een pand sluiten of een vergunning intrekken. Rechters hebben goed "
            "onderbouwde besluiten goedgekeurd, maar een slecht onderbouwde sluiting teruggedraaid. Een besluit "
            "staat of valt met de feiten in het dossier. En een sluiting raakt ook de mensen die er werken. "
            "Zonder plan voor hulp verdwijnen zij uit beeld.</p>"
        ),
        "discussion_prompts": [
            "Wat hoort er in een goed dossier voor een bestuurlijke maatregel?",
            "Hoe betrek je de zorgcoördinator mensenhandel op tijd bij een sluiting?",
        ],
        "audiences": ["oov"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual", "control"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": "<p>De burgemeester vraagt jou om het besluit voor te bereiden.</p>",
                "prompt": "Wat adviseer je?",
                "choices": [
                    {
                        "text": "Je bereidt het sluitingsbesluit voor morgen voor. Snel ingrijpen is goed.",
                        "feedback": (
                            "Snel lijkt krachtig. Maar de vrouwen verdwijnen dan misschien naar een andere plek. "
                            "En een besluit zonder goed dossier kan bij de rechter sneuvelen."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De salon gaat dicht, maar de vrouwen zijn uit beeld en werken elders verder. Later "
                            "draait de rechter het besluit terug. Zorgvuldig werken is hier sneller dan het "
                            "lijkt."
                        ),
                    },
                    {
                        "text": (
                            "Je adviseert een zorgvuldige volgorde: eerst het dossier op orde en de signalen naar "
                            "politie en RIEC."
                        ),
                        "feedback": (
                            "Goed. Zo kunnen politie en RIEC meekijken, en wordt het besluit sterker. Sluiten kan "
                            "daarna nog steeds."
                        ),
                        "next_step": "dossier",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je adviseert niets te doen tot de politie een strafzaak heeft afgerond.",
                        "feedback": (
                            "Een strafzaak kan lang duren. De gemeente kan ook zelf zorgvuldig optreden, naast de "
                            "politie. Wacht dus niet alleen af."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je voorkwam een haastig besluit, maar de gemeente laat haar eigen middelen liggen. "
                            "Bestuurlijke en strafrechtelijke aanpak kunnen naast elkaar lopen."
                        ),
                    },
                ],
            },
            {
                "key": "dossier",
                "scenario": "<p>Je gaat het dossier opbouwen.</p>",
                "prompt": "Wat neem je op?",
                "choices": [
                    {
                        "text": (
                            "Feitelijke verslagen met datum en tijd, informatie van partners voor zover die "
                            "gedeeld mag worden, de regels waar het om gaat en een afweging waarom deze maatregel "
                            "past."
                        ),
                        "feedback": (
                            "Goed. Met feiten, regels en een afweging kan een rechter zien waarom het besluit "
                            "nodig en passend is."
                        ),
                        "next_step": "mensen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Een korte samenvatting: ‘Iedereen weet dat het daar niet deugt.’",
                        "feedback": (
                            "Dit is een mening. Daar kan een rechter niets mee. Het besluit wordt dan kwetsbaar."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Het besluit wordt bij de rechter teruggedraaid. De uitbater gaat gewoon door. Een "
                            "dossier vraagt feiten, geen indrukken."
                        ),
                    },
                ],
            },
            {
                "key": "mensen",
                "scenario": "<p>Het besluit is bijna klaar. Je denkt aan de vrouwen die in de salon werken.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je betrekt de zorgcoördinator mensenhandel, zodat er hulp en opvang klaarstaan op "
                            "het moment van ingrijpen."
                        ),
                        "feedback": (
                            "Goed. Zo krijgen de vrouwen een kans op hulp op het moment dat de salon dichtgaat."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je koos een zorgvuldige volgorde, bouwde een stevig dossier en dacht aan de mensen "
                            "achter de deur. Zo werkt een bestuurlijke maatregel echt tegen uitbuiting."
                        ),
                    },
                    {
                        "text": "Dat is niet jouw taak. Na de sluiting zien ze zelf maar.",
                        "feedback": (
                            "Zonder plan voor hulp verdwijnen de vrouwen, en gaat de uitbuiting ergens anders "
                            "door. Denk altijd aan de mensen achter de deur."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Het besluit is goed onderbouwd, maar de vrouwen staan er alleen voor. Betrek de "
                            "zorgcoördinator mensenhandel bij elk plan om in te grijpen."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "oov-signalen-in-gemeentelijke-informatie",
        "title": "Signalen: informatie van verschillende afdelingen",
        "kind": "multiple",
        "scenario": (
            "<p>Je legt informatie van verschillende afdelingen van de gemeente naast elkaar. Je wilt weten waar "
            "arbeidsmigranten misschien worden uitgebuit.</p>"
        ),
        "prompt": "Welke van deze kunnen signalen van uitbuiting zijn?",
        "explanation": (
            "<p>De gemeente ziet veel in haar eigen systemen: inschrijvingen, controles en vragen bij het sociaal "
            "domein. Apart lijkt het klein, samen kan het een patroon laten zien. Maar veel arbeidsmigranten of "
            "een nieuw uitzendbureau zijn op zich geen signaal.</p>"
        ),
        "discussion_prompts": [
            "Welke afdelingen zouden vaker informatie met OOV moeten delen?",
            "Hoe voorkom je dat je een hele groep verdacht maakt?",
        ],
        "audiences": ["oov"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "documents_money"],
        "choices": [
            {
                "text": (
                    "Op één adres staan twintig mensen ingeschreven, en elke paar maanden zijn het andere mensen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Veel inschrijvingen op één adres en snel wisselende bewoners zijn een signaal. Vraag "
                    "handhaving om te kijken hoe er gewoond wordt."
                ),
            },
            {
                "text": "Handhaving zag mensen wonen in een loods op een bedrijventerrein.",
                "correct": True,
                "feedback": (
                    "Ja. Wonen in een bedrijfspand is een signaal, vooral als het via de werkgever loopt. Leg het "
                    "naast andere informatie over hetzelfde bedrijf."
                ),
            },
            {
                "text": (
                    "Het sociaal domein helpt steeds vaker arbeidsmigranten die met hun baan ook hun woning en "
                    "verzekering kwijtraken, allemaal via hetzelfde bureau."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Als het steeds om hetzelfde bureau gaat, is dat een patroon. Breng het in bij de keten, "
                    "bijvoorbeeld bij het RIEC."
                ),
            },
            {
                "text": "Een bedrijf heeft veel werknemers uit het buitenland.",
                "correct": False,
                "feedback": (
                    "Nee. Veel arbeidsmigranten hebben gewoon goed werk. Afkomst is geen signaal. Let op hoe "
                    "mensen wonen, werken en betaald worden."
                ),
            },
            {
                "text": "Een uitzendbureau opent een kantoor in de gemeente.",
                "correct": False,
                "feedback": (
                    "Nee. Dat is gewone bedrijvigheid. Het wordt pas een signaal als er ook meldingen zijn over "
                    "boetes, schulden of slechte huisvesting."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-signalen-samenbrengen",
        "title": "Drie afdelingen, één patroon",
        "kind": "single",
        "scenario": (
            "<p>Burgerzaken ziet vijftien inschrijvingen op één adres. Het wijkteam hoort van een cliënt dat de "
            "huur van zijn loon gaat en dat er weinig overblijft. Handhaving zag matrassen in een loods van "
            "hetzelfde bedrijf. Niemand heeft deze informatie gedeeld.</p>"
        ),
        "prompt": "Wat is jouw rol als medewerker OOV?",
        "explanation": (
            "<p>Vaak zit het signaal al in huis, verspreid over verschillende afdelingen. OOV zorgt dat de "
            "signalen samenkomen en bij de juiste partner terechtkomen: politie, Nederlandse Arbeidsinspectie of "
            "het RIEC Midden-Nederland. Koppel daarna terug, zodat collega's blijven melden.</p>"
        ),
        "discussion_prompts": [
            "Hoe kunnen afdelingen bij ons signalen kwijt, en weten ze dat?",
            "Hoe koppel je terug zonder te veel te delen?",
        ],
        "audiences": ["oov", "sociaal-domein", "handhaving"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "documents_money"],
        "choices": [
            {
                "text": "Niets. Elke afdeling lost haar eigen deel op.",
                "correct": False,
                "feedback": (
                    "Apart zien de afdelingen een klein probleem. Samen zie je een patroon van mogelijke "
                    "uitbuiting. Breng het bij elkaar."
                ),
            },
            {
                "text": (
                    "Je brengt de signalen samen, legt ze naast elkaar en geeft ze aan de juiste partner: "
                    "politie, Arbeidsinspectie of het RIEC. Daarna koppel je terug aan de afdelingen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Dit is precies de schakelrol van OOV. Door terug te koppelen, weten collega's dat hun "
                    "signaal is aangekomen. Dan blijven ze melden."
                ),
            },
            {
                "text": "Je stuurt het bedrijf een brief dat de gemeente het in de gaten houdt.",
                "correct": False,
                "feedback": (
                    "Zo waarschuw je een mogelijke uitbuiter. Bewoners kunnen dan snel verdwijnen. Deel de "
                    "signalen eerst met de partners."
                ),
            },
            {
                "text": "Je vraagt de afdelingen om eerst bewijs te verzamelen voordat ze iets doorgeven.",
                "correct": False,
                "feedback": (
                    "Bewijs verzamelen is niet hun taak. Ze moeten juist signalen doorgeven, ook bij twijfel. "
                    "Onderzoek is aan politie en Arbeidsinspectie."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-bibob-huisvesting",
        "title": "Een vergunning voor huisvesting met een verleden",
        "kind": "single",
        "scenario": (
            "<p>Een bedrijf vraagt een vergunning aan om 120 arbeidsmigranten te huisvesten in een oud "
            "kantoorpand in Lelystad. Via het RIEC hoor je dat dezelfde directeur elders een locatie had. Daar "
            "kregen bewoners boetes en werden paspoorten ingehouden.</p>"
        ),
        "prompt": "Wat kan de gemeente doen?",
        "explanation": (
            "<p>Met de Wet Bibob kan de gemeente een vergunning weigeren of intrekken als het risico groot is dat "
            "die voor misdaad wordt gebruikt. Informatie uit het RIEC kan daarbij helpen, voor zover die gedeeld "
            "mag worden. Zo werp je een drempel op bij de stap huisvesting van het barrièremodel.</p>"
        ),
        "discussion_prompts": [
            "Wanneer zet onze gemeente een Bibob-toets in?",
            "Hoe voorkom je dat je een aanvraag weigert om de verkeerde reden?",
        ],
        "audiences": ["oov"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "documents_money"],
        "choices": [
            {
                "text": "Niets. Als het gebouw veilig is, moet je de vergunning verlenen.",
                "correct": False,
                "feedback": (
                    "De gemeente heeft meer middelen. Met een Bibob-toets kun je ook kijken naar het risico dat "
                    "de vergunning voor misdaad wordt gebruikt."
                ),
            },
            {
                "text": (
                    "De aanvraag beoordelen met een Bibob-toets en de informatie uit het RIEC gebruiken, voor "
                    "zover die gedeeld mag worden."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo neem je een zorgvuldig besluit op basis van feiten. Dat maakt het voor uitbuiters "
                    "moeilijker om de gemeente te gebruiken."
                ),
            },
            {
                "text": "De aanvraag weigeren, omdat het om arbeidsmigranten gaat.",
                "correct": False,
                "feedback": (
                    "Dat is discriminatie en houdt geen stand. Goede huisvesting voor arbeidsmigranten is juist "
                    "nodig. Het gaat om het risico bij deze aanvrager, niet om de bewoners."
                ),
            },
            {
                "text": "De directeur bellen en vragen of de verhalen kloppen.",
                "correct": False,
                "feedback": (
                    "Zo waarschuw je iemand over informatie uit het RIEC, en je gaat zelf op onderzoek uit. Volg "
                    "de formele route, zoals een Bibob-toets."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-geen-lokale-cijfers",
        "title": "Cijfers in de beleidsnota",
        "kind": "single",
        "scenario": (
            "<p>Je schrijft een beleidsnota over mensenhandel. Een raadslid wil weten hoeveel slachtoffers er in "
            "jullie gemeente zijn. ‘Zet er gewoon een getal in,’ zegt een collega.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Er zijn geen betrouwbare cijfers over het aantal slachtoffers in Flevoland. In 2019 zei de "
            "Nationaal Rapporteur al dat regionale cijfers nodig zijn. Gebruik geen zelfbedachte lokale "
            "aantallen. Gebruik wel landelijke cijfers, altijd met het jaartal erbij.</p>"
        ),
        "discussion_prompts": [
            "Hoe leg je uit dat er wel een probleem is, ook zonder lokale cijfers?",
            "Wat kan onze gemeente doen om beter zicht te krijgen?",
        ],
        "audiences": ["oov"],
        "exploitation_forms": ["sexual", "labour", "criminal"],
        "signals": ["control"],
        "choices": [
            {
                "text": "Je neemt een getal over uit een krantenbericht over een andere regio.",
                "correct": False,
                "feedback": (
                    "Dat getal zegt niets over jullie gemeente. Zo'n cijfer gaat een eigen leven leiden. Schrijf "
                    "eerlijk op wat wel en niet bekend is."
                ),
            },
            {
                "text": (
                    "Je schrijft dat er geen betrouwbare cijfers voor Flevoland zijn, en je gebruikt landelijke "
                    "cijfers met het jaartal erbij."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Dit is eerlijk en controleerbaar. Je kunt bijvoorbeeld de schatting uit 2017 noemen: "
                    "ongeveer vijf keer zo veel slachtoffers als er geregistreerd werden."
                ),
            },
            {
                "text": "Je schat het zelf, op basis van het aantal arbeidsmigranten in de gemeente.",
                "correct": False,
                "feedback": (
                    "Zo maak je een hele groep verdacht, en het getal klopt niet. Het aantal arbeidsmigranten "
                    "zegt niets over uitbuiting."
                ),
            },
            {
                "text": "Je laat het onderwerp weg, omdat er geen cijfers zijn.",
                "correct": False,
                "feedback": (
                    "Geen cijfers betekent niet geen probleem. Mensenhandel is een haaldelict. Leg uit waarom "
                    "lokale cijfers ontbreken en wat de gemeente wil doen."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-terugkoppelen",
        "title": "Handhaving wil stoppen met melden",
        "kind": "single",
        "scenario": (
            "<p>Een team van handhaving zegt: ‘We hebben drie keer signalen doorgegeven. We hebben nooit meer "
            "iets gehoord. Waarom zouden we nog melden?’</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Collega's blijven alleen melden als ze merken dat hun signaal aankomt. Laat weten dat de "
            "informatie is ontvangen en wat er in grote lijnen mee gebeurt, voor zover dat mag. Spreek een vaste "
            "manier van terugkoppelen af.</p>"
        ),
        "discussion_prompts": [
            "Wat mag je wel en niet terugkoppelen over een zaak?",
            "Hoe ziet een goede vaste terugkoppeling eruit?",
        ],
        "audiences": ["oov", "handhaving"],
        "exploitation_forms": ["sexual", "labour", "criminal"],
        "signals": ["control"],
        "choices": [
            {
                "text": "Je zegt dat terugkoppelen niet kan vanwege privacy. Ze moeten gewoon blijven melden.",
                "correct": False,
                "feedback": (
                    "Je kunt niet alle details delen. Maar je kunt wel laten weten dat het signaal is aangekomen. "
                    "Zonder terugkoppeling stoppen mensen met melden."
                ),
            },
            {
                "text": (
                    "Je laat weten dat hun signalen zijn aangekomen en wat er in grote lijnen mee gebeurt, voor "
                    "zover dat mag. Je spreekt een vaste manier van terugkoppelen af."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo weet het team dat hun werk telt. Dat houdt de signalen stromen, en dat is nodig bij "
                    "een haaldelict."
                ),
            },
            {
                "text": "Je zegt dat ze voortaan zelf de politie moeten bellen.",
                "correct": False,
                "feedback": (
                    "Dan komen signalen niet meer samen bij de gemeente. OOV kan ze dan niet naast andere "
                    "informatie leggen. Houd de eigen lijn, en zorg voor terugkoppeling."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-jongeren-dealen-in-de-wijk",
        "title": "Jonge jongens dealen in de wijk",
        "kind": "single",
        "scenario": (
            "<p>De wijkagent en een jongerenwerker in Almere zien jongens van 13 tot 15 jaar die drugs verkopen. "
            "Ze worden opgehaald door oudere mannen in auto's. De burgemeester denkt aan gebiedsverboden voor de "
            "jongens.</p>"
        ),
        "prompt": "Wat adviseer je?",
        "explanation": (
            "<p>Jongens die voor anderen drugs verkopen, kunnen slachtoffer zijn van <strong>criminele "
            "uitbuiting</strong>. Bij kinderen onder de 18 hoeft er geen dwang te zijn. Alleen straffen maakt hen "
            "vaak nog kwetsbaarder. Zorg dat signalen bij politie, Veilig Thuis en jeugdhulp komen, en richt "
            "maatregelen vooral op de volwassenen die de jongens inzetten.</p>"
        ),
        "discussion_prompts": [
            "Hoe combineer je handhaving en hulp bij jongeren die overlast geven én worden uitgebuit?",
            "Welke partners horen aan tafel bij zo'n aanpak?",
        ],
        "audiences": ["oov", "onderwijs"],
        "exploitation_forms": ["criminal"],
        "signals": ["minors", "control"],
        "choices": [
            {
                "text": "Alleen gebiedsverboden. De jongens veroorzaken overlast.",
                "correct": False,
                "feedback": (
                    "Een verbod alleen duwt de jongens naar een andere plek, en de mannen die hen inzetten gaan "
                    "door. Zie de jongens ook als mogelijke slachtoffers."
                ),
            },
            {
                "text": (
                    "Zie de jongens ook als mogelijke slachtoffers. Zorg dat signalen bij politie, Veilig Thuis "
                    "en jeugdhulp komen. Richt maatregelen vooral op de volwassenen die hen inzetten."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo pak je de uitbuiters aan en krijgen de jongens hulp. Scholen en jongerenwerk kunnen "
                    "signalen aanvullen."
                ),
            },
            {
                "text": "Niets doen tot er een melding van ouders komt.",
                "correct": False,
                "feedback": (
                    "Ouders weten vaak niets, of zijn zelf bang. Wachten laat de jongens in gevaar. Jullie zien "
                    "de signalen nu al."
                ),
            },
            {
                "text": "De namen van de jongens delen met alle scholen in de buurt, zodat iedereen oplet.",
                "correct": False,
                "feedback": (
                    "Zo maak je kinderen verdacht en schend je hun privacy. Deel informatie alleen met wie het "
                    "nodig heeft, via de afgesproken routes."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-sluiting-plan-voor-bewoners",
        "title": "Sluiting van een woonlocatie: wat met de bewoners?",
        "kind": "single",
        "scenario": (
            "<p>De burgemeester gaat een pand sluiten waar dertig arbeidsmigranten onder slechte omstandigheden "
            "wonen. Er zijn signalen van uitbuiting. De sluiting is goed onderbouwd. Een collega vraagt: ‘En waar "
            "gaan de bewoners heen?’</p>"
        ),
        "prompt": "Wat regel je?",
        "explanation": (
            "<p>Een sluiting raakt de mensen die er wonen. Zij zijn misschien slachtoffer. Zonder plan voor "
            "opvang en hulp verdwijnen ze uit beeld, en gaat de uitbuiting ergens anders door. Maak het plan vóór "
            "de sluiting, samen met de zorgcoördinator mensenhandel en partners.</p>"
        ),
        "discussion_prompts": [
            "Wie moet er bij ons aan tafel zitten als er een pand met bewoners dichtgaat?",
            "Hoe informeer je bewoners in een taal die ze begrijpen?",
        ],
        "audiences": ["oov", "handhaving"],
        "exploitation_forms": ["labour"],
        "signals": ["housing"],
        "choices": [
            {
                "text": "Alleen de sluiting. Waar de bewoners heen gaan, is hun eigen zaak.",
                "correct": False,
                "feedback": (
                    "Zo verlies je de bewoners uit het oog. De uitbuiter brengt ze ergens anders onder. Maak een "
                    "plan voor opvang en hulp."
                ),
            },
            {
                "text": (
                    "Vóór de sluiting maak je met de zorgcoördinator mensenhandel, het sociaal domein en partners "
                    "een plan: opvang, tolken en informatie over hulp."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo kunnen mogelijke slachtoffers op het moment van de sluiting worden gezien en "
                    "geholpen. Een tolk helpt hen te begrijpen wat er gebeurt."
                ),
            },
            {
                "text": "Je laat de werkgever weten dat hij zelf nieuwe huisvesting moet regelen.",
                "correct": False,
                "feedback": (
                    "Als de werkgever misschien de uitbuiter is, blijven de bewoners zo van hem afhankelijk. Zorg "
                    "voor een onafhankelijk plan."
                ),
            },
        ],
        "path": [],
    },
    # -----------------------------------------------------------------------
    # Zorg
    # -----------------------------------------------------------------------
    {
        "slug": "zorg-brandwond-baas-pad",
        "title": "Beslispad: Karol en zijn ‘behulpzame’ baas",
        "kind": "path",
        "scenario": (
            "<p>Een man brengt Karol naar de huisartsenpraktijk in Dronten. Karol heeft een brandwond op zijn "
            "arm. De man zegt dat hij de baas is. ‘Hij heeft gewoon niet opgelet,’ zegt hij. Hij wil bij het "
            "gesprek blijven om te vertalen. Als de assistent om een ID-bewijs vraagt, haalt de baas Karols "
            "paspoort uit zijn eigen jaszak.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Een werkgever die voor de patiënt praat, erbij wil blijven en zijn paspoort heeft, en een wond "
            "door werk: dit zijn signalen van mogelijke <strong>arbeidsuitbuiting</strong>. Vraag of je de "
            "patiënt alleen mag spreken. Gebruik een professionele tolk. Vraag naar paspoort, loon en wonen. "
            "Schrijf op en overleg met het Meld- en Adviespunt Mensenhandel Flevoland.</p>"
        ),
        "discussion_prompts": [
            "Welke reden geef jij om een begeleider buiten de spreekkamer te laten wachten?",
            "Hoe regel je in onze praktijk snel een telefoontolk?",
        ],
        "audiences": ["zorg"],
        "exploitation_forms": ["labour"],
        "signals": ["control", "documents_money", "workplace", "person"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": "<p>Karol zit stil naast zijn baas. Hij kijkt naar de grond.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je vraagt Karol, waar zijn baas bij is, of hij zijn paspoort zelf mag houden.",
                        "feedback": (
                            "Waar de baas bij is, kan Karol niet eerlijk antwoorden. En de baas weet dan wat je "
                            "denkt. Stel zulke vragen alleen als je Karol apart spreekt."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Karol zegt dat alles goed is. Zijn baas neemt hem snel mee, en hij komt niet meer "
                            "terug. Vraag nooit naar uitbuiting waar de mogelijke uitbuiter bij is."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt vriendelijk dat je de wond gaat onderzoeken en dat dit privé is. Je vraagt "
                            "de baas in de wachtkamer te wachten en belt een tolk via de telefoon."
                        ),
                        "feedback": (
                            "Goed. Een medische reden is gewoon en valt niet op. Met een professionele tolk kan "
                            "Karol vrij praten."
                        ),
                        "next_step": "alleen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je behandelt de wond terwijl de baas vertaalt, en laat het daarbij.",
                        "feedback": (
                            "De wond is verzorgd, maar je hebt de signalen laten liggen. Door de baas te laten "
                            "tolken, hoor je alleen zijn verhaal."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Karol krijgt goede zorg voor zijn arm, maar geen kans om te vertellen hoe hij werkt "
                            "en woont. Zorg voor een moment alleen, met een onafhankelijke tolk."
                        ),
                    },
                ],
            },
            {
                "key": "alleen",
                "scenario": (
                    "<p>Met de tolk vertelt Karol dat hij dertien uur per dag werkt, zonder handschoenen. Hij "
                    "slaapt in een container op het terrein. De baas bewaart zijn paspoort, ‘zodat hij niet "
                    "wegloopt’. Hij heeft nog een schuld voor de reis.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je schrijft op wat Karol vertelt en wat je zag. Je geeft hem ongemerkt een nummer "
                            "voor hulp mee en overlegt met het Meld- en Adviespunt Mensenhandel Flevoland."
                        ),
                        "feedback": (
                            "Goed. Je legt feiten vast, geeft Karol een uitweg en haalt deskundig advies. Je "
                            "hoeft het niet alleen op te lossen."
                        ),
                        "next_step": "terug",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je zegt tegen Karol dat hij meteen aangifte moet doen bij de politie.",
                        "feedback": (
                            "Informatie over aangifte is nuttig. Maar Karol is misschien bang of nog niet klaar. "
                            "Druk zetten werkt vaak niet. Overleg eerst over een veilige route."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je nam Karol serieus, maar legde alles bij hem. Veel slachtoffers zijn nog niet "
                            "klaar voor een aangifte. Schrijf op, geef een uitweg mee en overleg met het Meld- en "
                            "Adviespunt."
                        ),
                    },
                    {
                        "text": (
                            "Je loopt naar de wachtkamer en zegt tegen de baas dat hij het paspoort moet teruggeven."
                        ),
                        "feedback": (
                            "Zo confronteer je een mogelijke uitbuiter. Karol kan daarna straf krijgen of worden "
                            "weggestuurd. Laat dit over aan de politie of de Arbeidsinspectie, na overleg."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De baas weet nu dat Karol heeft gepraat. Dat kan gevaarlijk zijn voor Karol. Spreek "
                            "een mogelijke uitbuiter nooit aan op je vermoeden."
                        ),
                    },
                ],
            },
            {
                "key": "terug",
                "scenario": ("<p>Als Karol weggaat, vraagt de baas aan de balie: ‘Wat heeft hij allemaal gezegd?’</p>"),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je zegt dat je door je beroepsgeheim alleen met de patiënt over de behandeling "
                            "praat. Je plant een controleafspraak voor de wond."
                        ),
                        "feedback": (
                            "Goed. Je beschermt Karol en je houdt contact. Bij de controle kun je hem weer alleen "
                            "spreken."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je sprak Karol alleen met een professionele tolk, schreef de feiten op, gaf hem een "
                            "uitweg, overlegde en hield de baas buiten. Met de controleafspraak houd je een deur "
                            "open."
                        ),
                    },
                    {
                        "text": "Je vertelt de baas eerlijk dat je je zorgen maakt over de werkomstandigheden.",
                        "feedback": (
                            "Eerlijk bedoeld, maar gevaarlijk. De baas weet nu dat Karol heeft gepraat. Bescherm "
                            "je patiënt met je beroepsgeheim."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Door je zorgen met de baas te delen, heb je Karol in gevaar gebracht. Deel je zorgen "
                            "met het Meld- en Adviespunt, nooit met de mogelijke uitbuiter."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "zorg-derde-soa-test-pad",
        "title": "Beslispad: de derde soa-test van Jasmijn",
        "kind": "path",
        "scenario": (
            "<p>Jasmijn is 19 jaar. Ze komt bij de GGD in Almere voor haar derde soa-test dit jaar. Er komt een "
            "man mee. Hij betaalt en geeft antwoord als jij Jasmijn iets vraagt. Op haar pols zie je een tatoeage "
            "met zijn naam.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Vaak testen is op zich verstandig. Het gaat om de combinatie: een man die voor haar praat en "
            "betaalt, en een tatoeage met zijn naam. Samen kunnen dat signalen zijn van <strong>seksuele "
            "uitbuiting</strong>. Vraag niets over dwang waar hij bij is. Zoek een moment alleen, stel open "
            "vragen en geef ongemerkt de gegevens van Chat met Fier en Veilig Thuis mee. Schrijf op en "
            "overleg.</p>"
        ),
        "discussion_prompts": [
            "Hoe maak je in ons spreekuur een moment alleen, zonder dat het opvalt?",
            "Hoe geef je ongemerkt contactgegevens mee?",
        ],
        "audiences": ["zorg"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual", "person", "control"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": "<p>De man zit naast Jasmijn in de spreekkamer. Hij heeft de rekening al betaald.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je vraagt Jasmijn, waar hij bij is: ‘Word je gedwongen om seks te hebben?’",
                        "feedback": (
                            "Waar hij bij is, kan Jasmijn niet eerlijk antwoorden. Zo'n vraag kan haar zelfs in "
                            "gevaar brengen. Wacht tot je haar alleen spreekt."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Jasmijn zegt ‘nee’ en kijkt naar de man. Hij neemt haar snel mee. Misschien komt ze "
                            "niet meer terug. Stel zulke vragen nooit waar een mogelijke uitbuiter bij is."
                        ),
                    },
                    {
                        "text": "Je zegt dat het onderzoek privé is, en vraagt de man in de wachtkamer te wachten.",
                        "feedback": (
                            "Goed. Een onderzoek is een gewone reden om iemand alleen te zien. Zo kan Jasmijn "
                            "vrijer praten."
                        ),
                        "next_step": "alleen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je doet de test, geeft de man de uitslag mee en laat het verder rusten.",
                        "feedback": (
                            "De test is gedaan, maar de signalen blijven liggen. En de uitslag gaat naar de man, "
                            "niet naar Jasmijn. Zorg dat zij zelf haar gegevens krijgt, en zoek een moment "
                            "alleen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Jasmijn kreeg zorg, maar geen kans om te praten. En de man houdt ook haar medische "
                            "informatie in handen. Zorg voor een moment alleen en schrijf op wat je zag."
                        ),
                    },
                ],
            },
            {
                "key": "alleen",
                "scenario": (
                    "<p>Alleen met jou zegt Jasmijn dat het goed gaat. Haar vriend ‘regelt alles’. Soms moet ze "
                    "hem ‘helpen met geld’. Verder wil ze er niet over praten.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je blijft rustig en dringt niet aan. Je geeft haar ongemerkt de gegevens van Chat "
                            "met Fier en Veilig Thuis, en zegt dat ze altijd terug mag komen."
                        ),
                        "feedback": (
                            "Goed. Jasmijn bepaalt het tempo. Ze weet nu waar ze terecht kan, ook anoniem. Dat "
                            "kan later het verschil maken."
                        ),
                        "next_step": "na",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je zegt dat haar vriend een pooierboy is en dat ze bij hem weg moet.",
                        "feedback": (
                            "Goed bedoeld. Maar veel slachtoffers zijn verliefd en zien zichzelf niet zo. Jasmijn "
                            "gaat hem dan verdedigen en sluit zich af."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je zag het gevaar, maar je oordeel kwam te snel. Jasmijn vertelt niets meer. Geduld, "
                            "een open deur en contactgegevens werken beter."
                        ),
                    },
                    {
                        "text": "Je laat het rusten. Ze zegt zelf dat het goed gaat.",
                        "feedback": (
                            "Slachtoffers zeggen vaak dat het goed gaat. Uit angst, schaamte of liefde. Geef haar "
                            "toch een uitweg mee en schrijf op wat je zag."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Jasmijn gaat weg zonder te weten waar ze terecht kan. Ook als iemand niets wil "
                            "vertellen, kun je een deur openzetten."
                        ),
                    },
                ],
            },
            {
                "key": "na",
                "scenario": "<p>Het consult is voorbij. Je moet het dossier invullen.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je schrijft op wat je zag en hoorde, en overlegt met een collega en het Meld- en "
                            "Adviespunt Mensenhandel Flevoland."
                        ),
                        "feedback": (
                            "Goed. Je legt de signalen vast en haalt deskundig advies. Zo kan er een plan komen "
                            "voor een volgend bezoek."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je sprak Jasmijn alleen, drong niet aan, gaf haar ongemerkt hulpgegevens mee, "
                            "schreef de feiten op en overlegde. Zo doe je wat je kunt, zonder haar in gevaar te "
                            "brengen."
                        ),
                    },
                    {
                        "text": "Je schrijft alleen de testuitslag op. Je zorgen horen niet in het dossier.",
                        "feedback": (
                            "Wat je zag, zijn feiten: de man betaalde en gaf antwoord, en ze heeft een tatoeage "
                            "met zijn naam. Die horen wel in het dossier. Je eigen indruk zet je er apart bij."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je gaf Jasmijn een uitweg, maar de signalen zijn nergens vastgelegd. Bij een volgend "
                            "bezoek weet een collega van niets. Schrijf feiten op en overleg."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "zorg-seksuele-gezondheid-signalen",
        "title": "Signalen: consult seksuele gezondheid",
        "kind": "multiple",
        "scenario": (
            "<p>Je werkt bij het team seksuele gezondheid van de GGD. Je spreekt veel mensen die in de "
            "seksbranche werken. De meesten kiezen daar zelf voor. Maar soms zie je iets wat je zorgen baart.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke seksuele uitbuiting?",
        "explanation": (
            "<p>Sekswerk is op zich geen signaal, en vaak testen is verstandig. Let op dwang en controle: iemand "
            "die voor de ander praat en betaalt, een tatoeage die ‘eigendom’ aangeeft, en werk dat steeds van "
            "plek wisselt. Eén signaal zegt weinig. Let op wat er samen gebeurt.</p>"
        ),
        "discussion_prompts": [
            "Hoe voorkom je dat je sekswerkers als groep verdacht maakt?",
            "Welke open vragen stel je over werk en geld?",
        ],
        "audiences": ["zorg"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual", "person", "control"],
        "choices": [
            {
                "text": "Een ander betaalt, geeft antwoord en wil in de spreekkamer blijven.",
                "correct": True,
                "feedback": (
                    "Ja. Dit is een signaal van controle. Vraag of je de persoon even alleen mag spreken, "
                    "bijvoorbeeld voor het onderzoek."
                ),
            },
            {
                "text": "Een tatoeage met de naam of het teken van een ander.",
                "correct": True,
                "feedback": (
                    "Ja. Zo'n tatoeage kan ‘eigendom’ aangeven. Samen met andere signalen is dit een reden om "
                    "door te vragen en te overleggen."
                ),
            },
            {
                "text": "Ze werkt steeds op andere plekken, zoals hotels en privéadressen.",
                "correct": True,
                "feedback": (
                    "Ja. Steeds wisselen van plek maakt iemand moeilijk te vinden en afhankelijk van een ander. "
                    "Vraag wie de plekken regelt."
                ),
            },
            {
                "text": "Ze laat zich regelmatig testen op soa.",
                "correct": False,
                "feedback": (
                    "Nee, niet op zich. Regelmatig testen is verstandig. Het wordt pas een signaal als een ander "
                    "alles regelt en voor haar praat."
                ),
            },
            {
                "text": "Ze werkt als sekswerker.",
                "correct": False,
                "feedback": (
                    "Nee. Veel sekswerkers kiezen zelf voor dit werk. Sekswerk is geen signaal. Let op dwang: wie "
                    "beslist over klanten, geld en tijden?"
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "zorg-spreekkamer-signalen",
        "title": "Signalen: Elena bij de huisarts",
        "kind": "multiple",
        "scenario": (
            "<p>Elena werkt als schoonmaker in hotels. Ze komt bij de huisarts met een ontstoken wond aan haar "
            "hand. Ze heeft er al weken last van. Tijdens het consult let je op wat ze vertelt en hoe ze zich "
            "gedraagt.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke arbeidsuitbuiting?",
        "explanation": (
            "<p>In de zorg zie je sporen van uitbuiting in het lichaam en in het gedrag. Let op letsel met een "
            "vaag verhaal, laat komen en geen verzekering, terwijl iemand wel werkt. Om een tolk vragen of gewone "
            "klachten zijn geen signaal.</p>"
        ),
        "discussion_prompts": [
            "Welke vragen stel je als een verhaal niet past bij wat je ziet?",
            "Wat doe je als iemand geen zorgverzekering heeft?",
        ],
        "audiences": ["zorg"],
        "exploitation_forms": ["labour"],
        "signals": ["person", "documents_money", "workplace"],
        "choices": [
            {
                "text": "Ze vertelt steeds iets anders over hoe de wond is ontstaan.",
                "correct": True,
                "feedback": (
                    "Ja. Letsel met een vaag of wisselend verhaal is een signaal. Schrijf op wat ze zegt en wat "
                    "je ziet."
                ),
            },
            {
                "text": "Ze komt pas na weken, met een ernstige ontsteking.",
                "correct": True,
                "feedback": (
                    "Ja. Slachtoffers komen vaak laat: ze mogen niet weg van het werk of hebben geen geld. Vraag "
                    "rustig waarom ze niet eerder kwam."
                ),
            },
            {
                "text": "Ze heeft geen zorgverzekering, terwijl ze zegt dat ze fulltime werkt.",
                "correct": True,
                "feedback": (
                    "Ja. Werken zonder verzekering kan wijzen op werk zonder contract of zwart werk. Vraag open "
                    "naar haar werk en haar contract."
                ),
            },
            {
                "text": "Ze vraagt om een tolk.",
                "correct": False,
                "feedback": (
                    "Nee. Om een tolk vragen is verstandig en normaal. Regel een professionele tolk. Dan kan ze "
                    "ook vrij praten."
                ),
            },
            {
                "text": "Ze heeft af en toe rugpijn.",
                "correct": False,
                "feedback": (
                    "Nee, niet op zich. Rugpijn is een gewone klacht, zeker bij zwaar werk. Let op het hele plaatje."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "zorg-sekswerker-zonder-signalen",
        "title": "Monique kiest zelf voor sekswerk",
        "kind": "single",
        "scenario": (
            "<p>Monique is 34 jaar en werkt als zelfstandig sekswerker. Ze komt bij de GGD voor een controle. Ze "
            "kiest zelf haar klanten, beheert haar eigen geld en praat open over haar werk. Een collega zegt: ‘We "
            "moeten haar aanmelden bij het Meld- en Adviespunt. Sekswerk is altijd uitbuiting.’</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Niet elke sekswerker is slachtoffer. Veel sekswerkers kiezen zelf voor dit werk. Bij Monique zie "
            "je geen signalen van dwang. Geef goede zorg zonder oordeel. Blijf wel alert, zoals bij elke patiënt. "
            "Laat haar weten waar ze terecht kan als er iets verandert.</p>"
        ),
        "discussion_prompts": [
            "Hoe voorkom je dat vooroordelen over sekswerk je blik kleuren?",
            "Welke signalen zouden je wel aan het denken zetten?",
        ],
        "audiences": ["zorg", "handhaving"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual"],
        "choices": [
            {
                "text": "Je collega heeft gelijk. Elke sekswerker is een slachtoffer.",
                "correct": False,
                "feedback": (
                    "Nee. Dat klopt niet, en het schaadt het vertrouwen van sekswerkers in de zorg. Kijk naar "
                    "signalen van dwang, niet naar het beroep."
                ),
            },
            {
                "text": (
                    "Je ziet geen signalen van dwang. Je geeft goede zorg en blijft alert, zoals bij elke "
                    "patiënt. Je vertelt Monique waar ze terecht kan als er ooit iets verandert."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo behandel je Monique met respect. Door goede zorg blijft ze komen. Dan kun je ook "
                    "later signalen zien, als die er komen."
                ),
            },
            {
                "text": "Je vraagt haar om te bewijzen dat ze vrijwillig werkt.",
                "correct": False,
                "feedback": (
                    "Dat is niet aan haar. Zo'n vraag voelt als een beschuldiging en schaadt het vertrouwen. "
                    "Luister naar haar verhaal en let op signalen."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "zorg-geen-verblijfspapieren",
        "title": "Bang om uitgezet te worden",
        "kind": "single",
        "scenario": (
            "<p>Een patiënt, Samuel, heeft geen geldige verblijfspapieren. Hij werkt in een kas, zonder contract, "
            "en slaapt op het terrein. Zijn werkgever houdt zijn loon in ‘voor de schuld’. Samuel is bang: ‘Als "
            "ik iets zeg, word ik het land uit gezet.’</p>"
        ),
        "prompt": "Wat kun je hem vertellen?",
        "explanation": (
            "<p>Ook zonder verblijfspapieren is er hulp. Bij een vermoeden van mensenhandel kan de politie of de "
            "Koninklijke Marechaussee bedenktijd aanbieden: maximaal 3 maanden om na te denken over een aangifte. "
            "In die tijd is er opvang en hoeft de persoon Nederland niet uit. Overleg met het Meld- en Adviespunt "
            "wie hem verder helpt.</p>"
        ),
        "discussion_prompts": [
            "Wat weet jij over hulp voor mensen zonder verblijfspapieren?",
            "Hoe leg je dit eenvoudig uit, met een tolk?",
        ],
        "audiences": ["zorg", "sociaal-domein"],
        "exploitation_forms": ["labour"],
        "signals": ["documents_money", "housing", "workplace"],
        "choices": [
            {
                "text": "Dat de politie hem meteen uitzet als hij iets zegt.",
                "correct": False,
                "feedback": (
                    "Dat klopt niet. Slachtoffers van mensenhandel kunnen bedenktijd krijgen, met opvang. Deze "
                    "angst houdt veel slachtoffers stil. Neem die angst weg met juiste informatie."
                ),
            },
            {
                "text": (
                    "Dat er hulp is, ook zonder papieren. Slachtoffers kunnen bedenktijd krijgen: maximaal 3 "
                    "maanden, met opvang. Je overlegt met het Meld- en Adviespunt wie hem verder helpt."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo neem je een grote angst weg. Hij hoeft niet meteen te beslissen. Het Meld- en "
                    "Adviespunt of de zorgcoördinator mensenhandel weet hoe het verder gaat."
                ),
            },
            {
                "text": "Dat je hem niet kunt helpen, omdat hij geen verblijfspapieren heeft.",
                "correct": False,
                "feedback": (
                    "Iemand zonder papieren heeft ook zorg nodig en kan slachtoffer zijn. Zoek binnen je "
                    "organisatie uit hoe je de zorg regelt, en overleg over de signalen."
                ),
            },
            {
                "text": "Dat hij eerst aangifte moet doen, anders krijgt hij geen hulp.",
                "correct": False,
                "feedback": (
                    "Nee. De bedenktijd is er juist om na te denken over een aangifte. Hulp begint niet pas bij "
                    "een aangifte. Druk zetten maakt hem banger."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "zorg-jong-meisje-oudere-vriend",
        "title": "Noa (15) en haar vriend van 24",
        "kind": "single",
        "scenario": (
            "<p>Noa is 15 jaar. Ze komt bij de jeugdverpleegkundige van de GGD voor een vraag over anticonceptie. "
            "Haar vriend is 24. Hij brengt haar met de auto en wacht buiten. Noa heeft veel geld bij zich en een "
            "nieuwe telefoon. Ze is erg moe en spijbelt vaak, zegt ze.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Een veel oudere vriend die haar brengt, geld zonder uitleg, moeheid en spijbelen: samen kunnen "
            "dat signalen zijn van <strong>seksuele uitbuiting</strong>. Bij een minderjarige hoeft er geen dwang "
            "te zijn om van mensenhandel te spreken. Volg de meldcode: breng de signalen in kaart, overleg met de "
            "aandachtsfunctionaris en vraag advies aan Veilig Thuis.</p>"
        ),
        "discussion_prompts": [
            "Hoe praat je met een jongere over een ‘vriend’ zonder haar af te stoten?",
            "Wanneer is het veilig om ouders te betrekken, en wanneer niet?",
        ],
        "audiences": ["zorg", "onderwijs"],
        "exploitation_forms": ["sexual"],
        "signals": ["minors", "person"],
        "choices": [
            {
                "text": "Je helpt haar met de anticonceptie en stelt verder geen vragen. Ze is oud genoeg.",
                "correct": False,
                "feedback": (
                    "Anticonceptie kan goede zorg zijn. Maar de signalen samen vragen om meer aandacht. Noa is "
                    "een kind. Volg de meldcode."
                ),
            },
            {
                "text": (
                    "Je volgt de meldcode: je brengt de signalen in kaart, overlegt met de aandachtsfunctionaris "
                    "en vraagt advies aan Veilig Thuis."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo werk je zorgvuldig en sta je er niet alleen voor. Bij een minderjarige hoeft er geen "
                    "dwang te zijn: een kind is altijd kwetsbaar."
                ),
            },
            {
                "text": "Je loopt naar buiten en zegt tegen de vriend dat hij te oud voor haar is.",
                "correct": False,
                "feedback": (
                    "Spreek een mogelijke uitbuiter nooit zelf aan. Hij kan Noa daarna onder druk zetten of "
                    "weghouden van de zorg."
                ),
            },
            {
                "text": "Je belt meteen haar ouders, zonder eerst te overleggen.",
                "correct": False,
                "feedback": (
                    "Ouders betrekken hoort bij de meldcode, maar niet als dat onveilig is. Je weet nog niet hoe "
                    "het thuis is. Overleg eerst, bijvoorbeeld met Veilig Thuis."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "zorg-verslaving-en-schuld",
        "title": "Ruud moet pakketjes rijden voor zijn dealer",
        "kind": "single",
        "scenario": (
            "<p>Ruud is 31 jaar en krijgt hulp bij de verslavingszorg. Hij vertelt dat hij een schuld heeft bij "
            "zijn dealer. Die laat hem nu ‘pakketjes rondbrengen’ om de schuld af te betalen. Ruud heeft een "
            "tweede telefoon die steeds gaat. Hij is bang.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Een schuld die moet worden ‘afgewerkt’ door misdrijven te plegen, kan wijzen op <strong>criminele "
            "uitbuiting</strong>. Mensen met een verslaving lopen extra risico. Zie Ruud niet alleen als iemand "
            "die terugvalt of iets fout doet. Schrijf de signalen op, bespreek zijn veiligheid en overleg met de "
            "zorgcoördinator mensenhandel of het Meld- en Adviespunt.</p>"
        ),
        "discussion_prompts": [
            "Hoe herken je in de verslavingszorg het verschil tussen gebruik en uitbuiting?",
            "Wat bespreek je met een cliënt over zijn veiligheid?",
        ],
        "audiences": ["zorg", "sociaal-domein"],
        "exploitation_forms": ["criminal"],
        "signals": ["documents_money", "control", "person"],
        "choices": [
            {
                "text": "Je ziet het als een terugval en past alleen zijn behandelplan aan.",
                "correct": False,
                "feedback": (
                    "Zijn gebruik is belangrijk. Maar er speelt meer: een schuld en misdrijven onder druk. Dat "
                    "kan uitbuiting zijn. Kijk verder en overleg."
                ),
            },
            {
                "text": (
                    "Je schrijft de signalen op, bespreekt zijn veiligheid met hem en overlegt met de "
                    "zorgcoördinator mensenhandel of het Meld- en Adviespunt."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Je ziet Ruud als mogelijk slachtoffer en zorgt voor deskundig advies. Is er acuut "
                    "gevaar? Bel dan 112."
                ),
            },
            {
                "text": "Je zegt dat hij strafbaar is en dat je aangifte tegen hem gaat doen.",
                "correct": False,
                "feedback": (
                    "Zo raak je zijn vertrouwen kwijt, en hij blijft alleen met zijn schuld. Hij is misschien ook "
                    "slachtoffer. Overleg eerst over hulp en veiligheid."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "zorg-letsel-op-de-huisartsenpost",
        "title": "Daniela op de huisartsenpost",
        "kind": "single",
        "scenario": (
            "<p>Het is 's nachts op de huisartsenpost. Daniela is 22 jaar en heeft blauwe plekken op haar armen "
            "en rug. ‘Ik ben gevallen,’ zegt ze. Haar ‘vriend’ is mee. Hij heeft haar ID-bewijs en praat steeds "
            "voor haar. Voor ze iets zegt, kijkt ze naar hem.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Letsel dat niet past bij het verhaal, iemand die het ID-bewijs heeft en steeds voor haar praat: "
            "dit kan wijzen op geweld en controle, misschien op <strong>seksuele uitbuiting</strong>. Zorg voor "
            "een moment alleen, bijvoorbeeld voor het lichamelijk onderzoek. Stel open vragen, leg vast en "
            "overleg. Bij acuut gevaar bel je 112.</p>"
        ),
        "discussion_prompts": [
            "Hoe maak je op een drukke post toch een moment alleen met een patiënt?",
            "Wat noteer je over letsel dat niet bij het verhaal past?",
        ],
        "audiences": ["zorg"],
        "exploitation_forms": ["sexual"],
        "signals": ["person", "control", "documents_money"],
        "choices": [
            {
                "text": "Je behandelt de blauwe plekken en gelooft het verhaal. Vallen gebeurt.",
                "correct": False,
                "feedback": (
                    "Misschien klopt het. Maar de plekken en de controle door de vriend passen niet bij een "
                    "simpele val. Schrijf op wat je ziet en zoek een moment alleen."
                ),
            },
            {
                "text": (
                    "Je zegt dat je haar alleen onderzoekt. Dan vraag je open hoe het met haar gaat, je legt het "
                    "letsel vast en overlegt met een collega en het Meld- en Adviespunt."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Een onderzoek is een gewone reden om iemand alleen te zien. Daarna kun je samen met "
                    "anderen bepalen wat er nodig is."
                ),
            },
            {
                "text": "Je vraagt de vriend, waar Daniela bij is, waarom hij haar ID-bewijs heeft.",
                "correct": False,
                "feedback": (
                    "Zo confronteer je een mogelijke uitbuiter. Daniela kan daar later last van krijgen. Stel "
                    "vragen aan haar, alleen en veilig."
                ),
            },
            {
                "text": "Je geeft haar waar hij bij is een folder over huiselijk geweld.",
                "correct": False,
                "feedback": (
                    "Goed bedoeld, maar de vriend ziet het. Dat kan gevaarlijk voor haar zijn. Geef informatie "
                    "ongemerkt mee als je haar alleen spreekt."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "zorg-wijkverpleging-signalen",
        "title": "Signalen: een inwonende hulp bij een cliënt thuis",
        "kind": "multiple",
        "scenario": (
            "<p>Je bent wijkverpleegkundige in Almere. Je komt elke week bij mevrouw Bakker voor wondzorg. In "
            "huis woont ook Grace, een jonge vrouw uit het buitenland. Zij zorgt voor mevrouw Bakker en doet het "
            "huishouden. De zoon van mevrouw Bakker regelt alles.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke uitbuiting in de huishouding?",
        "explanation": (
            "<p>Uitbuiting in de huishouding is een vorm van arbeidsuitbuiting. Het gebeurt achter de voordeur, "
            "en daardoor ziet bijna niemand het. Een zorgverlener die thuis komt, kan het wel zien. Let op werk "
            "zonder rust, geen eigen plek, een ingehouden paspoort en niet vrij naar buiten mogen. Spreek de "
            "familie er niet op aan. Schrijf op wat je zag en overleg met het Meld- en Adviespunt Mensenhandel "
            "Flevoland.</p>"
        ),
        "discussion_prompts": [
            "Wat zie jij bij cliënten thuis dat anderen niet zien?",
            "Hoe kun je een inwonende hulp even alleen spreken zonder dat het opvalt?",
        ],
        "audiences": ["zorg"],
        "exploitation_forms": ["labour"],
        "signals": ["workplace", "housing", "control", "documents_money"],
        "choices": [
            {
                "text": "Grace werkt dag en nacht en heeft nooit een vrije dag.",
                "correct": True,
                "feedback": (
                    "Ja. Heel lange dagen zonder rust zijn een signaal. Vraag open, als je haar alleen spreekt, "
                    "hoe een gewone dag eruitziet."
                ),
            },
            {
                "text": "Ze slaapt op een matras in de bijkeuken.",
                "correct": True,
                "feedback": "Ja. Geen eigen kamer, en slapen waar ze werkt, is een signaal. Schrijf op wat je zag.",
            },
            {
                "text": "De zoon bewaart haar paspoort ‘zodat het niet kwijtraakt’.",
                "correct": True,
                "feedback": (
                    "Ja. Als een ander je paspoort heeft, kun je niet zomaar weg. Dit is een belangrijk signaal."
                ),
            },
            {
                "text": "Ze mag alleen naar buiten als de zoon erbij is.",
                "correct": True,
                "feedback": (
                    "Ja. Niet vrij kunnen gaan en staan is een sterk signaal van controle. Overleg hierover met "
                    "het Meld- en Adviespunt."
                ),
            },
            {
                "text": "Ze spreekt weinig Nederlands.",
                "correct": False,
                "feedback": (
                    "Nee. Weinig Nederlands spreken is geen signaal. Het kan iemand wel afhankelijker maken. "
                    "Regel een professionele tolk als je haar spreekt."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "zorg-jongen-met-wond-signalen",
        "title": "Signalen: Luca (16) bij de huisarts",
        "kind": "multiple",
        "scenario": (
            "<p>Luca is 16 jaar. Hij komt bij de huisarts met een wond aan zijn hand. ‘Een ongelukje bij het "
            "koken,’ zegt hij. Zijn moeder is mee. Zij vertelt dat Luca de laatste maanden erg veranderd is.</p>"
        ),
        "prompt": "Welke van deze kunnen signalen zijn van criminele uitbuiting?",
        "explanation": (
            "<p>Bij jongeren kan criminele uitbuiting zichtbaar worden in de spreekkamer: letsel met een vaag "
            "verhaal, angst, meer middelengebruik, en dure spullen of telefoons zonder uitleg. Eén signaal zegt "
            "weinig, maar samen vragen ze om aandacht. Spreek Luca ook even alleen. Volg de meldcode en vraag "
            "advies aan Veilig Thuis.</p>"
        ),
        "discussion_prompts": [
            "Hoe spreek je een jongere alleen als een ouder meekomt?",
            "Welke open vragen stel je aan een jongere over zijn vrije tijd?",
        ],
        "audiences": ["zorg"],
        "exploitation_forms": ["criminal"],
        "signals": ["minors", "person", "control"],
        "choices": [
            {
                "text": "Zijn verhaal over de wond blijft vaag en past niet goed bij wat je ziet.",
                "correct": True,
                "feedback": ("Ja. Letsel met een vaag verhaal is een signaal. Schrijf op wat hij zegt en wat je ziet."),
            },
            {
                "text": "Hij heeft twee telefoons en kijkt er steeds gespannen op.",
                "correct": True,
                "feedback": (
                    "Ja. Meer dan één telefoon en altijd bereikbaar moeten zijn, passen bij criminele werving."
                ),
            },
            {
                "text": "Hij blowt sinds kort veel meer, en is 's nachts vaak weg.",
                "correct": True,
                "feedback": (
                    "Ja. Nieuw of meer gebruik van middelen en 's nachts op pad zijn, zijn signalen. Soms geven "
                    "uitbuiters drugs om jongeren aan zich te binden."
                ),
            },
            {
                "text": "Hij wil liever dat zijn moeder even op de gang wacht.",
                "correct": False,
                "feedback": (
                    "Nee. Dat is heel gewoon voor een jongere van 16. Het is juist een goede kans om hem alleen "
                    "te spreken."
                ),
            },
            {
                "text": "Hij zit in de examenklas en heeft het druk met school.",
                "correct": False,
                "feedback": (
                    "Nee. Drukte met school is geen signaal. Let op veranderingen die je niet kunt verklaren."
                ),
            },
        ],
        "path": [],
    },
    # -----------------------------------------------------------------------
    # Onderwijs
    # -----------------------------------------------------------------------
    {
        "slug": "ow-vriend-bij-het-hek-pad",
        "title": "Beslispad: Jade en de man bij het hek",
        "kind": "path",
        "scenario": (
            "<p>Jade is 14 jaar en zit in de tweede klas van een school in Dronten. Jij bent haar mentor. Sinds "
            "een paar weken heeft ze een nieuwe telefoon en een dure tas. Ze spijbelt 's middags steeds vaker en "
            "is 's ochtends doodmoe. Een paar keer staat er een man van een jaar of 22 bij het hek op haar te "
            "wachten.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Dure spullen zonder uitleg, spijbelen, moeheid en een veel oudere ‘vriend’ die haar bij school "
            "opwacht: samen zijn dat signalen van mogelijke <strong>seksuele uitbuiting</strong> door een "
            "loverboy (pooierboy). Spreek de man niet aan en waarschuw de klas niet. Wacht ook niet tot Jade het "
            "zelf vertelt. Schrijf de feiten op, ga naar de aandachtsfunctionaris, start de meldcode en vraag "
            "advies aan Veilig Thuis.</p>"
        ),
        "discussion_prompts": [
            "Wie is bij ons de aandachtsfunctionaris, en hoe bereik je die snel?",
            "Hoe blijf je in contact met een leerling die haar ‘vriend’ verdedigt?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["sexual"],
        "signals": ["minors", "person"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": "<p>Vandaag staat de man weer bij het hek. Jade loopt snel naar hem toe.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je loopt naar de man en zegt dat hij weg moet blijven bij Jade.",
                        "feedback": (
                            "Spreek een mogelijke uitbuiter nooit zelf aan. Hij kan Jade daarna straffen of beter "
                            "verstoppen. Schrijf op wat je ziet, zoals tijd en kenteken."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De man weet nu dat de school oplet. Hij haalt Jade voortaan ergens anders op, en zij "
                            "krijgt het zwaarder. Confronteer nooit zelf de ‘vriend’ of de werver."
                        ),
                    },
                    {
                        "text": (
                            "Je schrijft op wat je ziet, met data, en gaat naar de aandachtsfunctionaris van school."
                        ),
                        "feedback": (
                            "Goed. Je hoeft niet te weten of het uitbuiting is. Je let op veranderingen, schrijft "
                            "ze op en bespreekt ze."
                        ),
                        "next_step": "meldcode",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je wacht af. Als er echt iets is, vertelt Jade het wel.",
                        "feedback": (
                            "Misschien vertelt Jade het nooit. Ze is verliefd of bang, en ziet zichzelf niet als "
                            "slachtoffer. Wachten laat haar alleen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De signalen stapelen zich op, maar niemand doet iets. Je hoeft niets zeker te weten. "
                            "Opschrijven en bespreken is genoeg om te beginnen."
                        ),
                    },
                ],
            },
            {
                "key": "meldcode",
                "scenario": (
                    "<p>De aandachtsfunctionaris neemt je zorgen serieus. Samen starten jullie de meldcode. Je "
                    "hebt de signalen op een rij.</p>"
                ),
                "prompt": "Wat is de volgende stap?",
                "choices": [
                    {
                        "text": (
                            "Jullie vragen advies aan Veilig Thuis, ook over hoe je met Jade en haar ouders praat "
                            "zonder haar in gevaar te brengen."
                        ),
                        "feedback": (
                            "Goed. Overleggen is stap 2 van de meldcode. Dat kan anoniem. Veilig Thuis helpt om "
                            "het gesprek goed voor te bereiden."
                        ),
                        "next_step": "gesprek",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "Je waarschuwt de klas dat er een loverboy bij school rondhangt, en noemt Jade als "
                            "voorbeeld."
                        ),
                        "feedback": (
                            "Zo beschadig je Jade, en de dader hoort het misschien via anderen. Geef voorlichting "
                            "altijd algemeen, nooit over een leerling."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Jade schaamt zich en vertrouwt de school niet meer. Haar ‘vriend’ weet dat de school "
                            "iets weet. Waarschuw nooit anderen over een specifieke leerling."
                        ),
                    },
                ],
            },
            {
                "key": "gesprek",
                "scenario": (
                    "<p>Je praat met Jade. Ze zegt: ‘Hij is gewoon mijn vriend. Hij is lief voor me. Zeg niks "
                    "tegen mijn ouders!’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je zegt dat je blij bent dat ze met je praat. Je belooft geen geheimhouding, maar "
                            "legt uit wat je gaat doen en waarom. De aandachtsfunctionaris rondt de meldcode af, "
                            "zo nodig met een melding bij Veilig Thuis."
                        ),
                        "feedback": (
                            "Goed. Je bent eerlijk en blijft in contact. De school neemt de verantwoordelijkheid "
                            "en zorgt dat er hulp komt."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je schreef de signalen op, ging naar de aandachtsfunctionaris, vroeg advies aan "
                            "Veilig Thuis en sprak eerlijk met Jade. Zo volg je de meldcode en blijf je iemand "
                            "die ze kan vertrouwen."
                        ),
                    },
                    {
                        "text": "Je belooft dat je niets tegen niemand zegt, zodat ze je blijft vertrouwen.",
                        "feedback": (
                            "Die belofte kun je niet houden. Jade is misschien in gevaar. Als je later toch iets "
                            "doet, voelt ze zich verraden. Wees liever meteen eerlijk."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Door je belofte zit je vast. Of je laat Jade in gevaar, of je breekt je woord. "
                            "Beloof nooit geheimhouding. Zeg wel dat je niets doet zonder het haar eerst te "
                            "vertellen."
                        ),
                    },
                    {
                        "text": "Je zegt dat haar vriend een loverboy is en dat ze dom is geweest.",
                        "feedback": (
                            "Dit legt de schuld bij Jade. Ze schaamt zich en sluit zich af. Zij is niet dom: "
                            "uitbuiters zijn heel goed in manipuleren."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Jade voelt zich beschuldigd en zegt niets meer. Haar ‘vriend’ wordt voor haar de "
                            "enige die haar begrijpt. Oordeel nooit over een slachtoffer."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "ow-kwijtgeraakt-pakketje-pad",
        "title": "Beslispad: Sem en het kwijtgeraakte pakketje",
        "kind": "path",
        "scenario": (
            "<p>Sem is 15 jaar en zit op een school in Almere. Hij is de laatste weken vaak afwezig. Hij draagt "
            "nieuwe, dure sneakers en heeft twee telefoons. Na de les vertelt hij jou dat hij ‘iets moet "
            "terugbetalen’. Een pakketje dat hij moest wegbrengen, is kwijtgeraakt.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Afwezigheid, dure spullen, twee telefoons en angst voor een schuld: dat zijn signalen van "
            "<strong>criminele uitbuiting</strong>. Het kwijtgeraakte pakketje past bij een bekende val: de "
            "schuld wordt een ‘straatboete’ die je moet afbetalen met zwaardere klussen. Zie Sem als mogelijk "
            "slachtoffer, niet alleen als dader. Volg de meldcode en vraag advies aan Veilig Thuis.</p>"
        ),
        "discussion_prompts": [
            "Hoe praat je met leerplicht over verzuim dat met uitbuiting te maken kan hebben?",
            "Wat doe je als een leerling bang is voor wraak?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["criminal"],
        "signals": ["minors", "control", "documents_money"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": "<p>Sem is zichtbaar bang. Hij kijkt steeds naar zijn telefoon.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je zegt dat hij drugs heeft vervoerd en stuurt hem naar de directeur voor straf.",
                        "feedback": (
                            "Sem is misschien een slachtoffer. Straf alleen maakt hem banger en kwetsbaarder. Hij "
                            "zal dan niets meer vertellen."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Sem krijgt straf en vertelt niemand meer iets. De jongens die hem inzetten, gaan "
                            "door. Een kind dat wordt uitgebuit, heeft hulp nodig, niet alleen straf."
                        ),
                    },
                    {
                        "text": (
                            "Je luistert rustig en zegt dat je blij bent dat hij het vertelt. Je gaat hulp "
                            "zoeken. Je schrijft direct op wat hij zei."
                        ),
                        "feedback": (
                            "Goed. Sem voelt zich gehoord. Wat hij letterlijk zei, is belangrijk voor de volgende "
                            "stappen."
                        ),
                        "next_step": "overleg",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je geeft hem het advies om gewoon te stoppen met die jongens.",
                        "feedback": (
                            "Goed bedoeld, maar Sem kan niet ‘gewoon stoppen’. Hij heeft een schuld en is bang. "
                            "Hij heeft hulp nodig van volwassenen."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je luisterde, maar je liet Sem alleen met een probleem dat hij niet zelf kan "
                            "oplossen. Schrijf op wat hij zei en ga naar de aandachtsfunctionaris."
                        ),
                    },
                ],
            },
            {
                "key": "overleg",
                "scenario": (
                    "<p>Je gaat naar de aandachtsfunctionaris. De leerplichtambtenaar heeft net gevraagd waarom "
                    "Sem zo vaak afwezig is.</p>"
                ),
                "prompt": "Wat doen jullie?",
                "choices": [
                    {
                        "text": (
                            "Jullie starten de meldcode, vragen advies aan Veilig Thuis en vertellen de "
                            "leerplichtambtenaar wat er achter het verzuim kan zitten."
                        ),
                        "feedback": (
                            "Goed. Zo kijkt iedereen naar wat Sem nodig heeft, en niet alleen naar zijn verzuim."
                        ),
                        "next_step": "veilig",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Jullie melden alleen het verzuim. Een boete maakt hem wel wakker.",
                        "feedback": (
                            "Een boete pakt het verzuim aan, niet de oorzaak. Sem wordt gestraft voor iets waar "
                            "hij misschien in gedwongen wordt."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Sem krijgt een boete en nog meer stress. De schuld bij de jongens blijft. Straf een "
                            "kind niet voor de gevolgen van uitbuiting. Volg de meldcode."
                        ),
                    },
                ],
            },
            {
                "key": "veilig",
                "scenario": "<p>Sem zegt: ‘Als ze horen dat ik heb gepraat, komen ze me halen.’</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je neemt zijn angst serieus. Samen met Veilig Thuis en zo nodig de politie komt er "
                            "een plan voor zijn veiligheid. Is er acuut gevaar, dan bel je 112."
                        ),
                        "feedback": (
                            "Goed. Zijn angst is echt. Een veiligheidsplan met deskundigen beschermt hem, op "
                            "school en daarbuiten."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je luisterde, schreef op, volgde de meldcode, vroeg advies en nam zijn veiligheid "
                            "serieus. Zo zie je Sem als kind dat hulp nodig heeft, niet alleen als dader."
                        ),
                    },
                    {
                        "text": "Je zegt dat hij overdrijft. Die jongens doen heus niets.",
                        "feedback": (
                            "Dat weet je niet. Uitbuiters gebruiken bedreiging om jongeren stil te houden. Neem "
                            "angst altijd serieus."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Sem voelt zich niet serieus genomen en trekt zich terug. Een plan voor zijn "
                            "veiligheid is nodig, samen met Veilig Thuis en zo nodig de politie."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "ow-loverboy-signalen",
        "title": "Signalen: een leerling en een loverboy",
        "kind": "multiple",
        "scenario": (
            "<p>Je bent mentor van Lieke (15). Je maakt je zorgen om haar. Je zet op een rij wat je de laatste "
            "tijd hebt gezien.</p>"
        ),
        "prompt": "Welke van deze kunnen signalen zijn van seksuele uitbuiting via een loverboy?",
        "explanation": (
            "<p>Pubers veranderen vaak. Niet elke verandering is een teken van uitbuiting. Maar een combinatie "
            "verdient aandacht: een veel oudere ‘vriend’, dure spullen zonder uitleg en afstand van oude "
            "vrienden. Let op veranderingen in gedrag, vrienden, spullen en schoolresultaten.</p>"
        ),
        "discussion_prompts": [
            "Welke veranderingen bij leerlingen vallen jou als eerste op?",
            "Hoe voorkom je dat je gewone pubers verdacht maakt?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["sexual"],
        "signals": ["minors", "person", "control"],
        "choices": [
            {
                "text": "Een veel oudere ‘vriend’ haalt haar na school op met de auto.",
                "correct": True,
                "feedback": (
                    "Ja. Een veel oudere vriend die haar bij school opwacht, is een bekend signaal. Noteer data, "
                    "tijden en zo mogelijk het kenteken."
                ),
            },
            {
                "text": "Ze heeft ineens dure spullen en kan niet vertellen hoe ze die betaald heeft.",
                "correct": True,
                "feedback": (
                    "Ja. Cadeaus zijn vaak de eerste stap: zo maakt een loverboy iemand afhankelijk. Later worden "
                    "cadeaus een ‘schuld’."
                ),
            },
            {
                "text": (
                    "Ze heeft geen contact meer met haar oude vriendinnen en doet geheimzinnig over nieuwe vrienden."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Een uitbuiter haalt een jongere vaak weg bij vrienden en familie. Dan staat ze er alleen voor."
                ),
            },
            {
                "text": "Ze is verliefd op een jongen uit haar klas.",
                "correct": False,
                "feedback": (
                    "Nee. Verliefd zijn op een leeftijdsgenoot is gewoon. Let op een groot leeftijdsverschil en "
                    "op controle."
                ),
            },
            {
                "text": "Ze draagt andere kleren dan vorig jaar.",
                "correct": False,
                "feedback": (
                    "Nee, niet op zich. Pubers veranderen van stijl. Het wordt pas een signaal bij een "
                    "plotselinge, grote verandering, samen met andere signalen."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-criminele-werving-signalen",
        "title": "Signalen: criminele werving bij een leerling",
        "kind": "multiple",
        "scenario": (
            "<p>Je bent docent op een vmbo-school in Lelystad. Je ziet dat Kai (14) de laatste weken verandert. "
            "Je zet op een rij wat je ziet.</p>"
        ),
        "prompt": "Welke van deze kunnen signalen zijn van criminele uitbuiting?",
        "explanation": (
            "<p>Bij criminele uitbuiting worden jongeren gelokt met geld, spullen of vriendschap. Eerst is het "
            "een klein klusje. Daarna komen er schulden en dreigementen. Let op twee telefoons, dure spullen, "
            "vage bijbaantjes en verzuim. Sport of een gewone bijbaan zijn geen signaal.</p>"
        ),
        "discussion_prompts": [
            "Welke signalen van criminele werving zien jullie op school?",
            "Hoe vraag je een leerling naar zijn ‘bijbaantje’ zonder hem te beschuldigen?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["criminal"],
        "signals": ["minors", "control"],
        "choices": [
            {
                "text": "Hij heeft twee telefoons en schrikt als er een gaat.",
                "correct": True,
                "feedback": (
                    "Ja. Meer dan één telefoon en steeds bereikbaar moeten zijn, passen bij criminele werving. "
                    "Schrijf op wat je ziet."
                ),
            },
            {
                "text": "Hij heeft ineens dure sneakers en geld, en praat over een vaag ‘bijbaantje’ 's nachts.",
                "correct": True,
                "feedback": (
                    "Ja. Spullen en geld zonder uitleg, en nachtelijke ‘klusjes’, zijn signalen. Vraag open wat "
                    "voor werk het is."
                ),
            },
            {
                "text": "Hij is vaak afwezig en zijn cijfers gaan omlaag.",
                "correct": True,
                "feedback": (
                    "Ja, zeker samen met de andere signalen. Vertel de leerplichtambtenaar ook wat er achter het "
                    "verzuim kan zitten."
                ),
            },
            {
                "text": "Hij zit op voetbal en traint drie keer per week.",
                "correct": False,
                "feedback": "Nee. Sporten is gewoon en juist goed. Het zegt niets over uitbuiting.",
            },
            {
                "text": "Hij heeft een bijbaan bij de supermarkt en vertelt daar open over.",
                "correct": False,
                "feedback": (
                    "Nee. Een gewone bijbaan waar hij open over praat, is geen signaal. Vage bijbaantjes 's "
                    "nachts zijn dat wel."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-ineens-betere-cijfers",
        "title": "Bram haalt ineens veel hogere cijfers",
        "kind": "single",
        "scenario": (
            "<p>Bram is 17 jaar. Hij haalt ineens veel hogere cijfers. Tegelijk is hij 's nachts vaak op pad en "
            "heeft hij meer geld dan vroeger. Soms is hij heel druk, dan weer doodmoe. Je collega's zijn blij met "
            "zijn cijfers.</p>"
        ),
        "prompt": "Wat denk je?",
        "explanation": (
            "<p>Ook ineens veel betere prestaties kunnen een signaal zijn. Soms krijgen jongeren drugs van mensen "
            "die hen daarna dwingen om misdrijven te plegen. Let dus ook op verbeteringen die je niet kunt "
            "verklaren, zeker samen met andere signalen.</p>"
        ),
        "discussion_prompts": [
            "Waarom zien we verbeteringen minder snel als signaal?",
            "Welke andere signalen zouden je hier aan het denken zetten?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["criminal"],
        "signals": ["minors", "person"],
        "choices": [
            {
                "text": "Mooi, het gaat goed met hem. Je hoeft niets te doen.",
                "correct": False,
                "feedback": (
                    "De cijfers zijn goed, maar de rest van het plaatje klopt niet: nachtelijk op pad, meer geld, "
                    "druk en moe. Kijk naar het geheel."
                ),
            },
            {
                "text": (
                    "Een plotselinge verbetering kan, samen met andere signalen, ook een signaal zijn. Je "
                    "schrijft op wat je ziet en bespreekt het met de aandachtsfunctionaris."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Je kijkt naar het hele plaatje. De aandachtsfunctionaris kan samen met jou bepalen of de "
                    "meldcode nodig is."
                ),
            },
            {
                "text": "Je verdenkt hem van spieken en geeft hem een onvoldoende.",
                "correct": False,
                "feedback": (
                    "Daar heb je geen bewijs voor, en je mist de echte zorg. Straf helpt hier niet. Bespreek je "
                    "zorgen met de aandachtsfunctionaris."
                ),
            },
            {
                "text": "Je vraagt in de klas of iemand weet wat Bram 's nachts doet.",
                "correct": False,
                "feedback": (
                    "Zo zet je Bram voor schut en kunnen geruchten bij de verkeerde mensen komen. Ga niet zelf op "
                    "onderzoek. Bespreek het met de aandachtsfunctionaris."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-weglopen-uit-jeugdzorg",
        "title": "Roos loopt steeds weg",
        "kind": "single",
        "scenario": (
            "<p>Roos is 15 jaar. Ze woont in een jeugdzorginstelling in de Noordoostpolder en zit bij jou op "
            "school. Ze loopt steeds weg. Als ze terugkomt, heeft ze contant geld en sleutelkaarten van hotels "
            "bij zich. In de les valt ze in slaap.</p>"
        ),
        "prompt": "Wat is de beste aanpak?",
        "explanation": (
            "<p>Weglopen, geld zonder uitleg en sleutelkaarten van hotels zijn sterke signalen van "
            "<strong>seksuele uitbuiting</strong>. Roos is een kind in gevaar. Straf haar niet. Bespreek het "
            "meteen met de aandachtsfunctionaris en haar begeleider in de jeugdzorg. Doe een melding bij Veilig "
            "Thuis, en bel bij acuut gevaar de politie. Maak samen een plan voor haar veiligheid.</p>"
        ),
        "discussion_prompts": [
            "Hoe werken wij samen met de jeugdzorg als een leerling wegloopt?",
            "Wat maakt dit een situatie waarin melden de norm is?",
        ],
        "audiences": ["onderwijs", "sociaal-domein"],
        "exploitation_forms": ["sexual"],
        "signals": ["minors", "sexual"],
        "choices": [
            {
                "text": "Je geeft haar strafwerk voor het verzuim en het slapen in de les.",
                "correct": False,
                "feedback": (
                    "Roos is misschien slachtoffer. Straf maakt haar nog kwetsbaarder en duwt haar verder weg. "
                    "Zie het verzuim als signaal, niet als probleem op zich."
                ),
            },
            {
                "text": (
                    "Je bespreekt het meteen met de aandachtsfunctionaris en haar begeleider. Er volgt een "
                    "melding bij Veilig Thuis, bij acuut gevaar de politie, en een plan voor haar veiligheid."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Dit is ernstig. Bij acute of structurele onveiligheid is melden de norm. Samen met de "
                    "jeugdzorg kan er een plan komen om Roos te beschermen."
                ),
            },
            {
                "text": "Je vraagt haar in de klas waar ze al die hotelkaarten vandaan heeft.",
                "correct": False,
                "feedback": (
                    "Zo zet je Roos voor de hele klas voor schut. Ze zal zich afsluiten. Praat met haar alleen, "
                    "en pas na overleg met de aandachtsfunctionaris."
                ),
            },
            {
                "text": "Je wacht af. De jeugdzorg is verantwoordelijk, niet de school.",
                "correct": False,
                "feedback": (
                    "Jij ziet haar elke dag en hebt belangrijke informatie. Volg de meldcode van je school en "
                    "werk samen met de jeugdzorg."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-meldcode-eerste-stap",
        "title": "De eerste stap van de meldcode",
        "kind": "single",
        "scenario": (
            "<p>Je maakt je zorgen over een leerling. Je ziet een paar signalen van mogelijke uitbuiting. Er is "
            "geen acuut gevaar. Je wilt de meldcode goed volgen.</p>"
        ),
        "prompt": "Wat is volgens de meldcode je eerste stap?",
        "explanation": (
            "<p>De meldcode heeft vijf stappen: 1) signalen in kaart brengen, 2) overleggen met de "
            "aandachtsfunctionaris en zo nodig Veilig Thuis, 3) praten met de leerling (en ouders, behalve als "
            "dat onveilig is), 4) wegen met het afwegingskader, 5) beslissen: hulp regelen, melden, of allebei. "
            "Bij acuut gevaar bel je altijd meteen 112.</p>"
        ),
        "discussion_prompts": [
            "Waar bewaar je bij ons de aantekeningen over een leerling?",
            "Wie doet bij ons welke stap van de meldcode?",
        ],
        "audiences": ["onderwijs", "zorg", "sociaal-domein"],
        "exploitation_forms": ["sexual", "criminal"],
        "signals": ["minors"],
        "choices": [
            {
                "text": "Signalen in kaart brengen: opschrijven wat je ziet en hoort, met datum.",
                "correct": True,
                "feedback": "Ja. Feiten, geen conclusies. Met die aantekeningen kun je goed overleggen in stap 2.",
            },
            {
                "text": "Meteen een melding doen bij Veilig Thuis, zonder overleg.",
                "correct": False,
                "feedback": (
                    "Melden is stap 5, na overleg en wegen. Wel kun je in stap 2 advies vragen aan Veilig Thuis. "
                    "Bij acuut gevaar bel je meteen 112."
                ),
            },
            {
                "text": "De ouders bellen en vertellen wat je vermoedt.",
                "correct": False,
                "feedback": (
                    "Praten met ouders hoort bij stap 3, en alleen als dat veilig is. Overleg eerst met de "
                    "aandachtsfunctionaris."
                ),
            },
            {
                "text": "De leerling vragen of hij wil dat je iets doet. Zo niet, dan stop je.",
                "correct": False,
                "feedback": (
                    "Je bespreekt het wel met de leerling, maar hij beslist niet alleen. Jij hebt als "
                    "professional een eigen verantwoordelijkheid. Schrijf eerst de signalen op."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-ronselaars-bij-school",
        "title": "Mannen met scooters bij het hek",
        "kind": "single",
        "scenario": (
            "<p>Bij het hek van een praktijkschool in Lelystad staan de laatste weken vaak twee jonge mannen met "
            "een scooter. Ze spreken leerlingen aan en geven soms iets. Een leerling zegt: ‘Ze bieden makkelijk "
            "geld.’</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Uitbuiters werven bewust bij scholen, ook bij praktijkscholen en in de jeugdzorg. Spreek de "
            "mannen niet zelf aan. Leg vast wat je ziet, bespreek het met de aandachtsfunctionaris en de "
            "schoolleiding, en geef het door aan de politie. Let extra op leerlingen die contact met hen "
            "hebben.</p>"
        ),
        "discussion_prompts": [
            "Welke afspraken heeft onze school met de wijkagent?",
            "Hoe praat je in de klas over werving, zonder leerlingen bang te maken?",
        ],
        "audiences": ["onderwijs", "oov"],
        "exploitation_forms": ["criminal"],
        "signals": ["minors"],
        "choices": [
            {
                "text": "Je loopt naar de mannen en zegt dat ze moeten vertrekken.",
                "correct": False,
                "feedback": (
                    "Spreek mogelijke wervers niet zelf aan. Dat kan gevaarlijk zijn voor jou en voor leerlingen. "
                    "Leg vast en geef het door."
                ),
            },
            {
                "text": (
                    "Je noteert data, tijden en kentekens, bespreekt het met de aandachtsfunctionaris en de "
                    "schoolleiding, en de school geeft het door aan de politie."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo komt de informatie bij wie er iets mee kan. En de school kan extra letten op "
                    "leerlingen die contact met de mannen hebben."
                ),
            },
            {
                "text": "Je maakt foto's en zet ze met een waarschuwing in de app-groep van ouders.",
                "correct": False,
                "feedback": (
                    "Zo kunnen geruchten en onrust ontstaan, en misschien klopt je beeld niet. Geef informatie "
                    "door via de school aan de politie."
                ),
            },
            {
                "text": "Niets. Wat buiten het hek gebeurt, is niet de taak van de school.",
                "correct": False,
                "feedback": (
                    "Jouw leerlingen worden benaderd. Dat raakt de school wel. Jij ziet dingen die de politie "
                    "niet ziet. Geef ze door."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-geheim-beloven",
        "title": "‘Beloof je dat je het niet doorvertelt?’",
        "kind": "single",
        "scenario": (
            "<p>Fleur (14) blijft na de les hangen. Ze zegt: ‘Ik wil je iets vertellen. Maar je moet beloven dat "
            "je het aan niemand zegt.’</p>"
        ),
        "prompt": "Wat zeg je?",
        "explanation": (
            "<p>Beloof nooit geheimhouding. Als een leerling in gevaar is, moet je hulp kunnen halen. Wees "
            "eerlijk: zeg dat je blij bent met haar vertrouwen, dat je niet alles kunt geheimhouden, maar dat je "
            "niets doet zonder het haar eerst te vertellen.</p>"
        ),
        "discussion_prompts": [
            "Hoe zou jij dit in je eigen woorden zeggen?",
            "Wat doe je als een leerling daarna toch niets wil vertellen?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["sexual", "criminal"],
        "signals": ["minors"],
        "choices": [
            {
                "text": "‘Ik beloof het. Je kunt me alles vertellen.’",
                "correct": False,
                "feedback": (
                    "Die belofte kun je misschien niet houden. Als je later toch hulp haalt, voelt Fleur zich "
                    "verraden. Wees vanaf het begin eerlijk."
                ),
            },
            {
                "text": (
                    "‘Fijn dat je me vertrouwt. Ik kan niet beloven dat ik het geheimhoud als je in gevaar bent. "
                    "Maar ik doe niets zonder het jou eerst te vertellen.’"
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo ben je eerlijk en blijf je betrouwbaar. Fleur weet waar ze aan toe is, en jij kunt "
                    "hulp halen als dat nodig is."
                ),
            },
            {
                "text": "‘Dan wil ik het liever niet weten. Ga maar naar de zorgcoördinator.’",
                "correct": False,
                "feedback": (
                    "Fleur koos jou. Als je haar wegstuurt, vertelt ze het misschien aan niemand meer. Luister, "
                    "en haal daarna samen hulp."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-naaktfoto-chantage",
        "title": "Mila wordt gechanteerd met een foto",
        "kind": "single",
        "scenario": (
            "<p>Mila (15) vertelt je huilend dat iemand een naaktfoto van haar heeft. Hij dreigt de foto te "
            "verspreiden. Hij wil dat ze meer beelden stuurt en dat ze ‘met een vriend van hem afspreekt’.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Dit is een vorm van online <strong>seksuele uitbuiting</strong>: chantage met beelden om iemand "
            "tot meer te dwingen. Het is nooit de schuld van de jongere. Steun Mila, bekijk of bewaar de beelden "
            "niet zelf, en ga meteen naar de aandachtsfunctionaris. Vraag advies aan Veilig Thuis en schakel de "
            "politie in. Mila kan ook anoniem chatten met Fier.</p>"
        ),
        "discussion_prompts": [
            "Hoe reageer je zonder te oordelen als een leerling zoiets vertelt?",
            "Wat zeg je als een leerling vraagt of je de foto wilt zien?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["sexual"],
        "signals": ["minors", "sexual"],
        "choices": [
            {
                "text": "Je zegt dat ze die foto nooit had moeten sturen.",
                "correct": False,
                "feedback": (
                    "Dit legt de schuld bij Mila. Zij is slachtoffer van chantage. Door haar te beschuldigen, "
                    "sluit ze zich af en vertelt ze niemand meer iets."
                ),
            },
            {
                "text": (
                    "Je zegt dat het niet haar schuld is en dat ze niet op de eisen moet ingaan. Je schrijft op "
                    "wat ze vertelt en gaat meteen naar de aandachtsfunctionaris. Jullie vragen advies aan Veilig "
                    "Thuis en schakelen de politie in."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Mila voelt zich gesteund, en er komt snel hulp van wie er iets mee kan. Je kunt haar ook "
                    "wijzen op de anonieme chat van Fier."
                ),
            },
            {
                "text": "Je vraagt haar de foto te laten zien, zodat je kunt inschatten hoe erg het is.",
                "correct": False,
                "feedback": (
                    "Bekijk, bewaar of stuur zulke beelden nooit zelf door. Dat is niet nodig en beschadigt Mila "
                    "nog meer. Laat dat over aan de politie."
                ),
            },
            {
                "text": "Je zoekt de dader zelf op via sociale media en zegt dat hij moet stoppen.",
                "correct": False,
                "feedback": (
                    "Zelf contact zoeken kan de dader boos maken. Hij kan de foto dan juist verspreiden. Laat dit "
                    "over aan de politie."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-lvb-bankpas-signalen",
        "title": "Signalen: Tim en zijn bankpas",
        "kind": "multiple",
        "scenario": (
            "<p>Tim is 17 jaar en zit op een praktijkschool. Hij heeft een licht verstandelijke beperking. Hij "
            "vertelt trots aan zijn mentor dat hij ‘makkelijk geld’ verdient met hulp van een nieuwe vriend.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke criminele uitbuiting?",
        "explanation": (
            "<p>Uitbuiters benaderen ook jongeren met een LVB om hun bankrekening ‘uit te lenen’. Dan worden ze "
            "een geldezel. Een vriend die de pas heeft en geld dat binnenkomt en meteen weer weggaat, zijn "
            "signalen. Een beperking is geen signaal, maar wel een risico. Volg de meldcode.</p>"
        ),
        "discussion_prompts": [
            "Hoe leg je leerlingen met een LVB uit wat een geldezel is?",
            "Wie op school bespreekt dit met de ouders of begeleiders?",
        ],
        "audiences": ["onderwijs", "sociaal-domein"],
        "exploitation_forms": ["criminal"],
        "signals": ["minors", "documents_money"],
        "choices": [
            {
                "text": "De nieuwe vriend heeft zijn bankpas en pincode.",
                "correct": True,
                "feedback": (
                    "Ja. Een ander die de pas en pincode heeft, is een sterk signaal. Het geld op Tims rekening "
                    "kan crimineel geld zijn."
                ),
            },
            {
                "text": "Er komt geld op zijn rekening dat meteen weer wordt opgenomen.",
                "correct": True,
                "feedback": (
                    "Ja. Zo wordt geld doorgesluisd. Tim kan daar zelf grote problemen door krijgen, terwijl "
                    "anderen het geld houden."
                ),
            },
            {
                "text": "Hij kreeg 100 euro om zijn rekening ‘even uit te lenen’.",
                "correct": True,
                "feedback": (
                    "Ja. Betaald worden voor het uitlenen van je rekening is een bekende manier om geldezels te werven."
                ),
            },
            {
                "text": "Hij spaart met zijn stagevergoeding voor een scooter.",
                "correct": False,
                "feedback": "Nee. Dat is gewoon sparen van eigen geld. Daar is niets mis mee.",
            },
            {
                "text": "Hij heeft een licht verstandelijke beperking.",
                "correct": False,
                "feedback": (
                    "Nee, dat is geen signaal. Het is wel een risico: uitbuiters zoeken jongeren met een LVB "
                    "bewust op. Let daarom extra goed op."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-stage-in-de-keuken",
        "title": "Joris op stage in een restaurantkeuken",
        "kind": "single",
        "scenario": (
            "<p>Joris (17) doet een mbo-opleiding. Hij loopt stage in een restaurantkeuken. Hij werkt twaalf uur "
            "per dag, zonder pauze. De eigenaar houdt zijn ID-bewijs ‘voor de administratie’. Joris moet zijn "
            "messen en zijn kleding terugbetalen van zijn stagevergoeding. Hij durft niets te zeggen.</p>"
        ),
        "prompt": "Wat doe je als stagebegeleider?",
        "explanation": (
            "<p>Heel lange dagen, een ingehouden ID-bewijs en een ‘schuld’ bij de werkgever zijn signalen van "
            "mogelijke <strong>arbeidsuitbuiting</strong>. Joris is minderjarig. Spreek de eigenaar niet zelf aan "
            "op je vermoeden. Schrijf de signalen op, overleg binnen school en met het Meld- en Adviespunt of de "
            "Arbeidsinspectie, en zorg dat Joris veilig kan stoppen.</p>"
        ),
        "discussion_prompts": [
            "Hoe controleren wij of stageplekken veilig zijn?",
            "Wat vraag je een stagiair om te horen hoe het echt gaat?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["labour"],
        "signals": ["minors", "workplace", "documents_money"],
        "choices": [
            {
                "text": "Je zegt dat hard werken nu eenmaal bij de horeca hoort.",
                "correct": False,
                "feedback": (
                    "Hard werken is iets anders dan twaalf uur zonder pauze, een ingehouden ID-bewijs en een "
                    "schuld. Dit zijn signalen. Neem ze serieus."
                ),
            },
            {
                "text": (
                    "Je schrijft de signalen op en bespreekt ze met de aandachtsfunctionaris. Jullie overleggen "
                    "met het Meld- en Adviespunt of de Arbeidsinspectie. Je zorgt dat Joris veilig kan stoppen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo beschermt de school Joris en komen de signalen bij wie onderzoek kan doen. Zorg dat "
                    "hij geen nadeel heeft voor zijn opleiding."
                ),
            },
            {
                "text": "Je belt de eigenaar en zegt dat hij het ID-bewijs van Joris moet teruggeven.",
                "correct": False,
                "feedback": (
                    "Zo waarschuw je de eigenaar. Joris kan daar last van krijgen, en er kunnen ook andere "
                    "medewerkers zijn. Overleg eerst over een veilige aanpak."
                ),
            },
            {
                "text": "Je zegt dat Joris zelf een andere stageplek moet zoeken.",
                "correct": False,
                "feedback": (
                    "Joris staat er dan alleen voor, en de volgende stagiair komt op dezelfde plek terecht. De "
                    "school heeft hier een eigen verantwoordelijkheid."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "ow-vraag-van-ouders",
        "title": "Een ouder vraagt naar een klasgenoot",
        "kind": "single",
        "scenario": (
            "<p>Op een ouderavond vraagt een moeder: ‘Klopt het dat een meisje uit de klas van mijn dochter een "
            "loverboy heeft? Wie is het?’ Andere ouders luisteren mee.</p>"
        ),
        "prompt": "Wat antwoord je?",
        "explanation": (
            "<p>Vertel nooit iets over een individuele leerling. Dat beschadigt de leerling, en de dader kan er "
            "via anderen van horen. Gebruik de vraag wel om algemene informatie te geven: waar ouders op kunnen "
            "letten en bij wie ze terecht kunnen.</p>"
        ),
        "discussion_prompts": [
            "Welke algemene informatie over loverboys en criminele werving geven wij aan ouders?",
            "Hoe ga je om met geruchten over een leerling?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["sexual"],
        "signals": ["minors"],
        "choices": [
            {
                "text": "Je bevestigt het en noemt haar naam, zodat ouders hun kinderen kunnen waarschuwen.",
                "correct": False,
                "feedback": (
                    "Zo schend je de privacy van de leerling en maak je haar kwetsbaarder. Geruchten gaan snel "
                    "rond, ook naar de dader."
                ),
            },
            {
                "text": (
                    "Je zegt dat je niets over individuele leerlingen vertelt. Je legt wel uit waar ouders in het "
                    "algemeen op kunnen letten en bij wie ze terecht kunnen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Je beschermt de leerling en helpt ouders toch verder. Noem bijvoorbeeld Veilig Thuis en "
                    "de aandachtsfunctionaris van school."
                ),
            },
            {
                "text": "Je zegt dat loverboys op deze school niet voorkomen.",
                "correct": False,
                "feedback": (
                    "Dat weet je niet, en het is niet eerlijk. Uitbuiters werven bewust bij scholen. Geef liever "
                    "algemene informatie over signalen."
                ),
            },
        ],
        "path": [],
    },
    # -----------------------------------------------------------------------
    # Voor alle teams
    # -----------------------------------------------------------------------
    {
        "slug": "alg-waarom-slachtoffers-zwijgen",
        "title": "Waarom slachtoffers zelden hulp vragen",
        "kind": "multiple",
        "scenario": (
            "<p>Een collega zegt: ‘Als iemand echt wordt uitgebuit, vraagt hij toch zelf om hulp? Dan komt hij "
            "wel naar ons toe.’</p>"
        ),
        "prompt": "Welke van deze redenen kunnen verklaren waarom slachtoffers zelden zelf hulp vragen?",
        "explanation": (
            "<p>Slachtoffers stappen bijna nooit zelf naar de politie of een hulpverlener. Ze zijn bang voor de "
            "dader of voor wat er met hun familie gebeurt. Ze schamen zich of hebben een schuld. Soms zijn ze "
            "verliefd op de dader, of denken ze dat ze zelf voor dit werk kozen. En vaak kennen ze hun rechten "
            "niet. Daarom hangt de aanpak af van professionals die goed kijken.</p>"
        ),
        "discussion_prompts": [
            "Welke van deze redenen herken je uit je eigen werk?",
            "Wat betekent dit voor hoe jij kijkt en vraagt?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["sexual", "labour", "criminal"],
        "signals": ["control", "person"],
        "choices": [
            {
                "text": "Ze zijn bang voor de dader, of voor wat er met hun familie gebeurt.",
                "correct": True,
                "feedback": (
                    "Ja. Dreiging, ook tegen familie in het land van herkomst, houdt veel slachtoffers stil. "
                    "Daarom vraag je nooit iets waar de dader bij is."
                ),
            },
            {
                "text": "Ze schamen zich, of ze hebben een schuld die ze eerst willen afbetalen.",
                "correct": True,
                "feedback": (
                    "Ja. Schaamte en schulden zijn sterke drukmiddelen. Oordeel dus niet, en laat merken dat "
                    "iemand altijd terug mag komen."
                ),
            },
            {
                "text": "Ze zijn verliefd op de dader of denken dat ze zelf voor dit werk kozen.",
                "correct": True,
                "feedback": (
                    "Ja. Dan zien ze zichzelf niet als slachtoffer. Dat maakt het moeilijk om erover te praten. "
                    "Geduld en contact helpen."
                ),
            },
            {
                "text": "Ze vinden hun situatie meestal prima.",
                "correct": False,
                "feedback": (
                    "Nee. Ze zeggen misschien dat het goed gaat, uit angst, schaamte of liefde. Dat is iets "
                    "anders dan dat het echt goed gaat."
                ),
            },
            {
                "text": "Ze weten precies welke rechten en hulp er zijn, maar hebben geen zin in gedoe.",
                "correct": False,
                "feedback": (
                    "Nee. Veel slachtoffers kennen hun rechten juist niet. Ze denken bijvoorbeeld dat ze meteen "
                    "het land uit moeten. Goede informatie kan helpen."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "alg-wat-is-dwang",
        "title": "Wat telt als dwang?",
        "kind": "multiple",
        "scenario": (
            "<p>Bij mensenhandel gebruikt een dader dwang om iemand uit te buiten. Een collega denkt dat dit "
            "altijd over geweld gaat.</p>"
        ),
        "prompt": "Welke van deze vormen van druk kunnen dwang zijn bij mensenhandel?",
        "explanation": (
            "<p>Dwang is veel breder dan geweld. Ook bedrog, chantage, schulden of misbruik van iemands kwetsbare "
            "positie tellen mee. Denk aan een verstandelijke beperking, een verslaving of geen verblijfspapieren. "
            "Bij kinderen onder de 18 hoeft er helemaal geen dwang te zijn.</p>"
        ),
        "discussion_prompts": [
            "Welke vormen van dwang zijn voor ons het moeilijkst te zien?",
            "Hoe herken je misbruik van een kwetsbare positie?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["sexual", "labour", "criminal"],
        "signals": ["control", "documents_money"],
        "choices": [
            {
                "text": "Bedreigen met geweld, ook tegen familie.",
                "correct": True,
                "feedback": "Ja. Geweld en bedreiging zijn de bekendste vormen van dwang, maar lang niet de enige.",
            },
            {
                "text": "Liegen over het werk of het loon om iemand naar Nederland te halen.",
                "correct": True,
                "feedback": "Ja. Bedrog telt ook als dwang. Iemand is dan geworven met beloftes die niet uitkomen.",
            },
            {
                "text": "Een schuld of een verstandelijke beperking gebruiken om iemand te laten werken.",
                "correct": True,
                "feedback": (
                    "Ja. Dit is misbruik van een kwetsbare positie. Zo'n vorm van dwang is vaak onzichtbaar, maar "
                    "telt wel."
                ),
            },
            {
                "text": ("Een werkgever die eerlijk loon betaalt en een contract geeft in een taal die je kunt lezen."),
                "correct": False,
                "feedback": (
                    "Nee. Dit is juist goed werkgeverschap. Een contract in een taal die je niet kunt lezen, kan "
                    "wel een signaal zijn."
                ),
            },
            {
                "text": "Een collega die vraagt of je een dienst met hem wilt ruilen.",
                "correct": False,
                "feedback": "Nee. Een vraag waar je vrij ‘nee’ op kunt zeggen, is geen dwang.",
            },
        ],
        "path": [],
    },
    {
        "slug": "alg-acuut-gevaar",
        "title": "Wanneer bel je 112?",
        "kind": "single",
        "scenario": (
            "<p>Je bent op huisbezoek of controle. Achter een deur hoor je een man dreigen en iemand huilen. Een "
            "vrouw fluistert tegen jou: ‘Help, hij laat me niet gaan.’</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Veiligheid gaat altijd voor. Is er acuut gevaar, bel dan meteen 112. Ga niet zelf de confrontatie "
            "aan en breng jezelf in veiligheid. Schrijf daarna op wat je zag en hoorde, en overleg met je "
            "organisatie en het Meld- en Adviespunt.</p>"
        ),
        "discussion_prompts": [
            "Welke afspraken hebben wij over veiligheid bij huisbezoeken en controles?",
            "Wanneer is iets acuut, en wanneer kun je eerst overleggen?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["sexual", "labour", "criminal"],
        "signals": ["control"],
        "choices": [
            {
                "text": "Je schrijft het op en belt morgen het Meld- en Adviespunt.",
                "correct": False,
                "feedback": (
                    "Het Meld- en Adviespunt is goed voor advies, maar hier is acuut gevaar. Dan bel je meteen "
                    "112. Overleggen kan daarna."
                ),
            },
            {
                "text": "Je belt meteen 112 en brengt jezelf in veiligheid.",
                "correct": True,
                "feedback": (
                    "Ja. Bij acuut gevaar is 112 de juiste stap. De politie kan meteen ingrijpen. Schrijf daarna "
                    "op wat je zag en hoorde."
                ),
            },
            {
                "text": "Je gaat naar binnen en zegt tegen de man dat hij de vrouw moet laten gaan.",
                "correct": False,
                "feedback": "Zo breng je jezelf en de vrouw in gevaar. Ga nooit zelf de confrontatie aan. Bel 112.",
            },
            {
                "text": "Je wacht tot de vrouw zelf naar buiten komt.",
                "correct": False,
                "feedback": ("Ze vraagt je om hulp en zegt dat ze niet weg kan. Wachten kan gevaarlijk zijn. Bel 112."),
            },
        ],
        "path": [],
    },
    {
        "slug": "alg-minderjarig-geen-dwang-nodig",
        "title": "Een meisje van 16 zegt dat ze zelf kiest",
        "kind": "single",
        "scenario": (
            "<p>Een meisje van 16 vertelt dat ze ‘zelf kiest’ om met mannen mee te gaan voor geld. Haar vriend "
            "van 23 regelt de afspraken en houdt het geld bij. ‘Het is mijn eigen keuze,’ zegt ze.</p>"
        ),
        "prompt": "Kan dit mensenhandel zijn?",
        "explanation": (
            "<p>Bij kinderen onder de 18 hoeft er geen dwang te zijn. Een kind is altijd kwetsbaar. Wie een "
            "minderjarige werft of onderdak geeft om haar uit te buiten, pleegt dus mensenhandel, ook als zij "
            "zelf ‘ja’ zegt. Volg de meldcode en vraag advies aan Veilig Thuis.</p>"
        ),
        "discussion_prompts": [
            "Hoe praat je met een jongere die zegt dat het haar eigen keuze is?",
            "Welke route volg jij bij een minderjarige in jouw werk?",
        ],
        "audiences": ["onderwijs", "zorg", "sociaal-domein"],
        "exploitation_forms": ["sexual"],
        "signals": ["minors", "sexual"],
        "choices": [
            {
                "text": "Nee. Ze zegt zelf dat ze ervoor kiest.",
                "correct": False,
                "feedback": (
                    "Bij een minderjarige maakt haar ‘ja’ niet uit. Een kind kan niet vrij kiezen voor "
                    "uitbuiting. Volg de meldcode."
                ),
            },
            {
                "text": (
                    "Ja. Bij een minderjarige hoeft er geen dwang te zijn. Je volgt de meldcode en vraagt advies "
                    "aan Veilig Thuis."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Een kind is altijd kwetsbaar. Je oordeelt niet over het meisje, maar je zorgt wel dat er "
                    "hulp komt."
                ),
            },
            {
                "text": "Alleen als ze geslagen of bedreigd wordt.",
                "correct": False,
                "feedback": (
                    "Nee. Bij minderjarigen is geweld of bedreiging niet nodig om van mensenhandel te spreken. En "
                    "ook bij volwassenen is dwang breder dan geweld."
                ),
            },
            {
                "text": "Dat hangt af van hoeveel geld ze zelf overhoudt.",
                "correct": False,
                "feedback": (
                    "Nee. Ook als ze geld krijgt, blijft het uitbuiting van een kind. Bovendien houdt haar vriend "
                    "het geld bij: dat is juist een signaal."
                ),
            },
        ],
        "path": [],
    },
    # -----------------------------------------------------------------------
    # Basismodule
    # -----------------------------------------------------------------------
    {
        "slug": "basis-ana-busje-pad",
        "title": "Beslispad: Ana en de man in het busje",
        "kind": "path",
        "scenario": (
            "<p>Ana heeft een afspraak met jou over haar zorgverzekering. Ze maakt kantoren schoon voor een "
            "bedrijf. Ze woont met tien anderen in een huis van haar baas. Een man heeft haar met een busje "
            "gebracht.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Zeven dagen werk, wonen via de baas, een paspoort dat bij de baas ligt en een schuld die niet "
            "kleiner wordt: samen zijn dat sterke signalen van <strong>arbeidsuitbuiting</strong>. De beste route "
            "is: spreek Ana alleen, met een professionele tolk. Beloof niet dat je niets doorvertelt, maar leg "
            "uit wat je doet. Schrijf de feiten op en overleg met het Meld- en Adviespunt Mensenhandel Flevoland. "
            "Spreek de baas of de man in het busje nooit zelf aan.</p>"
        ),
        "discussion_prompts": [
            "Hoe zorg je in jouw werk dat je iemand alleen kunt spreken?",
            "Wat zeg je als iemand vraagt of je het aan niemand wilt vertellen?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["labour"],
        "signals": ["control", "documents_money", "housing", "workplace"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": (
                    "<p>Ana vertelt dat ze zeven dagen per week werkt. Dan komt de man van het busje binnen. ‘Ik "
                    "vertaal wel,’ zegt hij. ‘Ana spreekt slecht Nederlands.’ Ana kijkt naar de grond.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je neemt het aanbod aan. Dan begrijpen jullie elkaar tenminste.",
                        "feedback": (
                            "De man hoort bij de baas die haar werk en haar woning regelt. Als hij vertaalt, kan "
                            "Ana niet vrij praten. Je weet ook niet of hij eerlijk vertaalt. Kies een "
                            "professionele tolk."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De man bepaalt nu wat jij hoort. Ana durft niets te zeggen, en de man weet dat je "
                            "vragen stelt. Laat een begeleider nooit tolken. Spreek iemand alleen, met een "
                            "professionele tolk."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt vriendelijk dat je het gesprek alleen met Ana voert. Je belt een "
                            "professionele tolk via de telefoon."
                        ),
                        "feedback": (
                            "Goed. Zo houd je de man buiten het gesprek. Je maakt het niet spannend: je zegt "
                            "gewoon dat het zo werkt bij jullie."
                        ),
                        "next_step": "alleen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je stopt het gesprek en zegt tegen Ana dat ze zelf naar de politie kan gaan.",
                        "feedback": (
                            "Slachtoffers stappen bijna nooit zelf naar de politie. Ze zijn bang, of ze kennen "
                            "hun rechten niet. Met dit advies leg je alles bij Ana neer. Kijk wat jij kunt doen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Ana gaat weer mee met de man, en niemand doet iets met wat je zag. Slachtoffers "
                            "worden gevonden door professionals die doorpakken. Spreek iemand alleen en overleg."
                        ),
                    },
                ],
            },
            {
                "key": "alleen",
                "scenario": (
                    "<p>De man wacht buiten. Via de tolk vertelt Ana meer. Haar paspoort ligt ‘voor de zekerheid’ "
                    "bij de baas. Ze heeft een schuld voor de reis, en die wordt niet kleiner. ‘Vertel het aan "
                    "niemand,’ vraagt ze. ‘Anders raak ik alles kwijt.’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je belooft Ana dat je het aan niemand vertelt.",
                        "feedback": (
                            "Zo'n belofte kun je niet houden als je hulp wilt regelen. Als je die belofte later "
                            "breekt, verliest Ana haar vertrouwen in jou. Wees liever eerlijk over wat je doet."
                        ),
                        "next_step": "",
                        "end_score": 30,
                        "end_explanation": (
                            "Je nam Ana serieus, maar je zit nu vast aan een belofte. Zonder overleg kun je haar "
                            "niet helpen. Beloof nooit geheimhouding. Leg uit dat je advies vraagt, en dat dit "
                            "anoniem kan."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt eerlijk dat je advies gaat vragen, zonder haar naam te noemen. Je spreekt af "
                            "hoe je haar veilig kunt bereiken."
                        ),
                        "feedback": (
                            "Goed. Je bent eerlijk en je neemt haar angst serieus. Anoniem advies vragen kan "
                            "altijd. En met een veilige afspraak raakt Ana niet uit beeld."
                        ),
                        "next_step": "vervolg",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "Je loopt naar buiten en zegt tegen de man dat de baas haar paspoort moet teruggeven."
                        ),
                        "feedback": (
                            "Zo spreek je een mogelijke uitbuiter aan. De baas weet dan dat Ana heeft gepraat. "
                            "Dat kan gevaarlijk voor haar zijn. Spreek een mogelijke dader nooit zelf aan."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Ana loopt nu meer gevaar. Ze kan haar werk en haar bed kwijtraken, of bedreigd "
                            "worden. Schrijf op wat je weet en overleg met het Meld- en Adviespunt. Politie of "
                            "Arbeidsinspectie kunnen daarna verder."
                        ),
                    },
                ],
            },
            {
                "key": "vervolg",
                "scenario": "<p>Ana is weer weg. Je hebt veel gehoord.</p>",
                "prompt": "Wat doe je nu?",
                "choices": [
                    {
                        "text": (
                            "Je schrijft de feiten op en overlegt met het Meld- en Adviespunt Mensenhandel Flevoland."
                        ),
                        "feedback": (
                            "Dit is de beste stap. Je legt vast wat je zag en hoorde, zonder conclusies. Het "
                            "Meld- en Adviespunt denkt mee over hulp en over melden."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je hield de man buiten het gesprek, gebruikte een professionele tolk, was eerlijk "
                            "tegen Ana en haalde deskundige hulp erbij. Zo krijgt Ana een echte kans op hulp, "
                            "zonder extra gevaar."
                        ),
                    },
                    {
                        "text": (
                            "Je schrijft in het dossier: ‘Ana is slachtoffer van mensenhandel.’ Daarna doe je niets."
                        ),
                        "feedback": (
                            "Schrijf feiten op, geen conclusies. En alleen opschrijven is niet genoeg: overleg "
                            "ook met het Meld- en Adviespunt."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je zag het goed, maar je informatie komt niet bij wie Ana kan helpen. En een "
                            "conclusie zonder feiten kan een ander niet gebruiken. Schrijf op wat je zag en "
                            "hoorde, en overleg."
                        ),
                    },
                    {
                        "text": "Je wacht af. Ana weet nu waar ze je kan vinden.",
                        "feedback": (
                            "Slachtoffers komen zelden uit zichzelf terug. Ze zijn bang of worden in de gaten "
                            "gehouden. Wachten is dus geen goed plan. Overleg nu."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Ana blijft in dezelfde situatie, en niemand anders weet ervan. Je hoeft niet zeker "
                            "te weten dat het mensenhandel is om advies te vragen."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "basis-eva-vriend-pad",
        "title": "Beslispad: Eva en haar vriend die alles regelt",
        "kind": "path",
        "scenario": (
            "<p>Eva is 18 jaar. Je kent haar via je werk. Ze vertelt dat ze een nieuwe vriend heeft van 26. ‘Hij "
            "regelt alles voor me,’ zegt ze. ‘Ik ben echt verliefd.’</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Een oudere vriend die alles regelt, afspraken met andere mannen in hotels, en geld dat naar hem "
            "gaat: dit kan passen bij de methode van een <strong>loverboy</strong> (pooierboy). Slachtoffers van "
            "loverboys zijn slachtoffers van mensenhandel. Ze zien zichzelf vaak niet zo, omdat ze verliefd zijn. "
            "Oordeel niet, blijf in contact, geef discreet informatie over hulp, schrijf de feiten op en "
            "overleg.</p>"
        ),
        "discussion_prompts": [
            "Hoe praat je met iemand die verliefd is op de persoon die haar misschien uitbuit?",
            "Welke informatie over hulp kun jij discreet meegeven?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual", "control", "person"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": (
                    "<p>Eva vertelt verder. Haar vriend regelt ‘afspraken’ met vrienden van hem, in hotels. Het "
                    "geld geeft ze aan hem, ‘voor onze toekomst’. Ze ziet er moe uit. Met haar familie heeft ze "
                    "bijna geen contact meer.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je zegt meteen dat ze slachtoffer is van mensenhandel en dat ze bij hem weg moet.",
                        "feedback": (
                            "Je bedoelt het goed. Maar Eva is verliefd en ziet zichzelf niet als slachtoffer. Met "
                            "een harde conclusie duw je haar misschien weg. Stel liever open vragen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Eva voelt zich niet begrepen en vertelt niets meer. Veel slachtoffers hebben tijd "
                            "nodig. Oordeel niet, blijf in contact en overleg over de volgende stap."
                        ),
                    },
                    {
                        "text": (
                            "Je luistert zonder te oordelen en stelt open vragen. Je laat merken dat je er voor "
                            "haar bent."
                        ),
                        "feedback": (
                            "Goed. Zo houd je het contact. Open vragen helpen Eva om zelf na te denken over wat "
                            "er gebeurt."
                        ),
                        "next_step": "telefoon",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "Je denkt: ze is volwassen, dus het is haar eigen keuze. Je gaat verder met je gesprek."
                        ),
                        "feedback": (
                            "Ook bij volwassenen kan er dwang zijn. Verliefdheid en afhankelijkheid kunnen daar "
                            "deel van zijn. Een oudere vriend die het geld houdt, is een signaal."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Je laat sterke signalen liggen. Dat iemand 18 is en ‘ja’ zegt, betekent niet dat ze "
                            "vrij kiest. Schrijf op wat je hoorde en overleg."
                        ),
                    },
                ],
            },
            {
                "key": "telefoon",
                "scenario": (
                    "<p>Eva's telefoon gaat steeds. Het is haar vriend. ‘Ik moet gaan,’ zegt ze. ‘Hij wordt boos "
                    "als ik niet opneem.’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je laat haar gaan. Je geeft haar discreet de gegevens van Chat met Fier en spreekt "
                            "af hoe je haar veilig kunt bereiken."
                        ),
                        "feedback": (
                            "Goed. Je houdt haar niet tegen, maar ze weet nu waar ze terecht kan. Een anonieme "
                            "chat is voor veel jongeren een kleine stap."
                        ),
                        "next_step": "daarna",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je pakt haar telefoon en zegt tegen haar vriend dat hij haar met rust moet laten.",
                        "feedback": (
                            "Zo spreek je een mogelijke uitbuiter aan. Hij weet dan dat Eva heeft gepraat. Dat "
                            "kan gevaarlijk voor haar zijn. Spreek een mogelijke dader nooit zelf aan."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Eva loopt nu meer gevaar, en ze vertrouwt jou misschien niet meer. Houd een "
                            "mogelijke dader altijd buiten beeld. Schrijf op wat je weet en overleg."
                        ),
                    },
                    {
                        "text": "Je zegt dat ze niet mag gaan voordat ze alles heeft verteld.",
                        "feedback": (
                            "Druk zetten werkt niet. Eva is al bang dat haar vriend boos wordt. Laat haar gaan, "
                            "maar zorg dat ze weet waar ze terecht kan."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Eva voelt zich klem gezet, door hem en nu ook door jou. Geef haar ruimte en een "
                            "veilige weg terug naar jou of naar hulp."
                        ),
                    },
                ],
            },
            {
                "key": "daarna",
                "scenario": "<p>Eva is weg. Je blijft achter met je zorgen.</p>",
                "prompt": "Wat doe je nu?",
                "choices": [
                    {
                        "text": (
                            "Je schrijft de feiten op en overlegt met het Meld- en Adviespunt Mensenhandel Flevoland."
                        ),
                        "feedback": (
                            "Dit is de beste stap. Je legt vast wat Eva vertelde, zonder conclusies. Samen met "
                            "het Meld- en Adviespunt bepaal je wat er nodig is."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je oordeelde niet, hield het contact, hield de vriend buiten beeld en haalde "
                            "deskundige hulp erbij. Zo heeft Eva een echte kans op hulp, ook als ze er nu nog "
                            "niet klaar voor is."
                        ),
                    },
                    {
                        "text": "Je belt haar ouders en vertelt wat Eva jou heeft verteld.",
                        "feedback": (
                            "Eva is volwassen, en je weet niet hoe haar ouders reageren. Misschien komt ze zo "
                            "juist meer in gevaar. Overleg eerst met het Meld- en Adviespunt voordat je iets "
                            "deelt."
                        ),
                        "next_step": "",
                        "end_score": 30,
                        "end_explanation": (
                            "Je wilde helpen, maar je besliste alleen en zonder Eva. Dat kan haar vertrouwen en "
                            "haar veiligheid schaden. Overleg eerst, en schrijf de feiten op."
                        ),
                    },
                    {
                        "text": "Je wacht tot Eva zelf om hulp vraagt.",
                        "feedback": (
                            "Slachtoffers vragen zelden zelf om hulp, zeker als ze verliefd zijn. Wachten is dus "
                            "geen goed plan. Overleg nu, dat kan ook anoniem."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Er gebeurt niets met wat je hoorde. Je hoeft niet zeker te weten dat het "
                            "mensenhandel is om advies te vragen."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "basis-bedelen-voor-een-ander",
        "title": "Bedelen voor een ander bij de supermarkt",
        "kind": "single",
        "scenario": (
            "<p>Bij een supermarkt zit elke dag dezelfde man om geld te vragen. 's Ochtends zet een auto hem af. "
            "'s Avonds haalt dezelfde auto hem op. Je ziet dat hij dan al het geld aan de bestuurder geeft.</p>"
        ),
        "prompt": "Welke vorm van uitbuiting kan dit zijn?",
        "explanation": (
            "<p>Iemand dwingen om te bedelen valt onder <strong>criminele uitbuiting</strong>. Daaronder valt "
            "ook: iemand dwingen om drugs te vervoeren, te stelen of een bankrekening uit te lenen. Eén signaal "
            "bewijst niets. Maar gebracht en gehaald worden, en al het geld afgeven, zijn samen een reden om te "
            "overleggen.</p>"
        ),
        "discussion_prompts": [
            "Waar in onze gemeente zouden we dit kunnen zien?",
            "Aan wie geef jij zo'n signaal door?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["criminal"],
        "signals": ["control", "documents_money"],
        "choices": [
            {
                "text": "Seksuele uitbuiting.",
                "correct": False,
                "feedback": (
                    "Nee. Daarbij wordt iemand gedwongen tot seks met anderen. Hier moet iemand geld ophalen voor "
                    "een ander door te bedelen."
                ),
            },
            {
                "text": "Criminele uitbuiting.",
                "correct": True,
                "feedback": (
                    "Ja. Gedwongen bedelen valt onder criminele uitbuiting. De man wordt gebracht en gehaald en "
                    "geeft al het geld af. Schrijf op wat je zag en overleg."
                ),
            },
            {
                "text": "Gedwongen orgaanverwijdering.",
                "correct": False,
                "feedback": (
                    "Nee. Dat is ook een vorm van mensenhandel, maar het komt in Nederland bijna niet voor. Hier "
                    "gaat het om bedelen voor een ander."
                ),
            },
            {
                "text": "Geen uitbuiting. Bedelen is zijn eigen keuze.",
                "correct": False,
                "feedback": (
                    "Dat weet je niet. Hij wordt gebracht en gehaald en geeft al het geld af. Dat kan wijzen op "
                    "dwang. Zeker weten hoeft niet: overleg over wat je zag."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "basis-vormen-van-uitbuiting",
        "title": "Welke vormen vallen onder mensenhandel?",
        "kind": "multiple",
        "scenario": (
            "<p>Je team maakt een poster over mensenhandel. Een collega maakt een lijst met voorbeelden. Niet "
            "alles op de lijst klopt.</p>"
        ),
        "prompt": "Welke voorbeelden kunnen mensenhandel zijn?",
        "explanation": (
            "<p>De wet geeft een open lijst: uitbuiting omvat ‘ten minste’ een aantal vormen. In de praktijk "
            "spreken we van <strong>seksuele uitbuiting</strong>, <strong>arbeidsuitbuiting</strong>, "
            "<strong>criminele uitbuiting</strong> en <strong>gedwongen orgaanverwijdering</strong>. Betaalde "
            "hulp bij het oversteken van een grens is mensensmokkel. Dat is iets anders, want daarbij gaat het "
            "niet om uitbuiting.</p>"
        ),
        "discussion_prompts": [
            "Welke vorm van uitbuiting zouden wij in ons werk het eerst zien?",
            "Welke vorm vinden wij het moeilijkst om te herkennen?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["sexual", "labour", "criminal", "organ"],
        "signals": ["control"],
        "choices": [
            {
                "text": ("Iemand wordt gedwongen om voor de webcam seks te hebben, terwijl een ander het geld krijgt."),
                "correct": True,
                "feedback": (
                    "Ja. Dit is seksuele uitbuiting. Die gebeurt niet alleen in clubs of hotels, maar ook online."
                ),
            },
            {
                "text": "Iemand werkt twaalf uur per dag voor bijna niets, om een schuld bij de baas af te lossen.",
                "correct": True,
                "feedback": (
                    "Ja. Dit kan arbeidsuitbuiting zijn. Vaak spelen meer problemen tegelijk: weinig loon, lange "
                    "dagen en een schuld die niet kleiner wordt."
                ),
            },
            {
                "text": "Een jongen moet pakketjes met drugs rondbrengen om een ‘boete’ af te betalen.",
                "correct": True,
                "feedback": (
                    "Ja. Dit is criminele uitbuiting. De jongen pleegt strafbare feiten, maar hij is ook slachtoffer."
                ),
            },
            {
                "text": "Iemand wordt gedwongen om een nier af te staan.",
                "correct": True,
                "feedback": (
                    "Ja. Gedwongen orgaanverwijdering is volgens de wet ook mensenhandel. In Nederland komt het "
                    "bijna niet voor."
                ),
            },
            {
                "text": "Iemand betaalt een ander om hem over de grens te brengen. Daarna gaat hij zijn eigen weg.",
                "correct": False,
                "feedback": (
                    "Nee. Dit is mensensmokkel: betaalde hulp bij een grensoversteek. Er is geen uitbuiting. Wel "
                    "kan iemand die gesmokkeld is, later alsnog worden uitgebuit."
                ),
            },
            {
                "text": "Iemand werkt in de horeca voor het minimumloon, met een contract en vrije dagen.",
                "correct": False,
                "feedback": (
                    "Nee. Een laag maar eerlijk loon, met een contract en vrije dagen, is geen uitbuiting. Het "
                    "gaat om dwang en heel slechte omstandigheden."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "basis-wonen-en-werken-signalen",
        "title": "Signalen: wonen en werken bij één baas",
        "kind": "multiple",
        "scenario": (
            "<p>Je komt voor je werk in een huis waar zes mannen wonen. Ze werken allemaal via hetzelfde "
            "uitzendbureau in een kas. Een van hen vertelt over zijn werk en zijn woning.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke arbeidsuitbuiting?",
        "explanation": (
            "<p>Eén signaal bewijst niets. Maar huur die van het loon gaat, slapen om de beurt en boetes van de "
            "baas zijn samen een reden om te overleggen. Let op wat er mét iemand gebeurt, niet op wie iemand is. "
            "Afkomst of beroep zijn nooit een signaal.</p>"
        ),
        "discussion_prompts": [
            "Welke van deze signalen kun jij in je eigen werk zien?",
            "Hoe voorkom je dat je iedereen die in een kas werkt als slachtoffer ziet?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["labour"],
        "signals": ["housing", "workplace", "documents_money"],
        "choices": [
            {
                "text": "De huur gaat van zijn loon af. Er blijft te weinig over om van te leven.",
                "correct": True,
                "feedback": (
                    "Ja. Zo houdt een baas iemand afhankelijk. Vraag hoeveel hij overhoudt, en wie de bedragen bepaalt."
                ),
            },
            {
                "text": "Er staan vier bedden voor zes mannen. Ze slapen om de beurt.",
                "correct": True,
                "feedback": (
                    "Ja. Te veel mensen in één woning, en om de beurt slapen, zijn signalen. Schrijf op wat je ziet."
                ),
            },
            {
                "text": "Wie de afwas laat staan, krijgt een boete van het bureau.",
                "correct": True,
                "feedback": (
                    "Ja. Huisregels met boetes zijn een signaal. Zo wordt iemand klein gehouden en raakt hij "
                    "steeds meer geld kwijt."
                ),
            },
            {
                "text": "Hij werkt in de tuinbouw.",
                "correct": False,
                "feedback": (
                    "Nee. Werken in de tuinbouw is geen signaal. De meeste mensen in de tuinbouw hebben gewoon "
                    "goed werk. Het gaat om de omstandigheden."
                ),
            },
            {
                "text": "Hij heeft een eigen kamer en betaalt zelf huur aan een verhuurder.",
                "correct": False,
                "feedback": (
                    "Nee. Dit is juist een teken dat wonen en werk los van elkaar staan. Dan raakt hij zijn bed "
                    "niet kwijt als hij zijn werk verliest."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "basis-papieren-geld-signalen",
        "title": "Signalen: papieren, geld en schulden",
        "kind": "multiple",
        "scenario": (
            "<p>Kim is 24 jaar. Ze heeft een licht verstandelijke beperking. Ze heeft sinds kort een nieuwe "
            "vriend. Als je samen naar haar geldzaken kijkt, valt je een paar dingen op.</p>"
        ),
        "prompt": "Welke van deze zijn signalen van mogelijke uitbuiting?",
        "explanation": (
            "<p>Schulden en abonnementen die iemand niet zelf afsloot, en een ander die de bankpas heeft: dat kan "
            "wijzen op <strong>criminele uitbuiting</strong>. Misschien wordt Kims rekening gebruikt om geld door "
            "te sluizen. Door haar beperking is Kim extra kwetsbaar. Bescherm haar geld, schrijf de feiten op en "
            "overleg.</p>"
        ),
        "discussion_prompts": [
            "Hoe vraag je naar een bankpas zonder iemand te beschuldigen?",
            "Met wie kun jij overleggen als je dit ziet?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["criminal"],
        "signals": ["documents_money", "control"],
        "choices": [
            {
                "text": "Haar vriend heeft haar bankpas ‘omdat zij dat toch niet snapt’.",
                "correct": True,
                "feedback": (
                    "Ja. Als een ander de bankpas heeft, is dat een signaal. Misschien gebruikt hij haar "
                    "rekening. Help Kim om haar rekening te beschermen."
                ),
            },
            {
                "text": "Er staan twee telefoonabonnementen op haar naam die ze zelf niet gebruikt.",
                "correct": True,
                "feedback": (
                    "Ja. Schulden en contracten op iemands naam die ze niet zelf afsloot, zijn een signaal van "
                    "criminele uitbuiting."
                ),
            },
            {
                "text": "Er komen vaak bedragen op haar rekening die meteen weer worden opgenomen.",
                "correct": True,
                "feedback": (
                    "Ja. Dit kan betekenen dat een ander haar rekening gebruikt om geld door te sluizen. Kim is "
                    "dan een geldezel."
                ),
            },
            {
                "text": "Ze heeft een kleine studieschuld die ze elke maand netjes afbetaalt.",
                "correct": False,
                "feedback": (
                    "Nee. Een schuld die iemand zelf maakte en zelf afbetaalt, is geen signaal. Het gaat om "
                    "schulden die iemand anders veroorzaakt."
                ),
            },
            {
                "text": "Ze betaalt haar huur elke maand automatisch.",
                "correct": False,
                "feedback": (
                    "Nee. Dit laat juist zien dat ze grip heeft op haar vaste lasten. Let op wie er verder aan "
                    "haar geld komt."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "basis-drie-onderdelen",
        "title": "De drie onderdelen van mensenhandel bij Lukas",
        "kind": "multiple",
        "scenario": (
            "<p>Een bemiddelaar belooft Lukas goed werk in Nederland, met een eigen kamer en een eerlijk loon. "
            "Hij regelt de reis. Eenmaal hier moet Lukas twaalf uur per dag werken. Hij krijgt bijna geen loon, "
            "want hij moet eerst de reis ‘terugbetalen’. Hij slaapt met acht anderen in één kamer.</p>"
        ),
        "prompt": "Welke onderdelen van mensenhandel zie je hier?",
        "explanation": (
            "<p>De wet noemt drie onderdelen. <strong>Wat doet de dader?</strong> Hier: werven en vervoeren. "
            "<strong>Hoe?</strong> Met dwang, en daar hoort ook bedrog bij: de beloftes kwamen niet uit. "
            "<strong>Waarom?</strong> Om Lukas uit te buiten. Een grens oversteken is geen onderdeel van "
            "mensenhandel. Ook Nederlanders kunnen slachtoffer zijn.</p>"
        ),
        "discussion_prompts": [
            "Welke vormen van dwang zijn in ons werk het moeilijkst te zien?",
            "Waarom hoef jij niet zelf te bepalen of iets mensenhandel is?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["labour"],
        "signals": ["control", "documents_money", "workplace", "housing"],
        "choices": [
            {
                "text": "De bemiddelaar werft Lukas en regelt zijn reis.",
                "correct": True,
                "feedback": (
                    "Ja. Werven en vervoeren zijn handelingen die de wet noemt. Ook iemand huisvesten hoort daarbij."
                ),
            },
            {
                "text": "Lukas is gelokt met beloftes die niet uitkwamen.",
                "correct": True,
                "feedback": (
                    "Ja. Bedrog telt als dwang. Dwang is dus meer dan geweld. Ook een schuld die iemand "
                    "vasthoudt, kan erbij horen."
                ),
            },
            {
                "text": "Het doel is om Lukas voor bijna niets te laten werken.",
                "correct": True,
                "feedback": "Ja. Uitbuiting is het doel, en dat is de kern van mensenhandel.",
            },
            {
                "text": "Lukas is over een grens gekomen.",
                "correct": False,
                "feedback": (
                    "Nee. Een grens is geen onderdeel van mensenhandel. Ook iemand die nooit een grens over ging, "
                    "kan slachtoffer zijn. Betaalde hulp bij een grensoversteek heet mensensmokkel."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "basis-twijfel-over-thijs",
        "title": "Twijfel over Thijs (16): bel je of wacht je?",
        "kind": "single",
        "scenario": (
            "<p>Thijs is 16. Hij heeft sinds kort dure schoenen en twee telefoons. Hij is vaak 's nachts weg. Een "
            "paar keer zag je een veel oudere man op hem wachten. Je twijfelt: is dit uitbuiting, of haal je je "
            "iets in je hoofd?</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Je hoeft niet zeker te weten dat het om mensenhandel gaat. Juist bij twijfel vraag je advies. Bij "
            "een kind volg je de meldcode van je organisatie, als je die hebt, en vraag je advies aan Veilig "
            "Thuis. Je kunt ook bellen met het Meld- en Adviespunt Mensenhandel Flevoland. Dat kan anoniem, en "
            "dag en nacht.</p>"
        ),
        "discussion_prompts": [
            "Wat houdt jou tegen om te overleggen als je twijfelt?",
            "Wie is bij ons de aandachtsfunctionaris, en hoe bereik je die?",
        ],
        "audiences": ["sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"],
        "exploitation_forms": ["criminal"],
        "signals": ["minors", "control"],
        "choices": [
            {
                "text": "Je wacht tot je het zeker weet. Je wilt niemand onterecht verdenken.",
                "correct": False,
                "feedback": (
                    "Zekerheid krijg je bijna nooit. Slachtoffers vertellen zelden zelf wat er gebeurt. Advies "
                    "vragen is geen beschuldiging. Je kunt het ook anoniem doen."
                ),
            },
            {
                "text": (
                    "Je schrijft de feiten op en vraagt advies. Je volgt de meldcode als je die hebt, en belt "
                    "Veilig Thuis of het Meld- en Adviespunt."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Twijfel is precies het moment om te overleggen. Daar zijn deze organisaties voor. Samen "
                    "bepaal je wat Thijs nodig heeft."
                ),
            },
            {
                "text": "Je spreekt de oudere man aan en vraagt wat hij met Thijs doet.",
                "correct": False,
                "feedback": (
                    "Spreek een mogelijke dader nooit zelf aan. Thijs kan daardoor in gevaar komen. Schrijf op "
                    "wat je zag en overleg."
                ),
            },
            {
                "text": "Je zegt tegen Thijs dat hij bij de politie komt als hij zo doorgaat.",
                "correct": False,
                "feedback": (
                    "Thijs kan slachtoffer zijn, niet alleen iemand die iets fout doet. Met dreigen jaag je hem "
                    "weg. Laat merken dat je je zorgen maakt, en overleg."
                ),
            },
        ],
        "path": [],
    },
]


QUIZZES = {
    "mensenhandel-herkennen": {
        "title": "Toets: mensenhandel herkennen",
        "intro": (
            "<p>In deze toets oefen je met situaties die iedereen kan tegenkomen, in elk werkveld. Je kiest wat "
            "je ziet en wat je doet. Na elke vraag lees je waarom een keuze wel of niet goed is. Je hebt de toets "
            "gehaald bij 70% goed. Je mag hem zo vaak doen als je wilt.</p>"
        ),
        "questions": [
            "basis-ana-busje-pad",
            "basis-eva-vriend-pad",
            "basis-drie-onderdelen",
            "basis-vormen-van-uitbuiting",
            "basis-bedelen-voor-een-ander",
            "alg-waarom-slachtoffers-zwijgen",
            "basis-wonen-en-werken-signalen",
            "basis-papieren-geld-signalen",
            "basis-twijfel-over-thijs",
            "alg-acuut-gevaar",
        ],
        "pass_mark": 70,
        "attempts_allowed": 0,
        "cooldown_minutes": 0,
    },
    "mensenhandel-herkennen-sociaal-domein": {
        "title": "Toets: mensenhandel herkennen in het sociaal domein",
        "intro": (
            "<p>In deze toets oefen je met situaties uit het sociaal domein: huisbezoeken, schuldhulp, Wmo en het "
            "Werkplein. Je kiest wat je ziet en wat je doet. Na elke vraag lees je waarom een keuze wel of niet "
            "goed is. Je hebt de toets gehaald bij 70% goed. Je mag hem zo vaak doen als je wilt.</p>"
        ),
        "questions": [
            "sd-huurachterstand-lelystad-pad",
            "sd-wmo-huishoudhulp-pad",
            "sd-schuldhulp-kassen-signalen",
            "sd-geldezel-lvb",
            "sd-criminele-uitbuiting-signalen",
            "sd-werkplein-vriend-praat",
            "sd-welke-tolk",
            "sd-feiten-in-dossier",
            "sd-delen-zonder-toestemming",
            "sd-een-signaal-bewijst-niets",
        ],
        "pass_mark": 70,
        "attempts_allowed": 0,
        "cooldown_minutes": 0,
    },
    "mensenhandel-herkennen-handhaving": {
        "title": "Toets: mensenhandel herkennen bij handhaving en toezicht",
        "intro": (
            "<p>In deze toets oefen je met situaties uit controles: woningen van arbeidsmigranten, "
            "bedrijfspanden, salons en de seksbranche. Je kiest wat je ziet en wat je doet. Na elke vraag lees je "
            "waarom een keuze wel of niet goed is. Je hebt de toets gehaald bij 70% goed. Je mag hem zo vaak doen "
            "als je wilt.</p>"
        ),
        "questions": [
            "hh-bedden-in-de-schuur-pad",
            "hh-massagesalon-pad",
            "hh-woningcontrole-signalen",
            "hh-goedkope-nagelsalon",
            "hh-restaurant-keuken-signalen",
            "hh-busje-van-vijf-uur",
            "hh-goed-verslag",
            "hh-seksbedrijf-controle-signalen",
            "hh-wonen-in-bedrijfspand",
            "hh-jongen-in-wietkwekerij",
        ],
        "pass_mark": 70,
        "attempts_allowed": 0,
        "cooldown_minutes": 0,
    },
    "mensenhandel-herkennen-oov": {
        "title": "Toets: mensenhandel aanpakken vanuit openbare orde en veiligheid",
        "intro": (
            "<p>In deze toets oefen je met situaties uit het werk van openbare orde en veiligheid: beleid, het "
            "barrièremodel, vergunningen, sluitingen en samenwerken in de keten. Na elke vraag lees je waarom een "
            "keuze wel of niet goed is. Je hebt de toets gehaald bij 70% goed. Je mag hem zo vaak doen als je "
            "wilt.</p>"
        ),
        "questions": [
            "oov-vakantiepark-barriere-pad",
            "oov-sluiting-morgen-pad",
            "oov-bij-ons-speelt-het-niet",
            "oov-barrieremodel-stappen",
            "oov-signalen-in-gemeentelijke-informatie",
            "oov-signalen-samenbrengen",
            "oov-bibob-huisvesting",
            "oov-geen-lokale-cijfers",
            "oov-jongeren-dealen-in-de-wijk",
            "oov-sluiting-plan-voor-bewoners",
        ],
        "pass_mark": 70,
        "attempts_allowed": 0,
        "cooldown_minutes": 0,
    },
    "mensenhandel-herkennen-zorg": {
        "title": "Toets: mensenhandel herkennen in de zorg",
        "intro": (
            "<p>In deze toets oefen je met situaties uit de zorg: de huisarts, de huisartsenpost, de GGD en de "
            "seksuele gezondheidszorg. Je kiest wat je ziet en wat je doet. Na elke vraag lees je waarom een "
            "keuze wel of niet goed is. Je hebt de toets gehaald bij 70% goed. Je mag hem zo vaak doen als je "
            "wilt.</p>"
        ),
        "questions": [
            "zorg-brandwond-baas-pad",
            "zorg-derde-soa-test-pad",
            "zorg-seksuele-gezondheid-signalen",
            "zorg-spreekkamer-signalen",
            "zorg-sekswerker-zonder-signalen",
            "zorg-geen-verblijfspapieren",
            "zorg-jong-meisje-oudere-vriend",
            "zorg-verslaving-en-schuld",
            "zorg-letsel-op-de-huisartsenpost",
            "sd-delen-zonder-toestemming",
        ],
        "pass_mark": 70,
        "attempts_allowed": 0,
        "cooldown_minutes": 0,
    },
    "mensenhandel-herkennen-onderwijs": {
        "title": "Toets: mensenhandel herkennen op school",
        "intro": (
            "<p>In deze toets oefen je met situaties op school: loverboys, criminele werving, online chantage en "
            "de meldcode. Je kiest wat je ziet en wat je doet. Na elke vraag lees je waarom een keuze wel of niet "
            "goed is. Je hebt de toets gehaald bij 70% goed. Je mag hem zo vaak doen als je wilt.</p>"
        ),
        "questions": [
            "ow-vriend-bij-het-hek-pad",
            "ow-kwijtgeraakt-pakketje-pad",
            "ow-loverboy-signalen",
            "ow-criminele-werving-signalen",
            "ow-ineens-betere-cijfers",
            "ow-weglopen-uit-jeugdzorg",
            "ow-meldcode-eerste-stap",
            "ow-ronselaars-bij-school",
            "ow-geheim-beloven",
            "ow-naaktfoto-chantage",
        ],
        "pass_mark": 70,
        "attempts_allowed": 0,
        "cooldown_minutes": 0,
    },
}
