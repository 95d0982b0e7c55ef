"""Demo content of the portal as plain data.

Every visible text is a ``T(pl, en)`` pair: the loader creates the Polish pages and then
their English translations with wagtail-localize. Facts and figures come from the source
documents of the projects the portal documents (the seeds listed in DESIGN.md); the
wording is new. Keys tie the pieces together: ``related``, ``link_page`` and ``downloads``
refer to the keys of pages and documents defined here.
"""

from .text import T

TAGS = [
    {"key": "spoldzielnie-socjalne", "name": T("spółdzielnie socjalne", "social cooperatives")},
    {
        "key": "zatrudnienie-wspomagane",
        "name": T("zatrudnienie wspomagane", "supported employment"),
    },
    {"key": "trener-pracy", "name": T("trener pracy", "job coaching")},
    {"key": "wtz", "name": T("warsztaty terapii zajęciowej", "sheltered workshops")},
    {"key": "samorzad", "name": T("samorząd terytorialny", "local government")},
    {"key": "uslugi-spoleczne", "name": T("usługi społeczne", "social services")},
    {"key": "pracodawcy", "name": T("pracodawcy", "employers")},
    {
        "key": "wspolpraca-miedzynarodowa",
        "name": T("współpraca międzynarodowa", "international cooperation"),
    },
    {"key": "szkolenia", "name": T("szkolenia", "training")},
    {"key": "badania", "name": T("badania i ewaluacja", "research and evaluation")},
]

# ---------------------------------------------------------------------------------------
# Zones
# ---------------------------------------------------------------------------------------

ZONES = [
    {
        "key": "samorzady",
        "slug": T("strefa-samorzadow", "local-government-zone"),
        "title": T("Strefa Samorządów", "Local Government Zone"),
        "intro": T(
            "Materiały dla gmin, powiatów i województw, które chcą tworzyć miejsca pracy dla "
            "osób z niepełnosprawnościami i zlecać usługi społeczne podmiotom ekonomii "
            "społecznej.",
            "Resources for municipalities, counties and regions that want to create jobs for "
            "people with disabilities and commission social services from social economy "
            "organisations.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Samorząd jako partner ekonomii społecznej</h2>"
                    "<p>Gmina czy powiat mogą być dla podmiotów ekonomii społecznej kimś więcej "
                    "niż źródłem dotacji. Samorząd może współzałożyć spółdzielnię socjalną, "
                    "zlecać jej zadania publiczne, a w zamówieniach stosować klauzule społeczne, "
                    "które premiują zatrudnianie osób zagrożonych wykluczeniem.</p>"
                    "<p>W tej strefie zebraliśmy wyniki badań prowadzonych wśród przedstawicieli "
                    "jednostek samorządu terytorialnego, przykłady dobrych praktyk oraz "
                    "narzędzia, które pomagają planować lokalne usługi społeczne razem z "
                    "centrami i klubami integracji społecznej.</p>"
                    "<h3>Od czego zacząć</h3>"
                    "<ul>"
                    "<li>Sprawdź, jakie potrzeby w zakresie usług społecznych wskazuje strategia "
                    "rozwiązywania problemów społecznych Twojej gminy lub powiatu.</li>"
                    "<li>Porozmawiaj z ośrodkiem wsparcia ekonomii społecznej (OWES) działającym "
                    "w Twoim regionie.</li>"
                    "<li>Przeczytaj nasz przewodnik po zakładaniu spółdzielni socjalnej przez "
                    "osoby prawne.</li>"
                    "</ul>",
                    "<h2>Local government as a partner of the social economy</h2>"
                    "<p>A municipality or county can be much more than a source of grants for "
                    "social economy organisations. It can co-found a social cooperative, contract "
                    "public tasks out to it and use social clauses in procurement that reward the "
                    "employment of people at risk of exclusion.</p>"
                    "<p>This zone brings together research among local government "
                    "representatives, examples of good practice and tools that help plan local "
                    "social services together with social integration centres and clubs.</p>"
                    "<h3>Where to start</h3>"
                    "<ul>"
                    "<li>Check which social service needs are identified in your municipality's "
                    "or county's strategy for solving social problems.</li>"
                    "<li>Talk to the social economy support centre (OWES) in your region.</li>"
                    "<li>Read our guide to setting up a social cooperative with legal persons as "
                    "its founders.</li>"
                    "</ul>",
                ),
            ),
            (
                "downloads",
                {
                    "heading": T("Dokumenty dla samorządów", "Documents for local governments"),
                    "documents": ["r-samorzady-spoldzielnie-pl", "r-tmw-program-pl"],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T(
                        "Spółdzielnia socjalna w Twojej gminie?",
                        "A social cooperative in your municipality?",
                    ),
                    "text": T(
                        "Przeprowadzimy Cię przez kolejne kroki – od uchwały rady po pierwszy "
                        "kontrakt.",
                        "We will walk you through each step, from the council resolution to the "
                        "first contract.",
                    ),
                    "link_page": "sam-spoldzielnia-krok-po-kroku",
                    "link_url": "",
                    "link_text": T("Zobacz przewodnik", "Read the guide"),
                },
            ),
        ],
        "pages": [
            {
                "key": "sam-spoldzielnia-krok-po-kroku",
                "slug": T("spoldzielnia-socjalna-krok-po-kroku", "social-cooperative-step-by-step"),
                "title": T(
                    "Spółdzielnia socjalna osób prawnych krok po kroku",
                    "Setting up a social cooperative of legal persons, step by step",
                ),
                "intro": T(
                    "Krótki przewodnik dla samorządów, które chcą wspólnie z organizacją "
                    "pozarządową założyć spółdzielnię socjalną zatrudniającą osoby z "
                    "niepełnosprawnościami.",
                    "A short guide for local governments that want to found a social cooperative "
                    "employing people with disabilities together with a non-governmental "
                    "organisation.",
                ),
                "body": [
                    (
                        "rich_text",
                        T(
                            "<h2>Dlaczego spółdzielnia osób prawnych</h2>"
                            "<p>Ustawa o spółdzielniach socjalnych pozwala, by założycielami "
                            "spółdzielni były co najmniej dwie osoby prawne, na przykład gmina i "
                            "stowarzyszenie. Taka spółdzielnia zatrudnia osoby zagrożone "
                            "wykluczeniem społecznym, w tym osoby z niepełnosprawnościami, i może "
                            "świadczyć usługi dla lokalnej społeczności.</p>"
                            "<h2>Pięć kroków</h2>"
                            "<ol>"
                            "<li>Rozpoznanie potrzeb: jakich usług brakuje mieszkańcom i kto "
                            "mógłby je wykonywać.</li>"
                            "<li>Wybór partnera: organizacji pozarządowej, która zna przyszłych "
                            "pracowników, na przykład prowadzącej warsztat terapii "
                            "zajęciowej.</li>"
                            "<li>Uchwała rady i statut: określenie celów, zasad zarządzania i "
                            "wkładu założycieli.</li>"
                            "<li>Rejestracja w Krajowym Rejestrze Sądowym i zatrudnienie "
                            "pierwszych pracowników.</li>"
                            "<li>Pierwsze zlecenia: zadania publiczne lub zamówienia z klauzulami "
                            "społecznymi.</li>"
                            "</ol>"
                            "<h2>Gdzie szukać wsparcia</h2>"
                            "<p>Doradztwa i dotacji na utworzenie miejsc pracy udzielają ośrodki "
                            "wsparcia ekonomii społecznej. Ośrodek działający w Twoim regionie "
                            'znajdziesz w <a href="https://example.org/owes">wykazie '
                            "ośrodków</a>.</p>",
                            "<h2>Why a cooperative of legal persons</h2>"
                            "<p>The Social Cooperatives Act allows a cooperative to be founded by "
                            "at least two legal persons, for example a municipality and an "
                            "association. Such a cooperative employs people at risk of social "
                            "exclusion, including people with disabilities, and can provide "
                            "services to the local community.</p>"
                            "<h2>Five steps</h2>"
                            "<ol>"
                            "<li>Identify needs: which services residents lack and who could "
                            "provide them.</li>"
                            "<li>Choose a partner: a non-governmental organisation that knows the "
                            "future employees, such as one running a sheltered workshop.</li>"
                            "<li>Council resolution and statutes: set out the aims, the "
                            "management rules and what each founder contributes.</li>"
                            "<li>Register with the National Court Register and hire the first "
                            "employees.</li>"
                            "<li>First contracts: public tasks or procurement with social "
                            "clauses.</li>"
                            "</ol>"
                            "<h2>Where to find support</h2>"
                            "<p>Social economy support centres offer advice and grants for "
                            "creating jobs. You can find the centre for your region in the "
                            '<a href="https://example.org/owes">list of centres</a>.</p>',
                        ),
                    ),
                ],
                "show_in_menus": True,
            },
            {
                "key": "sam-uslugi-spoleczne",
                "slug": T("zlecanie-uslug-spolecznych", "commissioning-social-services"),
                "title": T(
                    "Zlecanie usług społecznych w gminie i powiecie",
                    "Commissioning social services in municipalities and counties",
                ),
                "intro": T(
                    "Jak samorządy mogą współpracować z instytucjami zatrudnienia socjalnego i "
                    "podmiotami ekonomii społecznej przy świadczeniu usług społecznych.",
                    "How local governments can work with social employment institutions and "
                    "social economy entities to deliver social services.",
                ),
                "body": [
                    (
                        "rich_text",
                        T(
                            "<h2>Trzy sfery współpracy</h2>"
                            "<p>Testowy Model Współpracy, sprawdzany w 30 lokalizacjach, łączy "
                            "centra i kluby integracji społecznej z samorządami i innymi "
                            "lokalnymi partnerami. Opiera się na trzech sferach:</p>"
                            "<ul>"
                            "<li>przygotowaniu kadr dla instytucji, które świadczą usługi "
                            "społeczne;</li>"
                            "<li>wspieraniu osób, które chcą założyć podmiot ekonomii społecznej "
                            "specjalizujący się w takich usługach;</li>"
                            "<li>wykonywaniu zleceń w wybranych usługach społecznych.</li>"
                            "</ul>"
                            "<h2>Narzędzia kontraktowania</h2>"
                            "<p>Samorząd ma do dyspozycji kilka ścieżek: otwarte konkursy ofert "
                            "na podstawie ustawy o działalności pożytku publicznego i o "
                            "wolontariacie, zamówienia publiczne z klauzulami społecznymi oraz "
                            "zamówienia zastrzeżone dla podmiotów ekonomii społecznej. Wybór "
                            "zależy od rodzaju usługi, jej wartości i sytuacji na lokalnym "
                            "rynku.</p>"
                            "<h2>Lokalni animatorzy</h2>"
                            "<p>W każdej lokalizacji testowej pracę koordynują dwie osoby "
                            "zatrudnione na umowę o pracę, wywodzące się z lokalnych organizacji, "
                            "samorządów lub podmiotów zatrudnienia socjalnego. Przygotowuje je "
                            "dziewięciomodułowy program szkoleniowy.</p>",
                            "<h2>Three spheres of cooperation</h2>"
                            "<p>The Test Cooperation Model, piloted in 30 locations, connects "
                            "social integration centres and clubs with local governments and "
                            "other local partners. It rests on three spheres:</p>"
                            "<ul>"
                            "<li>preparing staff for the institutions that provide social "
                            "services;</li>"
                            "<li>supporting people who want to set up a social economy entity "
                            "specialising in such services;</li>"
                            "<li>carrying out commissions for selected social services.</li>"
                            "</ul>"
                            "<h2>Contracting tools</h2>"
                            "<p>A local government has several routes available: open calls for "
                            "proposals under the Public Benefit and Volunteer Work Act, public "
                            "procurement with social clauses, and contracts reserved for social "
                            "economy entities. The choice depends on the type of service, its "
                            "value and the local market.</p>"
                            "<h2>Local facilitators</h2>"
                            "<p>In each test location, the work is coordinated by two people on "
                            "employment contracts who come from local organisations, local "
                            "governments or social employment bodies. A nine-module training "
                            "programme prepares them for the role.</p>",
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "heading": T(
                                "Testowy Model Współpracy w liczbach",
                                "The Test Cooperation Model in numbers",
                            ),
                            "figures": [
                                {
                                    "number": "30",
                                    "label": T("lokalizacji testowych", "test locations"),
                                },
                                {
                                    "number": "60",
                                    "label": T(
                                        "ekspertów do przeszkolenia", "experts to be trained"
                                    ),
                                },
                                {
                                    "number": "6",
                                    "label": T(
                                        "grup szkoleniowych po 10 osób", "training groups of ten"
                                    ),
                                },
                                {
                                    "number": "9",
                                    "label": T("modułów szkoleniowych", "training modules"),
                                },
                            ],
                        },
                    ),
                ],
                "show_in_menus": True,
            },
        ],
    },
    {
        "key": "wtz",
        "slug": T("strefa-wtz", "sheltered-workshops-zone"),
        "title": T("Strefa WTZ", "Sheltered Workshops Zone"),
        "intro": T(
            "Dla warsztatów terapii zajęciowej, które chcą otworzyć uczestnikom drogę do pracy, "
            "między innymi dzięki współpracy ze spółdzielnią socjalną.",
            "For sheltered workshops that want to open a route into paid work for their "
            "participants, including through cooperation with a social cooperative.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Z warsztatu do pracy</h2>"
                    "<p>Wielu uczestników warsztatów terapii zajęciowej ma umiejętności i "
                    "motywację, by pracować, ale na otwartym rynku napotyka bariery, a miejsc w "
                    "zakładach pracy chronionej brakuje. Tymczasem na miejsce w warsztacie "
                    "czekają kolejne osoby, czasem przez lata.</p>"
                    "<p>Model opracowany we współpracy z Wielkopolskim Ośrodkiem Ekonomii "
                    "Społecznej odpowiada na oba problemy: przy warsztacie powstaje spółdzielnia "
                    "socjalna, która zatrudnia osoby gotowe do pracy, a zwolnione miejsca w "
                    "warsztacie mogą zająć osoby oczekujące.</p>",
                    "<h2>From the workshop to a job</h2>"
                    "<p>Many participants in sheltered workshops have the skills and motivation "
                    "to work, yet they face barriers on the open labour market, and sheltered "
                    "employment places are in short supply. Meanwhile, other people wait, "
                    "sometimes for years, for a place in a workshop.</p>"
                    "<p>The model developed with the Wielkopolska Social Economy Centre tackles "
                    "both problems: a social cooperative set up alongside the workshop employs "
                    "participants who are ready to work, and the places they free up can go to "
                    "people on the waiting list.</p>",
                ),
            ),
            (
                "timeline",
                {
                    "heading": T("Jak powstawał model", "How the model was developed"),
                    "entries": [
                        {
                            "when": T("Etap 1 – osiem miesięcy", "Stage 1 – eight months"),
                            "title": T("Badania i diagnoza", "Research and assessment"),
                            "description": T(
                                "Zespół projektu zbadał sytuację uczestników WTZ, oczekiwania "
                                "samorządów i pracodawców oraz doświadczenia zagraniczne. Wyniki "
                                "opisano w raportach dla czterech stref.",
                                "The project team studied the situation of workshop participants, "
                                "the expectations of local governments and employers, and "
                                "experience from abroad. The findings were published as reports "
                                "for the four zones.",
                            ),
                        },
                        {
                            "when": T("5 marca", "5 March"),
                            "title": T(
                                "Obrona strategii wdrażania", "Implementation strategy defended"
                            ),
                            "description": T(
                                "Strategię przedstawiono w Warszawie Krajowej Sieci Tematycznej "
                                "„Zatrudnienie i integracja społeczna”. Po raz pierwszy w historii "
                                "sieci przyjęto ją bez stawiania dodatkowych warunków.",
                                "The strategy was presented in Warsaw to the National Thematic "
                                "Network for Employment and Social Integration. For the first time "
                                "in the network's history, it was accepted without any additional "
                                "conditions.",
                            ),
                        },
                        {
                            "when": T("Etap 2", "Stage 2"),
                            "title": T("Spotkania informacyjne", "Information meetings"),
                            "description": T(
                                "Przedstawiciele WTZ, samorządów i organizacji prowadzących "
                                "warsztaty poznają prawne, finansowe i społeczne aspekty modelu "
                                "oraz działające już spółdzielnie z Wielkopolski.",
                                "Representatives of workshops, local governments and the "
                                "organisations running workshops learn about the legal, financial "
                                "and social side of the model and meet cooperatives already "
                                "operating in Wielkopolska.",
                            ),
                        },
                        {
                            "when": T("Etap 3", "Stage 3"),
                            "title": T(
                                "Praca z grupami inicjatywnymi", "Working with founding groups"
                            ),
                            "description": T(
                                "Zespoły przygotowujące się do założenia spółdzielni socjalnych "
                                "otrzymują wsparcie merytoryczne, aby nowe miejsca pracy mogły "
                                "zająć osoby z niepełnosprawnością intelektualną.",
                                "Teams preparing to found social cooperatives receive expert "
                                "support so that the new jobs can go to people with intellectual "
                                "disabilities.",
                            ),
                        },
                    ],
                },
            ),
            (
                "downloads",
                {
                    "heading": T("Do pobrania", "Downloads"),
                    "documents": [
                        "r-wtz-model-spoldzielni-pl",
                        "r-wtz-model-spoldzielni-en",
                        "r-wtz-diagnoza-pl",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T(
                        "Chcesz wziąć udział w spotkaniu?", "Would you like to attend a meeting?"
                    ),
                    "text": T(
                        "Napisz do nas, a zaproponujemy termin i miejsce najbliższego spotkania "
                        "informacyjnego.",
                        "Write to us and we will suggest the date and venue of the next "
                        "information meeting.",
                    ),
                    "link_page": "kontakt",
                    "link_url": "",
                    "link_text": T("Skontaktuj się z nami", "Contact us"),
                },
            ),
        ],
        "pages": [
            {
                "key": "wtz-model-wspolpracy",
                "slug": T("model-wtz-i-spoldzielni", "workshop-and-cooperative-model"),
                "title": T(
                    "Model współpracy WTZ i spółdzielni socjalnej",
                    "How a workshop and a social cooperative work together",
                ),
                "intro": T(
                    "Jak dzielą się zadaniami warsztat terapii zajęciowej i spółdzielnia "
                    "socjalna oraz jak wygląda droga uczestnika do zatrudnienia.",
                    "How a sheltered workshop and a social cooperative share the work, and what "
                    "the path to employment looks like for a participant.",
                ),
                "body": [
                    (
                        "rich_text",
                        T(
                            "<h2>Dwie instytucje, jeden cel</h2>"
                            "<p>Warsztat nadal prowadzi rehabilitację społeczną i zawodową, a "
                            "spółdzielnia socjalna oferuje prawdziwe zatrudnienie na podstawie "
                            "umowy. Obie instytucje wspólnie ustalają, którzy uczestnicy są "
                            "gotowi do pracy i jakiego wsparcia potrzebują w pierwszych "
                            "miesiącach.</p>"
                            "<h2>Droga uczestnika</h2>"
                            "<ol>"
                            "<li>Ocena gotowości do pracy przez kadrę warsztatu, z udziałem "
                            "uczestnika i jego rodziny.</li>"
                            "<li>Próba pracy w spółdzielni, połączona z dalszymi zajęciami w "
                            "warsztacie.</li>"
                            "<li>Zatrudnienie w spółdzielni ze wsparciem trenera pracy na "
                            "stanowisku.</li>"
                            "<li>Zwolnienie miejsca w warsztacie dla osoby z listy "
                            "oczekujących.</li>"
                            "</ol>"
                            "<h2>Kto finansuje</h2>"
                            "<p>Spółdzielnia utrzymuje się przede wszystkim ze sprzedaży usług i "
                            "produktów. Uzupełnieniem są dofinansowanie wynagrodzeń osób z "
                            "niepełnosprawnościami oraz wsparcie na tworzenie miejsc pracy. "
                            "Szczegóły omawia ekspertyza prawna opublikowana w tej strefie.</p>",
                            "<h2>Two institutions, one goal</h2>"
                            "<p>The workshop continues to provide social and vocational "
                            "rehabilitation, while the social cooperative offers real, contracted "
                            "employment. Together they decide which participants are ready to "
                            "work and what support they will need in the first months.</p>"
                            "<h2>The participant's path</h2>"
                            "<ol>"
                            "<li>Workshop staff assess readiness for work together with the "
                            "participant and their family.</li>"
                            "<li>A work trial at the cooperative, combined with continued "
                            "activities at the workshop.</li>"
                            "<li>Employment at the cooperative, with a job coach providing "
                            "support on the job.</li>"
                            "<li>The workshop place is freed up for someone on the waiting "
                            "list.</li>"
                            "</ol>"
                            "<h2>Who pays</h2>"
                            "<p>The cooperative earns its living mainly by selling services and "
                            "products. Wage subsidies for employees with disabilities and grants "
                            "for creating jobs add to this income. The legal opinion published in "
                            "this zone explains the details.</p>",
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": T(
                                "Gdy część uczestników przechodzi do spółdzielni, warsztat może "
                                "wreszcie przyjąć osoby, które czekały na miejsce. Zyskują "
                                "wszyscy: nowi pracownicy, ich rodziny i lokalna społeczność.",
                                "When some participants move on to the cooperative, the workshop "
                                "can finally take in people who have been waiting for a place. "
                                "Everyone gains: the new employees, their families and the local "
                                "community.",
                            ),
                            "author": "Elżbieta Kaczmarczyk",
                            "role": T(
                                "kierowniczka warsztatu terapii zajęciowej",
                                "manager of a sheltered workshop",
                            ),
                        },
                    ),
                ],
                "show_in_menus": True,
            },
            {
                "key": "wtz-spotkania-informacyjne",
                "slug": T("spotkania-informacyjne", "information-meetings"),
                "title": T(
                    "Spotkania informacyjne dla WTZ", "Information meetings for sheltered workshops"
                ),
                "intro": T(
                    "Bezpłatne spotkania dla warsztatów terapii zajęciowej, samorządów i "
                    "organizacji pozarządowych zainteresowanych założeniem spółdzielni socjalnej "
                    "lub współpracą z nią.",
                    "Free meetings for sheltered workshops, local governments and NGOs interested "
                    "in founding a social cooperative or working with one.",
                ),
                "body": [
                    (
                        "rich_text",
                        T(
                            "<h2>Czego dotyczą spotkania</h2>"
                            "<p>Podczas spotkania omawiamy model aktywizacji zawodowej uczestników "
                            "WTZ: jego podstawy prawne, sposoby finansowania i skutki społeczne. "
                            "Goście ze spółdzielni socjalnych z Wielkopolski opowiadają, jak "
                            "wyglądały ich pierwsze lata działalności.</p>"
                            "<h2>Dla kogo</h2>"
                            "<ul>"
                            "<li>kadra warsztatów terapii zajęciowej,</li>"
                            "<li>przedstawiciele samorządów, w tym powiatowych centrów pomocy "
                            "rodzinie,</li>"
                            "<li>organizacje pozarządowe prowadzące warsztaty.</li>"
                            "</ul>"
                            "<h2>Jak się zapisać</h2>"
                            "<p>Terminy najbliższych spotkań publikujemy w dziale „Spotkania”. "
                            "Jeśli chcesz zorganizować spotkanie w swoim powiecie, skorzystaj z "
                            "formularza kontaktowego.</p>",
                            "<h2>What the meetings cover</h2>"
                            "<p>At each meeting we present the model for the vocational activation "
                            "of workshop participants: its legal basis, how it is financed and "
                            "its social impact. Guests from social cooperatives in Wielkopolska "
                            "talk about their first years in business.</p>"
                            "<h2>Who they are for</h2>"
                            "<ul>"
                            "<li>staff of sheltered workshops,</li>"
                            "<li>local government representatives, including county family "
                            "support centres,</li>"
                            "<li>NGOs that run workshops.</li>"
                            "</ul>"
                            "<h2>How to sign up</h2>"
                            "<p>Dates of upcoming meetings are published in the Meetings section. "
                            "If you would like to host a meeting in your county, please use the "
                            "contact form.</p>",
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "heading": T(
                                "Zaproś nas do swojego powiatu", "Invite us to your county"
                            ),
                            "text": T(
                                "Przyjedziemy z prezentacją modelu i gośćmi ze spółdzielni "
                                "socjalnych.",
                                "We will come with a presentation of the model and guests from "
                                "social cooperatives.",
                            ),
                            "link_page": "kontakt",
                            "link_url": "",
                            "link_text": T("Napisz do nas", "Write to us"),
                        },
                    ),
                ],
                "show_in_menus": True,
            },
        ],
    },
    {
        "key": "biznes",
        "slug": T("strefa-biznesu", "business-zone"),
        "title": T("Strefa Biznesu", "Business Zone"),
        "intro": T(
            "Dla pracodawców, którzy chcą zatrudnić osobę z niepełnosprawnością ze wsparciem "
            "trenera pracy albo kupować produkty i usługi od spółdzielni socjalnych.",
            "For employers who want to hire a person with a disability with the support of a "
            "job coach, or to buy products and services from social cooperatives.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Dobra praca, dobry biznes</h2>"
                    "<p>Zatrudnienie wspomagane zdejmuje z pracodawcy dużą część ryzyka związanego "
                    "z zatrudnieniem osoby z niepełnosprawnością. Trener pracy pomaga dobrać "
                    "kandydata do stanowiska, wdraża go w obowiązki i pozostaje w kontakcie z "
                    "firmą tak długo, jak to potrzebne.</p>"
                    "<p>Firmy mogą też wspierać ekonomię społeczną jako klienci: spółdzielnie "
                    "socjalne oferują między innymi catering, sprzątanie, prace ogrodnicze i "
                    "drobną produkcję.</p>",
                    "<h2>Good work, good business</h2>"
                    "<p>Supported employment takes much of the risk out of hiring a person with a "
                    "disability. A job coach helps match the candidate to the job, teaches them "
                    "the ropes and stays in touch with the company for as long as needed.</p>"
                    "<p>Companies can also support the social economy as customers: social "
                    "cooperatives offer catering, cleaning, gardening and small-scale "
                    "manufacturing, among other things.</p>",
                ),
            ),
            (
                "key_figures",
                {
                    "heading": T(
                        "Pracodawcy w projekcie „Trener pracy”",
                        "Employers in the Job Coach project",
                    ),
                    "figures": [
                        {
                            "number": "231",
                            "label": T(
                                "pracodawców, do których dotarli trenerzy pracy",
                                "employers approached by job coaches",
                            ),
                        },
                        {
                            "number": "57",
                            "label": T(
                                "firm, które zatrudniły uczestnika lub przyjęły go na staż",
                                "companies that hired a participant or offered an internship",
                            ),
                        },
                        {
                            "number": "53",
                            "label": T(
                                "osoby zatrudnione ze wsparciem trenera",
                                "people employed with a coach's support",
                            ),
                        },
                        {"number": "11", "label": T("staży zawodowych", "internships")},
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T(
                        "Chcesz zatrudnić z trenerem pracy?", "Thinking of hiring with a job coach?"
                    ),
                    "text": T(
                        "Sprawdź, jak krok po kroku wygląda współpraca i czego możesz się "
                        "spodziewać.",
                        "See how the cooperation works step by step and what to expect.",
                    ),
                    "link_page": "biz-zatrudnij-z-trenerem",
                    "link_url": "",
                    "link_text": T("Dowiedz się więcej", "Find out more"),
                },
            ),
        ],
        "pages": [
            {
                "key": "biz-zatrudnij-z-trenerem",
                "slug": T("zatrudnienie-z-trenerem-pracy", "hiring-with-a-job-coach"),
                "title": T("Zatrudnienie z trenerem pracy", "Hiring with a job coach"),
                "intro": T(
                    "Co zyskuje pracodawca, który zatrudnia osobę z niepełnosprawnością w modelu "
                    "zatrudnienia wspomaganego, i jak wygląda współpraca z trenerem.",
                    "What an employer gains by hiring a person with a disability through "
                    "supported employment, and how working with a job coach looks in practice.",
                ),
                "body": [
                    (
                        "rich_text",
                        T(
                            "<h2>Jak działa współpraca</h2>"
                            "<p>Trener pracy zaczyna od rozmowy o potrzebach firmy, a nie o "
                            "ulgach. Razem z pracodawcą analizuje zadania na stanowisku i "
                            "sprawdza, które z nich odpowiadają umiejętnościom kandydata lub "
                            "kandydatki. W Europie ten model nazywa się "
                            '<span lang="en">supported employment</span>.</p>'
                            "<p>Po zatrudnieniu trener bywa w firmie często, a z czasem coraz "
                            "rzadziej. Uczy nowego pracownika obowiązków, pomaga zespołowi "
                            "zrozumieć jego potrzeby i reaguje, gdy pojawia się problem.</p>"
                            "<h2>Najczęstsze pytania pracodawców</h2>"
                            "<h3>Czy muszę dostosować stanowisko?</h3>"
                            "<p>Zwykle wystarczą drobne zmiany w organizacji pracy, na przykład "
                            "jasny plan dnia lub instrukcja w formie zdjęć. Trener podpowie, co "
                            "sprawdza się w podobnych firmach.</p>"
                            "<h3>Jaką umowę mogę zaproponować?</h3>"
                            "<p>W projekcie „Trener pracy” uczestnicy pracowali zarówno na "
                            "umowach o pracę, jak i na umowach cywilnoprawnych, w wymiarze "
                            "dopasowanym do ich możliwości.</p>"
                            "<h3>Co, jeśli się nie uda?</h3>"
                            "<p>Trener pozostaje w kontakcie z obiema stronami i pomaga "
                            "rozwiązywać trudności, zanim urosną. Jeśli stanowisko okaże się "
                            "nieodpowiednie, razem z pracownikiem szuka innego rozwiązania.</p>",
                            "<h2>How the cooperation works</h2>"
                            "<p>A job coach starts by talking about what the company needs, not "
                            "about subsidies. Together with the employer, the coach looks at the "
                            "tasks involved in the job and checks which of them match the "
                            "candidate's skills. In Europe this model is called "
                            '<span lang="en">supported employment</span>.</p>'
                            "<p>Once the person is hired, the coach visits often at first and less "
                            "and less over time. The coach teaches the new employee their duties, "
                            "helps the team understand their needs and steps in when a problem "
                            "comes up.</p>"
                            "<h2>Employers' most common questions</h2>"
                            "<h3>Do I have to adapt the workplace?</h3>"
                            "<p>Small changes in how the work is organised are usually enough, "
                            "such as a clear daily schedule or instructions in pictures. The "
                            "coach can suggest what works in similar companies.</p>"
                            "<h3>What kind of contract can I offer?</h3>"
                            "<p>In the Job Coach project, participants worked both on employment "
                            "contracts and on civil-law contracts, with hours matched to what "
                            "they could manage.</p>"
                            "<h3>What if it doesn't work out?</h3>"
                            "<p>The coach stays in touch with both sides and helps resolve "
                            "difficulties before they grow. If the job turns out to be "
                            "unsuitable, the coach and the employee look for another "
                            "solution together.</p>",
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": T(
                                "Baliśmy się, że nie poradzimy sobie z wdrożeniem nowej osoby. "
                                "Trener pracy był z nami przez pierwsze tygodnie, a dziś Marek "
                                "jest jednym z najbardziej sumiennych pracowników magazynu.",
                                "We were worried we wouldn't manage to train someone new. The job "
                                "coach stayed with us for the first few weeks, and today Marek is "
                                "one of the most conscientious people in our warehouse.",
                            ),
                            "author": "Tomasz Pietrzak",
                            "role": T(
                                "kierownik magazynu w firmie logistycznej",
                                "warehouse manager at a logistics company",
                            ),
                        },
                    ),
                ],
                "show_in_menus": True,
            },
            {
                "key": "biz-zakupy-spoleczne",
                "slug": T("zakupy-w-spoldzielniach-socjalnych", "buying-from-social-cooperatives"),
                "title": T("Zakupy w spółdzielniach socjalnych", "Buying from social cooperatives"),
                "intro": T(
                    "Jak firma może wspierać zatrudnienie osób z niepełnosprawnościami, kupując "
                    "produkty i usługi od podmiotów ekonomii społecznej.",
                    "How a company can support the employment of people with disabilities by "
                    "buying products and services from social economy enterprises.",
                ),
                "body": [
                    (
                        "rich_text",
                        T(
                            "<h2>Co oferują spółdzielnie</h2>"
                            "<p>Spółdzielnie socjalne działają w wielu branżach. Najczęściej "
                            "zajmują się gastronomią i cateringiem, sprzątaniem biur, pielęgnacją "
                            "zieleni, pracami remontowymi, usługami pralniczymi, a także "
                            "rękodziełem i upominkami firmowymi.</p>"
                            "<h2>Jak zacząć współpracę</h2>"
                            "<ol>"
                            "<li>Wybierz jedną usługę, którą firma i tak kupuje, na przykład "
                            "catering na spotkania.</li>"
                            "<li>Poproś ośrodek wsparcia ekonomii społecznej o wskazanie "
                            "spółdzielni w okolicy.</li>"
                            "<li>Zacznij od krótkiego zlecenia próbnego i omów jego wyniki ze "
                            "spółdzielnią.</li>"
                            "<li>Opisz współpracę w raporcie dotyczącym społecznej "
                            "odpowiedzialności firmy.</li>"
                            "</ol>",
                            "<h2>What cooperatives offer</h2>"
                            "<p>Social cooperatives work in many sectors. Most often they provide "
                            "food and catering, office cleaning, grounds maintenance, renovation "
                            "work and laundry services, as well as handicrafts and corporate "
                            "gifts.</p>"
                            "<h2>How to get started</h2>"
                            "<ol>"
                            "<li>Pick one service your company buys anyway, such as catering for "
                            "meetings.</li>"
                            "<li>Ask a social economy support centre to recommend a cooperative "
                            "nearby.</li>"
                            "<li>Start with a short trial order and review the results with the "
                            "cooperative.</li>"
                            "<li>Describe the partnership in your corporate social "
                            "responsibility report.</li>"
                            "</ol>",
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "heading": T("Pełna ekspertyza", "The full expert opinion"),
                            "text": T(
                                "Więcej przykładów i wskazówek dotyczących umów znajdziesz w "
                                "ekspertyzie przygotowanej dla Strefy Biznesu.",
                                "You will find more examples and advice on contracts in the "
                                "expert opinion prepared for the Business Zone.",
                            ),
                            "link_page": "r-biznes-zakupy",
                            "link_url": "",
                            "link_text": T("Przeczytaj ekspertyzę", "Read the expert opinion"),
                        },
                    ),
                ],
                "show_in_menus": True,
            },
        ],
    },
    {
        "key": "wspolpraca",
        "slug": T("strefa-wspolpracy-miedzynarodowej", "international-cooperation-zone"),
        "title": T("Strefa Współpracy Międzynarodowej", "International Cooperation Zone"),
        "intro": T(
            "Międzynarodowe partnerstwa, szkolenia kadry i wizyty studyjne, dzięki którym "
            "zatrudnienie wspomagane w Polsce korzysta z doświadczeń innych krajów.",
            "International partnerships, staff training and study visits that let supported "
            "employment in Poland draw on the experience of other countries.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Uczymy się od siebie nawzajem</h2>"
                    "<p>Zatrudnienie wspomagane rozwijało się w wielu krajach Europy wcześniej niż "
                    "w Polsce. Współpraca z partnerami zagranicznymi pozwala przenosić sprawdzone "
                    "standardy i dostosowywać je do polskich przepisów i rynku pracy, zamiast "
                    "wymyślać wszystko od początku.</p>"
                    "<p>Już w 2014 roku polski model usług trenera pracy konsultowano z irlandzką "
                    "organizacją KARE. Dziś opisujemy tu międzynarodowe partnerstwo specjalistów "
                    "zatrudnienia wspomaganego i publikujemy materiały w językach partnerów.</p>",
                    "<h2>Learning from each other</h2>"
                    "<p>Supported employment developed earlier in many European countries than in "
                    "Poland. Working with partners abroad lets us adopt proven standards and adapt "
                    "them to Polish law and the Polish labour market instead of reinventing "
                    "everything.</p>"
                    "<p>As early as 2014, the Polish model of job coach services was discussed "
                    "with KARE, an Irish organisation. Today this zone covers an international "
                    "partnership of supported employment specialists and publishes materials in "
                    "the partners' languages.</p>",
                ),
            ),
            (
                "partners",
                {
                    "heading": T("Partnerzy międzynarodowi", "International partners"),
                    "partners": [
                        {
                            "name": T(
                                "Fundacja „Wspólna Praca” (Polska) – koordynator",
                                "Wspólna Praca Foundation (Poland) – coordinator",
                            ),
                            "url": "https://example.org/partnerzy/wspolna-praca",
                        },
                        {
                            "name": T("KARE (Irlandia)", "KARE (Ireland)"),
                            "url": "https://example.org/partnerzy/kare",
                        },
                        {
                            "name": T(
                                "Empleo con Apoyo Sur (Hiszpania)", "Empleo con Apoyo Sur (Spain)"
                            ),
                            "url": "https://example.org/partnerzy/empleo-con-apoyo-sur",
                        },
                        {"name": T("Lavoro Accanto (Włochy)", "Lavoro Accanto (Italy)"), "url": ""},
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T("Szukasz partnera do projektu?", "Looking for a project partner?"),
                    "text": T(
                        "Chętnie podzielimy się doświadczeniem i kontaktami z organizacjami, które "
                        "planują międzynarodowe projekty dotyczące zatrudnienia wspomaganego.",
                        "We are happy to share our experience and contacts with organisations "
                        "planning international projects on supported employment.",
                    ),
                    "link_page": "kontakt",
                    "link_url": "",
                    "link_text": T("Skontaktuj się z nami", "Get in touch"),
                },
            ),
        ],
        "pages": [
            {
                "key": "ws-partnerstwo",
                "slug": T(
                    "partnerstwo-zatrudnienia-wspomaganego", "supported-employment-partnership"
                ),
                "title": T(
                    "Międzynarodowe partnerstwo na rzecz zatrudnienia wspomaganego",
                    "International supported employment partnership",
                ),
                "intro": T(
                    "Cztery organizacje z różnych krajów wspólnie opracowują program kształcenia "
                    "specjalistów zatrudnienia wspomaganego.",
                    "Four organisations from different countries are jointly developing a "
                    "training programme for supported employment specialists.",
                ),
                "body": [
                    (
                        "rich_text",
                        T(
                            "<h2>Cel partnerstwa</h2>"
                            "<p>Specjalista zatrudnienia wspomaganego, w Polsce nazywany zwykle "
                            "trenerem pracy, staje się odrębnym zawodem. W części krajów "
                            "partnerskich nie ma go jednak jeszcze w klasyfikacji zawodów, a "
                            "szkoły i uczelnie nie przygotowują do jego wykonywania. Partnerstwo "
                            "chce tę lukę wypełnić.</p>"
                            "<h2>Rezultaty</h2>"
                            "<ul>"
                            "<li>platforma z informacjami o projekcie w językach wszystkich "
                            "partnerów,</li>"
                            "<li>kompendium dobrych praktyk zebranych w krajach partnerskich,</li>"
                            "<li>cztery szkolenia kadry, po jednym w każdym kraju "
                            "partnerskim.</li>"
                            "</ul>"
                            "<h2>Szkolenia kadry</h2>"
                            "<p>W każdym szkoleniu bierze udział czterech specjalistów od każdego "
                            "partnera. Wyjazd trwa siedem dni łącznie z podróżą i obejmuje "
                            "warsztaty, wizyty studyjne oraz spotkania z lokalnymi trenerami i "
                            "organizacjami wspierającymi osoby z niepełnosprawnościami. Każde "
                            "szkolenie koncentruje się na innej części procesu zatrudnienia "
                            "wspomaganego.</p>"
                            "<h2>Trzy obszary pracy trenera</h2>"
                            "<ol>"
                            "<li>Bezpośrednie wsparcie osoby z niepełnosprawnością – obszar "
                            "najważniejszy.</li>"
                            "<li>Środowisko pracy, w którym trener współpracuje z pracodawcą i "
                            "współpracownikami.</li>"
                            "<li>Najbliższe otoczenie osoby z niepełnosprawnością, w tym jej "
                            "rodzina.</li>"
                            "</ol>",
                            "<h2>Aim of the partnership</h2>"
                            "<p>The supported employment specialist, usually called a job coach in "
                            "Poland, is becoming a profession in its own right. Yet in some "
                            "partner countries it is not listed in the classification of "
                            "occupations, and no school or university trains people for it. The "
                            "partnership sets out to fill this gap.</p>"
                            "<h2>Outputs</h2>"
                            "<ul>"
                            "<li>a platform with project information in every partner's "
                            "language,</li>"
                            "<li>a compendium of good practice gathered in the partner "
                            "countries,</li>"
                            "<li>four staff trainings, one in each partner country.</li>"
                            "</ul>"
                            "<h2>Staff trainings</h2>"
                            "<p>Four specialists from each partner take part in every training. "
                            "Each trip lasts seven days including travel and combines workshops, "
                            "study visits and meetings with local job coaches and organisations "
                            "supporting people with disabilities. Each training focuses on a "
                            "different part of the supported employment process.</p>"
                            "<h2>A job coach's three areas of work</h2>"
                            "<ol>"
                            "<li>Direct support for the person with a disability, which matters "
                            "most.</li>"
                            "<li>The workplace, where the coach works with the employer and "
                            "co-workers.</li>"
                            "<li>The person's immediate circle, including their family.</li>"
                            "</ol>",
                        ),
                    ),
                    (
                        "timeline",
                        {
                            "heading": T("Harmonogram szkoleń", "Training schedule"),
                            "entries": [
                                {
                                    "when": T("październik 2025 – Polska", "October 2025 – Poland"),
                                    "title": T(
                                        "Zaangażowanie i profil zawodowy",
                                        "Engagement and vocational profiling",
                                    ),
                                    "description": T(
                                        "Pierwsze szkolenie poświęcono dwóm początkowym etapom "
                                        "oraz uzgodnieniu struktury wspólnej metodyki.",
                                        "The first training covered the two opening stages and "
                                        "agreed the structure of the shared methodology.",
                                    ),
                                },
                                {
                                    "when": T("marzec 2026 – Irlandia", "March 2026 – Ireland"),
                                    "title": T("Znajdowanie pracy", "Job finding"),
                                    "description": T(
                                        "Uczestnicy poznali metody poszukiwania pracy, w których "
                                        "osoba z niepełnosprawnością współdecyduje o każdym "
                                        "kroku.",
                                        "Participants explored job-search methods in which the "
                                        "person with a disability has a say in every step.",
                                    ),
                                },
                                {
                                    "when": T("czerwiec 2026 – Hiszpania", "June 2026 – Spain"),
                                    "title": T("Zaangażowanie pracodawcy", "Employer engagement"),
                                    "description": T(
                                        "Wizyty w firmach pokazały, jak rozmawiać z pracodawcą o "
                                        "konkretnym kandydacie i jego potrzebach.",
                                        "Company visits showed how to talk to an employer about a "
                                        "specific candidate and their needs.",
                                    ),
                                },
                                {
                                    "when": T("wrzesień 2026 – Włochy", "September 2026 – Italy"),
                                    "title": T(
                                        "Wsparcie w miejscu pracy i poza nim",
                                        "Support on and off the job",
                                    ),
                                    "description": T(
                                        "Ostatnie szkolenie dotyczyło stopniowego wycofywania "
                                        "wsparcia i roli współpracowników.",
                                        "The final training dealt with scaling support back "
                                        "gradually and the role of co-workers.",
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "show_in_menus": True,
            },
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Home page and standard pages
# ---------------------------------------------------------------------------------------

HOME = {
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

# ---------------------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------------------

NEWS = [
    {
        "key": "n-start-portalu",
        "slug": T("ruszyl-portal-ekonomii-spolecznej", "social-economy-portal-launched"),
        "title": T("Ruszył Portal Ekonomii Społecznej", "The Social Economy Portal is live"),
        "date": "2025-09-22",
        "zone": None,
        "lead": T(
            "Raporty, wytyczne i doświadczenia z projektów dotyczących zatrudnienia "
            "wspomaganego i spółdzielni socjalnych są od dziś dostępne w jednym miejscu, po "
            "polsku i po angielsku.",
            "Reports, guidelines and lessons from projects on supported employment and social "
            "cooperatives are now available in one place, in Polish and English.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Portal powstał z myślą o wszystkich, którzy na co dzień pomagają osobom z "
                    "niepełnosprawnościami znaleźć pracę: kadrze warsztatów terapii zajęciowej, "
                    "pracownikom samorządów, trenerom pracy, pracodawcom i partnerom "
                    "zagranicznym.</p>"
                    "<h2>Cztery strefy tematyczne</h2>"
                    "<p>Treści podzieliliśmy na strefy odpowiadające różnym grupom odbiorców. W "
                    "każdej z nich znajdziesz aktualności, raporty z badań i praktyczne "
                    "poradniki.</p>"
                    "<ul>"
                    "<li>Strefa Samorządów</li>"
                    "<li>Strefa WTZ</li>"
                    "<li>Strefa Biznesu</li>"
                    "<li>Strefa Współpracy Międzynarodowej</li>"
                    "</ul>"
                    "<h2>Dostępność</h2>"
                    "<p>Zależy nam, aby z portalu mogły korzystać wszystkie osoby, także te, które "
                    "używają czytników ekranu lub poruszają się po stronie wyłącznie za pomocą "
                    "klawiatury. Jeśli napotkasz barierę, daj nam znać.</p>",
                    "<p>The portal is for people whose daily work helps people with disabilities "
                    "find jobs: staff of sheltered workshops, local government officers, job "
                    "coaches, employers and partners abroad.</p>"
                    "<h2>Four themed zones</h2>"
                    "<p>We have organised the content into zones for different audiences. Each "
                    "one has news, research reports and practical guides.</p>"
                    "<ul>"
                    "<li>Local Government Zone</li>"
                    "<li>Sheltered Workshops Zone</li>"
                    "<li>Business Zone</li>"
                    "<li>International Cooperation Zone</li>"
                    "</ul>"
                    "<h2>Accessibility</h2>"
                    "<p>We want everyone to be able to use the portal, including people who use "
                    "screen readers or get around the site with a keyboard only. If you come "
                    "across a barrier, please let us know.</p>",
                ),
            ),
        ],
        "tags": ["zatrudnienie-wspomagane", "spoldzielnie-socjalne"],
        "image": "start-portalu",
        "image_alt": T(
            "Abstrakcyjna ilustracja: morskie pierścienie, koła i zaokrąglone kwadraty na "
            "jasnozielonym tle.",
            "Abstract illustration: sea-green rings, circles and rounded squares on a pale green "
            "background.",
        ),
        "related": ["o-projekcie", "dostepnosc"],
    },
    {
        "key": "n-wytyczne-online",
        "slug": T("wytyczne-dla-trenerow-pracy-online", "job-coach-guidelines-online"),
        "title": T(
            "Wytyczne dla trenerów pracy w nowej odsłonie", "Job coach guidelines in a new format"
        ),
        "date": "2025-11-06",
        "zone": None,
        "lead": T(
            "Udostępniamy skróconą wersję wytycznych dotyczących świadczenia usług przez "
            "trenera pracy, po raz pierwszy także w języku angielskim.",
            "We are publishing a shortened version of the guidelines on providing job coach "
            "services, available in English for the first time.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Wytyczne są najważniejszym rezultatem projektu „Trener pracy jako sposób "
                    "na zwiększenie zatrudnienia osób niepełnosprawnych”. Powstały po dziewięciu "
                    "miesiącach testów w pięciu województwach, a ich ostateczną wersję złożono w "
                    "październiku 2014 roku.</p>"
                    "<h2>Trzy zestawy narzędzi</h2>"
                    "<ul>"
                    "<li>Zestaw I pomaga rekrutować trenerów pracy.</li>"
                    "<li>Zestaw II opisuje ich szkolenie.</li>"
                    "<li>Zestaw III służy do zarządzania pracą trenerów i jej "
                    "monitorowania.</li>"
                    "</ul>"
                    "<p>Skrócona wersja zachowuje strukturę oryginału, ale odświeża przykłady i "
                    "język, tak aby dokument przydał się organizacjom, które dziś planują usługi "
                    "trenera pracy.</p>",
                    "<p>The guidelines are the most important result of the project “Job coaching "
                    "as a way to increase the employment of people with disabilities”. They were "
                    "written after nine months of testing in five voivodeships, and the final "
                    "version was submitted in October 2014.</p>"
                    "<h2>Three toolkits</h2>"
                    "<ul>"
                    "<li>Toolkit I helps to recruit job coaches.</li>"
                    "<li>Toolkit II describes how to train them.</li>"
                    "<li>Toolkit III is for managing and monitoring the coaches' work.</li>"
                    "</ul>"
                    "<p>The shortened version keeps the structure of the original but updates the "
                    "examples and language, so that the document is useful to organisations "
                    "planning job coach services today.</p>",
                ),
            ),
            (
                "downloads",
                {
                    "heading": T("Pobierz wytyczne", "Download the guidelines"),
                    "documents": ["r-wytyczne-trener-pracy-pl", "r-wytyczne-trener-pracy-en"],
                },
            ),
        ],
        "tags": ["trener-pracy", "zatrudnienie-wspomagane"],
        "image": "wytyczne-trener-pracy",
        "image_alt": T(
            "Abstrakcyjna ilustracja: nakładające się zaokrąglone prostokąty, pierścienie i "
            "piaskowy trójkąt w odcieniach turkusu.",
            "Abstract illustration: overlapping rounded rectangles, rings and a sand-coloured "
            "triangle in shades of teal.",
        ),
        "related": ["r-wytyczne-trener-pracy", "o-projekcie"],
    },
    {
        "key": "n-koszty-debata",
        "slug": T("ile-kosztuje-trener-pracy-debata", "job-coach-costs-debate"),
        "title": T(
            "Ile kosztuje trener pracy? Podsumowanie debaty",
            "What does a job coach cost? Debate summary",
        ),
        "date": "2026-02-18",
        "zone": None,
        "lead": T(
            "Ekonomiści, samorządowcy i trenerzy pracy rozmawiali o tym, jak trwale finansować "
            "usługi zatrudnienia wspomaganego.",
            "Economists, local government officers and job coaches discussed how to fund "
            "supported employment services on a lasting basis.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Punktem wyjścia był raport finansowy przygotowany w projekcie „Trener "
                    "pracy”. Zestawiono w nim rzeczywiste koszty pracy trenerów z fazy testowania "
                    "z kalkulacją, która uwzględnia rekomendowane zmiany w wytycznych.</p>"
                    "<h2>Główne wnioski</h2>"
                    "<ul>"
                    "<li>Koszt wsparcia zależy przede wszystkim od liczby osób, którymi trener "
                    "opiekuje się jednocześnie, i od intensywności wsparcia na stanowisku "
                    "pracy.</li>"
                    "<li>Finansowanie projektowe nie zapewnia ciągłości, dlatego uczestnicy "
                    "debaty podkreślali potrzebę stabilnego źródła zapisanego w przepisach.</li>"
                    "<li>Porównanie kosztów z wydatkami na długotrwałe świadczenia pokazuje, że "
                    "zatrudnienie wspomagane może się opłacać także finansom publicznym.</li>"
                    "</ul>"
                    "<p>Już w 2014 roku długoterminowym celem projektu było uregulowanie usług "
                    "trenera pracy w ustawie o rehabilitacji zawodowej i społecznej oraz "
                    "zatrudnianiu osób niepełnosprawnych, co pozwoliłoby zagwarantować ich "
                    "finansowanie.</p>",
                    "<p>The starting point was the financial report prepared in the Job Coach "
                    "project. It compared what job coaches actually cost during the testing phase "
                    "with an estimate reflecting the recommended changes to the guidelines.</p>"
                    "<h2>Main conclusions</h2>"
                    "<ul>"
                    "<li>The cost of support depends above all on how many people a coach "
                    "supports at the same time and how intensive the support at work is.</li>"
                    "<li>Project funding does not guarantee continuity, so participants stressed "
                    "the need for a stable source of funding written into law.</li>"
                    "<li>Comparing the costs with spending on long-term benefits shows that "
                    "supported employment can also pay off for public finances.</li>"
                    "</ul>"
                    "<p>As early as 2014, the project's long-term goal was to regulate job coach "
                    "services in the Act on vocational and social rehabilitation and employment "
                    "of disabled persons, which would make it possible to guarantee their "
                    "funding.</p>",
                ),
            ),
            (
                "quote",
                {
                    "quote": T(
                        "Trener pracy to nie koszt projektu, tylko inwestycja, która zwraca się "
                        "wtedy, gdy ktoś utrzymuje pracę przez lata.",
                        "A job coach isn't a project expense but an investment that pays off when "
                        "someone keeps their job for years.",
                    ),
                    "author": "Henryk Bielecki",
                    "role": T(
                        "ekonomista, autor raportu finansowego",
                        "economist and author of the financial report",
                    ),
                },
            ),
        ],
        "tags": ["trener-pracy", "samorzad", "badania"],
        "image": "debata-koszty",
        "image_alt": T(
            "Abstrakcyjna ilustracja: półprzezroczyste turkusowe koła, prostokąty i trójkąty na "
            "jasnym tle.",
            "Abstract illustration: translucent turquoise circles, rectangles and triangles on a "
            "light background.",
        ),
        "related": ["r-koszty-trenera", "r-wytyczne-trener-pracy"],
    },
    {
        "key": "n-urzedy-pracy",
        "slug": T("urzedy-pracy-i-ekonomia-spoleczna", "labour-offices-and-the-social-economy"),
        "title": T(
            "Urzędy pracy a ekonomia społeczna – wnioski, które wciąż są aktualne",
            "Labour offices and the social economy: lessons that still hold",
        ),
        "date": "2026-04-09",
        "zone": None,
        "lead": T(
            "Wracamy do ministerialnego projektu, w którym 450 pracowników powiatowych i "
            "wojewódzkich urzędów pracy przeszkolono z ekonomii społecznej i trzeciego sektora.",
            "We look back at a ministry project that trained 450 staff of county and regional "
            "labour offices in the social economy and the third sector.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Projekt „Profesjonalne służby zatrudnienia dla ekonomii społecznej i "
                    "trzeciego sektora” narodził się jesienią 2006 roku w Departamencie Pożytku "
                    "Publicznego Ministerstwa Pracy i Polityki Społecznej. Wynikał z prostej "
                    "obserwacji: gdy bezrobocie spadało, w rejestrach urzędów zostawały osoby, "
                    "którym tradycyjne instrumenty rynku pracy nie pomagały.</p>"
                    "<h2>Jak uczono</h2>"
                    "<ul>"
                    "<li>innowacyjny program szkoleniowy uzupełniony obszernym przewodnikiem po "
                    "ekonomii społecznej,</li>"
                    "<li>gra strategiczna z materiałami dodatkowymi,</li>"
                    "<li>platforma e-learningowa, która okazała się najskuteczniejszym narzędziem "
                    "wymiany doświadczeń,</li>"
                    "<li>infolinia i interaktywny serwis internetowy z aktualnościami i "
                    "poradami.</li>"
                    "</ul>"
                    "<h2>Co z tego wynika dziś</h2>"
                    "<p>Nasza analiza pokazuje, że współpraca urzędów pracy z podmiotami ekonomii "
                    "społecznej nadal zależy od wiedzy i zaangażowania konkretnych osób. Dlatego "
                    "rekomendujemy, by ekonomia społeczna na stałe weszła do programów "
                    "doskonalenia kadr publicznych służb zatrudnienia.</p>",
                    "<p>The project “Professional Employment Services for the Social Economy and "
                    "the Third Sector” was conceived in the autumn of 2006 in the Department of "
                    "Public Benefit at the Ministry of Labour and Social Policy. It grew out of a "
                    "simple observation: as unemployment fell, the people left on the offices' "
                    "registers were those whom conventional labour market tools did not "
                    "help.</p>"
                    "<h2>How the training worked</h2>"
                    "<ul>"
                    "<li>an innovative training programme supplemented by a comprehensive guide "
                    "to the social economy,</li>"
                    "<li>a strategy game with supplementary materials,</li>"
                    "<li>an e-learning platform, which proved the most effective tool for "
                    "sharing experience,</li>"
                    "<li>a helpline and an interactive website with news and advice.</li>"
                    "</ul>"
                    "<h2>What it means today</h2>"
                    "<p>Our analysis shows that cooperation between labour offices and social "
                    "economy entities still depends on the knowledge and commitment of "
                    "individual people. We therefore recommend making the social economy a "
                    "permanent part of professional development for public employment services "
                    "staff.</p>",
                ),
            ),
        ],
        "tags": ["szkolenia", "samorzad"],
        "image": "urzedy-pracy",
        "image_alt": T(
            "Abstrakcyjna ilustracja: duże koła w odcieniach błękitu i mięty, w jednym z nich "
            "ciemniejszy kwadrat.",
            "Abstract illustration: large circles in shades of blue and mint, one of them with a "
            "darker square inside.",
        ),
        "related": ["r-urzedy-pracy"],
    },
    {
        "key": "n-program-tmw",
        "slug": T("dziewiec-modulow-dla-animatorow", "nine-modules-for-local-facilitators"),
        "title": T(
            "Dziewięć modułów dla animatorów współpracy lokalnej",
            "Nine modules for local cooperation facilitators",
        ),
        "date": "2026-06-03",
        "zone": None,
        "lead": T(
            "Publikujemy wytyczne do modułowego programu szkoleniowego, który przygotuje 60 "
            "ekspertów do wdrażania Testowego Modelu Współpracy w 30 lokalizacjach.",
            "We are publishing the guidelines for a modular training programme that will "
            "prepare 60 experts to put the Test Cooperation Model into practice in 30 locations.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Testowy Model Współpracy ma pomóc centrom i klubom integracji społecznej "
                    "współpracować z samorządami i innymi lokalnymi partnerami tak, aby powstała "
                    "spójna ścieżka reintegracji i lokalny rynek usług społecznych.</p>"
                    "<p>Program jest przeznaczony dla pracowników organizacji pozarządowych, "
                    "samorządów i ich jednostek, w szczególności CIS, KIS i OWES. Zajęcia mają "
                    "charakter warsztatowy, a materiały pozwalają samodzielnie pogłębiać wiedzę "
                    "także po zakończeniu testów.</p>",
                    "<p>The Test Cooperation Model is meant to help social integration centres "
                    "and clubs work with local governments and other local partners to create a "
                    "coherent reintegration pathway and a local market for social services.</p>"
                    "<p>The programme is for staff of NGOs, local governments and their units, in "
                    "particular social integration centres and clubs and social economy support "
                    "centres. Sessions are run as workshops, and the materials allow participants "
                    "to deepen their knowledge on their own after the pilot ends.</p>",
                ),
            ),
            (
                "key_figures",
                {
                    "heading": T("Program w liczbach", "The programme in numbers"),
                    "figures": [
                        {"number": "9", "label": T("modułów szkoleniowych", "training modules")},
                        {
                            "number": "60",
                            "label": T(
                                "ekspertów z lokalnych środowisk", "experts from local communities"
                            ),
                        },
                        {"number": "6", "label": T("grup po 10 osób", "groups of ten")},
                        {"number": "30", "label": T("lokalizacji testowych", "test locations")},
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T("Poznaj wszystkie moduły", "Explore all the modules"),
                    "text": T(
                        "Cele i tematykę każdego modułu opisujemy na stronie o projekcie.",
                        "The goals and topics of each module are described on the About page.",
                    ),
                    "link_page": "o-projekcie",
                    "link_url": "",
                    "link_text": T("Przejdź do opisu modułów", "Go to the module overview"),
                },
            ),
        ],
        "tags": ["szkolenia", "uslugi-spoleczne", "samorzad"],
        "image": "program-tmw",
        "image_alt": T(
            "Abstrakcyjna ilustracja: oliwkowy pierścień na beżowym kwadracie i małe "
            "pomarańczowe kształty na kremowym tle.",
            "Abstract illustration: an olive ring over a beige square and small orange shapes on "
            "a cream background.",
        ),
        "related": ["r-tmw-program", "sam-uslugi-spoleczne"],
    },
    {
        "key": "n-raporty-strefy",
        "slug": T("nowe-raporty-w-strefach", "new-reports-in-the-zones"),
        "title": T("Nowe raporty w czterech strefach", "New reports in all four zones"),
        "date": "2026-10-14",
        "zone": None,
        "lead": T(
            "W bibliotece badań pojawiły się nowe ekspertyzy i raporty przygotowane dla "
            "samorządów, warsztatów terapii zajęciowej, pracodawców i partnerów zagranicznych.",
            "New expert opinions and reports for local governments, sheltered workshops, "
            "employers and international partners have been added to the research library.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Każda strefa portalu ma teraz własny zbiór badań. Raporty można "
                    "przeszukiwać po tytule, streszczeniu i treści załączonych dokumentów PDF, a "
                    "także filtrować według rodzaju publikacji i strefy.</p>"
                    "<h2>Co nowego</h2>"
                    "<ul>"
                    "<li>Strefa Samorządów: raport o spółdzielniach socjalnych zakładanych przez "
                    "gminy i powiaty.</li>"
                    "<li>Strefa WTZ: ekspertyza prawna dotycząca współpracy warsztatu ze "
                    "spółdzielnią socjalną.</li>"
                    "<li>Strefa Biznesu: ekspertyza o spółdzielniach socjalnych jako dostawcach "
                    "dla firm.</li>"
                    "<li>Strefa Współpracy Międzynarodowej: kompendium dobrych praktyk "
                    "zatrudnienia wspomaganego.</li>"
                    "</ul>"
                    "<p>Zachęcamy do lektury i przesyłania uwag. Osoby zainteresowane "
                    "szczegółami badań zapraszamy do kontaktu z zespołem portalu.</p>",
                    "<p>Each zone of the portal now has its own research collection. Reports can "
                    "be searched by title, summary and the text of the attached PDF documents, "
                    "and filtered by publication type and zone.</p>"
                    "<h2>What's new</h2>"
                    "<ul>"
                    "<li>Local Government Zone: a report on social cooperatives founded by "
                    "municipalities and counties.</li>"
                    "<li>Sheltered Workshops Zone: a legal opinion on cooperation between a "
                    "workshop and a social cooperative.</li>"
                    "<li>Business Zone: an expert opinion on social cooperatives as suppliers to "
                    "business.</li>"
                    "<li>International Cooperation Zone: a compendium of good practice in "
                    "supported employment.</li>"
                    "</ul>"
                    "<p>We hope you enjoy reading them and welcome your comments. If you would "
                    "like to know more about the research, please contact the portal team.</p>",
                ),
            ),
        ],
        "tags": ["badania", "spoldzielnie-socjalne"],
        "image": None,
        "related": [
            "r-samorzady-spoldzielnie",
            "r-wtz-ekspertyza-prawna",
            "r-biznes-zakupy",
            "r-wspolpraca-kompendium",
        ],
    },
    {
        "key": "n-sam-panel",
        "slug": T(
            "samorzady-pytaja-o-spoldzielnie-socjalne",
            "local-governments-ask-about-social-cooperatives",
        ),
        "title": T(
            "Samorządy pytają o spółdzielnie socjalne – wnioski z panelu eksperckiego",
            "Local governments ask about social cooperatives: takeaways from an expert panel",
        ),
        "date": "2026-10-20",
        "zone": "samorzady",
        "lead": T(
            "Przedstawiciele gmin i powiatów rozmawiali z ekspertami o tym, jak współzałożyć "
            "spółdzielnię socjalną i nie uzależnić jej od jednego zleceniodawcy.",
            "Municipal and county officers discussed with experts how to co-found a social "
            "cooperative without making it dependent on a single client.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Panel towarzyszył publikacji raportu o spółdzielniach socjalnych "
                    "zakładanych przez samorządy. Uczestnicy zgodzili się, że samorząd jest "
                    "naturalnym partnerem takiej spółdzielni, ale jego rola powinna z czasem "
                    "maleć.</p>"
                    "<h2>Najważniejsze rekomendacje</h2>"
                    "<ol>"
                    "<li>Planować zlecenia na kilka lat, ale od początku szukać także klientów "
                    "prywatnych.</li>"
                    "<li>Powierzyć zarządzanie spółdzielnią osobom z doświadczeniem w biznesie, a "
                    "nie wyłącznie urzędnikom.</li>"
                    "<li>Korzystać z doradztwa ośrodków wsparcia ekonomii społecznej już na "
                    "etapie planowania.</li>"
                    "</ol>",
                    "<p>The panel accompanied the publication of the report on social "
                    "cooperatives founded by local governments. Participants agreed that a local "
                    "government is a natural partner for such a cooperative, but that its role "
                    "should shrink over time.</p>"
                    "<h2>Key recommendations</h2>"
                    "<ol>"
                    "<li>Plan contracts several years ahead, but look for private customers from "
                    "the start.</li>"
                    "<li>Put the cooperative in the hands of people with business experience, not "
                    "civil servants alone.</li>"
                    "<li>Use the advice of social economy support centres from the planning stage "
                    "onwards.</li>"
                    "</ol>",
                ),
            ),
        ],
        "tags": ["samorzad", "spoldzielnie-socjalne"],
        "image": "panel-samorzady",
        "image_alt": T(
            "Abstrakcyjna ilustracja: szaroniebieski kwadrat, piaskowe trójkąty i pierścienie w "
            "odcieniach terakoty.",
            "Abstract illustration: a slate-blue square, sand-coloured triangles and rings in "
            "terracotta tones.",
        ),
        "related": ["r-samorzady-spoldzielnie", "sam-spoldzielnia-krok-po-kroku"],
    },
    {
        "key": "n-wtz-spotkania",
        "slug": T(
            "startuja-spotkania-informacyjne-dla-wtz", "information-meetings-for-workshops-begin"
        ),
        "title": T(
            "Startują spotkania informacyjne dla WTZ",
            "Information meetings for sheltered workshops begin",
        ),
        "date": "2026-01-27",
        "zone": "wtz",
        "lead": T(
            "Zapraszamy warsztaty terapii zajęciowej, samorządy i organizacje pozarządowe na "
            "spotkania o modelu współpracy WTZ ze spółdzielnią socjalną.",
            "We invite sheltered workshops, local governments and NGOs to meetings about the "
            "model of cooperation between a workshop and a social cooperative.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Spotkania przygotowaliśmy razem ze specjalistami Wielkopolskiego Ośrodka "
                    "Ekonomii Społecznej. Ich uczestnicy dowiedzą się, jak w praktyce założyć "
                    "spółdzielnię socjalną zatrudniającą uczestników WTZ i jak ułożyć jej "
                    "współpracę z warsztatem.</p>"
                    "<h2>Program spotkania</h2>"
                    "<ul>"
                    "<li>model aktywizacji zawodowej uczestników WTZ,</li>"
                    "<li>aspekty prawne i finansowe,</li>"
                    "<li>przykłady spółdzielni socjalnych z Wielkopolski założonych przez "
                    "samorządy i organizacje pozarządowe,</li>"
                    "<li>pytania i rozmowy indywidualne.</li>"
                    "</ul>",
                    "<p>We have prepared the meetings together with specialists from the "
                    "Wielkopolska Social Economy Centre. Participants will learn how to set up a "
                    "social cooperative that employs workshop participants and how to organise "
                    "its cooperation with the workshop.</p>"
                    "<h2>Meeting programme</h2>"
                    "<ul>"
                    "<li>the model for the vocational activation of workshop participants,</li>"
                    "<li>legal and financial aspects,</li>"
                    "<li>examples of social cooperatives in Wielkopolska founded by local "
                    "governments and NGOs,</li>"
                    "<li>questions and one-to-one conversations.</li>"
                    "</ul>",
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": T("Zgłoś swój warsztat", "Sign up your workshop"),
                    "text": T(
                        "Napisz do nas, a odezwiemy się z propozycją terminu.",
                        "Write to us and we will get back to you with a proposed date.",
                    ),
                    "link_page": "kontakt",
                    "link_url": "",
                    "link_text": T("Formularz kontaktowy", "Contact form"),
                },
            ),
        ],
        "tags": ["wtz", "spoldzielnie-socjalne"],
        "image": "spotkania-wtz",
        "image_alt": T(
            "Abstrakcyjna ilustracja: lawendowe koła i prostokąty przecinane brzoskwiniowymi "
            "trójkątami.",
            "Abstract illustration: lavender circles and rectangles crossed by peach-coloured "
            "triangles.",
        ),
        "related": ["wtz-spotkania-informacyjne", "wtz-model-wspolpracy"],
    },
    {
        "key": "n-wtz-grupy-inicjatywne",
        "slug": T(
            "grupy-inicjatywne-przygotowuja-spoldzielnie", "founding-groups-prepare-cooperatives"
        ),
        "title": T(
            "Grupy inicjatywne przygotowują się do założenia spółdzielni",
            "Founding groups get ready to set up cooperatives",
        ),
        "date": "2026-09-08",
        "zone": "wtz",
        "lead": T(
            "Po spotkaniach informacyjnych kilka warsztatów terapii zajęciowej utworzyło grupy "
            "inicjatywne, które z naszym wsparciem przygotowują spółdzielnie socjalne dla swoich "
            "uczestników.",
            "Following the information meetings, several sheltered workshops have formed "
            "founding groups which, with our support, are preparing social cooperatives for "
            "their participants.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Zainteresowanie modelem przerosło nasze oczekiwania. Zgłaszają się "
                    "zarówno warsztaty, jak i powiatowe centra pomocy rodzinie. Dla wielu z nich "
                    "spółdzielnia to szansa, by lepiej wykorzystać potencjał osób gotowych do "
                    "pracy i przyjąć kolejne, które czekają na miejsce.</p>"
                    "<h2>Co robią grupy inicjatywne</h2>"
                    "<ul>"
                    "<li>wybierają branżę i sprawdzają lokalny popyt na usługi,</li>"
                    "<li>przygotowują statut i biznesplan,</li>"
                    "<li>ustalają z warsztatem zasady przechodzenia uczestników do "
                    "zatrudnienia.</li>"
                    "</ul>",
                    "<p>Interest in the model has exceeded our expectations. Both workshops and "
                    "county family support centres are getting in touch. For many of them, a "
                    "cooperative is a chance to make better use of the potential of people who "
                    "are ready to work and to take in others who are waiting for a place.</p>"
                    "<h2>What the founding groups do</h2>"
                    "<ul>"
                    "<li>choose a line of business and check local demand for services,</li>"
                    "<li>draft the statutes and a business plan,</li>"
                    "<li>agree with the workshop how participants will move into "
                    "employment.</li>"
                    "</ul>",
                ),
            ),
            (
                "quote",
                {
                    "quote": T(
                        "Warsztaty mówią nam, że mają uczestników gotowych do pracy, ale nie mają "
                        "dokąd ich skierować. Spółdzielnia socjalna jest dla nich brakującym "
                        "ogniwem.",
                        "Workshops tell us they have participants who are ready to work but "
                        "nowhere to send them. A social cooperative is the missing link.",
                    ),
                    "author": "Monika Adamczyk",
                    "role": T("specjalistka ds. merytorycznych", "programme specialist"),
                },
            ),
        ],
        "tags": ["wtz", "spoldzielnie-socjalne"],
        "image": "grupy-inicjatywne",
        "image_alt": T(
            "Abstrakcyjna ilustracja: szaroniebieskie trójkąty, prostokąty i koło na ciepłym, "
            "piaskowym tle.",
            "Abstract illustration: slate-blue triangles, rectangles and a circle on a warm sandy "
            "background.",
        ),
        "related": ["n-wtz-spotkania", "r-wtz-model-spoldzielni"],
    },
    {
        "key": "n-biz-pracodawcy",
        "slug": T("pracodawcy-o-trenerach-pracy", "employers-on-job-coaches"),
        "title": T(
            "Pracodawcy: trener pracy ułatwia pierwsze tygodnie",
            "Employers say job coaches make the first weeks easier",
        ),
        "date": "2026-03-24",
        "zone": "biznes",
        "lead": T(
            "Nowy raport ze Strefy Biznesu pokazuje, czego firmy oczekują od trenera pracy i co "
            "najczęściej powstrzymuje je przed zatrudnieniem osoby z niepełnosprawnością.",
            "A new Business Zone report shows what companies expect from a job coach and what "
            "most often holds them back from hiring a person with a disability.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Badanie objęło firmy, które w projekcie „Trener pracy” zatrudniły "
                    "uczestnika lub przyjęły go na staż, a także te, które po rozmowie z trenerem "
                    "zrezygnowały ze współpracy.</p>"
                    "<h2>Co mówią pracodawcy</h2>"
                    "<ul>"
                    "<li>Najbardziej cenią pomoc w pierwszych tygodniach pracy i jedną osobę do "
                    "kontaktu.</li>"
                    "<li>Obawiają się głównie formalności i reakcji zespołu.</li>"
                    "<li>Elastyczny wymiar czasu pracy często przesądza o powodzeniu "
                    "zatrudnienia.</li>"
                    "</ul>",
                    "<p>The study covered companies that hired a participant or offered an "
                    "internship in the Job Coach project, as well as those that decided against "
                    "it after talking to a coach.</p>"
                    "<h2>What employers say</h2>"
                    "<ul>"
                    "<li>They value help in the first weeks of work and a single point of contact "
                    "most.</li>"
                    "<li>Their main worries are paperwork and how the team will react.</li>"
                    "<li>Flexible working hours often make the difference between success and "
                    "failure.</li>"
                    "</ul>",
                ),
            ),
        ],
        "tags": ["pracodawcy", "trener-pracy"],
        "image": "pracodawcy",
        "image_alt": T(
            "Abstrakcyjna ilustracja: miętowe pierścienie i koła, mały turkusowy trójkąt i "
            "piaskowy akcent na jasnym tle.",
            "Abstract illustration: mint-green rings and circles, a small turquoise triangle and "
            "a touch of sand on a light background.",
        ),
        "related": ["r-biznes-pracodawcy", "biz-zatrudnij-z-trenerem"],
    },
    {
        "key": "n-ws-szkolenia",
        "slug": T("cztery-szkolenia-cztery-kraje", "four-trainings-four-countries"),
        "title": T(
            "Cztery szkolenia, cztery kraje – podsumowanie partnerstwa",
            "Four trainings in four countries: a partnership round-up",
        ),
        "date": "2026-09-30",
        "zone": "wspolpraca",
        "lead": T(
            "Zakończyło się ostatnie z czterech międzynarodowych szkoleń dla specjalistów "
            "zatrudnienia wspomaganego, poświęcone wsparciu w miejscu pracy i poza nim.",
            "The last of four international trainings for supported employment specialists, "
            "which focused on support on and off the job, has come to an end.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>W każdym szkoleniu uczestniczyło czterech specjalistów od każdego "
                    "partnera. Program łączył warsztaty z wizytami w firmach zatrudniających "
                    "osoby z niepełnosprawnościami oraz spotkaniami z lokalnymi "
                    "organizacjami.</p>"
                    "<h2>Czego się nauczyliśmy</h2>"
                    "<ul>"
                    "<li>Mentor, czyli doświadczony trener, bardzo ułatwia początkującym "
                    "specjalistom wejście w zawód.</li>"
                    "<li>Regularne spotkania trenerów z różnych regionów i krajów pozwalają "
                    "szybciej rozwiązywać typowe problemy.</li>"
                    "<li>Wspólną metodykę trzeba dostosować do przepisów i rynku pracy każdego "
                    "kraju.</li>"
                    "</ul>"
                    "<p>Wnioski ze wszystkich szkoleń trafią do kompendium dobrych praktyk, "
                    "dostępnego po polsku i po angielsku.</p>",
                    "<p>Four specialists from each partner took part in every training. The "
                    "programme combined workshops with visits to companies employing people with "
                    "disabilities and meetings with local organisations.</p>"
                    "<h2>What we learned</h2>"
                    "<ul>"
                    "<li>A mentor, that is an experienced coach, makes it much easier for new "
                    "specialists to enter the profession.</li>"
                    "<li>Regular meetings of coaches from different regions and countries help "
                    "solve common problems faster.</li>"
                    "<li>The shared methodology has to be adapted to each country's law and "
                    "labour market.</li>"
                    "</ul>"
                    "<p>The lessons from all the trainings will go into a compendium of good "
                    "practice, available in Polish and English.</p>",
                ),
            ),
        ],
        "tags": ["wspolpraca-miedzynarodowa", "zatrudnienie-wspomagane", "szkolenia"],
        "image": "szkolenia-miedzynarodowe",
        "image_alt": T(
            "Abstrakcyjna ilustracja: szaroniebieskie i pomarańczowe koła oraz zaokrąglone "
            "kwadraty na piaskowym tle.",
            "Abstract illustration: slate-blue and orange circles and rounded squares on a sandy "
            "background.",
        ),
        "related": ["ws-partnerstwo", "r-wspolpraca-kompendium"],
    },
    {
        "key": "n-ws-kare",
        "slug": T("jedenascie-lat-po-wizycie-w-kare", "eleven-years-after-the-kare-visit"),
        "title": T(
            "Jedenaście lat po wizycie studyjnej w KARE",
            "Eleven years after the study visit to KARE",
        ),
        "date": "2025-10-02",
        "zone": "wspolpraca",
        "lead": T(
            "Na przełomie września i października 2014 roku polska delegacja omawiała w Irlandii "
            "wyniki testowania usług trenera pracy. Przypominamy, co wyniknęło z tej wizyty.",
            "At the turn of September and October 2014, a Polish delegation went to Ireland to "
            "discuss the results of testing job coach services. We look back at what came of "
            "the visit.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<p>Od 30 września do 3 października 2014 roku przedstawiciele lidera "
                    "projektu „Trener pracy”, jego partnerów oraz Biura Pełnomocnika Rządu do "
                    "Spraw Osób Niepełnosprawnych gościli w organizacji KARE, partnerze "
                    "ponadnarodowym projektu.</p>"
                    "<p>Delegacja przedstawiła wyniki testowania i rekomendacje zmian w trzech "
                    "zestawach narzędzi. Uwagi irlandzkiego partnera przekazano ekspertom "
                    "odpowiedzialnym za produkt i koordynatorowi merytorycznemu, którzy "
                    "przygotowywali ostateczną wersję wytycznych.</p>"
                    "<h2>Co pozostało aktualne</h2>"
                    "<ul>"
                    "<li>kwalifikowanie uczestników na podstawie potrzeby wsparcia, a nie "
                    "wyłącznie orzeczenia o niepełnosprawności,</li>"
                    "<li>ścisła współpraca trenera z rodziną i otoczeniem osoby z "
                    "niepełnosprawnością,</li>"
                    "<li>stopniowe wycofywanie wsparcia w miejscu pracy.</li>"
                    "</ul>",
                    "<p>From 30 September to 3 October 2014, representatives of the lead "
                    "organisation of the Job Coach project, its partners and the Office of the "
                    "Government Plenipotentiary for Disabled People visited KARE, the project's "
                    "transnational partner.</p>"
                    "<p>The delegation presented the test results and the recommended changes to "
                    "the three toolkits. The Irish partner's comments were passed on to the "
                    "product experts and the content coordinator, who were preparing the final "
                    "version of the guidelines.</p>"
                    "<h2>What still holds true</h2>"
                    "<ul>"
                    "<li>admitting participants on the basis of their need for support, not just "
                    "their disability certificate,</li>"
                    "<li>close cooperation between the coach and the person's family and wider "
                    "circle,</li>"
                    "<li>scaling back support at work step by step.</li>"
                    "</ul>",
                ),
            ),
        ],
        "tags": ["wspolpraca-miedzynarodowa", "trener-pracy"],
        "image": None,
        "related": ["r-wspolpraca-kare", "o-projekcie"],
    },
]

# ---------------------------------------------------------------------------------------
# Reports (with the text of their PDF documents)
# ---------------------------------------------------------------------------------------

REPORTS = [
    {
        "key": "r-wytyczne-trener-pracy",
        "slug": T("wytyczne-trener-pracy", "job-coach-guidelines"),
        "title": T(
            "Wytyczne dotyczące świadczenia usług przez trenera pracy",
            "Guidelines for the provision of job coach services",
        ),
        "zone": None,
        "publication_date": "2014-10-31",
        "authors": "Ewa Malinowska, Piotr Zawadzki",
        "report_type": "wytyczne",
        "summary": T(
            "Produkt finalny projektu „Trener pracy jako sposób na zwiększenie zatrudnienia osób "
            "niepełnosprawnych”, dopracowany po testach w pięciu województwach. Obejmuje trzy "
            "zestawy narzędzi: do rekrutacji trenerów pracy, do ich szkolenia oraz do "
            "zarządzania ich pracą i jej monitorowania.",
            "The final product of the project “Job coaching as a way to increase the employment "
            "of people with disabilities”, refined after testing in five voivodeships. It "
            "comprises three toolkits: for recruiting job coaches, for training them, and for "
            "managing and monitoring their work.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Zawartość wytycznych</h2>"
                    "<p>Dokument opisuje usługę trenera pracy z perspektywy organizacji, która "
                    "chce ją świadczyć. Każdy z trzech zestawów narzędzi można stosować osobno, "
                    "ale najlepsze efekty daje ich łączne wykorzystanie.</p>"
                    "<ul>"
                    "<li>Zestaw I – narzędzia do rekrutacji trenerów pracy.</li>"
                    "<li>Zestaw II – narzędzia do szkolenia trenerów pracy i mentorów.</li>"
                    "<li>Zestaw III – narzędzia do zarządzania pracą trenerów i jej "
                    "monitorowania.</li>"
                    "</ul>"
                    "<h2>Jak powstały</h2>"
                    "<p>Wstępną wersję sprawdzało w praktyce 72 trenerów pracy wspieranych przez "
                    "5 mentorów. Po testach wytyczne skonsultowano z partnerem z Irlandii, "
                    "grupami roboczymi i uczestnikami seminariów, a ostateczną wersję złożono 31 "
                    "października 2014 roku w Krajowej Instytucji Wspomagającej.</p>",
                    "<h2>What the guidelines contain</h2>"
                    "<p>The document describes job coach services from the point of view of an "
                    "organisation that wants to provide them. Each of the three toolkits can be "
                    "used on its own, but they work best together.</p>"
                    "<ul>"
                    "<li>Toolkit I – tools for recruiting job coaches.</li>"
                    "<li>Toolkit II – tools for training job coaches and mentors.</li>"
                    "<li>Toolkit III – tools for managing and monitoring the coaches' work.</li>"
                    "</ul>"
                    "<h2>How they were developed</h2>"
                    "<p>The draft was tried out in practice by 72 job coaches supported by 5 "
                    "mentors. After testing, the guidelines were reviewed with the Irish partner, "
                    "working groups and seminar participants, and the final version was "
                    "submitted to the National Support Institution on 31 October 2014.</p>",
                ),
            ),
        ],
        "tags": ["trener-pracy", "zatrudnienie-wspomagane"],
        "related": ["o-projekcie", "r-ewaluacja-produktu", "n-wytyczne-online"],
        "documents": [
            {
                "key": "r-wytyczne-trener-pracy-pl",
                "filename": "wytyczne-trener-pracy.pdf",
                "language": "pl",
                "title": (
                    "Wytyczne dotyczące świadczenia usług przez trenera pracy. Wersja skrócona"
                ),
                "sections": [
                    (
                        "Kim jest trener pracy",
                        [
                            "Trener pracy to specjalista, który towarzyszy osobie z "
                            "niepełnosprawnością w drodze do zatrudnienia i pomaga jej utrzymać "
                            "pracę. Łączy kompetencje doradcy zawodowego, pośrednika pracy, "
                            "instruktora zawodu i pracownika socjalnego, a wszystko, co robi, "
                            "wynika z indywidualnych potrzeb wspieranej osoby.",
                            "Usługa trenera pracy jest kluczowym elementem zatrudnienia "
                            "wspomaganego. Wsparcie obejmuje pięć etapów: zaangażowanie, "
                            "tworzenie profilu zawodowego, znajdowanie pracy, zaangażowanie "
                            "pracodawcy oraz wsparcie w miejscu pracy i poza nim.",
                        ],
                    ),
                    (
                        "Rekrutacja trenerów pracy",
                        [
                            "W fazie testowania trenerów wybierano spośród trzech grup "
                            "kandydatów: osób przeszkolonych wcześniej w innych projektach, "
                            "instruktorów terapii zajęciowej oraz osób bez doświadczenia w tej "
                            "roli. Narzędzia rekrutacyjne pozwalają ocenić motywację, "
                            "umiejętności komunikacyjne i gotowość do pracy w terenie, a nie "
                            "tylko formalne wykształcenie.",
                            "Rekomendujemy, aby w rozmowie kwalifikacyjnej uczestniczyła osoba z "
                            "doświadczeniem trenera lub mentora, a kandydaci rozwiązywali zadania "
                            "oparte na rzeczywistych sytuacjach z miejsca pracy.",
                        ],
                    ),
                    (
                        "Szkolenie i mentoring",
                        [
                            "Program szkolenia łączy wiedzę o przepisach i formach zatrudnienia z "
                            "ćwiczeniem umiejętności miękkich: nawiązywania i podtrzymywania "
                            "kontaktu, negocjowania z pracodawcą oraz rozwiązywania konfliktów. "
                            "Zajęcia teoretyczne przeplatają się z praktyką pod okiem "
                            "doświadczonego trenera.",
                            "Każdy początkujący trener powinien mieć mentora, który pomaga mu "
                            "wejść w obowiązki, omawia trudne przypadki i zachęca do szukania "
                            "nowych rozwiązań. Uzupełnieniem są regularne spotkania grupowe "
                            "trenerów z różnych powiatów i województw.",
                        ],
                    ),
                    (
                        "Zarządzanie i monitorowanie",
                        [
                            "Organizacja świadcząca usługi trenera pracy powinna prowadzić prostą "
                            "dokumentację postępów każdej wspieranej osoby: cele, działania, "
                            "kontakty z pracodawcą i ocenę samodzielności na stanowisku. Te dane "
                            "służą zarówno planowaniu wsparcia, jak i rozliczaniu usługi.",
                            "Warto ustalić maksymalną liczbę osób, którymi jeden trener opiekuje "
                            "się jednocześnie, oraz okresowo oceniać jakość pracy z udziałem "
                            "wspieranych osób i pracodawców.",
                        ],
                    ),
                ],
            },
            {
                "key": "r-wytyczne-trener-pracy-en",
                "filename": "job-coach-guidelines.pdf",
                "language": "en",
                "title": "Guidelines for the Provision of Job Coach Services: Summary",
                "sections": [
                    (
                        "Who a job coach is",
                        [
                            "A job coach is a specialist who accompanies a person with a "
                            "disability on the way into employment and helps them keep their job. "
                            "The role combines the skills of a careers adviser, a job broker, a "
                            "vocational instructor and a social worker, and everything a coach "
                            "does follows from the individual needs of the person they support.",
                            "Job coaching is the core of supported employment. Support runs "
                            "through five stages: engagement, vocational profiling, job finding, "
                            "employer engagement, and support on and off the job.",
                        ],
                    ),
                    (
                        "Recruiting job coaches",
                        [
                            "During the testing phase, coaches were drawn from three groups: "
                            "people trained as job coaches in earlier projects, occupational "
                            "therapy instructors, and people with no previous experience of the "
                            "role. The recruitment tools assess motivation, communication skills "
                            "and readiness for field work rather than formal qualifications "
                            "alone.",
                            "We recommend that an experienced coach or mentor sits on every "
                            "interview panel and that candidates work through tasks based on "
                            "real workplace situations.",
                        ],
                    ),
                    (
                        "Training and mentoring",
                        [
                            "The training programme combines knowledge of legislation and forms "
                            "of employment with practice in soft skills: building and keeping "
                            "rapport, negotiating with employers and resolving conflicts. "
                            "Classroom sessions alternate with supervised practice alongside an "
                            "experienced coach.",
                            "Every new coach should have a mentor who helps them settle into the "
                            "role, talks through difficult cases and encourages them to look for "
                            "new solutions. Regular group meetings of coaches from different "
                            "counties and regions complement this support.",
                        ],
                    ),
                    (
                        "Management and monitoring",
                        [
                            "An organisation providing job coach services should keep simple "
                            "records of each person's progress: goals, actions, contacts with the "
                            "employer and how independently the person manages at work. These "
                            "records are used both to plan support and to account for the "
                            "service.",
                            "It is advisable to set a maximum number of people a coach supports "
                            "at any one time and to review the quality of the service regularly, "
                            "with input from the people supported and their employers.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-ewaluacja-produktu",
        "slug": T("ewaluacja-produktu-finalnego", "final-product-evaluation"),
        "title": T(
            "Ewaluacja zewnętrzna wstępnej wersji produktu finalnego",
            "External evaluation of the draft final product",
        ),
        "zone": None,
        "publication_date": "2014-10-29",
        "authors": "Marta Sobczak, Krzysztof Lis",
        "report_type": "ewaluacja",
        "summary": T(
            "Niezależni ewaluatorzy ocenili, jak narzędzia dla trenerów pracy zadziałały w fazie "
            "testowania. W badaniu wzięli udział trenerzy, mentorzy, osoby z "
            "niepełnosprawnościami, pracodawcy i personel projektu, a wnioski posłużyły do "
            "przygotowania ostatecznej wersji wytycznych.",
            "Independent evaluators assessed how the job coach tools performed during the "
            "testing phase. Job coaches, mentors, people with disabilities, employers and project "
            "staff took part, and the findings fed into the final version of the guidelines.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Zakres badania</h2>"
                    "<p>Ewaluacja objęła wszystkie trzy zestawy narzędzi oraz sposób ich "
                    "wykorzystania w pięciu województwach. Ewaluatorzy przeprowadzili wywiady "
                    "indywidualne i grupowe oraz ankiety.</p>"
                    "<h2>Najważniejsze wnioski</h2>"
                    "<ul>"
                    "<li>Kwalifikowanie uczestników na podstawie opinii trenera o potrzebie "
                    "wsparcia, a nie tylko orzeczenia, okazało się trafną zmianą.</li>"
                    "<li>Pracę podjęły 53 osoby z niepełnosprawnościami, a 11 osób rozpoczęło "
                    "staże finansowane przez urzędy pracy.</li>"
                    "<li>Narzędzia monitorowania wymagały uproszczenia, aby nie odciągały "
                    "trenerów od pracy z ludźmi.</li>"
                    "</ul>"
                    "<p>Uzupełnieniem ewaluacji jest analiza rzeczywistych efektów produktu, "
                    "przygotowana przez zespół czterech ekspertów.</p>",
                    "<h2>Scope of the study</h2>"
                    "<p>The evaluation covered all three toolkits and how they were used in five "
                    "voivodeships. The evaluators conducted individual and group interviews and "
                    "surveys.</p>"
                    "<h2>Key findings</h2>"
                    "<ul>"
                    "<li>Admitting participants on the coach's assessment of their need for "
                    "support, not just on their disability certificate, proved to be the right "
                    "change.</li>"
                    "<li>53 people with disabilities started work, and 11 began internships "
                    "funded by labour offices.</li>"
                    "<li>The monitoring tools needed simplifying so that they would not keep "
                    "coaches away from working with people.</li>"
                    "</ul>"
                    "<p>The evaluation is complemented by an analysis of the product's actual "
                    "effects, prepared by a team of four experts.</p>",
                ),
            ),
        ],
        "tags": ["badania", "trener-pracy"],
        "related": ["r-wytyczne-trener-pracy", "o-projekcie"],
        "documents": [
            {
                "key": "r-ewaluacja-produktu-pl",
                "filename": "ewaluacja-produktu-finalnego.pdf",
                "language": "pl",
                "title": "Ewaluacja zewnętrzna wstępnej wersji produktu finalnego – raport",
                "sections": [
                    (
                        "Cel i metoda",
                        [
                            "Celem ewaluacji była ocena trafności, skuteczności i użyteczności "
                            "wstępnej wersji wytycznych dotyczących świadczenia usług przez "
                            "trenera pracy. Badanie przeprowadzono po zakończeniu fazy "
                            "testowania, która trwała od listopada 2013 roku do lipca 2014 roku w "
                            "województwach mazowieckim, dolnośląskim, pomorskim, podlaskim i "
                            "podkarpackim.",
                            "Zastosowano wywiady pogłębione z trenerami pracy i mentorami, "
                            "wywiady grupowe z personelem projektu, ankiety wśród pracodawców "
                            "oraz rozmowy z osobami z niepełnosprawnościami, dostosowane do ich "
                            "sposobu komunikowania się.",
                        ],
                    ),
                    (
                        "Uczestnicy testowania",
                        [
                            "Do projektu zrekrutowano 490 osób z niepełnosprawnościami, w tym "
                            "osoby z niepełnosprawnością intelektualną, z zaburzeniami "
                            "psychicznymi, niesłyszące, niewidome i głuchoniewidome. O udziale "
                            "decydowała nie tylko treść orzeczenia, lecz także ocena trenera, czy "
                            "dana osoba potrzebuje wsparcia na kolejnych etapach zatrudnienia "
                            "wspomaganego.",
                            "Ewaluatorzy uznali to rozwiązanie za jedną z najważniejszych "
                            "innowacji projektu, ponieważ kieruje wsparcie do osób, które "
                            "rzeczywiście go potrzebują.",
                        ],
                    ),
                    (
                        "Rezultaty",
                        [
                            "Trenerzy pracy nawiązali kontakt z 231 pracodawcami, z których 57 "
                            "zatrudniło uczestników lub przyjęło ich na staż. Pięćdziesiąt trzy "
                            "osoby dotarły do piątego etapu i podjęły pracę, a jedenaście "
                            "rozpoczęło staże zawodowe finansowane przez urzędy pracy.",
                            "Zawierano zarówno umowy o pracę, jak i umowy cywilnoprawne, w "
                            "wymiarze czasu dopasowanym do możliwości i potrzeb pracowników. "
                            "Zdaniem pracodawców kluczowe było to, że trener pozostawał dostępny "
                            "także po podpisaniu umowy.",
                        ],
                    ),
                    (
                        "Rekomendacje",
                        [
                            "Zalecamy uproszczenie formularzy monitorowania, doprecyzowanie zadań "
                            "mentora oraz wydłużenie praktycznej części szkolenia trenerów. Warto "
                            "również przygotować krótkie materiały dla pracodawców, wyjaśniające "
                            "zasady współpracy z trenerem.",
                            "Rekomendacje przekazano ekspertom odpowiedzialnym za produkt "
                            "finalny i koordynatorowi merytorycznemu, którzy wykorzystali je przy "
                            "opracowaniu ostatecznej wersji wytycznych.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-koszty-trenera",
        "slug": T("koszty-zatrudnienia-trenera-pracy", "cost-of-employing-a-job-coach"),
        "title": T(
            "Koszty zatrudnienia trenera pracy. Raport finansowy",
            "The cost of employing a job coach: financial report",
        ),
        "zone": None,
        "publication_date": "2014-10-30",
        "authors": "Henryk Bielecki",
        "report_type": "analiza",
        "summary": T(
            "Raport zestawia rzeczywiste koszty pracy trenerów poniesione w fazie testowania z "
            "kalkulacją, która uwzględnia rekomendowane zmiany w wytycznych. Wyjaśnia, od czego "
            "zależy koszt wsparcia jednej osoby i jak mogłoby wyglądać stałe finansowanie usługi.",
            "The report compares the actual cost of job coaches during the testing phase with an "
            "estimate that reflects the recommended changes to the guidelines. It explains what "
            "drives the cost of supporting one person and how the service could be funded on a "
            "permanent basis.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Co policzono</h2>"
                    "<p>Analiza obejmuje wynagrodzenia trenerów i mentorów, koszty dojazdów do "
                    "pracodawców i wspieranych osób, szkolenia oraz obsługę administracyjną. "
                    "Osobno przedstawiono koszty poniesione w projekcie i koszty usługi "
                    "świadczonej według poprawionych wytycznych.</p>"
                    "<h2>Dlaczego to ważne</h2>"
                    "<p>Bez wiarygodnej kalkulacji trudno wprowadzić usługi trenera pracy do "
                    "przepisów. Raport miał dostarczyć argumentów za zmianą ustawy o rehabilitacji "
                    "zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych.</p>",
                    "<h2>What was costed</h2>"
                    "<p>The analysis covers the salaries of coaches and mentors, travel to "
                    "employers and to the people supported, training, and administration. The "
                    "costs incurred in the project and the costs of a service provided under the "
                    "revised guidelines are presented separately.</p>"
                    "<h2>Why it matters</h2>"
                    "<p>Without a reliable estimate, it is hard to write job coach services into "
                    "law. The report was meant to provide arguments for amending the Act on "
                    "vocational and social rehabilitation and employment of disabled "
                    "persons.</p>",
                ),
            ),
        ],
        "tags": ["trener-pracy", "badania", "samorzad"],
        "related": ["n-koszty-debata", "r-wytyczne-trener-pracy"],
        "documents": [
            {
                "key": "r-koszty-trenera-pl",  # pdf-only: pozapłacowymi
                "filename": "koszty-trenera-pracy.pdf",
                "language": "pl",
                "title": "Koszty zatrudnienia trenera pracy – raport finansowy",
                "sections": [
                    (
                        "Założenia analizy",
                        [
                            "Raport przygotowano na zlecenie lidera projektu „Trener pracy jako "
                            "sposób na zwiększenie zatrudnienia osób niepełnosprawnych”. Jego "
                            "celem było ustalenie, ile kosztuje usługa trenera pracy świadczona "
                            "zgodnie z wytycznymi, oraz wskazanie, które składniki kosztów można "
                            "ograniczyć bez utraty jakości wsparcia.",
                            "Podstawą obliczeń były dane finansowe z fazy testowania, w której "
                            "pracowało 72 trenerów pracy i 5 mentorów w pięciu województwach.",
                        ],
                    ),
                    (
                        "Struktura kosztów",
                        [
                            "Największą pozycję stanowią wynagrodzenia trenerów wraz z kosztami "
                            "pozapłacowymi pracodawcy. Kolejne miejsca zajmują dojazdy, które w "
                            "powiatach wiejskich bywają znaczące, oraz szkolenia i superwizja "
                            "prowadzona przez mentorów.",
                            "Koszt wsparcia jednej osoby zależy przede wszystkim od liczby osób, "
                            "którymi trener opiekuje się jednocześnie, oraz od tego, jak długo "
                            "potrzebne jest intensywne wsparcie na stanowisku pracy. Różnice "
                            "między uczestnikami były duże, dlatego wartości średnie należy "
                            "interpretować ostrożnie.",
                        ],
                    ),
                    (
                        "Kalkulacja po zmianach",
                        [
                            "Uwzględnienie rekomendacji ewaluacji, takich jak uproszczenie "
                            "dokumentacji i lepsze planowanie dojazdów, pozwala obniżyć koszt "
                            "usługi bez skracania czasu poświęcanego wspieranym osobom. Część "
                            "oszczędności warto przeznaczyć na regularne spotkania grupowe "
                            "trenerów.",
                            "Kalkulacja pokazuje także, że koszt wsparcia maleje w kolejnych "
                            "miesiącach zatrudnienia, gdy pracownik staje się coraz bardziej "
                            "samodzielny.",
                        ],
                    ),
                    (
                        "Źródła finansowania",
                        [
                            "W fazie testowania usługi finansowano ze środków projektu, co nie "
                            "gwarantuje ich ciągłości. Trwałym rozwiązaniem byłoby wpisanie usług "
                            "trenera pracy do ustawy o rehabilitacji zawodowej i społecznej oraz "
                            "zatrudnianiu osób niepełnosprawnych, tak aby mogły być finansowane "
                            "ze środków publicznych, między innymi z Państwowego Funduszu "
                            "Rehabilitacji Osób Niepełnosprawnych.",
                            "Do czasu takiej zmiany źródła finansowania pozostają rozproszone: są "
                            "to projekty współfinansowane z funduszy europejskich, zadania "
                            "zlecane przez samorządy oraz środki samych pracodawców.",
                        ],
                    ),
                ],
            },
            {
                "key": "r-koszty-trenera-en",
                "filename": "job-coach-costs.pdf",
                "language": "en",
                "title": "The Cost of Employing a Job Coach: Financial Report",
                "sections": [
                    (
                        "Assumptions",
                        [
                            "The report was commissioned by the lead organisation of the project "
                            "“Job coaching as a way to increase the employment of people with "
                            "disabilities”. Its aim was to establish what a job coach service "
                            "provided in line with the guidelines costs, and to identify which "
                            "cost items can be reduced without lowering the quality of support.",
                            "The calculations are based on financial data from the testing phase, "
                            "in which 72 job coaches and 5 mentors worked in five voivodeships.",
                        ],
                    ),
                    (
                        "Cost structure",
                        [
                            "The largest item is coaches' pay, including the employer's "
                            "additional labour costs. Travel comes next, and can be substantial "
                            "in rural counties, followed by training and supervision by mentors.",
                            "The cost of supporting one person depends above all on how many "
                            "people a coach supports at once and on how long intensive support at "
                            "work is needed. Participants differed widely, so averages should be "
                            "read with caution.",
                        ],
                    ),
                    (
                        "Estimate after the changes",
                        [
                            "Following the evaluation's recommendations, such as simpler "
                            "paperwork and better travel planning, lowers the cost of the service "
                            "without cutting the time spent with the people supported. Some of "
                            "the savings should go to regular group meetings of coaches.",
                            "The estimate also shows that the cost of support falls over the "
                            "months of employment as the employee becomes more independent.",
                        ],
                    ),
                    (
                        "Funding sources",
                        [
                            "During the testing phase, the service was paid for from project "
                            "funds, which cannot guarantee continuity. A lasting solution would be "
                            "to write job coach services into the Act on vocational and social "
                            "rehabilitation and employment of disabled persons, so that they "
                            "could be financed from public funds, including the State Fund for "
                            "Rehabilitation of Disabled Persons.",
                            "Until then, funding remains fragmented: projects co-financed by EU "
                            "funds, tasks commissioned by local governments and employers' own "
                            "money.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-urzedy-pracy",
        "slug": T("ekonomia-spoleczna-w-urzedach-pracy", "social-economy-in-labour-offices"),
        "title": T(
            "Ekonomia społeczna w publicznych służbach zatrudnienia. Co zostało po szkoleniu 450 "
            "pracowników urzędów pracy",
            "The social economy in public employment services: what remains of the training "
            "for 450 labour office staff",
        ),
        "zone": None,
        "publication_date": "2025-12-02",
        "authors": "Agnieszka Dudek, Michał Kaczmarek",
        "report_type": "analiza",
        "summary": T(
            "Analiza wraca do projektu Ministerstwa Pracy i Polityki Społecznej, w którym 450 "
            "pracowników powiatowych i wojewódzkich urzędów pracy szkolono z ekonomii społecznej "
            "i trzeciego sektora. Opisujemy zastosowane narzędzia, ich skuteczność oraz "
            "rekomendacje dla dzisiejszych programów doskonalenia kadr.",
            "This analysis revisits a Ministry of Labour and Social Policy project that trained "
            "450 staff of county and regional labour offices in the social economy and the third "
            "sector. We describe the tools used, how well they worked and what they suggest for "
            "today's staff development programmes.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Tło projektu</h2>"
                    "<p>Pomysł narodził się jesienią 2006 roku. Nowe ustawy – o działalności "
                    "pożytku publicznego i o wolontariacie, o zatrudnieniu socjalnym oraz o "
                    "spółdzielniach socjalnych – stworzyły narzędzia, których urzędy pracy nie "
                    "znały jeszcze dobrze.</p>"
                    "<h2>Wnioski</h2>"
                    "<ul>"
                    "<li>Platforma e-learningowa najlepiej służyła wymianie wiedzy między "
                    "uczestnikami.</li>"
                    "<li>Gra strategiczna ułatwiała zrozumienie zależności między sektorami.</li>"
                    "<li>Bez stałego doskonalenia wiedza szybko się dezaktualizuje.</li>"
                    "</ul>",
                    "<h2>Background</h2>"
                    "<p>The idea was born in the autumn of 2006. New acts on public benefit and "
                    "volunteer work, on social employment and on social cooperatives had created "
                    "tools that labour offices did not yet know well.</p>"
                    "<h2>Findings</h2>"
                    "<ul>"
                    "<li>The e-learning platform did most to help participants share "
                    "knowledge.</li>"
                    "<li>The strategy game made it easier to understand how the sectors depend "
                    "on each other.</li>"
                    "<li>Without ongoing professional development, knowledge quickly goes out of "
                    "date.</li>"
                    "</ul>",
                ),
            ),
        ],
        "tags": ["szkolenia", "samorzad", "badania"],
        "related": ["n-urzedy-pracy", "sam-uslugi-spoleczne"],
        "documents": [
            {
                "key": "r-urzedy-pracy-pl",
                "filename": "urzedy-pracy-ekonomia-spoleczna.pdf",
                "language": "pl",
                "title": "Ekonomia społeczna w publicznych służbach zatrudnienia – analiza",
                "sections": [
                    (
                        "Geneza projektu",
                        [
                            "Projekt „Profesjonalne służby zatrudnienia dla ekonomii społecznej i "
                            "trzeciego sektora” zainicjował jesienią 2006 roku Departament "
                            "Pożytku Publicznego Ministerstwa Pracy i Polityki Społecznej. "
                            "Realizowano go przy wsparciu Fundacji Inicjatyw "
                            "Społeczno-Ekonomicznych.",
                            "Spadek bezrobocia, wynikający ze wzrostu gospodarczego i emigracji "
                            "zarobkowej, uwidocznił grupę osób, którym standardowe instrumenty "
                            "urzędów pracy nie pomagały. Jednocześnie nowe przepisy o pożytku "
                            "publicznym, zatrudnieniu socjalnym i spółdzielniach socjalnych "
                            "otworzyły drogę inicjatywom, które potrzebowały partnerów w "
                            "administracji.",
                        ],
                    ),
                    (
                        "Narzędzia edukacyjne",
                        [
                            "Program szkoleniowy dla 450 pracowników powiatowych i wojewódzkich "
                            "urzędów pracy uzupełniono przewodnikiem po ekonomii społecznej i "
                            "trzecim sektorze. Aby zajęcia były bardziej angażujące, "
                            "przygotowano grę strategiczną z materiałami dodatkowymi.",
                            "Uczestników wspierały infolinia oraz interaktywny serwis internetowy "
                            "z aktualnościami, komentarzami i poradami. Najskuteczniejszym "
                            "narzędziem okazała się jednak platforma e-learningowa, na której "
                            "pracownicy urzędów z różnych regionów wymieniali się "
                            "doświadczeniami.",
                        ],
                    ),
                    (
                        "Co się sprawdziło",
                        [
                            "Konferencja otwierająca, spotkanie podsumowujące i warsztaty "
                            "porządkujące wiedzę o ekonomii społecznej pokazały wyraźne "
                            "zapotrzebowanie na projekty dotyczące trzeciego sektora. Pracownicy "
                            "urzędów chętniej współpracowali z organizacjami, gdy poznali je "
                            "osobiście w trakcie szkolenia.",
                            "Część rozmówców wskazywała, że kontakty nawiązane w projekcie "
                            "przetrwały jego zakończenie i przerodziły się we wspólne "
                            "przedsięwzięcia, na przykład staże w spółdzielniach socjalnych.",
                        ],
                    ),
                    (
                        "Rekomendacje na dziś",
                        [
                            "Publiczne służby zatrudnienia nadal potrzebują aktualnej wiedzy o "
                            "podmiotach ekonomii społecznej, jeśli mają być ich partnerami w "
                            "polityce rynku pracy. Rekomendujemy stały moduł o ekonomii "
                            "społecznej w programach doskonalenia zawodowego pracowników urzędów "
                            "pracy.",
                            "Warto też łączyć szkolenia z wizytami w centrach integracji "
                            "społecznej i spółdzielniach socjalnych, a platformę wymiany "
                            "doświadczeń utrzymywać także po zakończeniu projektu.",
                        ],
                    ),
                ],
            },
            {
                "key": "r-urzedy-pracy-en",
                "filename": "labour-offices-social-economy.pdf",
                "language": "en",
                "title": "The Social Economy in Public Employment Services: An Analysis",
                "sections": [
                    (
                        "Origins of the project",
                        [
                            "The project “Professional Employment Services for the Social Economy "
                            "and the Third Sector” was initiated in the autumn of 2006 by the "
                            "Department of Public Benefit at the Ministry of Labour and Social "
                            "Policy. It was carried out with the help of the Foundation for "
                            "Social and Economic Initiatives.",
                            "Falling unemployment, driven by economic growth and emigration for "
                            "work, exposed a group of people whom the standard tools of labour "
                            "offices did not help. At the same time, new laws on public benefit, "
                            "social employment and social cooperatives opened the way for "
                            "initiatives that needed partners in public administration.",
                        ],
                    ),
                    (
                        "Learning tools",
                        [
                            "The training programme for 450 staff of county and regional labour "
                            "offices came with a guide to the social economy and the third "
                            "sector. To make the sessions more engaging, a strategy game with "
                            "supplementary materials was developed.",
                            "Participants were supported by a helpline and an interactive website "
                            "with news, commentary and advice. The most effective tool, however, "
                            "was the e-learning platform, where labour office staff from "
                            "different regions exchanged experience.",
                        ],
                    ),
                    (
                        "What worked",
                        [
                            "The opening conference, the closing meeting and the workshops that "
                            "consolidated knowledge of the social economy all showed a clear need "
                            "for projects on the third sector. Labour office staff were more "
                            "willing to work with organisations once they had met them in person "
                            "during the training.",
                            "Some interviewees said that contacts made during the project "
                            "outlasted it and grew into joint initiatives, such as work placements "
                            "in social cooperatives.",
                        ],
                    ),
                    (
                        "Recommendations for today",
                        [
                            "Public employment services still need up-to-date knowledge of social "
                            "economy entities if they are to be their partners in labour market "
                            "policy. We recommend a permanent social economy module in "
                            "professional development programmes for labour office staff.",
                            "Training should also be combined with visits to social integration "
                            "centres and social cooperatives, and the platform for sharing "
                            "experience should be kept running after the project ends.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-samorzady-spoldzielnie",
        "slug": T(
            "spoldzielnie-socjalne-zakladane-przez-samorzady",
            "social-cooperatives-founded-by-local-governments",
        ),
        "title": T(
            "Spółdzielnie socjalne zakładane przez samorządy. Raport z badania",
            "Social cooperatives founded by local governments: research report",
        ),
        "zone": "samorzady",
        "publication_date": "2026-09-29",
        "authors": "Jan Wiśniewski, Beata Górecka",
        "report_type": "raport",
        "summary": T(
            "Raport wyjaśnia, dlaczego gminy i powiaty współzakładają spółdzielnie socjalne osób "
            "prawnych i z jakimi barierami się mierzą. Na podstawie wywiadów z przedstawicielami "
            "samorządów i zarządami spółdzielni socjalnych pokazujemy, jak łączyć zlecanie usług "
            "z trwałym zatrudnieniem osób z niepełnosprawnościami.",
            "The report explains why municipalities and counties co-found social cooperatives of "
            "legal persons and what barriers they face. Drawing on interviews with local "
            "government representatives and cooperative boards, it shows how commissioning "
            "services can go hand in hand with lasting jobs for people with disabilities.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Co badaliśmy</h2>"
                    "<p>Rozmawialiśmy z przedstawicielami samorządów, które założyły spółdzielnię "
                    "socjalną lub rozważają taki krok, oraz z osobami zarządzającymi "
                    "spółdzielniami. Pytaliśmy o motywacje, przygotowania i pierwsze lata "
                    "działalności.</p>"
                    "<h2>Główne wnioski</h2>"
                    "<ul>"
                    "<li>Najczęstszym motywem jest potrzeba zapewnienia mieszkańcom stałych usług "
                    "przy jednoczesnym tworzeniu miejsc pracy.</li>"
                    "<li>Największą barierą jest obawa przed zarzutem nierównego traktowania "
                    "wykonawców w zamówieniach.</li>"
                    "<li>Najlepiej radziły sobie spółdzielnie, które od początku szukały klientów "
                    "poza samorządem.</li>"
                    "</ul>",
                    "<h2>What we studied</h2>"
                    "<p>We spoke with representatives of local governments that have founded a "
                    "social cooperative or are considering it, and with people who manage "
                    "cooperatives. We asked about their motives, their preparations and their "
                    "first years in business.</p>"
                    "<h2>Main findings</h2>"
                    "<ul>"
                    "<li>The most common motive is the need to provide residents with reliable "
                    "services while creating jobs.</li>"
                    "<li>The biggest barrier is the fear of being accused of treating contractors "
                    "unequally in procurement.</li>"
                    "<li>Cooperatives that looked for customers beyond the local government from "
                    "the start fared best.</li>"
                    "</ul>",
                ),
            ),
        ],
        "tags": ["spoldzielnie-socjalne", "samorzad", "badania"],
        "related": ["sam-spoldzielnia-krok-po-kroku", "n-sam-panel"],
        "documents": [
            {
                "key": "r-samorzady-spoldzielnie-pl",  # pdf-only: żywopłotów
                "filename": "spoldzielnie-socjalne-samorzady.pdf",
                "language": "pl",
                "title": "Spółdzielnie socjalne zakładane przez samorządy – raport z badania",
                "sections": [
                    (
                        "Wprowadzenie",
                        [
                            "Spółdzielnia socjalna osób prawnych pozwala samorządowi i organizacji "
                            "pozarządowej wspólnie stworzyć przedsiębiorstwo, które zatrudnia "
                            "osoby zagrożone wykluczeniem i świadczy usługi dla mieszkańców. "
                            "Badanie miało ustalić, co skłania samorządy do takiej decyzji i jakie "
                            "warunki sprzyjają powodzeniu.",
                            "Przeprowadziliśmy wywiady z przedstawicielami gmin i powiatów z "
                            "kilku województw, w tym wielkopolskiego i łódzkiego, a także z "
                            "członkami zarządów spółdzielni socjalnych.",
                        ],
                    ),
                    (
                        "Motywacje samorządów",
                        [
                            "Rozmówcy najczęściej wskazywali na potrzebę zapewnienia usług, "
                            "których lokalny rynek nie oferował, na przykład utrzymania terenów "
                            "zielonych, przewozu osób z niepełnosprawnościami czy prowadzenia "
                            "stołówki. Ważnym motywem była też chęć stworzenia miejsc pracy dla "
                            "absolwentów warsztatów terapii zajęciowej.",
                            "Część samorządów traktowała spółdzielnię jako element strategii "
                            "rozwiązywania problemów społecznych, inne podjęły decyzję pod "
                            "wpływem dobrych przykładów z sąsiednich gmin.",
                        ],
                    ),
                    (
                        "Studium przypadku",
                        [
                            "W jednym z powiatów województwa łódzkiego samorząd wspólnie ze "
                            "stowarzyszeniem prowadzącym warsztat terapii zajęciowej założył "
                            "spółdzielnię, która zajmuje się koszeniem trawników, przycinaniem "
                            "żywopłotów i drobnymi remontami. Pierwsze zlecenia pochodziły od "
                            "powiatu, ale już w drugim roku działalności ponad połowę przychodów "
                            "zapewniali klienci prywatni.",
                            "Członkowie zarządu spółdzielni podkreślali znaczenie doradztwa "
                            "ośrodka wsparcia ekonomii społecznej z Łodzi, zwłaszcza przy "
                            "przygotowaniu biznesplanu i pierwszych ofert.",
                        ],
                    ),
                    (
                        "Bariery i ryzyka",
                        [
                            "Najczęściej wymienianą barierą była niepewność, czy zlecanie zadań "
                            "własnej spółdzielni nie naruszy zasad uczciwej konkurencji. "
                            "Rozmówcy wskazywali też na trudność w znalezieniu osoby, która "
                            "potrafi jednocześnie zarządzać firmą i wspierać pracowników z "
                            "niepełnosprawnościami.",
                            "Ryzykiem jest uzależnienie spółdzielni od jednego zleceniodawcy. "
                            "Gdy zmieniają się władze gminy lub budżet na usługi, spółdzielnia "
                            "bez innych klientów szybko traci płynność.",
                        ],
                    ),
                    (
                        "Rekomendacje",
                        [
                            "Samorządom rekomendujemy planowanie współpracy na kilka lat, "
                            "korzystanie z zamówień zastrzeżonych i klauzul społecznych zgodnie z "
                            "przepisami oraz wspieranie spółdzielni w zdobywaniu klientów "
                            "komercyjnych. Warto też od początku określić źródła finansowania na "
                            "okres rozruchu, na przykład dotacje na tworzenie miejsc pracy i "
                            "wsparcie pomostowe.",
                            "Dobrą praktyką jest powołanie rady programowej, w której zasiadają "
                            "przedstawiciele samorządu, organizacji pozarządowej i pracowników "
                            "spółdzielni.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-tmw-program",
        "slug": T(
            "program-szkoleniowy-testowego-modelu-wspolpracy",
            "test-cooperation-model-training-programme",
        ),
        "title": T(
            "Wytyczne do modułowego programu szkoleniowego Testowego Modelu Współpracy",
            "Guidelines for the modular training programme of the Test Cooperation Model",
        ),
        "zone": "samorzady",
        "publication_date": "2026-05-26",
        "authors": "Dorota Pawlak, Grzegorz Sikora",
        "report_type": "wytyczne",
        "summary": T(
            "Wytyczne opisują program, który ma przygotować 60 ekspertów do animowania "
            "współpracy instytucji zatrudnienia socjalnego z samorządami w 30 lokalizacjach. "
            "Dziewięć modułów łączy wiedzę o usługach społecznych z praktyką diagnozy lokalnej, "
            "kontraktowania usług i ewaluacji.",
            "The guidelines describe a programme to prepare 60 experts to facilitate cooperation "
            "between social employment institutions and local governments in 30 locations. Its "
            "nine modules combine knowledge of social services with hands-on local needs "
            "assessment, service contracting and evaluation.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Założenia programu</h2>"
                    "<p>Szkolenie prowadzone jest w sześciu dziesięcioosobowych grupach, w formie "
                    "warsztatów z elementami wykładu. Materiały mają służyć także po zakończeniu "
                    "testów, dlatego treści dotyczące samego testowania wydzielono w osobnych "
                    "modułach.</p>"
                    "<p>Ostateczny zakres modułów wykonawca uzgadnia z zamawiającym na początku "
                    "prac. Tematy można przesuwać, rozszerzać lub ograniczać, jeśli przemawiają "
                    "za tym względy metodyczne.</p>",
                    "<h2>Programme principles</h2>"
                    "<p>The training is delivered in six groups of ten, as workshops with some "
                    "lectures. The materials are meant to stay useful after the pilot, so content "
                    "about the testing itself is kept in separate modules.</p>"
                    "<p>The contractor agrees the final scope of the modules with the "
                    "commissioning body at the start of the work. Topics can be moved, expanded "
                    "or narrowed when there are good methodological reasons.</p>",
                ),
            ),
        ],
        "tags": ["szkolenia", "uslugi-spoleczne", "samorzad"],
        "related": ["n-program-tmw", "sam-uslugi-spoleczne", "o-projekcie"],
        "documents": [
            {
                "key": "r-tmw-program-pl",
                "filename": "program-szkoleniowy-tmw.pdf",
                "language": "pl",
                "title": "Modułowy program szkoleniowy Testowego Modelu Współpracy – wytyczne",
                "sections": [
                    (
                        "Kontekst",
                        [
                            "Testowy Model Współpracy to zestaw narzędzi i procedur, dzięki "
                            "którym centra i kluby integracji społecznej mogą współpracować z "
                            "samorządami, organizacjami pozarządowymi i innymi lokalnymi "
                            "partnerami. Celem jest spójna ścieżka reintegracji oraz podaż usług "
                            "społecznych wpisana w politykę rozwoju danej gminy lub powiatu.",
                            "Model obejmuje trzy sfery: zaspokajanie potrzeb kadrowych podmiotów "
                            "świadczących usługi społeczne, przygotowanie osób do tworzenia "
                            "podmiotów ekonomii społecznej specjalizujących się w takich usługach "
                            "oraz wykonywanie zleceń w określonych usługach społecznych.",
                        ],
                    ),
                    (
                        "Uczestnicy i organizacja szkolenia",
                        [
                            "Program przygotuje 60 ekspertów z lokalnych środowisk, w których "
                            "testowany będzie model. W każdej z 30 lokalizacji wdrożenie "
                            "poprowadzą dwie osoby zatrudnione na umowę o pracę, wywodzące się z "
                            "organizacji pozarządowych, samorządów lub podmiotów zatrudnienia "
                            "socjalnego.",
                            "Zajęcia odbywają się w sześciu grupach po dziesięć osób. Przeważa "
                            "forma warsztatowa, a podręczniki i pomoce szkoleniowe umożliwiają "
                            "samodzielne pogłębianie wiedzy.",
                        ],
                    ),
                    (
                        "Moduły ogólne",
                        [
                            "Pierwsze trzy moduły porządkują pojęcia związane z zatrudnieniem "
                            "socjalnym i rynkiem usług społecznych, przedstawiają metody "
                            "reintegracji stosowane w Polsce i w innych krajach Europy oraz uczą "
                            "planowania działań w społeczności lokalnej, od diagnozy po budowanie "
                            "partnerstw ponadgminnych.",
                            "Szczególny nacisk położono na zasadę partycypacji: odbiorcy usług i "
                            "uczestnicy reintegracji powinni współdecydować o kształcie działań, "
                            "a nie być jedynie ich adresatami.",
                        ],
                    ),
                    (
                        "Moduły proceduralne i rozwojowe",
                        [
                            "Moduły od czwartego do szóstego omawiają procedury trzech sfer "
                            "modelu: organizację pracy instytucji zatrudnienia socjalnego, formy "
                            "prawne podmiotów ekonomii społecznej oraz narzędzia kontraktowania "
                            "usług, w tym preferencje w zamówieniach publicznych.",
                            "Ostatnie trzy moduły przygotowują do wprowadzania zmian w modelu, do "
                            "ewaluacji i formułowania rekomendacji, a także do rozszerzania "
                            "rezultatów na kolejne obszary usług społecznych i budowania koalicji "
                            "na rzecz zmian w polityce lokalnej.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-wtz-diagnoza",
        "slug": T("diagnoza-uczestnikow-wtz", "workshop-participants-assessment"),
        "title": T(
            "Uczestnicy WTZ na drodze do pracy. Wyniki ośmiomiesięcznej diagnozy",
            "Workshop participants on the road to work: findings of an eight-month assessment",
        ),
        "zone": "wtz",
        "publication_date": "2026-03-30",
        "authors": "Anna Kowalczyk, Paweł Jabłoński",
        "report_type": "raport",
        "summary": T(
            "Przez osiem miesięcy zespół badawczy rozmawiał z kadrą warsztatów terapii "
            "zajęciowej, uczestnikami i ich rodzinami oraz pracownikami powiatowych centrów "
            "pomocy rodzinie. Wyniki pokazują, że wielu uczestników jest gotowych do pracy, a "
            "brak wyjścia z warsztatów wydłuża listy osób oczekujących na miejsce.",
            "Over eight months, the research team spoke with sheltered workshop staff, "
            "participants and their families, and staff of county family support centres. The "
            "findings show that many participants are ready to work, and that the lack of a way "
            "out of the workshops lengthens the waiting lists for places.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Najważniejsze ustalenia</h2>"
                    "<ul>"
                    "<li>W każdej placówce kadra wskazuje osoby, które przy odpowiednim wsparciu "
                    "mogłyby podjąć pracę.</li>"
                    "<li>Rodziny obawiają się utraty świadczeń i braku opieki po wyjściu z "
                    "warsztatu.</li>"
                    "<li>Na otwartym rynku pracy brakuje stanowisk dostosowanych do osób z "
                    "niepełnosprawnością intelektualną.</li>"
                    "</ul>"
                    "<h2>Co dalej</h2>"
                    "<p>Wyniki diagnozy posłużyły do opracowania modelu spółdzielni socjalnej "
                    "zatrudniającej uczestników WTZ i strategii jego wdrażania.</p>",
                    "<h2>Key findings</h2>"
                    "<ul>"
                    "<li>In every workshop, staff can point to people who could take up work "
                    "with the right support.</li>"
                    "<li>Families worry about losing benefits and care once a person leaves the "
                    "workshop.</li>"
                    "<li>The open labour market lacks jobs suited to people with intellectual "
                    "disabilities.</li>"
                    "</ul>"
                    "<h2>Next steps</h2>"
                    "<p>The findings were used to develop the model social cooperative employing "
                    "workshop participants and the strategy for putting it into practice.</p>",
                ),
            ),
        ],
        "tags": ["wtz", "badania"],
        "related": ["r-wtz-model-spoldzielni", "wtz-model-wspolpracy"],
        "documents": [
            {
                "key": "r-wtz-diagnoza-pl",
                "filename": "diagnoza-uczestnicy-wtz.pdf",
                "language": "pl",
                "title": "Uczestnicy WTZ na drodze do pracy – raport z diagnozy",
                "sections": [
                    (
                        "Cel i przebieg badania",
                        [
                            "Diagnoza była pierwszym etapem projektu „Innowacyjny model "
                            "aktywizacji zawodowej uczestników WTZ”, realizowanego we współpracy "
                            "z Wielkopolskim Ośrodkiem Ekonomii Społecznej. Trwała osiem miesięcy "
                            "i objęła badania w czterech strefach: samorządów, warsztatów terapii "
                            "zajęciowej, biznesu oraz współpracy międzynarodowej.",
                            "W strefie WTZ przeprowadziliśmy wywiady z kierownikami i "
                            "instruktorami warsztatów, rozmowy z uczestnikami i ich opiekunami "
                            "oraz ankietę wśród pracowników powiatowych centrów pomocy rodzinie.",
                        ],
                    ),
                    (
                        "Gotowość do pracy",
                        [
                            "W niemal każdym warsztacie kadra wskazywała osoby, które opanowały "
                            "umiejętności potrzebne w pracy i same chcą pracować. Brakuje "
                            "jednak miejsca, w którym mogłyby zacząć pracę w bezpiecznych "
                            "warunkach i przy stałym wsparciu.",
                            "Uczestnicy najczęściej wymieniali prace związane z gastronomią, "
                            "ogrodnictwem, sprzątaniem i rękodziełem. Wielu z nich podkreślało, "
                            "że praca daje poczucie przydatności i własne pieniądze.",
                        ],
                    ),
                    (
                        "Bariery",
                        [
                            "Osoby z niepełnosprawnością intelektualną napotykają na otwartym "
                            "rynku pracy bariery związane ze stereotypami, brakiem elastycznych "
                            "form zatrudnienia i trudnościami z dojazdem. Miejsc w zakładach "
                            "aktywności zawodowej i zakładach pracy chronionej jest za mało.",
                            "Rodziny obawiają się, że podjęcie pracy oznacza utratę świadczeń i "
                            "wsparcia, które zapewnia warsztat. Te obawy trzeba rozwiać rzetelną "
                            "informacją, zanim uczestnik podejmie decyzję.",
                        ],
                    ),
                    (
                        "Wnioski dla modelu",
                        [
                            "Spółdzielnia socjalna założona przy warsztacie może stać się "
                            "pomostem między rehabilitacją a otwartym rynkiem pracy. Warunkiem "
                            "powodzenia jest ścisła współpraca obu instytucji, jasne zasady "
                            "przechodzenia uczestników do zatrudnienia oraz wsparcie trenera "
                            "pracy w pierwszych miesiącach.",
                            "Przejście części uczestników do pracy pozwoli warsztatom przyjąć "
                            "osoby, które latami czekają na liście rezerwowej.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-wtz-model-spoldzielni",
        "slug": T("model-spoldzielni-socjalnej-wtz", "social-cooperative-model-for-workshops"),
        "title": T(
            "Model spółdzielni socjalnej zatrudniającej uczestników WTZ",
            "A model social cooperative employing sheltered workshop participants",
        ),
        "zone": "wtz",
        "publication_date": "2026-06-16",
        "authors": "Anna Kowalczyk, Tomasz Wrona",
        "report_type": "wytyczne",
        "summary": T(
            "Dokument opisuje model, w którym warsztat terapii zajęciowej i założona przy nim "
            "spółdzielnia socjalna współpracują, aby uczestnicy gotowi do pracy mogli podjąć "
            "zatrudnienie, a zwolnione miejsca w warsztacie trafiały do kolejnych osób. Omawia "
            "role partnerów, ścieżkę uczestnika i zasady finansowania.",
            "This document sets out a model in which a sheltered workshop and a social "
            "cooperative set up alongside it work together, so that participants who are ready "
            "to work can take up jobs and the places they free up go to others. It covers the "
            "partners' roles, the participant's path and how the model is financed.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Istota modelu</h2>"
                    "<p>Model łączy dwie instytucje o różnych zadaniach. Warsztat prowadzi "
                    "rehabilitację społeczną i zawodową, a spółdzielnia socjalna działa jak "
                    "przedsiębiorstwo i oferuje zatrudnienie na podstawie umowy.</p>"
                    "<h2>Dla kogo</h2>"
                    "<p>Model jest przeznaczony dla warsztatów, samorządów i organizacji "
                    "pozarządowych, które chcą stworzyć miejsca pracy dla osób z "
                    "niepełnosprawnością intelektualną. Strategię jego wdrażania Krajowa Sieć "
                    "Tematyczna „Zatrudnienie i integracja społeczna” przyjęła bez dodatkowych "
                    "warunków.</p>",
                    "<h2>The essence of the model</h2>"
                    "<p>The model brings together two institutions with different tasks. The "
                    "workshop provides social and vocational rehabilitation, while the social "
                    "cooperative operates as a business and offers contracted employment.</p>"
                    "<h2>Who it is for</h2>"
                    "<p>The model is intended for workshops, local governments and NGOs that want "
                    "to create jobs for people with intellectual disabilities. Its implementation "
                    "strategy was accepted without additional conditions by the National Thematic "
                    "Network for Employment and Social Integration.</p>",
                ),
            ),
        ],
        "tags": ["wtz", "spoldzielnie-socjalne", "zatrudnienie-wspomagane"],
        "related": ["wtz-model-wspolpracy", "r-wtz-diagnoza", "r-wtz-ekspertyza-prawna"],
        "documents": [
            {
                "key": "r-wtz-model-spoldzielni-pl",
                "filename": "model-spoldzielni-socjalnej-wtz.pdf",
                "language": "pl",
                "title": "Model spółdzielni socjalnej zatrudniającej uczestników WTZ",
                "sections": [
                    (
                        "Cel modelu",
                        [
                            "Celem modelu jest usprawnienie aktywizacji zawodowej uczestników "
                            "warsztatów terapii zajęciowej przez utworzenie spółdzielni "
                            "socjalnej, która zatrudnia osoby gotowe do pracy. Rozwiązanie "
                            "odpowiada jednocześnie na dwa problemy: brak miejsc pracy dla "
                            "absolwentów warsztatów i długie kolejki osób oczekujących na "
                            "przyjęcie.",
                            "Model opracowano na podstawie ośmiomiesięcznej diagnozy, a strategię "
                            "jego wdrażania obroniono przed Krajową Siecią Tematyczną "
                            "„Zatrudnienie i integracja społeczna”.",
                        ],
                    ),
                    (
                        "Role partnerów",
                        [
                            "Warsztat terapii zajęciowej ocenia gotowość uczestników do pracy, "
                            "przygotowuje ich do zatrudnienia i utrzymuje z nimi kontakt po "
                            "przejściu do spółdzielni. Spółdzielnia socjalna prowadzi działalność "
                            "gospodarczą, zatrudnia pracowników i dba o jakość usług.",
                            "Samorząd lub organizacja pozarządowa prowadząca warsztat zwykle "
                            "współzakłada spółdzielnię jako osoba prawna. Ośrodek wsparcia "
                            "ekonomii społecznej doradza przy zakładaniu spółdzielni i w "
                            "pierwszych latach jej działalności.",
                        ],
                    ),
                    (
                        "Ścieżka uczestnika",
                        [
                            "Ścieżka zaczyna się od wspólnej oceny gotowości do pracy, w której "
                            "biorą udział kadra warsztatu, sam uczestnik i jego rodzina. Następnie "
                            "uczestnik podejmuje próbę pracy w spółdzielni, nadal korzystając z "
                            "zajęć w warsztacie.",
                            "Po udanej próbie uczestnik zostaje zatrudniony, a w pierwszych "
                            "miesiącach wspiera go trener pracy. Zwolnione miejsce w warsztacie "
                            "zajmuje osoba z listy oczekujących.",
                        ],
                    ),
                    (
                        "Finansowanie",
                        [
                            "Podstawą utrzymania spółdzielni są przychody ze sprzedaży usług i "
                            "produktów. Uzupełniają je dofinansowanie wynagrodzeń osób z "
                            "niepełnosprawnościami, dotacje na utworzenie miejsc pracy udzielane "
                            "przez ośrodki wsparcia ekonomii społecznej oraz zlecenia od "
                            "samorządów.",
                            "Model zakłada, że spółdzielnia już od pierwszego roku szuka klientów "
                            "także poza sektorem publicznym, aby nie uzależniać się od jednego "
                            "źródła finansowania.",
                        ],
                    ),
                ],
            },
            {
                "key": "r-wtz-model-spoldzielni-en",
                "filename": "wtz-social-cooperative-model.pdf",
                "language": "en",
                "title": "A Model Social Cooperative Employing Sheltered Workshop Participants",
                "sections": [
                    (
                        "Purpose of the model",
                        [
                            "The model aims to improve the vocational activation of sheltered "
                            "workshop participants by setting up a social cooperative that "
                            "employs those who are ready to work. It addresses two problems at "
                            "once: the lack of jobs for people leaving workshops and the long "
                            "queues of people waiting to be admitted.",
                            "The model was developed on the basis of an eight-month assessment, "
                            "and its implementation strategy was defended before the National "
                            "Thematic Network for Employment and Social Integration.",
                        ],
                    ),
                    (
                        "The partners' roles",
                        [
                            "The sheltered workshop assesses whether participants are ready to "
                            "work, prepares them for employment and stays in touch with them "
                            "after they move to the cooperative. The social cooperative runs the "
                            "business, employs the staff and looks after the quality of its "
                            "services.",
                            "The local government or NGO that runs the workshop usually "
                            "co-founds the cooperative as a legal person. A social economy "
                            "support centre advises on setting up the cooperative and during its "
                            "first years.",
                        ],
                    ),
                    (
                        "The participant's path",
                        [
                            "The path begins with a joint assessment of readiness for work "
                            "involving workshop staff, the participant and their family. The "
                            "participant then does a work trial at the cooperative while still "
                            "attending the workshop.",
                            "After a successful trial, the participant is hired, with a job coach "
                            "providing support during the first months. The workshop place is "
                            "then offered to someone on the waiting list.",
                        ],
                    ),
                    (
                        "Financing",
                        [
                            "The cooperative lives mainly on income from selling services and "
                            "products. This is supplemented by wage subsidies for employees with "
                            "disabilities, job creation grants from social economy support "
                            "centres and contracts from local governments.",
                            "The model expects the cooperative to look for customers outside the "
                            "public sector from its first year, so that it does not depend on a "
                            "single source of income.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-wtz-ekspertyza-prawna",
        "slug": T("ekspertyza-prawna-wtz-i-spoldzielnia", "legal-opinion-workshop-and-cooperative"),
        "title": T(
            "Prawne i finansowe aspekty współpracy WTZ ze spółdzielnią socjalną",
            "Legal and financial aspects of cooperation between a sheltered workshop and a social "
            "cooperative",
        ),
        "zone": "wtz",
        "publication_date": "2026-10-01",
        "authors": "Łukasz Nowicki",
        "report_type": "ekspertyza",
        "summary": T(
            "Ekspertyza odpowiada na pytania zadawane najczęściej podczas spotkań "
            "informacyjnych: kto może założyć spółdzielnię socjalną, jak uczestnik WTZ przechodzi "
            "do zatrudnienia i z jakich źródeł można finansować nową spółdzielnię.",
            "This expert opinion answers the questions most often asked at information meetings: "
            "who can found a social cooperative, how a workshop participant moves into "
            "employment and what funding is available to a new cooperative.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Najważniejsze pytania</h2>"
                    "<ol>"
                    "<li>Kto może założyć spółdzielnię socjalną?</li>"
                    "<li>Jak przejście do pracy wpływa na sytuację uczestnika warsztatu?</li>"
                    "<li>Jakie wsparcie finansowe może otrzymać nowa spółdzielnia?</li>"
                    "</ol>"
                    "<p>Ekspertyza ma charakter informacyjny i nie zastępuje indywidualnej porady "
                    "prawnej. Przepisy należy każdorazowo sprawdzać w aktualnym brzmieniu.</p>",
                    "<h2>Key questions</h2>"
                    "<ol>"
                    "<li>Who can found a social cooperative?</li>"
                    "<li>How does moving into work affect a workshop participant's "
                    "situation?</li>"
                    "<li>What financial support can a new cooperative receive?</li>"
                    "</ol>"
                    "<p>This opinion is for information only and does not replace individual "
                    "legal advice. Always check the current wording of the law.</p>",
                ),
            ),
        ],
        "tags": ["wtz", "spoldzielnie-socjalne"],
        "related": ["r-wtz-model-spoldzielni", "n-wtz-spotkania"],
        "documents": [
            {
                "key": "r-wtz-ekspertyza-prawna-pl",
                "filename": "ekspertyza-prawna-wtz-spoldzielnia.pdf",
                "language": "pl",
                "title": (
                    "Prawne i finansowe aspekty współpracy WTZ ze spółdzielnią socjalną – "
                    "ekspertyza"
                ),
                "sections": [
                    (
                        "Założyciele spółdzielni socjalnej",
                        [
                            "Zgodnie z ustawą o spółdzielniach socjalnych spółdzielnię mogą "
                            "założyć osoby fizyczne albo co najmniej dwie osoby prawne, takie jak "
                            "organizacje pozarządowe i jednostki samorządu terytorialnego. Przy "
                            "warsztatach terapii zajęciowej częściej wybierana jest druga droga: "
                            "spółdzielnię zakłada organizacja prowadząca warsztat wraz z gminą "
                            "lub powiatem.",
                            "Spółdzielnia socjalna ma obowiązek zatrudniać osoby z grup "
                            "wskazanych w ustawie, w tym osoby z niepełnosprawnościami. Jej "
                            "statut powinien jasno określać zasady współpracy z warsztatem.",
                        ],
                    ),
                    (
                        "Sytuacja uczestnika",
                        [
                            "Podjęcie zatrudnienia w spółdzielni zwykle oznacza zakończenie "
                            "udziału w warsztacie, dlatego przejście trzeba zaplanować. Okres "
                            "próbny, w którym uczestnik poznaje nowe obowiązki, warto tak "
                            "uzgodnić, by nie tracił on wsparcia, zanim zyska stabilną pracę.",
                            "Przed podjęciem pracy uczestnik i jego rodzina powinni otrzymać "
                            "rzetelną informację o wpływie zatrudnienia na pobierane świadczenia. "
                            "Taka rozmowa rozwiewa wiele obaw zgłaszanych w trakcie diagnozy.",
                        ],
                    ),
                    (
                        "Źródła finansowania",
                        [
                            "Nowa spółdzielnia może korzystać z dotacji na utworzenie miejsc "
                            "pracy oraz ze wsparcia pomostowego oferowanego przez ośrodki "
                            "wsparcia ekonomii społecznej. Zatrudniając osoby z "
                            "niepełnosprawnościami, może ubiegać się o dofinansowanie ich "
                            "wynagrodzeń ze środków Państwowego Funduszu Rehabilitacji Osób "
                            "Niepełnosprawnych.",
                            "Samorząd może zlecać spółdzielni zadania publiczne w trybie ustawy o "
                            "działalności pożytku publicznego i o wolontariacie albo udzielać "
                            "zamówień z klauzulami społecznymi. Każda z tych ścieżek ma własne "
                            "wymogi, które trzeba spełnić, aby uniknąć zarzutu nierównego "
                            "traktowania.",
                        ],
                    ),
                    (
                        "Rekomendacje",
                        [
                            "Rekomendujemy, aby umowa o współpracy między warsztatem a "
                            "spółdzielnią opisywała zasady kierowania uczestników na próbę pracy, "
                            "wymiany informacji i wspólnej oceny postępów. Warto też przewidzieć, "
                            "co się stanie, jeśli zatrudnienie okaże się zbyt dużym obciążeniem, "
                            "łącznie z możliwością ponownego ubiegania się o miejsce w warsztacie.",
                            "Przed założeniem spółdzielni należy sporządzić biznesplan oparty na "
                            "realnym popycie w okolicy i skonsultować go z doradcą ośrodka "
                            "wsparcia ekonomii społecznej.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-biznes-pracodawcy",
        "slug": T("pracodawcy-i-zatrudnienie-wspomagane", "employers-and-supported-employment"),
        "title": T(
            "Pracodawcy i zatrudnienie wspomagane. Doświadczenia firm współpracujących z "
            "trenerami pracy",
            "Employers and supported employment: the experience of companies working with job "
            "coaches",
        ),
        "zone": "biznes",
        "publication_date": "2026-03-17",
        "authors": "Karolina Mazur, Robert Szymański",
        "report_type": "raport",
        "summary": T(
            "Spośród 231 pracodawców, do których dotarli trenerzy pracy, 57 zatrudniło osobę z "
            "niepełnosprawnością lub przyjęło ją na staż. Raport analizuje, co przekonało te "
            "firmy, jakie obawy zgłaszały pozostałe i jak trener pracy może na nie odpowiadać.",
            "Of the 231 employers approached by job coaches, 57 hired a person with a disability "
            "or offered them an internship. The report looks at what convinced these companies, "
            "what concerns the others raised and how a job coach can respond to them.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Metoda</h2>"
                    "<p>Raport opiera się na dokumentacji kontaktów trenerów z pracodawcami w "
                    "fazie testowania oraz na wywiadach z przedstawicielami firm, które "
                    "zatrudniły uczestników albo zrezygnowały ze współpracy.</p>"
                    "<h2>Wnioski dla pracodawców</h2>"
                    "<ul>"
                    "<li>Współpraca z trenerem skraca wdrożenie nowego pracownika.</li>"
                    "<li>Elastyczny wymiar czasu pracy zwiększa szanse na trwałe "
                    "zatrudnienie.</li>"
                    "<li>Otwarta rozmowa z zespołem przed pierwszym dniem pracy zapobiega "
                    "nieporozumieniom.</li>"
                    "</ul>",
                    "<h2>Method</h2>"
                    "<p>The report draws on the coaches' records of their contacts with employers "
                    "during the testing phase and on interviews with representatives of companies "
                    "that either hired participants or decided not to go ahead.</p>"
                    "<h2>Lessons for employers</h2>"
                    "<ul>"
                    "<li>Working with a coach shortens the time a new employee needs to settle "
                    "in.</li>"
                    "<li>Flexible working hours improve the chances of lasting employment.</li>"
                    "<li>An open conversation with the team before the first day prevents "
                    "misunderstandings.</li>"
                    "</ul>",
                ),
            ),
        ],
        "tags": ["pracodawcy", "zatrudnienie-wspomagane", "badania"],
        "related": ["biz-zatrudnij-z-trenerem", "n-biz-pracodawcy"],
        "documents": [
            {
                "key": "r-biznes-pracodawcy-pl",
                "filename": "pracodawcy-zatrudnienie-wspomagane.pdf",
                "language": "pl",
                "title": "Pracodawcy i zatrudnienie wspomagane – raport",
                "sections": [
                    (
                        "Kim byli pracodawcy",
                        [
                            "Trenerzy pracy nawiązali kontakt z 231 pracodawcami w pięciu "
                            "województwach. Byli wśród nich właściciele małych sklepów i "
                            "zakładów usługowych, sieci handlowe, firmy logistyczne, hotele oraz "
                            "instytucje publiczne.",
                            "Pięćdziesięciu siedmiu pracodawców zdecydowało się zatrudnić osobę z "
                            "niepełnosprawnością lub przyjąć ją na staż. Najczęściej były to "
                            "firmy, w których ktoś z kierownictwa miał wcześniej kontakt z "
                            "osobami z niepełnosprawnościami.",
                        ],
                    ),
                    (
                        "Co przekonało firmy",
                        [
                            "Pracodawcy najczęściej wskazywali na obecność trenera w pierwszych "
                            "tygodniach pracy oraz na to, że kandydat był dobrze przygotowany do "
                            "konkretnych zadań. Ważna była też jedna osoba kontaktowa, do której "
                            "można zadzwonić, gdy pojawi się problem.",
                            "Dla części firm argumentem była możliwość elastycznego ustalenia "
                            "wymiaru czasu pracy i formy umowy, od umowy o pracę po umowę "
                            "cywilnoprawną.",
                        ],
                    ),
                    (
                        "Obawy i odpowiedzi",
                        [
                            "Firmy, które zrezygnowały ze współpracy, obawiały się formalności, "
                            "kontroli i reakcji zespołu. Część rozmówców nie wiedziała, że trener "
                            "pomaga także w sprawach administracyjnych.",
                            "Trenerzy, którzy przed rozmową dokładnie poznali specyfikę firmy i "
                            "przyszli z konkretną propozycją stanowiska, znacznie częściej "
                            "kończyli rozmowę sukcesem.",
                        ],
                    ),
                    (
                        "Rekomendacje",
                        [
                            "Organizacjom świadczącym usługi trenera pracy rekomendujemy "
                            "przygotowanie krótkich materiałów dla pracodawców, pokazywanie "
                            "przykładów z tej samej branży oraz pozostawanie w kontakcie z firmą "
                            "także wtedy, gdy w danej chwili nie ma wolnego stanowiska.",
                            "Pracodawcom rekomendujemy wyznaczenie w zespole osoby, która będzie "
                            "naturalnym wsparciem dla nowego pracownika, gdy trener zacznie się "
                            "wycofywać.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-biznes-zakupy",
        "slug": T("spoldzielnie-socjalne-jako-dostawcy", "social-cooperatives-as-suppliers"),
        "title": T(
            "Spółdzielnie socjalne jako dostawcy dla firm",
            "Social cooperatives as suppliers to business",
        ),
        "zone": "biznes",
        "publication_date": "2026-10-06",
        "authors": "Magdalena Wójcik, Adam Krawczyk",
        "report_type": "ekspertyza",
        "summary": T(
            "Ekspertyza pokazuje, jakie produkty i usługi oferują spółdzielnie socjalne "
            "zatrudniające osoby z niepełnosprawnościami i jak firmy mogą włączać je do swoich "
            "łańcuchów dostaw. Zawiera praktyczne wskazówki dotyczące umów i raportowania "
            "społecznej odpowiedzialności.",
            "This expert opinion shows what products and services social cooperatives employing "
            "people with disabilities offer, and how companies can bring them into their supply "
            "chains. It includes practical advice on contracts and on reporting social "
            "responsibility.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Dlaczego warto</h2>"
                    "<p>Zakupy w spółdzielniach socjalnych to dla firmy sposób na realny wpływ "
                    "społeczny bez tworzenia własnego programu. Każde zlecenie przekłada się na "
                    "pracę dla osób, które na otwartym rynku mają najmniejsze szanse.</p>"
                    "<h2>Na co zwrócić uwagę</h2>"
                    "<ul>"
                    "<li>Zacznij od małego zlecenia i jasno opisz oczekiwania.</li>"
                    "<li>Przewidź w harmonogramie więcej czasu na pierwszą realizację.</li>"
                    "<li>Płać terminowo – dla małej spółdzielni płynność finansowa jest "
                    "kluczowa.</li>"
                    "</ul>",
                    "<h2>Why it is worth it</h2>"
                    "<p>Buying from social cooperatives gives a company real social impact "
                    "without running its own programme. Every order means work for people who "
                    "have the slimmest chances on the open labour market.</p>"
                    "<h2>What to keep in mind</h2>"
                    "<ul>"
                    "<li>Start with a small order and describe your expectations clearly.</li>"
                    "<li>Allow extra time in your schedule for the first delivery.</li>"
                    "<li>Pay on time – for a small cooperative, cash flow is crucial.</li>"
                    "</ul>",
                ),
            ),
        ],
        "tags": ["spoldzielnie-socjalne", "pracodawcy"],
        "related": ["biz-zakupy-spoleczne", "n-raporty-strefy"],
        "documents": [
            {
                "key": "r-biznes-zakupy-pl",
                "filename": "spoldzielnie-socjalne-dostawcy.pdf",
                "language": "pl",
                "title": "Spółdzielnie socjalne jako dostawcy dla firm – ekspertyza",
                "sections": [
                    (
                        "Oferta spółdzielni socjalnych",
                        [
                            "Spółdzielnie socjalne zatrudniające osoby z niepełnosprawnościami "
                            "działają najczęściej w branżach usługowych: w gastronomii i "
                            "cateringu, sprzątaniu, pielęgnacji zieleni, pracach remontowych oraz "
                            "usługach pralniczych. Coraz więcej z nich prowadzi też drobną "
                            "produkcję, na przykład szyje torby, wyrabia świece lub przygotowuje "
                            "upominki firmowe.",
                            "W dużych miastach, takich jak Poznań, Łódź czy Wrocław, wybór "
                            "dostawców jest szeroki. W mniejszych miejscowościach warto zapytać o "
                            "ofertę ośrodek wsparcia ekonomii społecznej.",
                        ],
                    ),
                    (
                        "Jak włączyć spółdzielnię do łańcucha dostaw",
                        [
                            "Najłatwiej zacząć od usług, które firma kupuje regularnie i które "
                            "nie są kluczowe dla jej działalności, na przykład od cateringu na "
                            "spotkania czy upominków świątecznych. Krótkie zlecenie próbne "
                            "pozwala obu stronom sprawdzić, czy współpraca się układa.",
                            "Przy większych zamówieniach trzeba uwzględnić możliwości produkcyjne "
                            "spółdzielni i rozłożyć dostawy w czasie. Spółdzielnie chętnie "
                            "dostosowują ofertę, jeśli znają potrzeby klienta z wyprzedzeniem.",
                        ],
                    ),
                    (
                        "Umowy i rozliczenia",
                        [
                            "Umowa ze spółdzielnią socjalną nie różni się od umowy z innym "
                            "dostawcą, warto jednak zadbać o krótkie terminy płatności. Dla "
                            "małego przedsiębiorstwa społecznego kilkutygodniowe opóźnienie "
                            "przelewu może oznaczać kłopot z wypłatą wynagrodzeń.",
                            "Firmy, które chcą wspierać spółdzielnię dłużej, mogą rozważyć "
                            "roczną umowę ramową, dzięki której spółdzielnia może planować "
                            "zatrudnienie.",
                        ],
                    ),
                    (
                        "Raportowanie wpływu",
                        [
                            "Zakupy od podmiotów ekonomii społecznej można opisać w raporcie "
                            "dotyczącym zrównoważonego rozwoju jako działanie na rzecz włączenia "
                            "społecznego. Spółdzielnie często przekazują klientom informacje o "
                            "liczbie osób zatrudnionych dzięki zamówieniom, co ułatwia rzetelne "
                            "raportowanie.",
                            "Warto jednak unikać przedstawiania pracowników spółdzielni jako "
                            "obiektów dobroczynności. To partnerzy biznesowi, którzy dostarczają "
                            "usługi na rynkowych zasadach.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-wspolpraca-kompendium",
        "slug": T("kompendium-dobrych-praktyk", "good-practice-compendium"),
        "title": T(
            "Kompendium dobrych praktyk zatrudnienia wspomaganego w krajach partnerskich",
            "Compendium of good practice in supported employment in the partner countries",
        ),
        "zone": "wspolpraca",
        "publication_date": "2026-10-08",
        "authors": "Joanna Lewandowska, Siobhán Murphy",
        "report_type": "raport",
        "summary": T(
            "Kompendium zbiera przykłady dobrych praktyk ze wszystkich pięciu etapów "
            "zatrudnienia wspomaganego, zgromadzone podczas czterech szkoleń kadry w krajach "
            "partnerskich. Pokazuje, jak różne systemy prawne kształtują pracę specjalistów "
            "zatrudnienia wspomaganego.",
            "The compendium brings together good practice from all five stages of supported "
            "employment, gathered during four staff trainings in the partner countries. It shows "
            "how different legal systems shape the work of supported employment specialists.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Jak powstało kompendium</h2>"
                    "<p>Podczas każdego szkolenia uczestnicy odwiedzali organizacje i "
                    "pracodawców w kraju gospodarza, a następnie opisywali zaobserwowane "
                    "rozwiązania według wspólnego schematu.</p>"
                    "<h2>Dla kogo</h2>"
                    "<p>Publikacja jest przeznaczona dla specjalistów zatrudnienia wspomaganego, "
                    "osób przygotowujących się do tego zawodu oraz organizacji planujących usługi "
                    "trenera pracy.</p>",
                    "<h2>How the compendium was made</h2>"
                    "<p>During each training, participants visited organisations and employers in "
                    "the host country and then described what they had seen using a shared "
                    "template.</p>"
                    "<h2>Who it is for</h2>"
                    "<p>The publication is intended for supported employment specialists, people "
                    "preparing to enter the profession and organisations planning job coach "
                    "services.</p>",
                ),
            ),
        ],
        "tags": ["wspolpraca-miedzynarodowa", "zatrudnienie-wspomagane"],
        "related": ["ws-partnerstwo", "n-ws-szkolenia"],
        "documents": [
            {
                "key": "r-wspolpraca-kompendium-en",
                "filename": "supported-employment-good-practice.pdf",
                "language": "en",
                "title": "Compendium of Good Practice in Supported Employment",
                "sections": [
                    (
                        "About this compendium",
                        [
                            "This compendium collects practices observed during four joint staff "
                            "trainings, one in each partner country. In every training, four "
                            "supported employment specialists from each partner spent a week, "
                            "including travel, taking part in workshops, study visits and "
                            "meetings with local specialists and organisations of people with "
                            "disabilities.",
                            "Each training focused on a different part of the supported "
                            "employment process, so the compendium is arranged by stage rather "
                            "than by country.",
                        ],
                    ),
                    (
                        "Engagement and vocational profiling",
                        [
                            "Partners agreed that the first stages work best when the person "
                            "with a disability sets the pace. Several organisations hold informal "
                            "meetings in cafés or at home instead of office appointments, and "
                            "build the vocational profile from short work tasters rather than "
                            "from questionnaires alone.",
                        ],
                    ),
                    (
                        "Job finding and employer engagement",
                        [
                            "The most effective specialists treat employers as clients with needs "
                            "of their own. In one partner country, specialists analyse the tasks "
                            "across a whole company and propose a job made up of duties that "
                            "other staff find time-consuming, which makes the business case clear "
                            "from the start.",
                            "Specialists also stressed that a job offer should follow the "
                            "person's own choices, even when that makes the search longer.",
                        ],
                    ),
                    (
                        "Support on and off the job",
                        [
                            "Support at work is most effective when it gradually shifts from the "
                            "specialist to colleagues. Partners described natural supports such "
                            "as a designated workmate, and regular check-ins that continue long "
                            "after the person has settled in.",
                            "Support outside work, including help with transport, money matters "
                            "and family concerns, often decides whether a job lasts.",
                        ],
                    ),
                    (
                        "The specialist as a profession",
                        [
                            "In some partner countries, supported employment specialist is not "
                            "yet a recognised occupation, and no school or university prepares "
                            "people for the role. Partners recommend a shared competence "
                            "framework, mentoring of new specialists by experienced colleagues "
                            "and regular peer meetings across regions and countries.",
                        ],
                    ),
                ],
            },
            {
                "key": "r-wspolpraca-kompendium-pl",
                "filename": "dobre-praktyki-zatrudnienie-wspomagane.pdf",
                "language": "pl",
                "title": "Kompendium dobrych praktyk zatrudnienia wspomaganego",
                "sections": [
                    (
                        "O kompendium",
                        [
                            "Kompendium zbiera praktyki zaobserwowane podczas czterech wspólnych "
                            "szkoleń kadry, zorganizowanych po jednym w każdym kraju "
                            "partnerskim. W każdym szkoleniu czterech specjalistów zatrudnienia "
                            "wspomaganego od każdego partnera spędzało tydzień, wliczając "
                            "podróż, na warsztatach, wizytach studyjnych i spotkaniach z "
                            "lokalnymi specjalistami oraz organizacjami osób z "
                            "niepełnosprawnościami.",
                        ],
                    ),
                    (
                        "Pierwsze etapy: zaangażowanie i profil zawodowy",
                        [
                            "Partnerzy zgodzili się, że pierwsze etapy przebiegają najlepiej, gdy "
                            "tempo wyznacza osoba z niepełnosprawnością. Kilka organizacji "
                            "zamiast spotkań w biurze organizuje nieformalne rozmowy w kawiarni "
                            "lub w domu, a profil zawodowy buduje na podstawie krótkich prób "
                            "pracy, a nie wyłącznie kwestionariuszy.",
                        ],
                    ),
                    (
                        "Szukanie pracy i rozmowy z pracodawcami",
                        [
                            "Najskuteczniejsi specjaliści traktują pracodawców jak klientów, "
                            "którzy mają własne potrzeby. W jednym z krajów partnerskich "
                            "analizuje się zadania w całej firmie i proponuje stanowisko złożone "
                            "z obowiązków, które innym pracownikom zabierają najwięcej czasu. "
                            "Dzięki temu korzyść dla przedsiębiorstwa jest widoczna od początku.",
                            "Specjaliści podkreślali też, że oferta pracy powinna wynikać z "
                            "wyborów samej osoby, nawet jeśli wydłuża to poszukiwania.",
                        ],
                    ),
                    (
                        "Wsparcie w pracy i poza nią",
                        [
                            "Wsparcie w miejscu pracy jest najskuteczniejsze, gdy stopniowo "
                            "przechodzi od specjalisty do współpracowników. Partnerzy opisywali "
                            "naturalne formy wsparcia, takie jak wyznaczony kolega z zespołu, "
                            "oraz regularne rozmowy kontrolne, prowadzone długo po tym, jak "
                            "pracownik się zaaklimatyzował.",
                            "O tym, czy praca okaże się trwała, często decyduje wsparcie poza "
                            "pracą: pomoc w dojazdach, sprawach finansowych i rodzinnych.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "key": "r-wspolpraca-kare",
        "slug": T("wnioski-z-wizyty-w-kare", "lessons-from-the-kare-visit"),
        "title": T("Wnioski z wizyty studyjnej w KARE", "Lessons from the study visit to KARE"),
        "zone": "wspolpraca",
        "publication_date": "2014-11-14",
        "authors": "Piotr Zawadzki, Ewa Malinowska",
        "report_type": "analiza",
        "summary": T(
            "Analiza podsumowuje wizytę studyjną u irlandzkiego partnera ponadnarodowego, która "
            "odbyła się od 30 września do 3 października 2014 roku. Opisuje uwagi partnera do "
            "proponowanych zmian w trzech zestawach narzędzi i ich znaczenie dla ostatecznej "
            "wersji wytycznych.",
            "This analysis summarises the study visit to the Irish transnational partner from "
            "30 September to 3 October 2014. It sets out the partner's comments on the proposed "
            "changes to the three toolkits and what they meant for the final version of the "
            "guidelines.",
        ),
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Uczestnicy wizyty</h2>"
                    "<p>Do Irlandii pojechał zespół, który prowadził testy wytycznych i miał "
                    "opracować ich ostateczny kształt. Tworzyli go reprezentanci lidera projektu i "
                    "jego partnerów, a także Biura Pełnomocnika Rządu do Spraw Osób "
                    "Niepełnosprawnych.</p>"
                    "<h2>Przebieg</h2>"
                    "<p>Polska delegacja przedstawiła wyniki testowania i rekomendacje zmian. "
                    "Partner irlandzki szczegółowo się do nich odniósł, a jego uwagi przekazano "
                    "ekspertom do spraw produktu i koordynatorowi merytorycznemu.</p>",
                    "<h2>Who took part</h2>"
                    "<p>The team that ran the tests of the guidelines and was to draft their "
                    "final form travelled to Ireland. It was made up of representatives of the "
                    "lead organisation and its partners, and of the Office of the Government "
                    "Plenipotentiary for Disabled People.</p>"
                    "<h2>What happened</h2>"
                    "<p>The Polish delegation presented the test results and the recommended "
                    "changes. The Irish partner responded to them in detail, and its comments "
                    "were passed on to the product experts and the content coordinator.</p>",
                ),
            ),
        ],
        "tags": ["wspolpraca-miedzynarodowa", "trener-pracy"],
        "related": ["n-ws-kare", "r-wytyczne-trener-pracy"],
        "documents": [
            {
                "key": "r-wspolpraca-kare-en",  # pdf-only: Kildare
                "filename": "kare-study-visit-lessons.pdf",
                "language": "en",
                "title": "Lessons from the Study Visit to KARE, Ireland",
                "sections": [
                    (
                        "Purpose of the visit",
                        [
                            "From 30 September to 3 October 2014, the people responsible for "
                            "testing the job coach guidelines visited KARE, the project's "
                            "transnational partner, in County Kildare. The delegation included "
                            "representatives of the lead organisation, the Polish partners and "
                            "the Office of the Government Plenipotentiary for Disabled People.",
                            "The aim was to present the results of nine months of testing in "
                            "Poland and to discuss the recommended changes to the three toolkits "
                            "before the final version was drafted.",
                        ],
                    ),
                    (
                        "What the delegation presented",
                        [
                            "The delegation reported on the recruitment and training of 72 job "
                            "coaches and 5 mentors, on the 490 people with disabilities "
                            "recruited, and on the 53 people who started work with a coach's "
                            "support. It then set out the proposed changes to the recruitment, "
                            "training and monitoring toolkits.",
                        ],
                    ),
                    (
                        "Discussion with the partner",
                        [
                            "The discussion centred on three themes: admitting participants on "
                            "the basis of their need for support rather than their disability "
                            "certificate alone, keeping records simple so that coaches spend most "
                            "of their time with people, and involving families from the "
                            "engagement stage onwards.",
                            "All comments were recorded and passed to the product experts and "
                            "the content coordinator for the final drafting.",
                        ],
                    ),
                    (
                        "Follow-up",
                        [
                            "The visit was followed by two working group meetings in Warsaw on "
                            "14 and 15 October 2014 and by seminars in Wrocław on 16 October and "
                            "in Warsaw on 20 October, which the Irish partner also attended. The "
                            "final guidelines were submitted on 31 October 2014.",
                        ],
                    ),
                ],
            },
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Informational meetings ("Spotkania"). Dates are relative to the day the demo is loaded,
# so there are always upcoming meetings; "registrations" are fictional sign-ups.
# ---------------------------------------------------------------------------------------

ORGANISER = {
    "organiser_name": T(
        "Zespół projektu – Fundacja „Wspólna Praca”", "Project team – Wspólna Praca Foundation"
    ),
    "organiser_email": "spotkania@example.org",
    "organiser_phone": "+48 22 123 45 68",
}
ACCESSIBLE_VENUE = T(
    "Wejście od ulicy bez progów, winda do sali na 1. piętrze, toaleta dostępna dla osób "
    "na wózkach. Sala ma pętlę indukcyjną. Tłumacza PJM zapewnimy na prośbę zgłoszoną "
    "w formularzu.",
    "Step-free entrance from the street, a lift to the room on the first floor and a "
    "wheelchair-accessible toilet. The room has an induction loop. A Polish Sign Language "
    "interpreter is available on request in the form.",
)

EVENTS = [
    {
        "key": "e-poznan-wtz-spoldzielnie",
        "zone": None,
        "audience": ["wtz", "samorzady"],
        "slug": T(
            "poznan-wtz-i-spoldzielnie-socjalne", "poznan-sheltered-workshops-and-cooperatives"
        ),
        "title": T(
            "Spotkanie informacyjne w Poznaniu: WTZ i spółdzielnie socjalne",
            "Information meeting in Poznań: sheltered workshops and social cooperatives",
        ),
        "lead": T(
            "Jak warsztat terapii zajęciowej może współpracować ze spółdzielnią socjalną, która "
            "zatrudni jego uczestników – model, prawo, finanse i wielkopolskie przykłady.",
            "How a sheltered workshop can work with a social cooperative that employs its "
            "participants: the model, the law, the money and examples from Wielkopolska.",
        ),
        "days_from_now": 16,
        "start": "10:00",
        "hours": 4,
        "venue_name": T(
            "Sala konferencyjna Urzędu Marszałkowskiego", "Conference room, Marshal's Office"
        ),
        "venue_address": T(
            "al. Niepodległości 34, 61-714 Poznań", "al. Niepodległości 34, 61-714 Poznań, Poland"
        ),
        "venue_accessibility": ACCESSIBLE_VENUE,
        "capacity": 12,
        "max_people": 3,
        "waitlist": True,
        # Eleven of twelve seats are taken: the next group of two goes on the waitlist.
        "registrations": [
            ("Anna", "Kowalczyk", "wtz", "WTZ „Promyk” w Kaliszu", 3),
            ("Tomasz", "Wiśniewski", "jst", "Starostwo Powiatowe w Gnieźnie", 2),
            ("Ewa", "Zielińska", "ngo", "Stowarzyszenie „Razem”", 2),
            ("Marek", "Nowicki", "wtz", "WTZ przy Caritas w Lesznie", 2),
            ("Joanna", "Lewandowska", "owes", "OWES Wielkopolska", 2),
        ],
        "body": [
            (
                "rich_text",
                T(
                    "<h2>Dla kogo</h2>"
                    "<p>Dla kadry warsztatów terapii zajęciowej, przedstawicieli samorządów "
                    "i organizacji pozarządowych prowadzących WTZ, które myślą o założeniu "
                    "spółdzielni socjalnej albo o współpracy z już istniejącą.</p>"
                    "<h2>Program</h2>"
                    "<ol>"
                    "<li>Model aktywizacji zawodowej uczestników WTZ w spółdzielni socjalnej.</li>"
                    "<li>Aspekty prawne i finansowe: kto może założyć spółdzielnię, skąd środki "
                    "na pierwsze miejsca pracy.</li>"
                    "<li>Przykłady spółdzielni założonych przez samorządy i organizacje w "
                    "Wielkopolsce.</li>"
                    "<li>Pytania i rozmowy indywidualne.</li>"
                    "</ol>"
                    "<p>Udział jest bezpłatny. Zapewniamy materiały, także w tekście łatwym do "
                    "czytania.</p>",
                    "<h2>Who it is for</h2>"
                    "<p>Staff of sheltered workshops and representatives of local governments "
                    "and NGOs that run them and are thinking of founding a social cooperative "
                    "or working with an existing one.</p>"
                    "<h2>Programme</h2>"
                    "<ol>"
                    "<li>The model of vocational activation of workshop participants in a social "
                    "cooperative.</li>"
                    "<li>Legal and financial aspects: who can found a cooperative and how to fund "
                    "the first jobs.</li>"
                    "<li>Examples of cooperatives founded by local governments and NGOs in "
                    "Wielkopolska.</li>"
                    "<li>Questions and one-to-one conversations.</li>"
                    "</ol>"
                    "<p>Participation is free of charge. Materials are provided, including an "
                    "easy-to-read version.</p>",
                ),
            )
        ],
    },
    {
        "key": "e-online-trener-pracy",
        "zone": None,
        "audience": ["biznes"],
        "slug": T("webinarium-trener-pracy-w-firmie", "webinar-job-coach-in-your-company"),
        "title": T(
            "Webinarium: trener pracy w Twojej firmie",
            "Webinar: a job coach in your company",
        ),
        "lead": T(
            "Godzina o tym, jak trener pracy pomaga zatrudnić i utrzymać w pracy osobę "
            "z niepełnosprawnością – dla pracodawców i działów kadr.",
            "An hour on how a job coach helps you hire and keep an employee with a disability, "
            "for employers and HR teams.",
        ),
        "days_from_now": 9,
        "start": "12:00",
        "hours": 1,
        "online_url": "https://spotkania.example.org/webinarium-trener-pracy",
        "capacity": 100,
        "max_people": 2,
        "waitlist": False,
        "registrations": [
            ("Piotr", "Mazur", "employer", "Drukarnia „Czcionka” sp. z o.o.", 1),
            ("Katarzyna", "Wójcik", "employer", "Hotel „Pod Lipami”", 2),
        ],
        "body": [
            (
                "rich_text",
                T(
                    "<p>Opowiemy o pięciu etapach zatrudnienia wspomaganego, o tym, ile "
                    "kosztuje trener pracy i kto za niego płaci, oraz o doświadczeniach firm, "
                    "które już zatrudniły osoby z niepełnosprawnością intelektualną.</p>"
                    "<p>Webinarium ma napisy na żywo. Nagranie z tłumaczeniem na PJM "
                    "opublikujemy w Strefie Biznesu.</p>",
                    "<p>We will talk about the five stages of supported employment, what a job "
                    "coach costs and who pays, and the experience of companies that already "
                    "employ people with intellectual disabilities.</p>"
                    "<p>The webinar has live captions. A recording with Polish Sign Language "
                    "interpretation will be published in the Business Zone.</p>",
                ),
            )
        ],
    },
    {
        "key": "e-wtz-lodz",
        "zone": "wtz",
        "audience": [],
        "slug": T("lodz-grupy-inicjatywne", "lodz-founding-groups"),
        "title": T(
            "Łódź: spotkanie grup inicjatywnych przy WTZ",
            "Łódź: meeting of founding groups at sheltered workshops",
        ),
        "lead": T(
            "Warsztat dla zespołów, które przygotowują się do założenia spółdzielni socjalnej "
            "przy warsztacie terapii zajęciowej.",
            "A workshop for teams preparing to found a social cooperative alongside a sheltered "
            "workshop.",
        ),
        "days_from_now": 30,
        "start": "09:30",
        "hours": 5,
        "venue_name": T("Centrum Organizacji Pozarządowych", "NGO Centre"),
        "venue_address": T(
            "ul. Piotrkowska 102, 90-004 Łódź", "ul. Piotrkowska 102, 90-004 Łódź, Poland"
        ),
        "venue_accessibility": ACCESSIBLE_VENUE,
        "capacity": 20,
        "max_people": 4,
        "waitlist": True,
        "registrations": [],
        "body": [
            (
                "rich_text",
                T(
                    "<p>Pracujemy na biznesplanach przyniesionych przez zespoły: rynek, "
                    "stanowiska pracy dostosowane do uczestników WTZ, wsparcie trenera pracy "
                    "i pierwsze zlecenia od samorządu. Zgłoś cały zespół – do czterech osób.</p>",
                    "<p>We work on the business plans the teams bring: the market, jobs adapted "
                    "to workshop participants, job-coach support and the first contracts from "
                    "the local government. Register the whole team, up to four people.</p>",
                ),
            )
        ],
    },
    {
        "key": "e-warszawa-podsumowanie",
        "zone": None,
        "audience": ["samorzady", "wspolpraca"],
        "slug": T("warszawa-seminarium-wytyczne", "warsaw-seminar-guidelines"),
        "title": T(
            "Seminarium w Warszawie: wytyczne dla urzędów pracy",
            "Seminar in Warsaw: guidelines for labour offices",
        ),
        "lead": T(
            "Podsumowanie testowania wytycznych z udziałem partnera z Irlandii – spotkanie "
            "już się odbyło, materiały są w dziale badań.",
            "A summary of testing the guidelines with the Irish partner. The meeting has taken "
            "place; the materials are in the research section.",
        ),
        "days_from_now": -20,
        "start": "10:00",
        "hours": 6,
        "venue_name": T(
            "Centrum Partnerstwa Społecznego „Dialog”", "“Dialog” Social Partnership Centre"
        ),
        "venue_address": T(
            "ul. Limanowskiego 23, 02-943 Warszawa", "ul. Limanowskiego 23, 02-943 Warsaw, Poland"
        ),
        "venue_accessibility": ACCESSIBLE_VENUE,
        "capacity": 40,
        "max_people": 2,
        "waitlist": True,
        "registrations": [
            ("Agnieszka", "Kamińska", "jst", "Powiatowy Urząd Pracy w Płocku", 2),
            ("Robert", "Dąbrowski", "jst", "Miejski Ośrodek Pomocy Społecznej w Radomiu", 1),
        ],
        "body": [
            (
                "rich_text",
                T(
                    "<p>Omówiliśmy wnioski z testowania wytycznych w urzędach pracy i uwagi "
                    "partnera zagranicznego. Dziękujemy wszystkim uczestnikom.</p>",
                    "<p>We discussed the findings from testing the guidelines in labour offices "
                    "and the foreign partner's comments. Thank you to everyone who took part.</p>",
                ),
            )
        ],
    },
]

# ---------------------------------------------------------------------------------------
# Cookie banner: texts, categories and the cookies the portal really sets
# ---------------------------------------------------------------------------------------

VIDEO_PLAYBACK = T(
    "odtwarzanie filmów i statystyka serwisu", "video playback and the service's statistics"
)
CONSENT = {
    "banner_title": T("Pliki cookies na tym portalu", "Cookies on this portal"),
    "banner_text": T(
        "Używamy niezbędnych plików cookies, aby portal działał, a za Twoją zgodą także "
        "plików do zapamiętania ustawień, statystyki odwiedzin i wyświetlania filmów "
        "z zewnętrznych serwisów. Możesz zaakceptować wszystkie, odrzucić wszystkie albo "
        "wybrać kategorie. Zdanie możesz zmienić w każdej chwili w stopce strony.",
        "We use necessary cookies to make the portal work and, with your consent, cookies "
        "that remember settings, count visits and show videos from external services. You "
        "can accept all, reject all or choose categories, and change your mind at any time "
        "from the page footer.",
    ),
    "necessary_description": T(
        "Bez nich portal nie działa: zapamiętują Twoją decyzję o cookies, wybrany rozmiar "
        "tekstu i kontrast oraz chronią formularze przed nadużyciami.",
        "The portal cannot work without them: they remember your cookie choice, text size "
        "and contrast, and protect forms against abuse.",
    ),
    "preferences_description": T(
        "Zapamiętują dodatkowe ustawienia, które wybierzesz. Obecnie portal nie zapisuje "
        "takich plików.",
        "They remember additional settings you choose. The portal currently sets no such cookies.",
    ),
    "analytics_description": T(
        "Pozwalają policzyć odwiedziny i sprawdzić, które materiały są czytane, bez "
        "ustalania, kim jesteś.",
        "They let us count visits and see which materials are read, without identifying you.",
    ),
    "media_description": T(
        "Pozwalają wyświetlać filmy z YouTube i Vimeo osadzone na stronach. Te serwisy mogą "
        "zapisać własne pliki cookies i poznać Twój adres IP.",
        "They let pages show videos embedded from YouTube and Vimeo. These services may set "
        "their own cookies and learn your IP address.",
    ),
    "cookies": [
        (
            "necessary",
            "portal_consent",
            T("ten portal", "this portal"),
            T("zapamiętuje Twoją decyzję o cookies", "remembers your cookie choice"),
            T("12 miesięcy", "12 months"),
        ),
        (
            "necessary",
            "reading_prefs",
            T("ten portal", "this portal"),
            T("rozmiar tekstu i wysoki kontrast", "text size and high contrast"),
            T("12 miesięcy", "12 months"),
        ),
        (
            "necessary",
            "csrftoken",
            T("ten portal", "this portal"),
            T("ochrona formularzy przed nadużyciami", "protects forms against abuse"),
            T("12 miesięcy", "12 months"),
        ),
        (
            "media",
            "YSC, VISITOR_INFO1_LIVE",
            "YouTube (Google)",
            T(
                "odtwarzanie filmów i statystyka serwisu",
                "video playback and the service's statistics",
            ),
            T("do 6 miesięcy", "up to 6 months"),
        ),
        (
            "media",
            "vuid",
            "Vimeo",
            T(
                "odtwarzanie filmów i statystyka serwisu",
                "video playback and the service's statistics",
            ),
            T("do 2 lat", "up to 2 years"),
        ),
    ],
}

# ---------------------------------------------------------------------------------------
# Contact form and site-wide settings
# ---------------------------------------------------------------------------------------

CONTACT = {
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

SITE = {
    "organisation": T("Fundacja „Wspólna Praca”", "Wspólna Praca Foundation"),
    "address": T(
        "ul. Przykładowa 12, 00-950 Warszawa", "ul. Przykładowa 12, 00-950 Warsaw, Poland"
    ),
    "phone": "+48 22 123 45 67",
    "email": "kontakt@example.org",
    "eu_funds_statement": T(
        "Portal jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu "
        "Społecznego Plus w ramach programu Fundusze Europejskie dla Rozwoju Społecznego "
        "2021–2027.",
        "The portal is co-financed by the European Union through the European Social Fund Plus "
        "under the European Funds for Social Development Programme 2021–2027.",
    ),
    "registration_privacy_notice": T(
        "Administratorem Twoich danych jest Fundacja „Wspólna Praca”, ul. Przykładowa 12, "
        "00-950 Warszawa, e-mail: kontakt@example.org. Przetwarzamy je, aby przyjąć Twój zapis, "
        "zorganizować spotkanie i kontaktować się w jego sprawie (art. 6 ust. 1 lit. a RODO), "
        "a informacje o potrzebach dostępności – wyłącznie na podstawie Twojej wyraźnej zgody "
        "(art. 9 ust. 2 lit. a RODO).\n\n"
        "Dane widzą tylko organizatorzy spotkania. Informacje o potrzebach usuwamy dzień po "
        "spotkaniu, pozostałe dane – 180 dni po nim. Masz prawo dostępu do danych, ich "
        "sprostowania, usunięcia, ograniczenia przetwarzania, cofnięcia zgody w każdej chwili "
        "(link w e-mailu z potwierdzeniem) i skargi do Prezesa UODO.",
        "The controller of your data is the Wspólna Praca Foundation, ul. Przykładowa 12, "
        "00-950 Warsaw, email: kontakt@example.org. We process it to take your registration, "
        "organise the meeting and contact you about it (Article 6(1)(a) GDPR), and information "
        "about accessibility needs only with your explicit consent (Article 9(2)(a) GDPR).\n\n"
        "Only the meeting's organisers see the data. We delete accessibility needs the day "
        "after the meeting and the rest 180 days after it. You have the right to access, "
        "rectify and erase your data, to restrict processing, to withdraw consent at any time "
        "(link in the confirmation email) and to complain to the President of the Personal "
        "Data Protection Office (UODO).",
    ),
    "footer_note": T(
        "O ile nie zaznaczono inaczej, treści portalu są udostępniane na licencji Creative "
        "Commons Uznanie autorstwa 4.0 Międzynarodowe (CC BY 4.0).",
        "Unless stated otherwise, the content of this portal is available under the Creative "
        "Commons Attribution 4.0 International licence (CC BY 4.0).",
    ),
}

STATEMENT = {
    "key": "dostepnosc",
    "slug": T("deklaracja-dostepnosci", "accessibility-statement"),
    "title": T("Deklaracja dostępności", "Accessibility statement"),
    "fields": {
        "organisation": T("Fundacja „Wspólna Praca”", "Wspólna Praca Foundation"),
        "site_published_on": "2025-09-22",
        "site_updated_on": "2026-10-14",
        "status": "czesciowo",
        "inaccessible_content": T(
            "<ul><li>Część starszych raportów w formacie PDF nie ma pełnej struktury nagłówków "
            "i tabel. Przy takich plikach nie ma oznaczenia „wersja dostępna cyfrowo”. Na prośbę "
            "przygotujemy wersję dostępną albo przeczytamy fragment przez telefon.</li>"
            "<li>Dwa nagrania wideo nie mają jeszcze tłumaczenia na polski język migowy. "
            "Mają napisy i tekst pod filmem.</li></ul>",
            "<ul><li>Some older PDF reports lack a full structure of headings and tables. Such "
            "files are not marked “accessible version”. On request we will prepare an accessible "
            "version or read a passage to you over the phone.</li>"
            "<li>Two videos do not have Polish Sign Language interpretation yet. They have "
            "captions and a text version below the video.</li></ul>",
        ),
        "exclusions": T(
            "<ul><li>Dokumenty opublikowane przed 23 września 2018 r., w tym raporty z pierwszej "
            "edycji projektu „Trener pracy”. Na prośbę przygotujemy ich dostępną wersję.</li></ul>",
            "<ul><li>Documents published before 23 September 2018, including the reports from the "
            "first edition of the Job Coach project. We will prepare an accessible version on "
            "request.</li></ul>",
        ),
        "prepared_on": "2025-09-30",
        "reviewed_on": "2026-10-14",
        "assessment": "samoocena",
        "keyboard_shortcuts": T(
            "<p>Portal nie ma własnych skrótów klawiaturowych. Klawiszem Tab przechodzisz między "
            "linkami i polami. Pierwszy link na każdej stronie, „Przejdź do treści”, omija menu. "
            "Menu na telefonie otwiera przycisk „Menu”, a zamyka klawisz Escape.</p>",
            "<p>The portal has no keyboard shortcuts of its own. The Tab key moves between links "
            "and fields. The first link on every page, “Skip to content”, bypasses the menu. On a "
            "phone the “Menu” button opens the menu and the Escape key closes it.</p>",
        ),
        "contact_person": T(
            "Anna Przykładowa, koordynatorka do spraw dostępności",
            "Anna Przykładowa, accessibility coordinator",
        ),
        "contact_email": "dostepnosc@example.org",
        "contact_phone": "+48 22 123 45 67",
        "complaint_procedure": T(
            "<p>Każdy może zażądać, aby strona internetowa lub jej element były dostępne "
            "cyfrowo, albo poprosić o informację w innej formie, na przykład nagranie lub "
            "tekst łatwy do czytania. W żądaniu podaj swoje dane kontaktowe, stronę lub element, "
            "którego dotyczy, i wygodny sposób odpowiedzi.</p>"
            "<p>Odpowiemy niezwłocznie, najpóźniej w ciągu 7 dni. Jeśli to niemożliwe, podamy "
            "nowy termin, nie dłuższy niż 2 miesiące. Jeśli odmówimy, możesz złożyć skargę do "
            "fundacji. Po jej rozpatrzeniu możesz złożyć wniosek do Rzecznika Praw "
            "Obywatelskich.</p>",
            "<p>Anyone may ask us to make a website or any part of it digitally accessible, or "
            "to provide information in another form, such as a recording or easy-to-read text. "
            "Give your contact details, the page or element concerned and how you would like us "
            "to reply.</p>"
            "<p>We will reply without delay and within 7 days at the latest. If that is not "
            "possible, we will give you a new date, no more than 2 months away. If we refuse, "
            "you can complain to the foundation and, once your complaint has been considered, "
            "apply to the Commissioner for Human Rights.</p>",
        ),
        "architectural_accessibility": T(
            "<p>Biuro fundacji jest na parterze budynku przy ul. Przykładowej 12 w Warszawie. "
            "Wejście nie ma schodów ani progów. Jest toaleta dostosowana do potrzeb osób z "
            "niepełnosprawnościami. Można wejść z psem asystującym. Na spotkanie z tłumaczem "
            "polskiego języka migowego umów się 3 dni robocze wcześniej.</p>",
            "<p>The foundation's office is on the ground floor of the building at "
            "ul. Przykładowa 12 in Warsaw. The entrance has no steps or thresholds. There is an "
            "accessible toilet. Assistance dogs are welcome. To meet us with a Polish Sign "
            "Language interpreter, book 3 working days ahead.</p>",
        ),
        "mobile_apps": T(
            "<p>Fundacja nie udostępnia aplikacji mobilnych.</p>",
            "<p>The foundation does not offer mobile apps.</p>",
        ),
    },
}


def easy_read_paragraph(pictogram, pl, en):
    return {"pictogram": pictogram, "text": T(pl, en)}


EASY_READ = {
    "key": "tekst-latwy",
    "slug": T("tekst-latwy-do-czytania", "easy-to-read"),
    "title": T("Informacje w tekście łatwym do czytania", "Easy-to-read information"),
    "intro": T(
        "Tu przeczytasz, kim jesteśmy i co robimy. Tekst jest krótki i prosty.",
        "Here you can read who we are and what we do. The text is short and simple.",
    ),
    "body": [
        (
            "easy_read",
            {
                "heading": T("Kim jesteśmy", "Who we are"),
                "paragraphs": [
                    easy_read_paragraph(
                        "people",
                        "Jesteśmy fundacją. Nazywamy się Wspólna Praca. "
                        "Pomagamy osobom z niepełnosprawnościami znaleźć pracę.",
                        "We are a foundation. Our name is Wspólna Praca. "
                        "We help people with disabilities find a job.",
                    ),
                    easy_read_paragraph(
                        "house",
                        "Nasze biuro jest w Warszawie. Adres to ulica Przykładowa 12. "
                        "Do biura wejdziesz bez schodów.",
                        "Our office is in Warsaw. The address is Przykładowa Street 12. "
                        "There are no steps at the entrance.",
                    ),
                ],
            },
        ),
        (
            "easy_read",
            {
                "heading": T("Co robimy", "What we do"),
                "paragraphs": [
                    easy_read_paragraph(
                        "info",
                        "Na tej stronie są wiadomości i raporty. "
                        "Piszemy o pracy osób z niepełnosprawnościami.",
                        "On this website there is news and there are reports. "
                        "We write about work for people with disabilities.",
                    ),
                    easy_read_paragraph(
                        "calendar",
                        "Robimy spotkania. Na spotkaniu opowiadamy o pracy z trenerem pracy. "
                        "Na spotkanie trzeba się zapisać.",
                        "We hold meetings. At a meeting we talk about working with a job coach. "
                        "You have to sign up for a meeting.",
                    ),
                ],
            },
        ),
        (
            "easy_read",
            {
                "heading": T("Jak się z nami skontaktować", "How to contact us"),
                "paragraphs": [
                    easy_read_paragraph(
                        "letter",
                        "Napisz do nas e-mail. Nasz adres to kontakt@example.org. "
                        "Możesz też zadzwonić. Numer to 22 123 45 67.",
                        "Send us an email. Our address is kontakt@example.org. "
                        "You can also call us. The number is 22 123 45 67.",
                    ),
                ],
            },
        ),
    ],
}

SIGN_LANGUAGE_PAGE = {
    "key": "pjm",
    "slug": T("polski-jezyk-migowy", "polish-sign-language"),
    "title": T("Informacje w polskim języku migowym", "Information in Polish Sign Language"),
    "intro": T(
        "Film w polskim języku migowym (PJM) o tym, czym zajmuje się fundacja i jak się z nami "
        "skontaktować. Pod filmem jest ta sama informacja w tekście.",
        "A video in Polish Sign Language (PJM) about what the foundation does and how to "
        "contact us. The same information is written out below the video.",
    ),
    "body": [
        (
            "sign_language_video",
            {
                "title": T(
                    "Fundacja „Wspólna Praca” – informacja w PJM",
                    "The Wspólna Praca Foundation – information in PJM",
                ),
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "transcript": T(
                    "Dzień dobry. Jesteśmy Fundacją „Wspólna Praca”. Pomagamy osobom z "
                    "niepełnosprawnościami znaleźć i utrzymać pracę, także z pomocą trenera "
                    "pracy. Na portalu publikujemy aktualności, raporty z badań i informacje "
                    "dla samorządów, warsztatów terapii zajęciowej i pracodawców. Organizujemy "
                    "spotkania informacyjne – zapiszesz się na nie przez formularz.\n\n"
                    "Możesz się z nami skontaktować e-mailem: kontakt@example.org, przez SMS "
                    "lub komunikator wideo z tłumaczem PJM pod numerem +48 600 000 000, albo "
                    "przyjść do biura przy ul. Przykładowej 12 w Warszawie. Tłumacza PJM na "
                    "spotkanie w biurze zamów 3 dni robocze wcześniej.",
                    "Hello. We are the Wspólna Praca Foundation. We help people with "
                    "disabilities find and keep a job, also with the help of a job coach. On "
                    "the portal we publish news, research reports and information for local "
                    "governments, sheltered workshops and employers. We hold information "
                    "meetings, which you can sign up for through a form.\n\n"
                    "You can contact us by email: kontakt@example.org, by text message or video "
                    "call with a PJM interpreter on +48 600 000 000, or visit our office at "
                    "ul. Przykładowa 12 in Warsaw. Book a PJM interpreter for a meeting at the "
                    "office 3 working days ahead.",
                ),
                "has_captions": True,
            },
        ),
    ],
}

EU_FUNDS_LOGOS = {
    "labels": [
        "Fundusze Europejskie",
        "Rzeczpospolita Polska",
        "Dofinansowane przez Unię Europejską",
    ],
    "alt_text": T(
        "Fundusze Europejskie dla Rozwoju Społecznego, Rzeczpospolita Polska, Dofinansowane "
        "przez Unię Europejską",
        "European Funds for Social Development, Republic of Poland, Co-funded by the European "
        "Union",
    ),
}

ORGANISATION_DESCRIPTION = T(
    "Fundacja „Wspólna Praca” prowadzi Portal ekonomii społecznej. Wspieramy zatrudnianie osób "
    "z niepełnosprawnościami: publikujemy badania i analizy, przygotowujemy materiały dla "
    "samorządów, warsztatów terapii zajęciowej i pracodawców, organizujemy spotkania "
    "informacyjne i współpracę międzynarodową.\n\n"
    "Żeby załatwić sprawę, napisz e-mail, zadzwoń albo przyjdź do biura w dni robocze w "
    "godzinach 9–16. Osoby głuche mogą się z nami kontaktować przez SMS i komunikator wideo z "
    "tłumaczem polskiego języka migowego.",
    "The Wspólna Praca Foundation runs the Social Economy Portal. We support the employment of "
    "people with disabilities: we publish research and analyses, prepare materials for local "
    "governments, sheltered workshops and employers, and organise information meetings and "
    "international cooperation.\n\n"
    "To get in touch, send an email, call or visit our office on working days from 9:00 to "
    "16:00. Deaf people can contact us by text message and video call with a Polish Sign "
    "Language interpreter.",
)
