"""The furniture every page carries (menu, footer, cookie banner, accessibility links) is
read from the cache, and follows what editors change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from portal.consent.models import ConsentCookie
from portal.reports.models import ReportDocument
from tests import factories
from tests.tree import portal_fixture

# What rendering costs, as for a visitor the page cache does not serve.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

portal = portal_fixture(english=True)

# What wagtail/bakerydemo's blog and bread pages need, measured side by side (issue 14).
BAKERYDEMO_BLOG_PAGE_QUERIES = 22
BAKERYDEMO_BREAD_PAGE_QUERIES = 19


def queries_for(client, url):
    """Queries of a page served once already, as it is for all but the first visitor."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def tagged(page, count, recommended=()):
    for _ in range(count):
        page.tag_links.create(tag=factories.TagFactory())
    for other in recommended:
        page.related_links.create(related_page=other)
    return page


def news_item(portal, tags, recommended=()):
    image = factories.ImageFactory()
    page = factories.NewsPageFactory(parent=portal.news_index, image=image, image_alt="Zdjęcie")
    return tagged(page, tags, recommended)


def report(portal, documents, tags, recommended=()):
    page = factories.ReportPageFactory(parent=portal.reports)
    for n in range(documents):
        ReportDocument.objects.create(
            page=page, document=factories.DocumentFactory(), language="pl", accessible=n == 0
        )
    return tagged(page, tags, recommended)


def test_a_news_page_needs_no_more_queries_than_bakerydemos_blog_page(client, portal):
    others = [news_item(portal, tags=0) for _ in range(4)]
    small = news_item(portal, tags=1, recommended=others[:1])
    large = news_item(portal, tags=5, recommended=others)

    queries = queries_for(client, small.url)
    assert queries <= BAKERYDEMO_BLOG_PAGE_QUERIES
    assert queries_for(client, large.url) == queries


def test_a_report_page_needs_no_more_queries_than_bakerydemos_bread_page(client, portal):
    others = [report(portal, documents=1, tags=0) for _ in range(4)]
    small = report(portal, documents=1, tags=1, recommended=others[:1])
    large = report(portal, documents=4, tags=5, recommended=others)

    queries = queries_for(client, small.url)
    assert queries <= BAKERYDEMO_BREAD_PAGE_QUERIES
    assert queries_for(client, large.url) == queries


def test_the_furniture_is_read_once_and_kept(client, portal):
    client.get(portal.about.url)
    with CaptureQueriesContext(connection) as captured:
        client.get(portal.about.url)
    tables = " ".join(query["sql"] for query in captured)
    for table in ("core_sitecontent", "consent_consentsettings", "consent_consentcookie"):
        assert table not in tables


def menu_titles(client, page):
    html = client.get(page.url).content.decode()
    return html.split('id="main-menu"')[1].split("</ul>")[0]


def footer(client, page):
    return client.get(page.url).content.decode().split('class="site-footer"')[1]


def test_a_published_page_joins_the_menu_and_leaves_it_when_unpublished(client, portal):
    assert "Dla prasy" not in menu_titles(client, portal.about)

    press = factories.StandardPageFactory(
        parent=portal.home, title="Dla prasy", slug="dla-prasy", show_in_menus=True, live=False
    )
    press.save_revision().publish()
    assert "Dla prasy" in menu_titles(client, portal.about)

    press.refresh_from_db()
    press.unpublish()
    assert "Dla prasy" not in menu_titles(client, portal.about)


def test_a_renamed_moved_or_deleted_page_leaves_the_footer(client, portal):
    assert "O projekcie" in footer(client, portal.contact)

    revision = portal.about.save_revision()
    revision.content["title"] = "O naszym projekcie"
    revision.save()
    revision.publish()
    assert "O naszym projekcie" in footer(client, portal.contact)

    about, news_index = (Page.objects.get(pk=page.pk) for page in (portal.about, portal.news_index))
    about.move(news_index, pos="last-child")
    assert "O naszym projekcie" not in footer(client, portal.contact)

    portal.sign_language.delete()
    assert "polskim języku migowym" not in footer(client, portal.contact)


def test_a_change_to_the_site_texts_shows_in_its_language_only(client, portal):
    english_home = portal.home.get_translations().get()
    assert "+48 22 111 22 33" not in footer(client, english_home)

    english = portal.site_content.get_translations().get()
    english.phone = "+48 22 111 22 33"
    english.save()
    assert "+48 22 111 22 33" not in footer(client, portal.contact)
    assert "+48 22 111 22 33" in footer(client, english_home)


def test_a_new_cookie_shows_in_the_banner(client, portal):
    assert "_nowe_ciasteczko" not in client.get(portal.about.url).content.decode()

    ConsentCookie.objects.create(
        settings=portal.consent,
        locale=portal.consent.locale,
        category="analytics",
        name="_nowe_ciasteczko",
        provider="portal",
        purpose="statystyka odwiedzin",
        duration="12 miesięcy",
    )
    assert "_nowe_ciasteczko" in client.get(portal.about.url).content.decode()
