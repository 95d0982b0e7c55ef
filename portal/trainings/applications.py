"""Applications for staff trainings: received, then accepted or declined within the
applicant's partner quota, and the applicant's personal data.

A decision takes a row lock on the training (its default-language page) inside a
transaction, as meetings' sign-ups do (portal.events.booking), so two coordinators accepting
at the same moment can never give more places than the quota: the second waits for the first
to commit and then counts again. E-mails are queued in the same transaction and sent after
it commits (see `notifications`).
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.form_fields import normalised_email
from portal.trainings import notifications
from portal.trainings.models import (
    ApplicationMessage,
    TrainingApplication,
    TrainingPage,
    TrainingQuota,
)

Status = TrainingApplication.Status
Kind = ApplicationMessage.Kind


class ApplicationRefused(Exception):
    """An application or decision the training cannot take, with the reason for the person."""

    CLOSED = "closed"
    DUPLICATE = "duplicate"
    NO_QUOTA = "no_quota"
    QUOTA_FULL = "quota_full"
    DECIDED = "decided"

    MESSAGES = {
        CLOSED: _("Zgłoszenia na to szkolenie są zamknięte."),
        DUPLICATE: _(
            "Ten adres e-mail jest już zgłoszony na to szkolenie. Link do zgłoszenia jest "
            "w wiadomości z potwierdzeniem."
        ),
        NO_QUOTA: _("Ta organizacja nie ma miejsc na tym szkoleniu."),
        QUOTA_FULL: _(
            "Miejsca tego partnera są już wszystkie przyznane (%(places)s z %(places)s). "
            "Aby przyjąć tę osobę, najpierw odrzuć inne przyjęte zgłoszenie albo zwiększ "
            "liczbę miejsc partnera na stronie szkolenia."
        ),
        DECIDED: _("To zgłoszenie nie czeka już na decyzję."),
    }

    def __init__(self, reason, places=None):
        self.reason = reason
        self.places = places
        super().__init__(reason)

    @property
    def message(self):
        message = self.MESSAGES[self.reason]
        return message % {"places": self.places} if self.places is not None else message


def _lock(training):
    """Locks the training's row until the transaction ends and returns it fresh."""
    return TrainingPage.objects.select_for_update(of=("self",)).get(pk=training.pk)


def _quota(training, partner):
    quota = TrainingQuota.objects.filter(page=training, partner=partner).first()
    if quota is None:
        raise ApplicationRefused(ApplicationRefused.NO_QUOTA)
    return quota.places


def apply(page, *, language, email, partner, **details):
    """Records a job coach's application for the training shown on `page` (either language
    version) and queues the e-mail saying it was received, and the organiser's if it asks for
    accessibility."""
    training = page.application_training
    email = normalised_email(email)
    with transaction.atomic():
        training = _lock(training)
        if not training.applications_open():
            raise ApplicationRefused(ApplicationRefused.CLOSED)
        _quota(training, partner)
        if training.application_set.filter(
            email=email, status__in=TrainingApplication.ACTIVE_STATUSES
        ).exists():
            raise ApplicationRefused(ApplicationRefused.DUPLICATE)
        application = TrainingApplication(
            training=training, partner=partner, language=language, email=email, **details
        )
        try:
            with transaction.atomic():
                application.save()
        except IntegrityError as error:
            raise ApplicationRefused(ApplicationRefused.DUPLICATE) from error
        notifications.queue(application, Kind.RECEIVED)
        notifications.queue_accessibility_request(application)
    return application


def accept(application, user):
    """Gives the applicant one of their partner's places; refused when none is left."""
    with transaction.atomic():
        training = _lock(application.training)
        application = TrainingApplication.objects.select_for_update().get(pk=application.pk)
        if application.status != Status.RECEIVED:
            raise ApplicationRefused(ApplicationRefused.DECIDED)
        places = _quota(training, application.partner)
        accepted = training.application_set.filter(
            partner=application.partner, status=Status.ACCEPTED
        ).count()
        if accepted >= places:
            raise ApplicationRefused(ApplicationRefused.QUOTA_FULL, places=places)
        _decide(application, Status.ACCEPTED, user)
        notifications.queue(application, Kind.ACCEPTED)
    return application


def decline(application, user):
    """Declines an application waiting for a decision, or takes back an acceptance (the
    place goes back to the partner's quota)."""
    with transaction.atomic():
        _lock(application.training)
        application = TrainingApplication.objects.select_for_update().get(pk=application.pk)
        if not application.is_active or application.status == Status.DECLINED:
            raise ApplicationRefused(ApplicationRefused.DECIDED)
        _decide(application, Status.DECLINED, user)
        application.accessibility_needs = ""
        application.accessibility_consent_at = None
        application.save(update_fields=["accessibility_needs", "accessibility_consent_at"])
        notifications.queue(application, Kind.DECLINED)
    return application


def _decide(application, status, user):
    application.status = status
    application.decided_at = timezone.now()
    application.decided_by = user
    application.save(update_fields=["status", "decided_at", "decided_by"])


def withdraw(application):
    """The applicant's own withdrawal: their place, if they had one, goes back to the quota."""
    with transaction.atomic():
        _lock(application.training)
        application = TrainingApplication.objects.select_for_update().get(pk=application.pk)
        if not application.is_active:
            return application
        application.status = Status.WITHDRAWN
        application.accessibility_needs = ""
        application.accessibility_consent_at = None
        application.save(
            update_fields=["status", "accessibility_needs", "accessibility_consent_at"]
        )
    return application


def erase_personal_data(application):
    """The person's right to erasure, and the end of the retention period: withdraws the
    application if it is still active and the training is to come, then keeps only what
    anonymous statistics need (partner, status, language)."""
    if not application.training.is_past():
        withdraw(application)
    with transaction.atomic():
        application = TrainingApplication.objects.select_for_update().get(pk=application.pk)
        if application.personal_data_erased_at:
            return application
        application.first_name = application.last_name = ""
        application.email = None
        application.role = application.motivation = application.accessibility_needs = ""
        application.accessibility_consent_at = None
        application.token = None
        application.personal_data_erased_at = timezone.now()
        application.save()
        application.messages.filter(state=ApplicationMessage.State.PENDING).update(
            state=ApplicationMessage.State.SKIPPED
        )
        # Mail servers' errors may quote the address.
        application.messages.exclude(last_error="").update(last_error="")
    return application


def forget_accessibility_needs(applications):
    """Erases accessibility needs (possible health data) of the given applications."""
    return applications.exclude(accessibility_needs="").update(
        accessibility_needs="", accessibility_consent_at=None
    )
