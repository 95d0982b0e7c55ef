"""E-mails to registrants and to organisers, sent through the outbox of portal.core.outbox
(RegistrationMessage, OrganiserMessage): written with the change they report, sent by the
worker (`send_message`, `send_organiser_message`) once it commits, retried on failure."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from portal.core import outbox
from portal.core.choices import OrganiserNotifications
from portal.core.outbox import attempt, deliver_due, skip
from portal.core.tasks import background_task
from portal.events.calendar import calendar_bytes
from portal.events.models import (
    OrganiserMessage,
    Registration,
    RegistrationMessage,
    need_labels,
)

Kind = RegistrationMessage.Kind
State = RegistrationMessage.State
# A message is still worth sending only while the registration is in this state.
EXPECTED_STATUS = {
    Kind.CONFIRMATION: Registration.Status.CONFIRMED,
    Kind.PROMOTED: Registration.Status.CONFIRMED,
    Kind.REMINDER: Registration.Status.CONFIRMED,
    Kind.WAITLISTED: Registration.Status.WAITLISTED,
    Kind.CANCELLED: Registration.Status.CANCELLED,
}
WITH_CALENDAR_FILE = {Kind.CONFIRMATION, Kind.PROMOTED, Kind.REMINDER}


def queue(registration, kind):
    """Records the message and hands it to the worker once the current transaction commits."""
    return outbox.queue(RegistrationMessage, send_message, registration=registration, kind=kind)


@background_task
def send_message(message_id):
    """The worker's part: one try at sending the message (see `deliver`)."""
    return deliver(message_id)


def queue_reminder(registration):
    """At most one reminder per registration, even when cron runs twice at once."""
    try:
        with transaction.atomic():
            return RegistrationMessage.objects.create(registration=registration, kind=Kind.REMINDER)
    except IntegrityError:
        return None


def build_email(message):
    registration = message.registration
    page = registration.page_in_own_language()
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "event": page,
            "manage_url": registration.manage_url(),
            "event_url": page.get_full_url(),
            "position": registration.waitlist_position(),
            "kind": message.kind,
        }
        subject = render_to_string("events/email/subject.txt", context).strip()
        body = render_to_string(f"events/email/{message.kind}.txt", context)
        email = EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[registration.email],
            reply_to=[page.organiser_email],
        )
        if message.kind in WITH_CALENDAR_FILE:
            email.attach(f"{page.slug}.ics", calendar_bytes([page]), "text/calendar")
    return email


def deliver(message_id):
    """Sends one pending message; returns its state afterwards."""
    message = RegistrationMessage.objects.select_related("registration").filter(pk=message_id)
    message = message.first()
    if message is None:  # the registration was purged while the message waited
        return State.SKIPPED
    if message.state != State.PENDING:
        return message.state
    registration = message.registration
    if not registration.email or registration.status != EXPECTED_STATUS[message.kind]:
        return skip(message)
    return attempt(
        message, registration.email, build_email, send_message, f"to registration {registration.pk}"
    )


def deliver_pending():
    """Sends every pending message that is due (new, or failed and done waiting); returns
    the states reached, counted."""
    return deliver_due(((RegistrationMessage, deliver), (OrganiserMessage, deliver_to_organiser)))


# Organisers ----------------------------------------------------------------------------------


def queue_accessibility_request(registration):
    """Tells the organiser about a registration's accessibility needs, unless they chose not
    to be told; one message per registration."""
    event = registration.event
    if event.organiser_notifications == OrganiserNotifications.NONE:
        return None
    if not registration.has_accessibility_request():
        return None
    return outbox.queue(
        OrganiserMessage,
        send_organiser_message,
        event=event,
        registration=registration,
        kind=OrganiserMessage.Kind.ACCESSIBILITY_REQUEST,
    )


def queue_digest(event, day, counts):
    """The day's summary for the organiser; none if one exists already (cron ran twice)."""
    return outbox.queue_once(
        OrganiserMessage,
        send_organiser_message,
        event=event,
        kind=OrganiserMessage.Kind.DAILY_DIGEST,
        day=day,
        counts=counts,
    )


@background_task
def send_organiser_message(message_id):
    return deliver_to_organiser(message_id)


def admin_list_url(event):
    return outbox.admin_url("event_registrations:list", event.pk)


def organiser_language():
    """Organisers read the admin in the portal's default language, so their e-mails are
    written in it too."""
    return Locale.get_default().language_code


def build_organiser_email(message):
    event = message.event
    registration = message.registration
    with translation.override(organiser_language()):
        context = {
            "event": event,
            "kind": message.kind,
            "admin_url": admin_list_url(event),
            "counts": message.counts,
        }
        if registration is not None:
            context.update(
                {
                    "needs": need_labels(registration.all_accessibility_needs()),
                    "other_needs": bool(registration.accessibility_details),
                    "people": registration.people,
                    "status": registration.get_status_display(),
                }
            )
        subject = render_to_string("events/email/organiser_subject.txt", context).strip()
        body = render_to_string(f"events/email/organiser_{message.kind}.txt", context)
        return EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[event.organiser_email],
        )


def deliver_to_organiser(message_id):
    """Sends one pending message to an organiser; an accessibility request is skipped if
    the registration no longer holds one (cancelled, erased)."""
    message = OrganiserMessage.objects.select_related("event", "registration").filter(pk=message_id)
    message = message.first()
    if message is None:
        return State.SKIPPED
    if message.state != State.PENDING:
        return message.state
    registration = message.registration
    moot = registration is not None and (
        not registration.is_active or not registration.has_accessibility_request()
    )
    if moot or not message.event.organiser_email:
        return skip(message)
    return attempt(
        message,
        message.event.organiser_email,
        build_organiser_email,
        send_organiser_message,
        f"to the organiser of meeting {message.event_id}",
    )
