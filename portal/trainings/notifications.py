"""E-mails to applicants, through an outbox with the meetings' retry policy.

A message row is written in the same transaction as the step it reports (received, accepted,
declined); once that commits, the worker sends it (`send_application_message`). A failure
leaves it pending for the next try after the waits of portal.events.notifications
(RETRY_DELAYS, the one retry policy); `run_scheduled_jobs` sends whatever is due that no
worker has sent, and the claim in `deliver` keeps the two from sending a message twice.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation

from portal.core.tasks import background_task, enqueue_on_commit, enqueue_retry
from portal.events.notifications import (
    MAX_ATTEMPTS,
    RETRY_DELAYS,
    SENDING_LEASE,
    error_without_addresses,
    is_due,
)
from portal.trainings.models import ApplicationMessage, TrainingApplication

logger = logging.getLogger(__name__)

Kind = ApplicationMessage.Kind
State = ApplicationMessage.State
Status = TrainingApplication.Status

# A message is still worth sending only while the application is in this state.
EXPECTED_STATUS = {
    Kind.RECEIVED: Status.RECEIVED,
    Kind.ACCEPTED: Status.ACCEPTED,
    Kind.DECLINED: Status.DECLINED,
}


def queue(application, kind):
    """Records the message and hands it to the worker once the current transaction commits."""
    message = ApplicationMessage.objects.create(application=application, kind=kind)
    enqueue_on_commit(send_application_message, message.pk)
    return message


@background_task
def send_application_message(message_id):
    """The worker's part: one try at sending the message (see `deliver`)."""
    return deliver(message_id)


def build_email(message):
    application = message.application
    page = application.page_in_own_language()
    with translation.override(application.language):
        context = {
            "application": application,
            "training": page,
            "manage_url": application.manage_url(),
            "training_url": page.get_full_url(),
            "kind": message.kind,
        }
        subject = render_to_string("trainings/email/subject.txt", context).strip()
        body = render_to_string(f"trainings/email/{message.kind}.txt", context)
        return EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[application.email],
            reply_to=[page.organiser_email],
        )


def deliver(message_id):
    """Sends one pending message; returns its state afterwards."""
    message = ApplicationMessage.objects.select_related("application").filter(pk=message_id)
    message = message.first()
    if message is None:  # the application was deleted while the message waited
        return State.SKIPPED
    if message.state != State.PENDING:
        return message.state
    application = message.application
    if not application.email or application.status != EXPECTED_STATUS[message.kind]:
        ApplicationMessage.objects.filter(pk=message.pk).update(state=State.SKIPPED)
        return State.SKIPPED
    now = timezone.now()
    claimed = (
        ApplicationMessage.objects.filter(
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
        last_error = error_without_addresses(error, application.email)
        next_attempt_at = (
            timezone.now() + RETRY_DELAYS[attempts - 1] if state == State.PENDING else None
        )
        ApplicationMessage.objects.filter(pk=message.pk).update(
            state=state, last_error=last_error, next_attempt_at=next_attempt_at
        )
        # No traceback: its text quotes the recipient.
        logger.log(
            logging.ERROR if state == State.FAILED else logging.WARNING,
            "E-mail %s to training application %s failed (attempt %s): %s",
            message.kind,
            application.pk,
            attempts,
            last_error,
        )
        if state == State.PENDING:
            enqueue_retry(send_application_message, next_attempt_at, message.pk)
        return state
    ApplicationMessage.objects.filter(pk=message.pk).update(
        state=State.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None
    )
    return State.SENT


def deliver_pending():
    """Sends every pending message that is due; returns the states reached, counted."""
    due = ApplicationMessage.objects.filter(state=State.PENDING).filter(is_due(timezone.now()))
    counts = {}
    for message_id in due.order_by("pk").values_list("pk", flat=True):
        state = deliver(message_id)
        counts[state] = counts.get(state, 0) + 1
    return counts
