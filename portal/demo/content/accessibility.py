"""The accessibility pages: the accessibility statement, easy-to-read information with its
pictograms, and information in Polish Sign Language."""

from ..text import T

STATEMENT = {
    "key": "dostepnosc",
    "slug": T("deklaracja-dostepnosci", "accessibility-statement"),
    "title": T("Deklaracja dostępności", "Accessibility statement"),
    "fields": {
        "organisation": T("Fundacja „Wspólna Praca”", "Wspólna Praca Foundation"),
        "site_published_on": "2025-09-22",
        "site_updated_on": "2026-10-14",
        "status": "partially_compliant",
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
        "assessment": "self_assessment",
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

# Pictogram kinds (see assets.make_pictogram) and the Polish word in their image titles.
PICTOGRAM_NAMES = {
    "people": "ludzie",
    "house": "dom",
    "letter": "list",
    "calendar": "kalendarz",
    "info": "informacja",
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
