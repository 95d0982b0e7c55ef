"""Sign-ups for meetings: seats, the waitlist, refusals, and the visitor's own page behind the
personal link (check, cancel, erase)."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.events import booking
from portal.events.models import Availability, EventAudienceZone, Registration
from tests import factories
from tests.conftest import signup_details

pytestmark = pytest.mark.django_db

Status = Registration.Status


def register(page, number, language="pl", **overrides):
    return booking.register(page, language=language, **signup_details(number, **overrides))


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(parent=event_index, capacity=3)


def form_data(number=0, **overrides):
    data = {
        "first_name": "Jan",
        "last_name": f"Kowalski{number}",
        "email": f"jan{number}@example.org",
        "phone": "600 100 200",
        "organisation": "Gmina Wiśniowa",
        "organisation_type": "jst",
        "role": "inspektor",
        "people": "1",
        "privacy_consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


# Seats and the waitlist ----------------------------------------------------------------------


def test_people_are_confirmed_until_the_seats_run_out_then_waitlisted_in_order(meeting):
    confirmed = [register(meeting, n) for n in range(3)]
    waiting = [register(meeting, n) for n in range(3, 6)]

    assert [r.status for r in confirmed] == [Status.CONFIRMED] * 3
    assert [r.status for r in waiting] == [Status.WAITLISTED] * 3
    assert [r.waitlist_position() for r in waiting] == [1, 2, 3]
    meeting.refresh_from_db()
    assert meeting.seats_left == 0
    assert meeting.availability() == Availability.WAITLIST


def test_a_group_counts_as_many_seats_as_people(meeting):
    register(meeting, 0, people=2)
    group = register(meeting, 1, people=2)
    single = register(meeting, 2, people=1)

    assert group.status == Status.WAITLISTED
    assert single.status == Status.CONFIRMED
    assert meeting.registrations.filter(status=Status.CONFIRMED).count() == 2


def test_full_meeting_without_waitlist_refuses_with_the_reason(event_index):
    meeting = factories.EventPageFactory(parent=event_index, capacity=1, waitlist_enabled=False)
    register(meeting, 0)

    with pytest.raises(booking.SignupRefused) as refusal:
        register(meeting, 1)
    assert refusal.value.reason == booking.SignupRefused.FULL
    assert meeting.registrations.count() == 1


def test_closed_not_yet_open_and_past_meetings_refuse_sign_ups(event_index):
    now = timezone.now()
    closed = factories.EventPageFactory(
        parent=event_index, registration_closes_at=now - datetime.timedelta(hours=1)
    )
    not_yet = factories.EventPageFactory(
        parent=event_index, registration_opens_at=now + datetime.timedelta(days=1)
    )
    past = factories.EventPageFactory(
        parent=event_index,
        start=now - datetime.timedelta(days=2),
        end=now - datetime.timedelta(days=2) + datetime.timedelta(hours=2),
    )
    for page in (closed, not_yet, past):
        with pytest.raises(booking.SignupRefused) as refusal:
            register(page, 0)
        assert refusal.value.reason == booking.SignupRefused.CLOSED
    assert closed.availability() == Availability.CLOSED
    assert not_yet.availability() == Availability.NOT_YET_OPEN
    assert past.availability() == Availability.PAST
    assert not Registration.objects.filter(event__in=[closed, not_yet, past]).exists()


def test_one_active_registration_per_email_whatever_the_letter_case(meeting):
    register(meeting, 0, email="Anna.Nowak@Example.org")

    with pytest.raises(booking.SignupRefused) as refusal:
        register(meeting, 1, email="anna.nowak@example.org")
    assert refusal.value.reason == booking.SignupRefused.DUPLICATE


def test_the_database_itself_refuses_a_second_active_registration(meeting):
    factories.RegistrationFactory(event=meeting, email="dup@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.RegistrationFactory(
            event=meeting, email="dup@example.org", status=Status.WAITLISTED
        )
    # A cancelled registration does not block signing up again.
    Registration.objects.filter(event=meeting).update(status=Status.CANCELLED)
    assert register(meeting, 0, email="dup@example.org").status == Status.CONFIRMED


def test_a_group_larger_than_the_meeting_allows_is_refused(meeting):
    with pytest.raises(booking.SignupRefused) as refusal:
        register(meeting, 0, people=meeting.max_people_per_registration + 1)
    assert refusal.value.reason == booking.SignupRefused.TOO_MANY_PEOPLE


def test_english_and_polish_pages_share_one_list_of_seats(meeting, english_event_index, en_locale):
    english = meeting.copy_for_translation(en_locale)
    english.save_revision().publish()
    english = english.specific

    register(meeting, 0, people=2)
    from_english = register(english, 1, language="en", people=2)

    assert from_english.event_id == meeting.pk
    assert from_english.status == Status.WAITLISTED
    assert english.seats_left == meeting.seats_left == 1


# Cancelling and promotion ------------------------------------------------------------------


def test_cancelling_frees_the_seat_for_the_first_person_on_the_waitlist(meeting):
    first = register(meeting, 0)
    [register(meeting, n) for n in (1, 2)]
    waiting_first, waiting_second = register(meeting, 3), register(meeting, 4)

    promoted = booking.cancel(first)

    assert [r.pk for r in promoted] == [waiting_first.pk]
    waiting_first.refresh_from_db()
    waiting_second.refresh_from_db()
    assert waiting_first.status == Status.CONFIRMED
    assert waiting_second.waitlist_position() == 1


def test_a_promoted_person_who_cancels_frees_the_seat_again(meeting):
    first = register(meeting, 0)
    [register(meeting, n) for n in (1, 2)]
    promoted_later = register(meeting, 3)
    next_in_line = register(meeting, 4)

    booking.cancel(first)
    promoted_later.refresh_from_db()
    booking.cancel(promoted_later)

    next_in_line.refresh_from_db()
    assert next_in_line.status == Status.CONFIRMED
    assert meeting.registrations.filter(status=Status.CONFIRMED).count() == 3


def test_people_can_leave_the_waitlist_and_those_behind_move_up(meeting):
    [register(meeting, n) for n in range(3)]
    leaving, staying = register(meeting, 3), register(meeting, 4)

    assert booking.cancel(leaving) == []
    staying.refresh_from_db()
    assert staying.waitlist_position() == 1
    assert meeting.registrations.filter(status=Status.CONFIRMED).count() == 3


def test_a_group_too_big_for_the_freed_seat_keeps_its_place_while_a_smaller_one_moves_up(
    meeting,
):
    first = register(meeting, 0)
    register(meeting, 1, people=2)
    group = register(meeting, 2, people=2)
    single = register(meeting, 3)

    booking.cancel(first)

    group.refresh_from_db()
    single.refresh_from_db()
    assert single.status == Status.CONFIRMED
    assert group.status == Status.WAITLISTED and group.waitlist_position() == 1


def test_cancelling_forgets_accessibility_needs_at_once(meeting):
    registration = register(
        meeting,
        0,
        accessibility_needs=["pjm"],
        accessibility_details="Proszę o miejsce blisko tłumacza",
        accessibility_consent_at=timezone.now(),
    )
    booking.cancel(registration)
    registration.refresh_from_db()
    assert registration.accessibility_needs == []
    assert registration.accessibility_details == ""
    assert registration.accessibility_consent_at is None


# The form on the meeting's page ------------------------------------------------------------


def test_signing_up_through_the_form_leads_to_the_personal_page(client, meeting):
    response = client.post(meeting.url, form_data())

    registration = Registration.objects.get(event=meeting)
    assert response.status_code == 302
    assert response.url == f"{meeting.url}zgloszenie/{registration.token}/?nowe=1"
    assert registration.email == "jan0@example.org"
    assert registration.privacy_consent_at is not None
    page = client.get(response.url)
    assert page.status_code == 200
    assert "Gotowe: masz miejsce na spotkaniu." in page.content.decode()
    assert page["Cache-Control"] == "private, no-store"


def test_form_errors_are_shown_in_polish_and_english_and_nothing_is_saved(
    client, meeting, english_event_index, en_locale
):
    response = client.post(meeting.url, form_data(email="to nie e-mail", privacy_consent=""))
    html = response.content.decode()
    assert "Bez tej zgody nie możemy przyjąć zgłoszenia." in html
    assert "Wprowadź poprawny adres email." in html
    assert 'value="Gmina Wiśniowa"' in html  # what was typed is kept

    english = meeting.copy_for_translation(en_locale)
    english.save_revision().publish()
    response = client.post(english.url, form_data(email="to nie e-mail", privacy_consent=""))
    html = response.content.decode()
    assert "Without this consent we cannot accept your registration." in html
    assert "Enter a valid email address." in html
    assert not Registration.objects.filter(event=meeting).exists()


def test_needs_without_their_separate_consent_are_refused(client, meeting):
    response = client.post(meeting.url, form_data(accessibility_needs=["wheelchair"]))
    assert "zaznacz tę zgodę" in response.content.decode()
    assert not Registration.objects.filter(event=meeting).exists()

    client.post(
        meeting.url,
        form_data(accessibility_needs=["wheelchair", "pjm"], accessibility_consent="on"),
    )
    registration = Registration.objects.get(event=meeting)
    assert registration.accessibility_needs == ["wheelchair", "pjm"]
    assert registration.accessibility_consent_at is not None


def test_a_second_sign_up_with_the_same_email_gets_the_reason(client, meeting):
    client.post(meeting.url, form_data(0))
    response = client.post(meeting.url, form_data(1, email="JAN0@example.org"))
    assert response.status_code == 409
    assert "Ten adres e-mail jest już zapisany na to spotkanie." in response.content.decode()
    assert Registration.objects.filter(event=meeting).count() == 1


def test_the_honeypot_field_stops_bots(client, meeting):
    response = client.post(meeting.url, form_data(website="http://spam.example"))
    assert "To pole musi zostać puste." in response.content.decode()
    assert not Registration.objects.filter(event=meeting).exists()


def test_too_many_sign_ups_from_one_address_are_refused(client, meeting, settings):
    settings.EVENT_SIGNUPS_PER_ADDRESS = 2
    assert client.post(meeting.url, form_data(0)).status_code == 302
    assert client.post(meeting.url, form_data(1)).status_code == 302
    response = client.post(meeting.url, form_data(2))
    assert response.status_code == 429
    assert "zbyt wiele" in response.content.decode()
    assert Registration.objects.filter(event=meeting).count() == 2
    other_address = client.post(meeting.url, form_data(3), REMOTE_ADDR="192.0.2.10")
    assert other_address.status_code == 302


def test_the_form_offers_the_waitlist_when_full_and_nothing_when_closed(client, meeting):
    [register(meeting, n) for n in range(3)]
    html = client.get(meeting.url).content.decode()
    assert "Zapisz mnie na listę rezerwową" in html

    meeting.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    meeting.save_revision().publish()
    html = client.get(meeting.url).content.decode()
    assert "Zapisy na to spotkanie są zamknięte." in html
    assert 'name="privacy_consent"' not in html
    assert client.post(meeting.url, form_data(9)).status_code == 409
    assert Registration.objects.filter(event=meeting).count() == 3


def test_a_past_meeting_stays_visible_marked_as_past(client, event_index):
    start = timezone.now() - datetime.timedelta(days=3)
    past = factories.EventPageFactory(
        parent=event_index, start=start, end=start + datetime.timedelta(hours=2)
    )
    html = client.get(past.url).content.decode()
    assert "To spotkanie już się odbyło." in html
    assert 'name="privacy_consent"' not in html


# The personal page ---------------------------------------------------------------------------


def test_the_personal_link_cancels_only_on_a_deliberate_post(client, meeting):
    registration = register(meeting, 0)
    url = registration.manage_url()
    path = url.split("//", 1)[1].split("/", 1)[1]

    client.get(f"/{path}")
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED  # a link preview must not cancel

    response = client.post(f"/{path}", {"action": "cancel"})
    registration.refresh_from_db()
    assert response.status_code == 302
    assert registration.status == Status.CANCELLED
    assert "Zgłoszenie anulowane." in client.get(response.url).content.decode()


def test_a_visitor_can_erase_their_data_and_the_link_stops_working(client, meeting):
    registration = register(meeting, 0, accessibility_needs=["assistant"])
    path = f"{meeting.url}zgloszenie/{registration.token}/"

    response = client.post(path, {"action": "erase"})

    assert "Twoje dane zostały usunięte" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert registration.personal_data_erased_at is not None
    assert (registration.first_name, registration.email, registration.token) == ("", None, None)
    assert registration.accessibility_needs == []
    assert registration.people == 1  # the anonymous count stays
    assert client.get(path).status_code == 404


def test_an_unknown_or_foreign_token_is_not_found(client, meeting, event_index):
    other = factories.EventPageFactory(parent=event_index)
    registration = register(other, 0)
    assert client.get(f"{meeting.url}zgloszenie/{registration.token}/").status_code == 404
    assert client.get(f"{meeting.url}zgloszenie/{'x' * 43}/").status_code == 404


# Lists -----------------------------------------------------------------------------------------


def test_the_list_filters_by_zone_and_month_and_shows_seats(client, event_index):
    wtz = factories.ZonePageFactory(parent=event_index.get_parent(), slug="strefa-wtz")
    start = (timezone.now() + datetime.timedelta(days=70)).replace(hour=10, minute=0)
    for_wtz = factories.EventPageFactory(parent=event_index, title="Dla WTZ", start=start)
    EventAudienceZone.objects.create(page=for_wtz, zone=wtz)
    factories.EventPageFactory(parent=event_index, title="Dla biznesu", start=start)
    factories.EventPageFactory(
        parent=wtz, title="Spotkanie w strefie", start=start + datetime.timedelta(days=40)
    )
    register(for_wtz, 0, people=2)

    month = timezone.localtime(start).strftime("%Y-%m")
    html = client.get(f"{event_index.url}?strefa=strefa-wtz&miesiac={month}").content.decode()

    assert "Dla WTZ" in html and "Dla biznesu" not in html
    assert "Wolne miejsca: 8 z 10" in html
    assert "Spotkanie w strefie" not in html  # another month
    all_wtz = client.get(f"{event_index.url}?strefa=strefa-wtz").content.decode()
    assert "Spotkanie w strefie" in all_wtz  # inside the zone


def test_past_meetings_are_listed_separately(client, event_index):
    start = timezone.now() - datetime.timedelta(days=10)
    factories.EventPageFactory(
        parent=event_index,
        title="Seminarium w Warszawie",
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    factories.EventPageFactory(parent=event_index, title="Webinarium")
    html = client.get(event_index.url).content.decode()
    assert "Webinarium" in html and "Seminarium w Warszawie" not in html
    past = client.get(f"{event_index.url}?pokaz=minione").content.decode()
    assert "Seminarium w Warszawie" in past and "Webinarium" not in past
    assert "Spotkanie się odbyło" in past
