"""The Content-Security-Policy in Chromium: nothing the portal or the admin needs is blocked.

Every `securitypolicyviolation` event and every console message about the policy is
collected, on a public page before and after consent (the video loads, the analytics code
runs) and in the admin (dashboard and page editor). The video player and the analytics host
are answered by Playwright, so nothing leaves the machine; the policy is checked by the
browser before any request is made.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.test_event_signup_browser import committed, live_server_shares_our_connection

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ABOUT = "/pl/o-projekcie/"
ANALYTICS = (
    '<script src="https://stats.example.org/tracker.js"></script>'
    "<script>window.portalStats = (window.portalStats || 0) + 1;</script>"
)
COLLECT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
    window.cspViolations.push(
        event.violatedDirective + " blocked " + (event.blockedURI || "inline") + " in "
        + event.sourceFile + ":" + event.lineNumber
    );
});
"""


def on_server(server_sees, function):
    """Runs `function` where the live server sees its result."""
    return function() if server_sees else committed(function)


@pytest.fixture
def with_analytics(db):
    from portal.consent.models import ConsentSettings

    server_sees = live_server_shares_our_connection()
    before = dict(ConsentSettings.objects.values_list("pk", "analytics_snippet"))
    on_server(server_sees, lambda: ConsentSettings.objects.update(analytics_snippet=ANALYTICS))
    yield

    def restore():
        for pk, snippet in before.items():
            ConsentSettings.objects.filter(pk=pk).update(analytics_snippet=snippet)

    if not server_sees:
        committed(restore)


@pytest.fixture
def superuser(db):
    from django.contrib.auth import get_user_model

    server_sees = live_server_shares_our_connection()
    model = get_user_model()
    user = on_server(
        server_sees,
        lambda: model.objects.create_superuser(
            "csp-admin", "csp-admin@example.org", "Haslo-Do-Testu-2026"
        ),
    )
    yield user
    if not server_sees:
        committed(lambda: model.objects.filter(pk=user.pk).delete())


def watch(page):
    """Starts collecting policy violations on every page the tab opens."""
    console = []
    page.add_init_script(COLLECT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            console.append(message.text)
            if "Content Security Policy" in message.text or "Permissions-Policy" in message.text
            else None
        ),
    )
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(
            content_type="text/html", body="<!doctype html><title>Film</title><p>Film</p>"
        ),
    )
    page.route(
        "https://stats.example.org/**",
        lambda route: route.fulfill(
            content_type="text/javascript", body="window.portalTracker = true;"
        ),
    )
    return console


def show_video(page):
    """The player loads lazily: bring it into view, then it shows the answered page."""
    page.locator("figure.video iframe").scroll_into_view_if_needed()
    expect(page.frame_locator("figure.video iframe").locator("p")).to_have_text("Film")


def assert_no_violations(page, console):
    violations = page.evaluate("window.cspViolations")
    assert violations == [], violations
    assert console == [], console


def test_public_page_before_and_after_consent_breaks_no_policy(first_visit, with_analytics):
    page = first_visit
    console = watch(page)
    page.goto(ABOUT)
    expect(page.locator("#consent-title")).to_be_focused()  # consent.js ran
    assert page.evaluate("window.portalStats") is None, "no analytics before consent"
    assert_no_violations(page, console)

    page.get_by_role("button", name="Akceptuję wszystkie").click()

    expect(page.locator("#consent-banner")).to_be_hidden()
    show_video(page)
    page.wait_for_function("window.portalTracker === true")
    assert page.evaluate("window.portalStats") == 1
    assert_no_violations(page, console)

    page.reload()  # now the server writes the analytics code and the video itself
    show_video(page)
    page.wait_for_function("window.portalTracker === true")
    assert page.evaluate("window.portalStats") == 1
    assert_no_violations(page, console)


def test_reading_aids_search_suggestions_and_menu_break_no_policy(page):
    console = watch(page)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/pl/badania-i-analizy/")
    page.locator("button.main-nav__toggle").click()
    expect(page.locator("#main-menu")).to_be_visible()
    page.locator("form.reading-aids button[name=text_size][value='1']").click()
    expect(page.locator("html")).to_have_class("text-size-1")
    box = page.get_by_role("combobox", name="Szukaj w raportach")
    box.press_sequentially("koszty zat", delay=30)
    expect(page.get_by_role("listbox").get_by_role("option").first).to_be_visible()
    assert_no_violations(page, console)


def test_admin_dashboard_and_page_editor_work_under_their_policy(page, superuser):
    from wagtail.models import Page

    console = watch(page)
    page.goto("/admin/login/")
    page.locator("#id_username").fill("csp-admin")
    page.locator("#id_password").fill("Haslo-Do-Testu-2026")
    page.get_by_role("button", name="Zaloguj się").click()
    expect(page.locator("main h1, main h2").first).to_be_visible()
    assert page.url.endswith("/admin/")
    assert_no_violations(page, console)

    about = Page.objects.get(url_path__endswith="/o-projekcie/", locale__language_code="pl")
    page.goto(f"/admin/pages/{about.pk}/edit/")
    title = page.locator("#id_title")
    expect(title).to_have_value(about.title)
    editor = page.locator(".Draftail-Editor").first
    expect(editor).to_be_visible()
    editor.locator("[contenteditable=true]").first.click()
    page.keyboard.type(" Sprawdzam edytor.")
    expect(editor).to_contain_text("Sprawdzam edytor.")
    assert_no_violations(page, console)
