"""The compendium of good practices in the international zone: twelve practices from four
partner countries. The Polish job-coach project and KARE (Ireland) come from the seeds,
with their figures; the Spanish and Lithuanian partners, and the other Polish and Irish
organisations, are examples made for the demo and say so in their names."""

from ..text import T

PRACTICE_INDEX = {
    "key": "kompendium",
    "zone": "wspolpraca",
    "slug": T("kompendium-dobrych-praktyk", "compendium-of-good-practices"),
    "title": T("Kompendium dobrych praktyk", "Compendium of good practices"),
    "intro": T(
        "Praktyki zatrudnienia wspomaganego zebrane u partnerów projektu: co robią trenerzy "
        "pracy na każdym z pięciu etapów, z kim pracują i co z tego wyszło.",
        "Supported-employment practices gathered from the project's partners: what job "
        "coaches do at each of the five stages, whom they work with and what came of it.",
    ),
}

JOB_COACH_PROJECT = T(
    "Projekt „Trener pracy” – partnerzy krajowi", "The “Job coach” project – Polish partners"
)
EXAMPLE_CONTACT = T(
    "Biuro projektu: praktyki@example.org\nTel. +48 22 123 45 67",
    "Project office: praktyki@example.org\nPhone +48 22 123 45 67",
)


def practice(key, slug, title, country, organisation, stages, areas, groups, summary, body,
             figures, success):  # fmt: skip
    """One practice's spec: `figures` are (number, label) pairs of its results."""
    return {
        "key": key,
        "slug": slug,
        "title": title,
        "country": country,
        "partner_organisation": organisation,
        "stages": stages,
        "work_areas": areas,
        "target_groups": groups,
        "summary": summary,
        "body": [("rich_text", T(f"<p>{body.pl}</p>", f"<p>{body.en}</p>"))],
        "results": [
            (
                "key_figures",
                {
                    "heading": T("W liczbach", "In figures"),
                    "figures": [{"number": number, "label": label} for number, label in figures],
                },
            )
        ],
        "success_factors": T(f"<p>{success.pl}</p>", f"<p>{success.en}</p>"),
        "contacts": EXAMPLE_CONTACT,
    }


PRACTICES = [
    practice(
        "praktyka-kwalifikacja-5-krokow",
        T("kwalifikacja-wedlug-potrzeby-wsparcia", "eligibility-by-need-for-support"),
        T(
            "Kwalifikacja według potrzeby wsparcia, nie orzeczenia",
            "Eligibility by the need for support, not by a certificate",
        ),
        "PL",
        T(
            "Projekt „Trener pracy” – partnerzy krajowi",
            "The “Job coach” project – Polish partners",
        ),
        ["engagement", "vocational_profile"],
        ["person"],
        ["intellectual", "mental_illness", "deaf", "blind", "deafblind"],
        T(
            "O udziale w programie decydowało nie tylko orzeczenie, ale też ocena trenera pracy, "
            "czy osoba potrzebuje wsparcia na pięciu krokach zatrudnienia wspomaganego.",
            "Taking part depended not only on a disability certificate but also on the job "
            "coach's view of whether the person needs support through the five steps.",
        ),
        T(
            "W większości projektów wystarczy orzeczenie o niepełnosprawności. Tutaj trener pracy "
            "rozmawiał z kandydatem i oceniał, na których etapach będzie potrzebna pomoc. Do "
            "projektu trafiły osoby z niepełnosprawnością intelektualną, chorujące psychicznie, "
            "głuche, niewidome i głuchoniewidome.",
            "Most projects only ask for a disability certificate. Here the job coach talked with "
            "each candidate and judged at which stages help would be needed. Among the people "
            "taking part were people with intellectual disabilities, with mental illness, deaf, "
            "blind and deafblind people.",
        ),
        [
            (
                "490",
                T("osób z niepełnosprawnościami w projekcie", "people with disabilities took part"),
            ),
            (
                "53",
                T(
                    "osoby podjęły pracę ze wsparciem trenera",
                    "people started work with a coach's support",
                ),
            ),
            ("11", T("osób rozpoczęło staże zawodowe", "people started work placements")),
        ],
        T(
            "Decyzję o udziale podejmowała sama osoba, po rozmowie o tym, czego oczekuje od pracy.",
            "The person decided to take part, after a talk about what they expect of work.",
        ),
    ),
    practice(
        "praktyka-trenerzy-z-trzech-grup",
        T("trenerzy-pracy-z-trzech-srodowisk", "job-coaches-from-three-backgrounds"),
        T("Trenerzy pracy z trzech środowisk", "Job coaches from three backgrounds"),
        "PL",
        T(
            "Projekt „Trener pracy” – partnerzy krajowi",
            "The “Job coach” project – Polish partners",
        ),
        ["job_finding", "on_off_job_support"],
        ["person", "workplace"],
        ["intellectual"],
        T(
            "Do zespołu trenerów przyjęto osoby już przeszkolone, instruktorów terapii zajęciowej "
            "i osoby bez doświadczenia; wszystkich przeszkolono według jednego zestawu narzędzi.",
            "The coaching team took in trained coaches, occupational-therapy instructors and "
            "newcomers; all were trained with one set of tools.",
        ),
        T(
            "Rekrutacja trenerów pracy odbyła się w pięciu województwach: mazowieckim, "
            "dolnośląskim, pomorskim, podlaskim i podkarpackim. Trenerów wspierało pięciu "
            "mentorów, a szkolenie opierało się na wspólnym zestawie narzędzi.",
            "Job coaches were recruited in five regions: Mazowieckie, Dolnośląskie, Pomorskie, "
            "Podlaskie and Podkarpackie. Five mentors supported them, and the training followed "
            "a shared toolkit.",
        ),
        [
            ("72", T("trenerów pracy", "job coaches")),
            ("5", T("mentorów", "mentors")),
            ("5", T("województw", "regions")),
        ],
        T(
            "Mentor, czyli doświadczony trener, pomagał nowym osobom wejść w obowiązki.",
            "A mentor, an experienced coach, helped newcomers settle into the job.",
        ),
    ),
    practice(
        "praktyka-pozyskiwanie-pracodawcow",
        T("pozyskiwanie-pracodawcow", "winning-employers"),
        T(
            "Rozmowy z pracodawcami o konkretnej osobie",
            "Talking to employers about a specific person",
        ),
        "PL",
        T(
            "Projekt „Trener pracy” – partnerzy krajowi",
            "The “Job coach” project – Polish partners",
        ),
        ["employer_engagement"],
        ["workplace"],
        ["intellectual", "mental_illness"],
        T(
            "Trenerzy nie prosili o „miejsca dla osób z niepełnosprawnością”, tylko przedstawiali "
            "pracodawcy konkretną osobę i jej umiejętności.",
            "Coaches did not ask for “places for disabled people”; they introduced the employer "
            "to one person and their skills.",
        ),
        T(
            "Każda rozmowa zaczynała się od profilu zawodowego kandydata. Umowy były różne: "
            "cywilnoprawne i o pracę, w wymiarze dopasowanym do możliwości osoby.",
            "Every conversation started from the candidate's vocational profile. Contracts "
            "varied, civil-law and employment contracts, with hours matched to the person.",
        ),
        [
            ("231", T("pracodawców pozyskanych do współpracy", "employers engaged")),
            (
                "57",
                T("zatrudniło osobę lub przyjęło na staż", "hired someone or offered a placement"),
            ),
        ],
        T(
            "Pracodawca wiedział, że trener pozostanie w kontakcie także po podpisaniu umowy.",
            "The employer knew the coach would stay in touch after the contract was signed.",
        ),
    ),
    practice(
        "praktyka-grupy-wymiany",
        T("spotkania-trenerow-z-roznych-regionow", "meetings-of-coaches-from-different-regions"),
        T("Spotkania trenerów z różnych regionów", "Meetings of coaches from different regions"),
        "PL",
        T("Fundacja „Wspólna Praca” (przykład)", "Wspólna Praca Foundation (example)"),
        ["on_off_job_support"],
        ["person", "family"],
        ["autism", "intellectual"],
        T(
            "Raz na kwartał trenerzy z różnych powiatów omawiają trudne sytuacje z pracy i "
            "wymieniają się rozwiązaniami.",
            "Once a quarter coaches from different districts discuss difficult situations and "
            "swap solutions.",
        ),
        T(
            "Spotkania prowadzi doświadczony trener. Omawiane są przypadki z miejsca pracy i z "
            "domu, np. jak rozmawiać z rodziną, która boi się utraty świadczeń.",
            "An experienced coach runs the meetings. Cases from the workplace and from home are "
            "discussed, e.g. how to talk to a family afraid of losing benefits.",
        ),
        [
            ("4", T("spotkania w roku", "meetings a year")),
            ("30", T("trenerów w sieci wymiany", "coaches in the exchange network")),
        ],
        T(
            "Stały termin i zasada, że każdy przynosi jeden przypadek do omówienia.",
            "A fixed date and the rule that everyone brings one case to discuss.",
        ),
    ),
    practice(
        "praktyka-kare-przeglad-narzedzi",
        T("miedzynarodowy-przeglad-narzedzi-trenera", "international-review-of-coaching-tools"),
        T(
            "Międzynarodowy przegląd narzędzi trenera pracy",
            "An international review of job-coach tools",
        ),
        "IE",
        T("KARE", "KARE"),
        [
            "engagement",
            "vocational_profile",
            "job_finding",
            "employer_engagement",
            "on_off_job_support",
        ],
        ["person", "workplace", "family"],
        ["intellectual"],
        T(
            "Irlandzki partner KARE przejrzał wyniki testowania polskich wytycznych dla trenerów "
            "pracy i zaproponował zmiany w trzech zestawach narzędzi.",
            "The Irish partner KARE reviewed the results of testing the Polish job-coach "
            "guidelines and suggested changes to the three toolkits.",
        ),
        T(
            "Podczas wizyty studyjnej w Irlandii (30 września – 3 października 2014 r.) "
            "przedstawiono wyniki testowania i rekomendacje. Uwagi KARE trafiły do ekspertów "
            "przygotowujących ostateczną wersję wytycznych: narzędzi do rekrutacji, szkolenia "
            "oraz zarządzania i monitorowania pracy trenerów.",
            "During a study visit to Ireland (30 September – 3 October 2014) the test results "
            "and recommendations were presented. KARE's comments went to the experts preparing "
            "the final guidelines: tools for recruiting, training and managing and monitoring "
            "job coaches.",
        ),
        [
            ("3", T("zestawy narzędzi poprawione po uwagach", "toolkits revised after comments")),
            ("4", T("dni wizyty studyjnej", "days of study visit")),
        ],
        T(
            "Partner z wieloletnim doświadczeniem ocenił narzędzia, zanim trafiły do użytku.",
            "A partner with long experience judged the tools before they were put to use.",
        ),
    ),
    practice(
        "praktyka-irlandia-rodzina",
        T("plan-wsparcia-z-rodzina", "support-plan-with-the-family"),
        T("Plan wsparcia układany z rodziną", "A support plan drawn up with the family"),
        "IE",
        T(
            "Kildare Supported Employment Network (przykład)",
            "Kildare Supported Employment Network (example)",
        ),
        ["engagement", "vocational_profile"],
        ["family", "person"],
        ["intellectual", "autism"],
        T(
            "Pierwsze spotkania odbywają się w domu: rodzina pomaga opisać mocne strony osoby i "
            "ustala, w czym będzie ją wspierać.",
            "The first meetings take place at home: the family helps describe the person's "
            "strengths and agrees how it will support them.",
        ),
        T(
            "Trener, osoba i jej bliscy spisują wspólnie, czego osoba chce, co lubi robić i czego "
            "się obawia. Plan jest krótki i napisany prostym językiem.",
            "The coach, the person and their family write down together what the person wants, "
            "enjoys and fears. The plan is short and in plain language.",
        ),
        [
            (
                "3",
                T("spotkania w domu przed szukaniem pracy", "home meetings before the job search"),
            ),
            ("1", T("strona – tyle ma plan", "page: the plan's length")),
        ],
        T(
            "Rodzina przestała postrzegać pracę jako zagrożenie dla bezpieczeństwa osoby.",
            "The family stopped seeing work as a risk to the person's safety.",
        ),
    ),
    practice(
        "praktyka-irlandia-naturalne-wsparcie",
        T("wspolpracownik-opiekun", "co-worker-buddy"),
        T("Współpracownik-opiekun w miejscu pracy", "A co-worker buddy at work"),
        "IE",
        T(
            "Kildare Supported Employment Network (przykład)",
            "Kildare Supported Employment Network (example)",
        ),
        ["on_off_job_support"],
        ["workplace"],
        ["intellectual", "mental_illness"],
        T(
            "Trener stopniowo przekazuje codzienne wsparcie wybranemu współpracownikowi, a sam "
            "pozostaje w kontakcie z pracodawcą.",
            "The coach gradually hands day-to-day support to a chosen co-worker and stays in "
            "touch with the employer.",
        ),
        T(
            "Współpracownik przechodzi krótkie przygotowanie i wie, kiedy wezwać trenera. "
            "Trener odwiedza zakład coraz rzadziej, aż do kontaktu raz w miesiącu.",
            "The co-worker gets a short briefing and knows when to call the coach. The coach "
            "visits less and less often, down to once a month.",
        ),
        [("12", T("tygodni do samodzielnej pracy", "weeks to working independently"))],
        T(
            "Wsparcie pochodzi od ludzi, którzy i tak są w pracy codziennie.",
            "Support comes from people who are at work every day anyway.",
        ),
    ),
    practice(
        "praktyka-hiszpania-tlumacz",
        T("trener-i-tlumacz-jezyka-migowego", "coach-and-sign-language-interpreter"),
        T(
            "Trener i tłumacz języka migowego w pierwszych tygodniach",
            "Coach and sign-language interpreter in the first weeks",
        ),
        "ES",
        T("Fundación Empleo Apoyado (przykład)", "Fundación Empleo Apoyado (example)"),
        ["on_off_job_support"],
        ["workplace", "person"],
        ["deaf", "deafblind"],
        T(
            "Przez pierwsze tygodnie pracy osobie głuchej towarzyszą trener i tłumacz; zespół "
            "uczy się kilku podstawowych znaków.",
            "For the first weeks a deaf employee is accompanied by a coach and an interpreter; "
            "the team learns a few basic signs.",
        ),
        T(
            "Przy stanowisku pojawiają się instrukcje obrazkowe, a komunikaty głosowe w zakładzie "
            "mają odpowiedniki świetlne.",
            "Picture instructions appear at the workstation, and spoken announcements in the "
            "workplace get light signals.",
        ),
        [
            ("6", T("tygodni z tłumaczem", "weeks with an interpreter")),
            ("20", T("znaków poznanych przez zespół", "signs learnt by the team")),
        ],
        T(
            "Zespół sam poprosił o kurs języka migowego.",
            "The team asked for a sign-language course.",
        ),
    ),
    practice(
        "praktyka-hiszpania-proby-pracy",
        T("krotkie-proby-pracy", "short-work-tryouts"),
        T("Krótkie próby pracy przed wyborem zawodu", "Short work tryouts before choosing a job"),
        "ES",
        T("Fundación Empleo Apoyado (przykład)", "Fundación Empleo Apoyado (example)"),
        ["vocational_profile", "job_finding"],
        ["person"],
        ["intellectual", "physical"],
        T(
            "Zamiast testów w biurze osoba spędza po dwa dni u kilku pracodawców i sama ocenia, "
            "co jej odpowiada.",
            "Instead of office tests the person spends two days with each of several employers "
            "and judges what suits them.",
        ),
        T(
            "Trener obserwuje, zapisuje i rozmawia z osobą po każdej próbie. Profil zawodowy "
            "powstaje z doświadczeń, a nie z deklaracji.",
            "The coach observes, takes notes and talks with the person after each tryout. The "
            "vocational profile grows from experience, not from statements.",
        ),
        [
            ("3", T("próby pracy na osobę", "tryouts per person")),
            ("2", T("dni każda", "days each")),
        ],
        T(
            "Pracodawcy chętnie przyjmują krótkie, jasno opisane wizyty.",
            "Employers readily accept short, clearly described visits.",
        ),
    ),
    practice(
        "praktyka-hiszpania-sniadania",
        T("sniadania-z-pracodawcami", "employer-breakfasts"),
        T("Śniadania z pracodawcami", "Employer breakfasts"),
        "ES",
        T("Asociación Trabajo con Apoyo (przykład)", "Asociación Trabajo con Apoyo (example)"),
        ["employer_engagement"],
        ["workplace"],
        ["mental_illness", "intellectual"],
        T(
            "Pracodawcy, którzy już zatrudniają z trenerem, opowiadają innym o swoich "
            "doświadczeniach przy porannej kawie.",
            "Employers who already hire with a coach tell others about it over morning coffee.",
        ),
        T(
            "Spotkanie trwa godzinę, odbywa się w siedzibie jednego z pracodawców. Trenerzy "
            "odpowiadają na pytania o przepisy i dofinansowanie.",
            "The meeting lasts an hour at one employer's premises. Coaches answer questions "
            "about rules and funding.",
        ),
        [
            ("8", T("śniadań w roku", "breakfasts a year")),
            ("15", T("nowych pracodawców", "new employers")),
        ],
        T(
            "Pracodawca bardziej ufa innemu pracodawcy niż organizacji.",
            "Employers trust other employers more than an organisation.",
        ),
    ),
    practice(
        "praktyka-litwa-niewidomi",
        T("dostepne-stanowisko-dla-osoby-niewidomej", "accessible-workstation-for-a-blind-person"),
        T(
            "Dostępne stanowisko dla osoby niewidomej",
            "An accessible workstation for a blind person",
        ),
        "LT",
        T("Įdarbinimo centras (przykład)", "Įdarbinimo centras (example)"),
        ["employer_engagement", "on_off_job_support"],
        ["workplace"],
        ["blind"],
        T(
            "Trener wraz z doradcą od technologii wspomagających przygotowuje stanowisko pracy "
            "osoby niewidomej jeszcze przed jej pierwszym dniem.",
            "The coach and an assistive-technology adviser prepare a blind employee's "
            "workstation before the first day.",
        ),
        T(
            "Sprawdzane są czytnik ekranu, oznaczenia dotykowe i trasa dojścia do stanowiska. "
            "Współpracownicy dostają krótką instrukcję, jak prowadzić osobę niewidomą.",
            "The screen reader, tactile markings and the route to the workstation are checked. "
            "Co-workers get a short guide to guiding a blind person.",
        ),
        [("5", T("dni przygotowań przed startem", "days of preparation before starting"))],
        T(
            "Pierwszy dzień pracy zaczyna się bez barier, a nie od ich usuwania.",
            "The first working day starts without barriers rather than removing them.",
        ),
    ),
    practice(
        "praktyka-litwa-klub-pracy",
        T("klub-szukajacych-pracy", "job-seekers-club"),
        T("Klub szukających pracy", "Job seekers' club"),
        "LT",
        T("Įdarbinimo centras (przykład)", "Įdarbinimo centras (example)"),
        ["job_finding"],
        ["person", "family"],
        ["mental_illness"],
        T(
            "Cotygodniowe spotkania osób szukających pracy z trenerem: przegląd ofert, ćwiczenie "
            "rozmów, wsparcie grupy.",
            "Weekly meetings of job seekers with a coach: going through offers, practising "
            "interviews, support from the group.",
        ),
        T(
            "Na spotkania mogą przychodzić bliscy. Uczestnicy, którzy znaleźli pracę, wracają, by "
            "opowiedzieć o pierwszych tygodniach.",
            "Family members may come along. Members who found work come back to talk about "
            "their first weeks.",
        ),
        [
            ("52", T("spotkania w roku", "meetings a year")),
            ("9", T("osób znalazło pracę", "people found work")),
        ],
        T(
            "Regularność: to samo miejsce, ta sama godzina, co tydzień.",
            "Regularity: same place, same time, every week.",
        ),
    ),
]
