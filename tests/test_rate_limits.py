"""Abuse limits that hold: per-address counters that are atomic, last their whole window,
group IPv6 by /64 and cannot be evicted; the contact form's honeypot and limit; consent
decisions; admin log-in throttling.

The module's name sorts after test_event_concurrency: the transactional test here empties
the database (as every transactional test does), so it builds its own site from nothing.
"""

import datetime
import threading

import pytest
from django.core import mail
from django.db import connection
from django.db.models import F
from django.test import Client, RequestFactory
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page, Site

from home.models import ContactFormField
from portal.consent.models import ConsentRecord
from portal.core.models import RateLimitCounter
from portal.core.ratelimit import limit_reached
from portal.events.models import Registration
from tests import factories

pytestmark = pytest.mark.django_db


def travel(seconds):
    """Moves every stored counter `seconds` into the past: what the clock would do."""
    RateLimitCounter.objects.update(
        window_ends_at=F("window_ends_at") - datetime.timedelta(seconds=seconds)
    )


def request_from(address, **meta):
    return RequestFactory().post("/", REMOTE_ADDR=address, **meta)


def signup_data(number):
    return {
        "first_name": "Jan",
        "last_name": f"Kowalski{number}",
        "email": f"jan{number}@example.org",
        "phone": "",
        "organisation": "Gmina Wiśniowa",
        "organisation_type": "jst",
        "role": "inspektor",
        "people": "1",
        "privacy_consent": "on",
        "website": "",
    }


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(parent=event_index, capacity=50)


# Counters -------------------------------------------------------------------------------------


def test_a_limit_lasts_its_whole_window_not_the_cache_timeout(client, meeting, settings):
    settings.EVENT_SIGNUPS_PER_ADDRESS = 2
    settings.EVENT_SIGNUP_WINDOW_SECONDS = 24 * 3600
    assert client.post(meeting.url, signup_data(0)).status_code == 302
    assert client.post(meeting.url, signup_data(1)).status_code == 302
    assert client.post(meeting.url, signup_data(2)).status_code == 429

    travel(301)  # past the 300 s after which a cache entry would have been dropped
    assert client.post(meeting.url, signup_data(3)).status_code == 429
    # A minute before the window ends: the requests so far took real time too, more than a
    # second on a busy machine.
    travel(24 * 3600 - 301 - 60)
    assert client.post(meeting.url, signup_data(4)).status_code == 429

    travel(60)  # the window is over: a new one starts
    assert client.post(meeting.url, signup_data(5)).status_code == 302
    assert Registration.objects.filter(event=meeting).count() == 3


def test_ipv6_addresses_in_one_64_network_share_a_counter():
    def reached(address):
        return limit_reached(request_from(address), "test", 2, 3600)

    assert not reached("2001:db8:1:2::1")
    assert not reached("2001:db8:1:2:ffff:ffff:ffff:fffe")
    assert reached("2001:db8:1:2::abcd")
    assert not reached("2001:db8:1:3::1"), "the next /64 is another visitor"
    assert reached("::ffff:192.0.2.1") is False
    assert reached("192.0.2.1") is False
    assert reached("192.0.2.1") is True, "an IPv4-mapped address is its IPv4 address"
    assert reached("192.0.2.2") is False, "IPv4 counts per address"


def test_behind_a_trusted_proxy_the_address_it_saw_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1

    def reached(forwarded):
        request = request_from("10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
        return limit_reached(request, "test", 1, 3600)

    assert not reached("198.51.100.1")
    assert reached("203.0.113.9, 198.51.100.1"), "the part the client wrote is not trusted"
    assert not reached("198.51.100.2")
    assert not reached("not-an-address"), "junk falls back to the proxy's own address"
    assert reached("also-junk")


def test_a_flood_from_a_thousand_other_addresses_does_not_evict_a_counter():
    attackers = [f"198.51.100.{number}" for number in range(10)]
    for attacker in attackers:
        assert not limit_reached(request_from(attacker), "test", 2, 3600)
        assert not limit_reached(request_from(attacker), "test", 2, 3600)
    for number in range(1000):
        address = f"10.{number // 250}.{number % 250}.1"
        assert not limit_reached(request_from(address), "test", 2, 3600)
    still_counted = [a for a in attackers if limit_reached(request_from(a), "test", 2, 3600)]
    assert still_counted == attackers


def test_counters_of_finished_windows_are_removed():
    limit_reached(request_from("192.0.2.1"), "test", 5, 3600)
    limit_reached(request_from("192.0.2.2"), "test", 5, 3600)
    travel(3600)
    limit_reached(request_from("192.0.2.3"), "test", 5, 3600)
    assert RateLimitCounter.objects.count() == 1


def test_counters_keep_no_address():
    limit_reached(request_from("192.0.2.44"), "test", 5, 3600)
    stored = RateLimitCounter.objects.values_list("scope", "address_hash").get()
    assert "192.0.2.44" not in " ".join(stored)


# The contact form -----------------------------------------------------------------------------


@pytest.fixture
def contact_page(db):
    """A contact form with three fields, under a home page that is the default Site's root."""
    home = factories.HomePageFactory(parent=Page.get_first_root_node(), slug="strona-glowna")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    page = factories.ContactPageFactory(parent=home, slug="napisz-do-nas")
    for order, (label, field_type) in enumerate(
        [("Imię i nazwisko", "singleline"), ("E-mail", "email"), ("Wiadomość", "multiline")]
    ):
        ContactFormField.objects.create(
            page=page, sort_order=order, label=label, field_type=field_type, required=True
        )
    return page


def contact_data(page, **overrides):
    values = {"singleline": "Anna Nowak", "email": "anna@example.org", "multiline": "Dzień dobry"}
    data = {field.clean_name: values[field.field_type] for field in page.get_form_fields()}
    data["website"] = ""
    data.update(overrides)
    return data


def test_the_contact_form_honeypot_stops_bots(client, contact_page):
    response = client.post(contact_page.url, contact_data(contact_page, website="http://x.example"))
    assert response.status_code == 200
    assert "To pole musi zostać puste." in response.content.decode()
    assert not FormSubmission.objects.filter(page=contact_page).exists()
    assert mail.outbox == []


def test_the_contact_form_honeypot_is_hidden_and_neither_stored_nor_mailed(client, contact_page):
    html = client.get(contact_page.url).content.decode()
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html

    assert client.post(contact_page.url, contact_data(contact_page)).status_code == 200
    submission = FormSubmission.objects.get(page=contact_page)
    assert "website" not in submission.form_data
    assert len(mail.outbox) == 1
    assert "Nie wypełniaj" not in mail.outbox[0].body


def test_too_many_contact_messages_from_one_address_are_refused(client, contact_page, settings):
    settings.CONTACT_MESSAGES_PER_ADDRESS = 2
    for _ in range(2):
        assert client.post(contact_page.url, contact_data(contact_page)).status_code == 200
    response = client.post(contact_page.url, contact_data(contact_page))
    assert response.status_code == 429
    html = response.content.decode()
    assert "zbyt wiele wiadomości" in html
    assert "Dzień dobry" in html, "the visitor's text is kept in the form"
    assert FormSubmission.objects.filter(page=contact_page).count() == 2

    other = client.post(contact_page.url, contact_data(contact_page), REMOTE_ADDR="192.0.2.10")
    assert other.status_code == 200
    assert FormSubmission.objects.filter(page=contact_page).count() == 3


# Consent decisions ----------------------------------------------------------------------------


def test_a_flood_of_consent_decisions_does_not_fill_the_log(client, settings):
    settings.CONSENT_DECISIONS_PER_ADDRESS = 5
    records_before = ConsentRecord.objects.count()
    for _ in range(5):
        response = client.post("/pl/zgoda-cookies/", {"action": "accept_all", "next": "/pl/"})
        assert response.status_code == 302
    for _ in range(20):
        response = client.post("/pl/zgoda-cookies/", {"action": "accept_all", "next": "/pl/"})
        assert response.status_code == 429
        assert "portal_consent" not in response.cookies
    assert "Zbyt wiele decyzji" in response.content.decode()
    assert ConsentRecord.objects.count() == records_before + 5

    refused = client.post(
        "/pl/zgoda-cookies/", {"action": "reject_all"}, HTTP_ACCEPT="application/json"
    )
    assert refused.status_code == 429
    assert "Zbyt wiele decyzji" in refused.json()["error"]
    assert ConsentRecord.objects.count() == records_before + 5

    elsewhere = client.post("/pl/zgoda-cookies/", {"action": "reject_all"}, REMOTE_ADDR="192.0.2.3")
    assert elsewhere.status_code == 302
    assert ConsentRecord.objects.count() == records_before + 6


# Admin log-in ---------------------------------------------------------------------------------


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "redaktorka", "redaktorka@example.org", "Poprawne-Haslo-2026", is_staff=True
    )


def log_in(client, password, **meta):
    return client.post("/admin/login/", {"username": "redaktorka", "password": password}, **meta)


def test_admin_login_is_locked_after_repeated_failures(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    assert log_in(client, "zgadywane").status_code == 200
    assert log_in(client, "zgadywane").status_code == 200
    assert log_in(client, "zgadywane").status_code == 429, "the third failure locks"
    locked = log_in(client, "Poprawne-Haslo-2026")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Zbyt wiele nieudanych prób logowania" in html
    assert '<html lang="pl"' in html
    assert client.get("/admin/").status_code == 302, "not logged in"

    other_address = log_in(Client(), "Poprawne-Haslo-2026", REMOTE_ADDR="192.0.2.50")
    assert other_address.status_code == 302, "the lockout is for this name from this address"


def test_a_successful_login_clears_earlier_failures(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "zgadywane")
    assert log_in(client, "Poprawne-Haslo-2026").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "zgadywane")
    assert log_in(client, "Poprawne-Haslo-2026").status_code == 302


def test_admin_lockout_behind_a_proxy_counts_the_address_the_proxy_saw(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "zgadywane", HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert (
        log_in(client, "Poprawne-Haslo-2026", HTTP_X_FORWARDED_FOR="198.51.100.20").status_code
        == 429
    )
    assert (
        log_in(client, "Poprawne-Haslo-2026", HTTP_X_FORWARDED_FOR="198.51.100.21").status_code
        == 302
    )


# Many sign-ups at once (PostgreSQL) -----------------------------------------------------------


def build_site_from_nothing():
    """Locale, root, home page, meetings index and a Site of its own, whether or not an
    earlier transactional test emptied the database."""
    locale, _ = Locale.objects.get_or_create(language_code="pl")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locale)
    home = factories.HomePageFactory(parent=root, slug="limity")
    Site.objects.create(hostname="limits.test", port=80, root_page=home, is_default_site=False)
    return factories.EventIndexPageFactory(parent=home, slug="spotkania")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_forty_parallel_sign_ups_with_a_limit_of_twenty_accept_exactly_twenty(settings):
    settings.EVENT_SIGNUPS_PER_ADDRESS = 20
    meeting = factories.EventPageFactory(parent=build_site_from_nothing(), capacity=100)
    url = meeting.get_url()
    start_together = threading.Barrier(40)
    statuses, errors = [], []

    def sign_up(number):
        try:
            browser = Client(HTTP_HOST="limits.test")
            start_together.wait()
            statuses.append(browser.post(url, signup_data(number)).status_code)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert statuses.count(302) == 20, f"{statuses.count(302)} of 40 accepted"
    assert sorted(statuses) == [302] * 20 + [429] * 20
    assert Registration.objects.filter(event=meeting).count() == 20
