"""The columns of the applications export, in the order organisers read them; the file
itself is written by the admin's one export path (portal.core.spreadsheets)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

HEADINGS = {
    "status": _("Status"),
    "created_at": _("Zgłoszono"),
    "first_name": _("Imię"),
    "last_name": _("Nazwisko"),
    "email": _("E-mail"),
    "partner": _("Organizacja partnerska"),
    "role": _("Funkcja"),
    "motivation": _("Motywacja"),
    "accessibility_needs": _("Potrzeby dostępności"),
    "decided_at": _("Decyzja"),
    "language": _("Język"),
}


def when(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def row(application):
    return {
        "status": application.get_status_display(),
        "created_at": when(application.created_at),
        "first_name": application.first_name,
        "last_name": application.last_name,
        "email": application.email or "",
        "partner": str(application.partner),
        "role": application.role,
        "motivation": application.motivation,
        "accessibility_needs": application.accessibility_needs,
        "decided_at": when(application.decided_at),
        "language": application.language,
    }
