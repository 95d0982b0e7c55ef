from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from portal.trainings import admin_views
from portal.trainings.models import Partner, TrainingPage
from portal.trainings.permissions import may_see_applications


class PartnerViewSet(ModelViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partnerzy szkoleń")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "country"]
    form_fields = ["name", "country", "coordinators"]
    search_fields = ["name"]


class ApplicationsMenuItem(MenuItem):
    """Shown to organisers and to partners' coordinators."""

    def is_shown(self, request):
        user = request.user
        return admin_views.organises_any(user) or user.coordinated_partners.exists()


@hooks.register("register_admin_viewset")
def register_partner_viewset():
    return PartnerViewSet("training_partners")


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return admin_views.TrainingApplicationViewSet()


@hooks.register("register_admin_menu_item")
def register_applications_menu_item():
    return ApplicationsMenuItem(
        _("Zgłoszenia na szkolenia"),
        reverse("training_applications:index"),
        icon_name="group",
        order=255,
    )


@hooks.register("register_page_header_buttons")
def applications_header_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, TrainingPage) and may_see_applications(
        user, page.specific.application_training
    ):
        yield Button(
            _("Zgłoszenia"),
            reverse("training_applications:list", args=[page.pk]),
            icon_name="group",
            priority=75,
        )
