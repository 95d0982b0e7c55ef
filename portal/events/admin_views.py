"""Organisers' views in the Wagtail admin, one viewset: the meetings, each meeting's
registrations with search, status filter and downloads, the attendance list, cancelling and
moving a registration.

Personal data is shown only to users with the `events.view_registration` permission, and
only for meetings whose page they may edit, so zone editors see their own zone's meetings
only. Every view takes its registrations from `get_base_queryset`, which applies that rule:
another zone's meeting or registration is refused like any admin page the user may not open
(a 404 here would be taken by the language prefix middleware for a page address).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q, Sum
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.views.generic import BaseListingView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Locale

from portal.core.spreadsheets import PolishExcelExportMixin
from portal.events import booking, exports
from portal.events.forms import RegistrationSearchForm
from portal.events.models import Attendee, EventPage, Registration, RegistrationMessage
from portal.events.permissions import (
    VIEW_REGISTRATIONS,
    may_change_registrations,
    may_see_registrations,
)


def manageable_events(user):
    """Meetings (their default-language pages) whose registrations the user may see, with
    seats taken and people waiting, latest first."""
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


def list_url(event):
    return reverse("event_registrations:list", args=[event.pk])


class PersonalDataMixin:
    """The personal-data rule, shared by every view of the viewset."""

    changes_registrations = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_REGISTRATIONS):
            raise PermissionDenied
        if self.changes_registrations and not may_change_registrations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def visible_events(self):
        return manageable_events(self.request.user)

    def get_base_queryset(self):
        """Registrations of the meetings the user may see, and no others."""
        return Registration.objects.filter(event__in=[event.pk for event in self.visible_events])

    @cached_property
    def event(self):
        """The meeting in the address (any language version), as the page holding its
        registrations; refused unless the user may see them."""
        page = get_object_or_404(EventPage, pk=self.kwargs["page_id"])
        event = page.registration_event
        if all(visible.pk != event.pk for visible in self.visible_events):
            raise PermissionDenied
        return event

    @cached_property
    def registration(self):
        registration = get_object_or_404(Registration, pk=self.kwargs["registration_id"])
        if not self.get_base_queryset().filter(pk=registration.pk).exists():
            raise PermissionDenied
        return registration


def meeting_index(request):
    if not request.user.has_perm(VIEW_REGISTRATIONS):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "events/admin/index.html",
        {"events": manageable_events(request.user), "now": timezone.now()},
    )


class RegistrationIndexView(PersonalDataMixin, PolishExcelExportMixin, BaseListingView):
    """One meeting's registrations; `?export=csv|xlsx` (or the export addresses) downloads
    them all, in list order."""

    template_name = "events/admin/registrations.html"
    paginate_by = None
    export_format = None  # set on the export addresses
    list_export = list(exports.HEADINGS)
    export_headings = exports.HEADINGS
    export_sheet_name = gettext_lazy("Zgłoszenia")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.export_format = self.export_format or request.GET.get("export")
        self.is_export = self.export_format in self.FORMATS

    def get_base_queryset(self):
        return super().get_base_queryset().filter(event=self.event)

    @cached_property
    def search(self):
        return RegistrationSearchForm(self.request.GET)

    def get_queryset(self):
        registrations = self.get_base_queryset().in_list_order().prefetch_related("attendees")
        if self.is_export:
            return registrations.with_waitlist_places()
        return self.search.filter(registrations).annotate(
            undelivered=Count(
                "messages",
                filter=Q(messages__state=RegistrationMessage.State.FAILED)
                | Q(messages__state=RegistrationMessage.State.PENDING, messages__attempts__gt=0),
            )
        )

    def get_filename(self):
        return f"zgloszenia-{slugify(self.event.slug)}-{timezone.localdate():%Y-%m-%d}"

    def get_export_title(self):
        return self.event.title

    def export_rows(self):
        """One row per attendee, each registration's together, in list order."""
        return [
            attendee
            for registration in self.get_queryset()
            for attendee in registration.attendees_with_registration()
        ]

    def to_row_dict(self, item):
        return exports.row(item)

    def status_counts(self):
        totals = {
            row["status"]: row
            for row in self.get_base_queryset()
            .order_by()
            .values("status")
            .annotate(registrations=Count("pk"), people=Sum("people"))
        }
        return [
            (
                label,
                totals.get(value, {}).get("registrations", 0),
                totals.get(value, {}).get("people", 0),
            )
            for value, label in Registration.Status.choices
        ]

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.export_rows(), self.export_format)
        return TemplateResponse(
            request,
            self.template_name,
            {
                "event": self.event,
                "registrations": self.get_queryset(),
                "counts": self.status_counts(),
                "registration_search": self.search,
                "can_change": may_change_registrations(request.user),
            },
        )


class AttendanceView(PersonalDataMixin, View):
    """The list for the door, one line (and one signature box) per attendee: printable, and
    the marks of who came."""

    def confirmed(self):
        return (
            self.get_base_queryset()
            .filter(event=self.event, status=Registration.Status.CONFIRMED)
            .order_by("last_name", "first_name", "pk")
            .prefetch_related(Prefetch("attendees", queryset=Attendee.objects.order_by("number")))
        )

    def attendees(self, registrations):
        return [
            attendee
            for registration in registrations
            for attendee in registration.attendees_with_registration()
        ]

    def get(self, request, page_id):
        template = (
            "events/admin/attendance_print.html"
            if request.GET.get("druk")
            else "events/admin/attendance.html"
        )
        return TemplateResponse(
            request,
            template,
            {"event": self.event, "attendees": self.attendees(self.confirmed())},
        )

    def post(self, request, page_id):
        if not may_change_registrations(request.user):
            raise PermissionDenied
        confirmed = list(self.confirmed())
        attendees = self.attendees(confirmed)
        present = set(request.POST.getlist("attended"))
        for attendee in attendees:
            attendee.attended = str(attendee.pk) in present
        Attendee.objects.bulk_update(attendees, ["attended"])
        # The registration's own mark, for the anonymous statistics: someone of it came.
        for registration in confirmed:
            registration.attended = any(
                attendee.attended for attendee in registration.attendees.all()
            )
        Registration.objects.bulk_update(confirmed, ["attended"])
        messages.success(request, _("Zapisano listę obecności."))
        return redirect(reverse("event_registrations:attendance", args=[self.event.pk]))


class CancelRegistrationView(PersonalDataMixin, View):
    changes_registrations = True

    def get(self, request, registration_id):
        return TemplateResponse(
            request,
            "events/admin/confirm_cancel.html",
            {"registration": self.registration, "event": self.registration.event},
        )

    def post(self, request, registration_id):
        registration = self.registration
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


class MoveRegistrationView(PersonalDataMixin, View):
    changes_registrations = True

    def targets(self):
        return [
            event
            for event in self.visible_events
            if event.pk != self.registration.event_id and not event.is_past()
        ]

    def render(self, error=None):
        return TemplateResponse(
            self.request,
            "events/admin/move.html",
            {
                "registration": self.registration,
                "event": self.registration.event,
                "targets": self.targets(),
                "error": error,
            },
            status=400 if error else 200,
        )

    def get(self, request, registration_id):
        return self.render()

    def post(self, request, registration_id):
        registration = self.registration
        target = next(
            (event for event in self.targets() if str(event.pk) == request.POST.get("target")),
            None,
        )
        if target is None:
            return self.render(_("Wybierz spotkanie z listy."))
        try:
            moved = booking.move(registration, target)
        except booking.SignupRefused as refusal:
            return self.render(refusal.message)
        messages.success(
            request,
            _("Przeniesiono zgłoszenie: %(name)s → %(event)s (%(status)s).")
            % {"name": moved, "event": target.title, "status": moved.get_status_display()},
        )
        return redirect(list_url(registration.event))


class RegistrationViewSet(ViewSet):
    """The organisers' screens under /admin/spotkania/, URL names `event_registrations:*`."""

    name = "event_registrations"
    url_prefix = "spotkania"

    def get_urlpatterns(self):
        registrations = RegistrationIndexView.as_view
        return [
            path("", meeting_index, name="index"),
            path("<int:page_id>/", registrations(), name="list"),
            path(
                "<int:page_id>/zgloszenia.csv",
                registrations(export_format="csv"),
                name="export_csv",
            ),
            path(
                "<int:page_id>/zgloszenia.xlsx",
                registrations(export_format="xlsx"),
                name="export_xlsx",
            ),
            path("<int:page_id>/lista-obecnosci/", AttendanceView.as_view(), name="attendance"),
            path(
                "zgloszenie/<int:registration_id>/anuluj/",
                CancelRegistrationView.as_view(),
                name="cancel",
            ),
            path(
                "zgloszenie/<int:registration_id>/przenies/",
                MoveRegistrationView.as_view(),
                name="move",
            ),
        ]
