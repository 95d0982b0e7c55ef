"""The meeting's facts (times, online link, seats, registration window, waitlist, group limit)
come from the meeting itself, the default-language page: an English translation that was not
synced again never shows, mails or files another date, nor opens a closed sign-up."""

import datetime
import importlib

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import formats, timezone, translation
from icalendar import Calendar
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import OverridableSegmentValue

from portal.events import booking
from portal.events.models import EventPage
from tests import factories
from tests.conftest import signup_details

pytestmark = pytest.mark.django_db

# What issue 11 calls the meeting's facts.
MEETING_FACTS = (
    "start",
    "end",
    "online_url",
    "capacity",
    "max_people_per_registration",
    "registration_opens_at",
    "registration_closes_at",
    "waitlist_enabled",
)


def english_locale():
    return Locale.objects.get(language_code="en")


def local(moment):
    return timezone.localtime(moment)


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(
        parent=event_index,
        title="Spotkanie o spółdzielniach",
        capacity=5,
        online_url="https://spotkania.example.org/pokoj-1",
    )


@pytest.fixture
def english(meeting, english_event_index):
    """The English page made as editors make it: through wagtail-localize, then published."""
    source, _created = TranslationSource.get_or_create_from_instance(meeting)
    Translation.objects.create(source=source, target_locale=english_locale(), enabled=True)
    source.create_or_update_translation(english_locale(), publish=False, fallback=True)
    page = meeting.get_translation(english_locale())
    page.get_latest_revision().publish()
    return EventPage.objects.get(pk=page.pk)


def move_the_polish_meeting(meeting, **changes):
    """An editor changes the Polish page and publishes it; nobody syncs the translation."""
    page = EventPage.objects.get(pk=meeting.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return EventPage.objects.get(pk=meeting.pk)


def later_start(meeting, days=7):
    start = (meeting.start + datetime.timedelta(days=days)).replace(hour=11)
    return start, start + datetime.timedelta(hours=2)


def test_the_english_page_mail_and_calendar_file_show_the_polish_pages_new_date(
    client, meeting, english, mailoutbox, django_capture_on_commit_callbacks
):
    old_start = meeting.start
    start, end = later_start(meeting)
    move_the_polish_meeting(meeting, start=start, end=end, capacity=8)

    html = client.get(english.url).content.decode()
    assert f'datetime="{local(start).isoformat()}"' in html
    assert f'datetime="{local(old_start).isoformat()}"' not in html
    assert "Seats available: 8 of 8" in html

    with django_capture_on_commit_callbacks(execute=True):
        booking.register(english, language="en", **signup_details(0))
    [mail] = mailoutbox
    with translation.override("en"):
        day = formats.date_format(local(start), "l, j E Y, H:i")
        old_day = formats.date_format(local(old_start), "l, j E Y, H:i")
    assert day in mail.body and old_day not in mail.body
    attached = Calendar.from_ical(mail.attachments[0][1]).walk("VEVENT")[0]
    assert attached.decoded("dtstart") == local(start)

    ics = client.get(f"{english.url}kalendarz/").text
    assert f"DTSTART;TZID=Europe/Warsaw:{local(start):%Y%m%dT%H%M%S}" in ics
    assert f"DTEND;TZID=Europe/Warsaw:{local(end):%Y%m%dT%H%M%S}" in ics


def test_the_english_feed_and_list_follow_the_polish_date(client, meeting, english):
    start = timezone.now() - datetime.timedelta(days=2)
    move_the_polish_meeting(meeting, start=start, end=start + datetime.timedelta(hours=2))
    english_index = meeting.get_parent().get_translation(english_locale())

    feed = Calendar.from_ical(client.get(f"{english_index.url}kalendarz/").content)
    [entry] = [item for item in feed.walk("VEVENT") if str(item["summary"]) == english.title]
    assert entry.decoded("dtstart") == local(start).replace(microsecond=0)
    upcoming = client.get(english_index.url).content.decode()
    past = client.get(f"{english_index.url}?pokaz=minione").content.decode()
    assert english.url not in upcoming
    assert english.url in past


def test_an_english_page_of_a_meeting_closed_in_polish_offers_no_form(client, meeting, english):
    move_the_polish_meeting(
        meeting, registration_closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    html = client.get(english.url).content.decode()
    assert 'name="privacy_consent"' not in html
    assert "Registration for this meeting is closed." in html
    response = client.post(english.url, {"email": "x@example.org", "privacy_consent": "on"})
    assert response.status_code == 409
    assert not meeting.registrations.exists()


def test_the_english_group_limit_waitlist_and_link_are_the_polish_ones(
    client, meeting, english, mailoutbox, django_capture_on_commit_callbacks
):
    link = "https://spotkania.example.org/nowy-pokoj"
    move_the_polish_meeting(
        meeting, max_people_per_registration=1, waitlist_enabled=False, capacity=1, online_url=link
    )
    english = EventPage.objects.get(pk=english.pk)

    html = client.get(english.url).content.decode()
    assert "osoba2-first_name" not in html  # no row for a colleague
    with django_capture_on_commit_callbacks(execute=True):
        booking.register(english, language="en", **signup_details(0))
    assert link in mailoutbox[0].body
    with pytest.raises(booking.SignupRefused) as refusal:
        booking.register(english, language="en", **signup_details(1))
    assert refusal.value.reason == booking.SignupRefused.FULL


def test_publishing_the_stale_translation_again_keeps_the_polish_facts(meeting, english):
    """wagtail-localize builds the translation from its stored copy of the Polish page,
    which still holds the old date until someone syncs it."""
    start, end = later_start(meeting)
    moved = move_the_polish_meeting(
        meeting, start=start, end=end, capacity=9, registration_closes_at=start
    )
    source = TranslationSource.objects.get_for_instance(meeting)
    source.create_or_update_translation(english_locale(), publish=False, fallback=True)
    page = EventPage.objects.get(pk=english.pk)
    page.get_latest_revision().publish()

    page = EventPage.objects.get(pk=english.pk)
    for name in MEETING_FACTS:
        assert getattr(page, name) == getattr(moved, name), name
    assert page.get_latest_revision().as_object().start == start  # what the editor sees


def test_translators_cannot_override_the_facts(meeting):
    overridable = {
        segment.path
        for segment in extract_segments(meeting)
        if isinstance(segment, OverridableSegmentValue)
    }
    assert not overridable & set(MEETING_FACTS)


def edit_form(page, **changes):
    values = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "start": local(page.start).strftime("%Y-%m-%d %H:%M"),
        "end": local(page.end).strftime("%Y-%m-%d %H:%M"),
        "venue_name": page.venue_name,
        "venue_address": page.venue_address,
        "online_url": page.online_url,
        "venue_accessibility": "",
        "capacity": page.capacity,
        "max_people_per_registration": page.max_people_per_registration,
        "registration_opens_at": "",
        "registration_closes_at": "",
        "waitlist_enabled": "on",
        "organiser_name": page.organiser_name,
        "organiser_email": page.organiser_email,
        "organiser_phone": "",
        "organiser_notifications": page.organiser_notifications,
        "audience_zones": inline_formset([]),
        "body": streamfield([]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    values.update(changes)
    return nested_form_data(values)


def test_the_english_editor_shows_the_facts_but_cannot_change_them(
    client, meeting, english_event_index
):
    """A translation edited by hand (not through wagtail-localize) keeps the Polish facts."""
    page = meeting.copy_for_translation(english_locale())
    page.save_revision().publish()
    client.force_login(User.objects.create_superuser("redakcja", "r@example.org", "x"))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    form = client.get(url).context["form"]
    assert all(form.fields[name].disabled for name in MEETING_FACTS)
    response = client.post(
        url, edit_form(page, title="Meeting on cooperatives", capacity=999, end="2031-01-01 10:00")
    )
    assert response.status_code == 302

    page = EventPage.objects.get(pk=page.pk)
    assert page.title == "Meeting on cooperatives"
    assert (page.capacity, page.end) == (meeting.capacity, meeting.end)
    polish_form = client.get(reverse("wagtailadmin_pages:edit", args=[meeting.pk])).context["form"]
    assert not any(polish_form.fields[name].disabled for name in MEETING_FACTS)


def test_the_migration_gives_translations_that_drifted_the_polish_facts(meeting, english):
    from django.apps import apps

    migration = importlib.import_module(
        "portal.events.migrations.0004_copy_meeting_facts_to_translations"
    )
    EventPage.objects.filter(pk=english.pk).update(capacity=99, start=meeting.start.replace(hour=6))

    migration.copy_facts(apps, None)

    english = EventPage.objects.get(pk=english.pk)
    assert (english.capacity, english.start) == (meeting.capacity, meeting.start)
