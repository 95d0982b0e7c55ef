"""The cookie-consent layer on the server: nothing optional before consent, the no-JS forms,
the cookie with the policy version, re-asking after a policy change, the proof-of-consent
log with its export and purge."""

import csv
import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.consent.context_processors import SETTINGS_PARAMETER
from portal.consent.models import ConsentRecord, ConsentSettings
from portal.consent.state import COOKIE_NAME
from tests.tree import portal_fixture

pytestmark = pytest.mark.django_db

# The Polish portal: its "about" page has a video, and the cookie banner is set up.
portal = portal_fixture()

ANALYTICS = "<script>window.portalStats = 'on';</script>"
ABOUT = "/pl/o-projekcie/"


@pytest.fixture
def with_analytics(portal):
    ConsentSettings.objects.update(analytics_snippet=ANALYTICS)


def decide(client, action, page=ABOUT, **choices):
    data = {"action": action, "next": page, **choices}
    return client.post("/pl/zgoda-cookies/", data)


def banner_open(html):
    tag = re.search(r'<section class="consent-banner"[^>]*>', html).group(0)
    return " hidden" not in tag


def active_scripts(html):
    """Scripts that would run: not inside a <template>."""
    outside_templates = re.sub(r"<template.*?</template>", "", html, flags=re.S)
    return outside_templates


def test_before_consent_no_optional_cookie_script_or_embed(client, with_analytics):
    response = client.get(ABOUT)
    html = response.content.decode()

    assert response.cookies == {} or set(response.cookies) <= {"csrftoken", "sessionid"}
    assert (
        'id="consent-banner"' in html and "hidden" not in html.split('id="consent-banner"')[1][:80]
    )
    assert "portalStats" not in active_scripts(html)
    assert "youtube-nocookie.com" not in active_scripts(html)
    assert "data-consent-placeholder" in html


def test_reject_all_sets_only_the_consent_cookie_and_keeps_everything_off(client, with_analytics):
    response = decide(client, "reject_all")

    assert response.status_code == 302 and response.url == ABOUT
    version, consent_id, letters = response.cookies[COOKIE_NAME].value.split(".")
    assert (version, letters) == ("1", "-")
    html = client.get(ABOUT).content.decode()
    assert "portalStats" not in active_scripts(html)
    assert "youtube-nocookie.com" not in active_scripts(html)
    record = ConsentRecord.objects.get(consent_id=consent_id)
    assert (record.action, record.analytics, record.media) == ("reject_all", False, False)


def test_accept_all_switches_on_analytics_and_embeds(client, with_analytics):
    response = decide(client, "accept_all")

    assert response.cookies[COOKIE_NAME].value.endswith(".pam")
    html = client.get(ABOUT).content.decode()
    # Active, with this response's Content-Security-Policy nonce.
    assert re.search(
        r'<script nonce="[^"]+">window.portalStats = \'on\';</script>', active_scripts(html)
    )
    assert 'src="https://www.youtube-nocookie.com/embed/' in active_scripts(html)
    assert not banner_open(html)


def test_a_custom_choice_switches_on_only_what_was_chosen(client, with_analytics):
    response = decide(client, "custom", media="on")

    assert response.cookies[COOKIE_NAME].value.endswith(".m")
    html = client.get(ABOUT).content.decode()
    assert "portalStats" not in active_scripts(html)
    assert "youtube-nocookie.com/embed/" in active_scripts(html)


def test_allowing_media_from_a_placeholder_keeps_the_other_choices(client, portal):
    decide(client, "custom", analytics="on")
    consent_id = client.cookies[COOKIE_NAME].value.split(".")[1]

    client.post("/pl/zgoda-cookies/", {"action": "allow", "category": "media", "next": ABOUT})

    value = client.cookies[COOKIE_NAME].value
    assert value == f"1.{consent_id}.am"
    assert ConsentRecord.objects.filter(consent_id=consent_id).count() == 2


def test_a_new_policy_version_asks_again(client, portal):
    decide(client, "accept_all")
    assert not banner_open(client.get(ABOUT).content.decode())

    for settings in ConsentSettings.objects.all():  # as the editor's form saves it
        settings.policy_version = 2
        settings.save()

    html = client.get(ABOUT).content.decode()
    assert banner_open(html)
    assert "youtube-nocookie.com/embed/" not in active_scripts(html)


def test_the_footer_link_reopens_the_settings_without_javascript(client, portal):
    decide(client, "reject_all")
    html = client.get(ABOUT).content.decode()
    link = re.search(r'<a href="([^"]+)" data-consent-reopen', html).group(1)
    assert link.startswith(f"{ABOUT}?{SETTINGS_PARAMETER}=ustawienia")

    reopened = client.get(link.replace("&amp;", "&")).content.decode()

    assert banner_open(reopened)
    assert 'id="consent-settings" hidden' not in reopened
    assert 'name="media"' in reopened and "Zapisz wybór" in reopened


def test_consent_posted_from_another_site_is_refused(client, portal):
    records = ConsentRecord.objects.count()
    response = client.post(
        "/pl/zgoda-cookies/", {"action": "accept_all"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert COOKIE_NAME not in response.cookies
    assert ConsentRecord.objects.count() == records


def test_javascript_gets_the_choice_as_json(client, portal):
    response = client.post(
        "/pl/zgoda-cookies/",
        {"action": "custom", "analytics": "on"},
        HTTP_ACCEPT="application/json",
    )
    assert response.json() == {"allowed": ["analytics"]}
    assert response.cookies[COOKIE_NAME].value.endswith(".a")


def test_the_log_holds_no_personal_data_and_editors_can_export_it(admin_client, client, portal):
    decide(client, "accept_all")

    fields = {field.name for field in ConsentRecord._meta.get_fields()}
    assert not fields & {"ip", "ip_address", "user_agent", "user", "email"}
    response = admin_client.get("/admin/zgody-cookies/eksport.csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:2] == ["consent_id", "action"]
    assert rows[-1][1:5] == ["accept_all", "1", "1", "1"]


def test_old_consent_records_are_purged(settings):
    settings.CONSENT_RECORD_RETENTION_DAYS = 30
    old = ConsentRecord.objects.create(
        action="reject_all",
        preferences=False,
        analytics=False,
        media=False,
        policy_version=1,
        language="pl",
        created_at=timezone.now() - datetime.timedelta(days=31),
    )
    recent = ConsentRecord.objects.create(
        action="accept_all", preferences=True, analytics=True, media=True, policy_version=1,
        language="pl",
    )  # fmt: skip
    output = io.StringIO()

    call_command("purge_consent_records", stdout=output)

    assert not ConsentRecord.objects.filter(pk=old.pk).exists()
    assert ConsentRecord.objects.filter(pk=recent.pk).exists()
    assert "consent records deleted: 1" in output.getvalue()
