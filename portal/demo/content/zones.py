"""The four audience zones, each with its own pages."""

from ..text import T

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
        "slug": T(
            "strefa-wspolpracy-miedzynarodowej",
            "international-cooperation-zone",
            "zona-mizhnarodnoi-spivpratsi",
        ),
        "title": T(
            "Strefa Współpracy Międzynarodowej",
            "International Cooperation Zone",
            "Зона міжнародної співпраці",
        ),
        "intro": T(
            "Międzynarodowe partnerstwa, szkolenia kadry i wizyty studyjne, dzięki którym "
            "zatrudnienie wspomagane w Polsce korzysta z doświadczeń innych krajów.",
            "International partnerships, staff training and study visits that let supported "
            "employment in Poland draw on the experience of other countries.",
            "Міжнародні партнерства, навчання працівників і навчальні візити, завдяки яким "
            "підтримуване працевлаштування в Польщі використовує досвід інших країн.",
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
                    "<h2>Ми вчимося одне в одного</h2>"
                    "<p>У багатьох країнах Європи підтримуване працевлаштування розвивалося "
                    "раніше, ніж у Польщі. Співпраця з іноземними партнерами дає змогу переймати "
                    "перевірені стандарти й пристосовувати їх до польського законодавства та ринку "
                    "праці, а не вигадувати все з нуля.</p>"
                    "<p>Ще у 2014 році польську модель послуг тренера з працевлаштування "
                    "обговорювали з ірландською організацією KARE. Сьогодні тут ми розповідаємо "
                    "про міжнародне партнерство фахівців з підтримуваного працевлаштування й "
                    "публікуємо матеріали мовами партнерів.</p>",
                ),
            ),
            (
                "partners",
                {
                    "heading": T(
                        "Partnerzy międzynarodowi", "International partners", "Міжнародні партнери"
                    ),
                    "partners": [
                        {
                            "name": T(
                                "Fundacja „Wspólna Praca” (Polska) – koordynator",
                                "Wspólna Praca Foundation (Poland) – coordinator",
                                "Фонд «Wspólna Praca» (Польща) – координатор",
                            ),
                            "url": "https://example.org/partnerzy/wspolna-praca",
                        },
                        {
                            "name": T("KARE (Irlandia)", "KARE (Ireland)", "KARE (Ірландія)"),
                            "url": "https://example.org/partnerzy/kare",
                        },
                        {
                            "name": T(
                                "Empleo con Apoyo Sur (Hiszpania)",
                                "Empleo con Apoyo Sur (Spain)",
                                "Empleo con Apoyo Sur (Іспанія)",
                            ),
                            "url": "https://example.org/partnerzy/empleo-con-apoyo-sur",
                        },
                        {
                            "name": T(
                                "Lavoro Accanto (Włochy)",
                                "Lavoro Accanto (Italy)",
                                "Lavoro Accanto (Італія)",
                            ),
                            "url": "",
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T(
                        "Szukasz partnera do projektu?",
                        "Looking for a project partner?",
                        "Шукаєте партнера для проєкту?",
                    ),
                    "text": T(
                        "Chętnie podzielimy się doświadczeniem i kontaktami z organizacjami, które "
                        "planują międzynarodowe projekty dotyczące zatrudnienia wspomaganego.",
                        "We are happy to share our experience and contacts with organisations "
                        "planning international projects on supported employment.",
                        "Ми охоче поділимося досвідом і контактами з організаціями, які планують "
                        "міжнародні проєкти з підтримуваного працевлаштування.",
                    ),
                    "link_page": "kontakt",
                    "link_url": "",
                    "link_text": T("Skontaktuj się z nami", "Get in touch", "Зв’яжіться з нами"),
                },
            ),
        ],
        "pages": [
            {
                "key": "ws-partnerstwo",
                "slug": T(
                    "partnerstwo-zatrudnienia-wspomaganego",
                    "supported-employment-partnership",
                    "partnerstvo-pidtrymuvanoho-pratsevlashtuvannia",
                ),
                "title": T(
                    "Międzynarodowe partnerstwo na rzecz zatrudnienia wspomaganego",
                    "International supported employment partnership",
                    "Міжнародне партнерство з підтримуваного працевлаштування",
                ),
                "intro": T(
                    "Cztery organizacje z różnych krajów wspólnie opracowują program kształcenia "
                    "specjalistów zatrudnienia wspomaganego.",
                    "Four organisations from different countries are jointly developing a "
                    "training programme for supported employment specialists.",
                    "Чотири організації з різних країн разом створюють програму навчання фахівців "
                    "з підтримуваного працевлаштування.",
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
                            "<h2>Мета партнерства</h2>"
                            "<p>Фахівець з підтримуваного працевлаштування, якого в Польщі "
                            "зазвичай називають тренером з працевлаштування, стає окремою "
                            "професією. Але в деяких країнах-партнерах цієї професії ще немає в "
                            "класифікаторі професій, а школи й університети не готують до неї. "
                            "Партнерство хоче заповнити цю прогалину.</p>"
                            "<h2>Результати</h2>"
                            "<ul>"
                            "<li>платформа з інформацією про проєкт мовами всіх партнерів,</li>"
                            "<li>збірник добрих практик, зібраних у країнах-партнерах,</li>"
                            "<li>чотири навчання для працівників, по одному в кожній "
                            "країні-партнері.</li>"
                            "</ul>"
                            "<h2>Навчання для працівників</h2>"
                            "<p>У кожному навчанні беруть участь четверо фахівців від кожного "
                            "партнера. Поїздка триває сім днів разом з дорогою. У програмі – "
                            "практичні заняття, навчальні візити та зустрічі з місцевими тренерами "
                            "й організаціями, які підтримують людей з інвалідністю. Кожне навчання "
                            "присвячене іншій частині процесу підтримуваного працевлаштування.</p>"
                            "<h2>Три сфери роботи тренера</h2>"
                            "<ol>"
                            "<li>Безпосередня підтримка людини з інвалідністю – найважливіша "
                            "сфера.</li>"
                            "<li>Робоче середовище, де тренер співпрацює з роботодавцем і "
                            "колегами.</li>"
                            "<li>Найближче оточення людини з інвалідністю, зокрема її родина.</li>"
                            "</ol>",
                        ),
                    ),
                    (
                        "timeline",
                        {
                            "heading": T(
                                "Harmonogram szkoleń", "Training schedule", "Розклад навчань"
                            ),
                            "entries": [
                                {
                                    "when": T(
                                        "październik 2025 – Polska",
                                        "October 2025 – Poland",
                                        "жовтень 2025 – Польща",
                                    ),
                                    "title": T(
                                        "Zaangażowanie i profil zawodowy",
                                        "Engagement and vocational profiling",
                                        "Залучення та професійний профіль",
                                    ),
                                    "description": T(
                                        "Pierwsze szkolenie poświęcono dwóm początkowym etapom "
                                        "oraz uzgodnieniu struktury wspólnej metodyki.",
                                        "The first training covered the two opening stages and "
                                        "agreed the structure of the shared methodology.",
                                        "Перше навчання було присвячене двом початковим етапам і "
                                        "погодженню структури спільної методики.",
                                    ),
                                },
                                {
                                    "when": T(
                                        "marzec 2026 – Irlandia",
                                        "March 2026 – Ireland",
                                        "березень 2026 – Ірландія",
                                    ),
                                    "title": T("Znajdowanie pracy", "Job finding", "Пошук роботи"),
                                    "description": T(
                                        "Uczestnicy poznali metody poszukiwania pracy, w których "
                                        "osoba z niepełnosprawnością współdecyduje o każdym "
                                        "kroku.",
                                        "Participants explored job-search methods in which the "
                                        "person with a disability has a say in every step.",
                                        "Учасники ознайомилися з методами пошуку роботи, за яких "
                                        "людина з інвалідністю бере участь у кожному рішенні.",
                                    ),
                                },
                                {
                                    "when": T(
                                        "czerwiec 2026 – Hiszpania",
                                        "June 2026 – Spain",
                                        "червень 2026 – Іспанія",
                                    ),
                                    "title": T(
                                        "Zaangażowanie pracodawcy",
                                        "Employer engagement",
                                        "Залучення роботодавця",
                                    ),
                                    "description": T(
                                        "Wizyty w firmach pokazały, jak rozmawiać z pracodawcą o "
                                        "konkretnym kandydacie i jego potrzebach.",
                                        "Company visits showed how to talk to an employer about a "
                                        "specific candidate and their needs.",
                                        "Візити на підприємства показали, як говорити з "
                                        "роботодавцем про конкретного кандидата та його потреби.",
                                    ),
                                },
                                {
                                    "when": T(
                                        "wrzesień 2026 – Włochy",
                                        "September 2026 – Italy",
                                        "вересень 2026 – Італія",
                                    ),
                                    "title": T(
                                        "Wsparcie w miejscu pracy i poza nim",
                                        "Support on and off the job",
                                        "Підтримка на роботі й поза нею",
                                    ),
                                    "description": T(
                                        "Ostatnie szkolenie dotyczyło stopniowego wycofywania "
                                        "wsparcia i roli współpracowników.",
                                        "The final training dealt with scaling support back "
                                        "gradually and the role of co-workers.",
                                        "Останнє навчання стосувалося поступового зменшення "
                                        "підтримки та ролі колег.",
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
