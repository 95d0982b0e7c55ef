"""News: the central "Aktualności" page and the news items (there or in a zone)."""

from ..text import T

NEWS_INDEX = {
    "key": "aktualnosci",
    "slug": T("aktualnosci", "news"),
    "title": T("Aktualności", "News"),
    "intro": T(
        "Informacje o działaniach projektu, spotkaniach i nowych publikacjach.",
        "Updates on the project's work, meetings and new publications.",
    ),
}

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
            "Trzy szkolenia za nami, czwarte we Włoszech – podsumowanie partnerstwa",
            "Three trainings done, the fourth in Italy: a partnership round-up",
        ),
        "date": "2026-09-30",
        "zone": "wspolpraca",
        "lead": T(
            "Za nami trzy z czterech międzynarodowych szkoleń dla specjalistów zatrudnienia "
            "wspomaganego: w Polsce, Irlandii i Hiszpanii. Ostatnie, o wsparciu w miejscu "
            "pracy i poza nim, odbędzie się we Włoszech – zgłoszenia są otwarte.",
            "Three of the four international trainings for supported employment specialists "
            "have taken place, in Poland, Ireland and Spain. The last one, on support on and off "
            "the job, will be held in Italy, and applications are open.",
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
                    "<p>Wnioski z dotychczasowych szkoleń są już w kompendium dobrych praktyk, "
                    "dostępnym po polsku i po angielsku; dołączą do nich wnioski ze szkolenia we "
                    "Włoszech.</p>",
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
                    "<p>The lessons from the trainings so far are already in the compendium of "
                    "good practice, available in Polish and English; those from the training in "
                    "Italy will join them.</p>",
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
