"""The home page, the standard pages (about the project, privacy policy) and the contact
form: the page types of the `home` app."""

from ..text import T

HOME = {
    "key": "home",
    "slug": T("strona-glowna", "home", "holovna"),
    "title": T(
        "Portal Ekonomii Społecznej", "Social Economy Portal", "Портал соціальної економіки"
    ),
    "intro": T(
        "Wiedza, badania i praktyka zatrudnienia wspomaganego oraz spółdzielni socjalnych w "
        "jednym miejscu – dla samorządów, warsztatów terapii zajęciowej, pracodawców i "
        "partnerów zagranicznych.",
        "Knowledge, research and practice in supported employment and social cooperatives, "
        "gathered in one place for local governments, sheltered workshops, employers and "
        "partners abroad.",
        "Знання, дослідження та практика підтримуваного працевлаштування і соціальних кооперативів "
        "в одному місці – для органів місцевого самоврядування, майстерень трудової терапії, "
        "роботодавців і партнерів з-за кордону.",
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
                "<h2>Знання з проєктів, які змінювали ринок праці</h2>"
                "<p>Ми збираємо й поширюємо результати проєктів, завдяки яким у Польщі розвивалися "
                "підтримуване працевлаштування та соціальні кооперативи, що працевлаштовують людей "
                "з інвалідністю. Усі матеріали безкоштовні. Вони є польською та англійською "
                "мовами, а найважливіші сторінки – також українською.</p>"
                "<ul>"
                "<li>Новини з чотирьох тематичних зон.</li>"
                "<li>Бібліотека досліджень, у якій можна шукати також у тексті документів "
                "PDF.</li>"
                "<li>Інформаційні зустрічі для майстерень трудової терапії.</li>"
                "</ul>",
            ),
        ),
        (
            "call_to_action",
            {
                "heading": T(
                    "Poznaj pięć etapów zatrudnienia wspomaganego",
                    "Discover the five stages of supported employment",
                    "Дізнайтеся про п’ять етапів підтримуваного працевлаштування",
                ),
                "text": T(
                    "Dowiedz się, jak trener pracy towarzyszy osobie z niepełnosprawnością od "
                    "pierwszej rozmowy po stabilne zatrudnienie.",
                    "Learn how a job coach accompanies a person with a disability from the first "
                    "conversation to a stable job.",
                    "Прочитайте, як тренер з працевлаштування супроводжує людину з інвалідністю "
                    "від першої розмови до стабільної роботи.",
                ),
                "link_page": "o-projekcie",
                "link_url": "",
                "link_text": T(
                    "Przeczytaj o projekcie", "Read about the project", "Прочитати про проєкт"
                ),
            },
        ),
        (
            "partners",
            {
                "heading": T("Partnerzy", "Partners", "Партнери"),
                "partners": [
                    {
                        "name": T(
                            "Fundacja „Wspólna Praca”",
                            "Wspólna Praca Foundation",
                            "Фонд «Wspólna Praca»",
                        ),
                        "url": "https://example.org/partnerzy/wspolna-praca",
                    },
                    {
                        "name": T(
                            "Wielkopolski Ośrodek Ekonomii Społecznej",
                            "Wielkopolska Social Economy Centre",
                            "Великопольський центр соціальної економіки",
                        ),
                        "url": "https://example.org/partnerzy/woes",
                    },
                    {
                        "name": T("KARE (Irlandia)", "KARE (Ireland)", "KARE (Ірландія)"),
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
        "slug": T("o-projekcie", "about", "pro-proekt"),
        "title": T("O projekcie", "About the project", "Про проєкт"),
        "intro": T(
            "Portal porządkuje i udostępnia dorobek kilku projektów, które w Polsce przecierały "
            "szlaki zatrudnieniu wspomaganemu i spółdzielniom socjalnym tworzonym z myślą o "
            "osobach z niepełnosprawnościami.",
            "The portal brings together the results of several projects that paved the way in "
            "Poland for supported employment and for social cooperatives set up with people with "
            "disabilities in mind.",
            "Портал збирає та впорядковує напрацювання кількох проєктів, які в Польщі проклали "
            "шлях підтримуваному працевлаштуванню та соціальним кооперативам, створеним для людей "
            "з інвалідністю.",
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
                    "<h2>Звідки взявся портал</h2>"
                    "<p>За роки проєктів у сфері соціальної економіки з’явилося багато "
                    "інструментів, звітів і рекомендацій, які сьогодні важко знайти. Ми зібрали їх "
                    "на одному сайті, оновили й доповнили сучасними коментарями експертів.</p>"
                    "<p>Найбільше місця ми присвячуємо проєкту «Тренер з працевлаштування як "
                    "спосіб збільшити зайнятість людей з інвалідністю». У 2013–2014 роках у ньому "
                    "перевіряли на практиці послуги тренера з працевлаштування. Ми також описуємо "
                    "модель співпраці майстерень трудової терапії із соціальними кооперативами, "
                    "міжнародне партнерство фахівців з підтримуваного працевлаштування, навчання з "
                    "соціальної економіки для працівників центрів зайнятості, яке організувало "
                    "міністерство, і модульну навчальну програму Тестової моделі співпраці.</p>"
                    "<h2>Для кого цей портал</h2>"
                    "<ul>"
                    "<li>Для органів місцевого самоврядування, які хочуть замовляти соціальні "
                    "послуги та створювати робочі місця.</li>"
                    "<li>Для майстерень трудової терапії, які шукають для своїх учасників шлях до "
                    "роботи.</li>"
                    "<li>Для роботодавців, які хочуть працевлаштовувати людей з інвалідністю.</li>"
                    "<li>Для партнерів з-за кордону, яким цікавий польський досвід.</li>"
                    "</ul>",
                ),
            ),
            (
                "key_figures",
                {
                    "heading": T(
                        "Projekt „Trener pracy” w liczbach (faza testowania 2013–2014)",
                        "The Job Coach project in numbers (testing phase 2013–2014)",
                        "Проєкт «Тренер з працевлаштування» в цифрах (етап тестування 2013–2014)",
                    ),
                    "figures": [
                        {
                            "number": "72",
                            "label": T(
                                "trenerów pracy zrekrutowanych i przeszkolonych",
                                "job coaches recruited and trained",
                                "тренери з працевлаштування, яких набрали й навчили",
                            ),
                        },
                        {
                            "number": "5",
                            "label": T(
                                "mentorów wspierających trenerów",
                                "mentors supporting the coaches",
                                "менторів, які підтримували тренерів",
                            ),
                        },
                        {
                            "number": "5",
                            "label": T(
                                "województw, w których testowano usługę",
                                "voivodeships where the service was tested",
                                "воєводств, у яких тестували послугу",
                            ),
                        },
                        {
                            "number": "490",
                            "label": T(
                                "osób z niepełnosprawnościami zrekrutowanych do projektu",
                                "people with disabilities recruited",
                                "людей з інвалідністю, залучених до проєкту",
                            ),
                        },
                        {
                            "number": "231",
                            "label": T(
                                "pracodawców, z którymi nawiązano kontakt",
                                "employers contacted",
                                "роботодавець, з яким встановили контакт",
                            ),
                        },
                        {
                            "number": "57",
                            "label": T(
                                "pracodawców, którzy zatrudnili uczestników lub przyjęli ich na "
                                "staż",
                                "employers who hired participants or took them on as interns",
                                "роботодавців, які взяли учасників на роботу або на стажування",
                            ),
                        },
                        {
                            "number": "53",
                            "label": T(
                                "osoby, które podjęły pracę ze wsparciem trenera",
                                "people who started work with a job coach's support",
                                "людини почали працювати за підтримки тренера",
                            ),
                        },
                        {
                            "number": "11",
                            "label": T(
                                "staży zawodowych finansowanych przez urzędy pracy",
                                "internships funded by labour offices",
                                "професійних стажувань, які оплатили центри зайнятості",
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
                        "П’ять етапів підтримуваного працевлаштування",
                    ),
                    "stages": [
                        {
                            "title": T("Zaangażowanie", "Engagement", "Залучення"),
                            "description": T(
                                "Trener pomaga osobie z niepełnosprawnością zrozumieć, na czym "
                                "polega program, tak aby mogła świadomie zdecydować, czy chce w "
                                "nim uczestniczyć.",
                                "The coach helps the person with a disability understand what the "
                                "programme involves, so that they can make an informed choice "
                                "about taking part.",
                                "Тренер допомагає людині з інвалідністю зрозуміти, як працює "
                                "програма, щоб вона могла свідомо вирішити, чи хоче в ній брати "
                                "участь.",
                            ),
                        },
                        {
                            "title": T(
                                "Tworzenie profilu zawodowego",
                                "Vocational profiling",
                                "Професійний профіль",
                            ),
                            "description": T(
                                "Trener i uczestnik wspólnie rozpoznają umiejętności, "
                                "kompetencje i zainteresowania oraz mocne i słabe strony, które "
                                "staną się punktem wyjścia do szukania pracy.",
                                "The coach and the participant map out skills, competences and "
                                "interests, along with strengths and weaknesses, which become the "
                                "starting point for the job search.",
                                "Тренер і учасник разом визначають уміння, знання та інтереси, а "
                                "також сильні й слабкі сторони. З цього починається пошук роботи.",
                            ),
                        },
                        {
                            "title": T("Znajdowanie pracy", "Job finding", "Пошук роботи"),
                            "description": T(
                                "Pracy szuka się wszystkimi dostępnymi kanałami, a osoba z "
                                "niepełnosprawnością aktywnie w tym uczestniczy i współdecyduje o "
                                "kolejnych krokach.",
                                "The search uses every available channel, and the person with a "
                                "disability takes an active part and has a say in each decision.",
                                "Роботу шукають усіма доступними способами. Людина з інвалідністю "
                                "бере в цьому активну участь і разом з тренером вирішує, що робити "
                                "далі.",
                            ),
                        },
                        {
                            "title": T(
                                "Zaangażowanie pracodawcy",
                                "Employer engagement",
                                "Залучення роботодавця",
                            ),
                            "description": T(
                                "Trener rozmawia z pracodawcą o konkretnej osobie, wyjaśnia, na "
                                "czym polega wsparcie, i pomaga dopasować stanowisko.",
                                "The coach talks to the employer about a specific candidate, "
                                "explains how the support works and helps to shape the job.",
                                "Тренер розмовляє з роботодавцем про конкретну людину, пояснює, як "
                                "працює підтримка, і допомагає пристосувати робоче місце.",
                            ),
                        },
                        {
                            "title": T(
                                "Wsparcie w miejscu pracy i poza nim",
                                "Support on and off the job",
                                "Підтримка на роботі й поза нею",
                            ),
                            "description": T(
                                "Forma i intensywność pomocy zależą od potrzeb pracownika, jego "
                                "umiejętności i rodzaju zatrudnienia. Wraz ze wzrostem "
                                "samodzielności wsparcie stopniowo się zmniejsza.",
                                "The kind and level of help depend on the employee's needs, "
                                "skills and type of job. As their independence grows, the support "
                                "is gradually scaled back.",
                                "Вид і обсяг допомоги залежать від потреб працівника, його вмінь і "
                                "виду роботи. Що самостійнішою стає людина, то менше підтримки їй "
                                "потрібно.",
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
                        "Найважливіші події проєкту «Тренер з працевлаштування»",
                    ),
                    "entries": [
                        {
                            "when": T(
                                "1.11.2013 – 31.07.2014",
                                "1 Nov 2013 – 31 Jul 2014",
                                "1.11.2013 – 31.07.2014",
                            ),
                            "title": T(
                                "Testowanie wytycznych",
                                "Testing the guidelines",
                                "Тестування настанов",
                            ),
                            "description": T(
                                "W województwach mazowieckim, dolnośląskim, pomorskim, podlaskim "
                                "i podkarpackim trenerzy pracy sprawdzali w praktyce zestawy "
                                "narzędzi do rekrutacji, szkolenia oraz zarządzania ich pracą.",
                                "In the Mazowieckie, Dolnośląskie, Pomorskie, Podlaskie and "
                                "Podkarpackie voivodeships, job coaches tried out the toolkits for "
                                "recruiting, training and managing coaches in practice.",
                                "У Мазовецькому, Нижньосілезькому, Поморському, Підляському та "
                                "Підкарпатському воєводствах тренери з працевлаштування перевіряли "
                                "на практиці інструменти для набору й навчання тренерів і для "
                                "керування їхньою роботою.",
                            ),
                        },
                        {
                            "when": T(
                                "30.09 – 3.10.2014", "30 Sep – 3 Oct 2014", "30.09 – 3.10.2014"
                            ),
                            "title": T(
                                "Wizyta studyjna w KARE w Irlandii",
                                "Study visit to KARE, Ireland",
                                "Навчальний візит до KARE в Ірландії",
                            ),
                            "description": T(
                                "Przedstawiciele lidera, partnerów i Biura Pełnomocnika Rządu do "
                                "Spraw Osób Niepełnosprawnych omówili z partnerem ponadnarodowym "
                                "wyniki testów i proponowane zmiany.",
                                "Representatives of the lead organisation, the partners and the "
                                "Office of the Government Plenipotentiary for Disabled People "
                                "discussed the test results and proposed changes with the "
                                "transnational partner.",
                                "Представники провідної організації, партнерів і Бюро "
                                "Уповноваженого уряду у справах людей з інвалідністю обговорили з "
                                "іноземним партнером результати тестування та запропоновані зміни.",
                            ),
                        },
                        {
                            "when": T("14–15.10.2014", "14–15 Oct 2014", "14–15.10.2014"),
                            "title": T(
                                "Grupy robocze w Warszawie",
                                "Working groups in Warsaw",
                                "Робочі групи у Варшаві",
                            ),
                            "description": T(
                                "Najpierw organizacje pozarządowe, a dzień później przedstawiciele "
                                "administracji rządowej i samorządowej konsultowali ostateczny "
                                "kształt produktu.",
                                "First NGOs and, a day later, representatives of central and "
                                "local government reviewed the final shape of the product.",
                                "Спочатку громадські організації, а наступного дня представники "
                                "державної влади та органів місцевого самоврядування обговорювали "
                                "остаточний вигляд продукту.",
                            ),
                        },
                        {
                            "when": T("16 i 20.10.2014", "16 and 20 Oct 2014", "16 і 20.10.2014"),
                            "title": T(
                                "Seminaria we Wrocławiu i w Warszawie",
                                "Seminars in Wrocław and Warsaw",
                                "Семінари у Вроцлаві та Варшаві",
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
                                "Обидва семінари про підтримуване працевлаштування для "
                                "представників Міністерства праці та соціальної політики (MPiPS), "
                                "Державного фонду реабілітації людей з інвалідністю (PFRON) і "
                                "партнерів почалися з пресконференцій. У них брав участь і партнер "
                                "з Ірландії.",
                            ),
                        },
                        {
                            "when": T("31.10.2014", "31 Oct 2014", "31.10.2014"),
                            "title": T(
                                "Złożenie produktu finalnego",
                                "Final product submitted",
                                "Подання фінального продукту",
                            ),
                            "description": T(
                                "Wytyczne dotyczące świadczenia usług przez trenera pracy trafiły "
                                "do Krajowej Instytucji Wspomagającej w Centrum Projektów "
                                "Europejskich.",
                                "The guidelines for the provision of job coach services were "
                                "submitted to the National Support Institution at the Centre for "
                                "European Projects.",
                                "Настанови щодо послуг тренера з працевлаштування передали до "
                                "Національної допоміжної інституції в Центрі європейських "
                                "проєктів.",
                            ),
                        },
                        {
                            "when": T("4.12.2014", "4 Dec 2014", "4.12.2014"),
                            "title": T(
                                "Posiedzenie walidacyjne Krajowej Sieci Tematycznej",
                                "Validation meeting of the National Thematic Network",
                                "Валідаційне засідання Національної тематичної мережі",
                            ),
                            "description": T(
                                "Na posiedzeniu sieci w obszarze zatrudnienia i integracji "
                                "społecznej w Warszawie zaplanowano walidację produktu, od której "
                                "zależało jego dalsze upowszechnianie.",
                                "The network's meeting on employment and social integration in "
                                "Warsaw was scheduled to validate the product, which would decide "
                                "how it could be disseminated further.",
                                "На засіданні мережі з питань зайнятості та соціальної інтеграції "
                                "у Варшаві запланували валідацію продукту. Від неї залежало, чи "
                                "поширюватимуть його далі.",
                            ),
                        },
                        {
                            "when": T("wrzesień 2025", "September 2025", "вересень 2025"),
                            "title": T("Uruchomienie portalu", "Portal launched", "Запуск порталу"),
                            "description": T(
                                "Dorobek projektu i kolejnych przedsięwzięć opracowano na nowo i "
                                "udostępniono w dwóch językach.",
                                "The results of the project and later initiatives were reworked "
                                "and published in two languages.",
                                "Напрацювання проєкту та наступних ініціатив оновили й "
                                "опублікували польською та англійською мовами.",
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
                    "<h2>Навчальна програма Тестової моделі співпраці</h2>"
                    "<p>Тестова модель співпраці допомагає центрам і клубам соціальної інтеграції "
                    "разом з органами місцевого самоврядування створювати місцевий ринок "
                    "соціальних послуг. Модель перевіряють у 30 місцях, а її впровадження очолять "
                    "60 експертів, підготовлених у шести групах по десять осіб.</p>"
                    "<p>Програма складається з практичних занять з елементами лекцій. Навчальні "
                    "матеріали створено так, щоб ними можна було користуватися й після завершення "
                    "тестування.</p>",
                ),
            ),
            (
                "training_modules",
                {
                    "heading": T(
                        "Dziewięć modułów programu",
                        "The nine modules of the programme",
                        "Дев’ять модулів програми",
                    ),
                    "modules": [
                        {
                            "title": T(
                                "Moduł 1. Model współpracy a lokalna polityka społeczna",
                                "Module 1. The cooperation model and local social policy",
                                "Модуль 1. Модель співпраці та місцева соціальна політика",
                            ),
                            "goals": T(
                                "Uporządkowanie pojęć związanych z zatrudnieniem socjalnym, "
                                "rozwojem lokalnym i rynkiem usług społecznych.",
                                "To establish a shared understanding of social employment, local "
                                "development and the market for social services.",
                                "Упорядкувати поняття соціального працевлаштування, місцевого "
                                "розвитку та ринку соціальних послуг.",
                            ),
                            "topics": [
                                T(
                                    "Polityka aktywizacji i jej dylematy",
                                    "Activation policy and its dilemmas",
                                    "Політика активізації та її дилеми",
                                ),
                                T(
                                    "Podstawy prawne usług społecznych i zatrudnienia socjalnego",
                                    "The legal basis of social services and social employment",
                                    "Правові основи соціальних послуг і соціального "
                                    "працевлаштування",
                                ),
                                T(
                                    "Co sprawia, że usługa jest społeczna i publiczna",
                                    "What makes a service social and public",
                                    "Що робить послугу соціальною і публічною",
                                ),
                                T(
                                    "Lokalne partnerstwa – historie sukcesów i porażek",
                                    "Local partnerships: stories of success and failure",
                                    "Місцеві партнерства: історії успіхів і невдач",
                                ),
                                T(
                                    "Kim są uczestnicy programów reintegracji",
                                    "Who takes part in reintegration programmes",
                                    "Хто бере участь у програмах реінтеграції",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 2. Metody reintegracji społecznej i zawodowej w Polsce i "
                                "w Europie",
                                "Module 2. Methods of social and vocational reintegration in "
                                "Poland and Europe",
                                "Модуль 2. Методи соціальної та професійної реінтеграції в Польщі "
                                "та Європі",
                            ),
                            "goals": T(
                                "Poszerzenie zestawu narzędzi pracy w środowisku lokalnym i "
                                "inspiracja do działania.",
                                "To broaden the toolkit for local work and inspire action.",
                                "Розширити набір інструментів для роботи в громаді й надихнути до "
                                "дії.",
                            ),
                            "topics": [
                                T(
                                    "Jak działają centra i kluby integracji społecznej i do kogo "
                                    "kierują wsparcie",
                                    "How social integration centres and clubs work and whom they "
                                    "serve",
                                    "Як працюють центри й клуби соціальної інтеграції та кому вони "
                                    "допомагають",
                                ),
                                T(
                                    "Postawy samorządów i społeczności wobec instytucji "
                                    "zatrudnienia socjalnego",
                                    "How local governments and communities respond to social "
                                    "employment institutions",
                                    "Ставлення органів місцевого самоврядування і громад до "
                                    "установ соціального працевлаштування",
                                ),
                                T(
                                    "Prawne instrumenty wsparcia i ich granice",
                                    "Legal support instruments and their limits",
                                    "Правові інструменти підтримки та їхні межі",
                                ),
                                T(
                                    "Potrzeby samorządów, OWES i podmiotów ekonomii społecznej",
                                    "The needs of local governments, support centres and social "
                                    "economy entities",
                                    "Потреби органів місцевого самоврядування, центрів підтримки "
                                    "соціальної економіки (OWES) і суб’єктів соціальної економіки",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 3. Projektowanie działań w społeczności",
                                "Module 3. Planning action in the community",
                                "Модуль 3. Планування дій у громаді",
                            ),
                            "goals": T(
                                "Wyposażenie uczestników w narzędzia współpracy "
                                "międzysektorowej i budowania rynku usług społecznych.",
                                "To equip participants with tools for cross-sector cooperation "
                                "and for building a market for social services.",
                                "Дати учасникам інструменти для співпраці різних секторів і для "
                                "розбудови ринку соціальних послуг.",
                            ),
                            "topics": [
                                T(
                                    "Diagnoza lokalna",
                                    "Local needs assessment",
                                    "Аналіз місцевих потреб",
                                ),
                                T(
                                    "Inicjowanie współpracy i partnerstwa ponadgminne",
                                    "Starting cooperation and partnerships across municipalities",
                                    "Початок співпраці та партнерства кількох громад",
                                ),
                                T(
                                    "Lokalna strategia i rzecznictwo",
                                    "Local strategy and advocacy",
                                    "Місцева стратегія та адвокація",
                                ),
                                T(
                                    "Partycypacja i podmiotowość odbiorców",
                                    "Participation and the agency of service users",
                                    "Участь і суб’єктність отримувачів послуг",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 4. Procedury modelu – pierwsza sfera",
                                "Module 4. Model procedures – the first sphere",
                                "Модуль 4. Процедури моделі – перша сфера",
                            ),
                            "goals": T(
                                "Przełożenie wiedzy ogólnej na procedury zaspokajania potrzeb "
                                "kadrowych podmiotów świadczących usługi społeczne.",
                                "To turn general knowledge into procedures for meeting the "
                                "staffing needs of social service providers.",
                                "Перетворити загальні знання на процедури, які допомагають "
                                "надавачам соціальних послуг знаходити працівників.",
                            ),
                            "topics": [
                                T(
                                    "Organizacja pracy i finansowanie instytucji zatrudnienia "
                                    "socjalnego",
                                    "Organising and financing social employment institutions",
                                    "Організація роботи та фінансування установ соціального "
                                    "працевлаштування",
                                ),
                                T(
                                    "Szkolenie uczestników do świadczenia usług społecznych",
                                    "Training participants to deliver social services",
                                    "Навчання учасників надавати соціальні послуги",
                                ),
                                T(
                                    "Praktyki w podmiotach ekonomii społecznej i firmach",
                                    "Placements in social economy entities and companies",
                                    "Практика в суб’єктах соціальної економіки та на підприємствах",
                                ),
                                T(
                                    "Ocena gotowości do przejścia do innych form zatrudnienia",
                                    "Assessing readiness to move on to other forms of employment",
                                    "Оцінка готовності перейти до інших форм зайнятості",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 5. Procedury modelu – druga sfera",
                                "Module 5. Model procedures – the second sphere",
                                "Модуль 5. Процедури моделі – друга сфера",
                            ),
                            "goals": T(
                                "Przygotowanie do wspierania osób, które chcą tworzyć podmioty "
                                "ekonomii społecznej świadczące usługi społeczne.",
                                "To prepare participants to support people setting up social "
                                "economy entities that provide social services.",
                                "Підготуватися до підтримки людей, які хочуть створити суб’єкти "
                                "соціальної економіки для надання соціальних послуг.",
                            ),
                            "topics": [
                                T(
                                    "Formy prawne podmiotów ekonomii społecznej i ich ograniczenia",
                                    "Legal forms of social economy entities and their constraints",
                                    "Правові форми суб’єктів соціальної економіки та їхні "
                                    "обмеження",
                                ),
                                T(
                                    "Zatrudnianie pracowników w podmiotach ekonomii społecznej",
                                    "Employing staff in social economy entities",
                                    "Працевлаштування працівників у суб’єктах соціальної економіки",
                                ),
                                T(
                                    "Dostępne formy wsparcia",
                                    "Available support",
                                    "Доступні види підтримки",
                                ),
                                T(
                                    "Budowanie oferty usług",
                                    "Building a service offer",
                                    "Як скласти пропозицію послуг",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 6. Procedury modelu – trzecia sfera",
                                "Module 6. Model procedures – the third sphere",
                                "Модуль 6. Процедури моделі – третя сфера",
                            ),
                            "goals": T(
                                "Poznanie zasad zlecania i kontraktowania usług społecznych "
                                "podmiotom ekonomii społecznej.",
                                "To learn how social services are commissioned from and "
                                "contracted out to social economy entities.",
                                "Дізнатися, як органи влади доручають соціальні послуги суб’єктам "
                                "соціальної економіки та укладають з ними договори.",
                            ),
                            "topics": [
                                T(
                                    "Dokumenty strategiczne jako podstawa zlecania usług",
                                    "Strategic documents as the basis for commissioning",
                                    "Стратегічні документи як підстава для замовлення послуг",
                                ),
                                T(
                                    "Zamówienia publiczne, konkursy ofert i inne instrumenty "
                                    "kontraktowania",
                                    "Public procurement, calls for proposals and other "
                                    "contracting instruments",
                                    "Публічні закупівлі, конкурси пропозицій та інші способи "
                                    "укладання договорів",
                                ),
                                T(
                                    "Preferencje dla podmiotów ekonomii społecznej",
                                    "Preferences for social economy entities",
                                    "Преференції для суб’єктів соціальної економіки",
                                ),
                                T(
                                    "Standardy usług i sposoby ich weryfikacji",
                                    "Service standards and how to check them",
                                    "Стандарти послуг і способи їх перевірки",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 7. Wprowadzanie zmian w działaniach lokalnych",
                                "Module 7. Adapting local action",
                                "Модуль 7. Зміни в місцевих діях",
                            ),
                            "goals": T(
                                "Nauka reagowania na nowe okoliczności i potrzeby na podstawie "
                                "pierwszych doświadczeń z wdrażania modelu.",
                                "To learn to respond to new circumstances and needs based on early "
                                "experience of putting the model into practice.",
                                "Навчитися реагувати на нові обставини й потреби з огляду на "
                                "перший досвід упровадження моделі.",
                            ),
                            "topics": [
                                T(
                                    "Ocena dotychczasowych doświadczeń",
                                    "Reviewing experience so far",
                                    "Оцінка здобутого досвіду",
                                ),
                                T(
                                    "Prezentacja diagnoz lokalnych",
                                    "Presenting local assessments",
                                    "Представлення місцевих аналізів потреб",
                                ),
                                T(
                                    "Matryca logiczna i inne narzędzia opisu modelu",
                                    "Logical frameworks and other tools for describing the model",
                                    "Логічна матриця та інші інструменти опису моделі",
                                ),
                                T(
                                    "Bilans potrzeb i korzyści",
                                    "Weighing needs against benefits",
                                    "Баланс потреб і вигод",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 8. Warsztat ewaluacyjny",
                                "Module 8. Evaluation workshop",
                                "Модуль 8. Оцінювальний семінар",
                            ),
                            "goals": T(
                                "Nauka oceniania efektów wdrożenia i przygotowywania "
                                "rekomendacji strategicznych dla lokalnej społeczności.",
                                "To prepare participants to evaluate and to make strategic "
                                "recommendations for their community.",
                                "Навчитися оцінювати результати впровадження та готувати "
                                "стратегічні рекомендації для громади.",
                            ),
                            "topics": [
                                T(
                                    "Programowanie lokalnej polityki rozwoju",
                                    "Planning local development policy",
                                    "Планування місцевої політики розвитку",
                                ),
                                T(
                                    "Narzędzia badawcze i analiza danych",
                                    "Research tools and data analysis",
                                    "Дослідницькі інструменти та аналіз даних",
                                ),
                                T(
                                    "Wskazywanie obszarów wymagających poprawy",
                                    "Identifying areas for improvement",
                                    "Визначення того, що треба покращити",
                                ),
                                T(
                                    "Kiedy zrezygnować z wdrażania modelu",
                                    "Knowing when to stop implementing the model",
                                    "Коли варто відмовитися від упровадження моделі",
                                ),
                            ],
                        },
                        {
                            "title": T(
                                "Moduł 9. Rozszerzanie rezultatów",
                                "Module 9. Scaling up the results",
                                "Модуль 9. Поширення результатів",
                            ),
                            "goals": T(
                                "Przygotowanie do upowszechniania efektów i wdrażania w "
                                "społeczności kolejnych modeli cząstkowych.",
                                "To prepare participants to spread the results and introduce "
                                "further sub-models in their community.",
                                "Підготуватися до поширення результатів і впровадження в громаді "
                                "наступних часткових моделей.",
                            ),
                            "topics": [
                                T(
                                    "Rzecznictwo i koalicje na rzecz zmian w polityce lokalnej",
                                    "Advocacy and coalitions for change in local policy",
                                    "Адвокація та коаліції за зміни в місцевій політиці",
                                ),
                                T(
                                    "Obejmowanie modelem kolejnych usług społecznych",
                                    "Extending the model to more social services",
                                    "Поширення моделі на інші соціальні послуги",
                                ),
                                T(
                                    "Prezentowanie wyników i promocja osiągnięć",
                                    "Presenting results and promoting achievements",
                                    "Представлення результатів і популяризація досягнень",
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
                        "Тренер з працевлаштування не робить роботу замість працівника. Він "
                        "допомагає людині освоїтися на підприємстві, а потім поступово відходить у "
                        "тінь. Найкращий доказ успіху – день, коли тренер більше не потрібен.",
                    ),
                    "author": "Katarzyna Zielińska",
                    "role": T(
                        "mentorka trenerów pracy w fazie testowania",
                        "mentor to job coaches during the testing phase",
                        "менторка тренерів з працевлаштування на етапі тестування",
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": T(
                        "Chcesz wdrożyć zatrudnienie wspomagane?",
                        "Planning to introduce supported employment?",
                        "Хочете впровадити підтримуване працевлаштування?",
                    ),
                    "text": T(
                        "Napisz do nas – pomożemy dobrać materiały i skontaktujemy Cię z osobami, "
                        "które mają doświadczenie w pracy trenera.",
                        "Get in touch and we will point you to the right materials and put you in "
                        "contact with experienced job coaches.",
                        "Напишіть нам: ми допоможемо дібрати матеріали та познайомимо вас з "
                        "людьми, які мають досвід роботи тренером. Форма контакту доступна "
                        "польською мовою.",
                    ),
                    "link_page": "kontakt",
                    "link_url": "",
                    "link_text": T(
                        "Przejdź do formularza kontaktowego",
                        "Go to the contact form",
                        "Перейти до форми контакту",
                    ),
                },
            ),
            (
                "video",
                {
                    "title": T(
                        "Film: trener pracy w zakładzie – przykładowe nagranie",
                        "Video: a job coach at the workplace – sample recording",
                        "Відео: тренер з працевлаштування на підприємстві – зразок запису",
                    ),
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "transcript": T(
                        "Przykładowe nagranie pokazujące miejsce na film w portalu. Film "
                        "wczytuje się dopiero po zgodzie na media zewnętrzne; do tego czasu "
                        "serwis YouTube nie otrzymuje żadnych danych.",
                        "A sample recording showing where a video goes on the portal. It loads "
                        "only after you allow external media; until then YouTube receives no "
                        "data.",
                        "Зразок запису, який показує, де на порталі буде відео. Відео "
                        "завантажується лише після вашої згоди на зовнішні медіа; доти YouTube не "
                        "отримує жодних даних.",
                    ),
                },
            ),
        ],
        "show_in_menus": True,
    },
    {
        "key": "prywatnosc",
        "slug": T("polityka-prywatnosci", "privacy-policy", "polityka-konfidentsiinosti"),
        "title": T(
            "Polityka prywatności i cookies",
            "Privacy and cookie policy",
            "Політика конфіденційності та файли cookie",
        ),
        "intro": T(
            "Jak przetwarzamy dane osobowe osób korzystających z portalu i jakich plików cookies "
            "używamy.",
            "How we process the personal data of people who use the portal, and which cookies we "
            "use.",
            "Як ми обробляємо персональні дані людей, які користуються порталом, і які файли "
            "cookie використовуємо.",
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
                    "<h2>Контролер даних</h2>"
                    "<p>Контролером персональних даних, зібраних через портал, є Фонд «Wspólna "
                    "Praca», ul. Przykładowa 12, 00-950 Warszawa. З інспектором із захисту даних "
                    "можна зв’язатися за адресою iod@example.org.</p>"
                    "<h2>Мета і правові підстави обробки</h2>"
                    "<ul>"
                    "<li>відповідь на повідомлення, надіслане через форму контакту, – законний "
                    "інтерес контролера (стаття 6(1)(f) GDPR);</li>"
                    "<li>реєстрація на інформаційні зустрічі та їх організація – дії на прохання "
                    "особи, якої стосуються дані, і виконання договору (стаття 6(1)(b) GDPR);</li>"
                    "<li>звітність і архівування документації проєкту, співфінансованого "
                    "Європейським Союзом, – юридичний обов’язок (стаття 6(1)(c) GDPR);</li>"
                    "<li>статистика відвідувань – лише за вашою згодою (стаття 6(1)(a) GDPR).</li>"
                    "</ul>"
                    "<h2>Отримувачі даних</h2>"
                    "<p>Дані можуть обробляти постачальники хостингу та електронної пошти, які "
                    "діють за нашим дорученням. Ми не передаємо дані за межі Європейської "
                    "економічної зони.</p>"
                    "<h2>Строк зберігання</h2>"
                    "<p>Листування ми зберігаємо 12 місяців після завершення справи. Дані "
                    "учасників зустрічей зберігаємо до кінця строку архівування, якого вимагають "
                    "правила програми, що фінансує проєкт. Статистичні дані зберігаємо не довше 14 "
                    "місяців.</p>"
                    "<h2>Ваші права</h2>"
                    "<p>Ви маєте право на доступ до своїх даних, їх виправлення, видалення або "
                    "обмеження обробки, право на перенесення даних і право заперечити проти "
                    "обробки. Згоду можна відкликати будь-коли; це не впливає на законність "
                    "обробки до відкликання. Ви також маєте право подати скаргу Голові Управління "
                    "із захисту персональних даних (UODO).</p>"
                    "<h2>Файли cookie</h2>"
                    "<p>Портал використовує файли cookie трьох категорій:</p>"
                    "<ul>"
                    "<li>необхідні – забезпечують роботу порталу та запам’ятовують вибрану мову й "
                    "ваші рішення щодо файлів cookie; згода на них не потрібна;</li>"
                    "<li>статистичні – допомагають нам зрозуміти, як ви користуєтеся порталом; ми "
                    "зберігаємо їх лише за вашою згодою;</li>"
                    "<li>зовнішні медіа – дають змогу показувати вбудовані відео, зокрема записи "
                    "польською жестовою мовою; ми завантажуємо їх лише після вашої згоди.</li>"
                    "</ul>"
                    "<p>Своє рішення ви можете будь-коли змінити в налаштуваннях файлів cookie, "
                    "посилання на які є внизу сторінки.</p>",
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
