"""E-mails to registrants: confirmation, waitlist, promotion, cancellation and the reminder,
in the language of the page, sent after the registration is committed and retried when the
mail server fails."""

import datetime
import io
import socket

import pytest
from django.core.management import call_command
from django.utils import formats, timezone, translation

from portal.events import booking
from portal.events.models import Registration, RegistrationMessage
from tests import factories
from tests.conftest import signup_details

pytestmark = pytest.mark.django_db

State = RegistrationMessage.State


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(
        parent=event_index, title="Spotkanie w Łodzi", capacity=2, organiser_phone="+48 42 100"
    )


@pytest.fixture
def english_meeting(meeting, english_event_index, en_locale):
    english = meeting.copy_for_translation(en_locale)
    english.title = "Meeting in Łódź"
    english.save_revision().publish()
    return english.specific


def signup(page, number, capture, language="pl", **overrides):
    with capture(execute=True):
        return booking.register(page, language=language, **signup_details(number, **overrides))


def test_confirmation_in_polish_with_details_calendar_file_and_personal_link(
    meeting, mailoutbox, django_capture_on_commit_callbacks
):
    registration = signup(meeting, 0, django_capture_on_commit_callbacks, people=2)

    [mail] = mailoutbox
    assert mail.subject == "Potwierdzenie zapisu: Spotkanie w Łodzi"
    assert mail.to == ["osoba0@example.org"]
    assert mail.reply_to == ["spotkania@example.org"]
    with translation.override("pl"):
        day = formats.date_format(timezone.localtime(meeting.start), "j E Y")
    assert day in mail.body and "(czas polski)" in mail.body
    assert "Liczba osób: 2" in mail.body
    assert "Osoby towarzyszące: Kolega Nowak0-2" in mail.body
    assert f"/pl/spotkania/{meeting.slug}/zgloszenie/{registration.token}/" in mail.body
    [(filename, ics, mimetype)] = mail.attachments
    assert filename == f"{meeting.slug}.ics" and mimetype == "text/calendar"
    assert "BEGIN:VEVENT" in ics and registration.token not in ics
    assert RegistrationMessage.objects.get(registration=registration).state == State.SENT


def test_confirmation_in_english_for_a_sign_up_on_the_english_page(
    english_meeting, mailoutbox, django_capture_on_commit_callbacks
):
    registration = signup(english_meeting, 0, django_capture_on_commit_callbacks, language="en")

    [mail] = mailoutbox
    assert mail.subject == "Registration confirmed: Meeting in Łódź"
    assert mail.body.startswith("Hello,")
    assert "(Polish time)" in mail.body
    assert f"{english_meeting.url}zgloszenie/{registration.token}/" in mail.body
    assert english_meeting.url.startswith("/en/")


def test_waitlist_mail_gives_the_position_and_no_calendar_file(
    meeting, mailoutbox, django_capture_on_commit_callbacks
):
    signup(meeting, 0, django_capture_on_commit_callbacks, people=2)
    signup(meeting, 1, django_capture_on_commit_callbacks)

    waitlist_mail = mailoutbox[1]
    assert waitlist_mail.subject == "Lista rezerwowa: Spotkanie w Łodzi"
    assert "Twoje miejsce w kolejce: 1." in waitlist_mail.body
    assert waitlist_mail.attachments == []


def test_a_group_that_does_not_fit_is_not_told_that_every_seat_is_taken(
    meeting, mailoutbox, django_capture_on_commit_callbacks
):
    meeting.capacity = 3
    meeting.save_revision().publish()
    signup(meeting, 0, django_capture_on_commit_callbacks, people=2)
    signup(meeting, 1, django_capture_on_commit_callbacks, people=2)

    waitlist_mail = mailoutbox[1]
    assert "wszystkie miejsca są już zajęte" not in waitlist_mail.body
    assert "W zgłoszeniu są 2 osoby, a tylu wolnych miejsc już nie ma" in waitlist_mail.body


def test_online_link_only_in_the_mail_of_a_confirmed_person(
    client, event_index, mailoutbox, django_capture_on_commit_callbacks
):
    link = "https://spotkania.example.org/pokoj-123"
    online = factories.EventPageFactory(
        parent=event_index, venue_address="", online_url=link, capacity=1
    )
    signup(online, 0, django_capture_on_commit_callbacks)
    signup(online, 1, django_capture_on_commit_callbacks)

    confirmed_mail, waitlist_mail = mailoutbox
    assert link in confirmed_mail.body
    assert link not in waitlist_mail.body
    assert link not in confirmed_mail.attachments[0][1]
    assert link not in client.get(online.url).content.decode()
    assert link not in client.get(f"{online.url}kalendarz/").content.decode()


def test_promoted_person_gets_a_mail_with_the_calendar_file(
    meeting, mailoutbox, django_capture_on_commit_callbacks
):
    first = signup(meeting, 0, django_capture_on_commit_callbacks, people=2)
    signup(meeting, 1, django_capture_on_commit_callbacks)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        booking.cancel(first)

    by_recipient = {mail.to[0]: mail for mail in mailoutbox}
    assert by_recipient["osoba0@example.org"].subject.startswith("Zgłoszenie anulowane")
    promoted = by_recipient["osoba1@example.org"]
    assert promoted.subject.startswith("Zwolniło się miejsce")
    assert promoted.attachments[0][0].endswith(".ics")


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_mail_server_failure_keeps_the_registration_and_the_mail_waits_for_a_retry(
    meeting, settings, mailoutbox, django_capture_on_commit_callbacks
):
    """The retry itself: tests/test_scheduled_jobs.py."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_TIMEOUT = 2

    registration = signup(meeting, 0, django_capture_on_commit_callbacks)

    assert Registration.objects.get(pk=registration.pk).status == Registration.Status.CONFIRMED
    message = RegistrationMessage.objects.get(registration=registration)
    assert message.state == State.PENDING
    assert message.attempts == 1 and "ConnectionRefusedError" in message.last_error
    assert message.next_attempt_at > timezone.now()
    assert mailoutbox == []


def test_reminder_goes_out_the_day_before_and_never_twice(event_index, mailoutbox):
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    soon = factories.EventPageFactory(
        parent=event_index, title="Jutro", start=tomorrow.replace(hour=10, minute=0)
    )
    later = factories.EventPageFactory(
        parent=event_index, start=tomorrow.replace(hour=10) + datetime.timedelta(days=3)
    )
    earlier = timezone.now() - datetime.timedelta(days=2)
    due = factories.RegistrationFactory(event=soon, confirmed_at=earlier)
    factories.RegistrationFactory(event=soon, confirmed_at=timezone.now())  # just confirmed
    factories.RegistrationFactory(
        event=soon, confirmed_at=earlier, status=Registration.Status.CANCELLED
    )
    factories.RegistrationFactory(event=later, confirmed_at=earlier)

    call_command("send_event_reminders", stdout=io.StringIO())
    call_command("send_event_reminders", stdout=io.StringIO())

    assert [mail.to for mail in mailoutbox] == [[due.email]]
    assert mailoutbox[0].subject.startswith("Przypomnienie: Jutro")
    assert mailoutbox[0].attachments[0][0].endswith(".ics")
    assert due.messages.filter(kind="reminder").count() == 1
