"""Prints how long searches take on the configured backend (a benchmark, not a test):
`manage.py benchmark_search` against the demo content, or any database you point it at."""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import Client

QUERIES = [
    "spoldzielnia",
    "spółdzielnie socjalne",
    "trener pracy",
    "zrodla finansowania",
    "lodz",
    "samorzadow",
    "pozaplacowymi",
    "nieistniejace slowo",
]


class Command(BaseCommand):
    help = "Times the report search and the suggestions on the configured search backend."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=10, help="Runs of each query.")

    def handle(self, *args, repeat=10, **options):
        # Searches count queries for the editors' statistics; a benchmark must not.
        with transaction.atomic():
            self.run(repeat)
            transaction.set_rollback(True)

    def run(self, repeat):
        client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else "")
        backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
        self.stdout.write(f"backend: {backend}; {repeat} runs per query; times in ms")
        self.stdout.write(f"{'query':<28}{'search median':>15}{'p95':>8}{'suggest median':>16}")
        all_search = []
        for query in QUERIES:
            search_times = self.time(client, "/pl/szukaj/", {"q": query}, repeat)
            suggest_times = self.time(client, "/pl/szukaj/podpowiedzi/", {"q": query[:5]}, repeat)
            all_search.extend(search_times)
            self.stdout.write(
                f"{query:<28}{statistics.median(search_times):>15.1f}"
                f"{self.p95(search_times):>8.1f}{statistics.median(suggest_times):>16.1f}"
            )
        self.stdout.write(
            f"{'all queries':<28}{statistics.median(all_search):>15.1f}{self.p95(all_search):>8.1f}"
        )

    @staticmethod
    def time(client, url, params, repeat):
        client.get(url, params)  # warm up
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get(url, params)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, params, response.status_code)
        return times

    @staticmethod
    def p95(times):
        return sorted(times)[max(0, int(len(times) * 0.95) - 1)]
