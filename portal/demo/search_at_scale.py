"""The search benchmark at scale (`benchmark_search --reports N`): a scratch database (and,
on an engine, indexes of its own) with N generated reports, timed at several concurrencies.

Concurrent visitors are separate processes (forked), as the workers of an application server
are, so the figures are not bounded by one interpreter's lock.
"""

import itertools
import multiprocessing
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.test.utils import (
    CaptureQueriesContext,
    override_settings,
    setup_databases,
    teardown_databases,
)
from wagtail.documents.models import Document
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from home.models import HomePage
from portal.core.models import Tag
from portal.demo.assets import make_pdf
from portal.demo.many_reports import WORDS, create_reports, refresh_statistics
from portal.reports.choices import ReportType
from portal.reports.models import DocumentText, ReportIndexPage
from search.backends import search_backends
from zones.models import ZonePage

ZONES = ("Strefa samorządów", "Strefa WTZ", "Strefa biznesu", "Współpraca międzynarodowa")
TAGS = (
    "aktywizacja zawodowa",
    "finansowanie",
    "niepełnosprawność",
    "spółdzielczość",
    "rynek pracy",
    "ewaluacja",
    "samorząd",
    "współpraca",
)
FILES = 6
FILE_CHARACTERS = 20_000
# Typed by visitors: base and inflected forms, without diacritics, acronyms, rare words.
QUERIES = (
    "spółdzielnia socjalna",
    "spoldzielni socjalnych",
    "trener pracy",
    "trenerzy pracy",
    "zakład aktywności zawodowej",
    "warsztaty terapii",
    "samorzadu gminy",
    "finansowanie",
    "zatrudnienie wspomagane",
    "ewaluacja programu",
    "integracji społecznej",
    "przedsiębiorstwa społeczne",
    "partnerstwo",
    "rynek pracy",
    "niepełnosprawności",
    "nieistniejące słowo",
)


def run(stdout, reports, concurrencies, requests):
    """Builds the scratch site, prints generation, indexing and search figures, removes it."""
    backend_settings, index_prefix = scratch_search_settings()
    scratch = Path(tempfile.mkdtemp(prefix="portal-benchmark-"))
    database = connection.settings_dict
    if database["ENGINE"].endswith("sqlite3"):
        # A file, not memory: the concurrent visitors are other processes.
        database.setdefault("TEST", {})["NAME"] = str(scratch / "benchmark.sqlite3")
    # The scratch files go to the scratch folder, never to a MEDIA_STORAGE_URL bucket, and
    # leave with it.
    local_disk = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    # DEBUG off as in production: on, every query's SQL is kept, with its thousands of ids.
    with override_settings(
        DEBUG=False,
        WAGTAILSEARCH_BACKENDS=backend_settings,
        MEDIA_ROOT=str(scratch),
        STORAGES={**settings.STORAGES, "default": local_disk},
    ):
        old_config = setup_databases(
            verbosity=0, interactive=False, aliases={"default"}, serialized_aliases=set()
        )
        try:
            engine = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
            stdout.write(
                f"backend: {engine}, database: {connection.vendor}; "
                f"{reports:,} generated reports; times in ms unless said"
            )
            started = time.perf_counter()
            indexes, tags, files = scratch_site()
            create_reports(
                reports,
                indexes,
                title="Raport",
                summary="Raport z badań ekonomii społecznej",
                tags=tags,
                documents=files,
                index=False,
            )
            generation = time.perf_counter() - started
            stdout.write(f"generation: {generation:.1f} s")
            started = time.perf_counter()
            call_command("update_index", verbosity=0)
            stdout.write(f"update_index: {time.perf_counter() - started:.1f} s")
            refresh_statistics()
            paths = search_paths(requests, tags)
            stdout.write(
                f"{len(paths)} searches (with and without facets, empty query included) "
                "per concurrency"
            )
            stdout.write(f"{'concurrency':<14}{'median':>9}{'p95':>9}{'searches/s':>12}")
            for concurrency in concurrencies:
                times, wall = timed_searches(paths, concurrency)
                stdout.write(
                    f"{concurrency:<14}{statistics.median(times):>9.1f}{p95(times):>9.1f}"
                    f"{len(times) / wall:>12.1f}"
                )
            for label, path in query_count_paths(tags):
                stdout.write(f"SQL queries, {label}: {sql_queries(path)}")
        finally:
            connections.close_all()
            teardown_databases(old_config, verbosity=0)
            if index_prefix:
                get_search_backend().es.indices.delete(index=f"{index_prefix}*")


def scratch_search_settings():
    """The configured engine with indexes of the benchmark's own, or the database backend."""
    if not settings.SEARCH_URL:
        return settings.WAGTAILSEARCH_BACKENDS, ""
    prefix = f"portal_benchmark_{uuid.uuid4().hex[:8]}_"
    return search_backends(settings.SEARCH_URL, prefix, settings.SEARCH_HUNSPELL_LOCALE), prefix


def scratch_site():
    """Home, its report list, four zones with theirs; tags; files whose text has a share of
    the vocabulary the queries use."""
    locale = Locale.get_default()
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Strona główna", slug="benchmark", locale=locale)
    )
    Site.objects.filter(is_default_site=True).update(root_page=home)
    indexes = [home.add_child(instance=ReportIndexPage(title="Badania i analizy", locale=locale))]
    for name in ZONES:
        zone = home.add_child(instance=ZonePage(title=name, locale=locale))
        indexes.append(zone.add_child(instance=ReportIndexPage(title="Badania", locale=locale)))
    tags = [Tag.objects.create(name=name, locale=locale) for name in TAGS]
    files = []
    for number in range(FILES):
        document = Document(title=f"Plik {number}")
        content = make_pdf(document.title, [("Treść", ["Plik raportu."])], language="pl")
        document.file.save(f"plik-{number}.pdf", ContentFile(content), save=False)
        document.save()
        words = itertools.cycle(WORDS[number:] + WORDS[:number])
        text = " ".join(itertools.islice(words, FILE_CHARACTERS // 20))[:FILE_CHARACTERS]
        # What extraction gives from a PDF of that length (writing one takes long).
        DocumentText.objects.update_or_create(
            document=document, defaults={"text": text, "unreadable_reason": ""}
        )
        files.append((document, "en" if number % 3 == 2 else "pl"))
    return indexes, tags, files


def search_paths(count, tags):
    """`count` addresses of the search: each query alone, with a facet, sorted by date, on a
    later page, and the empty query with facets."""
    slugs = [zone.slug for zone in ZonePage.objects.all()]
    facets = itertools.cycle(
        [
            {},
            {"rok": "2012"},
            {"strefa": slugs[1]},
            {"rodzaj": ReportType.EXPERTISE},
            {"tag": tags[2].slug},
            {"jezyk": "en"},
            {"rok": "2020", "strefa": "central"},
            {"sortuj": "data"},
            {"strona": "3"},
        ]
    )
    queries = itertools.cycle(QUERIES + ("",))
    paths = []
    for query, extra in zip(queries, facets, strict=False):
        params = {"q": query, **extra} if query else {"rok": "2015", **extra}
        paths.append(f"/pl/szukaj/?{urlencode(params)}")
        if len(paths) == count:
            return paths
    return paths


def timed_searches(paths, concurrency):
    """(latency of each search, wall time of all) with `concurrency` visitors at once."""
    connections.close_all()
    chunks = [paths[start::concurrency] for start in range(concurrency)]
    started = time.perf_counter()
    if concurrency == 1:
        times = [search_times(chunks[0])]
    else:
        with multiprocessing.get_context("fork").Pool(concurrency) as pool:
            times = pool.map(search_times, chunks)
    wall = time.perf_counter() - started
    return [latency for chunk in times for latency in chunk], wall


def visitor():
    return Client(HTTP_HOST=settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else "")


def search_times(paths):
    client = visitor()
    client.get(paths[0])
    times = []
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    connections.close_all()
    return times


def query_count_paths(tags):
    return [
        ("a query matching most reports", "/pl/szukaj/?q=raport&sortuj=data"),
        ("a query matching few", "/pl/szukaj/?q=partnerstwo+lokalne&rok=2003"),
        ("two facets chosen", f"/pl/szukaj/?q=raport&rok=2012&tag={tags[0].slug}"),
        ("no query, a year", "/pl/szukaj/?rok=2012"),
    ]


def sql_queries(path):
    client = visitor()
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    return len(captured)


def p95(times):
    return sorted(times)[max(0, int(len(times) * 0.95) - 1)]
