"""Browser tests: Playwright (sync API) driving Debian's Chromium against pytest-django's
live server, with axe-core (shipped inside the `axe-playwright-python` package, no CDN).

Never run `playwright install`: the browser is the system's `chromium` package.
"""

import contextlib
import os
import re
import shutil
import threading
from pathlib import Path

import pytest

from tests.conftest import require_service

# Playwright's sync API runs an event loop in the main thread, so Django's async-safety check
# would refuse the ORM calls made by the fixtures and tests. This is the standard workaround.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS_DIR = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def chromium_path():
    return os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def artifact_path(name, suffix=".png"):
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS_DIR / (re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:150] + suffix)


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole run. `launch` gives every run a fresh, temporary profile
    (user-data dir) that Playwright deletes on close."""
    path = chromium_path()
    require_service(
        bool(shutil.which(path)),
        f"browser tests need Chromium at {path}: install Debian's chromium "
        "(apt-get install chromium) or set CHROMIUM_PATH",
    )
    from django.db import connections
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
        # Inside sync_playwright() the main thread runs in another contextvars context, so
        # Django hands out other connection objects there; close them, or PostgreSQL refuses
        # to drop the test database at the end ("being accessed by other users").
        connections.close_all()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def portal(browser, demo_content, django_db_blocker):
    """Base URL of a live server (pytest-django's own helper) serving the demo portal that
    `demo_content` loaded for the session. Tests using it only read; a test that changes
    data should use `live_server` with `transactional_db` instead."""
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer(os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS", "localhost"))
        try:
            yield server.url
        finally:
            server.stop()


@pytest.fixture(autouse=True)
def _rate_limits_do_not_outlive_the_test(request):
    """Forms posted through the live server count towards per-address limits (sign-ups,
    contact, cookie decisions), and every visitor here is 127.0.0.1. Where the server has a
    database connection of its own (PostgreSQL) its counters are committed, so they are
    removed after each test, from a connection of our own; on in-memory SQLite the server
    writes into the test's transaction, which is rolled back anyway."""
    yield
    if "portal" not in request.fixturenames:
        return
    from django.db import connections

    if connections["default"].vendor == "sqlite" and connections["default"].is_in_memory_db():
        return

    def clear():
        from portal.core.models import RateLimitCounter

        try:
            RateLimitCounter.objects.all().delete()
        finally:
            connections.close_all()

    thread = threading.Thread(target=clear)
    thread.start()
    thread.join()


DECIDED_CONSENT = "1.00000000-0000-4000-8000-000000000000.-"


def _new_page(request, browser, base_url, decided=True, **context_options):
    """A fresh context; `decided` gives it the cookie of a visitor who already answered the
    cookie banner (rejected everything), so only the consent tests meet the banner."""
    context = browser.new_context(base_url=base_url, **context_options)
    if decided:
        context.add_cookies([{"name": "portal_consent", "value": DECIDED_CONSENT, "url": base_url}])
    context.set_default_timeout(15_000)
    page = context.new_page()
    return context, page


def _close(request, context, page):
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        # A failing screenshot must never hide the real failure.
        with contextlib.suppress(Exception):
            page.screenshot(path=artifact_path(request.node.nodeid), full_page=True)
    context.close()


@pytest.fixture
def page(request, browser, portal):
    """A fresh browser context (no cookies) on the live portal; a screenshot of the page is
    saved under test-artifacts/ when the test fails."""
    context, page = _new_page(request, browser, portal)
    yield page
    _close(request, context, page)


@pytest.fixture
def page_without_js(request, browser, portal):
    context, page = _new_page(request, browser, portal, java_script_enabled=False)
    yield page
    _close(request, context, page)


@pytest.fixture
def first_visit(request, browser, portal):
    """A visitor who has not answered the cookie banner yet."""
    context, page = _new_page(request, browser, portal, decided=False)
    yield page
    _close(request, context, page)


@pytest.fixture
def first_visit_without_js(request, browser, portal):
    context, page = _new_page(request, browser, portal, decided=False, java_script_enabled=False)
    yield page
    _close(request, context, page)


AXE_IMPACTS = ("minor", "moderate", "serious", "critical")


def assert_no_axe_violations(page, impacts=AXE_IMPACTS, max_targets=3):
    """Runs axe-core with the WCAG 2.0/2.1 A and AA rules; fails on any violation (of any
    impact unless told otherwise), listing rule, impact and the first targets of each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_TAGS},
            "resultTypes": ["violations"],
        },
    )
    violations = [v for v in results.response["violations"] if v.get("impact") in impacts]
    if not violations:
        return
    lines = []
    for violation in violations:
        targets = [", ".join(map(str, node["target"])) for node in violation["nodes"]]
        shown = "; ".join(targets[:max_targets])
        more = f" (+{len(targets) - max_targets} more)" if len(targets) > max_targets else ""
        lines.append(
            f"- {violation['id']} [{violation['impact']}] {violation['help']}: {shown}{more}"
        )
    screenshot = artifact_path(f"axe-{page.url}")
    try:
        page.screenshot(path=screenshot, full_page=True)
    except Exception:  # noqa: BLE001
        screenshot = "(screenshot failed)"
    pytest.fail(
        f"axe-core found {len(violations)} {'/'.join(impacts)} violation(s) on {page.url}:\n"
        + "\n".join(lines)
        + f"\nScreenshot: {screenshot}",
        pytrace=False,
    )
