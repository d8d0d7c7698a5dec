"""Scenario questions for the question bank and the five module quizzes, in Dutch at B1 level.

Plain data only. All people and situations are fictional. Feedback on every choice explains why it is or is
not a signal or a good action, and what you could do instead.

QUESTIONS: the question bank (kinds: single, multiple, path).
QUIZZES: one quiz per module, keyed by module slug (see modules.py).
FORMER_TITLES: titles of rewritten questions that `load_demo --reset` also removes.
"""

QUESTIONS = [
    # -----------------------------------------------------------------------
    # Sociaal domein
    # -----------------------------------------------------------------------
    {
        "slug": "sd-huurachterstand-lelystad-pad",
        "title": "Beslispad: een intake met de woonbegeleider erbij",
        "kind": "path",
        "scenario": (
            "<p>Je werkt bij de schuldhulp in Zeewolde. Agnieszka (41) heeft een achterstand bij haar "
            "zorgverzekering. Ze werkt via een uitzendbureau in een vleesverwerkend bedrijf en woont op een "
            "vakantiepark. Een vrouw van het bureau, de ‘woonbegeleider’, heeft haar gebracht.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Bij arbeidsuitbuiting komen vaak meer problemen samen: wonen dat vastzit aan het werk, "
            "inhoudingen op het loon, boetes, een paspoort bij het bureau en iemand van het bureau die meepraat. "
            "De beste route is: praat alleen met de cliënt, met een onafhankelijke tolk. Schrijf de feiten op. "
            "Overleg met het Meld- en Adviespunt Mensenhandel Flevoland. Spreek het bureau zelf nooit aan.</p>"
        ),
        "discussion_prompts": [
            "Hoe zeg je tegen iemand van een bureau dat je de cliënt alleen spreekt, zonder het spannend te maken?",
            "Welke tolkdienst kunnen wij snel inzetten bij een intake?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["labour"],
        "signals": ["control", "documents_money", "housing"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": (
                    "<p>De woonbegeleider wil mee naar binnen. ‘Ik doe haar administratie. Zonder mij snapt ze "
                    "het niet,’ zegt ze.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je zegt dat je een intake altijd eerst alleen met de cliënt doet.",
                        "feedback": (
                            "Goed. Zo houd je het bureau buiten het gesprek. Je maakt het niet spannend: het is "
                            "gewoon hoe jij werkt."
                        ),
                        "next_step": "tolk",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "Je laat de woonbegeleider erbij, omdat ze de administratie kent, maar je vraagt "
                            "Agnieszka wel zelf te antwoorden."
                        ),
                        "feedback": (
                            "Zo lijkt het open, maar de woonbegeleider hoort alles. Agnieszka kan dan niet vrij "
                            "praten, en het bureau weet wat zij vertelt. Spreek haar eerst alleen."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Je hebt iemand van het bureau bij het gesprek gehaald. Agnieszka kan nu niets meer "
                            "vertellen, en het bureau weet dat jij vragen stelt. Houd een werkgever of "
                            "‘begeleider’ buiten het gesprek."
                        ),
                    },
                    {
                        "text": "Je maakt samen een betalingsregeling voor de zorgpremie en sluit de intake af.",
                        "feedback": (
                            "Een betalingsregeling lost de achterstand op papier op. Maar je ziet meer dan een "
                            "schuld: wonen via het bureau en iemand van het bureau die haar administratie doet. "
                            "Kijk naar het hele plaatje en overleg."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De signalen van uitbuiting blijven liggen. Agnieszka houdt een schuld die ze niet "
                            "kan betalen, en niemand kijkt verder. Schrijf signalen op en overleg, ook als je "
                            "twijfelt."
                        ),
                    },
                ],
            },
            {
                "key": "tolk",
                "scenario": (
                    "<p>De woonbegeleider wacht buiten. Agnieszka spreekt weinig Nederlands. Haar dochter van 16 "
                    "is mee en biedt aan om te tolken.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je laat de dochter tolken, maar alleen over het geld. Over het werk praat je later wel."
                        ),
                        "feedback": (
                            "Een kind laat je niet tolken, ook niet over geld. Agnieszka zegt dan misschien niet "
                            "alles, en je belast haar dochter. Kies een professionele tolk."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je hebt wel geluisterd, maar niet veilig. Wat Agnieszka vertelt, is misschien "
                            "gekleurd, en haar dochter draagt nu een zware last. Gebruik altijd een "
                            "onafhankelijke tolk."
                        ),
                    },
                    {
                        "text": (
                            "Je belt een professionele tolk via de telefoon en praat met Agnieszka alleen in de kamer."
                        ),
                        "feedback": (
                            "Goed. Een professionele tolk is neutraal en moet geheimhouden wat hij hoort. "
                            "Agnieszka kan nu vrijer praten over haar werk, haar loon en haar woning."
                        ),
                        "next_step": "verhaal",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": ("Je maakt een nieuwe afspraak bij jou op kantoor, met een professionele tolk erbij."),
                        "feedback": (
                            "Ook goed. Op kantoor kun je rustig en alleen praten. Let er wel op dat Agnieszka "
                            "niet wordt gebracht door iemand van het bureau."
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
                    "<p>Met de tolk vertelt Agnieszka meer. Het bureau houdt geld in voor ‘huisvesting’ en "
                    "‘vervoer’. Ze deelt een chalet met negen anderen. Wie ziek is, krijgt een boete. Haar "
                    "paspoort ligt ‘in de kluis’ van het bureau.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je belt het uitzendbureau en zegt dat ze zijn paspoort moeten teruggeven.",
                        "feedback": (
                            "Zo spreek je een mogelijke uitbuiter aan. Het bureau weet dan dat Agnieszka heeft "
                            "gepraat. Dat kan gevaarlijk voor haar zijn. Overleg liever met het Meld- en "
                            "Adviespunt. Politie of Arbeidsinspectie kunnen daarna verder."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Door het bureau aan te spreken, kan Agnieszka haar werk en haar bed kwijtraken, of "
                            "bedreigd worden. Spreek een mogelijke uitbuiter nooit zelf aan. Schrijf op wat je "
                            "weet en overleg."
                        ),
                    },
                    {
                        "text": (
                            "Je schrijft de feiten op, overlegt met het Meld- en Adviespunt en spreekt af hoe je "
                            "haar veilig bereikt."
                        ),
                        "feedback": (
                            "Dit is de beste stap. Je legt vast wat je hoorde, zonder conclusies. Het Meld- en "
                            "Adviespunt denkt mee over hulp en over melden. En Agnieszka raakt niet uit beeld."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je hield het bureau buiten het gesprek, gebruikte een onafhankelijke tolk, schreef "
                            "de feiten op en haalde deskundige hulp erbij. Zo krijgt Agnieszka een echte kans op "
                            "hulp, zonder dat ze extra gevaar loopt."
                        ),
                    },
                    {
                        "text": (
                            "Je geeft Agnieszka het nummer van de Arbeidsinspectie en zegt dat ze daar zelf haar "
                            "verhaal doet, met haar loonstroken."
                        ),
                        "feedback": (
                            "Goed bedoeld, maar je legt alles bij Agnieszka. Ze is bang haar bed kwijt te raken "
                            "en zet die stap vaak niet alleen. Overleg zelf met het Meld- en Adviespunt over een "
                            "veilige route; dat kan ook de Arbeidsinspectie erbij halen."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je nam Agnieszka serieus, maar je legde de verantwoordelijkheid bij haar. Wie voor "
                            "werk en woning van het bureau afhangt, durft vaak niet alleen te melden. Schrijf de "
                            "feiten op en overleg met het Meld- en Adviespunt."
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
                "text": "Werk, woning en zorgverzekering lopen allemaal via hetzelfde bureau.",
                "correct": True,
                "feedback": (
                    "Ja, dit is een kwetsbare positie. Raakt hij zijn werk kwijt, dan ook zijn bed en zijn "
                    "verzekering. Dat is nog geen uitbuiting. Maar samen met boetes en schulden is het een reden "
                    "om alert te zijn."
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
                "text": "Hij werkt in de tuinbouw.",
                "correct": False,
                "feedback": (
                    "Nee. Werken in de tuinbouw is geen signaal. Het gaat om de omstandigheden: het loon, de "
                    "uren, de schulden en wie de controle heeft."
                ),
            },
            {
                "text": (
                    "Hij werkt via een uitzendbureau in de kassen en spreekt weinig Nederlands, net als zijn collega's."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Werk via een uitzendbureau en weinig Nederlands spreken zijn geen signalen. Veel "
                    "arbeidsmigranten hebben gewoon werk. Let op wat er met iemand gebeurt, niet op wie iemand "
                    "is."
                ),
            },
            {
                "text": "Op zijn loonstrook staan inhoudingen voor ‘boetes’ die hij niet kan uitleggen.",
                "correct": True,
                "feedback": (
                    "Ja. Onduidelijke inhoudingen en boetes zijn een signaal. Zo kan een werkgever iemand klein "
                    "en afhankelijk houden. Vraag door: waarvoor zijn de boetes, en wie bepaalt ze?"
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "sd-geldezel-lvb",
        "title": "Mevrouw De Boer en haar online vriend",
        "kind": "single",
        "scenario": (
            "<p>Mevrouw De Boer is 67 en weduwe. Ze komt bij de schuldhulp in Dronten. Via een datingsite heeft "
            "ze een ‘vriend’ leren kennen, die ze nooit heeft ontmoet. Hij vraagt haar om geld van "
            "‘zakenpartners’ op haar rekening te laten storten en het meteen door te sturen. Er staan ook twee "
            "leningen op haar naam die ze niet kent.</p>"
        ),
        "prompt": "Wat is de beste aanpak?",
        "explanation": (
            "<p>Geld dat via iemands rekening wordt doorgesluisd en leningen op haar naam die ze niet zelf "
            "afsloot: dat kan wijzen op <strong>criminele uitbuiting</strong>. Mevrouw De Boer wordt misschien "
            "gebruikt als geldezel. Eenzaamheid maakt haar kwetsbaar. Slachtoffers zijn niet alleen jongeren. "
            "Bescherm haar geld, schrijf de feiten op en overleg met de zorgcoördinator mensenhandel of de "
            "politie.</p>"
        ),
        "discussion_prompts": [
            "Hoe herken je bij schuldhulp dat iemands rekening door een ander wordt gebruikt?",
            "Wat kunnen wij samen met de bank doen om een rekening te beschermen?",
        ],
        "audiences": ["sociaal-domein"],
        "exploitation_forms": ["criminal"],
        "signals": ["documents_money", "control"],
        "choices": [
            {
                "text": (
                    "Je helpt haar rekening te beschermen, schrijft de feiten op en overlegt met de zorgcoördinator."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo stop je de schade en haal je deskundigen erbij. Ze is misschien een slachtoffer dat "
                    "zich schaamt of verliefd is. Blijf daarom ook contact met haar houden."
                ),
            },
            {
                "text": (
                    "Je zet de leningen in een betalingsregeling en spreekt met haar af dat ze geen geld meer "
                    "voor hem doorstuurt."
                ),
                "correct": False,
                "feedback": (
                    "Een regeling en een afspraak lossen het op papier op. Maar ze wordt misschien als geldezel "
                    "gebruikt, en de ‘vriend’ zet haar onder druk. Bescherm de rekening en overleg."
                ),
            },
            {
                "text": (
                    "Je stuurt de ‘vriend’ via de datingsite een bericht dat je weet wat hij doet en dat hij moet "
                    "stoppen."
                ),
                "correct": False,
                "feedback": (
                    "Spreek een mogelijke uitbuiter nooit zelf aan. Hij kan haar daarna onder druk zetten of "
                    "verdwijnen met het geld. Overleg eerst met de zorgcoördinator mensenhandel of de politie."
                ),
            },
            {
                "text": "Je zegt dat ze strafbaar is als ze geld doorsluist, en sluit het dossier.",
                "correct": False,
                "feedback": (
                    "Ze kan slachtoffer zijn, niet alleen iemand die iets fout doet. Met alleen een waarschuwing "
                    "laat je haar alleen met het probleem. Bied hulp en overleg."
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
                "text": "Ze wil graag leren hoe ze haar geld zelf kan beheren.",
                "correct": False,
                "feedback": (
                    "Nee. Dat is juist een goede stap naar zelfstandigheid. Steun haar daarin. Dat maakt haar ook "
                    "minder afhankelijk van de kennis."
                ),
            },
            {
                "text": (
                    "Ze heeft sinds een jaar een betalingsachterstand bij haar energieleverancier en schaamt zich "
                    "daarvoor."
                ),
                "correct": False,
                "feedback": (
                    "Een achterstand en schaamte komen bij veel mensen in de schuldhulp voor. Op zich is dat geen "
                    "signaal van uitbuiting. Let op leningen die ze niet zelf afsloot en op wie haar pas beheert."
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
                "text": "De kennis beheert haar bankpas, ‘omdat zij dat toch niet kan’.",
                "correct": True,
                "feedback": (
                    "Ja. Geen controle over je eigen rekening of pas is een signaal. Het kan ook gewone hulp "
                    "zijn, maar vraag door: wie is die kennis, en wat gebeurt er met het geld?"
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
                            "Je denkt: mantelzorg door familie is hier normaal. Je richt je op opa en noteert "
                            "alleen zijn zorgvraag in het dossier."
                        ),
                        "feedback": (
                            "Lina werkt dag en nacht en slaapt in de wasruimte. Dat is meer dan mantelzorg. Kijk "
                            "ook naar haar, juist nu jij er bent en anderen niet binnenkomen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De signalen blijven liggen. Lina blijft onzichtbaar. Je hoeft niets te bewijzen: "
                            "opschrijven wat je zag en overleggen is genoeg."
                        ),
                    },
                    {
                        "text": ("Je rondt het gesprek gewoon af, laat niets merken en schrijft daarna op wat je zag."),
                        "feedback": (
                            "Goed. Je houdt Lina veilig en houdt de deur open. Wat je zag, is waardevol. Schrijf "
                            "het zo snel mogelijk op: datum, wat je zag en wat er letterlijk werd gezegd."
                        ),
                        "next_step": "kantoor",
                        "end_score": None,
                        "end_explanation": "",
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
                        "text": (
                            "Je gaat morgen onaangekondigd terug voor een tweede Wmo-gesprek, zodat je Lina "
                            "alleen spreekt als de dochter weg is."
                        ),
                        "feedback": (
                            "Onaangekondigd teruggaan valt op. De familie merkt dat je iets vermoedt, en Lina kan "
                            "daar last van krijgen. Overleg eerst met het Meld- en Adviespunt over een veilige "
                            "aanpak."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je ging zelf op onderzoek uit. De familie kan nu gewaarschuwd zijn, en Lina is "
                            "misschien minder veilig. Overleg eerst, en maak samen een plan."
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
                            "Je vraagt de dochter vriendelijk of je Lina een keer alleen mag spreken, om haar ook "
                            "over mantelzorg te informeren."
                        ),
                        "feedback": (
                            "Een smoes via de familie valt op. De dochter kan weigeren, meeluisteren of Lina "
                            "onder druk zetten. Zoek een plek waar Lina al alleen komt."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De familie weet nu dat je Lina alleen wilt spreken. Misschien mag ze niet meer mee "
                            "naar de dagbesteding. Kies een moment waarop de familie er niet bij is, zonder dat "
                            "het opvalt."
                        ),
                    },
                    {
                        "text": (
                            "Je plant een gesprek met Lina alleen bij de dagbesteding, met een tolk, en geeft "
                            "haar ongemerkt een hulpnummer."
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
                "text": (
                    "Je vraagt Daria, met haar vriend erbij, of ze gedwongen wordt om in hotels te werken. Ze mag "
                    "zelf kiezen of ze antwoordt."
                ),
                "correct": False,
                "feedback": (
                    "Waar hij bij is, kan Daria niet eerlijk antwoorden. En hij weet dan dat jij iets vermoedt. "
                    "Dat kan gevaarlijk voor haar zijn. Zorg eerst dat je haar alleen spreekt."
                ),
            },
            {
                "text": (
                    "Je zegt dat je altijd een deel alleen met de cliënt praat, vraagt open hoe het gaat en "
                    "overlegt daarna."
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
                "text": (
                    "Je stopt de uitkering tijdelijk, omdat ze het werk in hotels niet opgaf, en nodigt haar uit "
                    "om dat alleen uit te leggen."
                ),
                "correct": False,
                "feedback": (
                    "Zo straf je een mogelijk slachtoffer. Zonder uitkering wordt ze nog afhankelijker van haar "
                    "‘vriend’. Praat eerst alleen met haar, schrijf de feiten op en overleg."
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
                "text": "Een professionele tolk via de telefoon, met Bogdan alleen in de kamer.",
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
                "text": (
                    "‘3 april, huisbezoek. Cliënt wordt vermoedelijk uitgebuit door haar vriend Dennis. Hij heeft "
                    "haar pas en is waarschijnlijk haar pooier. Cliënt durft niets te zeggen.’"
                ),
                "correct": False,
                "feedback": (
                    "Deze aantekening lijkt feitelijk, maar mengt feiten met conclusies: ‘vermoedelijk "
                    "uitgebuit’, ‘pooier’, ‘durft niets te zeggen’. Zo zet je een ander op het verkeerde been. "
                    "Schrijf letterlijk op wat je zag en hoorde, en zet je eigen indruk er apart bij."
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
                "text": (
                    "Je overlegt eerst anoniem met het Meld- en Adviespunt, schrijft je afweging op en bent "
                    "eerlijk tegen haar."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Anoniem overleggen kan altijd. Daarna weet je beter wat je mag en moet doen. En door "
                    "eerlijk te zijn, houd je het vertrouwen van je cliënt."
                ),
            },
            {
                "text": "Je doet niets. Zonder toestemming mag je nooit iets delen.",
                "correct": False,
                "feedback": (
                    "Dit denken veel professionals, maar het klopt niet altijd. Bij ernstige onveiligheid kan "
                    "delen soms wel. Overleg eerst, dan hoef je het niet alleen te beslissen."
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
                "text": (
                    "Je meldt het meteen bij de politie, met haar naam erbij, zodat er snel iets gebeurt. Je "
                    "vertelt het haar achteraf."
                ),
                "correct": False,
                "feedback": (
                    "Je wilt snel helpen, maar je slaat het overleg over en gaat buiten haar om. Ze kan zich "
                    "verraden voelen of in gevaar komen. Overleg eerst, weeg af en vertel haar eerlijk wat je "
                    "doet."
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
                    "Je regelt eerst een veilige slaapplek en zorg voor zijn wond. Daarna schrijf je de signalen "
                    "op en overleg je."
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
                "text": (
                    "Je verwijst hem naar de Arbeidsinspectie voor zijn loon en naar het uitzendbureau voor de "
                    "huurschuld, zodat alles geregeld is."
                ),
                "correct": False,
                "feedback": (
                    "Zo stuur je hem langs loketten, en zelfs terug naar het bureau dat hem eruit zette. Hij "
                    "slaapt in een auto, is gewond en niet verzekerd. Eerst veiligheid en zorg, dan overleggen "
                    "met het Meld- en Adviespunt."
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
                    {
                        "text": ("Je doet je gewone bezoek en plant de volgende afspraak op kantoor, alleen met Iris."),
                        "feedback": (
                            "Goed. Een afspraak op kantoor is gewoon voor begeleiding, en valt dus niet op. Daar "
                            "kun je haar rustig alleen spreken."
                        ),
                        "next_step": "alleen",
                        "end_score": None,
                        "end_explanation": "",
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
                            "Je luistert, dringt niet aan en belooft geen geheimhouding, maar doet niets zonder "
                            "het haar te zeggen."
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
                        "text": (
                            "Je legt uit wat een loverboy is en vraagt of ze vindt dat Ruben zo iemand is. Dan "
                            "kan ze het zelf bedenken."
                        ),
                        "feedback": (
                            "Goed bedoeld, maar zo stuur je het gesprek en plak je een etiket op Ruben. Iris kan "
                            "dichtklappen of hem verdedigen. Luister, stel open vragen en dring niet aan."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Iris voelde zich misschien beoordeeld. Ze vertelt nu minder, en misschien vertelt ze "
                            "Ruben over het gesprek. Luister zonder te oordelen."
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
                            "Je bespreekt het in je teamoverleg en spreekt af dat jullie het een paar maanden "
                            "aankijken, omdat Iris nog niets concreets zei."
                        ),
                        "feedback": (
                            "Met je team praten is goed, maar maanden afwachten niet. Er zijn al meer signalen "
                            "samen: een veel oudere vriend, nieuwe spullen en minder contact met haar zus. "
                            "Overleg nu met deskundigen."
                        ),
                        "next_step": "",
                        "end_score": 60,
                        "end_explanation": (
                            "Terwijl jullie afwachten, kan Iris verder in de afhankelijkheid raken. Je hoeft het "
                            "niet zeker te weten om te overleggen. Doe dat met de zorgcoördinator of het Meld- en "
                            "Adviespunt."
                        ),
                    },
                    {
                        "text": (
                            "Je schrijft de feiten op, overlegt met de zorgcoördinator of het Meld- en Adviespunt "
                            "en houdt contact."
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
                "text": "Hij slaapt bijna nooit meer in zijn eigen huis.",
                "correct": True,
                "feedback": (
                    "Ja, samen met de andere signalen. Misschien is hij uit zijn eigen huis geduwd. Vraag hoe dat "
                    "zo gekomen is."
                ),
            },
            {
                "text": "Anderen gebruiken een kamer in zijn huis, en hij mag daar zelf niet komen.",
                "correct": True,
                "feedback": (
                    "Ja. Als iemand niet meer vrij is in zijn eigen huis, is dat een signaal. Ga zelf niet "
                    "kijken. Schrijf op wat je zag en overleg."
                ),
            },
            {
                "text": (
                    "Hij drinkt al jaren te veel en heeft daardoor al eerder schulden gehad bij de bank en de "
                    "energieleverancier."
                ),
                "correct": False,
                "feedback": (
                    "Een verslaving en oude schulden maken iemand kwetsbaar, maar zijn op zich geen signaal van "
                    "uitbuiting. Let op wat er nu met zijn huis en zijn schulden gebeurt."
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
                    "Mensenhandel en mensensmokkel overlappen zo veel dat je ze in de praktijk als één misdrijf "
                    "kunt behandelen."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Het zijn verschillende misdrijven. Smokkel is betaalde hulp bij het oversteken van een "
                    "grens. Bij mensenhandel gaat het om uitbuiting, met of zonder grens."
                ),
            },
            {
                "text": (
                    "Mensenhandel gaat om uitbuiting. Ook iemand die nooit een grens overging, kan slachtoffer zijn."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Het draait om uitbuiting, niet om de grens. Daarom kun jij slachtoffers tegenkomen, ook "
                    "in je eigen wijk."
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
                "text": (
                    "Vermoeidheid, spanning en schulden staan alle drie op de signalenlijst. Je meldt het daarom "
                    "meteen bij het Meld- en Adviespunt."
                ),
                "correct": False,
                "feedback": (
                    "Dit zijn losse signalen die bij veel mensen met schulden passen. Eén signaal bewijst niets. "
                    "Kijk eerst naar het hele plaatje. Twijfel je wel echt? Dan mag je altijd advies vragen."
                ),
            },
            {
                "text": "Je denkt er niet verder over na. Mensenhandel komt in Flevoland bijna niet voor.",
                "correct": False,
                "feedback": (
                    "Dat klopt niet. Er zijn geen betrouwbare cijfers voor Flevoland, maar volgens de schatting uit 2017 "
                    "wordt maar ongeveer een op de vijf slachtoffers geregistreerd. Blijf alert, ook als je nu niets bijzonders ziet."
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
        ],
        "path": [],
    },
    # -----------------------------------------------------------------------
    # Handhaving en toezicht
    # -----------------------------------------------------------------------
    {
        "slug": "hh-bedden-in-de-schuur-pad",
        "title": "Beslispad: vergunde huisvesting op een erf in Dronten",
        "kind": "path",
        "scenario": (
            "<p>Je controleert op een akkerbouwbedrijf in Dronten de huisvesting voor seizoenwerkers. Er is een "
            "vergunning voor acht mensen in twee units. Je telt negentien matrassen, ook in de werktuigenberging. "
            "Op de deur van de berging zit een hangslot aan de buitenkant. Een briefje op de muur zegt: "
            "‘Telefoons om 22.00 uur inleveren bij Irina.’</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Wonen op een erf kan met een vergunning mogen. Het gaat dus niet om dát er op het erf wordt "
            "gewoond. Het gaat om de signalen: veel meer mensen dan de vergunning toestaat, een slot aan de "
            "buitenkant, ingeleverde telefoons en een voorvrouw die voor de bewoners praat. Samen kunnen die "
            "wijzen op <strong>arbeidsuitbuiting</strong>. Stel geen vragen waar de voorvrouw bij is. Zet niet "
            "iedereen meteen op straat. Leg feiten vast en meld via je eigen lijn aan de politie of de "
            "Nederlandse Arbeidsinspectie, en betrek de zorgcoördinator mensenhandel.</p>"
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
                    "<p>Je vraagt een bewoonster, Oksana, sinds wanneer ze hier woont. Ze kijkt naar de "
                    "voorvrouw, Irina. Irina zegt: ‘Ze spreekt geen Nederlands. Ik vertaal wel.’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je laat Irina vertalen, want anders versta je Oksana niet, en je stelt alleen "
                            "neutrale vragen over de kamer."
                        ),
                        "feedback": (
                            "Ook neutrale vragen werken niet als de voorvrouw vertaalt. Zij bepaalt wat Oksana "
                            "zegt en hoort. Stel geen vragen aan bewoners waar zij bij is, en laat haar niet "
                            "tolken."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De bewoners zeggen wat Irina wil horen. Misschien krijgen ze later problemen omdat "
                            "jij met hen sprak. Ondervraag mogelijke slachtoffers nooit waar de mogelijke "
                            "uitbuiter bij is, ook niet via een tolk van hen."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt dat de vergunning voor acht mensen is, dus dat elf mensen vandaag nog een "
                            "andere plek moeten zoeken."
                        ),
                        "feedback": (
                            "Te veel mensen is een overtreding. Maar als bewoners meteen hun bed kwijt zijn, "
                            "verdwijnen ze vaak. De uitbuiter brengt ze dan ergens anders onder. Overleg eerst, "
                            "behalve bij direct gevaar."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Elf mensen staan op straat en zijn de volgende dag verdwenen. Niemand kan hen nog "
                            "helpen. Regel eerst, samen met de zorgcoördinator mensenhandel, waar mensen heen "
                            "kunnen."
                        ),
                    },
                    {
                        "text": "Je bedankt Irina, stelt geen vragen over je vermoeden en legt vast wat je ziet.",
                        "feedback": (
                            "Goed. Je blijft rustig en zakelijk. Je laat niet merken wat je vermoedt. Zo kun je "
                            "alles goed vastleggen."
                        ),
                        "next_step": "vastleggen",
                        "end_score": None,
                        "end_explanation": "",
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
                            "Datum, tijd, het aantal matrassen, de vergunning, het slot, het briefje, wie er "
                            "waren, letterlijke woorden en foto's."
                        ),
                        "feedback": (
                            "Goed. Dit zijn feiten. Een rechercheur, inspecteur of jurist kan er later mee verder."
                        ),
                        "next_step": "doorgeven",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "‘Ernstige overbewoning: 19 matrassen, vergunning voor 8. Voorvrouw Irina houdt de "
                            "bewoners onder druk; vermoedelijk mensenhandel. Foto's gemaakt.’"
                        ),
                        "feedback": (
                            "Een deel is feitelijk: de aantallen en de foto's. Maar ‘houdt onder druk’ en "
                            "‘vermoedelijk mensenhandel’ zijn conclusies. Schrijf op wat je zag en hoorde: het "
                            "slot, het briefje over de telefoons, wat Irina letterlijk zei."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je verslag is maar half bruikbaar. Een besluit of onderzoek staat of valt met "
                            "feiten: aantallen, tijden, letterlijke woorden en foto's. Zet je eigen indruk er "
                            "apart bij."
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
                        "text": (
                            "Je meldt het via je eigen lijn aan politie of Arbeidsinspectie, en betrekt de "
                            "zorgcoördinator mensenhandel."
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
                        "text": (
                            "Je legt een last onder dwangsom op voor de overbewoning en zet de signalen in het "
                            "dossier, voor de volgende controle."
                        ),
                        "feedback": (
                            "De last kan terecht zijn. Maar de signalen van uitbuiting blijven in jouw dossier "
                            "liggen. Geef ze ook door via je eigen lijn."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De overbewoning wordt misschien opgelost, maar de signalen komen nergens terecht. "
                            "Een maatregel alleen helpt de bewoners niet. Meld de signalen via je eigen lijn."
                        ),
                    },
                    {
                        "text": (
                            "Je belt de volgende dag de boer. Hij is de vergunninghouder, dus hij moet weten wat "
                            "er op zijn erf gebeurt."
                        ),
                        "feedback": (
                            "De boer is misschien zelf betrokken, of hij waarschuwt Irina. Dan kunnen de bewoners "
                            "worden weggestuurd of bedreigd. Laat onderzoek over aan de politie en de "
                            "Arbeidsinspectie."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De boer is gewaarschuwd. Als de Arbeidsinspectie komt, is de berging leeg. Spreek "
                            "een mogelijke uitbuiter nooit aan op je vermoeden, ook niet als hij de vergunning "
                            "heeft."
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
                "text": ("De bewoners spreken onderling Pools en werken allemaal bij hetzelfde bedrijf in de kassen."),
                "correct": False,
                "feedback": (
                    "Nee. Waar mensen vandaan komen of welke taal ze spreken, is geen signaal. Samen werken bij "
                    "één bedrijf ook niet. Let op wat er met mensen gebeurt."
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
                "text": (
                    "Elke bewoner heeft een eigen huurcontract en een eigen sleutel, en de huur staat apart op de "
                    "loonstrook."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Een eigen contract en een eigen sleutel zijn juist goede tekenen. Huur die apart op de "
                    "loonstrook staat, is op zich ook geen signaal. Let wel op of er genoeg loon overblijft."
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
                "text": "In het huis staan twaalf bedden. De bewoners slapen om de beurt.",
                "correct": True,
                "feedback": (
                    "Ja. Overbewoning en slapen in ploegen zijn signalen. Noteer het aantal bedden, kamers en mensen."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-massagesalon-pad",
        "title": "Beslispad: een appartement met een ‘receptie’ in Almere",
        "kind": "path",
        "scenario": (
            "<p>Na klachten van buren over steeds andere mannen controleer je met een collega een appartement in "
            "Almere. Er is geen vergunning voor een seksbedrijf. Je treft twee jonge vrouwen en een oudere vrouw "
            "die zegt dat ze ‘de receptie doet’.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Seks zonder vergunning, ingestudeerde antwoorden en iemand die de touwtjes in handen heeft: dat "
            "zijn signalen van mogelijke <strong>seksuele uitbuiting</strong>. Ook een vrouw kan de uitbuiter "
            "zijn. Meteen sluiten lijkt krachtig, maar dan verdwijnen de jonge vrouwen misschien. En een slecht "
            "onderbouwd besluit kan bij de rechter sneuvelen. Leg alles vast en geef het via je eigen organisatie "
            "door aan de politie en OOV. OOV kan de zaak bij het RIEC inbrengen. Denk aan hulp voor de "
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
                    "<p>De jonge vrouwen geven allebei precies hetzelfde antwoord. Ze kijken steeds naar de vrouw "
                    "van de ‘receptie’, die een schrift met namen en bedragen bijhoudt.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je vraagt de jonge vrouwen of ze hier vrijwillig werken. De vrouw van de receptie "
                            "hoort het, maar zo weet ze dat de gemeente oplet."
                        ),
                        "feedback": (
                            "Waar de vrouw van de receptie bij is, kunnen de jonge vrouwen niet eerlijk "
                            "antwoorden. En zij weet nu wat je vermoedt. Stel die vraag niet in haar bijzijn."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De jonge vrouwen zeggen dat alles goed is, en de vrouw van de receptie weet nu wat "
                            "je vermoedt. Ondervraag mogelijke slachtoffers nooit waar de mogelijke uitbuiter bij "
                            "is."
                        ),
                    },
                    {
                        "text": (
                            "Je maakt je controle rustig af, legt precies vast wat je ziet en zegt niets over je "
                            "vermoeden."
                        ),
                        "feedback": (
                            "Goed. Je houdt de vrouwen veilig en verzamelt feiten. Noteer ook het schrift met "
                            "namen en bedragen, en wat er letterlijk werd gezegd."
                        ),
                        "next_step": "na-controle",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je zegt dat het appartement per direct dicht is en stuurt iedereen weg.",
                        "feedback": (
                            "Sluiten zonder voorbereiding is riskant. De vrouwen verdwijnen misschien naar een "
                            "andere plek. En een besluit zonder goed dossier kan bij de rechter sneuvelen."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Het appartement is leeg, maar de vrouwen zijn uit beeld. Een week later werken ze op "
                            "een ander adres. Leg eerst vast, geef het door en laat de gemeente een onderbouwd "
                            "besluit nemen."
                        ),
                    },
                ],
            },
            {
                "key": "na-controle",
                "scenario": (
                    "<p>Terug op kantoor zegt een collega: ‘Ach, het zijn volwassen vrouwen. Dat is hun eigen "
                    "keuze.’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je zet het verslag in het dossier en wacht op een tweede controle. Met één bezoek "
                            "heb je nog te weinig om te melden."
                        ),
                        "feedback": (
                            "Je hoeft het niet zeker te weten om signalen door te geven. Seks zonder vergunning, "
                            "ingestudeerde antwoorden en iemand die alles bijhoudt, zijn samen genoeg om te "
                            "melden."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Je zag de signalen, maar er gebeurt niets mee. Tot de volgende controle werken de "
                            "vrouwen gewoon door. Geef signalen door via je eigen lijn, ook als je twijfelt."
                        ),
                    },
                    {
                        "text": (
                            "Je gaat zelf nog eens langs, als ‘klant’, om te kijken of er echt seks wordt aangeboden."
                        ),
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
                    {
                        "text": (
                            "Je geeft je verslag via je eigen lijn aan de politie en OOV, en vraagt de "
                            "zorgcoördinator mee te denken."
                        ),
                        "feedback": (
                            "Goed. Je signalen komen bij de partners die verder kunnen. En er wordt aan de "
                            "vrouwen gedacht."
                        ),
                        "next_step": "maatregel",
                        "end_score": None,
                        "end_explanation": "",
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
                            "Sluiten op basis van het verslag van handhaving alleen. De vergunning ontbreekt, en "
                            "dat is al genoeg reden."
                        ),
                        "feedback": (
                            "Het ontbreken van een vergunning is een reden, maar zonder informatie van partners "
                            "en zonder plan voor de vrouwen is het besluit kwetsbaar. En de vrouwen verdwijnen "
                            "uit beeld."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De sluiting wordt bij de rechter teruggedraaid, en de vrouwen zijn intussen "
                            "verdwenen. Een besluit staat of valt met de feiten in het dossier."
                        ),
                    },
                    {
                        "text": (
                            "Eerst het dossier op orde en een plan voor de vrouwen. Daarna een maatregel die past."
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
                ],
            },
        ],
    },
    {
        "slug": "hh-goedkope-nagelsalon",
        "title": "Een wasstraat met heel lage prijzen",
        "kind": "single",
        "scenario": (
            "<p>Je controleert een handwasstraat aan de rand van Lelystad. Een wasbeurt kost de helft van elders. "
            "Vijf mannen werken in de kou, zonder handschoenen of laarzen. Achter de zaak staat een container met "
            "matrassen en een kookplaatje. Aan het eind van de dag haalt een vrouw in een auto al het contante "
            "geld op.</p>"
        ),
        "prompt": "Wat is de beste reactie?",
        "explanation": (
            "<p>Prijzen ver onder de markt met veel personeel, gevaarlijk werk zonder bescherming, slapen bij het "
            "werk en één persoon die al het geld ophaalt: samen kan dat wijzen op "
            "<strong>arbeidsuitbuiting</strong>. Het lijkt op wat je over nagelsalons leerde, in een andere "
            "branche. Leg vast, meld en werk samen.</p>"
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
                "text": (
                    "Je legt vast wat je ziet, meldt het bij de Arbeidsinspectie en vraagt OOV om een "
                    "gezamenlijke controle."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo komen je signalen bij de partners die onderzoek mogen doen. Een gezamenlijke controle "
                    "brengt meer kennis en bevoegdheden bij elkaar."
                ),
            },
            {
                "text": (
                    "Je zegt tegen de vrouw die het geld ophaalt: ‘Ik denk dat jullie personeel wordt uitgebuit.’"
                ),
                "correct": False,
                "feedback": (
                    "Spreek een mogelijke uitbuiter nooit aan op je vermoeden. De mannen kunnen daarna onder druk "
                    "worden gezet of verdwijnen. Leg vast en meld het."
                ),
            },
            {
                "text": (
                    "Je schrijft een boete uit voor het ontbreken van handschoenen en laarzen, en plant over drie "
                    "maanden een nieuwe controle."
                ),
                "correct": False,
                "feedback": (
                    "De boete kan terecht zijn, maar je kijkt alleen naar de veiligheid. Slapen bij het werk en "
                    "het ophalen van al het geld zijn signalen die ook door moeten naar de Arbeidsinspectie."
                ),
            },
            {
                "text": (
                    "Je vraagt een van de mannen, terwijl de vrouw in de auto toekijkt, hoeveel hij verdient en "
                    "waar hij slaapt."
                ),
                "correct": False,
                "feedback": (
                    "Waar de vrouw bij is, kan hij niet eerlijk antwoorden. Hij kan er later last van krijgen. "
                    "Laat gesprekken over uitbuiting aan de Arbeidsinspectie of de politie, op een veilige "
                    "manier."
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
                "text": "De keuken is heel druk en warm.",
                "correct": False,
                "feedback": (
                    "Nee. Een drukke, warme keuken is normaal. Let liever op werktijden, rustdagen en wie het "
                    "woord voert."
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
                "text": (
                    "Het restaurant is elke dag van de week open, van twaalf uur 's middags tot elf uur 's avonds."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Lange openingstijden zeggen niets over de werktijden van één persoon. Vraag je wel af "
                    "of iedereen vrije dagen heeft, als je andere signalen ziet."
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
                "text": "In de opslagruimte achter de keuken liggen matrassen en tassen met kleding.",
                "correct": True,
                "feedback": (
                    "Ja. Slapen op of bij het werk is een signaal. Mensen zijn dan dag en nacht bij de werkgever. "
                    "Noteer wat je ziet en maak foto's."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "hh-busje-van-vijf-uur",
        "title": "Een bestelbus bij de haven van Urk",
        "kind": "single",
        "scenario": (
            "<p>Je bent boa in Urk. Om vier uur 's nachts zie je bij de haven een bestelbus. Acht mannen stappen "
            "uit en lopen naar een visverwerkingsbedrijf. Een man neemt bij de deur hun telefoons in. Een "
            "havenmedewerker vertelt dat de mannen in een loods op het bedrijventerrein slapen.</p>"
        ),
        "prompt": "Wat doe je?",
        "explanation": (
            "<p>Vervoer in groepen op vaste tijden, iemand die telefoons inneemt en slapen bij het werk: werk en "
            "wonen worden strak geregeld door één partij. Dat kan wijzen op <strong>arbeidsuitbuiting</strong>. "
            "Schrijf op wat je ziet, meld het via je eigen lijn bij de Arbeidsinspectie en zorg dat OOV het "
            "weet.</p>"
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
                "text": (
                    "Je loopt naar de man met de telefoons en vraagt of de mannen hier legaal werken en waar ze wonen."
                ),
                "correct": False,
                "feedback": (
                    "Zo waarschuw je een mogelijke uitbuiter. De mannen kunnen daar last van krijgen, of verhuisd "
                    "worden. Observeer en leg vast, zonder iemand aan te spreken op je vermoeden."
                ),
            },
            {
                "text": (
                    "Je noteert tijd, kenteken en aantal mensen, meldt het bij de Arbeidsinspectie en zorgt dat "
                    "OOV het weet."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Met deze feiten kan de Arbeidsinspectie verder. En OOV kan jouw signalen naast andere "
                    "informatie leggen, zoals inschrijvingen en vergunningen."
                ),
            },
            {
                "text": (
                    "Je vraagt de havenmedewerker om de komende nachten kentekens en tijden bij te houden en die "
                    "aan jou door te geven."
                ),
                "correct": False,
                "feedback": (
                    "Zo laat je een burger voor jou onderzoek doen. Dat kan hem in gevaar brengen. Leg zelf vast "
                    "wat je ziet en geef het door."
                ),
            },
            {
                "text": (
                    "Je meldt het bij Meld Misdaad Anoniem, zodat niemand weet dat de melding van de gemeente komt."
                ),
                "correct": False,
                "feedback": (
                    "Meld Misdaad Anoniem is een onafhankelijke meldlijn voor burgers die anoniem willen blijven. "
                    "Als boa heb je een eigen meldlijn. Een melding met tijd, kenteken en jouw naam is voor de "
                    "Arbeidsinspectie veel bruikbaarder."
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
                "text": (
                    "‘14 mei, vroeg in de ochtend: mensen wonen hier in mensonterende omstandigheden. Een man "
                    "zegt dat de baas zijn paspoort heeft. De manager is duidelijk de uitbuiter.’"
                ),
                "correct": False,
                "feedback": (
                    "Er staan feiten in, maar ook oordelen: ‘mensonterend’ en ‘duidelijk de uitbuiter’. En "
                    "tijden, aantallen en letterlijke woorden ontbreken. Schrijf op wat je zag en hoorde, en zet "
                    "je indruk er apart bij."
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
                "text": "Een vrouw weet niet hoeveel ze zelf verdient en kiest haar klanten niet zelf.",
                "correct": True,
                "feedback": (
                    "Ja. Geen zeggenschap over klanten, prijzen of tijden is een signaal van dwang. Schrijf op "
                    "wat ze letterlijk zei."
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
            {
                "text": "Een man aan de bar houdt al het geld van de sekswerkers bij zich.",
                "correct": True,
                "feedback": (
                    "Ja. Geld moeten afgeven aan een ander is een belangrijk signaal. Noteer wie die man is en "
                    "wat je zag."
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
                "text": (
                    "Een vrouw zegt dat haar ‘vriend’ haar elke avond brengt en haalt, en dat hij haar rooster maakt."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Gebracht en gehaald worden en geen zeggenschap over je eigen werktijden zijn signalen "
                    "van controle. Samen met de andere signalen is dat een reden om te melden."
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
                "text": "Je zet iedereen meteen op straat. Er is geen vergunning om in dit pand te wonen.",
                "correct": False,
                "feedback": (
                    "Er is misschien geen vergunning, maar iedereen meteen op straat zetten maakt slachtoffers "
                    "onzichtbaar. Ze verdwijnen, en de uitbuiter brengt ze elders onder. Overleg eerst, behalve "
                    "bij direct gevaar."
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
                    "Je vraagt de verhuurder rustig wie de mensen hierheen heeft gebracht, want hij is als "
                    "eigenaar verantwoordelijk."
                ),
                "correct": False,
                "feedback": (
                    "Zo spreek je iemand aan die er misschien bij betrokken is. Hij kan de bewoners waarschuwen "
                    "of wegsturen. Laat vragen over wie ze bracht aan de politie of de Arbeidsinspectie."
                ),
            },
            {
                "text": (
                    "Je kijkt of er direct gevaar is. Zo niet, dan leg je vast wat je ziet, meld je het en zorg "
                    "je voor opvang."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Veiligheid eerst, maar zonder mensen uit beeld te laten raken. Is er wel direct gevaar, "
                    "bijvoorbeeld voor brand? Grijp dan in en regel meteen opvang."
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
                "text": (
                    "Als mogelijk slachtoffer. Je schrijft zijn woorden letterlijk op en geeft ze door aan de politie."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo kan de politie beoordelen of Jesse ook slachtoffer is. Dat maakt uit voor de hulp die "
                    "hij krijgt en voor het onderzoek naar wie hem liet werken."
                ),
            },
            {
                "text": "Als verdachte. Hij zat in de woning met de kwekerij, dus hij is schuldig.",
                "correct": False,
                "feedback": (
                    "Hij kan verdachte zijn, maar de signalen wijzen ook op uitbuiting: een deur op slot en een "
                    "schuld die hij moet afwerken. Leg ook die signalen vast."
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
                "text": (
                    "Je vraagt hem om de namen van de bazen, en belooft dat je ervoor zorgt dat hij dan geen "
                    "straf krijgt."
                ),
                "correct": False,
                "feedback": (
                    "Jij kunt zoiets niet beloven, en vragen naar namen is werk voor de politie. Jesse kan "
                    "daardoor ook in gevaar komen. Schrijf op wat hij zegt en geef het door."
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
                "text": "Een man betaalt de kamer contant en zit in de lobby te werken op zijn laptop.",
                "correct": False,
                "feedback": (
                    "Nee. Contant betalen en in de lobby werken zijn op zich geen signalen. Let op wie er wordt "
                    "gebracht en wie er naar de kamer komt."
                ),
            },
            {
                "text": "Steeds andere jonge vrouwen worden door dezelfde man naar het hotel gebracht.",
                "correct": True,
                "feedback": (
                    "Ja. Dit past bij sekswerk dat steeds van plek wisselt, onder controle van een ander. Vraag "
                    "het personeel om data, tijden en kentekens op te schrijven."
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
                "text": "Een stel viert een weekendje weg in het hotel en bestelt elke avond roomservice.",
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
        "title": "Een raadslid: ‘Maar één melding’",
        "kind": "single",
        "scenario": (
            "<p>Een raadslid wil het geld voor de training over mensenhandel schrappen. ‘Vorig jaar kwam er in "
            "onze gemeente maar één melding binnen. Dan hebben we toch geen probleem?’ De wethouder vraagt jou om "
            "advies.</p>"
        ),
        "prompt": "Wat antwoord je?",
        "explanation": (
            "<p>Mensenhandel is een haaldelict: het komt pas aan het licht als iemand kijkt. Weinig meldingen "
            "betekent dus vaak dat niemand kijkt. Volgens de schatting uit 2017 waren er ongeveer vijf keer zo "
            "veel slachtoffers als er werden geregistreerd. Training maakt signalen zichtbaar. Gebruik geen "
            "zelfbedachte lokale cijfers.</p>"
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
                "text": "‘Eén melding is weinig. Laten we het geld naar iets anders schuiven.’",
                "correct": False,
                "feedback": (
                    "Weinig meldingen zegt vooral dat er weinig wordt gezien. Zonder training zie je nog minder."
                ),
            },
            {
                "text": "‘Weinig meldingen betekent vaak dat niemand kijkt. Training maakt signalen zichtbaar.’",
                "correct": True,
                "feedback": (
                    "Ja. Mensenhandel komt pas aan het licht als professionals kijken en de route kennen. Het "
                    "Meld- en Adviespunt Mensenhandel Flevoland helpt daarbij."
                ),
            },
            {
                "text": (
                    "‘Laten we op basis van de landelijke schatting zelf uitrekenen hoeveel slachtoffers hier "
                    "zijn, en dat getal in de nota zetten.’"
                ),
                "correct": False,
                "feedback": (
                    "Een zelf uitgerekend lokaal getal lijkt precies, maar is niet betrouwbaar. Er zijn geen "
                    "cijfers voor Flevoland. Gebruik landelijke cijfers met het jaartal erbij."
                ),
            },
            {
                "text": "‘We wachten tot er meer meldingen komen. Dan maken we beleid.’",
                "correct": False,
                "feedback": "Meldingen komen pas als mensen leren kijken. Wachten houdt het probleem onzichtbaar.",
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-vakantiepark-barriere-pad",
        "title": "Beslispad: een uitzendbureau wil een oud zorgcentrum ombouwen",
        "kind": "path",
        "scenario": (
            "<p>Je werkt bij openbare orde en veiligheid in de Noordoostpolder. Een uitzendbureau vraagt een "
            "vergunning om een leeg zorgcentrum in Emmeloord om te bouwen tot woonruimte voor 150 "
            "arbeidsmigranten. Tegelijk hoort het wijkteam van twee mensen die bij dit bureau werkten dat ze hun "
            "bed kwijtraakten toen ze ziek werden.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Het barrièremodel voor kwetsbare arbeidsmigranten volgt de route van de arbeidsmigrant: werven en "
            "binnenkomen, huisvesting, inschrijving, werk, verblijf en terugkeer. Hier gaat het om huisvesting, "
            "inschrijving en werk. Breng informatie van handhaving, Burgerzaken en het sociaal domein samen. Geef "
            "signalen door aan de Arbeidsinspectie en het RIEC Midden-Nederland. Beoordeel de aanvraag met die "
            "informatie erbij, en vergeet de bewoners niet.</p>"
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
                "scenario": "<p>Je leest de stukken. De aanvraag moet binnenkort worden beoordeeld.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je kijkt welke stappen uit het barrièremodel geraakt worden en vraagt wat er al bekend is."
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
                        "text": (
                            "Je laat de aanvraag gewoon lopen. Wat in een ander pand gebeurde, zegt niets over "
                            "deze aanvraag."
                        ),
                        "feedback": (
                            "Signalen over hetzelfde bureau zijn juist belangrijk bij een nieuwe aanvraag. "
                            "Gebruik ze om te kijken waar de gemeente mensen kan beschermen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Het bureau krijgt 150 bedden erbij, en de signalen blijven liggen. Gebruik "
                            "informatie uit het sociaal domein en handhaving om te zien waar je een drempel kunt "
                            "opwerpen."
                        ),
                    },
                    {
                        "text": (
                            "Je adviseert de aanvraag te weigeren, omdat zoveel arbeidsmigranten in één gebouw "
                            "onrust geeft in de wijk."
                        ),
                        "feedback": (
                            "Zo weiger je op grond van wie er komt wonen, niet op grond van feiten. Dat houdt "
                            "geen stand en raakt mensen die gewoon werk zoeken. Beoordeel de aanvraag met de "
                            "signalen over het bureau."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Het besluit gaat over de bewoners in plaats van over de signalen over het bureau. "
                            "Het wordt teruggedraaid, en de signalen zijn nooit gedeeld. Werk met feiten en deel "
                            "ze met de keten."
                        ),
                    },
                ],
            },
            {
                "key": "keten",
                "scenario": (
                    "<p>Burgerzaken ziet dat op drie andere adressen van het bureau veertig mensen staan "
                    "ingeschreven, steeds andere. Handhaving zag eerder dat de huur direct van het loon gaat.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je nodigt de directeur uit voor een gesprek over goed werkgeverschap, zodat hij de "
                            "kans krijgt om het uit te leggen."
                        ),
                        "feedback": (
                            "Een gesprek lijkt netjes, maar zo waarschuw je het bureau. Bewoners kunnen dan "
                            "worden verhuisd of onder druk gezet. Deel signalen eerst met de keten."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Het bureau is gewaarschuwd. Een week later wonen er andere mensen, en de eerste "
                            "groep is uit beeld. Deel signalen eerst met de keten."
                        ),
                    },
                    {
                        "text": "Je geeft de signalen aan de Arbeidsinspectie en brengt de zaak in bij het RIEC.",
                        "feedback": (
                            "Goed. De Arbeidsinspectie kan onderzoek doen naar het werk. In het RIEC kunnen "
                            "overheden samen informatie delen en afspraken maken."
                        ),
                        "next_step": "aanvraag",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "Je houdt het binnen de gemeente en stuurt het bureau een brief over de inschrijvingen."
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
                            "Je beoordeelt de aanvraag met die informatie, bijvoorbeeld met een Bibob-toets, en "
                            "betrekt de zorgcoördinator."
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
                        "text": (
                            "Je verleent de vergunning met extra voorwaarden over het aantal bedden, want een "
                            "weigering houdt bij de rechter toch geen stand."
                        ),
                        "feedback": (
                            "Voorwaarden kunnen helpen, maar je gebruikt de informatie uit de keten niet. Een "
                            "Bibob-toets kan juist laten zien of weigeren kan. En denk aan de mensen die nu al "
                            "bij het bureau wonen."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "De vergunning komt er, en de signalen over het bureau spelen geen rol. Onderbouw het "
                            "besluit met de informatie uit de keten, en maak een plan voor de bewoners."
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
            "<p>Het barrièremodel voor kwetsbare arbeidsmigranten volgt de route van de arbeidsmigrant zelf. Het "
            "heeft zes stappen: werven en binnenkomen, huisvesting, inschrijving, werk, verblijf en terugkeer. "
            "Bij elke stap kijk je waar iemand kwetsbaar wordt, en hoe de gemeente hem kan beschermen en misbruik "
            "moeilijker kan maken.</p>"
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
                "text": "Opsporing en vervolging",
                "correct": False,
                "feedback": (
                    "Nee. Opsporen en vervolgen is werk van politie en Openbaar Ministerie. Dit model volgt de "
                    "route van de arbeidsmigrant. De andere stappen zijn werk, verblijf en terugkeer."
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
                "text": "Huisvesting",
                "correct": True,
                "feedback": (
                    "Ja. Wonen via de werkgever maakt mensen afhankelijk. Vergunningen en woningcontroles zijn "
                    "hier belangrijke drempels."
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
            {
                "text": "Werven en binnenkomen",
                "correct": True,
                "feedback": (
                    "Ja. Hier beginnen beloftes over werk en loon die later niet uitkomen. Denk aan bemiddelaars "
                    "en uitzendbureaus."
                ),
            },
        ],
        "path": [],
    },
    {
        "slug": "oov-sluiting-morgen-pad",
        "title": "Beslispad: ‘Dat motel gaat morgen dicht’",
        "kind": "path",
        "scenario": (
            "<p>Politie en handhaving zagen in een motel bij Lelystad dat steeds andere jonge mensen door "
            "dezelfde twee mannen worden gebracht, ook een jongen van 17. De eigenaar verhuurt kamers per uur. De "
            "burgemeester hoort ervan. ‘Dat motel gaat morgen dicht,’ zegt ze.</p>"
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
                        "text": (
                            "Je bereidt het sluitingsbesluit voor morgen voor. Er is een minderjarige bij, dus "
                            "snel ingrijpen is nodig."
                        ),
                        "feedback": (
                            "Een minderjarige maakt het dringend. Maar acuut gevaar is werk voor de politie, en "
                            "een sluiting zonder dossier en plan laat de jongeren verdwijnen. Bij acuut gevaar "
                            "bel je 112; de sluiting bereid je zorgvuldig voor."
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
                    {
                        "text": "Je adviseert eerst het dossier op orde en de signalen naar politie en RIEC.",
                        "feedback": (
                            "Goed. Zo kunnen politie en RIEC meekijken, en wordt het besluit sterker. Sluiten kan "
                            "daarna nog steeds."
                        ),
                        "next_step": "dossier",
                        "end_score": None,
                        "end_explanation": "",
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
                            "Het verslag van de politie en een korte samenvatting: ‘Het is algemeen bekend dat "
                            "hier mensen worden uitgebuit.’"
                        ),
                        "feedback": (
                            "Het politieverslag is nuttig, maar ‘algemeen bekend’ is geen feit. Een rechter wil "
                            "zien welke feiten er zijn, welke regels gelden en waarom deze maatregel past."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Het besluit wordt bij de rechter teruggedraaid. De uitbater gaat gewoon door. Een "
                            "dossier vraagt feiten, geen indrukken."
                        ),
                    },
                    {
                        "text": (
                            "Verslagen met datum en tijd, informatie van partners voor zover dat mag, de regels "
                            "en een afweging."
                        ),
                        "feedback": (
                            "Goed. Met feiten, regels en een afweging kan een rechter zien waarom het besluit "
                            "nodig en passend is."
                        ),
                        "next_step": "mensen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                ],
            },
            {
                "key": "mensen",
                "scenario": (
                    "<p>Het besluit is bijna klaar. Je denkt aan de jongeren die in het motel worden gebracht.</p>"
                ),
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
                        "text": (
                            "Je laat de opvang over aan de politie. Die is er toch bij op de dag van de sluiting "
                            "en ziet wie er hulp nodig heeft."
                        ),
                        "feedback": (
                            "De politie is er op de dag zelf, maar opvang en zorg moeten van tevoren klaarstaan. "
                            "Zonder plan verdwijnen de jongeren. Betrek de zorgcoördinator mensenhandel, en voor "
                            "de jongen van 17 ook de jeugdzorg."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Het besluit is goed onderbouwd, maar de jongeren staan er alleen voor. Betrek de "
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
                "text": "Een bedrijf heeft veel werknemers uit het buitenland.",
                "correct": False,
                "feedback": (
                    "Nee. Veel arbeidsmigranten hebben gewoon goed werk. Afkomst is geen signaal. Let op hoe "
                    "mensen wonen, werken en betaald worden."
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
                    "Burgerzaken ziet dat op een adres van een uitzendbureau steeds mensen worden uitgeschreven "
                    "naar ‘onbekend’."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Mensen die steeds naar ‘onbekend’ vertrekken, kunnen wijzen op wonen dat vastzit aan "
                    "werk: geen werk, geen bed. Leg het naast andere informatie."
                ),
            },
            {
                "text": ("Het sociaal domein ziet vaker arbeidsmigranten die met hun baan ook hun woning kwijtraken."),
                "correct": True,
                "feedback": (
                    "Ja. Als het steeds om hetzelfde bureau gaat, is dat een patroon. Breng het in bij de keten, "
                    "bijvoorbeeld bij het RIEC."
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
                "text": "Je stuurt het bedrijf een brief dat de gemeente het in de gaten houdt.",
                "correct": False,
                "feedback": (
                    "Zo waarschuw je een mogelijke uitbuiter. Bewoners kunnen dan snel verdwijnen. Deel de "
                    "signalen eerst met de partners."
                ),
            },
            {
                "text": (
                    "Je brengt de signalen samen, geeft ze aan de juiste partner en koppelt terug aan de afdelingen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Dit is precies de schakelrol van OOV. Door terug te koppelen, weten collega's dat hun "
                    "signaal is aangekomen. Dan blijven ze melden."
                ),
            },
            {
                "text": (
                    "Je vraagt de afdelingen om eerst meer bewijs te verzamelen, zodat de politie een sterke zaak "
                    "heeft als je het doorgeeft."
                ),
                "correct": False,
                "feedback": (
                    "Bewijs verzamelen is werk voor de politie en de Arbeidsinspectie. De afdelingen kunnen beter "
                    "nu hun signalen delen. Samen zeggen ze al veel."
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
                "text": (
                    "Niets. Het pand voldoet aan de bouwregels, en wat de directeur elders deed, mag je bij deze "
                    "aanvraag niet meewegen."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Met de Wet Bibob kan de gemeente juist kijken naar het risico dat een vergunning voor "
                    "misdaad wordt gebruikt, ook op basis van wat er elders gebeurde."
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
            {
                "text": (
                    "De aanvraag toetsen met Bibob en de informatie uit het RIEC gebruiken, voor zover die "
                    "gedeeld mag worden."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo neem je een zorgvuldig besluit op basis van feiten. Dat maakt het voor uitbuiters "
                    "moeilijker om de gemeente te gebruiken."
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
                "text": (
                    "Je schrijft dat er geen betrouwbare cijfers voor Flevoland zijn, en geeft landelijke cijfers "
                    "met het jaartal."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Dit is eerlijk en controleerbaar. Je kunt bijvoorbeeld de schatting uit 2017 noemen: "
                    "ongeveer vijf keer zo veel slachtoffers als er geregistreerd werden."
                ),
            },
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
                    "Je rekent het landelijke aantal om naar jullie aantal inwoners, en zet dat als schatting in "
                    "de nota."
                ),
                "correct": False,
                "feedback": (
                    "Zo lijkt het een onderbouwde schatting, maar mensenhandel is niet gelijk over het land "
                    "verdeeld. Je verzint dan een lokaal getal. Gebruik landelijke cijfers met het jaartal erbij."
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
                "text": (
                    "Je laat weten dat hun signalen zijn aangekomen, wat er in grote lijnen mee gebeurt, en "
                    "spreekt dat vast af."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo weet het team dat hun werk telt. Dat houdt de signalen stromen, en dat is nodig bij "
                    "een haaldelict."
                ),
            },
            {
                "text": (
                    "Je legt uit dat terugkoppelen niet kan vanwege de privacy, maar dat hun signalen echt "
                    "gebruikt worden en dat ze moeten blijven melden."
                ),
                "correct": False,
                "feedback": (
                    "Over details kun je vaak niets zeggen, maar wel dat een signaal is aangekomen en wat er in "
                    "grote lijnen mee gebeurt. Zonder dat haken collega's af."
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
                    "Zie de jongens ook als mogelijke slachtoffers en richt maatregelen vooral op de volwassenen "
                    "achter hen."
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
                "text": (
                    "De namen van de jongens delen met de scholen in de buurt en met de jongerenwerkers, zodat "
                    "iedereen op hen let."
                ),
                "correct": False,
                "feedback": (
                    "Zo deel je gegevens van minderjarigen breed, zonder dat het hen beschermt. Zorg dat signalen "
                    "bij politie, Veilig Thuis en jeugdhulp komen, en richt je op de volwassenen die hen "
                    "inzetten."
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
                    "Vóór de sluiting maak je met de zorgcoördinator en partners een plan voor opvang, tolken en hulp."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo kunnen mogelijke slachtoffers op het moment van de sluiting worden gezien en "
                    "geholpen. Een tolk helpt hen te begrijpen wat er gebeurt."
                ),
            },
            {
                "text": (
                    "Je laat de werkgever weten dat hij binnen een week nieuwe huisvesting moet regelen voor al "
                    "zijn werknemers."
                ),
                "correct": False,
                "feedback": (
                    "De werkgever is misschien juist de uitbuiter. Zo blijven de bewoners van hem afhankelijk. "
                    "Regel zelf, met de zorgcoördinator mensenhandel, opvang en hulp."
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
        "title": "Beslispad: Viktor en zijn ‘behulpzame’ ploegleider",
        "kind": "path",
        "scenario": (
            "<p>Om elf uur 's avonds brengt een ploegleider van een uitzendbureau Viktor naar de huisartsenpost "
            "in Lelystad. Viktor heeft een diepe snijwond aan zijn hand. ‘Hij heeft niet opgelet bij de machine,’ "
            "zegt de ploegleider. Hij wil bij het gesprek blijven om te vertalen. Als de assistent om een "
            "ID-bewijs vraagt, haalt de ploegleider Viktors paspoort uit zijn eigen jaszak.</p>"
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
                "scenario": "<p>Viktor zit stil naast de ploegleider. Hij kijkt naar de grond.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": ("Je vraagt Viktor, waar de ploegleider bij is, of hij zijn paspoort zelf mag houden."),
                        "feedback": (
                            "Waar de ploegleider bij is, kan Viktor niet eerlijk antwoorden. En de ploegleider "
                            "weet dan wat je denkt. Stel zulke vragen alleen als je Viktor apart spreekt."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Viktor zegt dat alles goed is. De ploegleider neemt hem snel mee, en hij komt niet "
                            "meer terug. Vraag nooit naar uitbuiting waar de mogelijke uitbuiter bij is."
                        ),
                    },
                    {
                        "text": (
                            "Je behandelt de wond terwijl de ploegleider vertaalt, en vraagt Viktor aan het eind "
                            "of hij later nog eens alleen terug wil komen."
                        ),
                        "feedback": (
                            "Een nieuwe afspraak aanbieden is goed bedoeld, maar zolang de ploegleider vertaalt, "
                            "hoort hij alles. Viktor durft dan niet te reageren, en de ploegleider beslist of hij "
                            "terugkomt. Spreek hem nu alleen, met een tolk."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Viktor krijgt goede zorg voor zijn hand, maar geen kans om te vertellen hoe hij "
                            "werkt en woont. Zorg voor een moment alleen, met een onafhankelijke tolk."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt dat het onderzoek privé is, vraagt de ploegleider in de wachtkamer te "
                            "wachten en belt een tolk."
                        ),
                        "feedback": (
                            "Goed. Een medische reden is gewoon en valt niet op. Met een professionele tolk kan "
                            "Viktor vrij praten."
                        ),
                        "next_step": "alleen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                ],
            },
            {
                "key": "alleen",
                "scenario": (
                    "<p>Met de tolk vertelt Viktor dat hij dertien uur per dag werkt, aan een inpakmachine zonder "
                    "bescherming. Hij slaapt met twaalf anderen in een bedrijfspand. De ploegleider bewaart zijn "
                    "paspoort, ‘zodat hij niet wegloopt’. Hij heeft nog een schuld voor de reis.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je schrijft op wat je zag en hoorde, geeft ongemerkt een hulpnummer mee en overlegt "
                            "met het Meld- en Adviespunt."
                        ),
                        "feedback": (
                            "Goed. Je legt feiten vast, geeft Viktor een uitweg en haalt deskundig advies. Je "
                            "hoeft het niet alleen op te lossen."
                        ),
                        "next_step": "terug",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "Je zegt tegen Viktor dat hij met jouw verslag meteen aangifte moet doen, want anders "
                            "kan de politie niets voor hem doen."
                        ),
                        "feedback": (
                            "Aangifte is een grote stap, en hij hoeft die niet meteen te zetten om hulp te "
                            "krijgen. Druk kan hem bang maken. Overleg met het Meld- en Adviespunt over wat hij "
                            "nodig heeft."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je nam Viktor serieus, maar legde alles bij hem. Veel slachtoffers zijn nog niet "
                            "klaar voor een aangifte. Schrijf op, geef een uitweg mee en overleg met het Meld- en "
                            "Adviespunt."
                        ),
                    },
                    {
                        "text": (
                            "Je loopt naar de wachtkamer en zegt tegen de ploegleider dat hij het paspoort moet "
                            "teruggeven."
                        ),
                        "feedback": (
                            "Zo confronteer je een mogelijke uitbuiter. Viktor kan daarna straf krijgen of worden "
                            "weggestuurd. Laat dit over aan de politie of de Arbeidsinspectie, na overleg."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De ploegleider weet nu dat Viktor heeft gepraat. Dat kan gevaarlijk zijn voor "
                            "Viktor. Spreek een mogelijke uitbuiter nooit aan op je vermoeden."
                        ),
                    },
                ],
            },
            {
                "key": "terug",
                "scenario": (
                    "<p>Als Viktor weggaat, vraagt de ploegleider aan de balie: ‘Wat heeft hij allemaal gezegd?’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je vertelt de ploegleider eerlijk dat je je zorgen maakt over de werkomstandigheden."
                        ),
                        "feedback": (
                            "Eerlijk bedoeld, maar gevaarlijk. De ploegleider weet nu dat Viktor heeft gepraat. "
                            "Bescherm je patiënt met je beroepsgeheim."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Door je zorgen met de ploegleider te delen, heb je Viktor in gevaar gebracht. Deel "
                            "je zorgen met het Meld- en Adviespunt, nooit met de mogelijke uitbuiter."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt dat je door je beroepsgeheim alleen met de patiënt praat, en plant een controle."
                        ),
                        "feedback": (
                            "Goed. Je beschermt Viktor en je houdt contact. Bij de controle kun je hem weer "
                            "alleen spreken."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je sprak Viktor alleen met een professionele tolk, schreef de feiten op, gaf hem een "
                            "uitweg, overlegde en hield de ploegleider buiten. Met de controleafspraak houd je "
                            "een deur open."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "zorg-derde-soa-test-pad",
        "title": "Beslispad: Precious en haar ‘tante’ bij de verloskundige",
        "kind": "path",
        "scenario": (
            "<p>Je bent verloskundige in Emmeloord. Precious is 22, komt uit Nigeria en is twaalf weken zwanger. "
            "Een oudere vrouw die ze ‘tante’ noemt, komt mee. De tante betaalt, praat voor Precious en zegt dat "
            "Precious ‘nog veel moet terugbetalen voor de reis’.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Een ander die betaalt en voor iemand praat, en een schuld voor de reis: samen kunnen dat signalen "
            "zijn van <strong>seksuele uitbuiting</strong>. Ook vrouwen kunnen uitbuiten. Vraag niets over dwang "
            "waar de tante bij is. Zoek een moment alleen, met een professionele tolk. Dring niet aan, geef "
            "ongemerkt hulpgegevens mee, schrijf op en overleg.</p>"
        ),
        "discussion_prompts": [
            "Hoe maak je in ons spreekuur een moment alleen, zonder dat het opvalt?",
            "Welke tolkdienst gebruiken wij, en hoe zet je die snel in?",
        ],
        "audiences": ["zorg"],
        "exploitation_forms": ["sexual"],
        "signals": ["sexual", "person", "control"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": "<p>De tante zit naast Precious in de spreekkamer. Ze heeft al betaald.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je vraagt Precious, waar de tante bij is: ‘Moet je werk doen dat je niet wilt?’",
                        "feedback": (
                            "Waar de tante bij is, kan Precious niet eerlijk antwoorden. Zo'n vraag kan haar "
                            "zelfs in gevaar brengen. Wacht tot je haar alleen spreekt."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Precious zegt ‘nee’ en kijkt naar de tante. Die neemt haar snel mee. Misschien komt "
                            "ze niet meer terug. Stel zulke vragen nooit waar een mogelijke uitbuiter bij is."
                        ),
                    },
                    {
                        "text": "Je zegt dat het onderzoek privé is, vraagt de tante te wachten en belt een tolk.",
                        "feedback": (
                            "Goed. Een onderzoek is een gewone reden om iemand alleen te zien. Met een "
                            "professionele tolk kan Precious vrijer praten."
                        ),
                        "next_step": "alleen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": "Je doet de controle met de tante als tolk en geeft haar de volgende afspraak mee.",
                        "feedback": (
                            "De controle is gedaan, maar de signalen blijven liggen. De tante tolkt, hoort alles "
                            "en beslist over de volgende afspraak. Zorg voor een moment alleen, met een "
                            "professionele tolk."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Precious kreeg zorg, maar geen kans om te praten. De tante houdt alles in handen. "
                            "Zorg voor een moment alleen en schrijf op wat je zag."
                        ),
                    },
                ],
            },
            {
                "key": "alleen",
                "scenario": (
                    "<p>Alleen met jou en de tolk zegt Precious dat het goed gaat. ‘Tante regelt alles.’ Ze werkt "
                    "’s avonds ‘in huizen’ om de schuld af te lossen. Verder wil ze er niet over praten.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je legt uit dat ze slachtoffer is van mensenhandel en dat ze niet terug moet gaan "
                            "naar de tante."
                        ),
                        "feedback": (
                            "Zo zet je haar onder druk. Ze is bang, heeft een schuld en is zwanger; ze kan dan "
                            "dichtklappen. Dring niet aan en zorg dat ze weet waar ze terecht kan."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je zag het gevaar, maar je oordeel kwam te snel. Precious vertelt niets meer. "
                            "Geduld, een open deur en contactgegevens werken beter."
                        ),
                    },
                    {
                        "text": "Je laat het rusten. Ze zegt zelf dat het goed gaat.",
                        "feedback": (
                            "Slachtoffers zeggen vaak dat het goed gaat, uit angst of schaamte. Geef haar toch "
                            "een uitweg mee en schrijf op wat je zag."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Precious gaat weg zonder te weten waar ze terecht kan. Ook als iemand niets wil "
                            "vertellen, kun je een deur openzetten."
                        ),
                    },
                    {
                        "text": (
                            "Je dringt niet aan, geeft haar ongemerkt een hulpnummer en zegt dat ze altijd terug "
                            "mag komen."
                        ),
                        "feedback": (
                            "Goed. Precious bepaalt het tempo. Ze weet nu waar ze terecht kan, ook anoniem. Dat "
                            "kan later het verschil maken."
                        ),
                        "next_step": "na",
                        "end_score": None,
                        "end_explanation": "",
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
                            "Adviespunt."
                        ),
                        "feedback": (
                            "Goed. Je legt de signalen vast en haalt deskundig advies. Zo kan er een plan komen "
                            "voor een volgend bezoek."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je sprak Precious alleen met een tolk, drong niet aan, gaf haar ongemerkt een "
                            "hulpnummer, schreef de feiten op en overlegde. Zo doe je wat je kunt, zonder haar in "
                            "gevaar te brengen."
                        ),
                    },
                    {
                        "text": (
                            "Je schrijft de testuitslag op en noteert je zorgen in je eigen aantekeningen, buiten "
                            "het dossier, om haar niet te schaden."
                        ),
                        "feedback": (
                            "Zorgen buiten het dossier zijn voor een collega onvindbaar, en je overlegt met "
                            "niemand. Schrijf feiten op in het dossier en overleg met een collega en het Meld- en "
                            "Adviespunt."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je gaf Precious een uitweg, maar de signalen zijn nergens vastgelegd. Bij een "
                            "volgende afspraak weet een collega van niets. Schrijf feiten op en overleg."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "zorg-seksuele-gezondheid-signalen",
        "title": "Signalen: een jongen in de nachtopvang",
        "kind": "multiple",
        "scenario": (
            "<p>Je bent verpleegkundige van de GGD en houdt spreekuur in de nachtopvang in Almere. Milan is 19. "
            "Hij vraagt om een soa-test. Hij vertelt dat hij sinds een paar maanden soms slaapt bij een oudere "
            "man die hij online leerde kennen.</p>"
        ),
        "prompt": "Welke van deze kunnen signalen zijn van seksuele uitbuiting?",
        "explanation": (
            "<p>Seksuele uitbuiting treft ook jongens en jonge mannen. Een slaapplek of spullen in ruil voor seks "
            "met anderen, een telefoon die een ander hem gaf en niet weten waar je slaapt: samen zijn dat "
            "signalen. Een soa-test vragen of wisselende contacten hebben zijn dat op zich niet. Vraag open door "
            "en overleg.</p>"
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
                "text": "Hij valt op mannen en vertelt dat hij het thuis daarom niet meer uithield.",
                "correct": False,
                "feedback": (
                    "Nee. Op mannen vallen is geen signaal. Weglopen van thuis maakt hem wel kwetsbaar: let dus "
                    "goed op de andere signalen."
                ),
            },
            {
                "text": "Hij vraagt om een soa-test en condooms, en zegt dat hij wisselende contacten heeft.",
                "correct": False,
                "feedback": (
                    "Nee. Een soa-test en condooms vragen is verstandig. Wisselende contacten zijn geen signaal "
                    "van uitbuiting."
                ),
            },
            {
                "text": "Hij weet niet op welk adres hij slaapt; hij wordt met de auto gebracht en gehaald.",
                "correct": True,
                "feedback": ("Ja. Niet weten waar je woont en gebracht en gehaald worden zijn signalen van controle."),
            },
            {
                "text": "Hij mag bij de man slapen ‘als hij af en toe meegaat naar vrienden van hem’.",
                "correct": True,
                "feedback": (
                    "Ja. Een slaapplek in ruil voor seks met anderen is een signaal van seksuele uitbuiting. "
                    "Vraag open door als hij alleen bij je is."
                ),
            },
            {
                "text": "Hij heeft een telefoon van de man gekregen, die steeds gaat, en hij moet altijd opnemen.",
                "correct": True,
                "feedback": "Ja. Altijd bereikbaar moeten zijn voor een ander is een signaal van controle.",
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
                "text": "Ze heeft geen zorgverzekering, terwijl ze zegt dat ze fulltime werkt.",
                "correct": True,
                "feedback": (
                    "Ja. Werken zonder verzekering kan wijzen op werk zonder contract of zwart werk. Vraag open "
                    "naar haar werk en haar contract."
                ),
            },
            {
                "text": "Ze vraagt om een tolk, omdat ze haar klachten goed wil kunnen uitleggen.",
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
            {
                "text": "Ze komt na een week, en zegt dat ze eerst zelf probeerde of het vanzelf overging.",
                "correct": False,
                "feedback": (
                    "Nee. Een week wachten met een wond komt vaak voor. Dat is op zich geen signaal. Let wel op "
                    "als iemand pas heel laat komt en niet zelf mocht gaan."
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
                "text": (
                    "Je ziet geen signalen van dwang. Je geeft goede zorg, blijft alert en zegt waar ze terecht kan."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo behandel je Monique met respect. Door goede zorg blijft ze komen. Dan kun je ook "
                    "later signalen zien, als die er komen."
                ),
            },
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
                    "Je meldt haar voor de zekerheid anoniem bij het Meld- en Adviespunt. Als er niets is, kan "
                    "het ook geen kwaad."
                ),
                "correct": False,
                "feedback": (
                    "Een melding zonder signalen is niet zonder gevolgen: het kan haar vertrouwen in de zorg "
                    "kosten. Sekswerk is niet hetzelfde als uitbuiting. Blijf alert en overleg als je wel "
                    "signalen ziet."
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
                "text": "Dat je hem niet kunt helpen, omdat hij geen verblijfspapieren heeft.",
                "correct": False,
                "feedback": (
                    "Iemand zonder papieren heeft ook zorg nodig en kan slachtoffer zijn. Zoek binnen je "
                    "organisatie uit hoe je de zorg regelt, en overleg over de signalen."
                ),
            },
            {
                "text": (
                    "Dat er hulp is, ook zonder papieren, met bedenktijd van maximaal drie maanden. Je overlegt "
                    "wie hem helpt."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo neem je een grote angst weg. Hij hoeft niet meteen te beslissen. Het Meld- en "
                    "Adviespunt of de zorgcoördinator mensenhandel weet hoe het verder gaat."
                ),
            },
            {
                "text": (
                    "Dat hij eerst aangifte moet doen bij de politie. Pas dan krijgt hij bedenktijd, opvang en "
                    "een verblijfsvergunning."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Bedenktijd is er juist om rustig na te denken over aangifte. De politie of KMar biedt "
                    "die al bij de kleinste aanwijzing van mensenhandel aan, met opvang."
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
                "text": (
                    "Je helpt haar met de anticonceptie en bespreekt veilige seks. Ze is 15, dus ze mag hier zelf "
                    "over beslissen."
                ),
                "correct": False,
                "feedback": (
                    "Ze mag zelf om anticonceptie vragen, maar dat is niet het enige. Een vriend van 24, veel "
                    "geld, moe en spijbelen: dat zijn signalen. Volg de meldcode."
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
            {
                "text": "Je volgt de meldcode: signalen in kaart, overleggen en advies vragen aan Veilig Thuis.",
                "correct": True,
                "feedback": (
                    "Ja. Zo werk je zorgvuldig en sta je er niet alleen voor. Bij een minderjarige hoeft er geen "
                    "dwang te zijn: een kind is altijd kwetsbaar."
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
                "text": (
                    "Je ziet het als een terugval: hij gebruikt weer, dus hij loopt schulden op. Je past zijn "
                    "behandelplan aan."
                ),
                "correct": False,
                "feedback": (
                    "Een terugval kan meespelen, maar hij beschrijft iets anders: een dealer die hem dwingt om "
                    "pakketjes rond te brengen. Dat is een signaal van criminele uitbuiting. Overleg."
                ),
            },
            {
                "text": "Je schrijft de signalen op, bespreekt zijn veiligheid en overlegt met de zorgcoördinator.",
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
                "text": "Je onderzoekt haar alleen, vraagt open hoe het gaat, legt het letsel vast en overlegt.",
                "correct": True,
                "feedback": (
                    "Ja. Een onderzoek is een gewone reden om iemand alleen te zien. Daarna kun je samen met "
                    "anderen bepalen wat er nodig is."
                ),
            },
            {
                "text": "Je behandelt de blauwe plekken en gelooft het verhaal. Vallen gebeurt.",
                "correct": False,
                "feedback": (
                    "Misschien klopt het. Maar de plekken en de controle door de vriend passen niet bij een "
                    "simpele val. Schrijf op wat je ziet en zoek een moment alleen."
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
                "text": (
                    "Je geeft haar, terwijl de vriend erbij staat, een folder over huiselijk geweld met het "
                    "nummer van Veilig Thuis."
                ),
                "correct": False,
                "feedback": (
                    "Een folder waar hij bij is, kan haar in gevaar brengen. Hij ziet wat je vermoedt. Spreek "
                    "haar alleen en geef informatie ongemerkt mee."
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
                "text": "Ze spreekt weinig Nederlands en belt 's avonds vaak met haar familie in het buitenland.",
                "correct": False,
                "feedback": (
                    "Nee. Weinig Nederlands spreken en contact met familie zijn geen signalen. Let op haar "
                    "werktijden, haar slaapplek, haar paspoort en of ze vrij kan gaan."
                ),
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
                "text": "Ze slaapt op een matras in de bijkeuken.",
                "correct": True,
                "feedback": "Ja. Geen eigen kamer, en slapen waar ze werkt, is een signaal. Schrijf op wat je zag.",
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
                "text": "Hij heeft twee telefoons en kijkt er steeds gespannen op.",
                "correct": True,
                "feedback": (
                    "Ja. Meer dan één telefoon en altijd bereikbaar moeten zijn, passen bij criminele werving."
                ),
            },
            {
                "text": "Hij zit in de examenklas, heeft het druk met school en slaapt daardoor slecht.",
                "correct": False,
                "feedback": (
                    "Nee. Drukte met school is geen signaal. Let op veranderingen die je niet kunt verklaren."
                ),
            },
            {
                "text": "Zijn verhaal over de wond blijft vaag en past niet goed bij wat je ziet.",
                "correct": True,
                "feedback": ("Ja. Letsel met een vaag verhaal is een signaal. Schrijf op wat hij zegt en wat je ziet."),
            },
            {
                "text": "Hij blowt af en toe in het weekend met vrienden, zegt zijn moeder.",
                "correct": False,
                "feedback": (
                    "Nee. Af en toe blowen komt bij veel jongeren voor. Let wel op nieuw of snel toenemend "
                    "gebruik, samen met andere signalen."
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
        ],
        "path": [],
    },
    # -----------------------------------------------------------------------
    # Onderwijs
    # -----------------------------------------------------------------------
    {
        "slug": "ow-vriend-bij-het-hek-pad",
        "title": "Beslispad: Fenna en de feestjes",
        "kind": "path",
        "scenario": (
            "<p>Fenna is 15 en zit in de derde klas in Lelystad. Jij bent haar mentor. Een oud-leerling van 19 "
            "haalt haar de laatste tijd op na school. Fenna mist vaak het eerste uur en heeft ineens dure nagels "
            "en een nieuwe telefoon. Een vriendin vertelt dat Fenna meegaat naar ‘feestjes met oudere mannen’ en "
            "dat ze de oud-leerling ‘iets terug moet doen’.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Dure spullen zonder uitleg, verzuim, feestjes met oudere mannen en een schuld bij iemand die haar "
            "ophaalt: samen zijn dat signalen van mogelijke <strong>seksuele uitbuiting</strong>. De werver kan "
            "ook een meisje of vrouw zijn. Spreek de werver niet aan en waarschuw de klas niet. Wacht ook niet "
            "tot Fenna het zelf vertelt. Schrijf de feiten op, ga naar de aandachtsfunctionaris, start de "
            "meldcode en vraag advies aan Veilig Thuis.</p>"
        ),
        "discussion_prompts": [
            "Wie is bij ons de aandachtsfunctionaris, en hoe bereik je die snel?",
            "Hoe blijf je in contact met een leerling die de werver verdedigt?",
        ],
        "audiences": ["onderwijs"],
        "exploitation_forms": ["sexual"],
        "signals": ["minors", "person"],
        "choices": [],
        "path": [
            {
                "key": "start",
                "scenario": ("<p>Vandaag staat de oud-leerling weer bij het hek. Fenna loopt snel naar haar toe.</p>"),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je loopt naar de oud-leerling, die je nog kent, en vraagt haar wat ze met Fenna van "
                            "plan is."
                        ),
                        "feedback": (
                            "Ook als je haar kent: spreek een mogelijke werver nooit zelf aan. Ze kan Fenna "
                            "daarna onder druk zetten of ergens anders ophalen. Schrijf op wat je ziet."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De werver weet nu dat de school oplet. Fenna wordt voortaan ergens anders opgehaald, "
                            "en zij krijgt het zwaarder. Confronteer nooit zelf de werver of de ‘vriend’."
                        ),
                    },
                    {
                        "text": "Je wacht af. Als er echt iets is, vertelt Fenna het wel.",
                        "feedback": (
                            "Misschien vertelt Fenna het nooit. Ze schaamt zich of is bang, en ziet zichzelf niet "
                            "als slachtoffer. Wachten laat haar alleen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "De signalen stapelen zich op, maar niemand doet iets. Je hoeft niets zeker te weten. "
                            "Opschrijven en bespreken is genoeg om te beginnen."
                        ),
                    },
                    {
                        "text": "Je schrijft op wat je ziet, met data, en gaat naar de aandachtsfunctionaris.",
                        "feedback": (
                            "Goed. Je hoeft niet te weten of het uitbuiting is. Je let op veranderingen, schrijft "
                            "ze op en bespreekt ze."
                        ),
                        "next_step": "meldcode",
                        "end_score": None,
                        "end_explanation": "",
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
                            "Jullie bellen meteen haar ouders, zodat zij thuis beter kunnen opletten en haar 's "
                            "middags van school kunnen halen."
                        ),
                        "feedback": (
                            "Ouders betrekken hoort bij de meldcode, maar niet zonder advies over hoe en wanneer. "
                            "Soms maakt het de situatie onveiliger. Vraag eerst advies aan Veilig Thuis."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Fenna schaamt zich en vertrouwt de school niet meer. De werver merkt dat er iets "
                            "speelt. Vraag eerst advies over hoe en wanneer je ouders betrekt."
                        ),
                    },
                    {
                        "text": (
                            "Jullie vragen Veilig Thuis om advies, ook over een veilig gesprek met Fenna en haar "
                            "ouders."
                        ),
                        "feedback": (
                            "Goed. Overleggen is stap 2 van de meldcode. Dat kan anoniem. Veilig Thuis helpt om "
                            "het gesprek goed voor te bereiden."
                        ),
                        "next_step": "gesprek",
                        "end_score": None,
                        "end_explanation": "",
                    },
                ],
            },
            {
                "key": "gesprek",
                "scenario": (
                    "<p>Je praat met Fenna. Ze zegt: ‘Het is gewoon gezellig. Zij is mijn vriendin. Zeg niks "
                    "tegen mijn ouders!’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je belooft geen geheimhouding, maar legt uit wat je gaat doen. De meldcode wordt afgerond."
                        ),
                        "feedback": (
                            "Goed. Je bent eerlijk en blijft in contact. De school neemt de verantwoordelijkheid "
                            "en zorgt dat er hulp komt."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je schreef de signalen op, ging naar de aandachtsfunctionaris, vroeg advies aan "
                            "Veilig Thuis en sprak eerlijk met Fenna. Zo volg je de meldcode en blijf je iemand "
                            "die ze kan vertrouwen."
                        ),
                    },
                    {
                        "text": (
                            "Je belooft dat je niets doorvertelt zolang zij dat niet wil, zodat ze je blijft "
                            "vertrouwen en meer durft te vertellen."
                        ),
                        "feedback": (
                            "Dit kun je niet beloven. Als je later toch moet handelen, voelt Fenna zich verraden. "
                            "Wees eerlijk over wat je gaat doen."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Door je belofte zit je vast. Of je laat Fenna in gevaar, of je breekt je woord. "
                            "Beloof nooit geheimhouding. Zeg wel dat je niets doet zonder het haar eerst te "
                            "vertellen."
                        ),
                    },
                    {
                        "text": "Je zegt dat ze beter had moeten weten en dat ze met zulke feestjes moet stoppen.",
                        "feedback": (
                            "Dit legt de schuld bij Fenna. Ze schaamt zich en sluit zich af. Uitbuiters zijn heel "
                            "goed in manipuleren."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Fenna voelt zich beschuldigd en zegt niets meer. De werver wordt voor haar de enige "
                            "die haar begrijpt. Oordeel nooit over een slachtoffer."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "ow-kwijtgeraakt-pakketje-pad",
        "title": "Beslispad: Yara moet ‘iets terugbetalen’",
        "kind": "path",
        "scenario": (
            "<p>Yara is 14 jaar en zit op een school in Urk. Op vrijdag is ze vaak afwezig. Een winkel in "
            "Lelystad belt school: Yara is met twee oudere meisjes betrapt op stelen. Na de les vertelt ze jou "
            "huilend dat ze een van die meisjes nog 500 euro moet betalen.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Verzuim, stelen samen met oudere jongeren en angst voor een schuld: dat zijn signalen van "
            "<strong>criminele uitbuiting</strong>. Ook meisjes worden zo ingezet, en ook vrouwen en meisjes "
            "kunnen uitbuiten. Zie Yara als mogelijk slachtoffer, niet alleen als dader. Volg de meldcode en "
            "vraag advies aan Veilig Thuis.</p>"
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
                "scenario": "<p>Yara is zichtbaar bang. Ze kijkt steeds naar haar telefoon.</p>",
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je zegt dat stelen strafbaar is en dat de winkel aangifte mag doen, en je stuurt "
                            "haar naar de teamleider."
                        ),
                        "feedback": (
                            "Yara is misschien een slachtoffer. Alleen straf maakt haar banger en kwetsbaarder. "
                            "Ze zal dan niets meer vertellen."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Yara krijgt straf en vertelt niemand meer iets. De meisjes die haar inzetten, gaan "
                            "door. Een kind dat wordt uitgebuit, heeft hulp nodig, niet alleen straf."
                        ),
                    },
                    {
                        "text": (
                            "Je luistert rustig, zegt dat je blij bent dat ze het vertelt en schrijft op wat ze zei."
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
                        "text": (
                            "Je geeft haar het advies om het geld in kleine stukjes terug te betalen, zodat ze er "
                            "snel van af is."
                        ),
                        "feedback": (
                            "Goed bedoeld, maar zo help je de uitbuiter. De schuld is een middel om haar vast te "
                            "houden en groeit vaak juist. Ze heeft hulp nodig van volwassenen."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je luisterde, maar je liet Yara alleen met een probleem dat zij niet zelf kan "
                            "oplossen. Schrijf op wat ze zei en ga naar de aandachtsfunctionaris."
                        ),
                    },
                ],
            },
            {
                "key": "overleg",
                "scenario": (
                    "<p>Je gaat naar de aandachtsfunctionaris. De leerplichtambtenaar vraagt net waarom Yara op "
                    "vrijdag zo vaak afwezig is.</p>"
                ),
                "prompt": "Wat doen jullie?",
                "choices": [
                    {
                        "text": (
                            "Jullie starten de meldcode, vragen Veilig Thuis om advies en vertellen leerplicht "
                            "wat er speelt."
                        ),
                        "feedback": (
                            "Goed. Zo kijkt iedereen naar wat Sem nodig heeft, en niet alleen naar zijn verzuim."
                        ),
                        "next_step": "veilig",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "Jullie melden het verzuim bij leerplicht en laten de winkeldiefstal aan de politie "
                            "over. Dan ligt alles bij de juiste instantie."
                        ),
                        "feedback": (
                            "Zo behandelen jullie het verzuim en de diefstal los van elkaar, en ziet niemand de "
                            "uitbuiting. Volg de meldcode, zodat er naar het hele verhaal wordt gekeken."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Yara krijgt een boete en een strafzaak, en de schuld bij de meisjes blijft. Straf "
                            "een kind niet alleen voor de gevolgen van uitbuiting. Volg de meldcode."
                        ),
                    },
                ],
            },
            {
                "key": "veilig",
                "scenario": (
                    "<p>Yara zegt: ‘Als ze horen dat ik het heb verteld, zetten ze foto's van mij online.’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": (
                            "Je zegt dat ze zich niet zo druk moet maken: meisjes van die leeftijd dreigen wel "
                            "vaker, maar doen het bijna nooit."
                        ),
                        "feedback": (
                            "Dat weet je niet. Uitbuiters gebruiken dreigen om jongeren stil te houden, ook met "
                            "beelden. Neem angst altijd serieus."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Yara voelt zich niet serieus genomen en trekt zich terug. Een plan voor haar "
                            "veiligheid is nodig, samen met Veilig Thuis en zo nodig de politie."
                        ),
                    },
                    {
                        "text": (
                            "Je neemt haar angst serieus en maakt met Veilig Thuis een plan voor haar veiligheid. "
                            "Bij acuut gevaar: 112."
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
                    "Ze draagt ineens andere, sexy kleding en make-up, en zegt dat ze die van haar vriend moet dragen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Een plotselinge verandering in kleding, die een ander bepaalt, is een signaal. Samen met "
                    "de andere signalen is dat een reden om te overleggen."
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
                "text": "Ze heeft geen contact meer met haar oude vriendinnen en doet geheimzinnig.",
                "correct": True,
                "feedback": (
                    "Ja. Een uitbuiter haalt een jongere vaak weg bij vrienden en familie. Dan staat ze er alleen voor."
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
                "text": "Hij heeft een bijbaan bij de supermarkt en vertelt daar open over.",
                "correct": False,
                "feedback": (
                    "Nee. Een gewone bijbaan waar hij open over praat, is geen signaal. Vage bijbaantjes 's "
                    "nachts zijn dat wel."
                ),
            },
            {
                "text": "Hij zit op voetbal en traint drie keer per week.",
                "correct": False,
                "feedback": "Nee. Sporten is gewoon en juist goed. Het zegt niets over uitbuiting.",
            },
            {
                "text": "Hij heeft twee telefoons en schrikt als er een gaat.",
                "correct": True,
                "feedback": (
                    "Ja. Meer dan één telefoon en steeds bereikbaar moeten zijn, passen bij criminele werving. "
                    "Schrijf op wat je ziet."
                ),
            },
            {
                "text": (
                    "Zijn cijfers zijn dit jaar wat lager, net als bij veel klasgenoten na de overstap naar de derde."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Iets lagere cijfers na een overstap komen vaak voor. Let wel op een plotselinge daling "
                    "samen met verzuim en andere signalen."
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
                "text": (
                    "Je bent blij voor hem en complimenteert hem. Zijn nachtelijke uitjes zijn zijn eigen zaak; "
                    "hij is bijna volwassen."
                ),
                "correct": False,
                "feedback": (
                    "Betere cijfers zijn fijn, maar samen met nachtelijk weg zijn, meer geld en wisselende "
                    "energie kan het ook een signaal zijn. Kijk naar het hele plaatje."
                ),
            },
            {
                "text": ("Een plotselinge verbetering kan, samen met andere signalen, een signaal zijn. Je overlegt."),
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
        "title": "Jayden komt terug met nieuwe kleren",
        "kind": "single",
        "scenario": (
            "<p>Jayden is 15 jaar. Hij woont in een gezinshuis in Lelystad en zit bij jou op school. Hij is al "
            "drie keer een nacht weg geweest. Hij komt terug met nieuwe kleren en zegt dat hij bij ‘een vriend in "
            "de stad’ sliep. Een klasgenoot laat je berichten zien waarin een man Jayden geld biedt voor "
            "‘afspraken’.</p>"
        ),
        "prompt": "Wat is de beste aanpak?",
        "explanation": (
            "<p>Weglopen, cadeaus zonder uitleg en een volwassene die geld biedt voor ‘afspraken’: bij een "
            "minderjarige zijn dat signalen van seksuele uitbuiting. Ook jongens worden zo uitgebuit. Bij een "
            "kind is geen dwang nodig. Bespreek het meteen met de aandachtsfunctionaris en de begeleider, volg de "
            "meldcode en maak een plan voor zijn veiligheid.</p>"
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
                "text": (
                    "Je geeft hem strafwerk voor het verzuim en vraagt het gezinshuis hem beter in de gaten te houden."
                ),
                "correct": False,
                "feedback": (
                    "Straf helpt Jayden niet, en hij is misschien slachtoffer. Bespreek het meteen met de "
                    "aandachtsfunctionaris."
                ),
            },
            {
                "text": (
                    "Je vraagt de klasgenoot om de berichten door te sturen, zodat je bewijs hebt voor het "
                    "gesprek met Jayden."
                ),
                "correct": False,
                "feedback": (
                    "Zo verspreid je berichten over een minderjarige en ga je zelf op onderzoek uit. Schrijf op "
                    "wat je zag en ga naar de aandachtsfunctionaris."
                ),
            },
            {
                "text": (
                    "Je bespreekt het meteen met de aandachtsfunctionaris en zijn begeleider, en volgt de meldcode."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Bij deze signalen volg je de meldcode, met een melding bij Veilig Thuis en bij acuut "
                    "gevaar de politie. Er komt een plan voor zijn veiligheid."
                ),
            },
            {
                "text": "Je wacht af. Het gezinshuis en de jeugdzorg zijn verantwoordelijk, niet de school.",
                "correct": False,
                "feedback": "Ook de school heeft een rol. Volg de meldcode en werk samen met het gezinshuis.",
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
                "text": (
                    "De leerling vragen of hij wil dat je iets doet. Zegt hij nee, dan respecteer je dat en stop je."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Je praat met de leerling, maar je stopt niet als hij nee zegt. Bij signalen van "
                    "uitbuiting volg je de meldcode. De eerste stap is signalen in kaart brengen."
                ),
            },
            {
                "text": "Signalen in kaart brengen: opschrijven wat je ziet en hoort, met datum.",
                "correct": True,
                "feedback": "Ja. Feiten, geen conclusies. Met die aantekeningen kun je goed overleggen in stap 2.",
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
                "text": (
                    "Je noteert data, tijden en kentekens, en de school geeft het via de schoolleiding door aan "
                    "de politie."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo komt de informatie bij wie er iets mee kan. En de school kan extra letten op "
                    "leerlingen die contact met de mannen hebben."
                ),
            },
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
                    "Je maakt foto's van de mannen en zet ze met een waarschuwing in de app-groep van ouders, "
                    "zodat iedereen oplet."
                ),
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
                    "‘Dat kan ik niet beloven. Ga daarom liever meteen naar de zorgcoördinator, die weet hier "
                    "meer van dan ik.’"
                ),
                "correct": False,
                "feedback": (
                    "Eerlijk zijn is goed, maar zo stuur je haar weg op het moment dat ze jou vertrouwt. Luister "
                    "eerst. Daarna ga jij naar de aandachtsfunctionaris."
                ),
            },
            {
                "text": (
                    "‘Fijn dat je het vertelt. Geheimhouden kan ik niet beloven, maar ik doe niets zonder het je "
                    "te zeggen.’"
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo ben je eerlijk en blijf je betrouwbaar. Fleur weet waar ze aan toe is, en jij kunt "
                    "hulp halen als dat nodig is."
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
                    "Je zegt dat het niet haar schuld is, schrijft op wat ze vertelt en gaat meteen naar de "
                    "aandachtsfunctionaris."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Mila voelt zich gesteund, en er komt snel hulp van wie er iets mee kan. Je kunt haar ook "
                    "wijzen op de anonieme chat van Fier."
                ),
            },
            {
                "text": (
                    "Je vraagt haar de foto en de berichten naar jou door te sturen, zodat je alles kunt bewaren "
                    "voor de politie."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Naaktbeelden van een minderjarige mag je niet hebben of doorsturen, ook niet als "
                    "bewijs. Schrijf op wat ze vertelt. De politie zorgt voor het bewijs."
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
                "text": (
                    "Hij vertelt dat de vriend hem vraagt om bij de bank een tweede rekening op zijn naam te openen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Rekeningen op zijn naam openen voor een ander is een signaal dat hij als geldezel wordt "
                    "gebruikt."
                ),
            },
            {
                "text": "Hij heeft een licht verstandelijke beperking.",
                "correct": False,
                "feedback": (
                    "Nee, dat is geen signaal. Het is wel een risico: uitbuiters zoeken jongeren met een LVB "
                    "bewust op. Let daarom extra goed op."
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
                    "Je belt de eigenaar, zegt dat het ID-bewijs terug moet en dat Joris recht heeft op pauzes, "
                    "anders stopt de school de stage."
                ),
                "correct": False,
                "feedback": (
                    "Zo spreek je een mogelijke uitbuiter aan. Hij weet dan dat Joris heeft gepraat, en Joris kan "
                    "onder druk komen. Overleg eerst en zorg dat Joris veilig kan stoppen."
                ),
            },
            {
                "text": (
                    "Je schrijft de signalen op, overlegt met de aandachtsfunctionaris en het Meld- en "
                    "Adviespunt, en zorgt dat Joris veilig stopt."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Zo beschermt de school Joris en komen de signalen bij wie onderzoek kan doen. Zorg dat "
                    "hij geen nadeel heeft voor zijn opleiding."
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
                "text": (
                    "Je vertelt niets over leerlingen, maar legt uit waar ouders op kunnen letten en bij wie ze "
                    "terecht kunnen."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Je beschermt de leerling en helpt ouders toch verder. Noem bijvoorbeeld Veilig Thuis en "
                    "de aandachtsfunctionaris van school."
                ),
            },
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
                    "Je zegt dat je het niet weet, en dat ouders zulke geruchten beter niet verder kunnen vertellen."
                ),
                "correct": False,
                "feedback": (
                    "Zo gaat het gesprek niet over wat ouders kunnen doen. Vertel niets over leerlingen, maar leg "
                    "wel uit waar ze op kunnen letten en bij wie ze terecht kunnen."
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
                "text": "Ze weten precies welke rechten en hulp er zijn, maar hebben geen zin in gedoe.",
                "correct": False,
                "feedback": (
                    "Nee. Veel slachtoffers kennen hun rechten juist niet. Ze denken bijvoorbeeld dat ze meteen "
                    "het land uit moeten. Goede informatie kan helpen."
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
                "text": "Ze zijn bang voor de dader, of voor wat er met hun familie gebeurt.",
                "correct": True,
                "feedback": (
                    "Ja. Dreiging, ook tegen familie in het land van herkomst, houdt veel slachtoffers stil. "
                    "Daarom vraag je nooit iets waar de dader bij is."
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
                "text": ("Een werkgever die eerlijk loon betaalt en een contract geeft in een taal die je kunt lezen."),
                "correct": False,
                "feedback": (
                    "Nee. Dit is juist goed werkgeverschap. Een contract in een taal die je niet kunt lezen, kan "
                    "wel een signaal zijn."
                ),
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
                "text": (
                    "Dreigen iemands verblijfsvergunning of uitkering te laten stoppen als hij niet blijft werken."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Misbruik maken van iemands afhankelijkheid, zoals van papieren of een uitkering, is ook dwang."
                ),
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
                "text": "Je gaat naar binnen en zegt tegen de man dat hij de vrouw moet laten gaan.",
                "correct": False,
                "feedback": "Zo breng je jezelf en de vrouw in gevaar. Ga nooit zelf de confrontatie aan. Bel 112.",
            },
            {
                "text": "Je wacht tot de vrouw zelf naar buiten komt.",
                "correct": False,
                "feedback": ("Ze vraagt je om hulp en zegt dat ze niet weg kan. Wachten kan gevaarlijk zijn. Bel 112."),
            },
            {
                "text": "Je belt meteen 112 en brengt jezelf in veiligheid.",
                "correct": True,
                "feedback": (
                    "Ja. Bij acuut gevaar is 112 de juiste stap. De politie kan meteen ingrijpen. Schrijf daarna "
                    "op wat je zag en hoorde."
                ),
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
                "text": "Ja. Bij een minderjarige is geen dwang nodig. Je volgt de meldcode.",
                "correct": True,
                "feedback": (
                    "Ja. Een kind is altijd kwetsbaar. Je oordeelt niet over het meisje, maar je zorgt wel dat er "
                    "hulp komt."
                ),
            },
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
                    "Alleen als er geweld, bedreiging of bedrog is. Zonder dwang is het bij haar leeftijd geen "
                    "mensenhandel."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Bij iemand onder de 18 hoeft er geen dwang te zijn. Een kind is altijd kwetsbaar. Wie "
                    "een minderjarige laat werken in de seks, buit haar uit, ook als zij zegt dat ze kiest."
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
        "title": "Beslispad: Mai en de eigenares die vertaalt",
        "kind": "path",
        "scenario": (
            "<p>Mai (29) heeft een afspraak met jou over haar zorgverzekering. Ze werkt in de keuken van een "
            "restaurant in Urk en woont met vijf collega's boven de zaak. De eigenares van het restaurant heeft "
            "haar gebracht.</p>"
        ),
        "prompt": "",
        "explanation": (
            "<p>Elke dag werken, wonen boven de zaak, een paspoort bij de eigenares en een schuld die niet "
            "kleiner wordt: samen zijn dat sterke signalen van <strong>arbeidsuitbuiting</strong>. Ook een vrouw "
            "kan de uitbuiter zijn. De beste route is: spreek Mai alleen, met een professionele tolk. Beloof niet "
            "dat je niets doorvertelt, maar leg uit wat je doet. Schrijf de feiten op en overleg met het Meld- en "
            "Adviespunt Mensenhandel Flevoland. Spreek de eigenares nooit zelf aan.</p>"
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
                    "<p>Mai vertelt dat ze elke dag werkt, ook in het weekend. Dan komt de eigenares binnen. ‘Ik "
                    "vertaal wel,’ zegt ze. ‘Mai spreekt slecht Nederlands.’ Mai kijkt naar de grond.</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je neemt het aanbod aan. Dan begrijpen jullie elkaar tenminste.",
                        "feedback": (
                            "De eigenares regelt haar werk en haar woning. Als zij vertaalt, kan Mai niet vrij "
                            "praten. Je weet ook niet of zij eerlijk vertaalt. Kies een professionele tolk."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "De eigenares bepaalt nu wat jij hoort. Mai durft niets te zeggen, en de eigenares "
                            "weet dat je vragen stelt. Laat een begeleider nooit tolken. Spreek iemand alleen, "
                            "met een professionele tolk."
                        ),
                    },
                    {
                        "text": "Je zegt dat je het gesprek alleen met Mai voert en belt een tolk via de telefoon.",
                        "feedback": (
                            "Goed. Zo houd je de eigenares buiten het gesprek. Je maakt het niet spannend: je "
                            "zegt gewoon dat het zo werkt bij jullie."
                        ),
                        "next_step": "alleen",
                        "end_score": None,
                        "end_explanation": "",
                    },
                    {
                        "text": (
                            "Je stopt het gesprek netjes en geeft Mai een folder over haar rechten als werknemer "
                            "mee, in haar eigen taal."
                        ),
                        "feedback": (
                            "Een folder is goed bedoeld, maar je laat haar alleen met de signalen. Ze kan hem "
                            "misschien niet veilig bewaren. Voer het gesprek liever alleen met haar, met een "
                            "professionele tolk."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Mai ging weg met een folder en zonder hulp. Niemand weet wat er met haar gebeurt. "
                            "Praat apart, met een onafhankelijke tolk, en overleg over wat je ziet."
                        ),
                    },
                ],
            },
            {
                "key": "alleen",
                "scenario": (
                    "<p>De eigenares wacht buiten. Via de tolk vertelt Mai meer. Haar paspoort ligt ‘in de kluis’ "
                    "bij de eigenares. Ze heeft een schuld voor de reis, en die wordt niet kleiner. ‘Vertel het "
                    "aan niemand,’ vraagt ze. ‘Anders raak ik alles kwijt.’</p>"
                ),
                "prompt": "Wat doe je?",
                "choices": [
                    {
                        "text": "Je belooft Mai dat je het aan niemand vertelt.",
                        "feedback": (
                            "Zo'n belofte kun je niet houden als je hulp wilt regelen. Als je die belofte later "
                            "breekt, verliest Mai haar vertrouwen in jou. Wees liever eerlijk over wat je doet."
                        ),
                        "next_step": "",
                        "end_score": 30,
                        "end_explanation": (
                            "Je nam Mai serieus, maar je zit nu vast aan een belofte. Zonder overleg kun je haar "
                            "niet helpen. Beloof nooit geheimhouding. Leg uit dat je advies vraagt, en dat dit "
                            "anoniem kan."
                        ),
                    },
                    {
                        "text": (
                            "Je belt na het gesprek de eigenares, zonder je zorgen te noemen, en vraagt alleen of "
                            "zij haar paspoort terug wil geven."
                        ),
                        "feedback": (
                            "Ook zonder je zorgen te noemen waarschuw je zo een mogelijke uitbuiter. Zij weet dan "
                            "dat Mai heeft gepraat. Dat kan gevaarlijk voor haar zijn. Spreek een mogelijke "
                            "uitbuiter nooit aan."
                        ),
                        "next_step": "",
                        "end_score": 0,
                        "end_explanation": (
                            "Mai loopt nu meer gevaar. Ze kan haar werk en haar bed kwijtraken, of bedreigd "
                            "worden. Schrijf op wat je weet en overleg met het Meld- en Adviespunt. Politie of "
                            "Arbeidsinspectie kunnen daarna verder."
                        ),
                    },
                    {
                        "text": (
                            "Je zegt eerlijk dat je advies vraagt, zonder haar naam, en spreekt af hoe je haar "
                            "veilig bereikt."
                        ),
                        "feedback": (
                            "Goed. Je bent eerlijk en je neemt haar angst serieus. Anoniem advies vragen kan "
                            "altijd. En met een veilige afspraak raakt Mai niet uit beeld."
                        ),
                        "next_step": "vervolg",
                        "end_score": None,
                        "end_explanation": "",
                    },
                ],
            },
            {
                "key": "vervolg",
                "scenario": "<p>Mai is weer weg. Je hebt veel gehoord.</p>",
                "prompt": "Wat doe je nu?",
                "choices": [
                    {
                        "text": "Je schrijft de feiten op en overlegt met het Meld- en Adviespunt.",
                        "feedback": (
                            "Dit is de beste stap. Je legt vast wat je zag en hoorde, zonder conclusies. Het "
                            "Meld- en Adviespunt denkt mee over hulp en over melden."
                        ),
                        "next_step": "",
                        "end_score": 100,
                        "end_explanation": (
                            "Je hield de eigenares buiten het gesprek, gebruikte een professionele tolk, was "
                            "eerlijk tegen Mai en haalde deskundige hulp erbij. Zo krijgt Mai een echte kans op "
                            "hulp, zonder extra gevaar."
                        ),
                    },
                    {
                        "text": (
                            "Je schrijft in het dossier: ‘Mai is slachtoffer van mensenhandel.’ Daarna doe je niets."
                        ),
                        "feedback": (
                            "Schrijf feiten op, geen conclusies. En alleen opschrijven is niet genoeg: overleg "
                            "ook met het Meld- en Adviespunt."
                        ),
                        "next_step": "",
                        "end_score": 40,
                        "end_explanation": (
                            "Je zag het goed, maar je informatie komt niet bij wie Mai kan helpen. En een "
                            "conclusie zonder feiten kan een ander niet gebruiken. Schrijf op wat je zag en "
                            "hoorde, en overleg."
                        ),
                    },
                    {
                        "text": (
                            "Je wacht een paar weken af. Mai weet nu waar ze je kan vinden, en je wilt haar "
                            "vertrouwen niet beschamen."
                        ),
                        "feedback": (
                            "Mai weet waar ze je kan vinden, maar slachtoffers vragen zelden zelf om hulp. "
                            "Wachten helpt haar niet. Schrijf de feiten op en overleg, ook zonder haar naam."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Mai blijft in dezelfde situatie, en niemand anders weet ervan. Je hoeft niet zeker "
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
                        "text": "Je luistert zonder te oordelen en stelt open vragen.",
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
                        "text": (
                            "Je vraagt of ze nog even blijft, zodat jullie rustig kunnen afmaken. Dan kun je haar "
                            "zorgen nu meteen bespreken."
                        ),
                        "feedback": (
                            "Je bedoelt het goed, maar ze moet weg omdat hij belt. Houd je haar vast, dan kan ze "
                            "in de problemen komen. Laat haar gaan en zorg dat ze weet hoe ze hulp vindt."
                        ),
                        "next_step": "",
                        "end_score": 20,
                        "end_explanation": (
                            "Eva voelt zich klem gezet, door hem en nu ook door jou. Geef haar ruimte en een "
                            "veilige weg terug naar jou of naar hulp."
                        ),
                    },
                    {
                        "text": (
                            "Je laat haar gaan, geeft haar ongemerkt de gegevens van Chat met Fier en spreekt af "
                            "hoe je haar bereikt."
                        ),
                        "feedback": (
                            "Goed. Je houdt haar niet tegen, maar ze weet nu waar ze terecht kan. Een anonieme "
                            "chat is voor veel jongeren een kleine stap."
                        ),
                        "next_step": "daarna",
                        "end_score": None,
                        "end_explanation": "",
                    },
                ],
            },
            {
                "key": "daarna",
                "scenario": "<p>Eva is weg. Je blijft achter met je zorgen.</p>",
                "prompt": "Wat doe je nu?",
                "choices": [
                    {
                        "text": "Je schrijft de feiten op en overlegt met het Meld- en Adviespunt.",
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
                        "text": (
                            "Je belt haar ouders en vertelt wat Eva jou heeft verteld, zodat zij haar thuis "
                            "kunnen helpen en beschermen."
                        ),
                        "feedback": (
                            "Eva is volwassen. Haar ouders bellen zonder haar toestemming en zonder overleg kan "
                            "haar vertrouwen kosten, en misschien haar veiligheid. Schrijf de feiten op en "
                            "overleg eerst."
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
        "prompt": "Hoe kun je dit het beste omschrijven?",
        "explanation": (
            "<p>Iemand dwingen om te bedelen is in de wet een vorm van <strong>gedwongen arbeid of "
            "diensten</strong>. Bedelen zelf is geen misdrijf, en de man die bedelt is dus geen dader. Eén "
            "signaal bewijst niets. Maar gebracht en gehaald worden, en al het geld afgeven, zijn samen een reden "
            "om te overleggen.</p>"
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
                "text": "Gedwongen arbeid of diensten.",
                "correct": True,
                "feedback": (
                    "Ja. Gedwongen bedelen valt in de wet onder gedwongen arbeid of diensten. De man wordt "
                    "gebracht en gehaald en geeft al het geld af. Schrijf op wat je zag en overleg."
                ),
            },
            {
                "text": (
                    "Criminele uitbuiting, want bedelen is strafbaar en hij pleegt dus een misdrijf voor een ander."
                ),
                "correct": False,
                "feedback": (
                    "Nee. Bedelen zelf is geen misdrijf. Wie gedwongen wordt te bedelen, valt onder gedwongen "
                    "arbeid of diensten. Zie de man als mogelijk slachtoffer, niet als dader."
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
                "text": "Iemand wordt gedwongen om een nier af te staan.",
                "correct": True,
                "feedback": (
                    "Ja. Gedwongen orgaanverwijdering is volgens de wet ook mensenhandel. In Nederland komt het "
                    "bijna niet voor."
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
                "text": "Iemand werkt twaalf uur per dag voor bijna niets, om een schuld bij de baas af te lossen.",
                "correct": True,
                "feedback": (
                    "Ja. Dit kan arbeidsuitbuiting zijn. Vaak spelen meer problemen tegelijk: weinig loon, lange "
                    "dagen en een schuld die niet kleiner wordt."
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
            {
                "text": ("Iemand wordt gedwongen om voor de webcam seks te hebben, terwijl een ander het geld krijgt."),
                "correct": True,
                "feedback": (
                    "Ja. Dit is seksuele uitbuiting. Die gebeurt niet alleen in clubs of hotels, maar ook online."
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
                "text": "Hij werkt in de tuinbouw.",
                "correct": False,
                "feedback": (
                    "Nee. Werken in de tuinbouw is geen signaal. Veel mensen in de tuinbouw hebben gewoon "
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
                "text": "Lukas is gelokt met beloftes die niet uitkwamen.",
                "correct": True,
                "feedback": (
                    "Ja. Bedrog telt als dwang. Dwang is dus meer dan geweld. Ook een schuld die iemand "
                    "vasthoudt, kan erbij horen."
                ),
            },
            {
                "text": "De bemiddelaar werft Lukas en regelt zijn reis.",
                "correct": True,
                "feedback": (
                    "Ja. Werven en vervoeren zijn handelingen die de wet noemt. Ook iemand huisvesten hoort daarbij."
                ),
            },
            {
                "text": "Lukas is over een grens gekomen.",
                "correct": False,
                "feedback": (
                    "Nee. Een grens is geen onderdeel van mensenhandel. Ook iemand die nooit een grens over ging, "
                    "kan slachtoffer zijn. Betaalde hulp bij een grensoversteek heet mensensmokkel."
                ),
            },
            {
                "text": "Het doel is om Lukas voor bijna niets te laten werken.",
                "correct": True,
                "feedback": "Ja. Uitbuiting is het doel, en dat is de kern van mensenhandel.",
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
                "text": (
                    "Je houdt Thijs een paar weken goed in de gaten en verzamelt eerst meer bewijs, zodat je "
                    "niemand onterecht verdenkt."
                ),
                "correct": False,
                "feedback": (
                    "Je hoeft het niet zeker te weten, en bewijs verzamelen is niet jouw taak. Er zijn al meer "
                    "signalen samen. Schrijf op wat je ziet en vraag nu advies."
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
                "text": "Je schrijft de feiten op en vraagt advies, via de meldcode of bij Veilig Thuis.",
                "correct": True,
                "feedback": (
                    "Ja. Twijfel is precies het moment om te overleggen. Daar zijn deze organisaties voor. Samen "
                    "bepaal je wat Thijs nodig heeft."
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
            "sd-smokkel-of-handel",
            "alg-wat-is-dwang",
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
            "sd-ontslagen-zonder-bed",
            "sd-lvb-nieuwe-vriend-pad",
            "sd-woning-gebruikt-signalen",
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
            "hh-hotel-signalen",
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
            "oov-terugkoppelen",
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
            "zorg-wijkverpleging-signalen",
            "zorg-jongen-met-wond-signalen",
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
            "ow-lvb-bankpas-signalen",
            "ow-stage-in-de-keuken",
            "ow-vraag-van-ouders",
            "alg-minderjarig-geen-dwang-nodig",
        ],
        "pass_mark": 70,
        "attempts_allowed": 0,
        "cooldown_minutes": 0,
    },
}

# Titles of demo questions before they were rewritten as new situations (issue 15); `load_demo --reset`
# removes these too, so an older database does not keep the retold lesson cases.
FORMER_TITLES = [
    "Beslispad: huurachterstand van Marius in Lelystad",
    "Rens laat een vriend zijn bankpas gebruiken",
    "Beslispad: bedden in de schuur in de Noordoostpolder",
    "Beslispad: massagesalon met ‘extra's’ in Lelystad",
    "Een nagelsalon met heel lage prijzen",
    "Het busje van vijf uur op het vakantiepark",
    "De wethouder: ‘Bij ons speelt het niet’",
    "Beslispad: vakantiepark en een nieuwe vergunningaanvraag",
    "Beslispad: ‘Die zaak gaat morgen dicht’",
    "Beslispad: Karol en zijn ‘behulpzame’ baas",
    "Beslispad: de derde soa-test van Jasmijn",
    "Signalen: consult seksuele gezondheid",
    "Beslispad: Jade en de man bij het hek",
    "Beslispad: Sem en het kwijtgeraakte pakketje",
    "Roos loopt steeds weg",
    "Beslispad: Ana en de man in het busje",
]
