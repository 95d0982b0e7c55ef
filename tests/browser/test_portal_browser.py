"""The portal in a real browser: landmarks and keyboard access, the language switcher, the
text-size control (with and without JavaScript), images and documents."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

# The `portal` fixture (tests/browser/conftest.py) serves the demo content loaded once for the
# session; these tests only read. `django_db` gives them the test database and rolls back
# their own writes.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TEXT_SIZE_1 = re.compile(r"(^|\s)text-size-1(\s|$)")


def path_of(page):
    return urlsplit(page.url).path


def first_live(model, language="pl"):
    item = model.objects.live().filter(locale__language_code=language).order_by("path").first()
    assert item is not None, f"the demo content has no live {model.__name__} in {language!r}"
    return item


def page_url(model, language="pl"):
    return first_live(model, language).get_url()


def follow(page, link):
    """Clicks a link, waits until the browser shows the page it leads to and checks that the
    page was served with HTTP 200."""
    expect(link).to_be_visible()
    target = urlsplit(urljoin(page.url, link.get_attribute("href"))).path

    def is_target(response):
        return response.request.is_navigation_request() and urlsplit(response.url).path == target

    with page.expect_response(is_target) as response:
        link.click()
    page.wait_for_url(lambda url: urlsplit(url).path == target)
    assert response.value.status == 200, f"{target}: HTTP {response.value.status}"
    return target


def open_news_page(page):
    """A Polish news page, reached the way a visitor would: from the news list."""
    page.goto("/pl/aktualnosci/")
    path = follow(page, page.locator("main .card__title a").first)
    assert path.startswith("/pl/") and path != "/pl/aktualnosci/", path


@pytest.mark.parametrize("language", ["pl", "en"])
def test_home_page_landmarks_and_skip_link(page, language):
    response = page.goto(f"/{language}/")
    assert response is not None and response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("main#main")).to_have_count(1)

    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    expect(focused).to_have_class(re.compile(r"(^|\s)skip-link(\s|$)"))
    expect(focused).to_be_visible()

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    assert page.url.endswith("#main")


def test_language_switcher_leads_to_the_translation_of_the_same_page(page):
    open_news_page(page)
    polish_heading = page.locator("h1").inner_text()
    expect(page.locator("html")).to_have_attribute("lang", "pl")

    english_link = page.locator(".language-switcher a[hreflang='en']")
    expect(english_link).to_have_text("English")
    path = follow(page, english_link)

    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert path.startswith("/en/"), path
    assert path != "/en/", "the switcher led to the English home page, not the translation"
    english_heading = page.locator("h1").inner_text()
    assert english_heading and english_heading != polish_heading
    # ...and back again to the very same Polish page.
    follow(page, page.locator(".language-switcher a[hreflang='pl']"))
    expect(page.locator("h1")).to_have_text(polish_heading)


def _check_text_size_control(page):
    page.goto("/pl/")
    html = page.locator("html")
    bigger = page.locator("form.reading-aids button[name=text_size][value='1']")
    expect(html).not_to_have_class(TEXT_SIZE_1)
    expect(bigger).to_have_attribute("aria-pressed", "false")

    bigger.click()
    expect(html).to_have_class(TEXT_SIZE_1)
    expect(bigger).to_have_attribute("aria-pressed", "true")
    assert path_of(page) == "/pl/", "the control should bring the visitor back to the same page"

    page.reload()
    expect(html).to_have_class(TEXT_SIZE_1)
    expect(bigger).to_have_attribute("aria-pressed", "true")

    # The preference follows the visitor to the other language too.
    page.goto("/en/")
    expect(html).to_have_class(TEXT_SIZE_1)


def test_text_size_control(page):
    _check_text_size_control(page)


def test_text_size_control_without_javascript(page_without_js):
    _check_text_size_control(page_without_js)


def test_news_images_and_report_documents_are_served(page, portal):
    from portal.news.models import NewsPage
    from portal.reports.models import ReportPage

    news = next(
        (item for item in NewsPage.objects.live().filter(locale__language_code="pl") if item.image),
        None,
    )
    assert news is not None, "the demo content has no news page with an image"
    page.goto(news.get_url())
    image = page.locator("main figure.article-image img").first
    expect(image).to_be_visible()
    image.scroll_into_view_if_needed()
    loaded = image.evaluate("img => img.complete && img.naturalWidth > 0")
    assert loaded, f"the image {image.get_attribute('src')} did not load from the live server"

    report = first_live(ReportPage)
    page.goto(report.get_url())
    link = page.locator("main a[href*='/documents/']").first
    expect(link).to_be_visible()
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200, f"{link.get_attribute('href')}: HTTP {response.status}"
    assert response.body()[:5] == b"%PDF-"
