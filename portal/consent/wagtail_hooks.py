from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.consent.models import ConsentRecord, ConsentSettings
from portal.core.menu import PermissionMenuItem
from portal.core.spreadsheets import csv_response

EXPORT_PERMISSION = "consent.view_consentrecord"


class ConsentSettingsViewSet(SnippetViewSet):
    model = ConsentSettings
    icon = "lock"
    list_display = ["banner_title", "policy_version", "locale"]


register_snippet(ConsentSettingsViewSet)


def export_consent_records(request):
    """The proof of consent as CSV for Polish Excel."""
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    header = ["consent_id", "action", "preferences", "analytics", "media", "policy_version",
              "language", "created_at"]  # fmt: skip
    records = ConsentRecord.objects.order_by("created_at").iterator()
    rows = (
        [
            record.consent_id,
            record.action,
            int(record.preferences),
            int(record.analytics),
            int(record.media),
            record.policy_version,
            record.language,
            record.created_at.isoformat(),
        ]
        for record in records
    )
    return csv_response(header, rows, f"zgody-cookies-{timezone.localdate():%Y-%m-%d}.csv")


@hooks.register("register_admin_urls")
def register_consent_export_url():
    return [
        path("zgody-cookies/eksport.csv", export_consent_records, name="consent_records_export")
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
