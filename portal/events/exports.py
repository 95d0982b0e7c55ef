"""The columns of the registrations export, one row per attendee, in the order organisers
read them; the file itself is written by the admin's one export path
(portal.core.spreadsheets). The registering person's contact details are on their own row
only."""

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
    "number": _("Osoba nr"),
    "registration": _("Nr zgłoszenia"),
}


def row(attendee):
    """One attendee's cells; `waitlist_place` comes from
    `Registration.objects.with_waitlist_places()` on the attendee's registration."""
    registration = attendee.registration
    first_name, last_name = attendee.names()
    return {
        "status": registration.get_status_display(),
        "waitlist_place": registration.waitlist_place or "",
        "created_at": timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
        "first_name": first_name,
        "last_name": last_name,
        "email": attendee.contact_email(),
        "phone": registration.phone if attendee.is_contact else "",
        "organisation": registration.organisation,
        "organisation_type": registration.get_organisation_type_display(),
        "role": registration.role if attendee.is_contact else "",
        "people": registration.people,
        "accessibility_needs": "; ".join(
            str(need) for need in attendee.accessibility_need_labels()
        ),
        "attended": {True: gettext("tak"), False: gettext("nie"), None: ""}[attendee.attended],
        "language": registration.language,
        "number": attendee.number,
        "registration": registration.pk,
    }
