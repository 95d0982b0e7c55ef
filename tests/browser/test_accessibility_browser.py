"""axe-core (WCAG 2.0/2.1 A and AA rules, every impact) on every page type of the demo site,
in Polish and English, at phone and desktop widths, including forms showing their errors,
search results, the meeting sign-up form and the cookie banner."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
LANGUAGES = ["pl", "en"]


def live_page(model, language, **filters):
    page = (
        model.objects.live()
        .filter(locale__language_code=language, **filters)
        .order_by("path")
        .first()
    )
    assert page is not None, f"the demo content has no live {model.__name__} in {language!r}"
    return page


def url_of(model, **filters):
    return lambda language: live_page(model, language, **filters).get_url()


def open_meeting(language):
    from portal.events.models import Availability, EventPage

    for meeting in EventPage.objects.live().filter(locale__language_code=language):
        if meeting.availability() == Availability.OPEN:
            return meeting.get_url()
    raise AssertionError(f"the demo content has no {language!r} meeting open for sign-ups")


def page_types():
    """Every page type of the portal, with where the demo site has one."""
    from home.models import ContactPage, HomePage, StandardPage
    from portal.accessibility.models import AccessibilityStatementPage, EasyReadPage
    from portal.events.models import EventIndexPage, EventPage
    from portal.news.models import NewsIndexPage, NewsPage
    from portal.practices.models import PracticeIndexPage, PracticePage
    from portal.reports.models import ReportIndexPage, ReportPage
    from portal.trainings.models import TrainingIndexPage, TrainingPage, TrainingProgrammePage
    from zones.models import ZonePage

    return {
        HomePage: url_of(HomePage),
        StandardPage: url_of(StandardPage, depth=3),
        ZonePage: url_of(ZonePage),
        NewsIndexPage: url_of(NewsIndexPage),
        NewsPage: url_of(NewsPage, image__isnull=False),
        ReportIndexPage: url_of(ReportIndexPage),
        ReportPage: url_of(ReportPage),
        EventIndexPage: url_of(EventIndexPage),
        EventPage: open_meeting,
        ContactPage: url_of(ContactPage),
        AccessibilityStatementPage: url_of(AccessibilityStatementPage),
        EasyReadPage: url_of(EasyReadPage),
        PracticeIndexPage: url_of(PracticeIndexPage),
        PracticePage: url_of(PracticePage),
        TrainingIndexPage: url_of(TrainingIndexPage),
        TrainingPage: url_of(TrainingPage),
        TrainingProgrammePage: url_of(TrainingProgrammePage),
    }


PAGE_TYPE_NAMES = [
    "HomePage",
    "StandardPage",
    "ZonePage",
    "NewsIndexPage",
    "NewsPage",
    "ReportIndexPage",
    "ReportPage",
    "EventIndexPage",
    "EventPage",
    "ContactPage",
    "AccessibilityStatementPage",
    "EasyReadPage",
    "PracticeIndexPage",
    "PracticePage",
    "TrainingIndexPage",
    "TrainingPage",
    "TrainingProgrammePage",
]


def test_the_walk_covers_every_page_type():
    """A new page type must be added to the walk below."""
    from wagtail.models import get_page_models

    portal_types = {
        model.__name__ for model in get_page_models() if model.__module__.split(".")[0] != "wagtail"
    }
    assert portal_types == set(PAGE_TYPE_NAMES)
    assert {model.__name__ for model in page_types()} == portal_types


@pytest.fixture(params=VIEWPORTS, ids=list(VIEWPORTS))
def sized_page(request, page):
    page.set_viewport_size(VIEWPORTS[request.param])
    return page


def visit(page, url, language):
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("main#main")).to_have_count(1)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("type_name", PAGE_TYPE_NAMES)
def test_page_type_has_no_accessibility_violations(sized_page, type_name, language):
    url = next(url for model, url in page_types().items() if model.__name__ == type_name)
    visit(sized_page, url(language), language)
    assert_no_axe_violations(sized_page)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", ["contact", "sign-up"])
def test_forms_showing_errors_have_no_accessibility_violations(sized_page, form, language):
    from home.models import ContactPage

    url = open_meeting(language) if form == "sign-up" else url_of(ContactPage)(language)
    visit(sized_page, url, language)
    form_locator = sized_page.locator("main form.registration-form, main form.form").first
    form_locator.locator("button[type=submit], input[type=submit]").last.click()
    errors = sized_page.locator("main [aria-invalid=true]")
    expect(errors.first).to_be_visible()
    assert errors.count() >= 2, "an empty form should mark its required fields"
    assert_no_axe_violations(sized_page)


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("pl", "trener pracy"),
        ("en", "job coach"),
        ("pl", "qxzqxz"),
        ("pl", "spotkanie&typ=spotkania"),
        ("en", "meeting&typ=aktualnosci"),
    ],
)
def test_search_results_have_no_accessibility_violations(sized_page, language, query):
    sized_page.goto(f"/{language}/szukaj/?q={query.replace(' ', '+')}")
    expect(sized_page.locator("html")).to_have_attribute("lang", language)
    expect(sized_page.locator("main h1")).to_have_count(1)
    assert_no_axe_violations(sized_page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_cookie_banner_and_its_settings_have_no_accessibility_violations(first_visit, language):
    for viewport in VIEWPORTS.values():
        first_visit.set_viewport_size(viewport)
        first_visit.goto(f"/{language}/")
        banner = first_visit.locator("#consent-banner")
        expect(banner).to_be_visible()
        assert_no_axe_violations(first_visit)
        first_visit.goto(f"/{language}/?cookies=ustawienia")
        expect(banner.locator("input[type=checkbox]").first).to_be_visible()
        assert_no_axe_violations(first_visit)


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_not_found_has_no_accessibility_violations(sized_page, language):
    response = sized_page.goto(f"/{language}/nie-ma-takiej-strony/")
    assert response is not None and response.status == 404
    assert_no_axe_violations(sized_page)
