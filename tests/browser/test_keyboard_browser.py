"""Keyboard-only use in Chromium (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7, 1.4.11): the Tab order of the
header, the cookie banner and the skip link, the main menu as a disclosure on a phone, the
search, the meeting sign-up form, a focus indicator that can be seen on every stop (also in
the forced-colours mode of Windows High Contrast)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}

# What the browser reports about the element that has focus: enough to say where it is, what
# it is called and whether its focus indicator can be seen against what surrounds it.
FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) { return null; }
    function backgroundOf(node) {
        for (let n = node; n; n = n.parentElement) {
            const colour = getComputedStyle(n).backgroundColor;
            if (colour && colour !== "transparent" && !/^rgba\\(.*,\\s*0\\)$/.test(colour)) {
                return colour;
            }
        }
        return "rgb(255, 255, 255)";
    }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        name: (element.getAttribute("aria-label") || element.innerText || element.value || "")
            .replace(/\\s+/g, " ").trim(),
        x: box.left + window.scrollX, y: box.top + window.scrollY,
        width: box.width, height: box.height,
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
        // The outline is drawn outside the element, over its parent's background.
        around: backgroundOf(element.parentElement || element),
        inFooter: !!element.closest(".site-footer"),
        inBanner: !!element.closest("#consent-banner"),
    };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def is_focused(page, selector):
    return page.evaluate(
        "s => !!document.activeElement && document.activeElement.matches(s)", selector
    )


def _rgba(text):
    numbers = [float(n) for n in re.findall(r"[\d.]+", text)]
    assert len(numbers) >= 3, f"not a colour: {text!r}"
    return numbers[:3], numbers[3] if len(numbers) > 3 else 1.0


def _over(colour, background):
    (r, g, b), alpha = _rgba(colour)
    (br, bg, bb), _ = _rgba(background)
    return [alpha * c + (1 - alpha) * d for c, d in zip((r, g, b), (br, bg, bb), strict=True)]


def _luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(colour, background):
    """WCAG contrast ratio of a (possibly translucent) colour drawn over a background."""
    lighter, darker = sorted(
        (_luminance(_over(colour, background)), _luminance(_rgba(background)[0])), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def focus_indicator_problem(info):
    """None when the focused element has an indicator of at least 2 CSS px with a contrast of
    at least 3:1 against the colour around it (a solid outline, or a box-shadow ring);
    otherwise what is wrong. Chromium's own default ring (outline-style `auto`, 1 px) does
    not count: the portal must draw its own."""
    outline_ok = (
        info["outlineStyle"] not in ("none", "auto", "hidden")
        and info["outlineWidth"] >= 2
        and contrast(info["outlineColor"], info["around"]) >= 3
    )
    ring_ok = False
    shadow = info["boxShadow"]
    if shadow and shadow != "none":
        match = re.match(
            r"(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px", shadow
        )
        if match:
            spread = float(match.group(5))
            ring_ok = spread >= 2 and contrast(match.group(1), info["around"]) >= 3
    if outline_ok or ring_ok:
        return None
    return (
        f"<{info['tag']}> {info['name']!r}: outline {info['outlineStyle']} "
        f"{info['outlineWidth']}px {info['outlineColor']}, box-shadow {shadow!r}, "
        f"around {info['around']}"
    )


def tab(page):
    page.keyboard.press("Tab")
    info = focused(page)
    assert info is not None, "Tab left the page: nothing has focus"
    return info


def assert_reading_order(previous, current, tolerance=2):
    """The next stop is to the right of the previous one or below it, never back up/left."""
    right_of = current["x"] >= previous["x"] + previous["width"] - tolerance
    below = current["y"] >= previous["y"] + previous["height"] - tolerance
    assert right_of or below, (
        f"focus jumped back from {previous['name']!r} "
        f"({previous['x']:.0f},{previous['y']:.0f}) to {current['name']!r} "
        f"({current['x']:.0f},{current['y']:.0f})"
    )


HEADER_ORDER = [
    "a.skip-link",
    "header a.site-name",
    "header #header-search-q",
    "header .search-box button[type=submit]",
    "form.reading-aids button[name=text_size][value='0']",
    "form.reading-aids button[name=text_size][value='1']",
    "form.reading-aids button[name=text_size][value='2']",
    "form.reading-aids button[name=high_contrast]",
    "header button[data-print]",
    ".language-switcher a[hreflang=pl]",
    ".language-switcher a[hreflang=en]",
]


def test_header_tab_order_follows_the_layout_and_every_stop_shows_focus(page):
    page.goto("/pl/")
    menu_links = page.locator("#main-menu a")
    expect(menu_links.first).to_be_visible()
    stops = HEADER_ORDER + [
        f"#main-menu li:nth-child({i + 1}) > a" for i in range(menu_links.count())
    ]

    seen = []
    for selector in stops:
        info = tab(page)
        assert is_focused(page, selector), (
            f"after {[s['name'] for s in seen]} focus should be on {selector}, "
            f"but is on <{info['tag']}> {info['name']!r}"
        )
        problem = focus_indicator_problem(info)
        assert problem is None, f"focus cannot be seen on {selector}: {problem}"
        seen.append(info)

    # The skip link floats over the header when focused; from the site name on, every next
    # stop lies to the right of the previous one or below it.
    for previous, current in zip(seen[1:], seen[2:], strict=False):
        assert_reading_order(previous, current)
    expect(page.get_by_role("button", name="Drukuj tę stronę")).to_be_visible()


def test_cookie_banner_comes_first_then_the_skip_link_leads_to_the_content(first_visit):
    page = first_visit
    page.goto("/pl/")
    expect(page.locator("#consent-title")).to_be_focused()

    names = []
    for _ in range(10):
        info = tab(page)
        if not info["inBanner"]:
            break
        assert focus_indicator_problem(info) is None, focus_indicator_problem(info)
        names.append(info["name"])
    else:
        pytest.fail(f"focus never left the cookie banner: {names}")

    expect(page.locator("a.skip-link")).to_be_focused()
    expect(page.locator("a.skip-link")).to_be_in_viewport()
    assert names[-3:] == ["Akceptuję wszystkie", "Odrzucam wszystkie", "Ustawienia"], names

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_main_menu_is_a_disclosure_on_a_phone(page):
    page.set_viewport_size(PHONE)
    page.goto("/pl/")
    toggle = page.locator("button.main-nav__toggle")
    menu = page.locator("#main-menu")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_have_attribute("aria-controls", "main-menu")
    expect(menu).to_be_hidden()

    # The button is the next stop after the language switcher.
    page.locator(".language-switcher a[hreflang=en]").focus()
    info = tab(page)
    expect(toggle).to_be_focused()
    assert focus_indicator_problem(info) is None, focus_indicator_problem(info)

    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    links = menu.locator("a")
    for i in range(links.count()):
        info = tab(page)
        expect(links.nth(i)).to_be_focused()
        assert focus_indicator_problem(info) is None, focus_indicator_problem(info)

    # Escape from inside the menu closes it and gives focus back to the button.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()

    # Space works as well as Enter, and a second press closes it again.
    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()


def test_main_menu_is_always_open_on_a_phone_without_javascript(page_without_js):
    page = page_without_js
    page.set_viewport_size(PHONE)
    page.goto("/pl/")
    expect(page.locator("button.main-nav__toggle")).to_be_hidden()
    links = page.locator("#main-menu a")
    assert links.count() >= 5
    for i in range(links.count()):
        expect(links.nth(i)).to_be_visible()


def test_search_by_keyboard_from_the_header_to_facets_and_results(page):
    page.goto("/pl/")
    page.locator("header a.site-name").focus()
    tab(page)
    expect(page.locator("#header-search-q")).to_be_focused()
    page.keyboard.type("zatrudnienie")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/pl/szukaj/\?q=zatrudnienie"))
    expect(page.locator("#search-page-q")).to_have_value("zatrudnienie")
    expect(page.locator("h1")).to_be_visible()
    results = page.locator(".search-result .card__title a")
    expect(results.first).to_be_visible()

    first_facet = page.locator(".search-filters a").first
    first_result = results.first
    page.locator("#search-page-q").focus()
    reached_facet = reached_result = None
    previous = focused(page)
    for step in range(80):
        info = tab(page)
        assert focus_indicator_problem(info) is None, focus_indicator_problem(info)
        if reached_facet is None and first_facet.evaluate("e => e === document.activeElement"):
            reached_facet = step
        if first_result.evaluate("e => e === document.activeElement"):
            reached_result = step
            break
        # From the facets on, the order runs down the facets column, then on to the results.
        if reached_facet is not None and reached_facet != step:
            assert_reading_order(previous, info)
        previous = info
    assert reached_facet is not None, "Tab never reached the facets"
    assert reached_result is not None, "Tab never reached the first result"
    assert reached_facet < reached_result, "the facets come before the results on the page"


def test_on_a_phone_one_link_leads_past_the_facets_to_the_results(page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/pl/szukaj/?q=zatrudnienie")
    skip = page.get_by_role("link", name="Przejdź do wyników")
    expect(skip).to_be_visible()
    facet_links = page.locator(".search-filters a")
    assert facet_links.count() >= 5
    assert skip.bounding_box()["y"] < facet_links.first.bounding_box()["y"]

    page.locator("#search-page-q").focus()
    for _ in range(5):
        if is_focused(page, ".skip-to-results a"):
            break
        tab(page)
    assert is_focused(page, ".skip-to-results a"), "Tab from the search box never reached it"
    page.keyboard.press("Enter")
    expect(page.locator("#search-results")).to_be_focused()
    tab(page)
    assert is_focused(page, "#search-results a"), focused(page)


def test_on_a_wide_screen_the_link_past_the_facets_shows_when_focused(page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/pl/szukaj/?q=zatrudnienie")
    shown = page.locator(".skip-to-results")
    assert shown.bounding_box()["width"] <= 1
    shown.get_by_role("link").focus()
    assert shown.bounding_box()["width"] > 50


def open_meeting_with_sign_up(page):
    from portal.events.models import EventPage

    meetings = EventPage.objects.live().filter(locale__language_code="pl").order_by("start")
    meeting = next((m for m in meetings if m.registration_is_open() and not m.is_online), None)
    assert meeting is not None, "the demo content has no meeting on site with open sign-ups"
    response = page.goto(meeting.url)
    assert response is not None and response.status == 200, meeting.url
    return page.locator("form.registration-form")


def test_sign_up_form_tab_order_runs_down_the_form_and_out_to_the_footer(page):
    form = open_meeting_with_sign_up(page)
    # Fields inside a closed <details> (a companion's needs) wait for its summary to open.
    fields = form.locator(
        "input:not([type=hidden]):not([tabindex='-1']):visible, select:visible, textarea:visible"
    )
    assert fields.count() >= 8
    closed_details = form.locator("details:not([open])").count()

    # A click on the section's heading moves the starting point of Tab there.
    page.locator("#signup-heading").click()
    stops = []
    for _ in range(60):
        info = tab(page)
        inside = page.evaluate("() => !!document.activeElement.closest('form.registration-form')")
        if not inside:
            if stops:
                break
            continue
        assert focus_indicator_problem(info) is None, focus_indicator_problem(info)
        stops.append(info)
    assert stops, "Tab never entered the sign-up form"
    for previous, current in zip(stops, stops[1:], strict=False):
        assert_reading_order(previous, current)
    ids = [stop["id"] for stop in stops]
    assert ids[:3] == ["id_first_name", "id_last_name", "id_email"], ids
    assert "id_website" not in ids, "the honeypot field must not be reachable"
    assert stops[-1]["tag"] == "button" and stops[-1]["name"].startswith("Zapisz"), stops[-1]
    assert len([i for i in ids if i]) == fields.count(), ids
    assert [stop["tag"] for stop in stops].count("summary") == closed_details, stops

    # No trap: going on from the submit button reaches the footer.
    for _ in range(20):
        if focused(page)["inFooter"]:
            break
        tab(page)
    else:
        pytest.fail("Tab never reached the footer after the sign-up form")


def test_forced_colours_keep_focus_and_pressed_state_visible(page):
    page.emulate_media(forced_colors="active")
    page.goto("/pl/")
    assert page.evaluate("() => matchMedia('(forced-colors: active)').matches")

    info = tab(page)
    expect(page.locator("a.skip-link")).to_be_focused()
    # Forced colours drop box-shadows: the outline alone must carry the focus.
    assert info["outlineStyle"] == "solid" and info["outlineWidth"] >= 2, info
    assert focus_indicator_problem(info) is None, focus_indicator_problem(info)

    pressed = page.locator("form.reading-aids button[name=text_size][aria-pressed=true]")
    unpressed = page.locator("form.reading-aids button[name=text_size][aria-pressed=false]").first
    expect(pressed).to_have_count(1)
    marks = (
        "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.borderTopWidth,"
        " s.textDecorationLine, s.backgroundColor, s.color]; }"
    )
    assert pressed.evaluate(marks) != unpressed.evaluate(marks), (
        "in forced colours the pressed text size must look different from the others"
    )
    # A difference that does not depend on colour alone.
    assert pressed.evaluate(marks)[:3] != unpressed.evaluate(marks)[:3]

    for _ in range(len(HEADER_ORDER)):
        info = tab(page)
        if is_focused(page, "form.reading-aids button"):
            assert info["outlineStyle"] == "solid" and info["outlineWidth"] >= 2, info
            assert focus_indicator_problem(info) is None, focus_indicator_problem(info)
            break
    else:
        pytest.fail("Tab never reached the reading aids")
    assert_no_axe_violations(page)


def test_focus_is_visible_in_the_high_contrast_theme(page):
    page.goto("/pl/")
    page.locator("form.reading-aids button[name=high_contrast]").click()
    expect(page.locator("html")).to_have_class(re.compile(r"(^|\s)high-contrast(\s|$)"))
    problems = []
    for _ in range(len(HEADER_ORDER) + 4):
        info = tab(page)
        problem = focus_indicator_problem(info)
        if problem:
            problems.append(problem)
    assert not problems, problems
