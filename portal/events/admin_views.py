"""Organisers' views in the Wagtail admin: registrations per meeting, exports, the attendance
list, cancelling and moving a registration.

Personal data is shown only to users with the `events.view_registration` permission, and only
for meetings whose page they may edit, so zone editors see their own zone's meetings only.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from portal.events import booking, exports
from portal.events.forms import RegistrationSearchForm
from portal.events.models import EventPage, Registration, RegistrationMessage
from portal.events.permissions import (
    VIEW_REGISTRATIONS,
    may_change_registrations,
    may_see_registrations,
)


def manageable_events(user):
    """Meetings (their default-language pages) whose registrations the user may see."""
    if not user.has_perm(VIEW_REGISTRATIONS):
        return []
    events = (
        EventPage.objects.filter(locale=Locale.get_default())
        .with_confirmed_seats()
        .annotate(
            waitlisted=Count("registration_set", filter=Q(registration_set__status="waitlisted"))
        )
        .order_by("-start")
    )
    return [event for event in events if may_see_registrations(user, event)]


def event_for(request, page_id, change=False):
    page = get_object_or_404(EventPage, pk=page_id)
    event = page.registration_event
    if not may_see_registrations(request.user, event):
        raise PermissionDenied
    if change and not may_change_registrations(request.user):
        raise PermissionDenied
    return event


def registration_for(request, registration_id):
    registration = get_object_or_404(Registration, pk=registration_id)
    event_for(request, registration.event_id, change=True)
    return registration


def list_url(event):
    return reverse("event_registrations:list", args=[event.pk])


def index(request):
    if not request.user.has_perm(VIEW_REGISTRATIONS):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "events/admin/index.html",
        {"events": manageable_events(request.user), "now": timezone.now()},
    )


def registration_list(request, page_id):
    event = event_for(request, page_id)
    registrations = event.registration_set.all()
    totals = {
        row["status"]: row
        for row in registrations.order_by()
        .values("status")
        .annotate(registrations=Count("pk"), people=Sum("people"))
    }
    counts = [
        (
            label,
            totals.get(value, {}).get("registrations", 0),
            totals.get(value, {}).get("people", 0),
        )
        for value, label in Registration.Status.choices
    ]
    search = RegistrationSearchForm(request.GET)
    shown = search.filter(registrations.in_list_order())
    shown = shown.annotate(
        undelivered=Count(
            "messages",
            filter=Q(messages__state=RegistrationMessage.State.FAILED)
            | Q(messages__state=RegistrationMessage.State.PENDING, messages__attempts__gt=0),
        )
    )
    return TemplateResponse(
        request,
        "events/admin/registrations.html",
        {
            "event": event,
            "registrations": shown,
            "counts": counts,
            "search": search,
            "can_change": may_change_registrations(request.user),
        },
    )


def export_name(event):
    return f"zgloszenia-{slugify(event.slug)}-{timezone.localdate():%Y-%m-%d}"


def export_csv(request, page_id):
    event = event_for(request, page_id)
    return exports.csv_response(event.registration_set.all(), export_name(event))


def export_xlsx(request, page_id):
    event = event_for(request, page_id)
    return exports.xlsx_response(event.registration_set.all(), export_name(event), event.title)


def attendance(request, page_id):
    """The list for the door: printable, and the marks of who came."""
    event = event_for(request, page_id, change=request.method == "POST")
    confirmed = event.registration_set.filter(status=Registration.Status.CONFIRMED).order_by(
        "last_name", "first_name", "pk"
    )
    if request.method == "POST":
        present = set(request.POST.getlist("attended"))
        for registration in confirmed:
            registration.attended = str(registration.pk) in present
        Registration.objects.bulk_update(confirmed, ["attended"])
        messages.success(request, _("Zapisano listę obecności."))
        return redirect(reverse("event_registrations:attendance", args=[event.pk]))
    template = (
        "events/admin/attendance_print.html"
        if request.GET.get("druk")
        else "events/admin/attendance.html"
    )
    return TemplateResponse(request, template, {"event": event, "registrations": confirmed})


def cancel_registration(request, registration_id):
    registration = registration_for(request, registration_id)
    if request.method == "POST":
        try:
            promoted = booking.cancel(registration)
        except booking.SignupRefused as refusal:
            messages.error(request, refusal.message)
            return redirect(list_url(registration.event))
        messages.success(
            request,
            _("Anulowano zgłoszenie: %(name)s. Z listy rezerwowej przeniesiono osób: %(count)s.")
            % {"name": registration, "count": len(promoted)},
        )
        return redirect(list_url(registration.event))
    return TemplateResponse(
        request,
        "events/admin/confirm_cancel.html",
        {"registration": registration, "event": registration.event},
    )


def move_registration(request, registration_id):
    registration = registration_for(request, registration_id)
    targets = [
        event
        for event in manageable_events(request.user)
        if event.pk != registration.event_id and not event.is_past()
    ]
    error = None
    if request.method == "POST":
        target = next(
            (event for event in targets if str(event.pk) == request.POST.get("target")), None
        )
        if target is None:
            error = _("Wybierz spotkanie z listy.")
        else:
            try:
                moved = booking.move(registration, target)
            except booking.SignupRefused as refusal:
                error = refusal.message
            else:
                messages.success(
                    request,
                    _("Przeniesiono zgłoszenie: %(name)s → %(event)s (%(status)s).")
                    % {
                        "name": moved,
                        "event": target.title,
                        "status": moved.get_status_display(),
                    },
                )
                return redirect(list_url(registration.event))
    return TemplateResponse(
        request,
        "events/admin/move.html",
        {
            "registration": registration,
            "event": registration.event,
            "targets": targets,
            "error": error,
        },
        status=400 if error else 200,
    )
