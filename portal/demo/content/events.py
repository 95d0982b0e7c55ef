"""Informational meetings ("Spotkania"). Dates are relative to the day the demo is loaded,
so there are always upcoming meetings; "registrations" are fictional sign-ups: the registering
person, their organisation and the colleagues they bring (name, accessibility needs)."""

from ..text import T

EVENT_INDEX = {
    "key": "spotkania",
    "slug": T("spotkania", "meetings", "zustrichi"),
    "title": T("Spotkania", "Meetings", "Зустрічі"),
    "intro": T(
        "Spotkania informacyjne i warsztaty projektu dla WTZ, samorządów, organizacji "
        "i pracodawców. Udział jest bezpłatny; zapisz się przez formularz na stronie spotkania.",
        "The project's information meetings and workshops for sheltered workshops, local "
        "governments, NGOs and employers. Participation is free; register with the form on "
        "the meeting's page.",
        "Інформаційні зустрічі та практичні заняття проєкту для майстерень трудової терапії, "
        "органів місцевого самоврядування, громадських організацій і роботодавців. Участь "
        "безкоштовна; зареєструватися можна через форму на сторінці зустрічі. Зустрічі проходять "
        "польською мовою, тому їх перелік є в польській версії цієї сторінки: виберіть «Polski» "
        "вгорі сторінки.",
    ),
}
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
            (
                "Anna",
                "Kowalczyk",
                "wtz",
                "WTZ „Promyk” w Kaliszu",
                [("Beata", "Sikora", ["pjm"]), ("Paweł", "Grabowski", [])],
            ),
            (
                "Tomasz",
                "Wiśniewski",
                "jst",
                "Starostwo Powiatowe w Gnieźnie",
                [("Iwona", "Pawlak", [])],
            ),
            ("Ewa", "Zielińska", "ngo", "Stowarzyszenie „Razem”", [("Łukasz", "Michalski", [])]),
            ("Marek", "Nowicki", "wtz", "WTZ przy Caritas w Lesznie", [("Zofia", "Król", [])]),
            ("Joanna", "Lewandowska", "owes", "OWES Wielkopolska", [("Adam", "Jankowski", [])]),
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
            ("Piotr", "Mazur", "employer", "Drukarnia „Czcionka” sp. z o.o.", []),
            ("Katarzyna", "Wójcik", "employer", "Hotel „Pod Lipami”", [("Monika", "Zając", [])]),
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
            (
                "Agnieszka",
                "Kamińska",
                "jst",
                "Powiatowy Urząd Pracy w Płocku",
                [("Krzysztof", "Wieczorek", [])],
            ),
            ("Robert", "Dąbrowski", "jst", "Miejski Ośrodek Pomocy Społecznej w Radomiu", []),
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
