from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.menu import PermissionMenuItem
from portal.core.spreadsheets import PolishExcelExportMixin
from search.models import Synonym, UnansweredQuery

PERMISSION = "search.view_unansweredquery"


class UnansweredQueriesReportView(PolishExcelExportMixin, ReportView):
    """What visitors searched for and did not find, most searched first, with the same
    downloads as every other admin list."""

    model = UnansweredQuery
    permission_policy = ModelPermissionPolicy(UnansweredQuery)
    permission_required = "view"
    page_title = _("Zapytania bez wyników")
    header_icon = "search"
    template_name = "search/admin/unanswered_queries.html"
    index_url_name = "unanswered_queries"
    index_results_url_name = "unanswered_queries_results"
    paginate_by = 200
    columns = [
        Column("query_string", label=_("Zapytanie")),
        Column("language", label=_("Język")),
        Column("hits", label=_("Liczba wyszukań")),
        DateColumn("last_searched_at", label=_("Ostatnio")),
    ]
    list_export = ["query_string", "language", "hits", "last_searched_at"]
    export_headings = {
        "query_string": _("Zapytanie"),
        "language": _("Język"),
        "hits": _("Liczba wyszukań"),
        "last_searched_at": _("Ostatnio"),
    }
    export_filename = "zapytania-bez-wynikow"
    no_results_message = _("Na razie każde zapytanie coś znalazło.")

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": self.page_title}


@hooks.register("register_admin_urls")
def register_unanswered_queries_url():
    return [
        path(
            "wyszukiwarka/bez-wynikow/",
            UnansweredQueriesReportView.as_view(),
            name="unanswered_queries",
        ),
        path(
            "wyszukiwarka/bez-wynikow/wyniki/",
            UnansweredQueriesReportView.as_view(results_only=True),
            name="unanswered_queries_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_unanswered_queries_menu_item():
    return PermissionMenuItem(
        _("Zapytania bez wyników"),
        reverse("unanswered_queries"),
        icon_name="search",
        order=710,
        permission=PERMISSION,
    )


class SynonymViewSet(SnippetViewSet):
    """Beside "Promowane wyniki wyszukiwania" in the settings menu: both tune the search."""

    model = Synonym
    icon = "search"
    menu_label = _("Skróty i synonimy")
    add_to_settings_menu = True
    list_display = ["term", "meaning"]
    search_fields = ["term", "meaning"]


register_snippet(SynonymViewSet)
