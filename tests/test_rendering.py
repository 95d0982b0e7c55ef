"""Every page type renders in Polish and English with the shared page furniture."""

import re

import pytest
from wagtail.models import Locale, Page

from home.models import ContactPage, HomePage, StandardPage
from portal.news.models import NewsIndexPage, NewsPage
from portal.reports.models import ReportIndexPage, ReportPage
from tests.tree import portal_fixture
from zones.models import ZonePage

pytestmark = pytest.mark.django_db

# One page of every type, in Polish and English; news and reports tagged, recommending each
# other, the report with a PDF.
portal = portal_fixture(english=True, content=True)

PAGE_TYPES = [
    HomePage,
    StandardPage,
    ContactPage,
    NewsIndexPage,
    NewsPage,
    ReportIndexPage,
    ReportPage,
    ZonePage,
]


def first_of(model, language):
    return model.objects.live().filter(locale__language_code=language).order_by("path").first()


def get_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        language: url
        for url, language in re.findall(r'<a href="([^"]+)"[^>]*hreflang="(\w+)"', nav)
    }


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", ["pl", "en"])
def test_page_type_renders_with_switcher_to_its_translation(client, portal, model, language):
    page = first_of(model, language)
    assert page is not None, f"no {model.__name__} in {language}"
    html = get_html(client, page)
    assert f'<html lang="{language}"' in html
    assert '<main id="main"' in html and 'class="skip-link" href="#main"' in html
    assert "<h1>" in html
    other = "en" if language == "pl" else "pl"
    translation = page.get_translation(Locale.objects.get(language_code=other))
    assert switcher_links(html)[other] == translation.url
    assert switcher_links(html)[language] == page.url


def test_root_leads_to_polish(client, portal):
    response = client.get("/")
    assert response.status_code == 302 and response.url == "/pl/"


def test_menu_breadcrumbs_and_footer(client, portal):
    news = first_of(NewsPage, "pl")
    html = get_html(client, news)
    menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    for page in (portal.news_index, portal.reports, portal.zone, portal.contact):
        assert page.title in menu
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert portal.home.title in crumbs and 'aria-current="page"' in crumbs
    footer = re.search(r'<footer class="site-footer".*?</footer>', html, re.S).group(0)
    assert "mailto:" in footer and 'class="eu-funds"' in footer
    assert "Deklaracja dostępności" in footer

    english = get_html(client, first_of(NewsPage, "en"))
    english_footer = re.search(r'<footer class="site-footer".*?</footer>', english, re.S).group(0)
    assert "Accessibility statement" in english_footer
    assert english_footer != footer


@pytest.mark.parametrize("model", [NewsPage, ReportPage], ids=lambda m: m.__name__)
def test_tags_and_recommended_items_in_each_language(client, portal, model):
    for language, heading in (("pl", "Polecamy"), ("en", "Related")):
        page = next(
            p
            for p in model.objects.live().filter(locale__language_code=language)
            if p.tag_links.exists()
        )
        html = get_html(client, page)
        assert 'class="tags"' in html
        for tag in page.visible_tags():
            assert tag.locale.language_code == language
            assert tag.name in html
        assert f">{heading}</h2>" in html
        for item in page.recommended_pages():
            assert item.locale.language_code == language
            assert item.url in html


def test_report_page_links_its_pdfs_with_format_and_size(client, portal):
    report = first_of(ReportPage, "en")
    html = get_html(client, report)
    document = report.documents.first().document
    assert document.url in html
    assert re.search(r"\(PDF, [\d.,]+\s*(KB|MB|bajt|byte)", html)


def test_reading_preferences_work_without_javascript(client, portal):
    home = first_of(HomePage, "pl")
    response = client.post("/ustawienia-czytania/", {"text_size": "2", "next": home.url})
    assert response.status_code == 302 and response.url == home.url
    html = client.get(home.url).content.decode()
    assert 'class="text-size-2"' in html
    assert 'name="text_size" value="2" class="size-2" aria-pressed="true"' in html
    client.post("/ustawienia-czytania/", {"high_contrast": "1", "next": home.url})
    html = client.get(home.url).content.decode()
    assert 'class="text-size-2 high-contrast"' in html


def test_reading_preferences_never_redirect_off_site(client):
    response = client.post(
        "/ustawienia-czytania/", {"text_size": "1", "next": "https://evil.example/"}
    )
    assert response.url == "/"


def test_contact_form_shows_translated_errors_and_sends_mail(client, portal, mailoutbox):
    page = first_of(ContactPage, "en")
    response = client.post(page.url, {})
    html = response.content.decode()
    assert "This field is required." in html
    assert len(mailoutbox) == 0
    polish = first_of(ContactPage, "pl")
    assert "To pole jest wymagane." in client.post(polish.url, {}).content.decode()

    data = {}
    for field in page.get_form_fields():
        name = field.clean_name
        data[name] = {
            "email": "anna@example.org",
            "checkbox": "on",
            "dropdown": (field.choices.splitlines() or [""])[0].strip(),
        }.get(field.field_type, "Dzień dobry")
    response = client.post(page.url, data)
    assert response.status_code == 200
    assert len(mailoutbox) == 1
    assert Page.objects.get(pk=page.pk).specific.get_submission_class().objects.count() == 1


@pytest.mark.parametrize(
    ("url", "language", "heading"),
    [
        ("/pl/nie-ma-takiej-strony/", "pl", "Nie znaleziono strony"),
        ("/en/no-such-page/", "en", "Page not found"),
    ],
)
def test_missing_page_gets_a_translated_404_with_the_site_furniture(
    client, portal, url, language, heading
):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert 'class="main-nav"' in html


def test_sitemap_lists_pages_in_both_languages(client, portal):
    xml = client.get("/sitemap.xml").content.decode()
    news = first_of(NewsPage, "pl")
    english = first_of(NewsPage, "en")
    assert news.full_url in xml
    assert english.full_url in xml
