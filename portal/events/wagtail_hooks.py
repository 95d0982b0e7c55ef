from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.core.menu import PermissionMenuItem
from portal.events import admin_views
from portal.events.models import EventPage
from portal.events.permissions import VIEW_REGISTRATIONS, may_see_registrations

app_name = "event_registrations"
urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:page_id>/", admin_views.registration_list, name="list"),
    path("<int:page_id>/zgloszenia.csv", admin_views.export_csv, name="export_csv"),
    path("<int:page_id>/zgloszenia.xlsx", admin_views.export_xlsx, name="export_xlsx"),
    path("<int:page_id>/lista-obecnosci/", admin_views.attendance, name="attendance"),
    path(
        "zgloszenie/<int:registration_id>/anuluj/",
        admin_views.cancel_registration,
        name="cancel",
    ),
    path(
        "zgloszenie/<int:registration_id>/przenies/",
        admin_views.move_registration,
        name="move",
    ),
]


@hooks.register("register_admin_urls")
def register_registration_urls():
    return [path("spotkania/", include((urlpatterns, app_name), namespace=app_name))]


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
