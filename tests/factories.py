"""Factories for every page type; pass `parent=` to place a page in the tree."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import ContactPage, HomePage, StandardPage
from portal.core.models import Tag
from portal.news.models import NewsIndexPage, NewsPage
from portal.reports.models import ReportIndexPage, ReportPage
from zones.models import ZonePage


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
