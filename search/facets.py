"""The report search's matches, filters and facet counts, computed where the matches are: SQL
`GROUP BY` over the matching ids on the database backend, aggregations on OpenSearch and
Elasticsearch. No page is loaded to be counted, so results and counts hold for any number of
matches, and a page of results loads only the reports it shows.

On the database backend the full-text match runs once per search: the matching ids (and their
relevance) are read in one query and every count and the page are taken over them. Run as a
subquery of each count instead, PostgreSQL misjudges the match as one row and joins by nested
loops: 6-12 s a count at 10 000 reports.

modelsearch's own `.facet()` is not used: on the engines it returns only the ten largest
buckets, one field per request, and it cannot count values of related rows (tags, document
languages) per report.
"""

from collections import Counter
from functools import cached_property

from django.db import connection
from django.db.models import Count, FloatField
from django.db.models.expressions import RawSQL
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.query import Or, PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from portal.core.models import Tag
from portal.reports.models import ReportDocument, ReportPage, ReportPageTag
from search.backends import stems_by_dictionary
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
# The columns of modelsearch's SQLite full-text table, in their order, and their weights in
# the ranking: the title's stems (autocomplete) count as the engines' title boost.
SQLITE_COLUMNS = ("autocomplete", "body", "title")
SQLITE_COLUMN_WEIGHTS = {"autocomplete": 4.0, "body": 1.0, "title": 4.0}


class ReportSearch:
    """One visitor's search of the reports of a language version: the query's terms (none:
    every report, newest first), the sort, and the editors' synonyms (pairs of term tuples)."""

    def __init__(self, locale, terms, by_date=False, synonyms=(), words=()):
        self.locale = locale
        self.terms = terms
        self.words = words
        self.synonyms = synonyms
        self.by_date = by_date or not terms
        self.backend = get_search_backend()
        self.on_engine = isinstance(self.backend, ElasticsearchBaseSearchBackend)

    @cached_property
    def query(self):
        """The terms with the editors' synonyms; on an engine that stems by dictionary, also
        (as an alternative) the words as typed, which it reduces to their dictionary forms."""
        query = expanded_query(self.terms, self.synonyms)
        if self.words and self.on_engine and stems_by_dictionary(self.backend):
            return Or([query, PlainText(" ".join(self.words), operator="and")])
        return query

    @cached_property
    def in_database(self):
        """Whether the database matches the query (rather than the engine, or no query)."""
        return bool(self.terms) and not self.on_engine

    def results(self, filters, leave_out=()):
        """The matching reports as a lazy, sliceable list: a page of it loads only its rows."""
        if self.in_database:
            return MatchedReports(self.ranked_ids(filters, leave_out))
        reports = self.filtered(filters, on_engine=bool(self.terms))
        if leave_out:
            reports = reports.exclude(id__in=list(leave_out))
        reports = reports.order_by("-publication_date", "-id")
        if not self.terms:
            return reports
        return reports.search(self.query, order_by_relevance=not self.by_date)

    @cached_property
    def newest_matches(self):
        """[(report id, relevance, higher is better)] of every live report of the language
        version the query matches, newest first (relevance 0 when sorted by date: it is not
        computed). The full-text match runs here alone, read from the index entries by
        themselves, then their reports are kept if live and of the language."""
        reports = ReportPage.objects.live().filter(locale=self.locale)
        found = reports.search(self.query, order_by_relevance=not self.by_date)
        scores = database_scores(found, [ReportPage], ranked=not self.by_date)
        kept = reports.filter(pk__in=id_list(scores)).order_by("-publication_date", "-id")
        return [(pk, scores[pk]) for pk in kept.values_list("pk", flat=True)]

    @cached_property
    def relevance(self):
        return dict(self.newest_matches)

    @cached_property
    def matched_ids(self):
        """The database's matches as one parameter, shared by the page and every count."""
        return id_list(self.relevance)

    def matched(self, filters):
        """The matching reports under the filters (all under them, without a query)."""
        if not self.in_database:
            return self.filtered(filters, on_engine=False)
        # The match read live reports of the language version only: asked again, PostgreSQL
        # joins every count to the pages table (40 ms a count at 10 000 reports, not 11).
        among = ReportPage.objects.filter(pk__in=self.matched_ids)
        return self.filtered(filters, on_engine=False, among=among)

    def matching(self, filters):
        """The ids of the matching reports under the filters, as a subquery."""
        if self.in_database and not filters:
            return self.matched_ids
        return self.matched(filters).order_by().values("pk")

    def ranked_ids(self, filters, leave_out):
        """Ids of the matching reports under the filters, best first (or newest first)."""
        if filters:
            matched = self.matched(filters).order_by("-publication_date", "-id")
            ids = list(matched.values_list("pk", flat=True))
        else:
            ids = [pk for pk, _relevance in self.newest_matches]
        if leave_out:
            left_out = set(leave_out)
            ids = [pk for pk in ids if pk not in left_out]
        if not self.by_date:
            ids.sort(key=lambda pk: -self.relevance[pk])
        return ids

    def total(self, leave_out=()):
        """The number of matches under no filter, less those left out."""
        if self.in_database:
            return len(set(self.relevance) - set(leave_out))
        if self.terms:
            return self.results({}, leave_out).count()
        return self.matching({}).exclude(pk__in=list(leave_out)).count()

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
                counts.update(self.count(names, applied))
        return counts

    def count(self, names, filters):
        if self.terms and self.on_engine:
            raw = engine_counts(self.backend, self.results(filters), names)
        else:
            raw = database_counts(self.matching(filters), names)
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

    def filtered(self, filters, on_engine, among=None):
        """Live reports of the language version (or those `among`) under the chosen filters,
        expressed so the engine can apply them when it searches (`on_engine`), or the
        database otherwise."""
        reports = ReportPage.objects.live().filter(locale=self.locale) if among is None else among
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


class MatchedReports:
    """Reports by their ids in order, for a paginator: a page loads only its own reports."""

    def __init__(self, ids):
        self.ids = ids

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        ids = self.ids[index]
        reports = ReportPage.objects.in_bulk(ids)
        return [reports[pk] for pk in ids if pk in reports]


def id_list(ids):
    """Ids as a subquery of one parameter, however many there are (SQLite allows at most
    250 000 parameters in a query, and long `IN` lists are slow to plan)."""
    listed = ",".join(str(int(pk)) for pk in ids)
    if connection.vendor == "postgresql":
        # An array's text, not a list: psycopg adapts a list item by item (20 ms for 8 000).
        return RawSQL("SELECT unnest(%s::integer[])", ["{" + listed + "}"])
    return RawSQL("SELECT value FROM json_each(%s)", ["[" + listed + "]"])


def database_scores(found, models, ranked):
    """{object id: relevance, higher is better} of the objects of `models` (and their
    subclasses) whose index entries match `found`'s query, 0 when not `ranked`: the index
    entries are read by themselves, whether their objects are live or of the language is left
    to the caller."""
    content_types = [pk for model in models for pk in get_descendants_content_types_pks(model)]
    if connection.vendor == "sqlite":
        return sqlite_scores(found, content_types, ranked)
    # Only importable on PostgreSQL, where its driver is installed.
    from search.postgres import entry_scores

    return entry_scores(found, content_types, ranked)


def sqlite_scores(found, content_types, ranked):
    """{object id: FTS5's bm25, higher is better} of the index entries of `content_types`
    that match `found`'s query, 0 when not `ranked` (modelsearch ranks each match with a subquery
    that runs the match again: 74 s for a broad query at 10 000 reports). The title counts as
    in the engines: the folded title is matched in the autocomplete column, the only one that
    holds it apart from the body."""
    # Only importable on SQLite: the full-text table's model exists there alone.
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import IndexEntry, SQLiteFTSIndexEntry

    compiler = found.query_compiler
    config = compiler.get_config(found.backend)
    query = compiler.build_search_query(normalize(compiler.query), config)
    table = SQLiteFTSIndexEntry._meta.db_table
    weights = ", ".join(str(SQLITE_COLUMN_WEIGHTS[column]) for column in SQLITE_COLUMNS)
    # The full-text table alone, then its rows' objects: joined in one query, SQLite runs the
    # match again for every index entry (80 s at 10 000 reports instead of 0.13 s).
    rank = RawSQL(f"bm25({table}, {weights})" if ranked else "0", [], output_field=FloatField())
    scores = dict(
        SQLiteFTSIndexEntry.objects.filter(MatchExpression(SQLITE_COLUMNS, query))
        .annotate(score=rank)
        .values_list("index_entry_id", "score")
    )
    entries = IndexEntry.objects.filter(
        id__in=id_list(scores),
        content_type__in=content_types,
    ).values_list("id", "object_id")
    # bm25 is lower for better matches.
    return {int(pk): -scores[entry] for entry, pk in entries}


def database_counts(ids, names):
    """Counts per value over the matching ids: one `GROUP BY` query for the facets that are
    columns of the report (by their combinations, summed here), one per related facet."""
    counts = {name: Counter() for name in names}
    columns = [name for name in names if name in COLUMNS]
    if columns:
        rows = ReportPage.objects.filter(pk__in=ids).values_list(
            *(COLUMNS[name] for name in columns)
        )
        for *values, number in rows.annotate(number=Count("pk")).order_by():
            for name, value in zip(columns, values, strict=True):
                counts[name][value] += number
    for name in names:
        if name in RELATED_COLUMNS:
            model, _relation, column = RELATED_COLUMNS[name]
            rows = model.objects.filter(page_id__in=ids).values_list(column)
            counts[name] = dict(rows.annotate(number=Count("page_id", distinct=True)).order_by())
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
    found_all = engine_aggregations(backend, ReportPage, compiler.get_query(), aggregations)
    counts = {}
    for name in names:
        found = found_all[name]
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


def engine_aggregations(backend, model, query, aggregations):
    """The engine's aggregations over the matches of `query` in the model's index, in one
    request that returns no documents."""
    body = {"query": query, "aggregations": aggregations, "size": 0}
    index_name = backend.get_index_for_model(model).name
    if backend.use_new_elasticsearch_api:
        return backend.es.search(index=index_name, **body)["aggregations"]
    return backend.es.search(index=index_name, body=body)["aggregations"]
