"""Searching research reports: the same scenarios on every search backend present (the
database's own full-text search, SQLite FTS5 or PostgreSQL, and an Elasticsearch node when
ELASTICSEARCH_URL points at one)."""

import datetime
import io
import uuid

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from portal.demo.assets import make_pdf
from portal.reports.models import (
    DocumentText,
    ReportDocument,
    ReportIndexPage,
    ReportPage,
    ReportPageTag,
)
from search.backends import search_backends
from search.models import UnansweredQuery
from tests import factories
from tests.conftest import require_service

pytestmark = pytest.mark.django_db


def use_elasticsearch(settings):
    """Points the search at the node in ELASTICSEARCH_URL, with indexes of this test's own;
    returns their name prefix."""
    require_service(
        bool(settings.ELASTICSEARCH_URL),
        "this test needs an Elasticsearch node: run scripts/elasticsearch/start and export "
        "ELASTICSEARCH_URL=http://127.0.0.1:9201",
    )
    prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(settings.ELASTICSEARCH_URL, prefix)
    return prefix


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, settings, demo_site):
    """Which search backend the scenario runs on; reports made in the test are indexed there."""
    if request.param == "database":
        yield "database"
        return
    use_elasticsearch(settings)
    index = get_search_backend().get_index_for_model(ReportPage)
    index.put()
    index.add_model(ReportPage)
    yield "elasticsearch"
    index.delete()


def refresh(backend):
    if backend == "elasticsearch":
        get_search_backend().get_index_for_model(ReportPage).refresh()


def pdf(title, words, language="pl"):
    document = Document(title=title)
    content = make_pdf(title, [("Treść", [words])], language=language)
    document.file.save(f"{uuid.uuid4().hex[:8]}.pdf", ContentFile(content), save=False)
    document.save()
    return document


def report_index(zone_slug=None):
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
    broken.save()
    report = publish_report(title="Raport z zepsutym plikiem", documents=[(broken, "pl")])

    record = DocumentText.objects.get(document=broken)
    assert record.text == "" and record.error
    assert Document.objects.filter(pk=broken.pk).exists()
    edit = admin_client.get(f"/admin/pages/{report.pk}/edit/").content.decode()
    assert "Nie udało się odczytać tekstu z tych plików PDF" in edit
    assert "Zepsuty plik" in edit
    assert titles(search(client, backend, q="zepsutym plikiem")) == ["Raport z zepsutym plikiem"]


def test_facets_count_and_filters_combine(client, backend):
    tag = factories.TagFactory(name="ogrody", slug="ogrody-test")
    wtz = report_index("strefa-wtz")
    publish_report(
        title="Ogrody A",
        summary="Modrzewiowe ogrody.",
        report_type="raport",
        publication_date=datetime.date(2024, 3, 1),
        tags=[tag],
    )
    publish_report(
        parent=wtz,
        title="Ogrody B",
        summary="Modrzewiowe ogrody w WTZ.",
        report_type="ekspertyza",
        publication_date=datetime.date(2024, 5, 1),
        documents=[(pdf("B", "modrzew", "en"), "en")],
    )
    publish_report(
        parent=wtz,
        title="Ogrody C",
        summary="Modrzewiowe ogrody znowu.",
        report_type="raport",
        publication_date=datetime.date(2025, 5, 1),
        tags=[tag],
    )

    response = search(client, backend, q="modrzewiowe")
    facets = {
        facet["name"]: {choice["value"]: choice["count"] for choice in facet["choices"]}
        for facet in response.context["facets"]
    }
    assert facets["strefa"] == {"centralne": 1, "strefa-wtz": 2}
    assert facets["rok"] == {"2024": 2, "2025": 1}
    assert facets["rodzaj"] == {"raport": 2, "ekspertyza": 1}
    assert facets["tag"] == {"ogrody-test": 2}
    assert facets["jezyk"] == {"en": 1}

    both = search(client, backend, q="modrzewiowe", strefa="strefa-wtz", rodzaj="raport")
    assert titles(both) == ["Ogrody C"]
    by_year = search(client, backend, q="modrzewiowe", rok="2024", sort="data")
    assert titles(by_year) == ["Ogrody B", "Ogrody A"]
    # A chosen zone still shows the other zone's count, so the visitor can switch.
    zone_facet = next(f for f in both.context["facets"] if f["name"] == "strefa")
    assert {c["value"]: c["count"] for c in zone_facet["choices"]} == {
        "centralne": 1,
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
    english = live.copy_for_translation(Locale.objects.get(language_code="en"))
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


def test_update_index_rebuilds_the_elasticsearch_index_behind_an_alias(settings, demo_site):
    """A rebuild fills a new index and then swaps the alias: searching never stops."""
    prefix = use_elasticsearch(settings)
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
        found = ReportPage.objects.live().filter(locale=pl).search("pozaplacow")
        assert [report.slug for report in found] == ["koszty-zatrudnienia-trenera-pracy"]
    finally:
        backend.es.indices.delete(index=f"{prefix}*")


def test_editors_see_the_queries_that_found_nothing(client, admin_client, demo_site):
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
