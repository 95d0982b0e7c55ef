"""The cookie banner in Chromium: keyboard flow, the cookie jar after "reject all", the video
placeholder, the footer link, the no-JS forms, axe-core with the banner open."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ABOUT = "/pl/o-projekcie/"


def cookie_names(page):
    return sorted(cookie["name"] for cookie in page.context.cookies())


def test_banner_is_a_labelled_region_with_focus_and_passes_axe(first_visit):
    page = first_visit
    page.goto(ABOUT)

    banner = page.get_by_role("region", name="Pliki cookies na tym portalu")
    expect(banner).to_be_visible()
    expect(page.locator("#consent-title")).to_be_focused()
    for name in ("Akceptuję wszystkie", "Odrzucam wszystkie", "Ustawienia"):
        expect(
            banner.get_by_role("button", name=name).or_(banner.get_by_role("link", name=name))
        ).to_be_visible()
    assert_no_axe_violations(page)


def test_reject_all_by_keyboard_leaves_only_the_consent_cookie(first_visit):
    page = first_visit
    page.goto(ABOUT)
    assert cookie_names(page) == []

    page.get_by_role("button", name="Odrzucam wszystkie").focus()
    page.keyboard.press("Enter")

    expect(page.locator("#consent-banner")).to_be_hidden()
    expect(page.locator("main#main")).to_be_focused()
    assert cookie_names(page) == ["portal_consent"]
    assert page.context.cookies()[0]["value"].endswith(".-")
    expect(page.locator("iframe")).to_have_count(0)


def test_allowing_external_media_from_the_placeholder_shows_the_video(first_visit):
    page = first_visit
    page.goto(ABOUT)
    page.get_by_role("button", name="Odrzucam wszystkie").click()
    expect(page.locator("#consent-banner")).to_be_hidden()
    placeholder = page.locator("[data-consent-placeholder]")
    expect(placeholder).to_contain_text("zewnętrzny serwis")

    page.get_by_role("button", name="Zezwól na media zewnętrzne i pokaż film").click()

    frame = page.locator("figure.video iframe")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ")
    expect(page.locator("figure.video .video__frame")).to_be_focused()
    assert page.context.cookies()[0]["value"].endswith(".m")


def test_the_footer_link_reopens_the_settings_and_choices_are_kept(first_visit):
    page = first_visit
    page.goto(ABOUT)
    page.get_by_role("link", name="Ustawienia", exact=True).click()
    page.get_by_role("checkbox", name="Statystyka").check()
    page.get_by_role("button", name="Zapisz wybór").click()
    expect(page.locator("#consent-banner")).to_be_hidden()

    page.get_by_role("link", name="Ustawienia cookies").click()

    expect(page.locator("#consent-banner")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Statystyka")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Media zewnętrzne")).not_to_be_checked()
    assert_no_axe_violations(page)


def test_without_javascript_the_forms_post_and_come_back(first_visit_without_js):
    page = first_visit_without_js
    page.goto(ABOUT)
    page.get_by_role("link", name="Ustawienia", exact=True).click()
    expect(page.locator("#consent-settings")).to_be_visible()
    page.get_by_role("checkbox", name="Media zewnętrzne").check()

    page.get_by_role("button", name="Zapisz wybór").click()

    assert page.url.endswith(ABOUT)
    expect(page.locator("#consent-banner")).to_be_hidden()
    expect(page.locator("figure.video iframe")).to_have_count(1)
    assert cookie_names(page) == ["portal_consent"]


def test_when_the_quick_save_fails_the_form_posts_the_button_pressed(first_visit):
    """The script's request can fail (a dropped connection, a proxy): the form is then sent
    the ordinary way, and must still say which button was pressed."""
    page = first_visit
    page.route(
        "**/zgoda-cookies/",
        lambda route: (
            route.abort()
            if route.request.headers.get("accept") == "application/json"
            else route.continue_()
        ),
    )
    page.goto(ABOUT)

    page.get_by_role("button", name="Akceptuję wszystkie").click()

    page.wait_for_url(f"**{ABOUT}")
    expect(page.locator("#consent-banner")).to_be_hidden()
    assert page.context.cookies()[0]["value"].endswith(".pam")
