from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.core.menu import PermissionMenuItem
from portal.events import admin_views
from portal.events.models import EventPage
from portal.events.permissions import VIEW_REGISTRATIONS, may_see_registrations


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return admin_views.RegistrationViewSet()


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return PermissionMenuItem(
        _("Zapisy na spotkania"),
        reverse("event_registrations:index"),
        icon_name="group",
        order=250,
        permission=VIEW_REGISTRATIONS,
    )


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, EventPage) and may_see_registrations(
        user, page.specific.registration_event
    ):
        yield Button(
            _("Zgłoszenia"),
            reverse("event_registrations:list", args=[page.pk]),
            icon_name="group",
            priority=75,
        )
