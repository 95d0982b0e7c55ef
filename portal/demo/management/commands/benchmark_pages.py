"""Prints what pages cost under gunicorn with and without the page cache (a benchmark, not a
test): `manage.py benchmark_pages` against the configured database (PostgreSQL through
DATABASE_URL, with the demo content loaded) and cache (CACHE_URL).

For each page (home, a news item, a report, a search) it starts gunicorn twice, once with
the page cache off (PAGE_CACHE_SECONDS=0) and once on, and measures requests per second and
the median and 95th-percentile latency at each concurrency, with a static file served by
whitenoise from the same server for comparison; and each page's SQL queries, counted in this
process. The load generator (threads, http.client, one connection per request) runs on the
same machine and shares its cores with the server.
"""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import (
    CaptureQueriesContext,
    override_settings,
    setup_test_environment,
    teardown_test_environment,
)
from wagtail.models import Locale, Site

from portal.news.models import NewsPage
from portal.reports.models import ReportPage

SEARCH = "/pl/szukaj/?q=sp%C3%B3%C5%82dzielnia"
STATIC = "/static/css/portal.css"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path):
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path, headers={"Host": "localhost"})
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("X-Page-Cache"), time.perf_counter() - started
    finally:
        conn.close()


def load(port, path, requests, concurrency):
    """Requests/s, p50 and p95 in ms of `requests` GETs by `concurrency` threads."""
    latencies, failures = [], []
    share = [requests // concurrency + (n < requests % concurrency) for n in range(concurrency)]

    def worker(count):
        for _ in range(count):
            status, _state, seconds = get(port, path)
            (latencies if status == 200 else failures).append(seconds)

    threads = [threading.Thread(target=worker, args=(count,)) for count in share]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if failures:
        raise CommandError(f"{path}: {len(failures)} of {requests} requests failed")
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    return requests / elapsed, statistics.median(latencies) * 1000, p95 * 1000


class Server:
    """gunicorn (gunicorn.conf.py) on a free port with these settings, until stopped."""

    def __init__(self, workers, static_root, page_cache_seconds):
        self.port = free_port()
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": os.environ.get(
                "DJANGO_SETTINGS_MODULE", "portal.settings.dev"
            ),
            "DEBUG": "false",
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "WEB_CONCURRENCY": str(workers),
            "STATIC_ROOT": str(static_root),
            "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "portal.wsgi"],
            cwd=settings.BASE_DIR,
            env=environment,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if get(self.port, "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise CommandError("gunicorn did not answer /healthz within 60 s")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def query_counts(paths):
    """Queries of each page rendered (the furniture already cached, as for all but the first
    visitor) and served from the page cache."""
    setup_test_environment()
    try:
        client = Client(HTTP_HOST="localhost")
        counts = {}
        for path in paths:
            # Counted at once: the next request empties the log the counts are read from.
            with override_settings(PAGE_CACHE_SECONDS=0):
                client.get(path)
                with CaptureQueriesContext(connection) as captured:
                    client.get(path)
                rendered = len(captured)
            client.get(path)
            with CaptureQueriesContext(connection) as captured:
                client.get(path)
            counts[path] = (rendered, len(captured))
        return counts
    finally:
        teardown_test_environment()


class Command(BaseCommand):
    help = "Requests/s and latency of pages with and without the page cache, beside a static file"

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=200, help="per measurement")
        parser.add_argument("--concurrency", default="1,8", help="comma-separated")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
        parser.add_argument("--page-cache-seconds", type=int, default=300)

    def handle(self, *args, **options):
        pages = self.pages()
        concurrencies = [int(n) for n in options["concurrency"].split(",")]
        counts = query_counts(list(pages.values()))
        with tempfile.TemporaryDirectory(prefix="portal-benchmark-static-") as static_root:
            subprocess.run(
                [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
                cwd=settings.BASE_DIR,
                env={**os.environ, "STATIC_ROOT": static_root},
                check=True,
            )
            results = {}
            for label, seconds in (("uncached", 0), ("cached", options["page_cache_seconds"])):
                server = Server(options["workers"], Path(static_root), seconds)
                try:
                    targets = {**pages, "static file": STATIC} if seconds == 0 else pages
                    for name, path in targets.items():
                        # Warm-up: every worker has rendered (and stored) the page once.
                        for _ in range(4 * options["workers"]):
                            state = get(server.port, path)[1]
                        for concurrency in concurrencies:
                            mode = "whitenoise" if path == STATIC else label
                            results[(name, mode, concurrency)] = load(
                                server.port, path, options["requests"], concurrency
                            )
                        results[(name, label, "state")] = state
                finally:
                    server.stop()
        self.report(pages, counts, results, concurrencies, options)

    def pages(self):
        site = Site.objects.get(is_default_site=True)
        locale = Locale.get_default()
        home = site.root_page.localized
        news = NewsPage.objects.live().filter(locale=locale).order_by("-first_published_at")
        report = ReportPage.objects.live().filter(locale=locale).order_by("-first_published_at")
        if not news.exists() or not report.exists():
            raise CommandError("No news or reports: run `manage.py load_demo_content` first.")
        return {
            "home page": home.url,
            "news page": news.first().url,
            "report page": report.first().url,
            "search page": SEARCH,
        }

    def report(self, pages, counts, results, concurrencies, options):
        database = connection.vendor
        cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
        self.stdout.write(
            f"{database}, {cache}, gunicorn {options['workers']} sync workers, "
            f"{options['requests']} requests per row, load generator on the same {os.cpu_count()}"
            " cores\n"
        )
        header = f"{'page':<13} {'mode':<10} {'queries':>7}"
        for concurrency in concurrencies:
            header += f" | c={concurrency}: {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7}"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        static_rps = {c: results[("static file", "whitenoise", c)][0] for c in concurrencies}
        rows = [(name, mode) for name in pages for mode in ("uncached", "cached")]
        for name, mode in [*rows, ("static file", "whitenoise")]:
            if name == "static file":
                queries = "-"
            else:
                rendered, served = counts[pages[name]]
                queries = str(rendered if mode == "uncached" else served)
            line = f"{name:<13} {mode:<10} {queries:>7}"
            for concurrency in concurrencies:
                rps, p50, p95 = results[(name, mode, concurrency)]
                line += f" | {'':>5} {rps:>7.1f} {p50:>7.1f} {p95:>7.1f}"
            if mode == "cached":
                line += f"  (X-Page-Cache: {results[(name, mode, 'state')]})"
            self.stdout.write(line)
        self.stdout.write("")
        for name in pages:
            shares = ", ".join(
                f"c={c}: {results[(name, 'cached', c)][0] / static_rps[c]:.0%}"
                for c in concurrencies
            )
            self.stdout.write(f"{name} cached, share of the static file's requests/s: {shares}")
