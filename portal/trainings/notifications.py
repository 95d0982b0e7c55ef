"""E-mails to applicants and to organisers, through the outbox of portal.core.outbox
(ApplicationMessage, TrainingOrganiserMessage): written with the step they report (received,
accepted, declined; an application with accessibility needs), sent by the worker
(`send_application_message`, `send_organiser_message`) once it commits, retried on failure."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from portal.core import outbox
from portal.core.choices import OrganiserNotifications
from portal.core.outbox import attempt, deliver_due, skip
from portal.core.tasks import background_task
from portal.events.notifications import organiser_language
from portal.trainings.models import (
    ApplicationMessage,
    TrainingApplication,
    TrainingOrganiserMessage,
)

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
    return outbox.queue(
        ApplicationMessage, send_application_message, application=application, kind=kind
    )


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
    return deliver_due(
        ((ApplicationMessage, deliver), (TrainingOrganiserMessage, deliver_to_organiser))
    )


# Organisers ----------------------------------------------------------------------------------


def has_accessibility_request(application):
    return application.is_active and bool(application.accessibility_needs.strip())


def queue_accessibility_request(application):
    """Tells the organiser that an application with accessibility needs arrived, unless they
    chose not to be told; one message per application."""
    training = application.training
    if training.organiser_notifications == OrganiserNotifications.NONE:
        return None
    if not has_accessibility_request(application):
        return None
    return outbox.queue(
        TrainingOrganiserMessage,
        send_organiser_message,
        training=training,
        application=application,
        kind=TrainingOrganiserMessage.Kind.ACCESSIBILITY_REQUEST,
    )


def queue_digest(training, day, counts):
    """The day's summary for the organiser; none if one exists already (cron ran twice)."""
    return outbox.queue_once(
        TrainingOrganiserMessage,
        send_organiser_message,
        training=training,
        kind=TrainingOrganiserMessage.Kind.DAILY_DIGEST,
        day=day,
        counts=counts,
    )


@background_task
def send_organiser_message(message_id):
    return deliver_to_organiser(message_id)


def admin_list_url(training):
    return outbox.admin_url("training_applications:list", training.pk)


def build_organiser_email(message):
    """Only the training, the day's counts and the link: the organiser sees who applied, and
    with which needs, in the admin list, within their rights."""
    training = message.training
    with translation.override(organiser_language()):
        context = {
            "training": training,
            "kind": message.kind,
            "admin_url": admin_list_url(training),
            "counts": message.counts,
        }
        subject = render_to_string("trainings/email/organiser_subject.txt", context).strip()
        body = render_to_string(f"trainings/email/organiser_{message.kind}.txt", context)
        return EmailMessage(
            subject=" ".join(subject.split()),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[training.organiser_email],
        )


def deliver_to_organiser(message_id):
    """Sends one pending message to an organiser; an accessibility request is skipped if the
    application no longer holds one (withdrawn, declined, needs or data erased)."""
    message = TrainingOrganiserMessage.objects.select_related("training", "application")
    message = message.filter(pk=message_id).first()
    if message is None:
        return State.SKIPPED
    if message.state != State.PENDING:
        return message.state
    application = message.application
    moot = application is not None and not has_accessibility_request(application)
    if moot or not message.training.organiser_email:
        return skip(message)
    return attempt(
        message,
        message.training.organiser_email,
        build_organiser_email,
        send_organiser_message,
        f"to the organiser of training {message.training_id}",
    )
