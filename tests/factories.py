"""Factories for every page type; pass `parent=` to place a page in the tree."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth.models import Group, User
from django.utils import timezone
from wagtail.models import Locale, Page

from home.models import ContactPage, HomePage, StandardPage
from portal.core.models import Tag
from portal.events.models import EventIndexPage, EventPage, Registration
from portal.news.models import NewsIndexPage, NewsPage
from portal.reports.models import ReportIndexPage, ReportPage
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
