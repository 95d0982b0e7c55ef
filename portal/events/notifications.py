"""E-mails to registrants and to organisers, sent through an outbox (RegistrationMessage,
OrganiserMessage).

A message row is written in the same transaction as the change it reports; once that
transaction commits, a background task (`send_message`, run by the worker, `manage.py
db_worker`) sends it, so the visitor's request never waits for the mail server. If the mail
server fails, the registration stands, the message stays pending with the error (organisers
see it in the admin) and the next try is due after a wait that grows with each failure
(RETRY_DELAYS, the one retry policy): the failed try leaves a task for that moment, and
`run_scheduled_jobs`, every few minutes, sends whatever is due that no worker has sent (the
worker was down, or died while sending). The claim in `deliver` keeps the two from sending
one message twice.
"""

import datetime
import logging
import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from portal.core.tasks import background_task, enqueue_on_commit, enqueue_retry
from portal.events.calendar import calendar_bytes
from portal.events.choices import OrganiserNotifications
from portal.events.models import (
    OrganiserMessage,
    Registration,
    RegistrationMessage,
    need_labels,
)

logger = logging.getLogger(__name__)

Kind = RegistrationMessage.Kind
State = RegistrationMessage.State
# The wait after the first, second, ... failed try; after the last one the message is given
# up (FAILED). Close to three days in all: a mail server down for a day or two loses
# nothing, and a short outage costs a minute or two.
RETRY_DELAYS = [
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=2),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=10),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=1),
    datetime.timedelta(hours=4),
    datetime.timedelta(hours=12),
    datetime.timedelta(hours=24),
    datetime.timedelta(hours=24),
]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# Longer than a send can take (the SMTP connection's timeout).
SENDING_LEASE = datetime.timedelta(minutes=5)
# Mail servers quote the recipient in their errors ("550 <anna@example.org>: unknown").
ADDRESS_LIKE = re.compile(r"[^\s<>\"'(),;:\[\]{}]+@[^\s<>\"'(),;:\[\]{}]+")

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
    message = RegistrationMessage.objects.create(registration=registration, kind=kind)
    enqueue_on_commit(send_message, message.pk)
    return message


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


def error_without_addresses(error, address):
    """What went wrong, for organisers and the log, without the recipient's address: it must
    not outlive the erasure of the registration."""
    text = f"{type(error).__name__}: {error}"
    if address:
        text = re.sub(re.escape(address), "[address]", text, flags=re.IGNORECASE)
    return ADDRESS_LIKE.sub("[address]", text)[:500]


def is_due(now):
    """New messages, and those whose wait after a failure (or a claim) is over."""
    return Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)


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
        RegistrationMessage.objects.filter(pk=message.pk).update(state=State.SKIPPED)
        return State.SKIPPED
    return attempt(
        message, registration.email, build_email, send_message, f"to registration {registration.pk}"
    )


def attempt(message, address, build, task, recipient):
    """Claims a pending message of either outbox, sends it to `address` and records the
    outcome; a failure leaves it pending, due again after its wait (RETRY_DELAYS)."""
    model = type(message)
    # Claim the message, so a request and a scheduler run never send the same one twice; the
    # claim lapses after SENDING_LEASE if this process dies while sending.
    now = timezone.now()
    claimed = (
        model.objects.filter(pk=message.pk, state=State.PENDING, attempts=message.attempts)
        .filter(is_due(now))
        .update(attempts=F("attempts") + 1, next_attempt_at=now + SENDING_LEASE)
    )
    if not claimed:
        return State.PENDING
    try:
        build(message).send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any mail failure must leave the message pending
        attempts = message.attempts + 1
        state = State.FAILED if attempts >= MAX_ATTEMPTS else State.PENDING
        last_error = error_without_addresses(error, address)
        next_attempt_at = (
            timezone.now() + RETRY_DELAYS[attempts - 1] if state == State.PENDING else None
        )
        model.objects.filter(pk=message.pk).update(
            state=state, last_error=last_error, next_attempt_at=next_attempt_at
        )
        # No traceback: its text quotes the recipient.
        logger.log(
            logging.ERROR if state == State.FAILED else logging.WARNING,
            "E-mail %s %s failed (attempt %s): %s",
            message.kind,
            recipient,
            attempts,
            last_error,
        )
        if state == State.PENDING:
            enqueue_retry(task, next_attempt_at, message.pk)
        return state
    model.objects.filter(pk=message.pk).update(
        state=State.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None
    )
    return State.SENT


def deliver_pending():
    """Sends every pending message that is due (new, or failed and done waiting); returns
    the states reached, counted."""
    counts = {}
    for model, send in ((RegistrationMessage, deliver), (OrganiserMessage, deliver_to_organiser)):
        due = model.objects.filter(state=State.PENDING).filter(is_due(timezone.now()))
        for message_id in due.order_by("pk").values_list("pk", flat=True):
            state = send(message_id)
            counts[state] = counts.get(state, 0) + 1
    return counts


# Organisers ----------------------------------------------------------------------------------


def queue_accessibility_request(registration):
    """Tells the organiser about a registration's accessibility needs, unless they chose not
    to be told; one message per registration."""
    event = registration.event
    if event.organiser_notifications == OrganiserNotifications.NONE:
        return None
    if not registration.has_accessibility_request():
        return None
    message = OrganiserMessage.objects.create(
        event=event, registration=registration, kind=OrganiserMessage.Kind.ACCESSIBILITY_REQUEST
    )
    enqueue_on_commit(send_organiser_message, message.pk)
    return message


def queue_digest(event, day, counts):
    """The day's summary for the organiser; none if one exists already (cron ran twice)."""
    try:
        with transaction.atomic():
            message = OrganiserMessage.objects.create(
                event=event, kind=OrganiserMessage.Kind.DAILY_DIGEST, day=day, counts=counts
            )
    except IntegrityError:
        return None
    enqueue_on_commit(send_organiser_message, message.pk)
    return message


@background_task
def send_organiser_message(message_id):
    return deliver_to_organiser(message_id)


def admin_list_url(event):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "event_registrations:list", args=[event.pk]
    )


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
        OrganiserMessage.objects.filter(pk=message.pk).update(state=State.SKIPPED)
        return State.SKIPPED
    return attempt(
        message,
        message.event.organiser_email,
        build_organiser_email,
        send_organiser_message,
        f"to the organiser of meeting {message.event_id}",
    )
