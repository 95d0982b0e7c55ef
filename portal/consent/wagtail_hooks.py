import datetime

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.consent.models import ConsentRecord, ConsentSettings
from portal.core.menu import PermissionMenuItem
from portal.core.spreadsheets import PolishExcelExportMixin

EXPORT_PERMISSION = "consent.view_consentrecord"


class ConsentSettingsViewSet(SnippetViewSet):
    model = ConsentSettings
    icon = "lock"
    list_display = ["banner_title", "policy_version", "locale"]


register_snippet(ConsentSettingsViewSet)


class ConsentRecordExportView(PolishExcelExportMixin, View):
    """The proof of consent as CSV for Polish Excel, through the admin's one export path;
    column names stay the field names, as auditors receive them."""

    list_export = ["consent_id", "action", "preferences", "analytics", "media",
                   "policy_version", "language", "created_at"]  # fmt: skip
    export_headings = {field: field for field in list_export}
    custom_field_preprocess = {
        "preferences": {PolishExcelExportMixin.FORMAT_CSV: int},
        "analytics": {PolishExcelExportMixin.FORMAT_CSV: int},
        "media": {PolishExcelExportMixin.FORMAT_CSV: int},
        "created_at": {PolishExcelExportMixin.FORMAT_CSV: datetime.datetime.isoformat},
    }

    def get_filename(self):
        return f"zgody-cookies-{timezone.localdate():%Y-%m-%d}"

    def get(self, request):
        if not request.user.has_perm(EXPORT_PERMISSION):
            raise PermissionDenied
        records = ConsentRecord.objects.order_by("created_at").iterator()
        return self.write_csv_response(records)


@hooks.register("register_admin_urls")
def register_consent_export_url():
    return [
        path(
            "zgody-cookies/eksport.csv",
            ConsentRecordExportView.as_view(),
            name="consent_records_export",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_consent_export_menu_item():
    return PermissionMenuItem(
        _("Rejestr zgód na cookies (CSV)"),
        reverse("consent_records_export"),
        icon_name="download",
        order=720,
        permission=EXPORT_PERMISSION,
    )
