"""Searching research reports: the same scenarios on every search backend present (the
database's own full-text search, SQLite FTS5 or PostgreSQL, and the search node SEARCH_URL
points at: OpenSearch 3 in CI). The pages are built here with tests/factories.py, not taken
from the demo."""

import collections
import datetime
import io
import itertools
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from portal.accessibility.models import EasyReadPage
from portal.core.searchable import FoldedSearchMixin
from portal.demo.assets import make_pdf
from portal.demo.many_reports import create_reports
from portal.events.models import EventPage
from portal.news.models import NewsPage
from portal.reports.choices import ReportType
from portal.reports.models import (
    DocumentText,
    ReportDocument,
    ReportIndexPage,
    ReportPage,
    ReportPageTag,
)
from search.backends import HUNSPELL_FILTER, search_backends
from search.kinds import KINDS
from search.models import Synonym, UnansweredQuery
from search.text import stem
from search.views import CENTRAL
from tests import factories
from tests.conftest import require_service
from tests.tree import build_tree
from zones.models import ZonePage

pytestmark = pytest.mark.django_db


NODE = "node"
# News, meetings and pages: what the type facet finds besides reports (one index with them).
SEARCHED_KINDS = (NewsPage, EventPage, StandardPage, ZonePage, EasyReadPage)


@pytest.fixture
def site_tree(db):
    """Home, the central report index and one zone ("Strefa WTZ") with its own."""
    return build_tree(zone_names=("WTZ",))


def use_search_node(settings):
    """Points the search at the node in SEARCH_URL, with indexes of this test's own;
    returns their name prefix."""
    require_service(
        bool(settings.SEARCH_URL),
        "this test needs a search node: run scripts/opensearch/start and "
        "export SEARCH_URL=opensearch://127.0.0.1:9201",
    )
    prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        settings.SEARCH_URL, prefix, settings.SEARCH_HUNSPELL_LOCALE
    )
    return prefix


@pytest.fixture
def search_node(settings):
    """The node's search backend for this test alone; its indexes are deleted afterwards."""
    prefix = use_search_node(settings)
    backend = get_search_backend()
    yield backend
    backend.es.indices.delete(index=f"{prefix}*")


@pytest.fixture(params=["database", NODE])
def backend(request, settings, site_tree):
    """Which search backend the scenario runs on; reports made in the test are indexed there."""
    if request.param == "database":
        yield "database"
        return
    prefix = use_search_node(settings)
    backend = get_search_backend()
    index = backend.get_index_for_model(ReportPage)
    index.put()
    for model in (ReportPage, *SEARCHED_KINDS):
        index.add_model(model)
    yield NODE
    # Documents and tags saved in the test made indexes of their own under the prefix too.
    backend.es.indices.delete(index=f"{prefix}*")


def refresh(backend):
    if backend == NODE:
        get_search_backend().get_index_for_model(ReportPage).refresh()


def pdf(title, words, language="pl"):
    document = Document(title=title)
    content = make_pdf(title, [("Treść", [words])], language=language)
    document.file.save(f"{uuid.uuid4().hex[:8]}.pdf", ContentFile(content), save=False)
    # The text is read once the upload is committed; a test's transaction never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        document.save()
    return document


def report_index(zone_slug=None):
    """The Polish report index, central or of the zone with this slug (in site_tree as in the
    demo)."""
    pl = Locale.objects.get(language_code="pl")
    if zone_slug is None:
        return ReportIndexPage.objects.get(locale=pl, slug="badania-i-analizy")
    return ReportIndexPage.objects.get(locale=pl, url_path__contains=f"/{zone_slug}/")


def publish_report(parent=None, documents=(), tags=(), **fields):
    """A live report with its documents, published as an editor would publish it."""
    report = factories.ReportPageFactory(parent=parent or report_index(), **fields)
    report.documents = [ReportDocument(document=doc, language=lang) for doc, lang in documents]
    report.tag_links = [ReportPageTag(tag=tag) for tag in tags]
    report.save_revision().publish()
    return report


def search(client, backend, **params):
    refresh(backend)
    response = client.get("/pl/szukaj/", params)
    assert response.status_code == 200
    return response


def titles(response):
    page = response.context["results_page"]
    return [report.title for report in response.context["promoted"]] + [
        report.title for report in page.object_list
    ]


def test_queries_without_diacritics_find_polish_words(client, backend):
    publish_report(title="Żółwiowa Łąka w Łodzi", summary="Żółwiowe łąki i źródła Łodzi.")
    for query in ["zolwiowa laka", "Łąka żółwiowa", "ZOLWIOWEJ LAKI", "lodz zolwiowa", "zrodla"]:
        found = titles(search(client, backend, q=query))
        assert "Żółwiowa Łąka w Łodzi" in found, query
    assert titles(search(client, backend, q="zolwiowe lodzi")) == ["Żółwiowa Łąka w Łodzi"]


def test_a_word_only_inside_the_pdf_finds_the_report(client, backend):
    document = pdf("Załącznik", "Ankietowani wskazali kwarcytowe ogrody jako nowy rynek.")
    publish_report(title="Raport z załącznikiem", documents=[(document, "pl")])

    response = search(client, backend, q="kwarcytowych ogrodów")

    assert titles(response) == ["Raport z załącznikiem"]
    assert "<mark>kwarcytowe</mark>" in response.content.decode()
    assert "Ankietowani" in DocumentText.objects.get(document=document).text


def test_an_unreadable_pdf_is_kept_and_the_editor_is_warned(client, admin_client, backend):
    broken = Document(title="Zepsuty plik")
    broken.file.save("zepsuty.pdf", ContentFile(b"%PDF-1.4 to nie jest PDF"), save=False)
    with TestCase.captureOnCommitCallbacks(execute=True):
        broken.save()
    report = publish_report(title="Raport z zepsutym plikiem", documents=[(broken, "pl")])

    record = DocumentText.objects.get(document=broken)
    assert record.text == "" and record.unreadable_reason == "damaged"
    assert Document.objects.filter(pk=broken.pk).exists()
    edit = admin_client.get(f"/admin/pages/{report.pk}/edit/").content.decode()
    assert "Nie udało się odczytać tekstu z tych plików PDF" in edit
    assert "Zepsuty plik: plik jest uszkodzony albo ma nietypową budowę" in edit
    assert titles(search(client, backend, q="zepsutym plikiem")) == ["Raport z zepsutym plikiem"]


def test_facets_count_and_filters_combine(client, backend):
    tag = factories.TagFactory(name="ogrody", slug="ogrody-test")
    wtz = report_index("strefa-wtz")
    publish_report(
        title="Ogrody A",
        summary="Modrzewiowe ogrody.",
        report_type=ReportType.REPORT,
        publication_date=datetime.date(2024, 3, 1),
        tags=[tag],
    )
    publish_report(
        parent=wtz,
        title="Ogrody B",
        summary="Modrzewiowe ogrody w WTZ.",
        report_type=ReportType.EXPERTISE,
        publication_date=datetime.date(2024, 5, 1),
        documents=[(pdf("B", "modrzew", "en"), "en")],
    )
    publish_report(
        parent=wtz,
        title="Ogrody C",
        summary="Modrzewiowe ogrody znowu.",
        report_type=ReportType.REPORT,
        publication_date=datetime.date(2025, 5, 1),
        tags=[tag],
    )

    response = search(client, backend, q="modrzewiowe")
    facets = {
        facet["name"]: {choice["value"]: choice["count"] for choice in facet["choices"]}
        for facet in response.context["facets"]
    }
    assert facets["strefa"] == {CENTRAL: 1, "strefa-wtz": 2}
    assert facets["rok"] == {"2024": 2, "2025": 1}
    assert facets["rodzaj"] == {ReportType.REPORT: 2, ReportType.EXPERTISE: 1}
    assert facets["tag"] == {"ogrody-test": 2}
    assert facets["jezyk"] == {"en": 1}

    both = search(client, backend, q="modrzewiowe", strefa="strefa-wtz", rodzaj=ReportType.REPORT)
    assert titles(both) == ["Ogrody C"]
    by_year = search(client, backend, q="modrzewiowe", rok="2024", sortuj="data")
    assert titles(by_year) == ["Ogrody B", "Ogrody A"]
    # A chosen zone still shows the other zone's count, so the visitor can switch.
    zone_facet = next(f for f in both.context["facets"] if f["name"] == "strefa")
    assert {c["value"]: c["count"] for c in zone_facet["choices"]} == {
        CENTRAL: 1,
        "strefa-wtz": 1,
    }


def test_zone_search_is_limited_to_the_zone(client, backend):
    publish_report(title="Lipowy raport centralny", summary="Lipowe aleje.")
    publish_report(
        parent=report_index("strefa-wtz"), title="Lipowy raport WTZ", summary="Lipowe aleje."
    )

    response = search(client, backend, q="lipowe", strefa="strefa-wtz")

    assert titles(response) == ["Lipowy raport WTZ"]
    assert 'name="strefa" value="strefa-wtz"' in response.content.decode()


def test_unpublished_and_other_language_reports_are_not_returned(client, backend):
    live = publish_report(title="Jaśminowy raport", summary="Jaśminowe krzewy.")
    draft = publish_report(title="Jaśminowy szkic", summary="Jaśminowe krzewy.")
    draft.unpublish()
    en, _ = Locale.objects.get_or_create(language_code="en")
    english = live.copy_for_translation(en, copy_parents=True)
    english.title = "Jasmine report"
    english.save_revision().publish()

    assert titles(search(client, backend, q="jasminowe")) == ["Jaśminowy raport"]
    refresh(backend)
    in_english = client.get("/en/szukaj/", {"q": "jasminowe"})
    assert titles(in_english) == ["Jasmine report"]


def test_editors_promotions_come_first(client, backend):
    first = publish_report(title="Cisowy raport szczegółowy", summary="Cisowe żywopłoty, cisowe.")
    pinned = publish_report(title="Przewodnik po cisach", summary="Cisowe żywopłoty.")
    SearchPromotion.objects.create(query=Query.get("cisowe"), page=pinned, sort_order=0)

    response = search(client, backend, q="cisowe")

    assert titles(response) == ["Przewodnik po cisach", "Cisowy raport szczegółowy"]
    assert first.title in response.content.decode()


def test_queries_are_counted_and_unanswered_ones_recorded(client, backend):
    search(client, backend, q="Bukszpanowe")
    search(client, backend, q="bukszpanowe")

    assert Query.get("bukszpanowe").hits == 2
    unanswered = UnansweredQuery.objects.get(query_string="bukszpanowe")
    assert unanswered.hits == 2 and unanswered.language == "pl"


def test_suggestions_offer_report_titles(client, backend):
    publish_report(title="Świerkowe lasy Mazowsza", summary="Świerki.")
    refresh(backend)

    response = client.get("/pl/szukaj/podpowiedzi/", {"q": "swierk"})

    suggestions = response.json()["suggestions"]
    assert [item["title"] for item in suggestions] == ["Świerkowe lasy Mazowsza"]
    assert suggestions[0]["url"].startswith("/pl/")
    assert client.get("/pl/szukaj/podpowiedzi/", {"q": "s"}).json() == {"suggestions": []}


def test_an_edited_report_is_found_by_its_new_words_only(client, backend):
    report = publish_report(title="Raport o wierzbach", summary="Wierzbowe koszyki.")
    assert titles(search(client, backend, q="wierzbowe")) == ["Raport o wierzbach"]

    report.summary = "Olchowe koszyki."
    report.save_revision().publish()

    assert titles(search(client, backend, q="olchowe")) == ["Raport o wierzbach"]
    assert titles(search(client, backend, q="wierzbowe")) == []


def test_update_index_rebuilds_the_node_index_behind_an_alias(site_tree, settings):
    """A rebuild fills a new index and then swaps the alias: searching never stops."""
    publish_report(
        title="Koszty zatrudnienia trenera pracy", summary="Koszty pozapłacowe zatrudnienia."
    )
    use_search_node(settings)
    backend = get_search_backend()
    alias = backend.get_index_for_model(ReportPage).name
    pl = Locale.objects.get(language_code="pl")
    try:
        call_command("update_index", stdout=io.StringIO())
        first = set(backend.es.indices.get_alias(name=alias))
        call_command("update_index", stdout=io.StringIO())
        second = set(backend.es.indices.get_alias(name=alias))

        assert first and second and first != second and alias not in first | second
        assert not backend.es.indices.exists(index=",".join(first))
        found = ReportPage.objects.live().filter(locale=pl).search(stem("pozapłacowe"))
        assert [report.title for report in found] == ["Koszty zatrudnienia trenera pracy"]
    finally:
        backend.es.indices.delete(index=f"{backend.index_prefix}*")


def test_the_node_indexes_with_the_portals_folding_analyzer(search_node, settings):
    """INDEX_SETTINGS reach the node: its default analyzer lowercases and folds diacritics
    (ł included) in what it reads itself, as search.text does for the stored text; with
    SEARCH_HUNSPELL_LOCALE it first reduces words to their dictionary forms."""
    index = search_node.get_index_for_model(ReportPage)
    index.put()
    node_settings = search_node.es.indices.get_settings(index=index.name)[index.name]["settings"]
    default = node_settings["index"]["analysis"]["analyzer"]["default"]
    assert default["tokenizer"] == "standard"
    analysed = search_node.es.indices.analyze(index=index.name, body={"text": "Łódź ŻÓŁWIOWA"})
    tokens = [token["token"] for token in analysed["tokens"]]
    if settings.SEARCH_HUNSPELL_LOCALE:
        assert default["filter"] == ["lowercase", HUNSPELL_FILTER, "asciifolding"]
        assert tokens == ["lodz", "zolwiowy"]
    else:
        assert default["filter"] == ["lowercase", "asciifolding"]
        assert tokens == ["lodz", "zolwiowa"]


def test_editors_see_the_queries_that_found_nothing(client, admin_client, site_tree):
    client.get("/pl/szukaj/", {"q": "Jemiołowe"})

    page = admin_client.get("/admin/wyszukiwarka/bez-wynikow/").content.decode()
    assert "jemiołowe" in page
    editor = User.objects.create_user(username="redaktor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/wyszukiwarka/bez-wynikow/").status_code == 302


def test_a_deleted_report_disappears_from_the_results(client, backend):
    report = publish_report(title="Raport o głogach", summary="Głogowe żywopłoty.")
    assert titles(search(client, backend, q="glogowe")) == ["Raport o głogach"]

    report.delete()

    assert titles(search(client, backend, q="glogowe")) == []


def test_personal_data_never_enters_the_index():
    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.search.index import get_indexed_models

    from portal.events.models import Registration, RegistrationMessage

    indexed = set(get_indexed_models())
    assert not indexed & {Registration, RegistrationMessage, FormSubmission}
    assert ReportPage in indexed


def test_excerpts_mark_the_query_words_and_not_short_words_that_happen_to_start_them():
    from search.text import excerpt

    marked = excerpt("Źródła finansowania z budżetu gminy i z funduszy.", "zrodla finansowania")

    assert str(marked) == (
        "<mark>Źródła</mark> <mark>finansowania</mark> z budżetu gminy i z funduszy."
    )


# Nobody can stall the search: excerpts read a bounded start of the PDF texts, and a query is
# searched by at most ten distinct words of three letters or more.

LARGE_PDF_CHARACTERS = 500_000
HUNDRED_ONE_LETTER_WORDS = " ".join(itertools.islice(itertools.cycle("aiouwz"), 100))


def large_pdf_report(title, text, **fields):
    """A published report whose PDF gave `text`: the stored result of extraction (making and
    reading real 500 000-character PDFs would take minutes)."""
    document = pdf(title, "Krótki plik.")
    DocumentText.objects.filter(document=document).update(text=text[:LARGE_PDF_CHARACTERS])
    return publish_report(title=title, documents=[(document, "pl")], **fields)


def filler(characters):
    sentence = "Trener pracy wspiera osoby w zakładach aktywności zawodowej i spółdzielniach. "
    return (sentence * (characters // len(sentence) + 1))[:characters]


def test_a_query_is_searched_by_at_most_ten_distinct_words_of_three_letters_or_more():
    from search.text import MAX_QUERY_LENGTH, MAX_QUERY_TERMS, query_terms

    assert query_terms(HUNDRED_ONE_LETTER_WORDS) == []
    assert query_terms("Spółdzielnia spółdzielni SPOLDZIELNIA w z na ZAZ wtz") == [
        "spoldzieln",
        "zaz",
        "wtz",
    ]
    many = " ".join(f"slowo{letter}k" for letter in "abcdefghijklmnopqrst")
    assert query_terms(many) == [f"slowo{letter}k" for letter in "abcdefghij"]
    assert MAX_QUERY_TERMS == 10
    # Only the first MAX_QUERY_LENGTH characters are read, whatever follows.
    assert query_terms(" " * MAX_QUERY_LENGTH + "trener") == []


def test_short_repeated_and_surplus_words_do_not_hide_a_report(client, backend):
    words = [f"modrzew{letter}owe" for letter in "abcdefghij"]
    publish_report(title="Raport modrzewiowy", summary=" ".join(words))
    query = " ".join(["w", "z", "dla", words[0], "oraz", *words, *words, "jodlowe", "sosnowe"])

    response = search(client, backend, q=query)

    assert titles(response) == ["Raport modrzewiowy"]
    assert response.context["terms"] == [stem(word) for word in words]


def test_a_query_of_only_short_words_finds_nothing_and_says_why(client, backend):
    large_pdf_report("Raport z dużym plikiem", filler(LARGE_PDF_CHARACTERS))

    response = search(client, backend, q=HUNDRED_ONE_LETTER_WORDS + " dla oraz")

    assert titles(response) == []
    assert response.context["terms"] == []
    assert "Słowa krótsze niż trzy litery i bardzo częste" in response.content.decode()


def test_excerpts_of_large_pdfs_read_only_the_start_of_their_text(client, backend):
    early = "Kwarcytowe ogrody na początku. " + filler(LARGE_PDF_CHARACTERS)
    deep = filler(LARGE_PDF_CHARACTERS - 60_000) + " Kwarcytowe ogrody na końcu. " + filler(50_000)
    large_pdf_report("Raport A", early, summary="Streszczenie A.")
    large_pdf_report("Raport B", deep, summary="Streszczenie B.")

    response = search(client, backend, q="kwarcytowe")

    assert sorted(titles(response)) == ["Raport A", "Raport B"]
    excerpts = {report.title: str(report.excerpt) for report in response.context["results_page"]}
    assert "<mark>Kwarcytowe</mark> ogrody na początku" in excerpts["Raport A"]
    # Found by the index, but the excerpt does not scan 440 000 characters to show the word.
    assert (
        excerpts["Raport B"].startswith("Streszczenie B.") and "<mark>" not in excerpts["Raport B"]
    )


def test_search_of_large_pdfs_costs_the_same_queries_for_two_or_ten_results(client, backend):
    def queries_for_search():
        refresh(backend)
        params = {"q": "kwarcytowe", "sortuj": "trafnosc"}  # a sort: the search is not counted
        client.get("/pl/szukaj/", params)  # first sight of a file notes its size
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/pl/szukaj/", params)
        assert response.status_code == 200
        return response, captured

    text = "Kwarcytowe ogrody. " + filler(LARGE_PDF_CHARACTERS)
    for number in range(2):
        large_pdf_report(f"Duży raport {number}", text)
    two, with_two = queries_for_search()
    for number in range(2, 10):
        large_pdf_report(f"Duży raport {number}", text)
    ten, with_ten = queries_for_search()

    assert len(ten.context["results_page"].object_list) >= 10 > len(two.context["results_page"])
    assert len(with_ten) == len(with_two), (len(with_two), len(with_ten))
    reading_texts = [q["sql"] for q in with_ten if "documenttext" in q["sql"].lower()]
    assert reading_texts and all("SUBSTR" in sql.upper() for sql in reading_texts), reading_texts


def test_control_and_format_characters_in_a_query_are_dropped(client, backend):
    """NUL cannot be stored by PostgreSQL (a 500 before), and a right-to-left override would
    make the editors' list of queries display falsely."""
    publish_report(title="Raport o jałowcach", summary="Jałowcowe wrzosowiska.")

    response = search(client, backend, q="jalowcowe\x00wrzosowiska\u202e\x1b")

    assert response.context["query"] == "jalowcowe wrzosowiska"
    assert titles(response) == ["Raport o jałowcach"]
    search(client, backend, q="\x00\u202ejemiolowe\x07")
    assert UnansweredQuery.objects.filter(query_string="jemiolowe").exists()
    assert Query.objects.filter(query_string="jemiolowe").exists()


MANY_REPORTS = 1_200


def publish_many_reports(count):
    """`count` live reports matching "kasztanowe aleje" in both report lists, over 25 years,
    every report type, two tags and two document languages (some with two English files)."""
    polish, english = pdf("Polski plik", "Treść."), pdf("English file", "Content.", "en")
    create_reports(
        count,
        [report_index(), report_index("strefa-wtz"), report_index()],
        title="Kasztanowe aleje",
        summary="Kasztanowe aleje w gminach",
        tags=[factories.TagFactory(slug="kasztany"), factories.TagFactory(slug="lipy")],
        documents=[(polish, "pl"), (english, "en"), (english, "en")],
    )


def expected_counts(reports):
    """The facet counts of a set of reports, read from the database row by row."""
    zones = {zone.pk: zone.slug for zone in ZonePage.objects.all()}
    counts = {name: collections.Counter() for name in ("strefa", "rok", "rodzaj", "tag", "jezyk")}
    for report in reports.prefetch_related("tag_links__tag", "documents"):
        counts["strefa"][zones.get(report.filed_in_zone_id, CENTRAL)] += 1
        counts["rok"][str(report.publication_date.year)] += 1
        counts["rodzaj"][report.report_type] += 1
        counts["tag"].update({link.tag.slug for link in report.tag_links.all()})
        counts["jezyk"].update({item.language for item in report.documents.all()})
    return {name: dict(values) for name, values in counts.items() if values}


def shown_counts(response, kinds=False):
    """The report facets' counts as shown (and the type facet's, if `kinds`)."""
    return {
        facet["name"]: {choice["value"]: choice["count"] for choice in facet["choices"]}
        for facet in response.context["facets"]
        if kinds or facet["name"] != "typ"
    }


def test_totals_facets_and_the_last_page_hold_for_twelve_hundred_matches(client, backend):
    publish_many_reports(MANY_REPORTS)
    publish_report(
        title="Raport o dębach",
        summary="Dęby.",
        tags=[factories.TagFactory()],
        documents=[(pdf("Dęby", "Dęby."), "pl")],
    )
    matching = ReportPage.objects.filter(title__startswith="Kasztanowe")
    newest_first = matching.order_by("-publication_date", "-id")

    everything = search(client, backend, q="kasztanowe aleje", sortuj="data")
    assert everything.context["result_count"] == MANY_REPORTS
    assert shown_counts(everything) == expected_counts(matching)
    # A page of 10 of 1 200 matches costs the queries of a page of one (each searched once
    # before, as the first sight of a file notes its size).
    assert titles(search(client, backend, q="dębach", sortuj="data")) == ["Raport o dębach"]
    with CaptureQueriesContext(connection) as for_many:
        search(client, backend, q="kasztanowe aleje", sortuj="data")
    with CaptureQueriesContext(connection) as for_one:
        search(client, backend, q="dębach", sortuj="data")
    assert len(for_many) == len(for_one), (len(for_one), len(for_many))
    last = search(client, backend, q="kasztanowe aleje", sortuj="data", strona="120")
    assert titles(last) == [report.title for report in newest_first[1190:]]

    zone = ZonePage.objects.get(slug="strefa-wtz")
    narrowed = {"strefa": "strefa-wtz", "rok": "2010", "tag": "kasztany", "jezyk": "en"}
    chosen = matching.filter(
        filed_in_zone=zone,
        publication_year=2010,
        tag_links__tag__slug="kasztany",
        documents__language="en",
    ).distinct()
    response = search(client, backend, q="kasztanowe", sortuj="data", **narrowed)
    assert response.context["result_count"] == chosen.count() > 0
    assert titles(response) == [
        report.title for report in chosen.order_by("-publication_date", "-id")[:10]
    ]
    # Each chosen facet is counted under the other filters, so its alternatives stay visible.
    counts = shown_counts(response)
    for name, value in narrowed.items():
        others = {other: chosen_value for other, chosen_value in narrowed.items() if other != name}
        alternatives = expected_counts(filter_like_the_view(matching, others))[name]
        assert counts[name] == alternatives, name
        assert counts[name][value] == chosen.count()

    without_query = search(client, backend, rok="2010")
    assert without_query.context["result_count"] == matching.filter(publication_year=2010).count()


def test_a_report_moved_into_a_zone_is_found_under_that_zone(client, backend):
    report = publish_report(title="Raport o jesionach", summary="Jesionowe aleje.")
    assert titles(search(client, backend, q="jesionowe", strefa=CENTRAL)) == [report.title]

    report.move(report_index("strefa-wtz"), pos="last-child")

    assert titles(search(client, backend, q="jesionowe", strefa="strefa-wtz")) == [report.title]
    assert titles(search(client, backend, q="jesionowe", strefa=CENTRAL)) == []
    zone_facet = shown_counts(search(client, backend, q="jesionowe"))["strefa"]
    assert zone_facet == {"strefa-wtz": 1}


def filter_like_the_view(reports, filters):
    lookups = {
        "strefa": lambda value: {"filed_in_zone__slug": value},
        "rok": lambda value: {"publication_year": int(value)},
        "tag": lambda value: {"tag_links__tag__slug": value},
        "jezyk": lambda value: {"documents__language": value},
    }
    for name, value in filters.items():
        reports = reports.filter(pk__in=ReportPage.objects.filter(**lookups[name](value)))
    return reports


def test_an_index_write_reads_a_reports_files_once(backend):
    report = publish_report(
        title="Raport z dwoma plikami",
        documents=[(pdf("Pierwszy", "Bukowe lasy."), "pl"), (pdf("Drugi", "Grabowe lasy."), "en")],
    )
    report = ReportPage.objects.get(pk=report.pk)

    with CaptureQueriesContext(connection) as captured:
        index.insert_or_update_object(report)

    reads = [q["sql"] for q in captured if "reports_documenttext" in q["sql"]]
    assert len(reads) == 1, reads


def test_abbreviations_and_their_meanings_find_the_same_reports(client, backend):
    Synonym.objects.create(term="ZAZ", meaning="zakład aktywności zawodowej")
    Synonym.objects.create(term="ZW", meaning="zatrudnienie wspomagane")
    Synonym.objects.create(term="trener pracy", meaning="job coach")
    publish_report(title="Raport o ZAZ", summary="Nowe ZAZ w powiecie.")
    publish_report(title="Raport o zakładach", summary="Zakłady aktywności zawodowej w gminie.")
    publish_report(title="Raport o wspomaganiu", summary="Zatrudnienie wspomagane w gminie.")
    publish_report(title="Raport o trenerach", summary="Trener pracy w gminie.")
    publish_report(title="Inny raport", summary="Aktywność w powiecie.")

    both = {"Raport o ZAZ", "Raport o zakładach"}
    assert set(titles(search(client, backend, q="ZAZ"))) == both
    assert set(titles(search(client, backend, q="zakładu aktywności zawodowej"))) == both
    # The other words must still match: only one of the two is "w gminie".
    assert titles(search(client, backend, q="zaz gminie")) == ["Raport o zakładach"]
    # Two letters are too short to search by, unless editors listed them.
    assert titles(search(client, backend, q="ZW")) == ["Raport o wspomaganiu"]
    assert titles(search(client, backend, q="job coach")) == ["Raport o trenerach"]


def test_editors_keep_the_list_in_the_admin_and_an_entry_without_words_is_refused(admin_client):
    listing = admin_client.get("/admin/snippets/search/synonym/")
    assert listing.status_code == 200
    add = "/admin/snippets/search/synonym/add/"

    refused = admin_client.post(add, {"term": "??", "meaning": "w z"})

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "Wpisz skrót albo słowa, po których można szukać." in page
    assert "Wpisz słowa, po których można szukać (co najmniej jedno z trzech liter)." in page
    assert not Synonym.objects.exists()
    admin_client.post(add, {"term": "PES", "meaning": "podmiot ekonomii społecznej"})
    assert Synonym.objects.get().meaning == "podmiot ekonomii społecznej"


def test_the_database_runs_the_full_text_match_once_per_search_page(client, site_tree):
    """Run again inside every count, PostgreSQL took 6-12 s a count at 10 000 reports."""
    zone = ZonePage.objects.get(slug="strefa-wtz")
    for year in (2019, 2020):
        publish_report(
            parent=report_index("strefa-wtz"),
            title=f"Kasztanowe aleje {year}",
            publication_date=datetime.date(year, 5, 1),
            tags=[factories.TagFactory()],
            documents=[(pdf("Aleje", "Kasztanowe aleje."), "en")],
        )
    match = "@@" if connection.vendor == "postgresql" else " MATCH "
    params = {"q": "kasztanowe aleje", "strefa": zone.slug, "rok": "2020", "jezyk": "en"}
    client.get("/pl/szukaj/", params)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/pl/szukaj/", params)
    assert response.context["result_count"] == 1
    # Once for the reports, and once for news, meetings and pages together (the type facet;
    # a match per model took a tenth of a search at 10 000 reports).
    matching = [query["sql"] for query in captured if match in query["sql"]]
    assert len(matching) == 2, matching
    # Each match reads the index entries alone: joined to the pages, PostgreSQL sorted every
    # entry's id as text, and SQLite ran the match again for each entry (80 s a search at
    # 10 000 reports).
    table = "wagtailsearch_indexentry" + ("_fts" if connection.vendor == "sqlite" else "")
    for sql in matching:
        assert f'FROM "{table}" WHERE' in sql, sql
        assert "JOIN" not in sql, sql


def test_every_kind_the_database_matches_keeps_its_folded_title_in_its_body():
    """The database matches the index entries' title or body, each apart (search.postgres): a
    page whose query words are split between them is found only if its body holds its title
    too, as a page with folded search text does."""
    for model in (ReportPage, *(model for kind in KINDS.values() for model in kind.models)):
        assert issubclass(model, FoldedSearchMixin), model


def kind_counts(response):
    return shown_counts(response, kinds=True).get("typ", {})


def test_the_type_facet_finds_news_meetings_and_pages(client, backend, site_tree):
    """Report lists and zone boxes search reports (no `typ`); the facet leads to the rest."""
    home = site_tree.home
    publish_report(title="Kasztanowe aleje w raporcie", summary="Raport o alejach.")
    news = factories.NewsPageFactory(
        parent=site_tree.news_index,
        title="Kasztanowych alej przybywa w Łodzi",
        lead="Sadzimy kasztanowe aleje.",
    )
    factories.NewsPageFactory(parent=site_tree.news_index, title="Inna wiadomość", lead="Nic.")
    hidden = factories.NewsPageFactory(parent=site_tree.news_index, title="Kasztanowe aleje 2")
    hidden.unpublish()
    meetings = factories.EventIndexPageFactory(parent=home, slug="spotkania")
    meeting = factories.EventPageFactory(
        parent=meetings, title="Spacer kasztanowymi alejami", lead="Spotkanie w parku."
    )
    page = factories.StandardPageFactory(
        parent=home, title="O projekcie", intro="Opiekujemy się kasztanowymi alejami."
    )
    for item in (news, meeting, page):
        item.save_revision().publish()

    reports = search(client, backend, q="kasztanowe aleje")
    assert titles(reports) == ["Kasztanowe aleje w raporcie"]
    assert kind_counts(reports) == {"raporty": 1, "aktualnosci": 1, "spotkania": 1, "strony": 1}
    links = {
        choice["value"]: choice["url"]
        for facet in reports.context["facets"]
        if facet["name"] == "typ"
        for choice in facet["choices"]
    }
    assert links["aktualnosci"] == "?q=kasztanowe+aleje&typ=aktualnosci"

    found = {}
    for kind in ("aktualnosci", "spotkania", "strony"):
        response = search(client, backend, q="kasztanowe aleje", typ=kind)
        found[kind] = titles(response)
        assert kind_counts(response)[kind] == 1
        html = response.content.decode()
        # The search box keeps the kind, so a new query stays among news (or meetings...).
        assert f'<input type="hidden" name="typ" value="{kind}">' in html
        assert 'aria-current="true"' in html
        assert titles(search(client, backend, q="kasztanowe aleje", typ=kind, sortuj="data"))
    assert found == {
        "aktualnosci": ["Kasztanowych alej przybywa w Łodzi"],
        "spotkania": ["Spacer kasztanowymi alejami"],
        "strony": ["O projekcie"],
    }
    # Folded like reports: "lodz" finds "Łodzi"; an unknown kind shows reports, not an error.
    assert titles(search(client, backend, q="lodz", typ="aktualnosci")) == [news.title]
    assert titles(search(client, backend, q="kasztanowe aleje", typ="wszystko")) == [
        "Kasztanowe aleje w raporcie"
    ]
    # A query only news answer is not an unanswered query.
    search(client, backend, q="przybywa")
    assert not UnansweredQuery.objects.filter(query_string="przybywa").exists()


def test_the_node_reduces_polish_words_to_dictionary_forms(client, settings, site_tree):
    """ "źródeł" and "Źródło", "miastach" and "mieście": beyond the light stems, which do not
    meet (zrodel/zrodl, miast/miesc), the node's Hunspell dictionary does."""
    require_service(
        Path("/usr/share/hunspell/pl_PL.aff").exists(),
        "this test needs Debian's hunspell-pl (scripts/opensearch/start copies it to the node)",
    )
    publish_report(title="Raport A", summary="Źródło finansowania zatrudnienia wspomaganego.")
    publish_report(title="Raport B", summary="Praca w mieście i na wsi.")
    found = {}
    for hunspell_locale in ("", "pl_PL"):
        prefix = use_search_node(settings)
        settings.WAGTAILSEARCH_BACKENDS = search_backends(
            settings.SEARCH_URL, prefix, hunspell_locale
        )
        node = get_search_backend()
        index = node.get_index_for_model(ReportPage)
        index.put()
        index.add_model(ReportPage)
        index.add_items(ReportPage, list(ReportPage.objects.all()))
        index.refresh()
        found[hunspell_locale] = [
            titles(search(client, "database", q=query)) for query in ("źródeł", "miastach")
        ]
        node.es.indices.delete(index=f"{prefix}*")
    assert found == {"": [[], []], "pl_PL": [["Raport A"], ["Raport B"]]}


@pytest.mark.postgres
def test_postgresql_matches_reports_through_its_full_text_indexes(client, site_tree):
    """modelsearch matches `title || body`, which no index covers: every search read every
    index entry (110 ms of a search at 10 000 reports, 4 ms through the indexes)."""
    found = publish_report(title="Kasztanowe aleje", summary="Raport o drzewach w miastach.")
    publish_report(title="Inny raport", summary="Raport o drzewach.")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/pl/szukaj/", {"q": "kasztanowe drzewach"})
    assert [report.pk for report in response.context["results_page"]] == [found.pk]
    # The title's words are in the body too (folded), so a query with words of both finds it.
    match = next(query["sql"] for query in captured if "@@" in query["sql"])
    entry = '"wagtailsearch_indexentry"'
    assert f'{entry}."body" @@' in match, match  # a column with a GIN index of its own
    assert f'{entry}."title" || {entry}."body"' not in match, match
