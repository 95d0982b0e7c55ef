"""The international project's four staff trainings (one per partner country, each on a
different stage of supported employment) and the modular training programme (nine modules,
six groups). Facts from the seeds: four job coaches per partner, a week including travel,
workshops, study visits and meetings with local job coaches and NGOs; the programme's modules
and their aims, groups of ten. Three trainings are over; the fourth is ahead (relative to the
day the demo is loaded), so visitors can apply for it."""

from ..text import T

PARTNERS = [
    {"key": "wspolna-praca", "name": "Fundacja „Wspólna Praca”", "country": "PL"},
    {"key": "kare", "name": "KARE", "country": "IE"},
    {"key": "empleo", "name": "Empleo con Apoyo Sur", "country": "ES"},
    {"key": "lavoro", "name": "Lavoro Accanto", "country": "IT"},
]

TRAINING_INDEX = {
    "slug": T("szkolenia-kadry", "staff-trainings"),
    "title": T("Szkolenia kadry", "Staff trainings"),
    "intro": T(
        "Cztery kilkudniowe szkolenia dla specjalistów zatrudnienia wspomaganego, po jednym "
        "w każdym kraju partnerskim, każde o innym etapie zatrudnienia wspomaganego. Każda "
        "organizacja partnerska wysyła czterech trenerów pracy; o udziale decyduje "
        "zgłoszenie, a nie kolejność.",
        "Four trainings of several days for supported employment specialists, one in each "
        "partner country, each on a different stage of supported employment. Every partner "
        "organisation sends four job coaches; places are given by application, not first "
        "come, first served.",
    ),
}

ORGANISER_NAME = T(
    "Zespół szkoleń – Fundacja „Wspólna Praca”", "Training team – Wspólna Praca Foundation"
)
ORGANISER_EMAIL = "szkolenia@example.org"
# One team runs the four trainings and their applications: each accessibility request as it
# arrives, and a daily summary of applications (OrganiserNotifications).
ORGANISER_NOTIFICATIONS = "digest"

# (time, kind, title, place, description) per day; None marks a travel day.
TRAININGS = [
    {
        "key": "t-polska",
        "host": "wspolna-praca",
        "stage": "engagement",
        "start": "2025-10-05",
        "slug": T("zaangazowanie-warszawa", "engagement-warsaw"),
        "title": T("Zaangażowanie – szkolenie w Warszawie", "Engagement: training in Warsaw"),
        "lead": T(
            "Pierwsze szkolenie partnerstwa: jak nawiązać kontakt z osobą z niepełnosprawnością "
            "i jej rodziną oraz uzgodnić wspólną strukturę metodyki.",
            "The partnership's first training: how to reach a person with a disability and "
            "their family, and agreeing the structure of the shared methodology.",
        ),
        "days": [
            None,
            [
                (
                    "9:00–12:30",
                    "lecture",
                    T("Pierwszy kontakt i zaufanie", "First contact and trust"),
                    T("Siedziba fundacji", "Foundation office"),
                    T(
                        "Co decyduje o tym, że osoba chce skorzystać ze wsparcia.",
                        "What makes a person want to use the support.",
                    ),
                ),
                (
                    "14:00–17:00",
                    "workshop",
                    T("Rozmowa z rodziną", "Talking with the family"),
                    T("Siedziba fundacji", "Foundation office"),
                    T(
                        "Ćwiczenia w parach na podstawie prawdziwych sytuacji.",
                        "Exercises in pairs based on real situations.",
                    ),
                ),
            ],
            [
                (
                    "9:30–13:00",
                    "study_visit",
                    T("Wizyta w warsztacie terapii zajęciowej", "Visit to a sheltered workshop"),
                    T("WTZ na Pradze", "Sheltered workshop in Praga"),
                    T(
                        "Jak uczestnicy WTZ trafiają do trenera pracy.",
                        "How workshop participants come to a job coach.",
                    ),
                ),
                (
                    "15:00–17:00",
                    "local_meeting",
                    T("Spotkanie z trenerami z Mazowsza", "Meeting job coaches from Mazovia"),
                    T(
                        "Centrum Partnerstwa Społecznego „Dialog”",
                        "“Dialog” Social Partnership Centre",
                    ),
                    T(
                        "Wymiana doświadczeń z lokalnymi organizacjami.",
                        "Sharing experience with local organisations.",
                    ),
                ),
            ],
            None,
        ],
        "travel": T(
            "Lotnisko Chopina, dalej pociągiem SKM do centrum.",
            "Chopin Airport, then the SKM train to the centre.",
        ),
        "accommodation": T(
            "Hotel w centrum, pokoje dwuosobowe.", "A hotel in the centre, twin rooms."
        ),
        "accessibility": T(
            "Sale i hotel bez progów; pętla indukcyjna w sali wykładowej.",
            "Step-free rooms and hotel; an induction loop in the lecture room.",
        ),
        "outcome": T(
            "<p>Szesnastu trenerów pracy z czterech krajów uzgodniło spis treści wspólnej "
            "metodyki i opisało pierwszy etap: zaangażowanie.</p>",
            "<p>Sixteen job coaches from four countries agreed the table of contents of the "
            "shared methodology and described its first stage, engagement.</p>",
        ),
    },
    {
        "key": "t-irlandia",
        "host": "kare",
        "stage": "job_finding",
        "start": "2026-03-08",
        "slug": T("znajdowanie-pracy-irlandia", "job-finding-ireland"),
        "title": T("Znajdowanie pracy – szkolenie w Irlandii", "Job finding: training in Ireland"),
        "lead": T(
            "Metody szukania pracy, w których osoba z niepełnosprawnością współdecyduje o każdym "
            "kroku; gospodarzem był KARE.",
            "Job-search methods in which the person with a disability has a say in every step, "
            "hosted by KARE.",
        ),
        "days": [
            None,
            [
                (
                    "9:00–12:00",
                    "workshop",
                    T("Mapa lokalnego rynku pracy", "Mapping the local labour market"),
                    T("Siedziba KARE, Newbridge", "KARE office, Newbridge"),
                    T(
                        "Jak wspólnie z kandydatem szukać ofert, które mu odpowiadają.",
                        "How to look for suitable openings together with the candidate.",
                    ),
                ),
                (
                    "13:30–16:30",
                    "study_visit",
                    T("Wizyta u pracodawcy", "Visit to an employer"),
                    T("Sklep sieci handlowej", "A retail store"),
                    T(
                        "Rozmowa z pracownikiem zatrudnionym z pomocą trenera.",
                        "A conversation with an employee hired with a coach's help.",
                    ),
                ),
            ],
            [
                (
                    "10:00–12:00",
                    "local_meeting",
                    T("Spotkanie z irlandzkimi trenerami pracy", "Meeting Irish job coaches"),
                    T("Siedziba KARE, Newbridge", "KARE office, Newbridge"),
                    T(
                        "Wspólna analiza trudnych przypadków.",
                        "Working through difficult cases together.",
                    ),
                ),
            ],
            None,
        ],
        "travel": T(
            "Lot do Dublina, dalej autobusem do Newbridge.",
            "A flight to Dublin, then a bus to Newbridge.",
        ),
        "accommodation": T("Pensjonat w Newbridge.", "A guest house in Newbridge."),
        "accessibility": T(
            "Budynek KARE jest w pełni dostępny.", "The KARE building is fully accessible."
        ),
        "outcome": T(
            "<p>Uczestnicy opisali etap znajdowania pracy i zebrali dziesięć przykładów "
            "rozmów z pracodawcami.</p>",
            "<p>Participants described the job-finding stage and collected ten examples of "
            "conversations with employers.</p>",
        ),
    },
    {
        "key": "t-hiszpania",
        "host": "empleo",
        "stage": "employer_engagement",
        "start": "2026-06-07",
        "slug": T("zaangazowanie-pracodawcy-hiszpania", "employer-engagement-spain"),
        "title": T(
            "Zaangażowanie pracodawcy – szkolenie w Hiszpanii",
            "Employer engagement: training in Spain",
        ),
        "lead": T(
            "Wizyty w firmach pokazały, jak rozmawiać z pracodawcą o konkretnym kandydacie "
            "i jego potrzebach.",
            "Company visits showed how to talk to an employer about a specific candidate and "
            "their needs.",
        ),
        "days": [
            None,
            [
                (
                    "9:00–13:00",
                    "lecture",
                    T("Co zyskuje pracodawca", "What the employer gains"),
                    T(
                        "Siedziba Empleo con Apoyo Sur, Sewilla",
                        "Empleo con Apoyo Sur office, Seville",
                    ),
                    T(
                        "Argumenty i wsparcie, które przekonują firmy.",
                        "Arguments and support that convince companies.",
                    ),
                ),
                (
                    "15:00–18:00",
                    "study_visit",
                    T(
                        "Wizyta w hotelu zatrudniającym osoby z niepełnosprawnościami",
                        "Visit to a hotel employing people with disabilities",
                    ),
                    T("Sewilla", "Seville"),
                    T(
                        "Rozmowa z kierowniczką o tym, jak przygotowała zespół.",
                        "A talk with the manager about how she prepared the team.",
                    ),
                ),
            ],
            [
                (
                    "9:30–12:30",
                    "workshop",
                    T("Analiza stanowiska pracy", "Job analysis"),
                    T(
                        "Siedziba Empleo con Apoyo Sur, Sewilla",
                        "Empleo con Apoyo Sur office, Seville",
                    ),
                    T("Ćwiczenie na prawdziwym stanowisku.", "An exercise on a real workplace."),
                ),
            ],
            None,
        ],
        "travel": T("Lot do Sewilli.", "A flight to Seville."),
        "accommodation": T("Hotel przy starym mieście.", "A hotel by the old town."),
        "accessibility": T(
            "Miejsca zajęć dostępne dla osób na wózkach.", "Venues accessible to wheelchair users."
        ),
        "outcome": T(
            "<p>Powstał wzór rozmowy z pracodawcą i lista pytań do analizy stanowiska pracy.</p>",
            "<p>The training produced a template for the conversation with an employer and a "
            "checklist for the job analysis.</p>",
        ),
    },
    {
        "key": "t-wlochy",
        "host": "lavoro",
        "stage": "on_off_job_support",
        "days_from_now": 60,
        "slug": T("wsparcie-w-pracy-wlochy", "on-and-off-the-job-support-italy"),
        "title": T(
            "Wsparcie w miejscu pracy i poza nim – szkolenie we Włoszech",
            "On- and off-the-job support: training in Italy",
        ),
        "lead": T(
            "Stopniowe wycofywanie wsparcia, rola współpracowników i pomoc poza pracą. "
            "Zgłoszenia przyjmujemy od trenerów pracy organizacji partnerskich.",
            "Scaling support back gradually, the role of co-workers and help outside work. "
            "Job coaches of the partner organisations are welcome to apply.",
        ),
        "days": [
            None,
            [
                (
                    "9:00–12:30",
                    "workshop",
                    T("Plan wycofywania wsparcia", "A plan for scaling support back"),
                    T("Siedziba Lavoro Accanto, Bolonia", "Lavoro Accanto office, Bologna"),
                    T(
                        "Jak ustalić z pracownikiem i pracodawcą, kiedy trener może się wycofać.",
                        "How to agree with the employee and the employer when the coach can "
                        "step back.",
                    ),
                ),
                (
                    "14:30–17:00",
                    "study_visit",
                    T("Wizyta w spółdzielni socjalnej", "Visit to a social cooperative"),
                    T("Bolonia", "Bologna"),
                    T(
                        "Naturalne wsparcie współpracowników w praktyce.",
                        "Natural support from co-workers in practice.",
                    ),
                ),
            ],
            [
                (
                    "9:30–12:00",
                    "local_meeting",
                    T("Spotkanie z włoskimi organizacjami", "Meeting Italian NGOs"),
                    T("Dom Stowarzyszeń, Bolonia", "House of Associations, Bologna"),
                    T(
                        "Wsparcie poza pracą: mieszkanie, dojazdy, czas wolny.",
                        "Support outside work: housing, commuting, free time.",
                    ),
                ),
            ],
            None,
        ],
        "travel": T(
            "Lot do Bolonii; z lotniska autobusem Marconi Express.",
            "A flight to Bologna; from the airport by the Marconi Express.",
        ),
        "accommodation": T(
            "Hotel w centrum Bolonii, pokoje jednoosobowe na życzenie.",
            "A hotel in central Bologna, single rooms on request.",
        ),
        "accessibility": T(
            "Sale bez progów, toalety dostępne. Tłumacza języka migowego lub asystenta zapewnimy "
            "na prośbę zgłoszoną w formularzu.",
            "Step-free rooms, accessible toilets. A sign-language interpreter or an assistant on "
            "request in the form.",
        ),
        "outcome": None,
    },
]

PROGRAMME = {
    "slug": T("modulowy-program-szkolen", "modular-training-programme"),
    "title": T("Modułowy program szkoleń", "Modular training programme"),
    "intro": T(
        "Dziewięć modułów dla osób, które w swoich społecznościach będą wdrażać model "
        "współpracy instytucji zatrudnienia socjalnego. Zajęcia są warsztatowe, z krótkimi "
        "wykładami; materiały pozwalają uczyć się dalej samodzielnie. Program prowadzimy "
        "w sześciu grupach po dziesięć osób.",
        "Nine modules for the people who will put the cooperation model of social employment "
        "institutions into practice in their communities. The sessions are workshops with "
        "short lectures; the materials let you keep learning on your own. The programme runs "
        "in six groups of ten.",
    ),
}

MATERIAL_TITLE = T(
    "Materiały do samodzielnej nauki – moduł %(number)s",
    "Self-study materials – module %(number)s",
    "Матеріали для самостійного навчання – модуль %(number)s",
)
MATERIAL_TEXT = T(
    "Materiał przykładowy do samodzielnej nauki.",
    "A sample text for self-study.",
    "Приклад матеріалу для самостійного навчання.",
)

# (title, goals, topics)
MODULES = [
    (
        T(
            "Moduł 1 – Model współpracy w lokalnej polityce społecznej",
            "Module 1 – The cooperation model in local social policy",
        ),
        T(
            "Uporządkować wiedzę o zatrudnieniu socjalnym, rozwoju lokalnym i rynku "
            "usług społecznych.",
            "To put in order what participants know about social employment, local "
            "development and the social services market.",
        ),
        [
            T(
                "Aktywizacja społeczna i zawodowa: dylematy",
                "Social and vocational activation: dilemmas",
            ),
            T(
                "Usługi społeczne – podstawy prawne i pojęcia",
                "Social services: the law and the terms",
            ),
            T(
                "Partnerstwa lokalne w teorii i w praktyce",
                "Local partnerships in theory and in practice",
            ),
        ],
    ),
    (
        T(
            "Moduł 2 – Metody reintegracji w Polsce i w Europie",
            "Module 2 – Reintegration methods in Poland and Europe",
        ),
        T(
            "Poszerzyć zestaw narzędzi pracy w środowisku lokalnym i zainspirować do działania.",
            "To widen the set of tools for local work and inspire action.",
        ),
        [
            T("Jak działają CIS i KIS", "How social integration centres and clubs work"),
            T("Prawne instrumenty wsparcia", "Legal support instruments"),
            T("Odbiorcy i użytkownicy usług", "Recipients and users of services"),
        ],
    ),
    (
        T(
            "Moduł 3 – Projektowanie działań w społeczności",
            "Module 3 – Designing action in the community",
        ),
        T(
            "Dać narzędzia pracy lokalnej nastawionej na współpracę międzysektorową.",
            "To provide tools for local work aimed at cross-sector cooperation.",
        ),
        [
            T("Diagnoza lokalna", "Local diagnosis"),
            T("Inicjowanie współpracy i partnerstw", "Starting cooperation and partnerships"),
            T("Partycypacja użytkowników", "Users' participation"),
        ],
    ),
    (
        T("Moduł 4 – Procedury: model cząstkowy 1", "Module 4 – Procedures: partial model 1"),
        T(
            "Poznać procedury pierwszej sfery modelu i odnieść do nich wiedzę z modułów ogólnych.",
            "To learn the procedures of the model's first sphere and relate the general "
            "modules to them.",
        ),
        [
            T(
                "Organizacja pracy i finansowanie instytucji",
                "Organising and funding the institution",
            ),
            T("Praktyki uczestników w firmach", "Participants' placements in companies"),
            T(
                "Kontakt z uczestnikami po zakończeniu wsparcia",
                "Keeping in touch after the support ends",
            ),
        ],
    ),
    (
        T("Moduł 5 – Procedury: model cząstkowy 2", "Module 5 – Procedures: partial model 2"),
        T(
            "Poznać procedury drugiej sfery modelu: tworzenie podmiotów ekonomii społecznej.",
            "To learn the procedures of the model's second sphere: setting up social "
            "economy entities.",
        ),
        [
            T(
                "Formy prawne podmiotów ekonomii społecznej",
                "Legal forms of social economy entities",
            ),
            T("Zatrudnianie pracowników", "Employing staff"),
            T("Budowanie oferty usług społecznych", "Building an offer of social services"),
        ],
    ),
    (
        T("Moduł 6 – Procedury: model cząstkowy 3", "Module 6 – Procedures: partial model 3"),
        T(
            "Poznać procedury trzeciej sfery modelu: zlecanie usług społecznych.",
            "To learn the procedures of the model's third sphere: contracting social services.",
        ),
        [
            T("Dokumenty strategiczne a usługi społeczne", "Strategies and social services"),
            T("Instrumenty zlecania usług", "Instruments for contracting services"),
            T("Standardy usług i ich sprawdzanie", "Service standards and checking them"),
        ],
    ),
    (
        T(
            "Moduł 7 – Zmiany w działaniach w społeczności",
            "Module 7 – Changing the action in the community",
        ),
        T(
            "Przygotować do reagowania na nowe potrzeby na podstawie pierwszych doświadczeń.",
            "To prepare participants to respond to new needs based on first experience.",
        ),
        [
            T("Ocena dotychczasowych doświadczeń", "Reviewing experience so far"),
            T("Narzędzia opisu modelu", "Tools for describing the model"),
            T("Zasady wprowadzania zmian", "Rules for making changes"),
        ],
    ),
    (
        T("Moduł 8 – Warsztat ewaluacyjny", "Module 8 – Evaluation workshop"),
        T(
            "Przygotować do ewaluacji i formułowania rekomendacji dla społeczności.",
            "To prepare participants to evaluate and to make recommendations for the community.",
        ),
        [
            T("Narzędzia ewaluacji", "Evaluation tools"),
            T("Analiza danych", "Analysing data"),
            T("Kiedy zmienić kurs", "When to change course"),
        ],
    ),
    (
        T("Moduł 9 – Rozszerzanie rezultatów", "Module 9 – Scaling up the results"),
        T(
            "Przygotować do skalowania rezultatów i wdrażania kolejnych modeli cząstkowych.",
            "To prepare participants to scale up results and introduce further partial models.",
        ),
        [
            T("Rzecznictwo i koalicje", "Advocacy and coalitions"),
            T("Nowe obszary usług", "New service areas"),
            T("Prezentowanie wyników", "Presenting results"),
        ],
    ),
]

# (slug, title, city venue, address, days from now)
GROUPS = [
    ("grupa-1-lodz", T("Grupa 1 – Łódź", "Group 1 – Łódź"), "ul. Piotrkowska 102, 90-004 Łódź", 21),
    (
        "grupa-2-poznan",
        T("Grupa 2 – Poznań", "Group 2 – Poznań"),
        "ul. Święty Marcin 80, 61-809 Poznań",
        28,
    ),
    (
        "grupa-3-krakow",
        T("Grupa 3 – Kraków", "Group 3 – Kraków"),
        "ul. Lubicz 25, 31-503 Kraków",
        35,
    ),
    (
        "grupa-4-gdansk",
        T("Grupa 4 – Gdańsk", "Group 4 – Gdańsk"),
        "ul. Długie Ogrody 8, 80-765 Gdańsk",
        42,
    ),
    (
        "grupa-5-lublin",
        T("Grupa 5 – Lublin", "Group 5 – Lublin"),
        "ul. Narutowicza 4, 20-004 Lublin",
        49,
    ),
    (
        "grupa-6-wroclaw",
        T("Grupa 6 – Wrocław", "Group 6 – Wrocław"),
        "ul. Legnicka 65, 54-206 Wrocław",
        56,
    ),
]
GROUP_LEAD = T(
    "Trzydniowe zajęcia warsztatowe z modułów programu, dla dziesięciu osób.",
    "Three days of workshops on the programme's modules, for ten people.",
)
