"""Calendar files: one meeting's .ics and the feed of all meetings, in Europe/Warsaw time,
with stable UIDs and nothing personal in them."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from portal.events import booking
from tests import factories
from tests.conftest import signup_details

pytestmark = pytest.mark.django_db

WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


@pytest.mark.parametrize(
    ("local_start", "utc_start"),
    [
        (datetime.datetime(2027, 1, 14, 10, 0), datetime.datetime(2027, 1, 14, 9, 0)),
        (datetime.datetime(2027, 7, 1, 10, 0), datetime.datetime(2027, 7, 1, 8, 0)),
    ],
)
def test_one_meeting_in_warsaw_time_winter_and_summer(client, event_index, local_start, utc_start):
    start = local_start.replace(tzinfo=WARSAW)
    meeting = factories.EventPageFactory(
        parent=event_index, start=start, end=start + datetime.timedelta(hours=2)
    )

    response = client.get(f"{meeting.url}kalendarz/")

    assert response["Content-Disposition"] == f'attachment; filename="{meeting.slug}.ics"'
    assert f"DTSTART;TZID=Europe/Warsaw:{local_start:%Y%m%dT%H%M%S}" in response.text
    calendar = parse(response)
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Warsaw"
    [entry] = calendar.walk("VEVENT")
    assert entry.decoded("dtstart").astimezone(datetime.UTC).replace(tzinfo=None) == utc_start
    assert entry.decoded("dtend") - entry.decoded("dtstart") == datetime.timedelta(hours=2)
    assert str(entry["summary"]) == meeting.title
    assert "Piotrkowska 102" in str(entry["location"])


def test_uid_is_stable_and_shared_by_the_polish_and_english_page(
    client, event_index, english_event_index, en_locale
):
    meeting = factories.EventPageFactory(parent=event_index)
    english = meeting.copy_for_translation(en_locale)
    english.save_revision().publish()

    first = parse(client.get(f"{meeting.url}kalendarz/")).walk("VEVENT")[0]["UID"]
    again = parse(client.get(f"{meeting.url}kalendarz/")).walk("VEVENT")[0]["UID"]
    in_english = parse(client.get(f"{english.url}kalendarz/")).walk("VEVENT")[0]["UID"]

    assert first == again == in_english
    assert str(meeting.translation_key) in str(first)


def test_calendar_files_never_carry_personal_or_online_links(client, event_index):
    link = "https://spotkania.example.org/pokoj-9"
    meeting = factories.EventPageFactory(parent=event_index, online_url=link)
    registration = booking.register(meeting, language="pl", **signup_details(0))

    for url in (f"{meeting.url}kalendarz/", f"{event_index.url}kalendarz/"):
        text = client.get(url).text
        assert registration.token not in text
        assert "zgloszenie" not in text
        assert link not in text


def translate(page, locale, title):
    english = page.copy_for_translation(locale)
    english.title = title
    english.save_revision().publish()
    return english


def test_feed_lists_the_meetings_of_the_language_version(
    client, event_index, english_event_index, en_locale
):
    zone = factories.ZonePageFactory(parent=event_index.get_parent(), title="Strefa WTZ")
    translate(zone, en_locale, "Sheltered workshops")
    recent = timezone.now() - datetime.timedelta(days=30)
    for parent, title, english_title, fields in [
        (event_index, "Webinarium: trener pracy", "Webinar: a job coach", {}),
        (zone, "Łódź: spotkanie przy WTZ", "Łódź: a meeting at a workshop", {}),
        (
            event_index,
            "Seminarium w Warszawie",
            "Seminar in Warsaw",
            {"start": recent, "end": recent + datetime.timedelta(hours=2)},
        ),
    ]:
        meeting = factories.EventPageFactory(parent=parent, title=title, **fields)
        translate(meeting, en_locale, english_title)

    polish = parse(client.get(f"{event_index.url}kalendarz/"))
    titles = {str(entry["summary"]) for entry in polish.walk("VEVENT")}
    assert "Webinarium: trener pracy" in titles
    assert "Łódź: spotkanie przy WTZ" in titles  # a zone's meeting too
    assert "Seminarium w Warszawie" in titles  # recent past

    english = parse(client.get(f"{english_event_index.url}kalendarz/"))
    english_titles = {str(entry["summary"]) for entry in english.walk("VEVENT")}
    assert "Webinar: a job coach" in english_titles
    assert len(english_titles) == len(titles)
