"""The reading aids in Chromium: high contrast and the three text sizes work without
JavaScript (a form and a cookie) and say which one is on (aria-pressed); the print button
exists only where it can work; at 320 CSS px with the largest text nothing needs sideways
scrolling (WCAG 1.4.4, 1.4.10)."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HIGH_CONTRAST = re.compile(r"(^|\s)high-contrast(\s|$)")


def text_size_class(size):
    return re.compile(rf"(^|\s)text-size-{size}(\s|$)")


def size_button(page, size):
    return page.locator(f"form.reading-aids button[name=text_size][value='{size}']")


def contrast_button(page):
    return page.locator("form.reading-aids button[name=high_contrast]")


def test_high_contrast_without_javascript_is_announced_and_kept(page_without_js):
    page = page_without_js
    page.goto("/pl/")
    html = page.locator("html")
    expect(html).not_to_have_class(HIGH_CONTRAST)
    expect(contrast_button(page)).to_have_attribute("aria-pressed", "false")

    contrast_button(page).click()
    page.wait_for_url(re.compile(r"/pl/$"))
    expect(html).to_have_class(HIGH_CONTRAST)
    expect(contrast_button(page)).to_have_attribute("aria-pressed", "true")
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(0, 0, 0)", background

    page.reload()
    expect(html).to_have_class(HIGH_CONTRAST)
    expect(contrast_button(page)).to_have_attribute("aria-pressed", "true")

    page.goto("/en/")
    expect(html).to_have_class(HIGH_CONTRAST)
    expect(contrast_button(page)).to_have_attribute("aria-pressed", "true")

    # The same button switches it off again.
    contrast_button(page).click()
    page.wait_for_url(re.compile(r"/en/$"))
    expect(html).not_to_have_class(HIGH_CONTRAST)
    expect(contrast_button(page)).to_have_attribute("aria-pressed", "false")


def test_three_text_sizes_without_javascript_each_pressed_alone(page_without_js):
    page = page_without_js
    page.goto("/pl/")
    html = page.locator("html")
    expect(size_button(page, 0)).to_have_attribute("aria-pressed", "true")
    root_sizes = {}
    for size in (2, 1, 0):
        size_button(page, size).click()
        page.wait_for_url(re.compile(r"/pl/$"))
        expect(html).to_have_class(text_size_class(size))
        for other in (0, 1, 2):
            expect(size_button(page, other)).to_have_attribute(
                "aria-pressed", "true" if other == size else "false"
            )
        root_sizes[size] = page.evaluate(
            "() => parseFloat(getComputedStyle(document.documentElement).fontSize)"
        )
    assert root_sizes[0] < root_sizes[1] < root_sizes[2], root_sizes

    # The choice is kept across pages and languages.
    size_button(page, 2).click()
    expect(html).to_have_class(text_size_class(2))
    page.goto("/en/")
    expect(html).to_have_class(text_size_class(2))
    expect(size_button(page, 2)).to_have_attribute("aria-pressed", "true")


def test_print_button_only_with_javascript(page, page_without_js):
    page_without_js.goto("/pl/")
    without = page_without_js.locator("button[data-print]")
    expect(without).to_have_count(1)
    expect(without).to_be_hidden()

    # Count calls instead of opening the print dialog.
    page.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1; }")
    page.goto("/pl/")
    button = page.get_by_role("button", name="Drukuj tę stronę")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("type", "button")
    button.click()
    assert page.evaluate("() => window.__printed") == 1
    assert page.url.endswith("/pl/"), "the print button must not submit the reading-aids form"


def test_print_stylesheet_leaves_out_the_screen_only_parts(page):
    page.goto("/pl/")
    page.emulate_media(media="print")
    for selector in (
        ".skip-link",
        ".main-nav",
        "form.reading-aids",
        "header .search-box",
        ".language-switcher",
        ".site-footer nav",
        "button[data-print]",
    ):
        expect(page.locator(selector).first).to_be_hidden()
    expect(page.locator(".site-name__title")).to_be_visible()
    expect(page.locator("h1")).to_be_visible()
    colour = page.evaluate("() => getComputedStyle(document.querySelector('main')).color")
    assert colour == "rgb(0, 0, 0)", colour
    link = page.locator("main a[href^='/']:not(.button):not(:has(img))").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after, after


def reflow_pages():
    from portal.accessibility.models import AccessibilityStatementPage, EasyReadPage
    from portal.events.models import EventIndexPage, EventPage
    from portal.reports.models import ReportPage

    meetings = EventPage.objects.live().filter(locale__language_code="pl").order_by("start")
    meeting = next((m for m in meetings if m.registration_is_open() and not m.is_online), None)
    assert meeting is not None, "the demo content has no meeting on site with open sign-ups"
    report = ReportPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    return [
        "/pl/",
        "/en/",
        report.get_url(),
        EventIndexPage.objects.get(locale__language_code="pl").get_url(),
        meeting.get_url(),
        "/pl/szukaj/?q=zatrudnienie",
        EasyReadPage.objects.get(locale__language_code="pl").get_url(),
        AccessibilityStatementPage.objects.get(locale__language_code="pl").get_url(),
    ]


HORIZONTAL_OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
        .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest(".visually-hidden"))
        .slice(0, 5)
        .map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : ""));
    return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide: wide};
}"""


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_no_sideways_scrolling_at_320_px_with_the_largest_text(page, high_contrast):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/pl/")
    size_button(page, 2).click()
    expect(page.locator("html")).to_have_class(text_size_class(2))
    if high_contrast:
        contrast_button(page).click()
        expect(page.locator("html")).to_have_class(HIGH_CONTRAST)

    problems = []
    for url in reflow_pages():
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        expect(page.locator("html")).to_have_class(text_size_class(2))
        result = page.evaluate(HORIZONTAL_OVERFLOW)
        if result["scrollWidth"] > result["clientWidth"] + 1:
            problems.append(f"{url}: {result}")
        # The menu button, not a row of links, on a screen this narrow.
        expect(page.locator("button.main-nav__toggle")).to_be_visible()
    assert not problems, "\n".join(problems)
