"""Seats, the waitlist and personal data of registrations.

Every change that can move a seat takes a row lock on the meeting (its default-language
page) inside a transaction, so two sign-ups can never both take the last seat: the second
waits for the first to commit and then counts again. E-mails are queued in the same
transaction and sent after it commits (see `notifications`).
"""

import contextlib

from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.form_fields import normalised_email
from portal.events import notifications
from portal.events.models import (
    Attendee,
    EventPage,
    OrganiserMessage,
    Registration,
    RegistrationMessage,
)

Status = Registration.Status
Kind = RegistrationMessage.Kind


class SignupRefused(Exception):
    """A sign-up, move or cancellation that the meeting cannot take, with the reason for the
    person."""

    CLOSED = "closed"
    FULL = "full"
    DUPLICATE = "duplicate"
    TOO_MANY_PEOPLE = "too_many_people"
    TOOK_PLACE = "took_place"

    MESSAGES = {
        CLOSED: _("Zapisy na to spotkanie są zamknięte."),
        FULL: _("Brak wolnych miejsc, a to spotkanie nie ma listy rezerwowej."),
        DUPLICATE: _(
            "Ten adres e-mail jest już zapisany na to spotkanie. Link do zarządzania "
            "zgłoszeniem jest w wiadomości z potwierdzeniem."
        ),
        TOO_MANY_PEOPLE: _("Zgłoszenie obejmuje więcej osób, niż pozwala to spotkanie."),
        TOOK_PLACE: _("To spotkanie już się odbyło, więc zgłoszenia nie można anulować."),
    }

    def __init__(self, reason):
        self.reason = reason
        super().__init__(reason)

    @property
    def message(self):
        return self.MESSAGES[self.reason]


def _lock(event):
    """Locks the meeting's row until the transaction ends and returns it fresh."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


def _seats_taken(event):
    return Registration.objects.filter(event=event, status=Status.CONFIRMED).aggregate(
        total=Coalesce(Sum("people"), 0)
    )["total"]


def _place(registration, event, now):
    """Confirms the registration if its people fit, else puts it at the end of the waitlist."""
    if _seats_taken(event) + registration.people <= event.capacity:
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now
        registration.waitlisted_at = None
        return Kind.CONFIRMATION
    if not event.waitlist_enabled:
        raise SignupRefused(SignupRefused.FULL)
    registration.status = Status.WAITLISTED
    registration.waitlisted_at = now
    return Kind.WAITLISTED


def register(page, *, language, email, companions=(), **details):
    """Signs a person up for the meeting shown on `page` (either language version), with the
    colleagues they name: `companions` are dicts of Attendee fields (first_name, last_name,
    optionally email and accessibility_needs). Everyone takes a seat: the registration's
    `people` is the registering person and their companions.

    Returns the saved registration, confirmed or waitlisted; raises SignupRefused otherwise.
    """
    event = page.registration_event
    email = normalised_email(email)
    people = 1 + len(companions)
    with transaction.atomic():
        event = _lock(event)
        now = timezone.now()
        if event.is_past(now) or not event.registration_is_open(now):
            raise SignupRefused(SignupRefused.CLOSED)
        if people > event.max_people_per_registration:
            raise SignupRefused(SignupRefused.TOO_MANY_PEOPLE)
        if event.registration_set.filter(
            email=email, status__in=Registration.ACTIVE_STATUSES
        ).exists():
            raise SignupRefused(SignupRefused.DUPLICATE)
        registration = Registration(
            event=event, language=language, email=email, people=people, created_at=now, **details
        )
        kind = _place(registration, event, now)
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError as error:
            # The database constraint is the last line of defence against a second
            # active registration with the same address.
            raise SignupRefused(SignupRefused.DUPLICATE) from error
        add_attendees(registration, companions)
        notifications.queue(registration, kind)
        notifications.queue_accessibility_request(registration)
    return registration


def add_attendees(registration, companions=()):
    """The registration's attendees: the registering person as number 1 (their details stay
    on the registration), then each companion."""
    Attendee.objects.bulk_create(
        [
            Attendee(registration=registration, number=1),
            *(
                Attendee(registration=registration, number=number, **companion)
                for number, companion in enumerate(companions, start=2)
            ),
        ]
    )


def promote_from_waitlist(event, now=None):
    """Gives freed seats to the waitlist in order; a group too big for the seats left keeps
    its place while smaller ones behind it move up. Call with the meeting locked."""
    now = now or timezone.now()
    if now >= event.start:
        return []
    free = event.capacity - _seats_taken(event)
    promoted = []
    waiting = event.registration_set.filter(status=Status.WAITLISTED).order_by(
        "waitlisted_at", "pk"
    )
    for registration in waiting:
        if free <= 0:
            break
        if registration.people > free:
            continue
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now
        registration.save(update_fields=["status", "confirmed_at"])
        notifications.queue(registration, Kind.PROMOTED)
        free -= registration.people
        promoted.append(registration)
    return promoted


def _forget_accessibility_needs(registration):
    """Needs of the registering person and of every attendee (saved by the caller for the
    registration, at once for the attendees)."""
    registration.accessibility_needs = []
    registration.accessibility_details = ""
    registration.accessibility_consent_at = None
    registration.attendees.exclude(accessibility_needs=[]).update(accessibility_needs=[])


def cancel(registration, *, notify=True):
    """Cancels a confirmed or waitlisted registration (by the person or an organiser), frees
    its seats for the waitlist and returns the people promoted. After the meeting there is
    nothing to cancel: the registration stays what it was (attendance, statistics)."""
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            return []
        now = timezone.now()
        if event.is_past(now):
            raise SignupRefused(SignupRefused.TOOK_PLACE)
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        # Needs may be health data: once the person is not coming, they are not needed.
        _forget_accessibility_needs(registration)
        registration.save()
        if notify:
            notifications.queue(registration, Kind.CANCELLED)
        return promote_from_waitlist(event, now)


def move(registration, target_page):
    """Moves a registration to another meeting: confirmed there if its people fit, else on
    that meeting's waitlist; the seats it leaves go to the old meeting's waitlist."""
    target_event = target_page.registration_event
    with transaction.atomic():
        source_event = registration.event
        # Always lock in the same order, so two opposite moves cannot deadlock.
        locked = {
            event.pk: _lock(event)
            for event in sorted([source_event, target_event], key=lambda item: item.pk)
        }
        source_event, target_event = locked[source_event.pk], locked[target_event.pk]
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if source_event.pk == target_event.pk or not registration.is_active:
            return registration
        now = timezone.now()
        if target_event.is_past(now):
            raise SignupRefused(SignupRefused.CLOSED)
        if target_event.registration_set.filter(
            email=registration.email, status__in=Registration.ACTIVE_STATUSES
        ).exists():
            raise SignupRefused(SignupRefused.DUPLICATE)
        if registration.people > target_event.capacity:
            raise SignupRefused(SignupRefused.TOO_MANY_PEOPLE)
        registration.event = target_event
        kind = _place(registration, target_event, now)
        registration.save()
        notifications.queue(registration, kind)
        promote_from_waitlist(source_event, now)
    return registration


def erase_personal_data(registration):
    """The person's right to erasure, and the end of the retention period: cancels the
    registration if the meeting is still to come, then keeps only what anonymous statistics
    need."""
    # After the meeting the registration keeps its status for the anonymous statistics.
    with contextlib.suppress(SignupRefused):
        cancel(registration, notify=False)
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.personal_data_erased_at:
            return registration
        registration.first_name = registration.last_name = ""
        registration.email = None
        registration.phone = registration.organisation = registration.role = ""
        _forget_accessibility_needs(registration)
        registration.attendees.update(first_name="", last_name="", email="")
        registration.token = None
        registration.personal_data_erased_at = timezone.now()
        registration.save()
        for messages in (registration.messages, registration.organiser_messages):
            messages.filter(state=RegistrationMessage.State.PENDING).update(
                state=RegistrationMessage.State.SKIPPED
            )
            # Mail servers' errors may quote an address.
            messages.exclude(last_error="").update(last_error="")
    return registration


def forget_accessibility_needs(registrations):
    """Erases accessibility needs (possible health data) of the given registrations and of
    their attendees; returns how many registrations had any."""
    attendees = Attendee.objects.filter(registration__in=registrations).exclude(
        accessibility_needs=[]
    )
    with_needs = registrations.filter(
        ~Q(accessibility_needs=[])
        | ~Q(accessibility_details="")
        | Q(pk__in=attendees.values("registration"))
    )
    count = with_needs.count()
    OrganiserMessage.objects.filter(
        registration__in=with_needs, state=OrganiserMessage.State.PENDING
    ).update(state=OrganiserMessage.State.SKIPPED)
    attendees.update(accessibility_needs=[])
    registrations.exclude(accessibility_needs=[], accessibility_details="").update(
        accessibility_needs=[], accessibility_details="", accessibility_consent_at=None
    )
    return count
