"""What search engines, feed readers and link previews get: news feeds, robots.txt, the
favicon, descriptions, canonical addresses, Open Graph and schema.org data, every absolute
address from the Site record."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.models import PageViewRestriction, Site

from portal.core.seo import shorten
from portal.reports.models import ReportDocument, schema_authors
from tests import factories
from tests.tree import portal_fixture, translate

pytestmark = pytest.mark.django_db

portal = portal_fixture(english=True, content=True)

SITE = "https://ekonomia.example.gov.pl"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site(portal):
    """The portal's Site record names a host no test request uses."""
    record = Site.objects.get(is_default_site=True)
    record.hostname = "ekonomia.example.gov.pl"
    record.port = 443
    record.save()
    return record


def html_of(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def meta(soup, **attributes):
    found = soup.head.find("meta", attrs=attributes)
    return found["content"] if found else None


def canonical(soup):
    links = soup.head.find_all("link", rel="canonical")
    assert len(links) == 1
    return links[0]["href"]


def structured_data(soup):
    scripts = soup.head.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def feed_links(soup):
    return [
        (link["type"], link["href"])
        for link in soup.head.find_all("link", rel="alternate")
        if link.get("type") in ("application/rss+xml", "application/atom+xml")
    ]


def rss_items(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def fresh(page):
    """The page as stored now: the portal's objects outlive each test's changes."""
    return page.specific_class.objects.get(pk=page.pk)


def news(parent, **fields):
    page = factories.NewsPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    return page


# Feeds -------------------------------------------------------------------------------------


def test_news_feed_lists_live_public_news_of_its_language_with_absolute_links(client, portal, site):
    zone_news = news(portal.zone, title="Nowość w strefie", lead="Zajawka strefy.")
    draft = factories.NewsPageFactory(parent=portal.news_index, title="Szkic", live=False)
    private = news(portal.news_index, title="Tylko dla zespołu")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    central = portal.content["news"]

    channel, items = rss_items(client, f"{portal.news_index.url}rss/")

    assert channel.findtext("language") == "pl"
    assert channel.findtext("link") == f"{SITE}/pl/aktualnosci/"
    titles = [item.findtext("title") for item in items]
    assert sorted(titles) == sorted([central.title, zone_news.title])
    assert draft.title not in titles and private.title not in titles
    zone_item = items[titles.index(zone_news.title)]
    assert zone_item.findtext("link") == f"{SITE}{zone_news.url}"
    assert zone_item.findtext("description") == "Zajawka strefy."
    assert zone_item.findtext("pubDate").startswith(zone_news.date.strftime("%a, %d %b %Y"))

    english_channel, english_items = rss_items(client, "/en/news/rss/")
    assert english_channel.findtext("language") == "en"
    assert [item.findtext("title") for item in english_items] == ["News item"]
    assert english_items[0].findtext("link") == f"{SITE}/en/news/news-item/"


def test_zone_feed_lists_only_the_zones_news_and_atom_carries_the_same(client, portal, site):
    in_zone = news(portal.zone, title="Nowość w strefie WTZ")
    other_zone = factories.ZonePageFactory(parent=portal.home, title="Strefa Biznesu")
    news(other_zone, title="Nowość w strefie Biznesu")

    _channel, items = rss_items(client, f"{portal.zone.url}rss/")
    assert [item.findtext("title") for item in items] == [in_zone.title]

    response = client.get(f"{portal.zone.url}atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "pl"
    assert feed.findtext(f"{ATOM}title").startswith("Strefa WTZ: aktualności")
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [in_zone.title]
    assert entries[0].find(f"{ATOM}link").get("href") == f"{SITE}{in_zone.url}"


def test_a_feed_holds_the_newest_twenty_in_a_fixed_number_of_queries(client, portal):
    url = f"{portal.news_index.url}rss/"

    def queries():
        """Of a feed served once already, as for all but the first reader."""
        rss_items(client, url)
        with CaptureQueriesContext(connection) as captured:
            _channel, items = rss_items(client, url)
        return len(captured), items

    for n in range(4):
        factories.NewsPageFactory(parent=portal.news_index, date=datetime.date(2026, 3, 1 + n))
    few, items = queries()
    assert len(items) == 5
    for n in range(25):
        factories.NewsPageFactory(parent=portal.zone, date=datetime.date(2026, 5, 1 + n))
    many, items = queries()
    assert len(items) == 20
    assert items[0].findtext("pubDate").startswith("Mon, 25 May 2026")
    assert many == few


def test_home_news_index_and_zones_announce_their_feeds(client, portal, site):
    all_news = [
        ("application/rss+xml", f"{SITE}/pl/aktualnosci/rss/"),
        ("application/atom+xml", f"{SITE}/pl/aktualnosci/atom/"),
    ]
    zone_news = [
        ("application/rss+xml", f"{SITE}{portal.zone.url}rss/"),
        ("application/atom+xml", f"{SITE}{portal.zone.url}atom/"),
    ]
    assert feed_links(html_of(client, portal.home.url)) == all_news
    index = html_of(client, portal.news_index.url)
    assert feed_links(index) == all_news
    assert feed_links(html_of(client, portal.zone.url)) == zone_news + all_news
    assert feed_links(html_of(client, portal.about.url)) == []

    link = index.find("a", string="Kanał RSS z aktualnościami")
    assert link["href"] == "/pl/aktualnosci/rss/"
    english = html_of(client, "/en/news/")
    assert english.find("a", string="News RSS feed")["href"] == "/en/news/rss/"
    assert feed_links(english)[0] == ("application/rss+xml", f"{SITE}/en/news/rss/")


# robots.txt and the favicon ---------------------------------------------------------------


def test_robots_txt_leaves_out_admin_and_search_and_names_the_sitemap(client, site):
    response = client.get("/robots.txt", HTTP_HOST="evil.example")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /pl/szukaj/",
        "Disallow: /en/szukaj/",
        f"Sitemap: {SITE}/sitemap.xml",
    ]


def test_favicon_is_the_portals_icon(client, portal):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/favicon.ico"
    with Image.open(finders.find("favicon.ico")) as icon:
        assert icon.format == "ICO"
        assert {(16, 16), (32, 32)} <= icon.info["sizes"]
    with open(finders.find("favicon.svg")) as drawing:
        svg = drawing.read()
    assert svg.startswith("<svg") and "#0b4f8a" in svg

    soup = html_of(client, portal.about.url)
    icons = {link["href"] for link in soup.head.find_all("link", rel="icon")}
    assert icons == {"/favicon.ico", "/static/favicon.svg"}


# Descriptions ------------------------------------------------------------------------------


def test_shorten_cuts_at_a_whole_word():
    assert shorten("  Krótki\n tekst. ") == "Krótki tekst."
    long = "Spółdzielnie socjalne zatrudniają osoby z niepełnosprawnościami " * 4
    short = shorten(long)
    assert len(short) <= 160 and short.endswith("…")
    assert long.startswith(short[:-1]) and long[len(short) - 1] == " "
    assert shorten("<p>Tekst z <b>edytora</b></p>") == "Tekst z edytora"


@pytest.mark.parametrize(
    "name, field",
    [
        ("home", "intro"),
        ("about", "intro"),
        ("zone", "intro"),
        ("news", "lead"),
        ("report", "summary"),
        ("event", "lead"),
        ("easy_read", "intro"),
    ],
)
def test_description_falls_back_to_the_pages_own_text(client, portal, name, field):
    page = getattr(portal, name, None) or portal.content[name]
    soup = html_of(client, page.url)
    assert meta(soup, name="description") == getattr(page, field)
    assert meta(soup, property="og:description") == getattr(page, field)


def test_search_description_wins_and_long_text_is_cut(client, portal):
    report = fresh(portal.content["report"])
    report.summary = "Analiza kosztów zatrudnienia wspieranego w spółdzielniach socjalnych. " * 5
    report.save_revision().publish()
    description = meta(html_of(client, report.url), name="description")
    assert len(description) <= 160 and description.endswith("…")
    assert report.summary.startswith(description[:-1])

    report.search_description = "Ile kosztuje trener pracy?"
    report.save_revision().publish()
    assert meta(html_of(client, report.url), name="description") == "Ile kosztuje trener pracy?"


# Canonical addresses and Open Graph --------------------------------------------------------


def test_every_page_has_one_canonical_address_and_open_graph(client, portal, site):
    for page in portal.pages():
        page = page.specific
        soup = html_of(client, page.url)
        address = f"{SITE}{page.url}"
        assert canonical(soup) == address
        assert meta(soup, property="og:url") == address
        assert meta(soup, property="og:title") == (page.seo_title or page.title)
        assert meta(soup, property="og:site_name") == "Portal ekonomii społecznej"
        assert meta(soup, property="og:locale") == "pl_PL"
        assert meta(soup, property="og:locale:alternate") == "en_GB"
        expected_type = (
            "article" if page.specific_class.__name__ in ("NewsPage", "ReportPage") else "website"
        )
        assert meta(soup, property="og:type") == expected_type, page.url

    english = html_of(client, "/en/news/news-item/")
    assert meta(english, property="og:locale") == "en_GB"
    assert meta(english, property="og:locale:alternate") == "pl_PL"
    assert canonical(english) == f"{SITE}/en/news/news-item/"


def test_news_preview_image_is_an_absolute_rendition(client, portal, site):
    soup = html_of(client, portal.content["news"].url)
    image = meta(soup, property="og:image")
    assert image.startswith(f"{SITE}/") and ".fill-1200x630" in image
    assert meta(soup, property="og:image:alt") == "Uczestnicy warsztatów przy stole"
    assert meta(html_of(client, portal.content["report"].url), property="og:image") is None


def test_a_filtered_list_points_at_the_whole_list_and_pages_keep_their_number(client, portal, site):
    events = f"{SITE}{portal.events.url}"
    assert canonical(html_of(client, f"{portal.events.url}?pokaz=minione")) == events
    zone_filter = f"{portal.events.url}?strefa={portal.zone.slug}&strona=2"
    assert canonical(html_of(client, zone_filter)) == events
    assert canonical(html_of(client, f"{portal.events.url}?utm_source=x")) == events
    assert canonical(html_of(client, f"{portal.events.url}?strona=1")) == events

    for _ in range(11):
        factories.NewsPageFactory(parent=portal.news_index)
    second = html_of(client, f"{portal.news_index.url}?strona=2")
    assert canonical(second) == f"{SITE}{portal.news_index.url}?strona=2"


def test_search_results_are_not_indexed(client, portal):
    soup = html_of(client, "/pl/szukaj/?q=zatrudnienie&rok=2025")
    assert meta(soup, name="robots") == "noindex, follow"


def test_absolute_addresses_ignore_a_spoofed_host(client, portal, site):
    news_item = portal.content["news"]
    report = fresh(portal.content["report"])
    for url in (portal.home.url, portal.zone.url, news_item.url, report.url):
        response = client.get(url, HTTP_HOST="evil.example")
        assert response.status_code == 200
        html = response.content.decode()
        assert "evil.example" not in html, url
        assert SITE in html
    response = client.get(f"{portal.news_index.url}rss/", HTTP_HOST="evil.example")
    assert b"evil.example" not in response.content
    assert SITE.encode() in response.content


# schema.org --------------------------------------------------------------------------------


def test_meeting_is_a_schema_org_event(client, portal, site):
    event = portal.content["event"]
    data = structured_data(html_of(client, event.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["description"] == event.lead
    assert data["url"] == f"{SITE}{event.url}"
    assert data["inLanguage"] == "pl"
    start = datetime.datetime.fromisoformat(data["startDate"])
    assert start == event.start and start.utcoffset() in (
        datetime.timedelta(hours=1),
        datetime.timedelta(hours=2),
    )
    assert datetime.datetime.fromisoformat(data["endDate"]) == event.end
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"] == {
        "@type": "Place",
        "name": "Sala konferencyjna",
        "address": "ul. Piotrkowska 102, 90-004 Łódź",
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Zespół projektu",
        "email": "spotkania@example.org",
    }


def test_online_meeting_is_virtual_and_keeps_its_link_private(client, portal, site):
    online = factories.EventPageFactory(
        parent=portal.events,
        venue_name="",
        venue_address="",
        online_url="https://meet.example.org/tajny-pokoj",
    )
    response = client.get(online.url)
    assert b"tajny-pokoj" not in response.content
    data = structured_data(BeautifulSoup(response.content.decode(), "html.parser"))
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": f"{SITE}{online.url}"}

    hybrid = factories.EventPageFactory(
        parent=portal.events, online_url="https://meet.example.org/pokoj"
    )
    data = structured_data(html_of(client, hybrid.url))
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]


def test_report_is_a_schema_org_report_with_authors_and_files(client, portal, site):
    report = fresh(portal.content["report"])
    report.authors = "Anna Nowak, Instytut Pracy i Spraw Socjalnych; Jan Maria Kowalski"
    report.save_revision().publish()
    data = structured_data(html_of(client, report.url))
    assert data["@type"] == "Report"
    assert data["headline"] == report.title
    assert data["datePublished"] == report.publication_date.isoformat()
    assert data["inLanguage"] == "pl"
    assert data["url"] == f"{SITE}{report.url}"
    assert data["author"] == [
        {"@type": "Person", "name": "Anna Nowak"},
        {"@type": "Organization", "name": "Instytut Pracy i Spraw Socjalnych"},
        {"@type": "Person", "name": "Jan Maria Kowalski"},
    ]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Fundacja „Wspólna Praca”",
        "url": f"{SITE}/pl/",
    }
    (document,) = data["encoding"]
    stored = ReportDocument.objects.get(page=report).document
    assert document["contentUrl"] == f"{SITE}{stored.url}"
    assert document["encodingFormat"] == "application/pdf"
    assert document["inLanguage"] == "pl"


def test_authors_people_and_organisations():
    assert schema_authors("") == []
    assert schema_authors("PFRON; Zespół badawczy; Łukasz Nowicki-Wróbel") == [
        {"@type": "Organization", "name": "PFRON"},
        {"@type": "Organization", "name": "Zespół badawczy"},
        {"@type": "Person", "name": "Łukasz Nowicki-Wróbel"},
    ]


def test_editors_text_cannot_end_the_script_element(client, portal):
    report = fresh(portal.content["report"])
    attack = 'Raport </script><script>alert("x")</script> <!-- & więcej'
    report.title = attack
    report.summary = attack
    report.authors = "</SCRIPT><img src=x onerror=alert(1)>"
    report.save_revision().publish()
    response = client.get(report.url)
    html = response.content.decode()
    head = html.split("</head>")[0]
    assert "<script>alert" not in html.lower()
    assert "<img src=x" not in head.lower()
    block = head.split('<script type="application/ld+json">')[1].split("</script>")[0]
    data = json.loads(block)
    assert data["headline"] == attack and data["abstract"] == attack
    assert data["author"][0]["name"] == "</SCRIPT><img src=x onerror=alert(1)>"


def test_a_page_without_a_translation_names_no_alternate_locale(client, portal):
    lonely = factories.StandardPageFactory(parent=portal.home, title="Tylko po polsku")
    soup = html_of(client, lonely.url)
    assert meta(soup, property="og:locale:alternate") is None
    translate(lonely, title="Only in English now", slug="only-in-english")
    assert meta(html_of(client, lonely.url), property="og:locale:alternate") == "en_GB"
