"""Prints how long searches take on the configured backend (a benchmark, not a test):
`manage.py benchmark_search` against the demo content, or any database you point it at;
`manage.py benchmark_search --reports 10000` on a scratch database of generated reports
(portal.demo.search_at_scale)."""

import itertools
import statistics
import time
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import setup_test_environment, teardown_test_environment
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail.search import index

from portal.demo import relevance, search_at_scale
from portal.reports.models import DocumentText, ReportDocument, ReportIndexPage, ReportPage

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

# The worst case a visitor can ask for: a page of reports whose PDFs hold 500 000 characters
# each, searched by a query of 100 one-letter words and by the longest query of distinct
# words those PDFs contain.
LARGE_REPORTS = 10
LARGE_PDF_CHARACTERS = 500_000
LARGE_PDF_PARAGRAPH = (
    "Trener pracy wspiera osoby z niepełnosprawnościami w zakładach aktywności zawodowej, "
    "a samorządy i spółdzielnie socjalne o tym wiedzą u siebie. Finansowanie wsparcia, koszty "
    "zatrudnienia, ewaluacja programów, standardy usług, rynek pracy, kompetencje kadry, "
    "warsztaty terapii zajęciowej, integracja społeczna, przedsiębiorczość, partnerstwo. "
)
HUNDRED_LETTERS = " ".join(itertools.islice(itertools.cycle("aiouwz"), 100))


def longest_query(text, length=200):
    """Distinct words of `text`, as many as fit in `length` characters."""
    chosen = []
    for word in dict.fromkeys(text.lower().replace(",", " ").replace(".", " ").split()):
        if len(" ".join([*chosen, word])) > length:
            break
        chosen.append(word)
    return " ".join(chosen)


WORST_CASE_QUERIES = [
    ("trener pracy", "trener pracy"),
    ("100 one-letter words", HUNDRED_LETTERS),
    ("longest query of PDF words", longest_query(LARGE_PDF_PARAGRAPH)),
    ("10 000-character query", ("trener pracy " * 800)[:10_000]),
]


class Command(BaseCommand):
    help = "Times the report search and the suggestions on the configured search backend."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=10, help="Runs of each query.")
        parser.add_argument(
            "--worst-case-repeat", type=int, default=3, help="Runs of each worst-case query."
        )
        parser.add_argument(
            "--reports",
            type=int,
            help="Generate this many reports into a scratch database (and scratch indexes on "
            "an engine) and time mixed searches there instead of on the demo content.",
        )
        parser.add_argument(
            "--concurrency",
            default="1,4",
            help="With --reports: numbers of simultaneous visitors, comma-separated.",
        )
        parser.add_argument(
            "--searches", type=int, default=240, help="With --reports: searches per concurrency."
        )

    def handle(self, *args, repeat=10, worst_case_repeat=3, **options):
        if options["reports"]:
            concurrencies = [int(number) for number in options["concurrency"].split(",")]
            search_at_scale.run(self.stdout, options["reports"], concurrencies, options["searches"])
            return
        # Searches count queries for the editors' statistics; a benchmark must not.
        with transaction.atomic():
            self.run(repeat)
            self.relevance()
            self.worst_case(worst_case_repeat)
            transaction.set_rollback(True)

    def relevance(self):
        """Recall@5 and mean reciprocal rank of the judged queries (portal.demo.relevance)."""
        # The test client hands over the pages' context only in a test environment.
        setup_test_environment()
        try:
            judgements = relevance.judge(self.client())
        finally:
            teardown_test_environment()
        recall, mrr = relevance.scores(judgements)
        self.stdout.write(
            f"relevance, {len(judgements)} judged queries: recall@5 {recall:.3f}, MRR {mrr:.3f}"
        )
        for item in judgements:
            if item.recall < 1:
                self.stdout.write(f"  missed: {item.language} {item.query!r}")

    def client(self):
        return search_at_scale.visitor()

    def run(self, repeat):
        client = self.client()
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

    def worst_case(self, repeat):
        """Adds the large reports (rolled back with the rest), times the hostile queries and
        prints the slowest search seen."""
        reports = self.add_large_reports()
        try:
            client = self.client()
            self.stdout.write(
                f"worst case: {LARGE_REPORTS} reports with {LARGE_PDF_CHARACTERS:,}-character "
                f"PDFs; {repeat} runs per query; times in ms"
            )
            slowest = 0.0
            for label, query in WORST_CASE_QUERIES:
                times = self.time(client, "/pl/szukaj/", {"q": query}, repeat, warm_up=False)
                slowest = max(slowest, *times)
                self.stdout.write(f"{label:<28}{statistics.median(times):>15.1f}{max(times):>8.1f}")
            self.stdout.write(f"{'worst-case search time':<28}{slowest:>23.1f}")
        finally:
            for report in reports:
                index.remove_object(report)
            for document in Document.objects.filter(title__startswith="Benchmark PDF "):
                document.file.delete(save=False)

    def add_large_reports(self):
        parent = (
            ReportIndexPage.objects.filter(locale=Locale.get_default()).order_by("depth").first()
        )
        text = (LARGE_PDF_PARAGRAPH * (LARGE_PDF_CHARACTERS // len(LARGE_PDF_PARAGRAPH) + 1))[
            :LARGE_PDF_CHARACTERS
        ]
        reports = []
        for number in range(LARGE_REPORTS):
            content = b"%PDF-1.4\n"
            document = Document(title=f"Benchmark PDF {number}", file_size=len(content))
            name = f"benchmark-{uuid.uuid4().hex[:8]}.pdf"
            document.file.save(name, ContentFile(content), save=False)
            document.save()
            # The stored text stands for what extraction gives from a 500 000-character PDF.
            DocumentText.objects.update_or_create(
                document=document, defaults={"text": text, "file_name": document.file.name}
            )
            report = ReportPage(
                title=f"Raport testowy wydajności {number}",
                slug=f"benchmark-{uuid.uuid4().hex[:8]}",
                summary="Raport z dużym plikiem PDF.",
            )
            parent.add_child(instance=report)
            report.documents = [ReportDocument(document=document, language="pl")]
            report.save_revision().publish()
            reports.append(report)
        return reports

    @staticmethod
    def time(client, url, params, repeat, warm_up=True):
        if warm_up:
            client.get(url, params)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get(url, params)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, params, response.status_code)
        return times

    p95 = staticmethod(search_at_scale.p95)
