"""E-mails to registrants, sent through an outbox.

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
from django.utils import timezone, translation

from portal.core.tasks import background_task, enqueue_on_commit, enqueue_retry
from portal.events.calendar import calendar_bytes
from portal.events.models import Registration, RegistrationMessage

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
    # Claim the message, so a request and a scheduler run never send the same one twice; the
    # claim lapses after SENDING_LEASE if this process dies while sending.
    now = timezone.now()
    claimed = (
        RegistrationMessage.objects.filter(
            pk=message.pk, state=State.PENDING, attempts=message.attempts
        )
        .filter(is_due(now))
        .update(attempts=F("attempts") + 1, next_attempt_at=now + SENDING_LEASE)
    )
    if not claimed:
        return State.PENDING
    try:
        build_email(message).send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any mail failure must leave the message pending
        attempts = message.attempts + 1
        state = State.FAILED if attempts >= MAX_ATTEMPTS else State.PENDING
        last_error = error_without_addresses(error, registration.email)
        next_attempt_at = (
            timezone.now() + RETRY_DELAYS[attempts - 1] if state == State.PENDING else None
        )
        RegistrationMessage.objects.filter(pk=message.pk).update(
            state=state, last_error=last_error, next_attempt_at=next_attempt_at
        )
        # No traceback: its text quotes the recipient.
        logger.log(
            logging.ERROR if state == State.FAILED else logging.WARNING,
            "E-mail %s to registration %s failed (attempt %s): %s",
            message.kind,
            registration.pk,
            attempts,
            last_error,
        )
        if state == State.PENDING:
            enqueue_retry(send_message, next_attempt_at, message.pk)
        return state
    RegistrationMessage.objects.filter(pk=message.pk).update(
        state=State.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None
    )
    return State.SENT


def deliver_pending():
    """Sends every pending message that is due (new, or failed and done waiting); returns
    the states reached, counted."""
    due = RegistrationMessage.objects.filter(state=State.PENDING).filter(is_due(timezone.now()))
    counts = {}
    for message_id in due.order_by("pk").values_list("pk", flat=True):
        state = deliver(message_id)
        counts[state] = counts.get(state, 0) + 1
    return counts
