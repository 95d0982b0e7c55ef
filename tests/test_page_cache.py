"""Whole pages for anonymous visitors from the cache (portal.core.page_cache): what is
stored, for whom, which cookie states make another copy, and how editors' changes, sign-ups
and purges renew them. The cache is the configured one: Redis under CI (CACHE_URL)."""

import os
import re
import subprocess
import sys
import uuid

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from portal.consent.state import COOKIE_NAME as CONSENT_COOKIE
from portal.core.cache_url import REDIS
from portal.core.page_cache import GENERATION_KEY, HEADER
from portal.core.preferences import COOKIE_NAME as READING_COOKIE
from portal.events import booking
from tests import factories
from tests.conftest import require_service, signup_details
from tests.tree import english_locale, portal_fixture

pytestmark = pytest.mark.django_db

portal = portal_fixture(english=True, content=True)

ANALYTICS = "<script>window.portalStats = 'on';</script>"


def visit(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200, (url, response.status_code)
    return response


def state(response):
    return response.get(HEADER)


def html(response):
    return response.content.decode()


def banner_open(response):
    tag = re.search(r'<section class="consent-banner"[^>]*>', html(response)).group(0)
    return " hidden" not in tag


def consent_cookie(letters, version=1):
    return f"{version}.{uuid.uuid4()}.{letters}"


def with_cookies(**cookies):
    client = Client()
    for name, value in cookies.items():
        client.cookies[name] = value
    return client


# What is stored, for whom ----------------------------------------------------------------


def test_the_second_anonymous_visit_is_the_same_page_from_the_cache_without_queries(client, portal):
    first = visit(client, portal.about.url)
    with CaptureQueriesContext(connection) as captured:
        second = visit(client, portal.about.url)

    assert (state(first), state(second)) == ("miss", "hit")
    assert second.content == first.content
    assert len(captured) == 0
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["Cache-Control"] == "no-cache"


def test_head_is_answered_from_the_stored_get(client, portal):
    got = visit(client, portal.about.url)
    with CaptureQueriesContext(connection) as captured:
        head = client.head(portal.about.url)

    assert (head.status_code, state(head)) == (200, "hit")
    assert head.content == b""
    assert head["Content-Length"] == got["Content-Length"] == str(len(got.content))
    assert len(captured) == 0


def test_a_head_request_alone_stores_nothing(client, portal):
    assert state(client.head(portal.about.url)) == "bypass"
    assert state(visit(client, portal.about.url)) == "miss"


def test_each_language_has_its_own_pages(client, portal):
    english_about = portal.about.get_translation(english_locale()).url
    visit(client, portal.about.url)
    visit(client, english_about)
    polish, english = visit(client, portal.about.url), visit(client, english_about)

    assert (state(polish), state(english)) == ("hit", "hit")
    assert '<html lang="pl"' in html(polish) and '<html lang="en"' in html(english)


def test_reading_aids_make_their_own_copy_and_a_garbage_value_none(portal):
    plain = visit(Client(), portal.about.url)
    large = with_cookies(**{READING_COOKIE: "2-hc"})
    first_large, second_large = visit(large, portal.about.url), visit(large, portal.about.url)
    garbage = visit(with_cookies(**{READING_COOKIE: "999-x<script>"}), portal.about.url)

    assert (state(first_large), state(second_large)) == ("miss", "hit")
    assert 'class="text-size-2 high-contrast"' in html(second_large)
    assert state(garbage) == "hit" and garbage.content == plain.content


def test_consent_states_make_their_own_copies_and_stale_or_garbage_cookies_none(portal):
    undecided = visit(Client(), portal.about.url)
    assert banner_open(undecided)

    accepted = visit(with_cookies(**{CONSENT_COOKIE: consent_cookie("pam")}), portal.about.url)
    other_visitor = with_cookies(**{CONSENT_COOKIE: consent_cookie("pam")})
    same_choice = visit(other_visitor, portal.about.url)
    rejected = visit(with_cookies(**{CONSENT_COOKIE: consent_cookie("-")}), portal.about.url)
    assert (state(accepted), state(same_choice), state(rejected)) == ("miss", "hit", "miss")
    assert not banner_open(same_choice)
    assert "youtube-nocookie.com/embed" in html(same_choice).split("<template", 1)[0]
    assert "data-consent-placeholder" in html(rejected)

    # An earlier policy version (the visitor is asked again) and values that are no consent
    # at all get the undecided visitor's copy.
    for value in (consent_cookie("pam", version=0), "1.not-an-id.pam", "junk"):
        response = visit(with_cookies(**{CONSENT_COOKIE: value}), portal.about.url)
        assert state(response) == "hit" and response.content == undecided.content, value


def test_the_analytics_nonce_in_a_stored_page_matches_its_header(client, portal):
    portal.consent.analytics_snippet = ANALYTICS
    portal.consent.save()
    visit(client, portal.about.url)
    response = visit(client, portal.about.url)

    nonce = re.search(r'<script nonce="([^"]+)"', html(response)).group(1)
    assert state(response) == "hit"
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_a_logged_in_editor_is_never_served_nor_stores_a_cached_page(client, portal):
    anonymous = visit(client, portal.about.url)
    editor = Client()
    editor.force_login(factories.UserFactory(is_superuser=True, is_staff=True))

    first, second = visit(editor, portal.about.url), visit(editor, portal.about.url)
    assert (state(first), state(second)) == ("bypass", "bypass")
    assert "Cache-Control" in first and "private" in first["Cache-Control"]
    again = visit(client, portal.about.url)
    assert state(again) == "hit" and again.content == anonymous.content


def test_a_visitor_with_messages_waiting_is_not_served_from_the_cache(client, portal):
    visit(client, portal.about.url)
    client.cookies["messages"] = "anything"
    assert state(visit(client, portal.about.url)) == "bypass"


def test_missing_pages_posts_and_the_admin_are_not_stored(client, portal):
    for _ in range(2):
        assert state(client.get("/pl/nie-ma-takiej-strony/")) == "bypass"
        assert state(client.post(portal.about.url)) == "bypass"
        assert state(client.get("/admin/login/")) == "bypass"


def test_tracking_parameters_get_the_stored_page_but_store_nothing(client, portal):
    assert state(visit(client, portal.about.url + "?fbclid=abc")) == "bypass"
    stored = visit(client, portal.about.url)
    assert state(stored) == "miss"
    tracked = visit(client, portal.about.url + "?utm_source=newsletter&fbclid=xyz")
    assert state(tracked) == "hit" and tracked.content == stored.content
    other_parameter = visit(client, portal.about.url + "?strona=2")
    assert state(other_parameter) == "miss"


def test_turned_off_with_zero_seconds(client, portal, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        response = visit(client, portal.about.url)
        assert HEADER not in response


def test_search_results_are_not_stored_but_the_empty_search_page_is(client, portal):
    for _ in range(2):
        results = visit(client, "/pl/szukaj/", data={"q": "raport"})
        assert state(results) == "bypass" and "private" in results["Cache-Control"]
    visit(client, "/pl/szukaj/")
    assert state(visit(client, "/pl/szukaj/")) == "hit"


def test_a_lost_generation_is_made_anew_not_read_as_empty(client, portal):
    from django.core.cache import cache

    visit(client, portal.about.url)
    cache.delete(GENERATION_KEY)
    assert state(visit(client, portal.about.url)) == "miss"
    assert state(visit(client, portal.about.url)) == "hit"


# Forms -----------------------------------------------------------------------------------


def csrf_token_in(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html(response)).group(1)


def test_the_contact_form_is_never_stored_and_posts_with_its_csrf_token(portal, mailoutbox):
    browser = Client(enforce_csrf_checks=True)
    first = visit(browser, portal.contact.url)
    second = visit(browser, portal.contact.url)
    assert (state(first), state(second)) == ("bypass", "bypass")
    assert "private" in second["Cache-Control"]

    data = {"csrfmiddlewaretoken": csrf_token_in(second)}
    for field in portal.contact.get_form_fields():
        data[field.clean_name] = {
            "email": "anna@example.org",
            "dropdown": (field.choices.splitlines() or [""])[0].strip(),
        }.get(field.field_type, "Dzień dobry")
    response = browser.post(portal.contact.url, data)
    assert response.status_code == 200 and len(mailoutbox) == 1
    assert Client(enforce_csrf_checks=True).post(portal.contact.url, data).status_code == 403


def meeting_form(token, number=0):
    details = signup_details(number)
    return {
        "csrfmiddlewaretoken": token,
        "first_name": details["first_name"],
        "last_name": details["last_name"],
        "email": details["email"],
        "phone": "",
        "organisation": details["organisation"],
        "organisation_type": details["organisation_type"],
        "role": details["role"],
        "people": "1",
        "privacy_consent": "on",
        "website": "",
    }


def test_a_meeting_open_for_sign_ups_is_never_stored_and_its_form_posts(portal):
    meeting = factories.EventPageFactory(parent=portal.events, capacity=5)
    browser = Client(enforce_csrf_checks=True)
    visit(browser, meeting.url)
    page = visit(browser, meeting.url)
    assert state(page) == "bypass"
    assert "Wolne miejsca: 5 z 5" in html(page)

    response = browser.post(meeting.url, meeting_form(csrf_token_in(page)))
    assert response.status_code == 302
    assert "Wolne miejsca: 4 z 5" in html(visit(browser, meeting.url))


def test_a_sign_up_renews_the_seats_left_on_the_pages_listing_the_meeting(
    client, portal, django_capture_on_commit_callbacks
):
    meeting = factories.EventPageFactory(parent=portal.events, capacity=5)
    for url in (portal.events.url, portal.home.url):
        visit(client, url)
        listing = visit(client, url)
        assert state(listing) == "hit" and "Wolne miejsca: 5 z 5" in html(listing)

    with django_capture_on_commit_callbacks(execute=True):
        booking.register(meeting, language="pl", **signup_details(1, people=2))

    for url in (portal.events.url, portal.home.url):
        listing = visit(client, url)
        assert state(listing) == "miss" and "Wolne miejsca: 3 z 5" in html(listing)


def test_the_cookie_banner_posts_from_a_stored_page(portal):
    browser = Client(enforce_csrf_checks=True)
    visit(browser, portal.about.url)
    page = visit(browser, portal.about.url)
    assert state(page) == "hit" and "csrfmiddlewaretoken" not in html(page)

    action = re.search(r'<form method="post" action="([^"]+)"', html(page)).group(1)
    response = browser.post(
        action,
        {"action": "accept_all", "next": portal.about.url},
        headers={"Origin": "http://testserver"},
    )
    assert response.status_code == 302 and CONSENT_COOKIE in response.cookies
    decided = visit(browser, portal.about.url)
    assert state(decided) == "miss" and not banner_open(decided)


# Invalidation ----------------------------------------------------------------------------


def cached(client, *urls):
    """Visits each address until it is served from the cache; their HTML."""
    pages = {}
    for url in urls:
        visit(client, url)
        response = visit(client, url)
        assert state(response) == "hit", url
        pages[url] = html(response)
    return pages


def fresh(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    assert state(response) != "hit", url
    return html(response)


@pytest.fixture
def news(portal):
    return factories.NewsPageFactory(parent=portal.news_index, title="Targi ekonomii społecznej")


def test_publishing_renews_the_page_its_index_and_the_home_page(client, portal, news):
    cached(client, news.url, portal.news_index.url, portal.home.url)
    news.title = "Targi przeniesione na maj"
    news.save_revision().publish()

    for url in (news.url, portal.news_index.url, portal.home.url):
        assert "Targi przeniesione na maj" in fresh(client, url)


def test_unpublishing_removes_the_page_from_itself_its_index_and_the_home_page(
    client, portal, news
):
    cached(client, news.url, portal.news_index.url, portal.home.url)
    news.unpublish()

    fresh(client, news.url, status=404)
    for url in (portal.news_index.url, portal.home.url):
        assert news.title not in fresh(client, url)


def test_moving_renews_the_old_and_new_addresses_and_listings(client, portal, news):
    old_url = news.url
    cached(client, old_url, portal.news_index.url, portal.zone.url)
    news.move(Page.objects.get(pk=portal.zone.pk), pos="last-child")
    news.refresh_from_db()

    fresh(client, old_url, status=301)  # Wagtail's redirect to the new address
    assert news.title in fresh(client, news.url)
    for listing in (portal.news_index.url, portal.zone.url):  # the index lists zones' news too
        assert f'href="{news.url}"' in fresh(client, listing)


def test_deleting_removes_the_page_from_itself_and_its_listings(client, portal, news):
    url = news.url
    cached(client, url, portal.news_index.url, portal.home.url)
    news.delete()

    fresh(client, url, status=404)
    for listing in (portal.news_index.url, portal.home.url):
        assert news.title not in fresh(client, listing)


def test_a_change_of_the_site_texts_renews_every_page(client, portal):
    cached(client, portal.about.url, portal.home.url)
    portal.site_content.organisation = "Fundacja Nowa Nazwa"
    portal.site_content.save()

    for url in (portal.about.url, portal.home.url):
        assert "Fundacja Nowa Nazwa" in fresh(client, url)


def test_a_purge_through_wagtails_frontend_cache_renews_pages_when_committed(
    client, portal, django_capture_on_commit_callbacks
):
    cached(client, portal.about.url, portal.home.url)
    with django_capture_on_commit_callbacks(execute=True):
        PurgeBatch([portal.about.full_url]).purge()
        # Until the change is committed, pages rendered from the old data stay.
        assert state(visit(client, portal.home.url)) == "hit"

    for url in (portal.about.url, portal.home.url):
        assert state(visit(client, url)) == "miss"


def test_a_changed_document_or_tag_renews_the_pages_showing_it(
    client, portal, django_capture_on_commit_callbacks
):
    report = portal.content["report"]
    document = report.documents.first().document
    tag = portal.content["tag"]
    cached(client, report.url)

    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Raport końcowy – wersja poprawiona"
        document.save()
    assert "Raport końcowy – wersja poprawiona" in fresh(client, report.url)

    cached(client, report.url)
    with django_capture_on_commit_callbacks(execute=True):
        tag.name = "zatrudnienie wspomagane"
        tag.save()
    assert "zatrudnienie wspomagane" in fresh(client, report.url)


class RecordingBackend(BaseBackend):
    """Stands in for a CDN: notes the addresses it is asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture
def cdn(settings):
    RecordingBackend.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        **django_settings.WAGTAILFRONTENDCACHE,
        "cdn": {"BACKEND": f"{__name__}.RecordingBackend"},
    }
    return RecordingBackend


def test_a_cdn_is_told_the_page_and_the_pages_listing_it(
    portal, news, cdn, django_capture_on_commit_callbacks
):
    listings = {portal.news_index.full_url, portal.home.full_url}
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    assert set(cdn.purged) == {news.full_url, *listings}

    cdn.purged.clear()
    old_url = news.full_url
    with django_capture_on_commit_callbacks(execute=True):
        news.move(Page.objects.get(pk=portal.zone.pk), pos="last-child")
    news.refresh_from_db()
    # (and the old address without its slash, where Wagtail's new redirect starts)
    assert {old_url, news.full_url, portal.zone.full_url, *listings} <= set(cdn.purged)

    cdn.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        news.delete()
    assert set(cdn.purged) == {news.full_url, portal.zone.full_url, portal.home.full_url}


def test_a_cdn_is_told_a_meetings_pages_in_every_language_after_a_sign_up(
    portal, cdn, django_capture_on_commit_callbacks
):
    meeting = portal.content["event"]
    english = meeting.get_translation(english_locale())
    with django_capture_on_commit_callbacks(execute=True):
        booking.register(meeting, language="pl", **signup_details(2))

    for page in (meeting, english):
        home = page.get_ancestors().filter(depth=2).first()
        assert {page.full_url, page.get_parent().full_url, home.full_url} <= set(cdn.purged)


# With Redis, shared by every server -----------------------------------------------------


def test_a_purge_in_another_server_process_renews_the_pages_here(client, portal):
    require_service(
        django_settings.CACHES["default"]["BACKEND"] == REDIS,
        "this test needs Redis: start redis-server and set CACHE_URL=redis://127.0.0.1:6379/0",
    )
    cached(client, portal.about.url)
    other_server = (
        "import django; django.setup(); "
        "from portal.core.page_cache import new_generation; new_generation()"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    subprocess.run([sys.executable, "-c", other_server], env=environment, check=True)

    assert state(visit(client, portal.about.url)) == "miss"
    assert state(visit(client, portal.about.url)) == "hit"
