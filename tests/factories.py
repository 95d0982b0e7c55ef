"""Factories for every page type; pass `parent=` to place a page in the tree."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page

from home.models import ContactPage, HomePage, StandardPage
from portal.accessibility.models import AccessibilityStatementPage, EasyReadPage
from portal.consent.models import ConsentCookie, ConsentSettings
from portal.core.models import SiteContent, Tag
from portal.demo.assets import make_pdf
from portal.events.booking import add_attendees
from portal.events.models import EventIndexPage, EventPage, Registration
from portal.news.models import NewsIndexPage, NewsPage
from portal.practices.models import FACET_FIELDS, PracticeIndexPage, PracticePage
from portal.reports.models import ReportIndexPage, ReportPage
from portal.trainings.models import (
    Partner,
    TrainingIndexPage,
    TrainingPage,
    TrainingProgrammePage,
    TrainingQuota,
)
from zones.models import ZonePage
from zones.permissions import zone_group_name


class LocalePageFactory(wagtail_factories.PageFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class HomePageFactory(LocalePageFactory):
    title = "Strona główna"
    intro = "Portal o ekonomii społecznej."

    class Meta:
        model = HomePage


class StandardPageFactory(LocalePageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    intro = "Wprowadzenie."

    class Meta:
        model = StandardPage


class ZonePageFactory(LocalePageFactory):
    title = factory.Sequence(lambda n: f"Strefa {n}")
    intro = "Strefa tematyczna."

    class Meta:
        model = ZonePage


class NewsIndexPageFactory(LocalePageFactory):
    title = "Aktualności"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(LocalePageFactory):
    title = factory.Sequence(lambda n: f"Aktualność {n}")
    lead = "Krótka zajawka."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = NewsPage


class ReportIndexPageFactory(LocalePageFactory):
    title = "Badania i analizy"

    class Meta:
        model = ReportIndexPage


class ReportPageFactory(LocalePageFactory):
    title = factory.Sequence(lambda n: f"Raport {n}")
    summary = "Streszczenie raportu."
    authors = "Anna Nowak"
    publication_date = factory.Sequence(
        lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = ReportPage


class ContactPageFactory(LocalePageFactory):
    title = "Kontakt"
    to_address = "kontakt@example.org"
    from_address = "portal@example.org"
    subject = "Wiadomość z portalu"

    class Meta:
        model = ContactPage


class TagFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"temat {n}")
    slug = factory.Sequence(lambda n: f"temat-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Tag


class EventIndexPageFactory(LocalePageFactory):
    """Without `parent=`, under a home page of its own just below the tree's root (not a
    Site's root: give it one where the test needs URLs)."""

    title = "Spotkania"
    parent = factory.SubFactory(
        HomePageFactory,
        parent=factory.LazyFunction(Page.get_first_root_node),
        slug=factory.Sequence(lambda n: f"strona-glowna-{n}"),
    )

    class Meta:
        model = EventIndexPage


class EventPageFactory(LocalePageFactory):
    """A meeting a fortnight away, open for sign-ups, with a waitlist; without `parent=`,
    under a meetings page of its own."""

    parent = factory.SubFactory(EventIndexPageFactory)
    title = factory.Sequence(lambda n: f"Spotkanie {n}")
    lead = "Spotkanie informacyjne."
    start = factory.LazyFunction(
        lambda: (timezone.now() + datetime.timedelta(days=14)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )
    )
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=3))
    venue_name = "Sala konferencyjna"
    venue_address = "ul. Piotrkowska 102, 90-004 Łódź"
    capacity = 10
    max_people_per_registration = 3
    waitlist_enabled = True
    organiser_name = "Zespół projektu"
    organiser_email = "spotkania@example.org"

    class Meta:
        model = EventPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed sign-up; pass status/people as needed. For real sign-ups (locks, waitlist,
    e-mails) use `portal.events.booking.register`. Without `event=`, for a meeting of its
    own."""

    event = factory.SubFactory(EventPageFactory)
    status = Registration.Status.CONFIRMED
    language = "pl"
    people = 1
    first_name = "Anna"
    last_name = factory.Sequence(lambda n: f"Nowak{n}")
    email = factory.Sequence(lambda n: f"osoba{n}@example.org")
    organisation = "WTZ „Promyk”"
    organisation_type = "wtz"
    role = "Instruktorka"
    privacy_consent_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Registration
        skip_postgeneration_save = True

    @factory.post_generation
    def attendees(registration, create, extracted, **kwargs):
        """As many attendees as `people`: the person, then named colleagues (or pass
        `attendees=[{...}, ...]`, the colleagues' fields)."""
        if not create:
            return
        companions = extracted or [
            {"first_name": "Kolega", "last_name": f"{registration.last_name}-{number}"}
            for number in range(2, registration.people + 1)
        ]
        add_attendees(registration, companions)


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    country = "IE"

    class Meta:
        model = Partner


class TrainingIndexPageFactory(LocalePageFactory):
    """Place it under a zone with `parent=`."""

    title = "Szkolenia kadry"

    class Meta:
        model = TrainingIndexPage


class TrainingPageFactory(LocalePageFactory):
    """A week-long training a month away (travel days first and last), open for
    applications; give places with `TrainingQuotaFactory(page=...)`."""

    title = factory.Sequence(lambda n: f"Szkolenie {n}")
    lead = "Tydzień warsztatów i wizyt studyjnych."
    stage = "job_finding"
    host_partner = factory.SubFactory(PartnerFactory)
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda page: page.start_date + datetime.timedelta(days=6))
    organiser_name = "Zespół szkoleń"
    organiser_email = "szkolenia@example.org"
    programme = factory.LazyAttribute(
        lambda page: [
            ("day", {"date": page.start_date, "travel_day": True, "items": []}),
            (
                "day",
                {
                    "date": page.start_date + datetime.timedelta(days=1),
                    "travel_day": False,
                    "items": [
                        {
                            "time": "9:00–12:30",
                            "kind": "workshop",
                            "title": "Profil zawodowy w praktyce",
                            "place": "Sala szkoleniowa",
                            "description": "Praca na przykładach.",
                        }
                    ],
                },
            ),
        ]
    )

    class Meta:
        model = TrainingPage


class TrainingQuotaFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(TrainingPageFactory)
    partner = factory.SubFactory(PartnerFactory)
    places = 4

    class Meta:
        model = TrainingQuota


class TrainingProgrammePageFactory(LocalePageFactory):
    title = "Modułowy program szkoleń"
    intro = "Dziewięć modułów w sześciu grupach."
    modules = factory.LazyFunction(
        lambda: [
            (
                "module",
                {
                    "title": "Moduł 1 – Usługi społeczne",
                    "goals": "Uporządkowanie pojęć.",
                    "topics": ["Katalog usług społecznych", "Partnerstwa lokalne"],
                    "materials": [],
                },
            )
        ]
    )

    class Meta:
        model = TrainingProgrammePage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"redaktor{n}")
    password = factory.django.Password("x")

    class Meta:
        model = User


def zone_editor(zone, username):
    """An admin user whose only rights are those of the zone's editor group."""
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=zone_group_name(zone)))
    return user


# Site-wide records, files and the accessibility pages ----------------------------------
# Their defaults are valid and complete (a statement passes full_clean).


class ImageFactory(wagtail_factories.ImageFactory):
    """A picture in the root collection (wagtail-factories would make a new root)."""

    title = factory.Sequence(lambda n: f"Ilustracja {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A real PDF of a few kilobytes, so pages show its format and size."""

    title = factory.Sequence(lambda n: f"Dokument {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(
        lambda document: ContentFile(
            make_pdf(
                document.title, [("Treść", ["Spółdzielnie socjalne w Łodzi."])], language="pl"
            ),
            name=f"{slugify(document.title)}.pdf",
        )
    )


def eu_funds_logos(alt_text):
    """The stream value of SiteContent.eu_funds_logos: one picture with its alt text."""
    image = ImageFactory(title="Zestawienie znaków funduszy UE")
    value = {"image": image.pk, "decorative": False, "alt_text": alt_text}
    return [{"type": "logo", "value": value}]


class SiteContentFactory(factory.django.DjangoModelFactory):
    """The footer's texts in one language; pass the linked pages as needed."""

    locale = factory.LazyFunction(Locale.get_default)
    organisation = "Fundacja „Wspólna Praca”"
    address = "ul. Przykładowa 12, 00-950 Warszawa"
    phone = "+48 22 123 45 67"
    email = "kontakt@example.org"
    organisation_description = (
        "Fundacja prowadzi portal o ekonomii społecznej. Wspieramy zatrudnianie osób "
        "z niepełnosprawnościami: publikujemy badania i analizy, przygotowujemy materiały dla "
        "samorządów, warsztatów terapii zajęciowej i pracodawców, organizujemy spotkania.\n\n"
        "Żeby załatwić sprawę, napisz e-mail, zadzwoń albo przyjdź do biura w dni robocze "
        "w godzinach 9–16. Osoby głuche mogą się z nami kontaktować przez SMS i komunikator "
        "wideo z tłumaczem polskiego języka migowego."
    )
    eu_funds_statement = "Portal jest współfinansowany ze środków Unii Europejskiej."
    eu_funds_logos = factory.LazyFunction(
        lambda: eu_funds_logos("Fundusze Europejskie, Rzeczpospolita Polska")
    )

    class Meta:
        model = SiteContent


def consent_cookies(settings):
    return [
        ConsentCookie(locale=settings.locale, category=category, name=name, provider="portal",
                      purpose="opis", duration="12 miesięcy")
        for category, name in (("necessary", "portal_consent"), ("media", "YSC"))
    ]  # fmt: skip


class ConsentSettingsFactory(factory.django.DjangoModelFactory):
    """The cookie banner in one language, with a cookie in the necessary and media
    categories."""

    locale = factory.LazyFunction(Locale.get_default)
    banner_title = "Pliki cookies na tym portalu"
    banner_text = "Używamy plików cookies. Możesz wybrać, na które się zgadzasz."
    necessary_description = "Bez nich portal nie działa."
    preferences_description = "Zapamiętują ustawienia."
    analytics_description = "Liczą odwiedziny."
    media_description = "Pokazują filmy z YouTube i Vimeo."
    cookies = factory.LazyAttribute(consent_cookies)

    class Meta:
        model = ConsentSettings


class AccessibilityStatementPageFactory(LocalePageFactory):
    title = "Deklaracja dostępności"
    organisation = "Fundacja „Wspólna Praca”"
    site_published_on = datetime.date(2025, 9, 22)
    site_updated_on = datetime.date(2026, 10, 14)
    prepared_on = datetime.date(2025, 9, 30)
    reviewed_on = datetime.date(2026, 10, 14)
    inaccessible_content = "<p>Część starszych raportów PDF nie ma struktury nagłówków.</p>"
    contact_person = "Anna Przykładowa"
    contact_email = "dostepnosc@example.org"
    contact_phone = "+48 22 123 45 67"
    complaint_procedure = "<p>Każdy może zażądać dostępności strony.</p>"
    architectural_accessibility = "<p>Biuro jest na parterze.</p>"

    class Meta:
        model = AccessibilityStatementPage


def easy_read_body(sections):
    """`sections`: (heading, [paragraph text, ...]) pairs; every paragraph gets a
    decorative pictogram."""
    pictogram = ImageFactory(title="Piktogram")
    return [
        {
            "type": "easy_read",
            "value": {
                "heading": heading,
                "paragraphs": [
                    {"pictogram": {"image": pictogram.pk, "decorative": True, "alt_text": ""},
                     "text": text}
                    for text in paragraphs
                ],
            },
        }
        for heading, paragraphs in sections
    ]  # fmt: skip


class EasyReadPageFactory(LocalePageFactory):
    title = "Informacje w tekście łatwym do czytania"
    intro = "Tu przeczytasz, kim jesteśmy."
    body = factory.LazyFunction(
        lambda: easy_read_body(
            [("Kim jesteśmy", ["Jesteśmy fundacją. Pomagamy ludziom znaleźć pracę."])]
        )
    )

    class Meta:
        model = EasyReadPage


# The compendium of good practices ------------------------------------------------------


class PracticeIndexPageFactory(LocalePageFactory):
    title = "Kompendium dobrych praktyk"
    intro = "Praktyki zatrudnienia wspomaganego z krajów partnerskich."

    class Meta:
        model = PracticeIndexPage


class PracticePageFactory(LocalePageFactory):
    """`stages`, `work_areas` and `target_groups` are lists of stored values; the practice
    is published through a revision, as an editor's would be."""

    title = factory.Sequence(lambda n: f"Praktyka {n}")
    country = "PL"
    partner_organisation = "Fundacja Przykładowa"
    summary = "Trener pracy towarzyszy osobie w pierwszych tygodniach pracy."
    stages = ("engagement",)
    work_areas = ()
    target_groups = ()

    class Meta:
        model = PracticePage

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        chosen = {facet: list(kwargs.pop(name)) for name, facet in FACET_FIELDS.items()}
        page = model_class(**kwargs)
        page.set_classifications(chosen)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
