"""The organiser is told: one e-mail per accessibility request as it arrives, and if they
chose it a daily summary of sign-ups; both through the outbox, with the link to the admin
list and no participant's name or address."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from portal.core.choices import OrganiserNotifications
from portal.events import booking, notifications
from portal.events.models import OrganiserMessage, Registration
from tests import factories
from tests.conftest import signup_details

pytestmark = pytest.mark.django_db

ORGANISER = "spotkania@example.org"
State = OrganiserMessage.State


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(
        parent=event_index, title="Spotkanie w Łodzi", capacity=3, organiser_email=ORGANISER
    )


def sign_up(page, number, capture, **overrides):
    with capture(execute=True):
        return booking.register(page, language="pl", **signup_details(number, **overrides))


def to_organiser(mailoutbox):
    return [message for message in mailoutbox if message.to == [ORGANISER]]


def personal_data_of(registration):
    values = [registration.first_name, registration.last_name, registration.email]
    for attendee in registration.attendees.exclude(number=1):
        values += [attendee.first_name, attendee.last_name]
        if attendee.email:
            values.append(attendee.email)
    return [value for value in values if value]


def test_an_accessibility_request_tells_the_organiser_once_without_names(
    meeting, mailoutbox, django_capture_on_commit_callbacks, settings
):
    registration = sign_up(
        meeting,
        0,
        django_capture_on_commit_callbacks,
        accessibility_needs=["pjm", "induction_loop"],
        accessibility_details="Proszę o miejsce blisko tłumacza",
        accessibility_consent_at=timezone.now(),
        people=2,
    )

    [email] = to_organiser(mailoutbox)
    assert email.subject == "Prośba o dostępność: Spotkanie w Łodzi"
    assert "Tłumacz polskiego języka migowego (PJM)" in email.body
    assert "Pętla indukcyjna" in email.body
    assert "inne potrzeby, opisane w zgłoszeniu" in email.body
    assert "Zgłoszenie obejmuje 2 osoby." in email.body
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "event_registrations:list", args=[meeting.pk]
    )
    assert admin_url in email.body
    for value in [*personal_data_of(registration), "Proszę o miejsce"]:
        assert value not in email.body and value not in email.subject
    assert [message.to for message in mailoutbox].count([registration.email]) == 1
    assert OrganiserMessage.objects.get().state == State.SENT


def test_a_colleagues_need_alone_is_a_request_too(
    meeting, mailoutbox, django_capture_on_commit_callbacks
):
    sign_up(
        meeting,
        0,
        django_capture_on_commit_callbacks,
        companions=[
            {"first_name": "Ewa", "last_name": "Lisiewicz", "accessibility_needs": ["assistant"]}
        ],
        accessibility_consent_at=timezone.now(),
    )

    [email] = to_organiser(mailoutbox)
    assert "Asystent lub asystentka" in email.body
    assert "Lisiewicz" not in email.body


def test_no_e_mail_to_the_organiser_without_needs(
    meeting, mailoutbox, django_capture_on_commit_callbacks
):
    sign_up(meeting, 0, django_capture_on_commit_callbacks, people=3)

    assert to_organiser(mailoutbox) == []
    assert not OrganiserMessage.objects.exists()
    assert len(mailoutbox) == 1  # the registrant's confirmation


def test_an_organiser_who_wants_no_notifications_gets_none(
    meeting, mailoutbox, django_capture_on_commit_callbacks
):
    meeting.organiser_notifications = OrganiserNotifications.NONE
    meeting.save()

    sign_up(
        meeting,
        0,
        django_capture_on_commit_callbacks,
        accessibility_needs=["pjm"],
        accessibility_consent_at=timezone.now(),
    )

    assert to_organiser(mailoutbox) == []


def test_a_request_erased_before_it_was_sent_is_not_sent(
    meeting, mailoutbox, django_capture_on_commit_callbacks
):
    """The outbox keeps the message until it is sent; erasure skips it."""
    registration = booking.register(
        meeting,
        language="pl",
        **signup_details(0, accessibility_needs=["pjm"], accessibility_consent_at=timezone.now()),
    )
    message = OrganiserMessage.objects.get()

    booking.erase_personal_data(registration)

    assert notifications.deliver_to_organiser(message.pk) == State.SKIPPED
    assert to_organiser(mailoutbox) == []


def test_a_failed_request_stays_in_the_outbox_and_is_sent_later(
    meeting, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    sign_up(
        meeting,
        0,
        django_capture_on_commit_callbacks,
        accessibility_needs=["pjm"],
        accessibility_consent_at=timezone.now(),
    )
    message = OrganiserMessage.objects.get()
    assert (message.state, message.attempts) == (State.PENDING, 1)
    assert message.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OrganiserMessage.objects.filter(pk=message.pk).update(next_attempt_at=timezone.now())
    call_command("send_registration_emails", stdout=io.StringIO())

    assert OrganiserMessage.objects.get(pk=message.pk).state == State.SENT
    assert len(to_organiser(mailoutbox)) == 1


# The daily summary ---------------------------------------------------------------------------


def yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)


def at_noon(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


@pytest.fixture
def digest_meeting(meeting, django_capture_on_commit_callbacks):
    """Yesterday: a group of three (confirmed, every seat), a person with a need (on the
    waitlist) and one who cancelled; today: one more sign-up (on the waitlist)."""
    meeting.organiser_notifications = OrganiserNotifications.DIGEST
    meeting.save()
    trio = sign_up(meeting, 0, django_capture_on_commit_callbacks, people=3)
    waiting = sign_up(
        meeting,
        1,
        django_capture_on_commit_callbacks,
        accessibility_needs=["wheelchair"],
        accessibility_consent_at=timezone.now(),
    )
    gone = sign_up(meeting, 2, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        booking.cancel(gone)
    noon = at_noon(yesterday())
    Registration.objects.filter(pk__in=[trio.pk, waiting.pk, gone.pk]).update(created_at=noon)
    Registration.objects.filter(pk=gone.pk).update(cancelled_at=noon)
    OrganiserMessage.objects.update(created_at=noon)
    sign_up(meeting, 3, django_capture_on_commit_callbacks)  # today's: tomorrow's summary
    return meeting


def test_the_daily_summary_counts_yesterday_without_personal_data(
    digest_meeting, mailoutbox, settings
):
    mailoutbox.clear()

    call_command("send_organiser_digests", stdout=io.StringIO())

    [email] = mailoutbox
    assert email.to == [ORGANISER]  # and nothing else was due
    assert email.subject == "Podsumowanie zapisów: Spotkanie w Łodzi"
    body = email.body
    assert f"w dniu {yesterday():%d.%m.%Y}" in body
    assert "nowe zgłoszenia: 3 (osób: 5)" in body
    assert "z potwierdzonym miejscem: 3" in body
    assert "na liście rezerwowej: 1" in body
    assert "rezygnacje: 1" in body
    assert "prośby o dostępność: 1" in body
    assert "Zajęte miejsca: 3 z 3." in body
    assert "Osoby na liście rezerwowej: 2." in body
    assert reverse("event_registrations:list", args=[digest_meeting.pk]) in body
    for registration in Registration.objects.filter(event=digest_meeting):
        for value in personal_data_of(registration):
            assert value not in body, value


def test_the_summary_is_sent_once_a_day(digest_meeting, mailoutbox):
    mailoutbox.clear()

    call_command("send_organiser_digests", stdout=io.StringIO())
    call_command("send_organiser_digests", stdout=io.StringIO())

    assert len(mailoutbox) == 1
    assert OrganiserMessage.objects.filter(kind=OrganiserMessage.Kind.DAILY_DIGEST).count() == 1


def test_no_summary_for_organisers_who_did_not_choose_it_or_a_quiet_day(digest_meeting, mailoutbox):
    mailoutbox.clear()
    other = factories.EventPageFactory(parent=digest_meeting.get_parent())
    Registration.objects.filter(event=digest_meeting).update(event=other)

    call_command("send_organiser_digests", stdout=io.StringIO())

    assert mailoutbox == []  # the meeting with sign-ups sends no summary, the other had none
