from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.core.menu import PermissionMenuItem
from search.models import UnansweredQuery

PERMISSION = "search.view_unansweredquery"


def unanswered_queries(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "search/admin/unanswered_queries.html",
        {"queries": UnansweredQuery.objects.all()[:200]},
    )


@hooks.register("register_admin_urls")
def register_unanswered_queries_url():
    return [path("wyszukiwarka/bez-wynikow/", unanswered_queries, name="unanswered_queries")]


@hooks.register("register_reports_menu_item")
def register_unanswered_queries_menu_item():
    return PermissionMenuItem(
        _("Zapytania bez wyników"),
        reverse("unanswered_queries"),
        icon_name="search",
        order=710,
        permission=PERMISSION,
    )
