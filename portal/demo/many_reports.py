"""Thousands of live reports in seconds, for the search's scale test and its benchmark.

Wagtail creates a page with several queries and an index write; at 10 000 or 100 000 reports
that takes hours, so the rows are written in batches instead: page rows with treebeard paths
worked out here, report rows by one `INSERT` per batch (Django's `bulk_create` refuses models
with a parent table), tags and documents in bulk, then the index entries in batches, as
`update_index` writes them. The reports are spread by their number over the given report
lists, 25 years, every report type, the tags and the documents.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal.reports.choices import ReportType
from portal.reports.models import ReportDocument, ReportPage, ReportPageTag
from zones.models import ZonePage

BATCH = 1_000
FIRST_YEAR, YEARS = 2000, 25
REPORT_COLUMNS = (
    "page_ptr_id",
    "publication_date",
    "publication_year",
    "authors",
    "report_type",
    "summary",
    "body",
    "filed_in_zone_id",
)
WORDS = (
    "spółdzielnia socjalna",
    "trener pracy",
    "zakład aktywności zawodowej",
    "warsztat terapii zajęciowej",
    "samorząd gminy",
    "finansowanie wsparcia",
    "zatrudnienie wspomagane",
    "ewaluacja programu",
    "rynek pracy",
    "integracja społeczna",
    "przedsiębiorstwo społeczne",
    "partnerstwo lokalne",
)


def report_date(number):
    return datetime.date(FIRST_YEAR + number % YEARS, 1 + number % 12, 1 + number % 28)


def create_reports(count, indexes, title, summary="", tags=(), documents=(), index=True):
    """`count` live reports titled "`title` <number>", spread over the report lists
    `indexes`; `tags`: tag i on every (4 + 2i)-th report; `documents`: (document, language)
    pairs, pair i on every (2 + 3i)-th report. Each summary adds two phrases of WORDS, so
    queries of different reach can be timed. `index=False` leaves indexing to the caller
    (the benchmark times `update_index`). Returns the new reports' ids."""
    parents = {page.pk: Page.objects.get(pk=page.pk) for page in indexes}
    indexes = [parents[page.pk] for page in indexes]
    ids = []
    types = list(ReportType)
    content_type = ContentType.objects.get_for_model(ReportPage)
    zones = list(ZonePage.objects.only("path"))
    with transaction.atomic():
        for start in range(0, count, BATCH):
            numbers = range(start, min(start + BATCH, count))
            pages = []
            for number in numbers:
                parent = indexes[number % len(indexes)]
                parent.numchild += 1
                slug = f"{uuid.uuid4().hex[:8]}-{number}"
                pages.append(
                    Page(
                        title=f"{title} {number}",
                        draft_title=f"{title} {number}",
                        slug=slug,
                        content_type=content_type,
                        locale_id=parent.locale_id,
                        path=Page._get_path(parent.path, parent.depth + 1, parent.numchild),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        translation_key=uuid.uuid4(),
                    )
                )
            Page.objects.bulk_create(pages)
            rows = []
            for number, page in zip(numbers, pages, strict=True):
                published = report_date(number)
                phrases = f"{WORDS[number % len(WORDS)]}, {WORDS[number * 7 % len(WORDS)]}"
                zone = next((z.pk for z in zones if page.path.startswith(z.path)), None)
                row = (page.pk, published, published.year, "Zespół badawczy")
                rows.append(row + (types[number % len(types)], f"{summary} {phrases}.", "[]", zone))
            insert_rows(ReportPage._meta.db_table, REPORT_COLUMNS, rows)
            ReportPageTag.objects.bulk_create(
                ReportPageTag(page_id=page.pk, tag=tag, sort_order=position)
                for number, page in zip(numbers, pages, strict=True)
                for position, tag in enumerate(tags)
                if number % (4 + 2 * position) == 0
            )
            ReportDocument.objects.bulk_create(
                ReportDocument(page_id=page.pk, document=document, language=language, sort_order=i)
                for number, page in zip(numbers, pages, strict=True)
                for i, (document, language) in enumerate(documents)
                if number % (2 + 3 * i) == 0
            )
            ids.extend(page.pk for page in pages)
        for parent in parents.values():
            Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)
    if index:
        index_reports(ids)
    refresh_statistics()
    return ids


def refresh_statistics():
    """What a bulk load is followed by on PostgreSQL: without fresh statistics its planner
    takes the new tables for empty and joins them by nested loops (a minute for one query
    over 1 200 reports)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def insert_rows(table, columns, rows):
    quote = connection.ops.quote_name
    placeholders = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {quote(table)} ({', '.join(map(quote, columns))}) VALUES ({placeholders})"
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def index_reports(ids):
    """Index entries in batches of BATCH, with what each report's text is read from loaded
    in a few queries per batch."""
    backend_index = get_search_backend().get_index_for_model(ReportPage)
    for start in range(0, len(ids), BATCH):
        reports = list(
            ReportPage.get_indexed_objects()
            .filter(pk__in=ids[start : start + BATCH])
            .prefetch_related("documents", "tag_links")
        )
        backend_index.add_items(ReportPage, reports)
