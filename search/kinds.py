"""What the search finds, by the word in its address (`typ=`): reports, the default, with
their own facets; news, meetings and other pages. On the database each kind is searched in
its own models, so a count never runs the match over the reports; an engine counts them all
in one aggregation."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
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
from search.facets import database_scores, engine_aggregations, id_list
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
    """{kind: matches of the query} for the type facet: one match and one `GROUP BY` on the
    database, one aggregation request on an engine (a count per model took a tenth of a search
    at 10 000 reports, six requests a third)."""
    backend = get_search_backend()
    models = [model for kind in KINDS.values() for model in kind.models]
    pages = Page.objects.live().filter(locale=locale).type(*models)
    found = pages.search(query, order_by_relevance=False)
    if not isinstance(backend, ElasticsearchBaseSearchBackend):
        matched = database_scores(found, models, ranked=False)
        by_type = pages.filter(pk__in=id_list(matched)).values_list("content_type")
        counted = dict(by_type.annotate(number=Count("pk")).order_by())
        return {
            value: sum(
                counted.get(ContentType.objects.get_for_model(model).pk, 0) for model in kind.models
            )
            for value, kind in KINDS.items()
        }
    compiler = found.query_compiler
    # A document lists its class and the classes above it: "news.NewsPage", "wagtailcore.Page".
    by_class = {"terms": {"field": "_django_content_type", "size": len(models) + 1}}
    buckets = engine_aggregations(backend, Page, compiler.get_query(), {"kinds": by_class})
    found = {bucket["key"]: bucket["doc_count"] for bucket in buckets["kinds"]["buckets"]}
    return {
        value: sum(found.get(model._meta.label, 0) for model in kind.models)
        for value, kind in KINDS.items()
    }
