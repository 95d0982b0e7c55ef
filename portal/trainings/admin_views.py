"""Organisers' and partner coordinators' screens in the Wagtail admin, one viewset: the
trainings, each training's applications with the places left per partner, downloads, and
the decisions.

Every view takes its applications from `permissions.visible_applications`: an organiser sees
all of a training's applications, a coordinator only their own partner's; anything else is
refused like an admin page the user may not open.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
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
from portal.trainings import applications, exports
from portal.trainings.forms import ApplicationSearchForm
from portal.trainings.models import TrainingApplication, TrainingPage
from portal.trainings.permissions import (
    coordinated_partner_ids,
    may_see_applications,
    organises,
    visible_applications,
)


def manageable_trainings(user):
    """Trainings (their default-language pages) whose applications the user may see."""
    trainings = TrainingPage.objects.filter(locale=Locale.get_default()).order_by("-start_date")
    return [training for training in trainings if may_see_applications(user, training)]


def list_url(training):
    return reverse("training_applications:list", args=[training.pk])


class ApplicationsMixin:
    @cached_property
    def training(self):
        page = get_object_or_404(TrainingPage, pk=self.kwargs["page_id"])
        training = page.application_training
        if not may_see_applications(self.request.user, training):
            raise PermissionDenied
        return training


def training_index(request):
    trainings = manageable_trainings(request.user)
    # A coordinator may come before their partner has places anywhere: they see the empty list.
    if not (trainings or organises_any(request.user) or coordinated_partner_ids(request.user)):
        raise PermissionDenied
    return TemplateResponse(
        request, "trainings/admin/index.html", {"trainings": trainings, "now": timezone.now()}
    )


def organises_any(user):
    return user.has_perm("trainings.view_trainingapplication")


class ApplicationIndexView(ApplicationsMixin, PolishExcelExportMixin, BaseListingView):
    """One training's applications the user may see; `?export=csv|xlsx` (or the export
    addresses) downloads them."""

    template_name = "trainings/admin/applications.html"
    paginate_by = None
    export_format = None
    list_export = list(exports.HEADINGS)
    export_headings = exports.HEADINGS
    export_sheet_name = gettext_lazy("Zgłoszenia")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.export_format = self.export_format or request.GET.get("export")
        self.is_export = self.export_format in self.FORMATS

    def get_base_queryset(self):
        return visible_applications(self.request.user, self.training).select_related("partner")

    @cached_property
    def search(self):
        return ApplicationSearchForm(self.request.GET)

    def get_queryset(self):
        applications_ = self.get_base_queryset().order_by("partner__name", "created_at", "pk")
        return applications_ if self.is_export else self.search.filter(applications_)

    def get_filename(self):
        return f"zgloszenia-{slugify(self.training.slug)}-{timezone.localdate():%Y-%m-%d}"

    def get_export_title(self):
        return self.training.title

    def to_row_dict(self, item):
        return exports.row(item)

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.get_queryset(), self.export_format)
        partner_ids = set(self.get_base_queryset().values_list("partner", flat=True))
        is_organiser = organises(request.user, self.training)
        places = [
            row
            for row in self.training.partner_places()
            if is_organiser
            or row["partner"].pk in partner_ids
            or row["partner"].coordinators.filter(pk=request.user.pk).exists()
        ]
        return TemplateResponse(
            request,
            self.template_name,
            {
                "training": self.training,
                "applications": self.get_queryset(),
                "places": places,
                "application_search": self.search,
            },
        )


class DecisionView(View):
    """Accepts or declines one application, for those who may see it."""

    decision = None  # "accept" or "decline", set in the URLs

    def post(self, request, application_id):
        application = get_object_or_404(TrainingApplication, pk=application_id)
        training = application.training
        if not visible_applications(request.user, training).filter(pk=application.pk).exists():
            raise PermissionDenied
        decide = applications.accept if self.decision == "accept" else applications.decline
        try:
            decide(application, request.user)
        except applications.ApplicationRefused as refusal:
            messages.error(request, refusal.message)
        else:
            done = (
                _("Zakwalifikowano: %(name)s.")
                if self.decision == "accept"
                else _("Odrzucono zgłoszenie: %(name)s.")
            )
            messages.success(request, done % {"name": application})
        return redirect(list_url(training))


class TrainingApplicationViewSet(ViewSet):
    """The screens under /admin/szkolenia/, URL names `training_applications:*`."""

    name = "training_applications"
    url_prefix = "szkolenia"

    def get_urlpatterns(self):
        applications_ = ApplicationIndexView.as_view
        return [
            path("", training_index, name="index"),
            path("<int:page_id>/", applications_(), name="list"),
            path(
                "<int:page_id>/zgloszenia.csv",
                applications_(export_format="csv"),
                name="export_csv",
            ),
            path(
                "<int:page_id>/zgloszenia.xlsx",
                applications_(export_format="xlsx"),
                name="export_xlsx",
            ),
            path(
                "zgloszenie/<int:application_id>/przyjmij/",
                DecisionView.as_view(decision="accept"),
                name="accept",
            ),
            path(
                "zgloszenie/<int:application_id>/odrzuc/",
                DecisionView.as_view(decision="decline"),
                name="decline",
            ),
        ]
