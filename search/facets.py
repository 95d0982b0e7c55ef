"""The report search's matches, filters and facet counts, computed where the matches are: SQL
`GROUP BY` over the matching ids on the database backend, aggregations on OpenSearch and
Elasticsearch. No page is loaded to be counted, so results and counts hold for any number of
matches, and a page of results loads only the reports it shows.

modelsearch's own `.facet()` is not used: on the engines it returns only the ten largest
buckets, one field per request, and it cannot count values of related rows (tags, document
languages) per report.
"""

from collections import Counter

from django.db.models import Count
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Locale
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from portal.core.models import Tag
from portal.reports.models import ReportDocument, ReportPage, ReportPageTag
from search.synonyms import expanded_query
from zones.models import ZonePage

# Facets by their (Polish) query parameter: a zone or tag slug, a year, a report type's stored
# value, a document language; CENTRAL is the zone value of reports outside every zone.
FACETS = ("strefa", "rok", "rodzaj", "tag", "jezyk")
CENTRAL = "central"
# The row each facet is read from: a column of the report, or a column of its related rows.
COLUMNS = {"strefa": "filed_in_zone", "rok": "publication_year", "rodzaj": "report_type"}
RELATED_COLUMNS = {
    "tag": (ReportPageTag, "tag_links", "tag"),
    "jezyk": (ReportDocument, "documents", "language"),
}
# Enough buckets for every value a facet can have (zones, years, types, tags, languages).
MAX_BUCKETS = 10_000
MATCH_NONE = {"id__in": []}


class ReportSearch:
    """One visitor's search of the reports of a language version: the query's terms (none:
    every report, newest first), the sort, and the editors' synonyms (pairs of term tuples)."""

    def __init__(self, locale, terms, by_date=False, synonyms=()):
        self.locale = locale
        self.terms = terms
        self.synonyms = synonyms
        self.by_date = by_date or not terms
        self.backend = get_search_backend()
        self.on_engine = isinstance(self.backend, ElasticsearchBaseSearchBackend)

    def results(self, filters, leave_out=()):
        """The matching reports as a lazy, sliceable list: a page of it loads only its rows."""
        reports = self.filtered(filters, on_engine=bool(self.terms) and self.on_engine)
        if leave_out:
            reports = reports.exclude(id__in=list(leave_out))
        reports = reports.order_by("-publication_date", "-id")
        if not self.terms:
            return reports
        return reports.search(
            expanded_query(self.terms, self.synonyms), order_by_relevance=not self.by_date
        )

    def facet_counts(self, filters):
        """Counts per value of each facet, under the other facets' filters (a chosen value
        does not hide the alternatives): one count for the facets not chosen, one for each
        chosen facet."""
        counts = {name: Counter() for name in FACETS}
        unchosen = [name for name in FACETS if name not in filters]
        groups = [(unchosen, filters)] + [
            ([name], {other: value for other, value in filters.items() if other != name})
            for name in FACETS
            if name in filters
        ]
        for names, applied in groups:
            if names:
                counts.update(self.count(names, self.results(applied)))
        return counts

    def count(self, names, results):
        if self.terms and self.on_engine:
            raw = engine_counts(self.backend, results, names)
        else:
            matches = results.get_queryset() if self.terms else results
            raw = database_counts(matches.order_by().values("pk"), names)
        return {name: self.readable(name, raw[name]) for name in names}

    def readable(self, name, raw):
        """Counts keyed by the values shown in addresses: slugs for zones and tags."""
        if name == "strefa":
            slugs = dict(ZonePage.objects.filter(locale=self.locale).values_list("pk", "slug"))
            return Counter({slugs.get(key, CENTRAL): number for key, number in raw.items()})
        if name == "tag":
            slugs = dict(Tag.objects.filter(pk__in=list(raw)).values_list("pk", "slug"))
            return Counter({slugs[key]: number for key, number in raw.items() if key in slugs})
        if name == "rok":
            return Counter({str(key): number for key, number in raw.items()})
        return Counter(raw)

    def filtered(self, filters, on_engine):
        """Live reports of the language version under the chosen filters, expressed so the
        engine can apply them when it searches (`on_engine`), or the database otherwise."""
        reports = ReportPage.objects.live().filter(locale=self.locale)
        for name, value in filters.items():
            reports = reports.filter(**self.lookup(name, value, on_engine))
        return reports

    def lookup(self, name, value, on_engine):
        if name == "strefa":
            if value == CENTRAL:
                return {"filed_in_zone__isnull": True}
            zone = ZonePage.objects.filter(locale=self.locale, slug=value).first()
            return {"filed_in_zone": zone.pk} if zone else MATCH_NONE
        if name == "rok":
            return (
                {"publication_year": int(value)}
                if value.isdigit() and len(value) == 4
                else MATCH_NONE
            )
        if name == "rodzaj":
            return {"report_type": value}
        if name == "tag":
            tag = Tag.objects.filter(locale=Locale.get_default(), slug=value).first()
            if tag is None:
                return MATCH_NONE
            if on_engine:
                return {"tag_links__tag": tag.pk}
            return {"id__in": ReportPageTag.objects.filter(tag=tag).values("page_id")}
        if on_engine:
            return {"documents__language": value}
        return {"id__in": ReportDocument.objects.filter(language=value).values("page_id")}


def database_counts(ids, names):
    """Counts per value with one `GROUP BY` query per facet over the matching ids."""
    counts = {}
    for name in names:
        if name in COLUMNS:
            rows = ReportPage.objects.filter(pk__in=ids).values_list(COLUMNS[name])
            rows = rows.annotate(number=Count("pk")).order_by()
        else:
            model, _relation, column = RELATED_COLUMNS[name]
            rows = model.objects.filter(page_id__in=ids).values_list(column)
            rows = rows.annotate(number=Count("page_id", distinct=True)).order_by()
        counts[name] = dict(rows)
    return counts


def engine_counts(backend, results, names):
    """Counts per value with one aggregation request for all the facets asked for; values of
    related rows (tags, document languages) are counted once per report (`reverse_nested`)."""
    compiler = results.query_compiler
    mapping = compiler.mapping
    fields = {field.field_name: field for field in ReportPage.get_search_fields()}
    aggregations = {}
    for name in names:
        if name in COLUMNS:
            terms = {
                "field": mapping.get_field_column_name(fields[COLUMNS[name]]),
                "size": MAX_BUCKETS,
            }
            if name == "strefa":
                terms["missing"] = 0
            aggregations[name] = {"terms": terms}
            continue
        model, relation, column = RELATED_COLUMNS[name]
        path = mapping.get_field_column_name(fields[relation])
        inner = backend.mapping_class(model).get_field_column_name(index.FilterField(column))
        aggregations[name] = {
            "nested": {"path": path},
            "aggregations": {
                "values": {
                    "terms": {"field": f"{path}.{inner}", "size": MAX_BUCKETS},
                    "aggregations": {"reports": {"reverse_nested": {}}},
                }
            },
        }
    body = {"query": compiler.get_query(), "aggregations": aggregations, "size": 0}
    index_name = backend.get_index_for_model(ReportPage).name
    if backend.use_new_elasticsearch_api:
        response = backend.es.search(index=index_name, **body)
    else:
        response = backend.es.search(index=index_name, body=body)
    counts = {}
    for name in names:
        found = response["aggregations"][name]
        if name in COLUMNS:
            counts[name] = {
                (bucket["key"] or None): bucket["doc_count"] for bucket in found["buckets"]
            }
        else:
            counts[name] = {
                bucket["key"]: bucket["reports"]["doc_count"]
                for bucket in found["values"]["buckets"]
            }
    return counts
