"""E-mails to applicants, through the outbox of portal.core.outbox: written with the step
they report (received, accepted, declined), sent by the worker (`send_application_message`)
once it commits, retried on failure."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from portal.core.outbox import attempt, deliver_due, skip
from portal.core.tasks import background_task, enqueue_on_commit
from portal.trainings.models import ApplicationMessage, TrainingApplication

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
        return skip(message)
    return attempt(
        message,
        application.email,
        build_email,
        send_application_message,
        f"to training application {application.pk}",
    )


def deliver_pending():
    """Sends every pending message that is due; returns the states reached, counted."""
    return deliver_due(((ApplicationMessage, deliver),))
