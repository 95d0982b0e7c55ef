"""What the search finds, by the word in its address (`typ=`): reports, the default, with
their own facets; news, meetings and other pages. On the database each kind is searched in
its own models, so a count never runs the match over the reports; an engine counts them all
in one aggregation."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from portal.accessibility.models import AccessibilityStatementPage, EasyReadPage
from portal.events.models import EventPage
from portal.news.models import NewsPage
from portal.practices.models import PracticePage
from portal.trainings.models import TrainingPage
from search.facets import engine_aggregations
from zones.models import ZonePage

KIND_PARAMETER = "typ"
REPORTS = "raporty"


@dataclass(frozen=True)
class Kind:
    value: str
    label: str
    models: tuple
    # Newest first by this column when sorted by date.
    date_field: str
    # The short text an excerpt is taken from.
    summary_field: str

    def pages(self, locale):
        """Live pages of this kind in the language version, specific, newest first."""
        if len(self.models) == 1:
            pages = self.models[0].objects.live().filter(locale=locale)
        else:
            pages = Page.objects.live().filter(locale=locale).type(*self.models).specific()
        # One column: the engines sort only by filter fields, and the primary key is not one.
        return pages.order_by(f"-{self.date_field}")

    def search(self, locale, query, by_date):
        return self.pages(locale).search(query, order_by_relevance=not by_date)

    def count(self, locale, query):
        """Matches counted model by model: the match never runs over other pages."""
        return sum(
            model.objects.live().filter(locale=locale).search(query).count()
            for model in self.models
        )


KINDS = {
    kind.value: kind
    for kind in (
        Kind("aktualnosci", _("Aktualności"), (NewsPage,), "date", "lead"),
        Kind("spotkania", _("Spotkania"), (EventPage,), "start", "lead"),
        Kind("praktyki", _("Dobre praktyki"), (PracticePage,), "first_published_at", "summary"),
        Kind("szkolenia", _("Szkolenia kadry"), (TrainingPage,), "start_date", "lead"),
        Kind(
            "strony",
            _("Strony"),
            (StandardPage, ZonePage, EasyReadPage, AccessibilityStatementPage),
            "first_published_at",
            "intro",
        ),
    )
}
KIND_LABELS = {REPORTS: _("Raporty"), **{kind.value: kind.label for kind in KINDS.values()}}


def count_kinds(locale, query):
    """{kind: matches of the query} for the type facet: a count per model on the database, one
    aggregation request on an engine (six requests took a third of a search at 10 000
    reports)."""
    backend = get_search_backend()
    if not isinstance(backend, ElasticsearchBaseSearchBackend):
        return {value: kind.count(locale, query) for value, kind in KINDS.items()}
    models = [model for kind in KINDS.values() for model in kind.models]
    pages = Page.objects.live().filter(locale=locale).type(*models)
    compiler = pages.search(query, order_by_relevance=False).query_compiler
    # A document lists its class and the classes above it: "news.NewsPage", "wagtailcore.Page".
    by_class = {"terms": {"field": "_django_content_type", "size": len(models) + 1}}
    buckets = engine_aggregations(backend, Page, compiler.get_query(), {"kinds": by_class})
    found = {bucket["key"]: bucket["doc_count"] for bucket in buckets["kinds"]["buckets"]}
    return {
        value: sum(found.get(model._meta.label, 0) for model in kind.models)
        for value, kind in KINDS.items()
    }
