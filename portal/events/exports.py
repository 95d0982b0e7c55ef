"""The columns of the registrations export, in the order organisers read them; the file
itself is written by the admin's one export path (portal.core.spreadsheets)."""

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

HEADINGS = {
    "status": _("Status"),
    "waitlist_place": _("Miejsce na liście rezerwowej"),
    "created_at": _("Zgłoszono"),
    "first_name": _("Imię"),
    "last_name": _("Nazwisko"),
    "email": _("E-mail"),
    "phone": _("Telefon"),
    "organisation": _("Organizacja"),
    "organisation_type": _("Rodzaj organizacji"),
    "role": _("Funkcja"),
    "people": _("Liczba osób"),
    "accessibility_needs": _("Potrzeby dostępności"),
    "attended": _("Obecność"),
    "language": _("Język"),
}


def row(registration):
    """One registration's cells; `waitlist_place` comes from
    `Registration.objects.with_waitlist_places()`."""
    needs = registration.accessibility_need_labels()
    if registration.accessibility_details:
        needs.append(registration.accessibility_details)
    return {
        "status": registration.get_status_display(),
        "waitlist_place": registration.waitlist_place or "",
        "created_at": timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
        "first_name": registration.first_name,
        "last_name": registration.last_name,
        "email": registration.email or "",
        "phone": registration.phone,
        "organisation": registration.organisation,
        "organisation_type": registration.get_organisation_type_display(),
        "role": registration.role,
        "people": registration.people,
        "accessibility_needs": "; ".join(str(need) for need in needs),
        "attended": {True: gettext("tak"), False: gettext("nie"), None: ""}[registration.attended],
        "language": registration.language,
    }
