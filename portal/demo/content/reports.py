"""Research reports: the central and the zones' report indexes, and the reports with the
text of their PDF documents.

A document whose key is followed by ``# pdf-only: <word>`` has a word that appears in its
PDF and nowhere else in the demo: searching for it finds the report only through the
PDF's text.
"""

from ..text import T

REPORT_INDEX = {
    "key": "badania-i-analizy",
    "slug": T("badania-i-analizy", "research-and-analyses"),
    "title": T("Badania i analizy", "Research and analyses"),
    "intro": T(
        "Raporty, ekspertyzy i analizy ze wszystkich stref portalu, z pełnymi tekstami w PDF.",
        "Reports, expert opinions and analyses from every zone of the portal, with full texts "
        "in PDF.",
    ),
}
# Each zone's own report index; its key is the zone's key followed by "-badania".
ZONE_REPORT_INDEX = {
    "slug": T("badania", "research"),
    "title": T("Badania i analizy strefy", "Research in this zone"),
    "intro": T(
        "Raporty i ekspertyzy przygotowane dla tej strefy.",
        "Reports and expert opinions prepared for this zone.",
    ),
}

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
        "report_type": "guidelines",
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
        "report_type": "evaluation",
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
        "report_type": "analysis",
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
        "report_type": "analysis",
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
        "report_type": "report",
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
        "report_type": "guidelines",
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
        "report_type": "report",
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
        "report_type": "guidelines",
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
        "report_type": "expertise",
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
        "report_type": "report",
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
        "report_type": "expertise",
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
        "report_type": "report",
        "summary": T(
            "Kompendium zbiera przykłady dobrych praktyk ze wszystkich pięciu etapów "
            "zatrudnienia wspomaganego, zgromadzone podczas szkoleń kadry i wizyt studyjnych "
            "w krajach partnerskich. Pokazuje, jak różne systemy prawne kształtują pracę "
            "specjalistów zatrudnienia wspomaganego.",
            "The compendium brings together good practice from all five stages of supported "
            "employment, gathered during staff trainings and study visits in the partner "
            "countries. It shows how different legal systems shape the work of supported "
            "employment specialists.",
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
        "report_type": "analysis",
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
