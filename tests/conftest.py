"""Shared fixtures: the demo site (loaded only for the tests that ask for it), and what to
do when a service a test needs is missing.

Locally such a test is skipped with a message naming what to start; under CI (`CI=true`)
it fails, because CI must provide every service.
"""

import io
import os

import pytest
from django.core.management import call_command


def running_in_ci():
    return os.environ.get("CI", "").strip().lower() == "true"


def require_service(available: bool, message: str):
    """Skip (locally) or fail (under CI) when a service the test needs is not available."""
    if available:
        return
    if running_in_ci():
        pytest.fail(f"CI must provide this service: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture
def postgres_required():
    """Needs no database access: the vendor comes from the configured backend."""
    from django.db import connection

    require_service(
        connection.vendor == "postgresql",
        "this test needs PostgreSQL: start PostgreSQL and set DATABASE_URL "
        "(e.g. postgres://portal:secret@127.0.0.1:5432/portal_test)",
    )


@pytest.fixture(autouse=True)
def _postgres_marker(request):
    """Tests marked `postgres` get the `postgres_required` check without asking for it."""
    if request.node.get_closest_marker("postgres"):
        request.getfixturevalue("postgres_required")


DEMO_FIXTURE = "demo_content"


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The demo portal, loaded into the test database the first time a test asks for it
    (about 20 s). Only the demo's own tests and the browser tests that walk it ask; every
    other test builds the pages it needs with tests/factories.py."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Runs the tests that use the demo after the others (pytest-django has already put the
    database tests first and the transactional ones after them): until the demo is loaded,
    a test sees only what migrations create, so none can lean on the demo by accident."""

    def runs_in_a_transaction(item):
        marker = item.get_closest_marker("django_db")
        return bool(marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))

    def group(item):
        fixtures = getattr(item, "fixturenames", ())
        transactional = runs_in_a_transaction(item) or bool(
            {"transactional_db", "live_server"} & set(fixtures)
        )
        uses_db = item.get_closest_marker("django_db") is not None or "db" in fixtures
        return 1 if transactional else 0 if uses_db else 2

    items.sort(key=lambda item: (group(item), DEMO_FIXTURE in getattr(item, "fixturenames", ())))


@pytest.fixture
def demo_site(demo_content, db):
    """The demo portal (Polish pages with English translations); returns the default Site."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches the site's root paths; a test that moves the site root rolls back its
    database changes, so the cache must not outlive the test either."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache_off(settings):
    """For tests that count what rendering a page costs: the page cache would answer the
    second visit with no queries at all."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def uk_locale(settings, db):
    """Ukrainian as a third configured language, as PORTAL_LANGUAGES=pl,en,uk gives it (the
    settings are read at start-up, so the test sets what base.py derives from the list),
    with the locale migrate makes for it."""
    from wagtail.models import Locale

    from portal.core.languages import portal_languages

    languages = portal_languages("pl,en,uk")
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = languages
    settings.WAGTAILADMIN_PERMITTED_LANGUAGES = languages
    return Locale.objects.get_or_create(language_code="uk")[0]


@pytest.fixture
def en_locale(db):
    """The English locale (migrate makes one for each configured language, see
    portal.core.signal_handlers.create_configured_locales)."""
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def event_index(db):
    """A Polish "Spotkania" page under a home page that is the default Site's root, so that
    meetings placed under it have URLs."""
    from wagtail.models import Site

    from tests.factories import EventIndexPageFactory

    index = EventIndexPageFactory()
    site = Site.objects.get(is_default_site=True)
    site.root_page = index.get_parent()
    site.save()
    return index


@pytest.fixture
def english_event_index(event_index, en_locale):
    """The English translations of `event_index` and its home page, made as editors make
    them, for tests whose meetings have an English page too (a page can be translated only
    under a translated parent). Half a second a test, so only those tests ask."""
    event_index.get_parent().copy_for_translation(en_locale).save_revision().publish()
    english = event_index.copy_for_translation(en_locale)
    english.save_revision().publish()
    return english


def signup_details(number=0, **overrides):
    """What the sign-up form hands to `booking.register` for one person."""
    from django.utils import timezone

    details = {
        "email": f"osoba{number}@example.org",
        "first_name": "Anna",
        "last_name": f"Nowak{number}",
        "phone": "",
        "organisation": "WTZ „Promyk”",
        "organisation_type": "wtz",
        "role": "instruktorka",
        "privacy_consent_at": timezone.now(),
    }
    # `people=N`: the person and N - 1 named colleagues.
    people = overrides.pop("people", 1)
    details["companions"] = [
        {"first_name": "Kolega", "last_name": f"Nowak{number}-{n}"} for n in range(2, people + 1)
    ]
    details.update(overrides)
    return details
