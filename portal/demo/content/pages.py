"""The home page, the standard pages (about the project, privacy policy) and the contact
form: the page types of the `home` app."""

from ..text import T

HOME = {
    "key": "home",
    "slug": T("strona-glowna", "home"),
    "title": T("Portal Ekonomii Społecznej", "Social Economy Portal"),
    "intro": T(
        "Wiedza, badania i praktyka zatrudnienia wspomaganego oraz spółdzielni socjalnych w "
        "jednym miejscu – dla samorządów, warsztatów terapii zajęciowej, pracodawców i "
        "partnerów zagranicznych.",
        "Knowledge, research and practice in supported employment and social cooperatives, "
        "gathered in one place for local governments, sheltered workshops, employers and "
        "partners abroad.",
    ),
    "body": [
        (
            "rich_text",
            T(
                "<h2>Wiedza z projektów, które zmieniały rynek pracy</h2>"
                "<p>Zbieramy i udostępniamy rezultaty projektów, dzięki którym w Polsce "
                "rozwijały się zatrudnienie wspomagane i spółdzielnie socjalne zatrudniające "
                "osoby z niepełnosprawnościami. Wszystkie materiały są bezpłatne i dostępne w "
                "dwóch językach.</p>"
                "<ul>"
                "<li>Aktualności z czterech stref tematycznych.</li>"
                "<li>Biblioteka badań, w której można przeszukiwać także treść dokumentów "
                "PDF.</li>"
                "<li>Spotkania informacyjne dla warsztatów terapii zajęciowej.</li>"
                "</ul>",
                "<h2>Knowledge from projects that changed the labour market</h2>"
                "<p>We collect and share the results of projects that helped supported "
                "employment and social cooperatives employing people with disabilities take root "
                "in Poland. All materials are free and available in two languages.</p>"
                "<ul>"
                "<li>News from four themed zones.</li>"
                "<li>A research library in which you can also search the text of PDF "
                "documents.</li>"
                "<li>Information meetings for sheltered workshops.</li>"
                "</ul>",
            ),
        ),
        (
            "call_to_action",
            {
                "heading": T(
                    "Poznaj pięć etapów zatrudnienia wspomaganego",
                    "Discover the five stages of supported employment",
                ),
                "text": T(
                    "Dowiedz się, jak trener pracy towarzyszy osobie z niepełnosprawnością od "
                    "pierwszej rozmowy po stabilne zatrudnienie.",
                    "Learn how a job coach accompanies a person with a disability from the first "
                    "conversation to a stable job.",
                ),
                "link_page": "o-projekcie",
                "link_url": "",
                "link_text": T("Przeczytaj o projekcie", "Read about the project"),
            },
        ),
        (
            "partners",
            {
                "heading": T("Partnerzy", "Partners"),
                "partners": [
                    {
                        "name": T("Fundacja „Wspólna Praca”", "Wspólna Praca Foundation"),
                        "url": "https://example.org/partnerzy/wspolna-praca",
                    },
                    {
                        "name": T(
                            "Wielkopolski Ośrodek Ekonomii Społecznej",
                            "Wielkopolska Social Economy Centre",
                        ),
                        "url": "https://example.org/partnerzy/woes",
                    },
                    {
                        "name": T("KARE (Irlandia)", "KARE (Ireland)"),
                        "url": "https://example.org/partnerzy/kare",
                    },
                ],
            },
        ),
    ],
}

STANDARD_PAGES = [
    {
        "key": "o-projekcie",
        "slug": T("o-projekcie", "about"),
        "title": T("O projekcie", "About the project"),
        "intro": T(
            "Portal porządkuje i udostępnia dorobek kilku projektów, które w Polsce przecierały "
            "szlaki zatrudnieniu wspomaganemu i spółdzielniom socjalnym tworzonym z myślą o "
            "osobach z niepełnosprawnościami.",
            "The portal brings together the results of several projects that paved the way in "
            "Poland for supported employment and for social cooperatives set up with people with "
            "disabilities in mind.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Skąd wziął się portal</h2>"
                    "<p>W projektach dotyczących ekonomii społecznej powstało przez lata wiele "
                    "narzędzi, raportów i rekomendacji, które trudno dziś odnaleźć. Zebraliśmy je "
                    "w jednym serwisie, opracowaliśmy na nowo i uzupełniliśmy aktualnym "
                    "komentarzem ekspertów.</p>"
                    "<p>Najwięcej miejsca poświęcamy projektowi „Trener pracy jako sposób na "
                    "zwiększenie zatrudnienia osób niepełnosprawnych”, w którym w latach "
                    "2013–2014 sprawdzano w praktyce usługi trenera pracy. Opisujemy też model "
                    "współpracy warsztatów terapii zajęciowej ze spółdzielniami socjalnymi, "
                    "międzynarodowe partnerstwo specjalistów zatrudnienia wspomaganego, "
                    "ministerialne szkolenie pracowników urzędów pracy z ekonomii społecznej oraz "
                    "modułowy program szkoleniowy Testowego Modelu Współpracy.</p>"
                    "<h2>Dla kogo jest portal</h2>"
                    "<ul>"
                    "<li>Dla samorządów, które chcą zlecać usługi społeczne i tworzyć miejsca "
                    "pracy.</li>"
                    "<li>Dla warsztatów terapii zajęciowej szukających drogi do zatrudnienia dla "
                    "swoich uczestników.</li>"
                    "<li>Dla pracodawców, którzy chcą zatrudniać osoby z "
                    "niepełnosprawnościami.</li>"
                    "<li>Dla partnerów zagranicznych zainteresowanych polskimi "
                    "doświadczeniami.</li>"
                    "</ul>",
                    "<h2>Where the portal comes from</h2>"
                    "<p>Over the years, social economy projects have produced many tools, reports "
                    "and recommendations that are hard to find today. We have gathered them on one "
                    "site, reworked them and added up-to-date expert commentary.</p>"
                    "<p>Most of the space goes to the project “Job coaching as a way to increase "
                    "the employment of people with disabilities”, which put job coach services to "
                    "the test in 2013–2014. We also describe a model of cooperation between "
                    "sheltered workshops and social cooperatives, an international partnership of "
                    "supported employment specialists, a ministry-led training of labour office "
                    "staff in the social economy, and the modular training programme of the Test "
                    "Cooperation Model.</p>"
                    "<h2>Who the portal is for</h2>"
                    "<ul>"
                    "<li>Local governments that want to commission social services and create "
                    "jobs.</li>"
                    "<li>Sheltered workshops looking for a route into employment for their "
                    "participants.</li>"
                    "<li>Employers who want to hire people with disabilities.</li>"
                    "<li>Partners abroad who are interested in Polish experience.</li>"
                    "</ul>",
                ),
            ),
            (
                "key_figures",
                {
                    "heading": T(
                        "Projekt „Trener pracy” w liczbach (faza testowania 2013–2014)",
                        "The Job Coach project in numbers (testing phase 2013–2014)",
                    ),
                    "figures": [
                        {
                            "number": "72",
                            "label": T(
                                "trenerów pracy zrekrutowanych i przeszkolonych",
                                "job coaches recruited and trained",
                            ),
                        },
                        {
                            "number": "5",
                            "label": T(
                                "mentorów wspierających trenerów", "mentors supporting the coaches"
                            ),
                        },
                        {
                            "number": "5",
                            "label": T(
                                "województw, w których testowano usługę",
                                "voivodeships where the service was tested",
                            ),
                        },
                        {
                            "number": "490",
                            "label": T(
                                "osób z niepełnosprawnościami zrekrutowanych do projektu",
                                "people with disabilities recruited",
                            ),
                        },
                        {
                            "number": "231",
                            "label": T(
                                "pracodawców, z którymi nawiązano kontakt",
                                "employers contacted",
                            ),
                        },
                        {
                            "number": "57",
                            "label": T(
                                "pracodawców, którzy zatrudnili uczestników lub przyjęli ich na "
                                "staż",
                                "employers who hired participants or took them on as interns",
                            ),
                        },
                        {
                            "number": "53",
                            "label": T(
                                "osoby, które podjęły pracę ze wsparciem trenera",
                                "people who started work with a job coach's support",
                            ),
                        },
                        {
                            "number": "11",
                            "label": T(
                                "staży zawodowych finansowanych przez urzędy pracy",
                                "internships funded by labour offices",
                            ),
                        },
                    ],
                },
            ),
            (
                "stages",
                {
                    "heading": T(
                        "Pięć etapów zatrudnienia wspomaganego",
                        "The five stages of supported employment",
                    ),
                    "stages": [
                        {
                            "title": T("Zaangażowanie", "Engagement"),
                            "description": T(
                                "Trener pomaga osobie z niepełnosprawnością zrozumieć, na czym "
                                "polega program, tak aby mogła świadomie zdecydować, czy chce w "
                                "nim uczestniczyć.",
                                "The coach helps the person with a disability understand what the "
                                "programme involves, so that they can make an informed choice "
                                "about taking part.",
                            ),
                        },
                        {
                            "title": T("Tworzenie profilu zawodowego", "Vocational profiling"),
                            "description": T(
                                "Trener i uczestnik wspólnie rozpoznają umiejętności, "
                                "kompetencje i zainteresowania oraz mocne i słabe strony, które "
                                "staną się punktem wyjścia do szukania pracy.",
                                "The coach and the participant map out skills, competences and "
                                "interests, along with strengths and weaknesses, which become the "
                                "starting point for the job search.",
                            ),
                        },
                        {
                            "title": T("Znajdowanie pracy", "Job finding"),
                            "description": T(
                                "Pracy szuka się wszystkimi dostępnymi kanałami, a osoba z "
                                "niepełnosprawnością aktywnie w tym uczestniczy i współdecyduje o "
                                "kolejnych krokach.",
                                "The search uses every available channel, and the person with a "
                                "disability takes an active part and has a say in each decision.",
                            ),
                        },
                        {
                            "title": T("Zaangażowanie pracodawcy", "Employer engagement"),
                            "description": T(
                                "Trener rozmawia z pracodawcą o konkretnej osobie, wyjaśnia, na "
                                "czym polega wsparcie, i pomaga dopasować stanowisko.",
                                "The coach talks to the employer about a specific candidate, "
                                "explains how the support works and helps to shape the job.",
                            ),
                        },
                        {
                            "title": T(
                                "Wsparcie w miejscu pracy i poza nim", "Support on and off the job"
                            ),
                            "description": T(
                                "Forma i intensywność pomocy zależą od potrzeb pracownika, jego "
                                "umiejętności i rodzaju zatrudnienia. Wraz ze wzrostem "
                                "samodzielności wsparcie stopniowo się zmniejsza.",
                                "The kind and level of help depend on the employee's needs, "
                                "skills and type of job. As their independence grows, the support "
                                "is gradually scaled back.",
                            ),
                        },
                    ],
                },
            ),
            (
                "timeline",
                {
                    "heading": T(
                        "Najważniejsze wydarzenia projektu „Trener pracy”",
                        "Key milestones of the Job Coach project",
                    ),
                    "entries": [
                        {
                            "when": T("1.11.2013 – 31.07.2014", "1 Nov 2013 – 31 Jul 2014"),
                            "title": T("Testowanie wytycznych", "Testing the guidelines"),
                            "description": T(
                                "W województwach mazowieckim, dolnośląskim, pomorskim, podlaskim "
                                "i podkarpackim trenerzy pracy sprawdzali w praktyce zestawy "
                                "narzędzi do rekrutacji, szkolenia oraz zarządzania ich pracą.",
                                "In the Mazowieckie, Dolnośląskie, Pomorskie, Podlaskie and "
                                "Podkarpackie voivodeships, job coaches tried out the toolkits for "
                                "recruiting, training and managing coaches in practice.",
                            ),
                        },
                        {
                            "when": T("30.09 – 3.10.2014", "30 Sep – 3 Oct 2014"),
                            "title": T(
                                "Wizyta studyjna w KARE w Irlandii", "Study visit to KARE, Ireland"
                            ),
                            "description": T(
                                "Przedstawiciele lidera, partnerów i Biura Pełnomocnika Rządu do "
                                "Spraw Osób Niepełnosprawnych omówili z partnerem ponadnarodowym "
                                "wyniki testów i proponowane zmiany.",
                                "Representatives of the lead organisation, the partners and the "
                                "Office of the Government Plenipotentiary for Disabled People "
                                "discussed the test results and proposed changes with the "
                                "transnational partner.",
                            ),
                        },
                        {
                            "when": T("14–15.10.2014", "14–15 Oct 2014"),
                            "title": T("Grupy robocze w Warszawie", "Working groups in Warsaw"),
                            "description": T(
                                "Najpierw organizacje pozarządowe, a dzień później przedstawiciele "
                                "administracji rządowej i samorządowej konsultowali ostateczny "
                                "kształt produktu.",
                                "First NGOs and, a day later, representatives of central and "
                                "local government reviewed the final shape of the product.",
                            ),
                        },
                        {
                            "when": T("16 i 20.10.2014", "16 and 20 Oct 2014"),
                            "title": T(
                                "Seminaria we Wrocławiu i w Warszawie",
                                "Seminars in Wrocław and Warsaw",
                            ),
                            "description": T(
                                "Oba seminaria o zatrudnieniu wspomaganym, przeznaczone dla "
                                "przedstawicieli MPiPS, PFRON i partnerów, były poprzedzone "
                                "konferencjami prasowymi. Uczestniczył w nich także partner z "
                                "Irlandii.",
                                "Both seminars on supported employment, held for representatives "
                                "of the Ministry of Labour and Social Policy, the State Fund for "
                                "Rehabilitation of Disabled Persons (PFRON) and the partners, were "
                                "preceded by press conferences. The Irish partner also took part.",
                            ),
                        },
                        {
                            "when": T("31.10.2014", "31 Oct 2014"),
                            "title": T("Złożenie produktu finalnego", "Final product submitted"),
                            "description": T(
                                "Wytyczne dotyczące świadczenia usług przez trenera pracy trafiły "
                                "do Krajowej Instytucji Wspomagającej w Centrum Projektów "
                                "Europejskich.",
                                "The guidelines for the provision of job coach services were "
                                "submitted to the National Support Institution at the Centre for "
                                "European Projects.",
                            ),
                        },
                        {
                            "when": T("4.12.2014", "4 Dec 2014"),
                            "title": T(
                                "Posiedzenie walidacyjne Krajowej Sieci Tematycznej",
                                "Validation meeting of the National Thematic Network",
                            ),
                            "description": T(
                                "Na posiedzeniu sieci w obszarze zatrudnienia i integracji "
                                "społecznej w Warszawie zaplanowano walidację produktu, od której "
                                "zależało jego dalsze upowszechnianie.",
                                "The network's meeting on employment and social integration in "
                                "Warsaw was scheduled to validate the product, which would decide "
                                "how it could be disseminated further.",
                            ),
                        },
                        {
                            "when": T("wrzesień 2025", "September 2025"),
                            "title": T("Uruchomienie portalu", "Portal launched"),
                            "description": T(
                                "Dorobek projektu i kolejnych przedsięwzięć opracowano na nowo i "
                                "udostępniono w dwóch językach.",
                                "The results of the project and later initiatives were reworked "
                                "and published in two languages.",
                            ),
                        },
                    ],
                },
            ),
            (
                "rich_text",
                T(
                    "<h2>Program szkoleniowy Testowego Modelu Współpracy</h2>"
                    "<p>Testowy Model Współpracy pomaga centrom i klubom integracji społecznej "
                    "budować razem z samorządami lokalny rynek usług społecznych. Model jest "
                    "sprawdzany w 30 lokalizacjach, a jego wdrażanie poprowadzi 60 ekspertów "
                    "przygotowanych w sześciu dziesięcioosobowych grupach.</p>"
                    "<p>Program ma formę warsztatów z elementami wykładu. Materiały szkoleniowe "
                    "zaprojektowano tak, aby można było z nich korzystać także po zakończeniu "
                    "testów.</p>",
                    "<h2>Training programme of the Test Cooperation Model</h2>"
                    "<p>The Test Cooperation Model helps social integration centres and clubs "
                    "build a local market for social services together with local governments. "
                    "The model is being piloted in 30 locations, and its roll-out will be led by "
                    "60 experts trained in six groups of ten.</p>"
                    "<p>The programme takes the form of workshops with some lectures. The training "
                    "materials are designed to remain useful after the pilot ends.</p>",
                ),
            ),
            (
                "training_modules",
                {
                    "heading": T("Dziewięć modułów programu", "The nine modules of the programme"),
                    "modules": [
                        {
                            "title": T(
                                "Moduł 1. Model współpracy a lokalna polityka społeczna",
                                "Module 1. The cooperation model and local social policy",
                            ),
                            "goals": T(
                                "Uporządkowanie pojęć związanych z zatrudnieniem socjalnym, "
                                "rozwojem lokalnym i rynkiem usług społecznych.",
                                "To establish a shared understanding of social employment, local "
                                "development and the market for social services.",
                            ),
                            "topics": [
                                T(
                                    "Polityka aktywizacji i jej dylematy",
                                    "Activation policy and its dilemmas",
                                ),
                                T(
                                    "Podstawy prawne usług społecznych i zatrudnienia socjalnego",
                                    "The legal basis of social services and social employment",
                                ),
                                T(
                                    "Co sprawia, że usługa jest społeczna i publiczna",
                                    "What makes a service social and public",
                                ),
                                T(
                                    "Lokalne partnerstwa – historie sukcesów i porażek",
                                    "Local partnerships: stories of success and failure",
                                ),
                                T(
                                    "Kim są uczestnicy programów reintegracji",
                                    "Who takes part in reintegration programmes",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 2. Metody reintegracji społecznej i zawodowej w Polsce i "
                                "w Europie",
                                "Module 2. Methods of social and vocational reintegration in "
                                "Poland and Europe",
                            ),
                            "goals": T(
                                "Poszerzenie zestawu narzędzi pracy w środowisku lokalnym i "
                                "inspiracja do działania.",
                                "To broaden the toolkit for local work and inspire action.",
                            ),
                            "topics": [
                                T(
                                    "Jak działają centra i kluby integracji społecznej i do kogo "
                                    "kierują wsparcie",
                                    "How social integration centres and clubs work and whom they "
                                    "serve",
                                ),
                                T(
                                    "Postawy samorządów i społeczności wobec instytucji "
                                    "zatrudnienia socjalnego",
                                    "How local governments and communities respond to social "
                                    "employment institutions",
                                ),
                                T(
                                    "Prawne instrumenty wsparcia i ich granice",
                                    "Legal support instruments and their limits",
                                ),
                                T(
                                    "Potrzeby samorządów, OWES i podmiotów ekonomii społecznej",
                                    "The needs of local governments, support centres and social "
                                    "economy entities",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 3. Projektowanie działań w społeczności",
                                "Module 3. Planning action in the community",
                            ),
                            "goals": T(
                                "Wyposażenie uczestników w narzędzia współpracy "
                                "międzysektorowej i budowania rynku usług społecznych.",
                                "To equip participants with tools for cross-sector cooperation "
                                "and for building a market for social services.",
                            ),
                            "topics": [
                                T("Diagnoza lokalna", "Local needs assessment"),
                                T(
                                    "Inicjowanie współpracy i partnerstwa ponadgminne",
                                    "Starting cooperation and partnerships across municipalities",
                                ),
                                T("Lokalna strategia i rzecznictwo", "Local strategy and advocacy"),
                                T(
                                    "Partycypacja i podmiotowość odbiorców",
                                    "Participation and the agency of service users",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 4. Procedury modelu – pierwsza sfera",
                                "Module 4. Model procedures – the first sphere",
                            ),
                            "goals": T(
                                "Przełożenie wiedzy ogólnej na procedury zaspokajania potrzeb "
                                "kadrowych podmiotów świadczących usługi społeczne.",
                                "To turn general knowledge into procedures for meeting the "
                                "staffing needs of social service providers.",
                            ),
                            "topics": [
                                T(
                                    "Organizacja pracy i finansowanie instytucji zatrudnienia "
                                    "socjalnego",
                                    "Organising and financing social employment institutions",
                                ),
                                T(
                                    "Szkolenie uczestników do świadczenia usług społecznych",
                                    "Training participants to deliver social services",
                                ),
                                T(
                                    "Praktyki w podmiotach ekonomii społecznej i firmach",
                                    "Placements in social economy entities and companies",
                                ),
                                T(
                                    "Ocena gotowości do przejścia do innych form zatrudnienia",
                                    "Assessing readiness to move on to other forms of employment",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 5. Procedury modelu – druga sfera",
                                "Module 5. Model procedures – the second sphere",
                            ),
                            "goals": T(
                                "Przygotowanie do wspierania osób, które chcą tworzyć podmioty "
                                "ekonomii społecznej świadczące usługi społeczne.",
                                "To prepare participants to support people setting up social "
                                "economy entities that provide social services.",
                            ),
                            "topics": [
                                T(
                                    "Formy prawne podmiotów ekonomii społecznej i ich ograniczenia",
                                    "Legal forms of social economy entities and their constraints",
                                ),
                                T(
                                    "Zatrudnianie pracowników w podmiotach ekonomii społecznej",
                                    "Employing staff in social economy entities",
                                ),
                                T("Dostępne formy wsparcia", "Available support"),
                                T("Budowanie oferty usług", "Building a service offer"),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 6. Procedury modelu – trzecia sfera",
                                "Module 6. Model procedures – the third sphere",
                            ),
                            "goals": T(
                                "Poznanie zasad zlecania i kontraktowania usług społecznych "
                                "podmiotom ekonomii społecznej.",
                                "To learn how social services are commissioned from and "
                                "contracted out to social economy entities.",
                            ),
                            "topics": [
                                T(
                                    "Dokumenty strategiczne jako podstawa zlecania usług",
                                    "Strategic documents as the basis for commissioning",
                                ),
                                T(
                                    "Zamówienia publiczne, konkursy ofert i inne instrumenty "
                                    "kontraktowania",
                                    "Public procurement, calls for proposals and other "
                                    "contracting instruments",
                                ),
                                T(
                                    "Preferencje dla podmiotów ekonomii społecznej",
                                    "Preferences for social economy entities",
                                ),
                                T(
                                    "Standardy usług i sposoby ich weryfikacji",
                                    "Service standards and how to check them",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 7. Wprowadzanie zmian w działaniach lokalnych",
                                "Module 7. Adapting local action",
                            ),
                            "goals": T(
                                "Nauka reagowania na nowe okoliczności i potrzeby na podstawie "
                                "pierwszych doświadczeń z wdrażania modelu.",
                                "To learn to respond to new circumstances and needs based on early "
                                "experience of putting the model into practice.",
                            ),
                            "topics": [
                                T(
                                    "Ocena dotychczasowych doświadczeń",
                                    "Reviewing experience so far",
                                ),
                                T("Prezentacja diagnoz lokalnych", "Presenting local assessments"),
                                T(
                                    "Matryca logiczna i inne narzędzia opisu modelu",
                                    "Logical frameworks and other tools for describing the model",
                                ),
                                T(
                                    "Bilans potrzeb i korzyści",
                                    "Weighing needs against benefits",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 8. Warsztat ewaluacyjny", "Module 8. Evaluation workshop"
                            ),
                            "goals": T(
                                "Nauka oceniania efektów wdrożenia i przygotowywania "
                                "rekomendacji strategicznych dla lokalnej społeczności.",
                                "To prepare participants to evaluate and to make strategic "
                                "recommendations for their community.",
                            ),
                            "topics": [
                                T(
                                    "Programowanie lokalnej polityki rozwoju",
                                    "Planning local development policy",
                                ),
                                T(
                                    "Narzędzia badawcze i analiza danych",
                                    "Research tools and data analysis",
                                ),
                                T(
                                    "Wskazywanie obszarów wymagających poprawy",
                                    "Identifying areas for improvement",
                                ),
                                T(
                                    "Kiedy zrezygnować z wdrażania modelu",
                                    "Knowing when to stop implementing the model",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 9. Rozszerzanie rezultatów",
                                "Module 9. Scaling up the results",
                            ),
                            "goals": T(
                                "Przygotowanie do upowszechniania efektów i wdrażania w "
                                "społeczności kolejnych modeli cząstkowych.",
                                "To prepare participants to spread the results and introduce "
                                "further sub-models in their community.",
                            ),
                            "topics": [
                                T(
                                    "Rzecznictwo i koalicje na rzecz zmian w polityce lokalnej",
                                    "Advocacy and coalitions for change in local policy",
                                ),
                                T(
                                    "Obejmowanie modelem kolejnych usług społecznych",
                                    "Extending the model to more social services",
                                ),
                                T(
                                    "Prezentowanie wyników i promocja osiągnięć",
                                    "Presenting results and promoting achievements",
                                ),
                            ],
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": T(
                        "Trener pracy nie wyręcza pracownika, tylko pomaga mu odnaleźć się w "
                        "firmie i stopniowo usuwa się w cień. Najlepszym dowodem skuteczności jest "
                        "dzień, w którym przestaje być potrzebny.",
                        "A job coach doesn't do the work for the employee; they help the person "
                        "find their feet in the company and then gradually step back. The best "
                        "proof that it worked is the day the coach is no longer needed.",
                    ),
                    "author": "Katarzyna Zielińska",
                    "role": T(
                        "mentorka trenerów pracy w fazie testowania",
                        "mentor to job coaches during the testing phase",
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T(
                        "Chcesz wdrożyć zatrudnienie wspomagane?",
                        "Planning to introduce supported employment?",
                    ),
                    "text": T(
                        "Napisz do nas – pomożemy dobrać materiały i skontaktujemy Cię z osobami, "
                        "które mają doświadczenie w pracy trenera.",
                        "Get in touch and we will point you to the right materials and put you in "
                        "contact with experienced job coaches.",
                    ),
                    "link_page": "kontakt",
                    "link_url": "",
                    "link_text": T("Przejdź do formularza kontaktowego", "Go to the contact form"),
                },
            ),
            (
                "video",
                {
                    "title": T(
                        "Film: trener pracy w zakładzie – przykładowe nagranie",
                        "Video: a job coach at the workplace – sample recording",
                    ),
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "transcript": T(
                        "Przykładowe nagranie pokazujące miejsce na film w portalu. Film "
                        "wczytuje się dopiero po zgodzie na media zewnętrzne; do tego czasu "
                        "serwis YouTube nie otrzymuje żadnych danych.",
                        "A sample recording showing where a video goes on the portal. It loads "
                        "only after you allow external media; until then YouTube receives no "
                        "data.",
                    ),
                },
            ),
        ],
        "show_in_menus": True,
    },
    {
        "key": "prywatnosc",
        "slug": T("polityka-prywatnosci", "privacy-policy"),
        "title": T("Polityka prywatności i cookies", "Privacy and cookie policy"),
        "intro": T(
            "Jak przetwarzamy dane osobowe osób korzystających z portalu i jakich plików cookies "
            "używamy.",
            "How we process the personal data of people who use the portal, and which cookies we "
            "use.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Administrator danych</h2>"
                    "<p>Administratorem danych osobowych zbieranych za pośrednictwem portalu jest "
                    "Fundacja „Wspólna Praca”, ul. Przykładowa 12, 00-950 Warszawa. Z inspektorem "
                    "ochrony danych można się skontaktować pod adresem iod@example.org.</p>"
                    "<h2>Cele i podstawy prawne przetwarzania</h2>"
                    "<ul>"
                    "<li>odpowiedź na wiadomość wysłaną przez formularz kontaktowy – prawnie "
                    "uzasadniony interes administratora (art. 6 ust. 1 lit. f RODO);</li>"
                    "<li>zapisy na spotkania informacyjne i ich organizacja – działania na żądanie "
                    "osoby, której dane dotyczą, i wykonanie umowy (art. 6 ust. 1 lit. b "
                    "RODO);</li>"
                    "<li>rozliczenie i archiwizacja dokumentacji projektu współfinansowanego ze "
                    "środków Unii Europejskiej – obowiązek prawny (art. 6 ust. 1 lit. c "
                    "RODO);</li>"
                    "<li>statystyki odwiedzin – wyłącznie na podstawie zgody (art. 6 ust. 1 lit. a "
                    "RODO).</li>"
                    "</ul>"
                    "<h2>Odbiorcy danych</h2>"
                    "<p>Dane mogą być powierzane dostawcom usług hostingowych i poczty "
                    "elektronicznej, którzy działają na nasze zlecenie. Nie przekazujemy danych "
                    "poza Europejski Obszar Gospodarczy.</p>"
                    "<h2>Okres przechowywania</h2>"
                    "<p>Korespondencję przechowujemy przez 12 miesięcy od zakończenia sprawy. Dane "
                    "uczestników spotkań przechowujemy do końca okresu archiwizacji wymaganego "
                    "przez zasady programu, z którego finansowany jest projekt. Dane statystyczne "
                    "przechowujemy nie dłużej niż 14 miesięcy.</p>"
                    "<h2>Twoje prawa</h2>"
                    "<p>Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub "
                    "ograniczenia przetwarzania, prawo do przenoszenia danych oraz prawo "
                    "wniesienia sprzeciwu. Zgodę możesz wycofać w każdej chwili; nie wpływa to na "
                    "zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem. "
                    "Przysługuje Ci także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych "
                    "Osobowych.</p>"
                    "<h2>Pliki cookies</h2>"
                    "<p>Portal korzysta z plików cookies w trzech kategoriach:</p>"
                    "<ul>"
                    "<li>niezbędne – zapewniają działanie portalu oraz zapamiętują wybrany język i "
                    "Twoje decyzje dotyczące cookies; nie wymagają zgody;</li>"
                    "<li>analityczne – pomagają nam zrozumieć, jak korzystasz z portalu; "
                    "zapisujemy je tylko za Twoją zgodą;</li>"
                    "<li>treści zewnętrzne – umożliwiają wyświetlanie osadzonych filmów, w tym "
                    "nagrań w polskim języku migowym; ładujemy je dopiero po wyrażeniu "
                    "zgody.</li>"
                    "</ul>"
                    "<p>Swoją decyzję możesz w każdej chwili zmienić w ustawieniach cookies "
                    "dostępnych w stopce strony.</p>",
                    "<h2>Data controller</h2>"
                    "<p>The controller of the personal data collected through the portal is the "
                    "Wspólna Praca Foundation, ul. Przykładowa 12, 00-950 Warsaw. You can contact "
                    "our data protection officer at iod@example.org.</p>"
                    "<h2>Purposes and legal bases</h2>"
                    "<ul>"
                    "<li>replying to messages sent through the contact form – our legitimate "
                    "interest (Article 6(1)(f) GDPR);</li>"
                    "<li>registering you for information meetings and organising them – steps "
                    "taken at your request and performance of an agreement (Article 6(1)(b) "
                    "GDPR);</li>"
                    "<li>accounting for and archiving the documentation of a project co-financed "
                    "by the European Union – compliance with a legal obligation (Article 6(1)(c) "
                    "GDPR);</li>"
                    "<li>visitor statistics – only with your consent (Article 6(1)(a) GDPR).</li>"
                    "</ul>"
                    "<h2>Recipients</h2>"
                    "<p>Data may be entrusted to hosting and email service providers acting on our "
                    "behalf. We do not transfer data outside the European Economic Area.</p>"
                    "<h2>Retention</h2>"
                    "<p>We keep correspondence for 12 months after the matter is closed. Data on "
                    "meeting participants is kept until the end of the archiving period required "
                    "by the rules of the programme that funds the project. Statistical data is "
                    "kept for no longer than 14 months.</p>"
                    "<h2>Your rights</h2>"
                    "<p>You have the right to access your data, to have it corrected or erased, "
                    "to restrict its processing, to data portability and to object. You can "
                    "withdraw your consent at any time; this does not affect the lawfulness of "
                    "processing carried out before the withdrawal. You also have the right to "
                    "lodge a complaint with the President of the Personal Data Protection "
                    "Office.</p>"
                    "<h2>Cookies</h2>"
                    "<p>The portal uses cookies in three categories:</p>"
                    "<ul>"
                    "<li>essential – keep the portal working and remember your language and your "
                    "cookie choices; they do not require consent;</li>"
                    "<li>analytics – help us understand how you use the portal; we set them only "
                    "with your consent;</li>"
                    "<li>external content – allow embedded videos, including Polish Sign Language "
                    "recordings, to be shown; we load them only after you consent.</li>"
                    "</ul>"
                    "<p>You can change your decision at any time in the cookie settings linked "
                    "from the page footer.</p>",
                ),
            ),
        ],
        "show_in_menus": False,
    },
]

CONTACT = {
    "key": "kontakt",
    "slug": T("kontakt", "contact"),
    "title": T("Kontakt", "Contact"),
    "intro": T(
        "Masz pytanie o zatrudnienie wspomagane, spółdzielnie socjalne albo materiały "
        "opublikowane na portalu? Napisz do nas – zwykle odpowiadamy w ciągu pięciu dni "
        "roboczych.",
        "Do you have a question about supported employment, social cooperatives or the "
        "materials on this portal? Write to us; we usually reply within five working days.",
    ),
    "thank_you": T(
        "Dziękujemy za wiadomość. Odpowiemy na podany adres e-mail najszybciej, jak to możliwe.",
        "Thank you for your message. We will reply to the email address you gave as soon as we "
        "can.",
    ),
    "to_address": "kontakt@example.org",
    "from_address": "portal@example.org",
    "subject": T("Nowa wiadomość z formularza kontaktowego", "New message from the contact form"),
    "fields": [
        {
            "label": T("Imię i nazwisko", "Full name"),
            "field_type": "singleline",
            "required": True,
            "choices": None,
            "help_text": None,
        },
        {
            "label": T("Adres e-mail", "Email address"),
            "field_type": "email",
            "required": True,
            "choices": None,
            "help_text": T(
                "Na ten adres wyślemy odpowiedź.", "We will send our reply to this address."
            ),
        },
        {
            "label": T("Instytucja", "Organisation"),
            "field_type": "singleline",
            "required": False,
            "choices": None,
            "help_text": T(
                "Na przykład nazwa warsztatu, urzędu lub firmy.",
                "For example, the name of your workshop, office or company.",
            ),
        },
        {
            "label": T("Temat", "Topic"),
            "field_type": "dropdown",
            "required": True,
            "choices": T(
                "Zatrudnienie wspomagane i trener pracy\n"
                "Spółdzielnie socjalne\n"
                "Spotkania informacyjne dla WTZ\n"
                "Raporty i badania\n"
                "Dostępność portalu\n"
                "Inny temat",
                "Supported employment and job coaching\n"
                "Social cooperatives\n"
                "Information meetings for sheltered workshops\n"
                "Reports and research\n"
                "Accessibility of the portal\n"
                "Other",
            ),
            "help_text": None,
        },
        {
            "label": T("Wiadomość", "Message"),
            "field_type": "multiline",
            "required": True,
            "choices": None,
            "help_text": None,
        },
        {
            "label": T(
                "Potwierdzam zapoznanie się z polityką prywatności",
                "I confirm that I have read the privacy policy",
            ),
            "field_type": "checkbox",
            "required": True,
            "choices": None,
            "help_text": T(
                "Dane z formularza wykorzystujemy wyłącznie do udzielenia odpowiedzi. Szczegóły "
                "znajdziesz w polityce prywatności.",
                "We use the data from this form only to reply to you. See the privacy policy for "
                "details.",
            ),
        },
    ],
}
